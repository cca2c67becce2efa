#pragma once

#include <QStyledItemDelegate>

namespace guichet {

// Draws one search result as a card of three lines, so the clerk picks the right family at a glance:
//   Lefèvre  · file no. 12                                  Validated
//   Marie Lefèvre, Paul Lefèvre
//   Léa Lefèvre (CE1, École Jules-Ferry), Tom Lefèvre (PS, …)
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guichet
