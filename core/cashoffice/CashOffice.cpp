#include "cashoffice/CashOffice.h"

#include "cashoffice/Journal.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Csv.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "sales/NumberSeries.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace guichet {

namespace {

QDateTime instant(const QVariant &value)
{
    return instantFromIso(value);
}

Money cents(const QVariant &value)
{
    return Money::fromCents(value.toLongLong());
}

// Runs 'q' and reads its first row with 'from': nothing when there is none.
template <typename From> auto maybeRow(QSqlQuery &q, From from) -> Result<std::optional<decltype(from(q))>>
{
    if (Status s = execOrError(q); !s)
        return s.error();
    std::optional<decltype(from(q))> value;
    if (q.next())
        value = from(q);
    q.finish();
    return value;
}

// The same, when the row must exist: 'missing' says so otherwise.
template <typename From>
auto oneRow(QSqlQuery &q, From from, const QString &missing) -> Result<decltype(from(q))>
{
    auto row = maybeRow(q, from);
    if (!row)
        return row.error();
    if (!row.value())
        return Error::of(missing);
    return *row.value();
}

} // namespace

// ------------------------------------------------------------------------------------------- CashCount

const QList<qint64> &CashCount::denominations()
{
    static const QList<qint64> list{50000, 20000, 10000, 5000, 2000, 1000, 500, 200,
                                    100,   50,    20,    10,   5,    2,    1};
    return list;
}

Money CashCount::total() const
{
    Money sum;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        sum += Money::fromCents(it.key()) * it.value();
    return sum;
}

CashCount CashCount::of(Money amount)
{
    CashCount count;
    qint64 rest = amount.cents();
    for (qint64 d : denominations()) {
        count.pieces.insert(d, int(rest / d));
        rest %= d;
    }
    return count;
}

QString CashCount::detail() const
{
    QStringList parts;
    for (qint64 d : denominations())
        parts += QStringLiteral("%1:%2").arg(d).arg(pieces.value(d));
    return parts.join(QLatin1Char(','));
}

Result<CashCount> CashCount::parse(const QString &text)
{
    CashCount count;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString number = part.section(QLatin1Char(':'), 1).trimmed();
        const auto amount = Money::parse(value);
        if (!amount || !denominations().contains(amount->cents()))
            return Error::of(TillService::tr("\"%1\" is not a note or coin in euros (500, 200, 100, 50, 20, "
                                             "10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01).")
                                 .arg(value));
        bool ok = false;
        const int pieces = number.toInt(&ok);
        if (!ok)
            return Error::of(TillService::tr("Give how many pieces of %1 were counted as a whole number "
                                             "(\"%2\" was given).")
                                 .arg(amount->toString(), number));
        if (pieces < 0)
            return Error::of(TillService::tr("A count cannot be negative (%1 pieces of %2): count again.")
                                 .arg(pieces)
                                 .arg(amount->toString()));
        if (count.pieces.contains(amount->cents()))
            return Error::of(
                TillService::tr("%1 is counted twice: give each note or coin once.").arg(amount->toString()));
        count.pieces.insert(amount->cents(), pieces);
    }
    return count;
}

QString closureKindCode(ClosureView::Kind kind)
{
    switch (kind) {
    case ClosureView::Kind::Day:
        return QStringLiteral("day");
    case ClosureView::Kind::Month:
        return QStringLiteral("month");
    case ClosureView::Kind::Year:
        return QStringLiteral("year");
    }
    return {};
}

// ------------------------------------------------------------------------------------------- TillService

TillService::TillService(Session &session) : m_session(session), m_statements(session.database()) {}

static const QString SessionColumns = QStringLiteral(
    "SELECT s.id, s.counter_code, s.opened_at, s.opened_by, s.float_cents, c.id IS NOT NULL, c.closed_at, "
    "c.closed_by, c.counted_cents, c.expected_cents, c.difference_cents, c.comment "
    "FROM till_session s LEFT JOIN till_count c ON c.session_id = s.id ");

static TillSession sessionFrom(const QSqlQuery &q)
{
    TillSession s;
    s.id = q.value(0).toLongLong();
    s.counterCode = q.value(1).toString();
    s.openedAt = instant(q.value(2));
    s.openedBy = q.value(3).toString();
    s.floatAmount = cents(q.value(4));
    s.closed = q.value(5).toBool();
    if (s.closed) {
        s.closedAt = instant(q.value(6));
        s.closedBy = q.value(7).toString();
        s.counted = cents(q.value(8));
        s.expected = cents(q.value(9));
        s.difference = cents(q.value(10));
        s.comment = q.value(11).toString();
    }
    return s;
}

Result<std::optional<TillSession>> TillService::current() const
{
    QSqlQuery &q = m_statements.get(
        SessionColumns +
        QStringLiteral("WHERE s.counter_code = ? AND c.id IS NULL ORDER BY s.id DESC LIMIT 1"));
    q.addBindValue(m_session.counter().code);
    return maybeRow(q, sessionFrom);
}

