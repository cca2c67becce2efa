#include "storage/Migrator.h"

#include "common/Uuid.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
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

} // namespace

// SQLite's own parser tells when a statement is complete.
QStringList Migrator::statementsOf(const QString &script)
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

QMap<QString, QString> Migrator::expectedTriggers()
{
    static const QRegularExpression createTrigger(
        QStringLiteral("^CREATE TRIGGER (\\w+) (?:BEFORE|AFTER|INSTEAD OF) \\w+(?: OF [\\w, ]+)? ON (\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropTrigger(QStringLiteral("^DROP TRIGGER (?:IF EXISTS )?(\\w+)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropTable(QStringLiteral("^DROP TABLE (?:IF EXISTS )?(\\w+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> triggers;
    QMap<QString, QString> tableOf;
    const auto files = migrationFiles();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (QString statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            // Comment lines before a statement belong to the script, not to the statement.
            while (statement.startsWith(QLatin1String("--")))
                statement = statement.section(QLatin1Char('\n'), 1).trimmed();
            if (const auto m = createTrigger.match(statement); m.hasMatch()) {
                triggers.insert(m.captured(1), statement);
                tableOf.insert(m.captured(1), m.captured(2));
            } else if (const auto d = dropTrigger.match(statement); d.hasMatch()) {
                triggers.remove(d.captured(1));
            } else if (const auto t = dropTable.match(statement); t.hasMatch()) {
                for (auto it = tableOf.cbegin(); it != tableOf.cend(); ++it)
                    if (it.value() == t.captured(1))
                        triggers.remove(it.key());
            }
        }
    }
    return triggers;
}

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status Migrator::migrate()
{
    const int current = m_database.schemaVersion();
    const auto files = migrationFiles();
    if (files.isEmpty() || files.lastKey() <= current)
        return Status::success();
    // Migrations rebuild tables (create, copy, drop, rename: SQLite's documented procedure), which needs
    // foreign keys off; they are checked before each migration commits, and switched back on after.
    QSqlQuery pragma(m_database.connection());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return storageError(pragma.lastError());
    Status status = apply(files, current);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && status)
        status = storageError(pragma.lastError());
    return status;
}

Status Migrator::apply(const QMap<int, QString> &files, int current)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::of(
                tr("The program is incomplete (migration %1 missing). Reinstall it.").arg(it.key()));
        const QString script = QString::fromUtf8(file.readAll());
        const Error failed =
            Error::of(tr("The database could not be upgraded to schema %1; it was left as it "
                         "was. Send the program's log to your IT support.")
                          .arg(it.key()));

        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.status();
        QSqlQuery q(m_database.connection());
        for (const QString &statement : statementsOf(script)) {
            if (!q.exec(statement)) {
                qWarning("Migration %d failed: %s", it.key(), qPrintable(q.lastError().text()));
                return failed;
            }
        }
        // The site id exists from the first migration on (meta is its first table), so later ones can
        // stamp rows with it.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('site_id', ?)"));
        q.addBindValue(createUuidV7(m_database.clock()));
        if (Status s = execOrError(q); !s)
            return s;
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return storageError(q.lastError());
        if (q.next()) {
            qWarning("Migration %d leaves a broken reference in table %s (row %s)", it.key(),
                     qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()));
            return failed;
        }
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key())))
            return storageError(q.lastError());
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return Status::success();
}

} // namespace guichet
