#pragma once

#include "common/Result.h"

namespace guichet {

class Database;

// One writer transaction per user action (BEGIN IMMEDIATE): either everything the action wrote is
// committed, or — if commit() is not reached — nothing is.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Why begin failed (database busy, read-only...).
    Status status() const { return m_status; }
    Status commit();
    void rollback();

private:
    Database &m_database;
    Status m_status;
    bool m_active = false;
    int m_savepoint = 0; // 0: the outermost transaction
};

// One consistent snapshot for a series of reads (guichet-cli verify, reports): a deferred read
// transaction, so that every query sees the same committed state while counters keep selling (WAL).
// Never writes (a Transaction started inside one is refused); ends (ROLLBACK) when destroyed.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &database);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    Status status() const { return m_status; }

private:
    Database &m_database;
    Status m_status;
    bool m_active = false;
};

} // namespace guichet
