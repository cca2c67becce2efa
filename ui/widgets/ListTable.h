#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace guichet {

// A read-only list as the counter's screens show them: whole rows selected, alternating colours, no row
// numbers. Columns fit their contents; the 'flexible' ones (the last one when none is given) share what
// is left and wrap their text, so that nothing is cut on a 1024-pixel screen.
QTableWidget *makeListTable(const QString &objectName, const QStringList &headers,
                            const QList<int> &flexible = {});
// After the rows are filled: each row as tall as its wrapped text.
void fitRows(QTableWidget *table);
// A cell; numbers and amounts are right-aligned. Its text is also its tooltip (read in full on hover).
QTableWidgetItem *cell(const QString &text, bool number = false);

} // namespace guichet
