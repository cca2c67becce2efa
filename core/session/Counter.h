#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

class Database;

// This installation's counter: its code prefixes every document number and family file number it
// issues ("SO1-2026-000042", "SO1-42"), so two counters never issue the same number; its name is
// shown to the clerk ("Annexe Nord"). Chosen at first start (or guichet-cli setup); the code is fixed
// once a document or a file number has been issued with it.
struct CounterIdentity
{
    QString code; // empty: not set up yet
    QString name;

    bool isSetUp() const { return !code.isEmpty(); }
};

class Counter
{
    Q_DECLARE_TR_FUNCTIONS(Counter)

public:
    static constexpr int MaxNameLength = 60;

    static Result<CounterIdentity> read(Database &database);
    // Sets the code and the name (one transaction). Refuses a malformed code, and a change of code once
    // something was numbered with the current one.
    static Status setUp(Database &database, const QString &code, const QString &name);

    // 2 to 6 capital letters or digits, starting with a letter: SO1, ANX2, MAIRIE.
    static bool isValidCode(const QString &code);
    // The refusal for actions that number things before the counter is set up.
    static Error notSetUp();
};

} // namespace guichet
