#include "widgets/ListTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace guichet {

QTableWidget *makeListTable(const QString &objectName, const QStringList &headers, const QList<int> &flexible)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QList<int> stretched = flexible.isEmpty() ? QList<int>{int(headers.size()) - 1} : flexible;
    for (const int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    // Several columns sharing the width: their titles wrap on two lines rather than lose their ends.
    if (stretched.size() > 1) {
        header->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter) |
                                    Qt::Alignment(int(Qt::TextWordWrap)));
        header->setMinimumHeight(2 * table->fontMetrics().lineSpacing() + 8);
    }
    return table;
}

void fitRows(QTableWidget *table)
{
    table->resizeRowsToContents();
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    else
        item->setToolTip(text);
    return item;
}

} // namespace guichet
