#include "common/Money.h"

#include <QRegularExpression>

namespace guichet {

QString Money::toString() const
{
    const QChar nbsp(0x00A0);
    const qint64 absolute = m_cents < 0 ? -m_cents : m_cents;
    QString euros = QString::number(absolute / 100);
    for (qsizetype i = euros.size() - 3; i > 0; i -= 3)
        euros.insert(i, nbsp);
    const QString cents = QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + euros + QLatin1Char(',') + cents + nbsp +
           QStringLiteral("€");
}

std::optional<Money> Money::parse(const QString &text)
{
    QString t = text;
    t.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' ')).remove(QStringLiteral("€"));
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,12})(?:[.,](\\d{1,2}))?$"));
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 cents = match.captured(2).toLongLong() * 100;
    QString fraction = match.captured(3);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    cents += fraction.isEmpty() ? 0 : fraction.toLongLong();
    return Money::fromCents(match.captured(1).isEmpty() ? cents : -cents);
}

} // namespace guichet
