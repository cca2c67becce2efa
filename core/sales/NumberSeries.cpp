#include "sales/NumberSeries.h"

#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace guichet {

QString NumberSeries::documentSeries(const QString &counterCode, const QString &kind, int year)
{
    return kind.isEmpty() ? QStringLiteral("%1-%2").arg(counterCode).arg(year)
                          : QStringLiteral("%1-%2-%3").arg(counterCode, kind).arg(year);
}

QString NumberSeries::format(const QString &series, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(series).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString NumberSeries::familyFileSeries(const QString &counterCode)
{
    return counterCode + QStringLiteral("-DOSSIER");
}

QString NumberSeries::familyFileNumber(const QString &counterCode, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(counterCode).arg(sequence);
}

Result<NumberSeries::Number> NumberSeries::next(Database &database, const QString &series,
                                                const QDateTime &now, const CommuneTime &time)
{
    const QString instant = now.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT max(last_issued_at) FROM number_series")))
        return storageError(q.lastError()).error();
    if (q.next() && !q.value(0).isNull() && instant < q.value(0).toString()) {
        const QDateTime last = instantFromIso(q.value(0));
        return Error::of(
            tr("The computer's clock says %1, but this counter already issued a number on %2: the "
               "date or time of this computer is wrong. Nothing was issued. Set the right date and "
               "time (ask your IT support), then try again.")
                .arg(time.dateTimeText(now), time.dateTimeText(last)));
    }
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO number_series (series, last_number, last_issued_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (series) DO UPDATE SET last_number = last_number + 1, "
                       "last_issued_at = excluded.last_issued_at RETURNING last_number"));
    bindAll(q, {series, instant});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return storageError(q.lastError()).error();
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    return Number{series, sequence, format(series, sequence)};
}

} // namespace guichet
