#pragma once

#include <QStyledItemDelegate>

namespace guichet {

// Edits an amount shown as "4,15 €" in a table cell: the editor opens on "4,15", right-aligned and
// selected, so the administrator types the new price over it. The cell keeps the text; reading it as
// an amount is done with Money::parse by the owner of the table.
class MoneyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace guichet