Result<TillSession> TillService::session(qint64 sessionId) const
{
    QSqlQuery &q = m_statements.get(SessionColumns + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(sessionId);
    return oneRow(q, sessionFrom, tr("There is no till session number %1.").arg(sessionId));
}

Result<qint64> TillService::requireOpen() const
{
    const auto open = current();
    if (!open)
        return open.error();
    if (!open.value())
        return Error::of(tr("The till is not open: no money can be taken. A régisseur opens it with its "
                            "float (Caisse › Ouvrir la caisse, or guichet-cli till open)."));
    return open.value()->id;
}

Result<qint64> TillService::open(Money floatAmount)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Opening the till")); !s)
        return s.error();
    if (m_session.counter().code.isEmpty())
        return Counter::notSetUp();
    if (floatAmount.isNegative())
        return Error::inFields({{QStringLiteral("float"),
                                 tr("The float cannot be negative: type the cash put in the till, 0,00 € if "
                                    "none.")}});
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    if (Status s = m_session.closures().requireTodayOpen(); !s)
        return s.error();
    const auto open = current();
    if (!open)
        return open.error();
    if (open.value())
        return Error::of(
            tr("The till is already open since %1 (opened by %2): close it before opening a new "
               "session.")
                .arg(m_session.time().dateTimeText(open.value()->openedAt), open.value()->openedBy));
    QSqlQuery &insert = m_statements.get(QStringLiteral(
        "INSERT INTO till_session (uuid, origin_site, counter_code, opened_at, opened_by, float_cents) "
        "VALUES (?,?,?,?,?,?)"));
    bindAll(insert, {createUuidV7(db.clock()), db.siteId(), m_session.counter().code,
                     isoFromInstant(db.clock().nowUtc()), m_session.actor(), floatAmount.cents()});
    if (Status s = execOrError(insert); !s)
        return s.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status s = m_session.journal().record(JournalEvent::TillOpen, id); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<TillFigures> TillService::figures(qint64 sessionId) const
{
    const auto s = session(sessionId);
    if (!s)
        return s.error();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT count(DISTINCT r.id), "
                       "coalesce(sum(CASE p.method WHEN 'cash' THEN p.tendered_cents END), 0), "
                       "coalesce(sum(CASE p.method WHEN 'cash' THEN p.change_cents END), 0), "
                       "coalesce(sum(CASE p.method WHEN 'cheque' THEN p.amount_cents END), 0), "
                       "coalesce(sum(CASE p.method WHEN 'card' THEN p.amount_cents END), 0), "
                       "coalesce(sum(p.method = 'cheque'), 0) "
                       "FROM receipt r JOIN payment p ON p.receipt_id = r.id WHERE r.till_session_id = ?"));
    q.addBindValue(sessionId);
    if (Status st = execOrError(q); !st)
        return st.error();
    TillFigures f;
    f.session = s.value();
    if (q.next()) {
        f.receipts = q.value(0).toInt();
        f.cashTaken = cents(q.value(1));
        f.changeGiven = cents(q.value(2));
        f.cheques = cents(q.value(3));
        f.cards = cents(q.value(4));
        f.chequeCount = q.value(5).toInt();
    }
    q.finish();
    QSqlQuery &refunds =
        m_statements.get(QStringLiteral("SELECT count(*), coalesce(sum(amount_cents), 0) FROM refund WHERE "
                                        "till_session_id = ? AND method = 'cash'"));
    refunds.addBindValue(sessionId);
    if (Status st = execOrError(refunds); !st)
        return st.error();
    if (refunds.next()) {
        f.cashRefunds = refunds.value(0).toInt();
        f.cashRefunded = cents(refunds.value(1));
    }
    refunds.finish();
    return f;
}

Result<TillSession> TillService::close(const CashCount &count, const QString &comment)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Closing the till")); !s)
        return s.error();
    for (auto it = count.pieces.cbegin(); it != count.pieces.cend(); ++it)
        if (it.value() < 0 || !CashCount::denominations().contains(it.key()))
            return Error::inFields(
                {{QStringLiteral("count"), tr("A count cannot be negative (%1 pieces of %2): count again.")
                                               .arg(it.value())
                                               .arg(Money::fromCents(it.key()).toString())}});
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto open = current();
    if (!open)
        return open.error();
    if (!open.value())
        return Error::of(tr("The till is not open: there is nothing to close (a closed session is final)."));
    const auto f = figures(open.value()->id);
    if (!f)
        return f.error();
    const Money expected = f.value().expectedCash();
    const Money counted = count.total();
    const Money difference = counted - expected;
    if (!difference.isZero() && comment.trimmed().isEmpty())
        return Error::inFields({{QStringLiteral("comment"),
                                 tr("The cash counted (%1) differs from the expected cash (%2) by %3: say "
                                    "why in the comment (it "
                                    "is kept with the closure), or count again.")
                                     .arg(counted.toString(), expected.toString(), difference.toString())}});
    QSqlQuery &insert = m_statements.get(QStringLiteral(
        "INSERT INTO till_count (uuid, origin_site, session_id, closed_at, closed_by, count_detail, "
        "counted_cents, expected_cents, difference_cents, comment) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindAll(insert, {createUuidV7(db.clock()), db.siteId(), open.value()->id,
                     isoFromInstant(db.clock().nowUtc()), m_session.actor(), count.detail(), counted.cents(),
                     expected.cents(), difference.cents(), comment.trimmed()});
    if (Status s = execOrError(insert); !s)
        return s.error();
    if (Status s = m_session.journal().record(JournalEvent::TillClose, insert.lastInsertId().toLongLong());
        !s)
        return s.error();
    const auto closed = session(open.value()->id);
    if (!closed)
        return closed.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return closed.value();
}

Result<QString> TillService::ceilingWarning() const
{
    const auto open = current();
    if (!open)
        return open.error();
    if (!open.value())
        return QString();
    const auto f = figures(open.value()->id);
    if (!f)
        return f.error();
    const auto profile = m_session.commune().profile();
    if (!profile)
        return profile.error();
    const Money held = f.value().expectedCash();
    if (held <= profile.value().cashCeiling)
        return QString();
    return tr("The cash held (%1) exceeds the régie's ceiling (%2): pay the surplus into the public treasury "
              "(versement) without delay.")
        .arg(held.toString(), profile.value().cashCeiling.toString());
}

// ------------------------------------------------------------------------------------------- ClosureService

ClosureService::ClosureService(Session &session) : m_session(session), m_statements(session.database()) {}

