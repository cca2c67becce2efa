#pragma once

#include "common/Result.h"

#include <QtGlobal>
#include <functional>

namespace guichet {

class Session;

struct DemoOptions
{
    int households = 300;
    quint32 seed = 62500;
    QString counterCode = QStringLiteral("SO1"); // set up on a database whose counter is not yet
    QString counterName = QStringLiteral("Guichet principal");
};

struct DemoSummary
{
    int households = 0;
    int children = 0;
    int sharedChildren = 0;
    int invoices = 0;
    int creditNotes = 0;
    int bookings = 0;
    int cancellations = 0;
};

// Fills a database with a realistic Saint-Omer-like town: schools, households of 1 to 4 children with
// French names (accents, hyphens, apostrophes), some shared custody, files in every workflow state, and
// every kind of money document: invoices paid in cash, by cheque or card, split, partly paid or unpaid,
// whole and partial credit notes, printed originals and reprinted duplicates. It goes through the same
// services as the counter, so demo data obeys every rule (and guichet-cli verify holds on it).
class DemoGenerator
{
public:
    explicit DemoGenerator(Session &session) : m_session(session) {}
    Result<DemoSummary> generate(const DemoOptions &options,
                                 const std::function<void(int done, int total)> &progress = {});

private:
    Session &m_session;
};

} // namespace guichet
