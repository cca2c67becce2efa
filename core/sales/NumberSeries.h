#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace guichet {

class CommuneTime;
class Database;

// Unbroken numbering: the next number of a series is taken inside the caller's transaction, so a
// rolled-back document gives its number back and a committed one can never be given twice. Each series
// remembers when it last issued a number: a computer whose clock went back before that instant (a wrong
// date) cannot issue, so dates never go backwards along this counter's documents.
class NumberSeries
{
    Q_DECLARE_TR_FUNCTIONS(NumberSeries)

public:
    struct Number
    {
        QString series;  // "SO1-2026"
        qint64 sequence; // 42
        QString text;    // "SO1-2026-000042"
    };

    // Document series: counter code, optional kind ("AV" credit notes, "RC" receipts) and the year of the
    // document's date in the commune: SO1-2026, SO1-AV-2026, SO1-RC-2026.
    static QString documentSeries(const QString &counterCode, const QString &kind, int year);
    static QString format(const QString &series, qint64 sequence);
    // Family files: one series per counter, numbers as short as possible ("SO1-42").
    static QString familyFileSeries(const QString &counterCode);
    static QString familyFileNumber(const QString &counterCode, qint64 sequence);

    // 'time' only words the refusal of a clock set back, in the commune's time.
    static Result<Number> next(Database &database, const QString &series, const QDateTime &now,
                               const CommuneTime &time);
};

} // namespace guichet
