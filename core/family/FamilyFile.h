#pragma once

#include "family/Child.h"
#include "family/Guardian.h"
#include "family/Household.h"

#include <QList>

namespace guichet {

// One row of a file's history: who changed what, when.
struct HistoryEntry
{
    QDateTime at;
    QString actor;
    QString entity;      // "household", "guardian", "child", "file"
    QString entityLabel; // whose: "Léa Lefèvre"
    QString field;
    QString oldValue;
    QString newValue;
};

// Everything the town hall knows about a household.
struct FamilyFile
{
    Household household;
    QList<Guardian> guardians;
    QList<Child> children;

    const Guardian *payer() const
    {
        for (const Guardian &g : guardians)
            if (g.isPayer)
                return &g;
        return nullptr;
    }
};

} // namespace guichet
