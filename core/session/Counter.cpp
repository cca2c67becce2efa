#include "session/Counter.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace guichet {

bool Counter::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    return pattern.match(code).hasMatch();
}

Error Counter::notSetUp()
{
    return Error::of(
        tr("This counter has no code yet, so it cannot number documents or family files. Restart "
           "the program to set it up, or run: guichet-cli setup --counter-code CODE "
           "--counter-name NAME."));
}

Result<CounterIdentity> Counter::read(Database &database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('counter_code', 'counter_name')")))
        return storageError(q.lastError()).error();
    CounterIdentity identity;
    while (q.next())
        (q.value(0).toString() == QLatin1String("counter_code") ? identity.code : identity.name) =
            q.value(1).toString();
    return identity;
}

Status Counter::setUp(Database &database, const QString &code, const QString &name)
{
    const QString c = code.trimmed().toUpper();
    const QString n = name.simplified();
    QMap<QString, QString> errors;
    if (!isValidCode(c))
        errors[QStringLiteral("code")] =
            tr("The counter code has 2 to 6 capital letters or digits and starts with a letter, e.g. SO1 or "
               "ANX2; it begins every number this counter issues.");
    if (n.isEmpty() || n.size() > MaxNameLength)
        errors[QStringLiteral("name")] =
            tr("Give the counter a name of at most %1 characters, e.g. Annexe Nord.").arg(MaxNameLength);
    if (!errors.isEmpty())
        return Error::inFields(errors);

    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.status();
    const auto current = read(database);
    if (!current)
        return current.error();
    if (current.value().isSetUp() && current.value().code != c) {
        // Numbers already issued carry the current code: changing it would break their series.
        QSqlQuery q(database.connection());
        q.prepare(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM number_series WHERE series LIKE ? ESCAPE '\\')"));
        QString prefix = current.value().code;
        prefix.replace(QLatin1Char('_'), QStringLiteral("\\_"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"));
        q.addBindValue(QString(prefix + QStringLiteral("-%")));
        if (Status s = execOrError(q); !s)
            return s;
        if (q.next() && q.value(0).toBool())
            return Error::inField(
                QStringLiteral("code"),
                tr("This counter has already issued numbers with the code %1: the code cannot "
                   "change any more. Only the name can.")
                    .arg(current.value().code));
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value"));
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("counter_code"), c}, std::pair{QStringLiteral("counter_name"), n}}) {
        bindAll(q, {key, value});
        if (Status s = execOrError(q); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace guichet
