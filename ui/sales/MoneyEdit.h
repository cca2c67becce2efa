#pragma once

#include "common/Money.h"

#include <QLineEdit>
#include <optional>

namespace guichet {

// A line edit for an amount of euros typed at the counter ("70,55", "70.55", "70"). The text is
// parsed with Money::parse — never through a double. Right-aligned, like amounts on a receipt.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    // The amount typed, or nothing when the field is empty or is not an amount.
    std::optional<Money> value() const;
    // True when something is typed that is not an amount (shown in red).
    bool isInvalid() const;
    void setValue(Money amount);

Q_SIGNALS:
    void amountChanged();

private:
    void updateLook();
};

} // namespace guichet
