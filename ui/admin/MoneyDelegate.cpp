#include "admin/MoneyDelegate.h"

#include <QLineEdit>

namespace guichet {

QWidget *MoneyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("moneyEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    return editor;
}

void MoneyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    QString text = index.data(Qt::EditRole).toString();
    text.remove(QStringLiteral("€")).remove(QChar(0x00A0)).remove(QChar(0x202F));
    line->setText(text.trimmed());
    line->selectAll();
}

} // namespace guichet