// The figures of this counter's documents over the commune's days [first, last] (a day, or the
// accountant's period), without the till sessions.
static Status rangeFigures(Session &session, const QDate &first, const QDate &last, ClosureView &v)
{
    Database &db = session.database();
    const auto [from, to] = session.time().isoRange(first, last);
    const QString site = db.siteId();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Each query takes (site, from, to), repeated for each part of a UNION.
    const auto run = [&](const QString &sql) -> Status {
        q.prepare(sql);
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')) / 3; ++i)
            for (const QString &value : {site, from, to})
                q.addBindValue(value);
        return execOrError(q);
    };
    if (Status s =
            run(QStringLiteral("SELECT count(*), coalesce(sum(total_cents), 0), min(number), max(number) "
                               "FROM invoice WHERE origin_site = ? AND issued_at >= ? AND issued_at < ?"));
        !s)
        return s;
    if (q.next()) {
        v.invoices = q.value(0).toInt();
        v.invoiced = cents(q.value(1));
        v.firstInvoice = q.value(2).toString();
        v.lastInvoice = q.value(3).toString();
    }
    q.finish();
    if (Status s = run(
            QStringLiteral("SELECT count(*), coalesce(sum(total_cents), 0), min(number), max(number) "
                           "FROM credit_note WHERE origin_site = ? AND issued_at >= ? AND issued_at < ?"));
        !s)
        return s;
    if (q.next()) {
        v.creditNotes = q.value(0).toInt();
        v.credited = cents(q.value(1));
        v.firstCreditNote = q.value(2).toString();
        v.lastCreditNote = q.value(3).toString();
    }
    q.finish();
    if (Status s = run(QStringLiteral("SELECT count(*), min(number), max(number) FROM receipt "
                                      "WHERE origin_site = ? AND paid_at >= ? AND paid_at < ?"));
        !s)
        return s;
    if (q.next()) {
        v.receipts = q.value(0).toInt();
        v.firstReceipt = q.value(1).toString();
        v.lastReceipt = q.value(2).toString();
    }
    q.finish();
    if (Status s = run(QStringLiteral("SELECT p.method, sum(p.amount_cents) FROM receipt r JOIN payment p ON "
                                      "p.receipt_id = r.id WHERE r.origin_site = ? AND r.paid_at >= ? AND "
                                      "r.paid_at < ? GROUP BY p.method"));
        !s)
        return s;
    while (q.next()) {
        const QString method = q.value(0).toString();
        const Money amount = cents(q.value(1));
        if (method == QLatin1String("cash"))
            v.cash += amount;
        else if (method == QLatin1String("cheque"))
            v.cheque += amount;
        else
            v.card += amount; // card: at the terminal, or online on the portal (Sync records those in a till)
        if (method == QLatin1String("online"))
            v.online += amount;
    }
    q.finish();
    v.takings = v.cash + v.cheque + v.card;
    // Net sales by activity: what the invoices of the days sold, less what their credit notes took back.
    QMap<int, ClosureView::ActivityLine> byPosition;
    if (Status s = run(QStringLiteral(
            "SELECT a.position, a.name, sum(x.quantity), sum(x.cents) FROM ("
            " SELECT l.activity_id, l.quantity, l.total_cents AS cents FROM invoice i JOIN invoice_line l ON "
            " l.invoice_id = i.id WHERE i.origin_site = ? AND i.issued_at >= ? AND i.issued_at < ?"
            " UNION ALL"
            " SELECT l.activity_id, -cl.quantity, -cl.total_cents FROM credit_note c JOIN credit_note_line "
            "cl ON "
            " cl.credit_note_id = c.id JOIN invoice_line l ON l.id = cl.invoice_line_id"
            " WHERE c.origin_site = ? AND c.issued_at >= ? AND c.issued_at < ?"
            ") x JOIN activity a ON a.id = x.activity_id GROUP BY a.id ORDER BY a.position, a.id"));
        !s)
        return s;
    while (q.next())
        v.byActivity +=
            ClosureView::ActivityLine{q.value(1).toString(), q.value(2).toInt(), cents(q.value(3))};
    q.finish();
    if (Status s = run(QStringLiteral(
            "SELECT count(*), coalesce(sum(amount_cents), 0), coalesce(sum(CASE method WHEN 'cash' THEN "
            "amount_cents END), 0) FROM refund WHERE origin_site = ? AND requested_at >= ? AND requested_at "
            "< ?"));
        !s)
        return s;
    if (q.next()) {
        v.refunds = q.value(0).toInt();
        v.refunded = cents(q.value(1));
        v.refundedInCash = cents(q.value(2));
    }
    q.finish();
    return Status::success();
}

