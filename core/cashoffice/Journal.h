#pragma once

#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace guichet {

class Session;

// The financial events the journal records. Each but the snapshots (User, Archive) names one row of a
// table (and its child rows), whose canonical text is re-derived from the database by verify.
enum class JournalEvent
{
    Genesis,       // seq 0: what the database held before the journal existed
    Invoice,       // invoice + invoice_line
    Receipt,       // receipt + payment (a payment act)
    CreditNote,    // credit_note + credit_note_line
    TillOpen,      // till_session
    TillClose,     // till_count
    Closure,       // closure (a Z report)
    DepositSlip,   // deposit_slip + deposit_slip_cheque
    DocumentPrint, // document_print (every print or PDF of an invoice, receipt or credit note)
    User,          // a user created, disabled or changed: a snapshot (no password hash)
    Archive,       // a yearly archive written: its manifest's digest
    Refund,        // refund + refund_line (tickets paid back, by transfer or from the till)
    RefundOrder,   // refund_order + refund_order_item (the refund report issued to the accountant)
    Rollover,      // year_rollover (the next school year, tickets carried over)
};

// The hash-chained journal of every financial event of this counter (the cash-office issue). Each entry is
// appended in the transaction of the event it records, and chained to the previous entry of the same
// site:
//
//   hash = lowercase hex SHA-256 of the UTF-8 bytes of
//          prev_hash "\n" seq "\n" at "\n" user_name "\n" event "\n" record_table "\n" record_id "\n" payload
//   (record_id empty when there is none; the genesis entry's prev_hash is 64 zeros)
//
//   payload = one line per row recorded, the event's row first then its child rows by id, lines joined by
//             "\n"; a line is the table's name then, for each column of the documented list (formats() in
//             Journal.cpp) in that order, TAB "column=value"; a value is the integer in decimal, or the
//             text with '\' -> "\\", TAB -> "\t", LF -> "\n", CR -> "\r"; NULL is "\N".
//
// The genesis payload lists, per journaled table, the highest id it held, the number of rows and the
// SHA-256 of their payloads joined by "\n": rows up to that id are covered by the genesis entry, every
// later row by an entry of its own. So a row changed, deleted or inserted, or an entry changed, deleted,
// inserted or cut off the end (checked against a chain head printed on a Z report) is seen by verify().
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    static constexpr const char *ZeroHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    struct Head
    {
        qint64 seq = -1; // -1: no entry yet
        QString hash;
    };

    explicit Journal(Session &session);

    // Starts the chain if it is not: the genesis entry covering the documents already here (own
    // transaction). Called when a database is opened for writing.
    Status ensureGenesis();
    // Appends the entry recording row 'recordId' of the event's table, inside the caller's transaction.
    Status record(JournalEvent event, qint64 recordId);
    // Appends a snapshot entry (User, Archive): the payload given is what the entry proves.
    Status note(JournalEvent event, const QString &payload, qint64 recordId = 0);

    Result<Head> head() const;

    // verify's two checks (run inside its read snapshot); 'collect' returns false once it has enough.
    // The chain: entries 0..n of this site, each following the previous one and hashing to what it says;
    // 'anchor' (a chain head printed on a Z report), when given, must be one of them.
    Status verifyChain(const QString &anchor, const std::function<bool(const QString &)> &collect) const;
    // The records: each entry's payload is what its rows say now, every row after the genesis has exactly
    // one entry, and the rows the genesis covers still hash to what it says.
    Status verifyRecords(const std::function<bool(const QString &)> &collect) const;

    static QString eventCode(JournalEvent event);
    // The canonical text of one value, as the payload writes it.
    static QString canonicalValue(const QVariant &value);
    static QString entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &user,
                             const QString &event, const QString &recordTable, const QString &recordId,
                             const QString &payload);

private:
    Status append(JournalEvent event, const QString &recordTable, qint64 recordId, const QString &payload);
    Result<QString> genesisPayload() const;

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
