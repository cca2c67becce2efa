#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// Applies the numbered migrations embedded as resources (:/migrations/NNNN_name.sql), each in its own
// transaction together with the new schema version (PRAGMA user_version). Never edit a released
// migration: add the next number.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Database &database) : m_database(database) {}
    Status migrate();
    static int latestVersion();

private:
    Database &m_database;
};

} // namespace guichet