Result<ClosureView> ClosureService::dayFigures(const QDate &day) const
{
    ClosureView v;
    v.kind = ClosureView::Kind::Day;
    v.period = day.toString(Qt::ISODate);
    v.counterCode = m_session.counter().code;
    if (Status s = rangeFigures(m_session, day, day, v); !s)
        return s.error();
    // The till sessions opened that day (a session counted after midnight stays with the day of its sales).
    const auto [from, to] = m_session.time().isoRange(day, day);
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT s.id, s.opened_by, s.opened_at, s.float_cents, c.closed_by, c.closed_at, c.expected_cents, "
        "c.counted_cents, c.difference_cents, c.comment, "
        "(SELECT count(*) FROM receipt r WHERE r.till_session_id = s.id), "
        "(SELECT coalesce(sum(CASE p.method WHEN 'cash' THEN p.amount_cents END), 0) || ' ' || "
        " coalesce(sum(CASE p.method WHEN 'cheque' THEN p.amount_cents END), 0) || ' ' || "
        " coalesce(sum(CASE p.method WHEN 'card' THEN p.amount_cents END), 0) "
        " FROM receipt r JOIN payment p ON p.receipt_id = r.id WHERE r.till_session_id = s.id) "
        "FROM till_count c JOIN till_session s ON s.id = "
        "c.session_id WHERE s.counter_code = ? AND s.opened_at >= ? AND s.opened_at < ? ORDER BY s.id"));
    bindAll(q, {v.counterCode, from, to});
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        ClosureView::SessionLine line{q.value(0).toLongLong(), q.value(1).toString(), q.value(4).toString(),
                                      instant(q.value(2)),     instant(q.value(5)),   cents(q.value(3)),
                                      cents(q.value(6)),       cents(q.value(7)),     cents(q.value(8)),
                                      q.value(9).toString()};
        line.receipts = q.value(10).toInt();
        const QStringList byMeans = q.value(11).toString().split(QLatin1Char(' ')); // cash, cheque, card
        line.cash = Money::fromCents(byMeans.value(0).toLongLong());
        line.cheque = Money::fromCents(byMeans.value(1).toLongLong());
        line.card = Money::fromCents(byMeans.value(2).toLongLong());
        v.counted += line.counted;
        v.difference += line.difference;
        v.sessions += line;
    }
    q.finish();
    // The grand totals so far: the last day closed before.
    QSqlQuery &last = m_statements.get(QStringLiteral(
        "SELECT grand_total_sales_cents, grand_total_takings_cents FROM closure WHERE counter_code = ? AND "
        "kind = 'day' AND period < ? ORDER BY period DESC LIMIT 1"));
    bindAll(last, {v.counterCode, v.period});
    if (Status s = execOrError(last); !s)
        return s.error();
    if (last.next()) {
        v.grandTotalSales = cents(last.value(0));
        v.grandTotalTakings = cents(last.value(1));
    }
    last.finish();
    v.grandTotalSales += v.netSales();
    v.grandTotalTakings += v.takings;
    return v;
}

Result<ClosureView> ClosureService::previewDay(const QDate &day) const
{
    ReadTransaction snapshot(m_session.database());
    const auto figures = dayFigures(day);
    if (!figures)
        return figures;
    const auto head = m_session.journal().head();
    if (!head)
        return head.error();
    ClosureView v = figures.value();
    v.chainHead = head.value().hash;
    return v;
}

static QJsonObject detailOf(const ClosureView &v)
{
    QJsonArray activities;
    for (const auto &a : v.byActivity)
        activities.append(QJsonObject{{QStringLiteral("activity"), a.activity},
                                      {QStringLiteral("tickets"), a.tickets},
                                      {QStringLiteral("net_cents"), a.net.cents()}});
    QJsonArray sessions;
    for (const auto &s : v.sessions)
        sessions.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("opened_by"), s.openedBy},
                                    {QStringLiteral("opened_at"), isoFromInstant(s.openedAt)},
                                    {QStringLiteral("closed_by"), s.closedBy},
                                    {QStringLiteral("closed_at"), isoFromInstant(s.closedAt)},
                                    {QStringLiteral("float_cents"), s.floatAmount.cents()},
                                    {QStringLiteral("expected_cents"), s.expected.cents()},
                                    {QStringLiteral("counted_cents"), s.counted.cents()},
                                    {QStringLiteral("difference_cents"), s.difference.cents()},
                                    {QStringLiteral("comment"), s.comment},
                                    {QStringLiteral("receipts"), s.receipts},
                                    {QStringLiteral("cash_cents"), s.cash.cents()},
                                    {QStringLiteral("cheque_cents"), s.cheque.cents()},
                                    {QStringLiteral("card_cents"), s.card.cents()}});
    return QJsonObject{
        {QStringLiteral("by_activity"), activities},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("periods"), QJsonArray::fromStringList(v.periodsIncluded)},
        {QStringLiteral("online_cents"), v.online.cents()},
        {QStringLiteral("refunds"), QJsonObject{{QStringLiteral("count"), v.refunds},
                                                {QStringLiteral("cents"), v.refunded.cents()},
                                                {QStringLiteral("cash_cents"), v.refundedInCash.cents()}}},
        {QStringLiteral("numbers"), QJsonObject{{QStringLiteral("first_invoice"), v.firstInvoice},
                                                {QStringLiteral("last_invoice"), v.lastInvoice},
                                                {QStringLiteral("first_credit_note"), v.firstCreditNote},
                                                {QStringLiteral("last_credit_note"), v.lastCreditNote},
                                                {QStringLiteral("first_receipt"), v.firstReceipt},
                                                {QStringLiteral("last_receipt"), v.lastReceipt}}},
    };
}

static const QString ClosureColumns = QStringLiteral(
    "SELECT id, number, kind, period, counter_code, closed_at, closed_by, invoices, invoiced_cents, "
    "credit_notes, credited_cents, receipts, takings_cents, cash_cents, cheque_cents, card_cents, "
    "counted_cents, difference_cents, grand_total_sales_cents, grand_total_takings_cents, chain_head, detail "
    "FROM closure ");

