#include "sales/MoneyEdit.h"

namespace guichet {

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0,00"));
    setMaxLength(14);
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateLook();
        Q_EMIT amountChanged();
    });
}

std::optional<Money> MoneyEdit::value() const
{
    if (text().trimmed().isEmpty())
        return std::nullopt;
    return Money::parse(text());
}

bool MoneyEdit::isInvalid() const
{
    return !text().trimmed().isEmpty() && !Money::parse(text());
}

void MoneyEdit::setValue(Money amount)
{
    // Without the currency sign so that the clerk can type over it.
    QString shown = amount.toString();
    shown.remove(QStringLiteral("€"));
    setText(shown.trimmed());
}

void MoneyEdit::updateLook()
{
    setStyleSheet(isInvalid() ? QStringLiteral("QLineEdit { color: #b00020; border: 1px solid #b00020; }")
                              : QString());
}

} // namespace guichet
