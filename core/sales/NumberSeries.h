#pragma once

#include "common/Result.h"

namespace guichet {

class Database;

// Unbroken document numbering: the next number of a series is taken inside the caller's transaction,
// so a rolled-back document gives its number back and a committed one can never be given twice.
class NumberSeries
{
public:
    struct Number
    {
        QString series;  // "SO1-2026"
        qint64 sequence; // 42
        QString text;    // "SO1-2026-000042"
    };

    // series = counter code, optional kind ("AV", "RC") and year: SO1-2026, SO1-AV-2026.
    static QString seriesName(const QString &counterCode, const QString &kind, int year);
    static Result<Number> next(Database &database, const QString &series);
    static QString format(const QString &series, qint64 sequence);
};

} // namespace guichet