static ClosureView closureFrom(const QSqlQuery &q)
{
    ClosureView v;
    v.id = q.value(0).toLongLong();
    v.number = q.value(1).toString();
    const QString kind = q.value(2).toString();
    v.kind = kind == QLatin1String("year")    ? ClosureView::Kind::Year
             : kind == QLatin1String("month") ? ClosureView::Kind::Month
                                              : ClosureView::Kind::Day;
    v.period = q.value(3).toString();
    v.counterCode = q.value(4).toString();
    v.closedAt = instant(q.value(5));
    v.closedBy = q.value(6).toString();
    v.invoices = q.value(7).toInt();
    v.invoiced = cents(q.value(8));
    v.creditNotes = q.value(9).toInt();
    v.credited = cents(q.value(10));
    v.receipts = q.value(11).toInt();
    v.takings = cents(q.value(12));
    v.cash = cents(q.value(13));
    v.cheque = cents(q.value(14));
    v.card = cents(q.value(15));
    v.counted = cents(q.value(16));
    v.difference = cents(q.value(17));
    v.grandTotalSales = cents(q.value(18));
    v.grandTotalTakings = cents(q.value(19));
    v.chainHead = q.value(20).toString();
    const QJsonObject detail = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object();
    for (const QJsonValue &a : detail.value(QStringLiteral("by_activity")).toArray()) {
        const QJsonObject o = a.toObject();
        v.byActivity += ClosureView::ActivityLine{
            o.value(QStringLiteral("activity")).toString(), o.value(QStringLiteral("tickets")).toInt(),
            Money::fromCents(o.value(QStringLiteral("net_cents")).toInteger())};
    }
    for (const QJsonValue &s : detail.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject o = s.toObject();
        v.sessions += ClosureView::SessionLine{
            o.value(QStringLiteral("id")).toInteger(),
            o.value(QStringLiteral("opened_by")).toString(),
            o.value(QStringLiteral("closed_by")).toString(),
            instant(o.value(QStringLiteral("opened_at")).toString()),
            instant(o.value(QStringLiteral("closed_at")).toString()),
            Money::fromCents(o.value(QStringLiteral("float_cents")).toInteger()),
            Money::fromCents(o.value(QStringLiteral("expected_cents")).toInteger()),
            Money::fromCents(o.value(QStringLiteral("counted_cents")).toInteger()),
            Money::fromCents(o.value(QStringLiteral("difference_cents")).toInteger()),
            o.value(QStringLiteral("comment")).toString(),
            o.value(QStringLiteral("receipts")).toInt(),
            Money::fromCents(o.value(QStringLiteral("cash_cents")).toInteger()),
            Money::fromCents(o.value(QStringLiteral("cheque_cents")).toInteger()),
            Money::fromCents(o.value(QStringLiteral("card_cents")).toInteger())};
    }
    for (const QJsonValue &p : detail.value(QStringLiteral("periods")).toArray())
        v.periodsIncluded += p.toString();
    v.online = Money::fromCents(detail.value(QStringLiteral("online_cents")).toInteger()); // since schema 19
    const QJsonObject refunds = detail.value(QStringLiteral("refunds")).toObject();        // since schema 12
    v.refunds = refunds.value(QStringLiteral("count")).toInt();
    v.refunded = Money::fromCents(refunds.value(QStringLiteral("cents")).toInteger());
    v.refundedInCash = Money::fromCents(refunds.value(QStringLiteral("cash_cents")).toInteger());
    const QJsonObject numbers = detail.value(QStringLiteral("numbers")).toObject();
    v.firstInvoice = numbers.value(QStringLiteral("first_invoice")).toString();
    v.lastInvoice = numbers.value(QStringLiteral("last_invoice")).toString();
    v.firstCreditNote = numbers.value(QStringLiteral("first_credit_note")).toString();
    v.lastCreditNote = numbers.value(QStringLiteral("last_credit_note")).toString();
    v.firstReceipt = numbers.value(QStringLiteral("first_receipt")).toString();
    v.lastReceipt = numbers.value(QStringLiteral("last_receipt")).toString();
    return v;
}

Result<ClosureView> ClosureService::closure(qint64 id) const
{
    QSqlQuery &q = m_statements.get(ClosureColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    return oneRow(q, closureFrom, tr("There is no closure number %1.").arg(id));
}

Result<std::optional<ClosureView>> ClosureService::closureOf(ClosureView::Kind kind,
                                                             const QString &period) const
{
    QSqlQuery &q = m_statements.get(ClosureColumns +
                                    QStringLiteral("WHERE counter_code = ? AND kind = ? AND period = ?"));
    bindAll(q, {m_session.counter().code, closureKindCode(kind), period});
    return maybeRow(q, closureFrom);
}

Status ClosureService::requireTodayOpen() const
{
    const auto closed = closureOf(ClosureView::Kind::Day, m_session.today().toString(Qt::ISODate));
    if (!closed)
        return closed.error();
    if (closed.value())
        return Error::of(
            tr("Today is closed (Z report %1): nothing more can be sold, paid or credited today at this "
               "counter. Continue tomorrow.")
                .arg(closed.value()->number));
    return Status::success();
}

Result<QList<ClosureView>> ClosureService::closures(const QDate &from, const QDate &to) const
{
    QSqlQuery &q = m_statements.get(ClosureColumns +
                                    QStringLiteral("WHERE counter_code = ? AND kind = 'day' AND period >= ? "
                                                   "AND period <= ? ORDER BY period"));
    bindAll(q, {m_session.counter().code, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<ClosureView> list;
    while (q.next())
        list += closureFrom(q);
    q.finish();
    return list;
}

// The first of the commune's days in [from, to) on which this counter issued a document (after the journal's
// genesis) and that is not closed: days close in order, none left behind.
static Result<QDate> firstUnclosedDay(Session &session, const QDate &from, const QDate &before)
{
    Database &db = session.database();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT at FROM ("
        " SELECT issued_at AS at FROM invoice WHERE origin_site = ? AND issued_at >= ? AND issued_at < ?"
        " UNION ALL SELECT paid_at FROM receipt WHERE origin_site = ? AND paid_at >= ? AND paid_at < ?"
        " UNION ALL SELECT issued_at FROM credit_note WHERE origin_site = ? AND issued_at >= ? AND issued_at "
        "< ?"
        ") WHERE at >= coalesce((SELECT at FROM journal_entry WHERE origin_site = ? AND seq = 0), '') ORDER "
        "BY at"));
    const auto [start, end] = session.time().isoRange(from, before.addDays(-1));
    const QString site = db.siteId();
    bindAll(q, {site, start, end, site, start, end, site, start, end, site});
    if (Status s = execOrError(q); !s)
        return s.error();
    QSet<QDate> seen;
    QList<QDate> days;
    while (q.next()) {
        const QDate day = session.time().date(instant(q.value(0)));
        if (!seen.contains(day)) {
            seen.insert(day);
            days += day;
        }
    }
    q.finish();
    for (const QDate &day : std::as_const(days)) {
        const auto closed = session.closures().closureOf(ClosureView::Kind::Day, day.toString(Qt::ISODate));
        if (!closed)
            return closed.error();
        if (!closed.value())
            return day;
    }
    return QDate();
}

Result<ClosureView> ClosureService::insert(ClosureView v)
{
    Database &db = m_session.database();
    const auto head = m_session.journal().head();
    if (!head)
        return head.error();
    v.chainHead = head.value().hash;
    v.closedAt = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("Z"), v.closedAt);
    if (!number)
        return number.error();
    v.number = number.value();
    v.closedBy = m_session.actor();
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "INSERT INTO closure (uuid, origin_site, counter_code, number, kind, period, closed_at, closed_by, "
        "invoices, invoiced_cents, credit_notes, credited_cents, receipts, takings_cents, cash_cents, "
        "cheque_cents, card_cents, counted_cents, difference_cents, grand_total_sales_cents, "
        "grand_total_takings_cents, chain_head, detail) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, {createUuidV7(db.clock()),
                db.siteId(),
                v.counterCode,
                v.number,
                closureKindCode(v.kind),
                v.period,
                isoFromInstant(v.closedAt),
                v.closedBy,
                v.invoices,
                v.invoiced.cents(),
                v.creditNotes,
                v.credited.cents(),
                v.receipts,
                v.takings.cents(),
                v.cash.cents(),
                v.cheque.cents(),
                v.card.cents(),
                v.counted.cents(),
                v.difference.cents(),
                v.grandTotalSales.cents(),
                v.grandTotalTakings.cents(),
                v.chainHead,
                QString::fromUtf8(QJsonDocument(detailOf(v)).toJson(QJsonDocument::Compact))});
    if (Status s = execOrError(q); !s)
        return s.error();
    v.id = q.lastInsertId().toLongLong();
    if (Status s = m_session.journal().record(JournalEvent::Closure, v.id); !s)
        return s.error();
    return v;
}

