#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace guichet {

class Session;

// What guichet-cli verify proves about the money and the tickets, as named checks run in one read
// snapshot (so that a check made while counters sell never sees half of a sale). Each check has a stable
// name (for scripts and tests) and says in French which row breaks it. The list is in checks().
//
// The journal checks (journal.chain, journal.records) see what the others cannot: a whole document
// rewritten consistently, a payment's means switched with all its details, a row backdated within its
// series' order. A forger who rewrites the journal's tail consistently too is caught only against a chain
// head printed earlier on paper (setAnchor).
class InvariantChecker
{
    Q_DECLARE_TR_FUNCTIONS(InvariantChecker)

public:
    struct Check
    {
        QString name;  // "ledger.lots_match_paid_lines"
        QString title; // translated: what it guarantees
    };
    struct Finding
    {
        QString check; // the check's name
        QString message;
    };

    explicit InvariantChecker(Session &session) : m_session(session) {}
    // A chain head printed on a Z report (verify --anchor): journal.chain then requires it in the chain.
    void setAnchor(const QString &hash) { m_anchor = hash; }
    // For tests: runs in run() once the first connection holds its snapshot, before the second takes its own.
    void setBetweenSnapshots(std::function<void()> hook) { m_betweenSnapshots = std::move(hook); }

    static QList<Check> checks();
    // Every check, in one snapshot; at most 'limitPerCheck' findings each. Empty: all invariants hold.
    Result<QList<Finding>> run(int limitPerCheck = 10) const;
    // One check alone (tests).
    Result<QList<Finding>> run(const QString &checkName, int limit = 10) const;

private:
    using Collect = std::function<bool(const QString &)>; // false once the check has enough findings
    Status runCheck(const QString &name, const Collect &collect) const;

    Session &m_session;
    QString m_anchor;
    std::function<void()> m_betweenSnapshots;
};

} // namespace guichet
