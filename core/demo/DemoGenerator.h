#pragma once

#include "common/Result.h"

#include <QtGlobal>
#include <functional>

namespace guichet {

class Session;
class StoryClock;

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
    int present = 0; // attendance of the school days gone by
    int absent = 0;
    int excused = 0;
};

// Fills a database with a realistic Saint-Omer-like town: schools, households of 1 to 4 children with
// French names (accents, hyphens, apostrophes), some shared custody, files in every workflow state, and
// every kind of money document: invoices paid in cash, by cheque or card, split, partly paid or unpaid,
// whole and partial credit notes, printed originals and reprinted duplicates. It goes through the same
// services as the counter, so demo data obeys every rule (and guichet-cli verify holds on it).
// With a StoryClock (the database's clock), the story starts ten days before the rentrée of the school year
// under way: families come to the counter, buy tickets and book the year; then every school day up to
// yesterday has its attendance. Without one (or before that story can start), everything happens now and
// the bookings start the day after tomorrow.
class DemoGenerator
{
public:
    explicit DemoGenerator(Session &session, StoryClock *story = nullptr) : m_session(session), m_story(story)
    {}
    Result<DemoSummary> generate(const DemoOptions &options,
                                 const std::function<void(int done, int total)> &progress = {});

private:
    Session &m_session;
    StoryClock *m_story;
};

} // namespace guichet
