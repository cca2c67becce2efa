#pragma once

#include <QString>
#include <QtGlobal>
#include <compare>
#include <optional>

namespace guichet {

// An amount of euros held as integer cents. Never a double: 17 x 4,15 € is exactly 70,55 €.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_cents * quantity); }
    Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // French display: "1 234,56 €" (no-break spaces).
    QString toString() const;
    // Accepts "70,55", "70.55", "70", "1 234,5 €"; at most two decimals. Empty optional if not an amount.
    static std::optional<Money> parse(const QString &text);

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace guichet
