#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace guichet {

class Session;

// The cash count that closes a till: how many of each note and coin (cents -> how many).
struct CashCount
{
    QMap<qint64, int> pieces;

    // 500 € down to 1 ct, in cents, largest first.
    static const QList<qint64> &denominations();
    Money total() const;
    // The fewest notes and coins that make 'amount' (the demo's and the benchmarks' exact counts).
    static CashCount of(Money amount);
    // "50000:0,20000:1,…,1:3": every denomination, as stored in till_count.count_detail.
    QString detail() const;
    // What guichet-cli till close --count takes: "50:2,20:5,0.5:6" (euros, '.' for the decimals: ','
    // separates).
    static Result<CashCount> parse(const QString &text);
};

struct TillSession
{
    qint64 id = 0;
    QString counterCode;
    QDateTime openedAt;
    QString openedBy;
    Money floatAmount;
    // Once closed:
    bool closed = false;
    QDateTime closedAt;
    QString closedBy;
    Money counted, expected, difference;
    QString comment;
};

// What a till holds and took during a session: expected cash = float + cash taken - change given.
struct TillFigures
{
    TillSession session;
    int receipts = 0;
    Money cashTaken;   // cash handed over by the parents
    Money changeGiven; // cash given back
    Money cheques, cards;
    Money cashRefunded; // surplus tickets refunded in cash from the till (where the régie allows it)
    int cashRefunds = 0;
    Money expectedCash() const { return session.floatAmount + cashTaken - changeGiven - cashRefunded; }
    int chequeCount = 0;
};

// A Z report: a day's, a month's or a year's closure of a counter, as stored and printed.
struct ClosureView
{
    enum class Kind
    {
        Day,
        Month,
        Year
    };
    qint64 id = 0;
    QString number; // SO1-Z-2026-000001
    Kind kind = Kind::Day;
    QString period; // 2026-12-01, 2026-12, 2026
    QString counterCode;
    QDateTime closedAt;
    QString closedBy;
    int invoices = 0;
    Money invoiced;
    int creditNotes = 0;
    Money credited;
    int receipts = 0;
    Money takings, cash, cheque, card;
    // Of 'card': paid online on the families' portal (recorded by Sync in a till, with no terminal slip);
    // shown apart so that the cards match the terminal's total. In 'detail' since schema 19 (older: 0).
    Money online;
    Money counted, difference;
    Money grandTotalSales, grandTotalTakings; // perpetual: never reset
    QString chainHead;
    QString firstInvoice, lastInvoice, firstCreditNote, lastCreditNote, firstReceipt, lastReceipt;
    struct ActivityLine
    {
        QString activity;
        int tickets = 0; // sold less credited
        Money net;       // invoiced less credited
    };
    QList<ActivityLine> byActivity;
    struct SessionLine
    {
        qint64 id = 0;
        QString openedBy, closedBy;
        QDateTime openedAt, closedAt;
        Money floatAmount, expected, counted, difference;
        QString comment;
        int receipts = 0;         // the session's own takings (its Z):
        Money cash, cheque, card; // amounts paid by each means
    };
    QList<SessionLine> sessions;
    QStringList periodsIncluded; // a month's days, a year's months
    // Surplus tickets refunded that period (the year end): not takings, but the cash ones left the till.
    int refunds = 0;
    Money refunded, refundedInCash;

    Money netSales() const { return invoiced - credited; }
};
QString closureKindCode(ClosureView::Kind kind); // day, month, year

struct DepositCheque
{
    qint64 paymentId = 0;
    QString number, bank, drawer;
    Money amount;
    QDateTime paidAt;
    QString receiptNumber;
};

struct DepositSlipView
{
    qint64 id = 0;
    QString number; // SO1-BD-2026-000001
    QDateTime issuedAt;
    QString issuedBy;
    QList<DepositCheque> cheques;
    Money total;
};

// The statement for the public accountant over a period: takings by activity and by method, deposits,
// closures.
struct AccountantStatement
{
    QDate from, to;
    QList<ClosureView::ActivityLine> byActivity;
    Money cash, cheque, card, takings;
    Money online; // of 'card': paid online on the families' portal
    Money invoiced, credited;
    QList<DepositSlipView> deposits;
    QList<ClosureView> closures; // the days closed in the period
};

// The régie's till: a session per counter, opened by a régisseur with a float, closed with a cash count
// (final), its difference explained. Every payment belongs to the open session (SalesService asks
// requireOpen()). The cash held is watched against the régie's ceiling.
class TillService
{
    Q_DECLARE_TR_FUNCTIONS(TillService)

public:
    explicit TillService(Session &session);

    // This counter's open session, if any.
    Result<std::optional<TillSession>> current() const;
    // The open session's id, or the French refusal a payment gets without one.
    Result<qint64> requireOpen() const;
    Result<qint64> open(Money floatAmount);
    // Closes the open session with this count; 'comment' is required when the count differs from the
    // expected cash. Returns the session as closed.
    Result<TillSession> close(const CashCount &count, const QString &comment);
    Result<TillFigures> figures(qint64 sessionId) const;
    Result<TillSession> session(qint64 sessionId) const;
    // The cash held now in the open session (0 without one), and the sentence warning that it exceeds the
    // régie's ceiling (empty when it does not).
    Result<QString> ceilingWarning() const;

private:
    Session &m_session;
    mutable StatementCache m_statements;
};

// Closures (Z reports), deposit slips and the accountant's statement.
class ClosureService
{
    Q_DECLARE_TR_FUNCTIONS(ClosureService)

public:
    explicit ClosureService(Session &session);

    // The figures a closure of this day would have, nothing written (the screen's preview).
    Result<ClosureView> previewDay(const QDate &day) const;
    // Closes the day: a régisseur's act, final, journaled. Refused for a day to come, a day already closed,
    // a day before the last one closed, and while a till session opened on or before the day is open.
    Result<ClosureView> closeDay(const QDate &day);
    // A month ("2026-11") or a year ("2026") once over: the sum of its closed days.
    Result<ClosureView> closePeriod(ClosureView::Kind kind, const QString &period);
    Result<ClosureView> closure(qint64 id) const;
    Result<std::optional<ClosureView>> closureOf(ClosureView::Kind kind, const QString &period) const;
    // Refuses once today is closed: a sale, a payment, a credit note or a till opened after the Z would be in
    // no closure (SalesService and TillService ask it inside their transactions).
    Status requireTodayOpen() const;
    Result<QList<ClosureView>> closures(const QDate &from, const QDate &to) const; // days closed

    // Cheques taken and not yet on a slip, oldest first.
    Result<QList<DepositCheque>> chequesToDeposit() const;
    // The sentence warning a régisseur at login of cheques older than one working day not deposited.
    Result<QString> chequesWaitingWarning() const;
    // A numbered slip with these cheques (all waiting when empty): a régisseur's act, journaled.
    Result<DepositSlipView> issueDepositSlip(const QList<qint64> &paymentIds = {});
    Result<DepositSlipView> depositSlip(qint64 id) const;

    Result<AccountantStatement> statement(const QDate &from, const QDate &to) const;
    // The statement as a spreadsheet opens it (UTF-8 with BOM, ';'): one row per figure, amounts in euros
    // with a decimal comma.
    static QByteArray statementCsv(const AccountantStatement &statement);

private:
    Result<ClosureView> dayFigures(const QDate &day) const;
    Result<ClosureView> insert(ClosureView closure);

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
