#include "demo/DemoGenerator.h"

#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/TextFolding.h"
#include "commune/ReferenceData.h"
#include "documents/DocumentService.h"
#include "family/Custody.h"
#include "family/FamilyService.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimeZone>
#include <optional>

namespace guichet {

namespace {

const QStringList LastNames{
    QStringLiteral("Lefèvre"),       QStringLiteral("Noël"),      QStringLiteral("N'Diaye"),
    QStringLiteral("Dupont-Moreau"), QStringLiteral("Martin"),    QStringLiteral("Bernard"),
    QStringLiteral("Dubois"),        QStringLiteral("Durand"),    QStringLiteral("Leroy"),
    QStringLiteral("Moreau"),        QStringLiteral("Simon"),     QStringLiteral("Laurent"),
    QStringLiteral("Lefebvre"),      QStringLiteral("Michel"),    QStringLiteral("Garcia"),
    QStringLiteral("David"),         QStringLiteral("Bertrand"),  QStringLiteral("Roux"),
    QStringLiteral("Vincent"),       QStringLiteral("Fournier"),  QStringLiteral("Morel"),
    QStringLiteral("Girard"),        QStringLiteral("André"),     QStringLiteral("Mercier"),
    QStringLiteral("Dupont"),        QStringLiteral("Lambert"),   QStringLiteral("Bonnet"),
    QStringLiteral("François"),      QStringLiteral("Legrand"),   QStringLiteral("Garnier"),
    QStringLiteral("Faure"),         QStringLiteral("Rousseau"),  QStringLiteral("Guérin"),
    QStringLiteral("Muller"),        QStringLiteral("Henry"),     QStringLiteral("Roussel"),
    QStringLiteral("Perrin"),        QStringLiteral("Morin"),     QStringLiteral("Mathieu"),
    QStringLiteral("Clément"),       QStringLiteral("Gauthier"),  QStringLiteral("Dumont"),
    QStringLiteral("Fontaine"),      QStringLiteral("Chevalier"), QStringLiteral("D'Hondt"),
    QStringLiteral("Vandamme"),      QStringLiteral("Caron"),     QStringLiteral("Delattre"),
    QStringLiteral("Vasseur"),       QStringLiteral("Boulanger"), QStringLiteral("Ben Saïd"),
    QStringLiteral("O'Neill"),       QStringLiteral("Lemaître"),  QStringLiteral("Hénin"),
    QStringLiteral("Dewaele"),       QStringLiteral("Desmarets"), QStringLiteral("Deschamps-Lefèvre"),
    QStringLiteral("Béthune"),       QStringLiteral("Lecœur"),    QStringLiteral("Da Silva"),
    QStringLiteral("Nguyen"),        QStringLiteral("Benali"),    QStringLiteral("Coulibaly"),
    QStringLiteral("Van Houcke"),    QStringLiteral("Delannoy"),  QStringLiteral("Leclercq"),
    QStringLiteral("Wallet"),        QStringLiteral("Lagache")};

const QStringList GirlNames{QStringLiteral("Léa"),     QStringLiteral("Chloé"),  QStringLiteral("Noémie"),
                            QStringLiteral("Zoé"),     QStringLiteral("Inès"),   QStringLiteral("Maëlys"),
                            QStringLiteral("Anaïs"),   QStringLiteral("Éloïse"), QStringLiteral("Jade"),
                            QStringLiteral("Louise"),  QStringLiteral("Emma"),   QStringLiteral("Manon"),
                            QStringLiteral("Camille"), QStringLiteral("Hélène"), QStringLiteral("Marie-Lou"),
                            QStringLiteral("Aïcha"),   QStringLiteral("Lina"),   QStringLiteral("Rose"),
                            QStringLiteral("Ambre"),   QStringLiteral("Célia")};

const QStringList BoyNames{
    QStringLiteral("Noël"),   QStringLiteral("Théo"),     QStringLiteral("Hugo"),
    QStringLiteral("Lucas"),  QStringLiteral("Mathéo"),   QStringLiteral("Raphaël"),
    QStringLiteral("Gaël"),   QStringLiteral("Jérôme"),   QStringLiteral("Jean-Pierre"),
    QStringLiteral("Loïc"),   QStringLiteral("Timothée"), QStringLiteral("Enzo"),
    QStringLiteral("Nathan"), QStringLiteral("Maël"),     QStringLiteral("Joël"),
    QStringLiteral("Benoît"), QStringLiteral("Mamadou"),  QStringLiteral("Louis"),
    QStringLiteral("Arthur"), QStringLiteral("Sacha")};

const QStringList Streets{QStringLiteral("rue de Dunkerque"),   QStringLiteral("place Foch"),
                          QStringLiteral("rue d'Arras"),        QStringLiteral("boulevard de Strasbourg"),
                          QStringLiteral("rue de l'Écusserie"), QStringLiteral("quai du Haut-Pont"),
                          QStringLiteral("rue Saint-Bertin"),   QStringLiteral("avenue Joffre")};

const QStringList Domains{QStringLiteral("orange.fr"), QStringLiteral("free.fr"), QStringLiteral("gmail.com"),
                          QStringLiteral("laposte.net"), QStringLiteral("sfr.fr")};

struct DemoSchool
{
    const char *name;
    const char *kind;
};
const DemoSchool Schools[] = {{"École maternelle Pierre-et-Marie-Curie", "maternelle"},
                              {"École élémentaire Jules-Ferry", "elementaire"},
                              {"École primaire Léon-Blum", "primaire"},
                              {"École maternelle Les Marais", "maternelle"},
                              {"École élémentaire Jean-Macé", "elementaire"},
                              {"École primaire Jacques-Prévert", "primaire"},
                              {"École maternelle Georges-Brassens", "maternelle"},
                              {"École élémentaire Condorcet", "elementaire"}};

class Dice
{
public:
    explicit Dice(quint32 seed) : m_random(seed) {}
    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    QString phone(const char *prefix)
    {
        QString digits = QString::fromLatin1(prefix);
        while (digits.size() < 10)
            digits += QChar(u'0' + below(10));
        return digits;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

// One sale through SalesService like the counter — 'lines', or 10 to 40 meals (sometimes with evening care)
// when empty — paid in every way the counter knows — cash, cheque, card, split, partly, later, not at all —
// with a few credit notes and printed documents (originals, and sometimes a duplicate), according to
// 'roll' (0-99; from 20 to 94 the invoice is paid in full and left whole).
static Status sellDemoTickets(Session &session, const QList<Activity> &activities, qint64 householdId,
                              int roll, DemoSummary &summary, QList<OrderLine> lines = {})
{
    SalesService &sales = session.sales();
    if (lines.isEmpty()) {
        lines += OrderLine{activities.at(0).id, 10 + roll % 31};
        if (roll % 3 == 0 && activities.size() > 2)
            lines += OrderLine{activities.at(2).id, 10};
    }
    const auto invoice = sales.confirmOrder(householdId, lines);
    if (!invoice)
        return invoice.error();
    ++summary.invoices;
    const auto due = [&]() {
        const auto v = sales.invoice(invoice.value());
        return v ? v.value().due : Money();
    };
    const auto pay = [&](QList<PaymentPart> parts) -> Result<QString> {
        const auto paid = sales.pay(invoice.value(), parts);
        return paid ? Result<QString>(paid.value().receiptNumber) : Result<QString>(paid.error());
    };
    const auto cashPart = [](Money amount) {
        PaymentPart part;
        part.method = PaymentMethod::Cash;
        part.amount = amount;
        part.tendered = Money::fromCents((amount.cents() / 1000 + 1) * 1000); // a round note
        return part;
    };
    const auto chequePart = [&](Money amount) {
        PaymentPart part;
        part.method = PaymentMethod::Cheque;
        part.amount = amount;
        part.chequeNumber = QString::number(1000000 + roll * 7919 + int(householdId));
        part.chequeBank = QStringLiteral("Crédit Agricole Nord de France");
        return part;
    };
    const auto cardPart = [&](Money amount) {
        PaymentPart part;
        part.method = PaymentMethod::Card;
        part.amount = amount;
        part.cardReference = QStringLiteral("AUT %1").arg(100000 + householdId);
        return part;
    };
    const auto issue = [&](const Result<DocumentContent> &content) -> Status {
        if (!content)
            return content.error();
        return session.documents().recordIssue(content.value());
    };

    QString receipt;
    if (roll < 5) { // left unpaid (a failed online payment); some are cancelled by a credit note
        if (roll < 2) {
            const auto v = sales.invoice(invoice.value());
            if (!v)
                return v.error();
            QList<CreditRequest> all;
            for (const InvoiceLineView &line : v.value().lines)
                all += CreditRequest{line.id, line.quantity};
            const auto note = sales.issueCreditNote(invoice.value(), all,
                                                    QStringLiteral("Commande annulée par la famille."));
            if (!note)
                return note.error();
            ++summary.creditNotes;
            return issue(session.documents().creditNote(note.value()));
        }
        return Status::success();
    }
    if (roll < 12) { // a part now (15 € in cash), the rest later by card for most
        const auto first = pay({cashPart(std::min(Money::fromCents(1500), due()))});
        if (!first)
            return first.error();
        receipt = first.value();
        if (roll < 10 && due() > Money()) {
            const auto rest = pay({cardPart(due())});
            if (!rest)
                return rest.error();
            receipt = rest.value();
        }
    } else if (roll < 20) { // split: a cheque of 20 €, the rest in cash
        const Money total = due();
        const Money byCheque = std::min(Money::fromCents(2000), total);
        QList<PaymentPart> parts{chequePart(byCheque)};
        if (total > byCheque)
            parts += cashPart(total - byCheque);
        const auto paid = pay(parts);
        if (!paid)
            return paid.error();
        receipt = paid.value();
    } else {
        const Money total = due();
        const auto paid = pay({roll < 55   ? cashPart(total)
                               : roll < 78 ? chequePart(total)
                                           : cardPart(total)});
        if (!paid)
            return paid.error();
        receipt = paid.value();
    }
    // Most receipts are printed at the counter; some invoices too, and a few are reprinted (duplicates).
    if (roll % 4 != 0)
        if (Status s = issue(session.documents().receipt(receipt)); !s)
            return s;
    if (roll % 5 == 0) {
        if (Status s = issue(session.documents().invoice(invoice.value())); !s)
            return s;
        if (roll % 2 == 0)
            if (Status s = issue(session.documents().invoice(invoice.value())); !s)
                return s;
    }
    if (roll >= 95) { // tickets given back: 5 meals of a paid invoice
        const auto v = sales.invoice(invoice.value());
        if (!v)
            return v.error();
        if (v.value().walletCredited && v.value().lines.first().creditable >= 5) {
            const auto note = sales.issueCreditNote(invoice.value(), {{v.value().lines.first().id, 5}},
                                                    QStringLiteral("Repas non consommés : enfant malade."));
            if (!note)
                return note.error();
            ++summary.creditNotes;
            return issue(session.documents().creditNote(note.value()));
        }
    }
    return Status::success();
}

namespace {

// The demo counter's till, as a régie runs it: the régisseur opens it with a 150,00 € float before the first
// sale of a day, counts it at night (the cash matches) and closes the day (Z report); the agent sells.
class DemoTill
{
public:
    explicit DemoTill(Session &session) : m_session(session) {}

    // Open for today (the story's), before a sale: the day before is counted and closed first. The demo's
    // booking day sells to thousands of families at one counter; a till session there is a clerk's shift of
    // at most ShiftSales sales, counted and handed over, as a real régie would share such a day between
    // clerks (and each payment's ceiling check adds up the session's receipts: a whole day in one session
    // would make the demo quadratic).
    Status openForToday()
    {
        const QDate today = m_session.today();
        if (m_openDay == today && m_shiftSales < ShiftSales) {
            ++m_shiftSales;
            return Status::success();
        }
        if (m_openDay == today) {
            if (Status s = asRegisseur([&] { return countAndCloseTill(); }); !s)
                return s;
        } else if (Status s = closeDay(); !s) {
            return s;
        }
        const auto open = m_session.till().current();
        if (!open)
            return open.error();
        if (!open.value()) {
            if (Status s = asRegisseur(
                    [&]() -> Status { return firstFailure(m_session.till().open(Money::fromCents(15000))); });
                !s)
                return s;
        }
        m_openDay = today;
        m_shiftSales = 1;
        return Status::success();
    }
    // Counts the open till (exactly what it should hold) and closes its day.
    Status closeDay()
    {
        if (!m_openDay.isValid())
            return Status::success();
        const QDate day = m_openDay;
        m_openDay = {};
        return asRegisseur([&]() -> Status {
            if (Status s = countAndCloseTill(); !s)
                return s;
            return firstFailure(m_session.closures().closeDay(day));
        });
    }

private:
    static constexpr int ShiftSales = 250;

    Status countAndCloseTill()
    {
        const auto open = m_session.till().current();
        if (!open)
            return open.error();
        if (!open.value())
            return Status::success();
        const auto figures = m_session.till().figures(open.value()->id);
        if (!figures)
            return figures.error();
        return firstFailure(m_session.till().close(CashCount::of(figures.value().expectedCash()), {}));
    }

    Status asRegisseur(const std::function<Status()> &act)
    {
        const std::optional<User> agent = m_session.user();
        const auto users = m_session.users().list();
        if (!users)
            return users.error();
        for (const User &u : users.value())
            if (u.role == Role::Regisseur && u.active)
                m_session.setUser(u);
        const Status done = act();
        if (agent)
            m_session.setUser(*agent);
        return done;
    }

    Session &m_session;
    QDate m_openDay;
    int m_shiftSales = 0; // sales of the open session
};

// Households per commit (a Batch): each commit writes the pages its households changed to the WAL, and the
// pages every household writes into (a school day's bookings, the day's index pages) are written once a
// batch.
constexpr int HouseholdsPerBatch = 50;

// The demo's school year: the one under way today, or the next one.
struct StoryYear
{
    QDate start, end;
    bool isValid() const { return start.isValid(); }
};

Result<StoryYear> storyYear(Session &session)
{
    QSqlQuery q(session.database().connection());
    q.prepare(QStringLiteral("SELECT start_date, end_date FROM school_year WHERE end_date >= ? "
                             "ORDER BY start_date LIMIT 1"));
    q.addBindValue(session.today().toString(Qt::ISODate));
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return StoryYear{};
    return StoryYear{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                     QDate::fromString(q.value(1).toString(), Qt::ISODate)};
}

// How a household books an activity for the year: its activity, the share of households that book it, and
// the weekly patterns they choose (empty: every service day).
struct YearPattern
{
    const char *activity;
    int percent;
    QList<QList<int>> weekdays;
};

} // namespace

// Most validated families book their children for the school year through BookingService, as the counter
// would, in one request per activity: the canteen every service day or on a weekly pattern, evening care and
// morning care on some days of the week. A family short of tickets buys what the year needs first (paid by
// cheque or card); a few then cancel a day.
static Status bookDemoYear(Session &session, DemoTill &till, const QList<Activity> &activities, Dice &dice,
                           const QDate &from, const QDate &to, DemoSummary &summary)
{
    if (!from.isValid() || from > to)
        return Status::success();
    Database &database = session.database();
    QSqlQuery q(database.connection());
    if (!q.exec(
            QStringLiteral("SELECT h.id FROM household h WHERE h.status = 'validated' AND EXISTS "
                           "(SELECT 1 FROM household_child l WHERE l.household_id = h.id) ORDER BY h.id")))
        return storageError(q.lastError());
    QList<qint64> households;
    while (q.next())
        households += q.value(0).toLongLong();
    q.finish();

    const QList<YearPattern> patterns{{"cantine", 85, {{}, {}, {}, {}, {1, 2, 4}, {1, 2, 4, 5}, {1, 5}}},
                                      {"garderie_soir", 35, {{1, 2, 4, 5}, {1, 2, 4}, {2, 4}}},
                                      {"garderie_matin", 20, {{1, 2, 4, 5}, {1, 4}}}};
    // Households in batches (one commit each): every sale and request inside is the counter's own action,
    // its rules checked as at the counter, and anything refused would fail the whole demo.
    BookingService &bookings = session.bookings();
    std::optional<Batch> batch;
    for (qsizetype h = 0; h < households.size(); ++h) {
        const qint64 householdId = households.at(h);
        if (h % HouseholdsPerBatch == 0) {
            if (batch)
                if (Status s = batch->commit(); !s)
                    return s;
            batch.emplace(database);
            if (!batch->isActive())
                return batch->status();
        }
        QList<qint64> childIds;
        q.prepare(
            QStringLiteral("SELECT child_id FROM household_child WHERE household_id = ? ORDER BY child_id"));
        q.addBindValue(householdId);
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next())
            childIds += q.value(0).toLongLong();
        q.finish();
        for (const YearPattern &pattern : patterns) {
            if (!dice.chance(pattern.percent))
                continue;
            const auto activity =
                std::find_if(activities.cbegin(), activities.cend(),
                             [&](const Activity &a) { return a.code == QLatin1String(pattern.activity); });
            if (activity == activities.cend())
                continue;
            BookingRequest request;
            request.householdId = householdId;
            request.activityId = activity->id;
            request.childIds = childIds;
            request.from = from;
            request.to = to;
            request.weekdays = pattern.weekdays.at(dice.below(int(pattern.weekdays.size())));
            const auto planned = bookings.need(request);
            if (!planned) // nothing to book (a school closed for the rest of the year…)
                continue;
            // At most 500 tickets an order (a year of one child is 140 days).
            for (int missing = -planned.value().balanceAfter; missing > 0; missing -= 500) {
                if (Status s = till.openForToday(); !s)
                    return s;
                if (Status s = sellDemoTickets(session, activities, householdId, 55 + dice.below(40), summary,
                                               {OrderLine{activity->id, std::min(missing, 500)}});
                    !s)
                    return s;
            }
            const auto booked = bookings.apply(request);
            if (!booked)
                return booked.error();
            summary.bookings += booked.value().taken();
            if (dice.chance(15)) {
                BookingChanges changes;
                changes.householdId = householdId;
                changes.activityId = activity->id;
                const auto &days = booked.value().changes;
                changes.days = {days.at(dice.below(int(days.size())))};
                changes.days.first().cancel = true;
                if (bookings.need(changes)) { // asked first: a refusal inside the batch would fail it
                    if (const auto cancelled = bookings.apply(changes); !cancelled)
                        return cancelled.error();
                    ++summary.cancellations;
                }
            }
        }
    }
    if (batch)
        return batch->commit();
    return Status::success();
}

// The school days gone by, evening after evening: the staff mark a few children absent — some of them
// excused with a medical certificate, which gives the ticket back — and everyone else present; each mark
// through AttendanceService as on the day's screen, a school week's marks committed together (a Batch): a
// page of the booking table holds a few weeks of one household's days, so a week's commit writes it once
// where a commit a day wrote it every day (the 12,000-household attendance: 64 s down to about 51 s).
static Status takeDemoAttendance(Session &session, StoryClock &story, Dice &dice, const QDate &from,
                                 const QDate &to, DemoSummary &summary)
{
    Database &database = session.database();
    AttendanceService &attendance = session.attendance();
    QSqlQuery q(database.connection());
    std::optional<Batch> marks;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        story.pin(QDateTime(day, QTime(18, 0), session.time().zone()));
        if (session.today() != day) // the story cannot go past the real now
            break;
        if (!marks) {
            marks.emplace(database);
            if (!marks->isActive())
                return marks->status();
        }
        q.prepare(
            QStringLiteral("SELECT id FROM booking WHERE service_day = ? AND status = 'booked' ORDER BY id"));
        q.addBindValue(day.toString(Qt::ISODate));
        if (Status s = execOrError(q); !s)
            return s;
        QList<qint64> booked;
        while (q.next())
            booked += q.value(0).toLongLong();
        q.finish();
        for (const qint64 bookingId : std::as_const(booked)) {
            const int roll = dice.below(1000);
            if (roll >= 55)
                continue;
            const bool excused = roll < 15;
            if (Status s = attendance.mark(bookingId, excused ? Attendance::Excused : Attendance::Absent,
                                           excused ? QStringLiteral("Certificat médical (gastro-entérite).")
                                                   : QString());
                !s)
                return s;
            ++(excused ? summary.excused : summary.absent);
        }
        q.prepare(QStringLiteral("SELECT DISTINCT c.school_id, b.activity_id FROM booking b JOIN child c ON "
                                 "c.id = b.child_id WHERE b.service_day = ? AND b.status = 'booked'"));
        q.addBindValue(day.toString(Qt::ISODate));
        if (Status s = execOrError(q); !s)
            return s;
        QList<std::pair<qint64, qint64>> lists;
        while (q.next())
            lists += {q.value(0).toLongLong(), q.value(1).toLongLong()};
        q.finish();
        for (const auto &[schoolId, activityId] : lists) {
            const auto marked = attendance.markRemainingPresent(day, schoolId, activityId);
            if (!marked)
                return marked.error();
            summary.present += marked.value();
        }
        if (day.dayOfWeek() == Qt::Sunday || day == to) {
            if (Status s = marks->commit(); !s)
                return s;
            marks.reset();
        }
    }
    if (marks)
        return marks->commit();
    return Status::success();
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options,
                                            const std::function<void(int, int)> &progress)
{
    DemoSummary summary;
    Dice dice(options.seed);
    Database &database = m_session.database();
    if (!m_session.counter().isSetUp())
        if (Status s = m_session.setUpCounter(options.counterCode, options.counterName); !s)
            return s.error();
    FamilyService &service = m_session.family();
    const auto catalog = m_session.catalog().activities();
    if (!catalog)
        return catalog.error();
    const QList<Activity> activities = catalog.value();
    if (activities.isEmpty())
        return Error::of(QCoreApplication::translate("DemoGenerator",
                                                     "No activity is set up: the demo cannot sell tickets."));
    // Demo data is generated, not entered: commits need not reach the disk one by one (WAL stays consistent;
    // a power cut loses the last ones, and the demo is made again), and a large cache holds the indexes a
    // year of bookings writes into. The counter's settings come back after.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA cache_size = -500000"));
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 50000"));
    const auto durableAgain = qScopeGuard([&] { database.restoreUsualSettings(); });
    const auto year = storyYear(m_session);
    if (!year)
        return year.error();
    const QTimeZone zone = m_session.time().zone();
    const QDate realToday = m_session.today();
    const bool story =
        m_story && year.value().isValid() &&
        QDateTime(year.value().start.addDays(-10), QTime(9, 0), zone) < m_session.clock().nowUtc();
    if (story)
        m_story->pin(QDateTime(year.value().start.addDays(-10), QTime(9, 0), zone));
    const auto backToNow = qScopeGuard([&] {
        if (story)
            m_story->release();
    });
    // The families come to the counter over four days (at least a second apart).
    const qint64 step = std::max<qint64>(1, 4 * 86400 / std::max(1, options.households));
    const QDate today = m_session.today();
    const int schoolYear = today.month() >= 8 ? today.year() : today.year() - 1;

    auto schools = m_session.reference().schools();
    if (!schools)
        return schools.error();
    if (schools.value().isEmpty()) {
        Transaction transaction(database);
        for (const DemoSchool &s : Schools) {
            const auto added =
                m_session.reference().addSchool(QString::fromUtf8(s.name), QString::fromLatin1(s.kind));
            if (!added)
                return added.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        schools = m_session.reference().schools();
        if (!schools)
            return schools.error();
    }
    // The demo's users (admin, regie, agent; password "demo"), once its schools exist (the administrator's
    // business): the files, sales and bookings below are the agent's.
    if (Status s = m_session.users().addDemoUsers(); !s)
        return s.error();
    DemoTill till(m_session);
    auto schoolFor = [&](const QString &level) {
        const bool nursery =
            level == QLatin1String("PS") || level == QLatin1String("MS") || level == QLatin1String("GS");
        QList<qint64> fitting;
        for (const School &s : schools.value())
            if (s.kind == QLatin1String("primaire") ||
                s.kind == (nursery ? QLatin1String("maternelle") : QLatin1String("elementaire")))
                fitting += s.id;
        return fitting.at(dice.below(int(fitting.size())));
    };
    const QStringList levels{QStringLiteral("PS"),  QStringLiteral("MS"),  QStringLiteral("GS"),
                             QStringLiteral("CP"),  QStringLiteral("CE1"), QStringLiteral("CE2"),
                             QStringLiteral("CM1"), QStringLiteral("CM2")};

    qint64 ineCounter = 0;
    {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM child")) && q.next())
            ineCounter = q.value(0).toLongLong();
    }
    QList<QPair<qint64, qint64>> sharedCandidates; // (household, child) pairs to attach elsewhere

    // Households in batches (one commit each): demo data is not a counter's user action.
    const int sharedTarget = options.households / 30; // about 3 % of accounts are a second home
    const int mainCount = options.households - sharedTarget;
    for (int start = 0; start < mainCount; start += HouseholdsPerBatch) {
        Batch batch(database);
        if (!batch.isActive())
            return batch.status().error();
        const int end = std::min(mainCount, start + HouseholdsPerBatch);
        for (int i = start; i < end; ++i) {
            const QString lastName = dice.pick(LastNames);
            const bool motherPays = dice.chance(70);
            NewAccount account;
            account.payerLastName = lastName;
            account.payerFirstName = motherPays ? dice.pick(GirlNames) : dice.pick(BoyNames);
            account.email = foldText(account.payerFirstName).remove(QLatin1Char(' ')) + QLatin1Char('.') +
                            foldText(lastName).remove(QLatin1Char(' ')) + QString::number(i) +
                            QLatin1Char('@') + dice.pick(Domains);
            account.postalCode = dice.chance(88) ? QStringLiteral("62500") : QStringLiteral("62219");
            account.acceptsTerms = account.acceptsRules = true;
            const auto created = service.createAccount(account);
            if (!created)
                return created.error();
            const qint64 householdId = created.value();
            const auto file = service.load(householdId);
            if (!file)
                return file.error();

            Guardian payer = *file.value().payer();
            payer.civility = motherPays ? QStringLiteral("Mme") : QStringLiteral("M.");
            payer.relationship = motherPays ? QStringLiteral("Mère") : QStringLiteral("Père");
            payer.addressLine1 = QString::number(1 + dice.below(120)) + QLatin1Char(' ') + dice.pick(Streets);
            payer.city = account.postalCode == QLatin1String("62500") ? QStringLiteral("Saint-Omer")
                                                                      : QStringLiteral("Arques");
            payer.phoneMobile = dice.phone(dice.chance(50) ? "06" : "07");
            if (dice.chance(30))
                payer.phoneHome = dice.phone("0321");
            if (dice.chance(85)) {
                payer.quotient = 300 + dice.below(1500);
                payer.quotientProofDate = today.addDays(-dice.below(300));
                payer.cafNumber = QString::number(1000000 + dice.below(8999999));
            }
            const auto payerSaved = service.saveGuardian(householdId, payer);
            if (!payerSaved)
                return payerSaved.error();
            QList<qint64> guardianIds{payer.id};
            if (dice.chance(75)) {
                Guardian other;
                other.civility = motherPays ? QStringLiteral("M.") : QStringLiteral("Mme");
                other.relationship = motherPays ? QStringLiteral("Père") : QStringLiteral("Mère");
                other.lastName = dice.chance(80) ? lastName : dice.pick(LastNames);
                other.firstName = motherPays ? dice.pick(BoyNames) : dice.pick(GirlNames);
                other.addressLine1 = payer.addressLine1;
                other.postalCode = account.postalCode;
                other.city = payer.city;
                other.phoneMobile = dice.phone("06");
                if (dice.chance(40))
                    other.phoneWork = dice.phone("0321");
                const auto saved = service.saveGuardian(householdId, other);
                if (!saved)
                    return saved.error();
                guardianIds += saved.value();
            }

            const int roll = dice.below(100);
            const int childCount = roll < 40 ? 1 : roll < 75 ? 2 : roll < 93 ? 3 : 4;
            for (int k = 0; k < childCount; ++k) {
                Child c;
                c.sex = dice.chance(50) ? QStringLiteral("F") : QStringLiteral("M");
                c.firstName = c.sex == QLatin1String("F") ? dice.pick(GirlNames) : dice.pick(BoyNames);
                c.lastName = lastName;
                const int levelIndex = dice.below(int(levels.size()));
                c.classLevel = levels.at(levelIndex);
                c.birthDate = QDate(schoolYear - 3 - levelIndex, 1 + dice.below(12), 1 + dice.below(28));
                c.classLabel = c.classLevel + QLatin1Char(' ') + QChar(u'A' + dice.below(3));
                c.schoolId = schoolFor(c.classLevel);
                if (dice.chance(92)) {
                    // One increment sequenced before both uses, so that a seed gives the same INEs
                    // whatever order the compiler evaluates the operands of '+' in.
                    const qint64 serial = ++ineCounter;
                    c.ine = QStringLiteral("%1").arg(1000000000LL + serial * 7919 % 8999999999LL, 10, 10,
                                                     QLatin1Char('0')) +
                            QChar(u'A' + int((serial - 1) % 26));
                }
                if (dice.chance(6))
                    c.allergies =
                        dice.chance(50) ? QStringLiteral("Arachide") : QStringLiteral("Lait de vache");
                if (dice.chance(2)) {
                    c.hasCarePlan = true;
                    c.carePlanDetails =
                        QStringLiteral("Trousse d'urgence au bureau de l'accueil, adrénaline.");
                }
                if (dice.chance(8))
                    c.diets += dice.chance(50) ? QStringLiteral("no_pork") : QStringLiteral("vegetarian");
                c.mayLeaveAlone = levelIndex >= 6 && dice.chance(40);
                for (qint64 g : guardianIds)
                    c.emergencyContacts += EmergencyContact{{}, g, {}, {}, {}, {}};
                if (dice.chance(30))
                    c.trustedPersons += TrustedPerson{{},
                                                      dice.pick(LastNames),
                                                      dice.pick(GirlNames),
                                                      dice.phone("06"),
                                                      QStringLiteral("Grand-mère")};
                const auto saved = service.saveChild(householdId, c);
                if (!saved)
                    return saved.error();
                ++summary.children;
                if (dice.chance(8) && sharedCandidates.size() < sharedTarget)
                    sharedCandidates += qMakePair(householdId, saved.value());
            }

            const int state = dice.below(100);
            Status s;
            if (state < 72) {
                s = service.validate(householdId);
                // Most validated families have bought tickets at the counter; a few invoices wait for
                // payment.
                if (s && dice.chance(60)) {
                    s = till.openForToday();
                    if (s)
                        s = sellDemoTickets(m_session, activities, householdId, dice.below(100), summary);
                }
            } else if (state < 84) {
                s = service.submit(householdId);
            } else if (state < 92) {
                s = service.submit(householdId);
                if (s)
                    s = service.returnToFamily(
                        householdId,
                        QStringLiteral("Attestation CAF illisible : merci d'en déposer une nouvelle."));
            }
            if (!s)
                return s.error();
            ++summary.households;
            if (story) {
                // Past midnight: the day's till is counted and closed at 23:59 first (or now, if later).
                const QDateTime next = m_story->nowUtc().addSecs(step);
                if (m_session.time().date(next) != m_session.today()) {
                    m_story->pin(std::max(m_story->nowUtc(),
                                          QDateTime(m_session.today(), QTime(23, 59), zone).toUTC()));
                    if (Status closed = till.closeDay(); !closed)
                        return closed.error();
                }
                m_story->pin(next);
            }
            if (progress)
                progress(summary.households, options.households);
        }
        if (Status s = batch.commit(); !s)
            return s.error();
    }

    // Shared custody: some children also live with a separated parent who has an account of their own.
    Batch shared(database);
    for (const auto &[householdId, childId] : sharedCandidates) {
        NewAccount account;
        account.payerLastName = dice.pick(LastNames);
        account.payerFirstName = dice.pick(BoyNames);
        account.postalCode = QStringLiteral("62500");
        account.acceptsTerms = account.acceptsRules = true;
        const auto created = service.createAccount(account);
        if (!created)
            return created.error();
        if (Status s = service.attachChild(created.value(), childId); !s)
            return s.error();
        // Alternate weeks, the first household from the week of the rentrée.
        if (year.value().isValid())
            if (Status s = m_session.custody().setAlternateWeeks(
                    childId, householdId, year.value().start.addDays(1 - year.value().start.dayOfWeek()));
                !s)
                return s.error();
        ++summary.sharedChildren;
        ++summary.households;
    }
    if (Status s = shared.commit(); !s)
        return s.error();
    // The last day of sales is closed in the story; a till stays open today, as a counter at work.
    if (story) {
        m_story->pin(std::max(m_story->nowUtc(), QDateTime(m_session.today(), QTime(23, 59), zone).toUTC()));
        if (Status s = till.closeDay(); !s)
            return s.error();
    }
    const auto openTillNow = [&]() -> Status {
        if (story)
            m_story->release();
        return till.openForToday();
    };
    if (!year.value().isValid()) {
        if (Status s = openTillNow(); !s)
            return s.error();
        return summary;
    }
    // Booking for the year, a few days before the rentrée in the story (or from the day after tomorrow).
    if (story)
        m_story->pin(QDateTime(year.value().start.addDays(-3), QTime(9, 0), zone));
    const QDate firstDay = std::max(year.value().start, m_session.today().addDays(2));
    if (Status s = bookDemoYear(m_session, till, activities, dice, firstDay, year.value().end, summary); !s)
        return s.error();
    if (story) { // the booking day's till, counted at night
        m_story->pin(std::max(m_story->nowUtc(), QDateTime(m_session.today(), QTime(23, 59), zone).toUTC()));
        if (Status s = till.closeDay(); !s)
            return s.error();
    }
    if (story) {
        const QDate lastDay = std::min(year.value().end, realToday.addDays(-1));
        if (Status s = takeDemoAttendance(m_session, *m_story, dice, year.value().start, lastDay, summary);
            !s)
            return s.error();
    }
    if (Status s = openTillNow(); !s)
        return s.error();
    return summary;
}

} // namespace guichet
