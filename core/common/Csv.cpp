#include "common/Csv.h"

namespace guichet {

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row) {
            if (field.contains(QLatin1Char(';')) || field.contains(QLatin1Char('"')) ||
                field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
                QString quoted = field;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                fields += QLatin1Char('"') + quoted + QLatin1Char('"');
            } else {
                fields += field;
            }
        }
        out += fields.join(QLatin1Char(';')).toUtf8() + "\r\n";
    }
    return out;
}

QString csvAmount(Money amount)
{
    const qint64 c = amount.cents() < 0 ? -amount.cents() : amount.cents();
    return (amount.isNegative() ? QStringLiteral("-") : QString()) + QString::number(c / 100) +
           QLatin1Char(',') + QStringLiteral("%1").arg(c % 100, 2, 10, QLatin1Char('0'));
}

} // namespace guichet
