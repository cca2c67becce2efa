#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace guichet {

class Session;

// Tickets of one lot refunded, at the price they were bought at.
struct RefundLine
{
    qint64 lotId = 0;
    int quantity = 0;
    Money unitPrice;
    Money total() const { return unitPrice * quantity; }
};

// What a refund would pay, shown before confirming.
struct RefundQuote
{
    qint64 householdId = 0;
    QString fileNumber;
    QString household;
    QString payerName;
    qint64 activityId = 0;
    QString activityCode;
    QString activityName;
    int balance = 0;     // tickets in the wallet
    int bookedAhead = 0; // tickets taken by bookings of days to come (not refundable unless cancelled)
    int tickets = 0;     // refunded
    QList<RefundLine> lines;
    Money amount;
    QString lastIban, lastBic; // of the household's last refund by transfer, to propose again
    // Unpaid invoices of the household: not a refusal (the accountant may offset), but said before
    // confirming.
    QString warning;
};

struct RefundRequest
{
    qint64 householdId = 0;
    qint64 activityId = 0;
    int tickets = 0; // 0: every ticket in the wallet
    QString iban, bic;
    bool cash = false; // from the open till, where the régie allows it
    QString reason;    // free text: "départ de la commune", "demande de la famille"
};

struct RefundView
{
    qint64 id = 0;
    QString number; // SO1-RB-2027-000001
    QString fileNumber;
    QString household;
    QString payerName;
    QString activityName;
    bool cash = false;
    QString iban, bic;
    QString reason;
    int tickets = 0;
    Money amount;
    QDateTime requestedAt;
    QDate day; // requestedAt's day in the commune
    QString clerk;
    QList<RefundLine> lines;
    QString orderNumber; // the refund order that handed it to the accountant, once issued
};

// The refund report of a period: every refund, and the transfers the accountant is asked to pay.
struct RefundReport
{
    QDate from, to;
    QList<RefundView> refunds;
    Money transfers, cash, total;
    int transferCount = 0, cashCount = 0;
    QString orderNumber; // set when the report was issued as a refund order
    QDateTime issuedAt;
    QString issuedBy;
};

// A household whose children all left (or leave) the commune's schools, with tickets still in its wallet.
struct RefundProposal
{
    RefundQuote quote; // every ticket of the activity
};

// Refunds of surplus tickets (the flyer: "remboursement facilité en fin d'année"). The valuation rule:
// the tickets refunded are the most recently bought ones (bookings take the oldest first, so the ones left
// are the newest), lot by lot from the last bought, each at the price it was bought at. A refund is
// requested by a régisseur once the school year is over — or at any time for a household whose children
// all leave the commune's schools — and takes its tickets out of the wallet at once (so they can no longer
// be booked or carried over). It is paid by the public accountant to the payer's IBAN (checked: ISO 13616)
// once a refund order (the issued refund report) lists it, or in cash from the open till where the régie
// allows it. Everything is journaled.
class RefundService
{
    Q_DECLARE_TR_FUNCTIONS(RefundService)

public:
    explicit RefundService(Session &session);

    // 'tickets' 0: all of them. Refused with the reason when nothing can be refunded.
    Result<RefundQuote> quote(qint64 householdId, qint64 activityId, int tickets = 0) const;
    Result<RefundView> refund(const RefundRequest &request);
    Result<RefundView> refundView(qint64 refundId) const;
    Result<QList<RefundView>> refundsOf(qint64 householdId) const;
    // Households whose children have all left or leave, with a positive balance: what to refund them.
    Result<QList<RefundProposal>> proposals() const;

    // The refunds requested over the commune's days [from, to].
    Result<RefundReport> report(const QDate &from, const QDate &to) const;
    // The same, issued as a refund order: its transfers not yet ordered are ordered (numbered, journaled,
    // in one transaction). Refused when there is no transfer left to order.
    Result<RefundReport> issue(const QDate &from, const QDate &to);

    // The IBANs in full on the accountant's copy, masked on the others.
    static QByteArray reportCsv(const RefundReport &report, bool accountantCopy);
    static Status writeXlsx(const RefundReport &report, bool accountantCopy, const QString &path);

private:
    Result<QList<RefundView>> refunds(const QString &where, const QList<QVariant> &values) const;

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
