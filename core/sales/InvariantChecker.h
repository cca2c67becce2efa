#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

class Database;

// Checks every money and ticket invariant of the database (guichet-cli verify):
//  - each household's balance per activity equals the sum of its ledger and is never negative;
//  - a lot is never overdrawn, and only fully paid invoices have credited the wallet;
//  - a paid invoice's payments equal its total less its credit notes; no invoice is overpaid;
//  - every series' numbers run 1..n without gap or duplicate, and match number_series;
//  - credit notes never exceed their invoice, line by line.
class InvariantChecker
{
    Q_DECLARE_TR_FUNCTIONS(InvariantChecker)

public:
    explicit InvariantChecker(Database &database) : m_database(database) {}
    // The violations found, as French sentences; empty when all hold. Stops after 'limit' findings.
    QStringList violations(int limit = 20) const;

private:
    Database &m_database;
};

} // namespace guichet
