#include "demo/DemoGenerator.h"

#include "catalog/CatalogService.h"
#include "common/TextFolding.h"
#include "commune/ReferenceData.h"
#include "documents/DocumentService.h"
#include "family/FamilyService.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QRandomGenerator>

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

// One sale of 10 to 40 meals (sometimes with evening care) through SalesService like the counter, paid in
// every way the counter knows — cash, cheque, card, split, partly, later, not at all — with a few credit
// notes and printed documents (originals, and sometimes a duplicate), according to 'roll' (0-99).
static Status sellDemoTickets(Session &session, const QList<Activity> &activities, qint64 householdId,
                              int roll, DemoSummary &summary)
{
    SalesService &sales = session.sales();
    QList<OrderLine> lines{{activities.at(0).id, 10 + roll % 31}};
    if (roll % 3 == 0 && activities.size() > 2)
        lines += OrderLine{activities.at(2).id, 10};
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

// Most families with canteen tickets book their children for the rest of the school year through
// BookingService, as the counter would: every service day, or a weekly pattern (Mondays, Tuesdays and
// Thursdays; Mondays and Fridays), as far as their tickets go; a few then cancel a day. Only days still
// bookable today can be booked — days gone by (and so attendance and excused absences) are not invented.
static Status bookDemoDays(Session &session, Dice &dice, DemoSummary &summary)
{
    Database &database = session.database();
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT m.household_id, m.activity_id FROM wallet_movement m JOIN "
                               "activity a ON a.id = m.activity_id AND a.code = 'cantine' GROUP BY 1, 2 "
                               "HAVING sum(m.quantity) > 0 ORDER BY 1")))
        return storageError(q.lastError());
    QList<std::pair<qint64, qint64>> wallets; // (household, activity) with canteen tickets left
    while (q.next())
        wallets += {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    if (!q.exec(QStringLiteral("SELECT max(end_date) FROM school_year")) || !q.next())
        return storageError(q.lastError());
    const QDate lastDay = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    q.finish();
    const QDate from = session.today().addDays(2); // past every deadline
    if (!lastDay.isValid() || lastDay < from)
        return Status::success();

    BookingService &bookings = session.bookings();
    constexpr int BatchSize = 250;
    for (qsizetype start = 0; start < wallets.size(); start += BatchSize) {
        Transaction batch(database);
        if (!batch.isActive())
            return batch.status();
        for (qsizetype i = start; i < std::min(wallets.size(), start + BatchSize); ++i) {
            const auto &[householdId, activityId] = wallets.at(i);
            if (!dice.chance(80))
                continue;
            const auto file = session.family().load(householdId);
            if (!file)
                return file.error();
            BookingRequest request;
            request.householdId = householdId;
            request.activityId = activityId;
            request.from = from;
            request.to = lastDay;
            for (const Child &child : file.value().children)
                request.childIds += child.id;
            const int pattern = dice.below(10);
            if (pattern >= 6)
                request.weekdays = pattern >= 8 ? QList<int>{1, 5} : QList<int>{1, 2, 4};
            // Month by month, as far as the tickets go.
            BookingChanges changes;
            changes.householdId = householdId;
            changes.activityId = activityId;
            for (QDate month = from; month <= lastDay;
                 month = QDate(month.year(), month.month(), 1).addMonths(1)) {
                request.from = month;
                request.to =
                    std::min(lastDay, QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1));
                const auto booked = bookings.apply(request);
                if (!booked) // the tickets run out (or nothing to book: a file not validated, holidays)
                    break;
                summary.bookings += booked.value().taken();
                changes.days += booked.value().changes;
            }
            if (dice.chance(15) && !changes.days.isEmpty()) {
                changes.days = {changes.days.at(dice.below(int(changes.days.size())))};
                changes.days.first().cancel = true;
                if (const auto cancelled = bookings.apply(changes); cancelled)
                    ++summary.cancellations;
            }
        }
        if (Status s = batch.commit(); !s)
            return s;
    }
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

    // Batches of households per commit: demo data is not a counter's user action.
    constexpr int BatchSize = 250;
    const int sharedTarget = options.households / 30; // about 3 % of accounts are a second home
    const int mainCount = options.households - sharedTarget;
    for (int start = 0; start < mainCount; start += BatchSize) {
        Transaction batch(database);
        if (!batch.isActive())
            return batch.status().error();
        const int end = std::min(mainCount, start + BatchSize);
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
                if (s && dice.chance(60))
                    s = sellDemoTickets(m_session, activities, householdId, dice.below(100), summary);
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
            if (progress)
                progress(summary.households, options.households);
        }
        if (Status s = batch.commit(); !s)
            return s.error();
    }

    // Shared custody: some children also live with a separated parent who has an account of their own.
    Transaction shared(database);
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
        ++summary.sharedChildren;
        ++summary.households;
    }
    if (Status s = shared.commit(); !s)
        return s.error();
    if (Status s = bookDemoDays(m_session, dice, summary); !s)
        return s.error();
    return summary;
}

} // namespace guichet