Result<ClosureView> ClosureService::closeDay(const QDate &day)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Closing the day (Z report)")); !s)
        return s.error();
    if (m_session.counter().code.isEmpty())
        return Counter::notSetUp();
    if (!day.isValid())
        return Error::of(tr("Give the day to close as YYYY-MM-DD."));
    if (day > m_session.today())
        return Error::of(
            tr("%1 has not come yet: a day is closed once its sales are over.").arg(frenchDate(day)));
    Transaction transaction(m_session.database());
    if (!transaction.isActive())
        return transaction.status().error();
    const QString period = day.toString(Qt::ISODate);
    const auto existing = closureOf(ClosureView::Kind::Day, period);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::of(tr("%1 is already closed (Z report %2): a closure is final.")
                             .arg(frenchDate(day), existing.value()->number));
    QSqlQuery &later = m_statements.get(
        QStringLiteral("SELECT max(period) FROM closure WHERE counter_code = ? AND kind = 'day'"));
    later.addBindValue(m_session.counter().code);
    if (Status s = execOrError(later); !s)
        return s.error();
    const QDate lastClosed =
        later.next() ? QDate::fromString(later.value(0).toString(), Qt::ISODate) : QDate();
    later.finish();
    if (lastClosed.isValid() && lastClosed > day)
        return Error::of(tr("Days are closed in order: %1 is already closed, so %2 can no longer be.")
                             .arg(frenchDate(lastClosed), frenchDate(day)));
    const auto open = m_session.till().current();
    if (!open)
        return open.error();
    if (open.value() && m_session.time().date(open.value()->openedAt) <= day)
        return Error::of(
            tr("The till opened on %1 by %2 is still open: close it (count the cash) before closing "
               "the day.")
                .arg(m_session.time().dateTimeText(open.value()->openedAt), open.value()->openedBy));
    const auto unclosed =
        firstUnclosedDay(m_session, lastClosed.isValid() ? lastClosed.addDays(1) : QDate(2000, 1, 1), day);
    if (!unclosed)
        return unclosed.error();
    if (unclosed.value().isValid())
        return Error::of(
            tr("%1 had sales that are not closed yet: close the days in order, starting with that "
               "one.")
                .arg(frenchDate(unclosed.value())));
    auto figures = dayFigures(day);
    if (!figures)
        return figures;
    auto done = insert(figures.value());
    if (!done)
        return done;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return done;
}

