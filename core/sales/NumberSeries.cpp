#include "sales/NumberSeries.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

QString NumberSeries::seriesName(const QString &counterCode, const QString &kind, int year)
{
    return kind.isEmpty() ? QStringLiteral("%1-%2").arg(counterCode).arg(year)
                          : QStringLiteral("%1-%2-%3").arg(counterCode, kind).arg(year);
}

QString NumberSeries::format(const QString &series, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(series).arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<NumberSeries::Number> NumberSeries::next(Database &database, const QString &series)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO number_series (series, last_number) VALUES (?, 1) "
        "ON CONFLICT (series) DO UPDATE SET last_number = last_number + 1 RETURNING last_number"));
    q.addBindValue(series);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return storageError(q.lastError()).error();
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    return Number{series, sequence, format(series, sequence)};
}

} // namespace guichet
