#pragma once

#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace guichet {

// A periscolaire service sold by tickets (cantine, garderie du matin/soir, étude).
struct Activity
{
    qint64 id = 0;
    QString code;
    QString name;
    QString ticketUnit; // "repas", "séance"
    bool active = true;
    int position = 0;
    int version = 0;
    // Booking rules: a day is booked or cancelled until 'deadlineDaysBefore' days before it at 'deadlineTime'
    // (commune's time: the canteen the day before at 10:00, care the same day at 07:00).
    int deadlineDaysBefore = 1;
    QTime deadlineTime = QTime(10, 0);
    bool countsMeals = false; // the kitchen counts its bookings
    int walkInSurcharge = 0;  // extra tickets for a child present without a booking
    // A booking that leaves fewer tickets than this tells the family by email (at most once a week); 0:
    // never.
    int lowBalanceThreshold = 0;
};

struct SchoolYear
{
    qint64 id = 0;
    QString label; // "2026-2027"
    QDate start;
    QDate end;
    QDate bookingOpensOn;
    int version = 0;
};

// QF bracket of a school year; qfMax is inclusive, absent for the last (highest) bracket.
struct Bracket
{
    qint64 id = 0;
    int position = 0;
    QString label;
    std::optional<int> qfMax;
};

// One unit price; bracketId 0 is the non-resident price.
struct Tariff
{
    qint64 activityId = 0;
    qint64 bracketId = 0;
    Money unitPrice;
};

// Which price applies to a household this school year, and why (shown to the clerk).
struct PricingBasis
{
    bool resident = false;
    qint64 bracketId = 0; // 0: non-resident price
    QString bracketLabel;
    QString reason; // e.g. "QF 742 (attestation du 12/06/2026)" or why the highest bracket applies
};

} // namespace guichet
