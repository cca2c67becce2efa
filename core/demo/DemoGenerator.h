#pragma once

#include "common/Result.h"

#include <QtGlobal>
#include <functional>

namespace guichet {

class Database;

struct DemoOptions
{
    int households = 300;
    quint32 seed = 62500;
};

struct DemoSummary
{
    int households = 0;
    int children = 0;
    int sharedChildren = 0;
};

// Fills a database with a realistic Saint-Omer-like town: schools, households of 1 to 4 children with
// French names (accents, hyphens, apostrophes), some shared custody, files in every workflow state.
// It goes through FamilyService like the counter does, so demo data obeys every rule.
class DemoGenerator
{
public:
    explicit DemoGenerator(Database &database) : m_database(database) {}
    Result<DemoSummary> generate(const DemoOptions &options,
                                 const std::function<void(int done, int total)> &progress = {});

private:
    Database &m_database;
};

} // namespace guichet
