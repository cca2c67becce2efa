#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace guichet {

namespace {

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && number > 0)
            files.insert(number, dir.filePath(name));
    }
    return files;
}

// Splits a script into complete statements (triggers hold ';' inside BEGIN ... END), using SQLite's
// own parser to tell when a statement is complete.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        current += line + QLatin1Char('\n');
        const QByteArray utf8 = current.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString trimmed = current.trimmed();
            if (!trimmed.isEmpty())
                statements += trimmed;
            current.clear();
        }
    }
    return statements;
}

} // namespace

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status Migrator::migrate()
{
    const int current = m_database.schemaVersion();
    const auto files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::of(
                tr("The program is incomplete (migration %1 missing). Reinstall it.").arg(it.key()));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.status();
        QSqlQuery q(m_database.connection());
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                qWarning("Migration %d failed: %s", it.key(), qPrintable(q.lastError().text()));
                return Error::of(tr("The database could not be upgraded to schema %1; it was left as it "
                                    "was. Send the program's log to your IT support.")
                                     .arg(it.key()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key())))
            return storageError(q.lastError());
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return Status::success();
}

} // namespace guichet