Result<ClosureView> ClosureService::closePeriod(ClosureView::Kind kind, const QString &period)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Closing a month or a year")); !s)
        return s.error();
    if (m_session.counter().code.isEmpty())
        return Counter::notSetUp();
    QDate first, last;
    if (kind == ClosureView::Kind::Month) {
        first = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else if (kind == ClosureView::Kind::Year) {
        first = QDate::fromString(period + QStringLiteral("-01-01"), Qt::ISODate);
        last = first.isValid() ? QDate(first.year(), 12, 31) : QDate();
    }
    if (!first.isValid())
        return Error::of(kind == ClosureView::Kind::Month ? tr("Give the month as YYYY-MM, e.g. 2026-11.")
                                                          : tr("Give the year as YYYY, e.g. 2026."));
    if (last >= m_session.today())
        return Error::of(tr("%1 is not over yet: it is closed once its last day is closed.").arg(period));
    Transaction transaction(m_session.database());
    if (!transaction.isActive())
        return transaction.status().error();
    const auto existing = closureOf(kind, period);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::of(tr("%1 is already closed (Z report %2): a closure is final.")
                             .arg(period, existing.value()->number));
    const auto unclosed = firstUnclosedDay(m_session, first, last.addDays(1));
    if (!unclosed)
        return unclosed.error();
    if (unclosed.value().isValid())
        return Error::of(tr("%1 had sales that are not closed yet: close that day first.")
                             .arg(frenchDate(unclosed.value())));
    const auto days = closures(first, last);
    if (!days)
        return days.error();
    ClosureView v;
    v.kind = kind;
    v.period = period;
    v.counterCode = m_session.counter().code;
    QMap<QString, ClosureView::ActivityLine> activities;
    QStringList order;
    for (const ClosureView &d : days.value()) {
        v.invoices += d.invoices;
        v.invoiced += d.invoiced;
        v.creditNotes += d.creditNotes;
        v.credited += d.credited;
        v.receipts += d.receipts;
        v.cash += d.cash;
        v.cheque += d.cheque;
        v.card += d.card;
        v.online += d.online;
        v.takings += d.takings;
        v.counted += d.counted;
        v.difference += d.difference;
        v.refunds += d.refunds;
        v.refunded += d.refunded;
        v.refundedInCash += d.refundedInCash;
        v.periodsIncluded += d.period;
        for (const auto &a : d.byActivity) {
            if (!activities.contains(a.activity))
                order += a.activity;
            auto &line = activities[a.activity];
            line.activity = a.activity;
            line.tickets += a.tickets;
            line.net += a.net;
        }
        const auto firstOf = [](QString &into, const QString &value) {
            if (into.isEmpty())
                into = value;
        };
        firstOf(v.firstInvoice, d.firstInvoice);
        firstOf(v.firstCreditNote, d.firstCreditNote);
        firstOf(v.firstReceipt, d.firstReceipt);
        if (!d.lastInvoice.isEmpty())
            v.lastInvoice = d.lastInvoice;
        if (!d.lastCreditNote.isEmpty())
            v.lastCreditNote = d.lastCreditNote;
        if (!d.lastReceipt.isEmpty())
            v.lastReceipt = d.lastReceipt;
    }
    for (const QString &name : std::as_const(order))
        v.byActivity += activities.value(name);
    // The perpetual totals as the last day closed up to the period's end left them.
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT grand_total_sales_cents, grand_total_takings_cents FROM closure WHERE counter_code = ? AND "
        "kind = 'day' AND period <= ? ORDER BY period DESC LIMIT 1"));
    bindAll(q, {v.counterCode, last.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next()) {
        v.grandTotalSales = cents(q.value(0));
        v.grandTotalTakings = cents(q.value(1));
    }
    q.finish();
    auto done = insert(v);
    if (!done)
        return done;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return done;
}

// ------------------------------------------------------------------------------------------- deposit slips

Result<QList<DepositCheque>> ClosureService::chequesToDeposit() const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT p.id, p.cheque_number, p.cheque_bank, p.cheque_drawer, p.amount_cents, r.paid_at, r.number "
        "FROM payment p JOIN receipt r ON r.id = p.receipt_id WHERE p.method = 'cheque' AND r.origin_site = "
        "? "
        "AND NOT EXISTS (SELECT 1 FROM deposit_slip_cheque d WHERE d.payment_id = p.id) ORDER BY r.paid_at, "
        "p.id"));
    q.addBindValue(m_session.database().siteId());
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<DepositCheque> list;
    while (q.next())
        list += DepositCheque{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(),   cents(q.value(4)),     instant(q.value(5)),
                              q.value(6).toString()};
    q.finish();
    return list;
}

Result<QString> ClosureService::chequesWaitingWarning() const
{
    const auto waiting = chequesToDeposit();
    if (!waiting)
        return waiting.error();
    // One working day (Monday to Friday) back from today: cheques taken before it are late.
    QDate limit = m_session.today().addDays(-1);
    while (limit.dayOfWeek() > 5)
        limit = limit.addDays(-1);
    int late = 0;
    Money total;
    for (const DepositCheque &c : waiting.value()) {
        if (m_session.time().date(c.paidAt) < limit) {
            ++late;
            total += c.amount;
        }
    }
    if (late == 0)
        return QString();
    return tr("%n cheque(s) taken before %1 (%2) are not deposited yet: issue a deposit slip (Caisse › "
              "Bordereau "
              "de remise de chèques).",
              nullptr, late)
        .arg(frenchDate(limit), total.toString());
}

Result<DepositSlipView> ClosureService::issueDepositSlip(const QList<qint64> &paymentIds)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Issuing a cheque deposit slip")); !s)
        return s.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto waiting = chequesToDeposit();
    if (!waiting)
        return waiting.error();
    QList<DepositCheque> cheques;
    if (paymentIds.isEmpty()) {
        cheques = waiting.value();
    } else {
        for (qint64 id : paymentIds) {
            const auto it = std::find_if(waiting.value().cbegin(), waiting.value().cend(),
                                         [id](const DepositCheque &c) { return c.paymentId == id; });
            if (it == waiting.value().cend())
                return Error::of(
                    tr("Payment %1 is not a cheque waiting to be deposited (already on a slip, or "
                       "not a cheque).")
                        .arg(id));
            cheques += *it;
        }
    }
    if (cheques.isEmpty())
        return Error::of(tr("There is no cheque to deposit: every cheque taken is already on a slip."));
    DepositSlipView slip;
    for (const DepositCheque &c : std::as_const(cheques))
        slip.total += c.amount;
    slip.issuedAt = db.clock().nowUtc();
    const auto number = m_session.nextDocumentNumber(QStringLiteral("BD"), slip.issuedAt);
    if (!number)
        return number.error();
    slip.number = number.value();
    slip.issuedBy = m_session.actor();
    slip.cheques = cheques;
    QSqlQuery &insert = m_statements.get(QStringLiteral(
        "INSERT INTO deposit_slip (uuid, origin_site, number, issued_at, issued_by, cheques, total_cents) "
        "VALUES (?,?,?,?,?,?,?)"));
    bindAll(insert, {createUuidV7(db.clock()), db.siteId(), slip.number, isoFromInstant(slip.issuedAt),
                     slip.issuedBy, int(cheques.size()), slip.total.cents()});
    if (Status s = execOrError(insert); !s)
        return s.error();
    slip.id = insert.lastInsertId().toLongLong();
    QSqlQuery &item = m_statements.get(QStringLiteral(
        "INSERT INTO deposit_slip_cheque (uuid, origin_site, slip_id, payment_id) VALUES (?,?,?,?)"));
    for (const DepositCheque &c : std::as_const(cheques)) {
        bindAll(item, {createUuidV7(db.clock()), db.siteId(), slip.id, c.paymentId});
        if (Status s = execOrError(item); !s)
            return s.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::DepositSlip, slip.id); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return slip;
}

