#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace guichet {

class Database;

// Applies the numbered migrations embedded as resources (:/migrations/NNNN_name.sql), each in its own
// transaction together with the new schema version (PRAGMA user_version). Never edit a released
// migration: add the next number. Foreign keys are off while migrations run (tables are rebuilt the
// way SQLite documents) and checked before each one commits.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Database &database) : m_database(database) {}
    Status migrate();
    static int latestVersion();
    // The triggers the migrations leave in place (name -> CREATE TRIGGER statement), so that verify can
    // tell a dropped or weakened protection. Capture triggers (storage/ChangeCapture) are not included.
    static QMap<QString, QString> expectedTriggers();
    // A migration script's statements, one by one (triggers hold ';' inside BEGIN ... END).
    static QStringList statementsOf(const QString &script);

private:
    Status apply(const QMap<int, QString> &files, int current);

    Database &m_database;
};

} // namespace guichet
