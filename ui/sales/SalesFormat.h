#pragma once

#include <QDateTime>
#include <QString>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace guichet {

// Small presentation helpers shared by the sales screens (no rules here).

// A red label for core's messages, hidden until something is shown.
QLabel *makeErrorLabel(const QString &objectName);
// A label for an amount the clerk must read at a glance (amount due, change to give back).
QLabel *makeBigLabel(const QString &objectName, int pointSize = 20);

// A read-only, row-selecting table like the family file's lists; columns fit their contents, the last
// one stretches.
QTableWidget *makeSalesTable(const QString &objectName, const QStringList &headers);
// A cell; numbers and amounts are right-aligned.
QTableWidgetItem *cell(const QString &text, bool number = false);

} // namespace guichet
