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
    int m_savepoint = 0;   // 0: the outermost transaction
    bool m_joined = false; // inside a Batch: no savepoint of its own
};

// Many user actions in one commit, for generated data (the demo): each action's Transaction joins the batch
// instead of opening a savepoint. SQLite keeps a savepoint's page copies in a journal that it walks from the
// start at the end of every statement: with savepoints nested in a long transaction, that is quadratic.
// All or nothing: if one action inside does not commit (it failed, or was rolled back), the batch is
// doomed — commit() rolls everything back and says so (the action's own message went to its caller). So no
// action may be tried and its failure tolerated inside a batch: check first (BookingService::need…), then
// act.
class Batch
{
public:
    explicit Batch(Database &database);
    ~Batch();
    Batch(const Batch &) = delete;
    Batch &operator=(const Batch &) = delete;

    Status status() const { return m_transaction.status(); }
    bool isActive() const { return m_transaction.isActive(); }
    Status commit();

private:
    Database &m_database;
    Transaction m_transaction;
    bool m_open = false;
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