Result<DepositSlipView> ClosureService::depositSlip(qint64 id) const
{
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT number, issued_at, issued_by, total_cents FROM deposit_slip WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("There is no deposit slip number %1.").arg(id));
    DepositSlipView slip;
    slip.id = id;
    slip.number = q.value(0).toString();
    slip.issuedAt = instant(q.value(1));
    slip.issuedBy = q.value(2).toString();
    slip.total = cents(q.value(3));
    q.finish();
    QSqlQuery &items = m_statements.get(QStringLiteral(
        "SELECT p.id, p.cheque_number, p.cheque_bank, p.cheque_drawer, p.amount_cents, r.paid_at, r.number "
        "FROM deposit_slip_cheque d JOIN payment p ON p.id = d.payment_id JOIN receipt r ON r.id = "
        "p.receipt_id "
        "WHERE d.slip_id = ? ORDER BY d.id"));
    items.addBindValue(id);
    if (Status s = execOrError(items); !s)
        return s.error();
    while (items.next())
        slip.cheques +=
            DepositCheque{items.value(0).toLongLong(), items.value(1).toString(), items.value(2).toString(),
                          items.value(3).toString(),   cents(items.value(4)),     instant(items.value(5)),
                          items.value(6).toString()};
    items.finish();
    return slip;
}

Result<AccountantStatement> ClosureService::statement(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::of(tr("Give the period as two days, the first before the last (YYYY-MM-DD)."));
    ReadTransaction snapshot(m_session.database());
    AccountantStatement st;
    st.from = from;
    st.to = to;
    ClosureView v;
    if (Status s = rangeFigures(m_session, from, to, v); !s)
        return s.error();
    st.byActivity = v.byActivity;
    st.cash = v.cash;
    st.cheque = v.cheque;
    st.card = v.card;
    st.online = v.online;
    st.takings = v.takings;
    st.invoiced = v.invoiced;
    st.credited = v.credited;
    const auto [start, end] = m_session.time().isoRange(from, to);
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT id FROM deposit_slip WHERE origin_site = ? AND "
                                                   "issued_at >= ? AND issued_at < ? ORDER BY id"));
    bindAll(q, {m_session.database().siteId(), start, end});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids += q.value(0).toLongLong();
    q.finish();
    for (qint64 id : std::as_const(ids)) {
        const auto slip = depositSlip(id);
        if (!slip)
            return slip.error();
        st.deposits += slip.value();
    }
    const auto days = closures(from, to);
    if (!days)
        return days.error();
    st.closures = days.value();
    return st;
}

QByteArray ClosureService::statementCsv(const AccountantStatement &st)
{
    const QString period =
        st.from.toString(Qt::ISODate) + QStringLiteral(" / ") + st.to.toString(Qt::ISODate);
    QList<QStringList> rows{{tr("Period"), tr("Section"), tr("Item"), tr("Number"), tr("Amount (EUR)")}};
    rows += QStringList{period, tr("Takings"), tr("Cash"), QString(), csvAmount(st.cash)};
    rows += QStringList{period, tr("Takings"), tr("Cheques"), QString(), csvAmount(st.cheque)};
    if (st.online == Money()) {
        rows += QStringList{period, tr("Takings"), tr("Bank cards"), QString(), csvAmount(st.card)};
    } else {
        rows += QStringList{period, tr("Takings"), tr("Bank cards at the counter"), QString(),
                            csvAmount(st.card - st.online)};
        rows += QStringList{period, tr("Takings"), tr("Paid online (families' portal)"), QString(),
                            csvAmount(st.online)};
    }
    rows += QStringList{period, tr("Takings"), tr("Total"), QString(), csvAmount(st.takings)};
    for (const auto &a : st.byActivity)
        rows += QStringList{period, tr("Net sales by activity"), a.activity, QString::number(a.tickets),
                            csvAmount(a.net)};
    rows += QStringList{period, tr("Sales"), tr("Invoiced"), QString(), csvAmount(st.invoiced)};
    rows += QStringList{period, tr("Sales"), tr("Credit notes"), QString(), csvAmount(-st.credited)};
    for (const DepositSlipView &d : st.deposits)
        rows += QStringList{period, tr("Cheque deposit"), d.number, QString::number(d.cheques.size()),
                            csvAmount(d.total)};
    for (const ClosureView &z : st.closures)
        rows += QStringList{period, tr("Daily closure"),
                            z.number + QStringLiteral(" (") + z.period + QLatin1Char(')'),
                            QString::number(z.receipts), csvAmount(z.takings)};
    return csvDocument(rows);
}

} // namespace guichet
