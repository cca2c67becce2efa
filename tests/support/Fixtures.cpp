#include "Fixtures.h"

#include "common/TextFolding.h"
#include "commune/ReferenceData.h"
#include "integrity/InvariantChecker.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "wallet/WalletService.h"

namespace guichet::test {

FamilyBuilder &FamilyBuilder::payer(const QString &lastName, const QString &firstName)
{
    m_account.payerLastName = lastName;
    m_account.payerFirstName = firstName;
    m_account.email = foldText(firstName).remove(QLatin1Char(' ')) + QLatin1Char('.') +
                      foldText(lastName).remove(QLatin1Char(' ')) + QStringLiteral("@example.fr");
    return *this;
}

FamilyBuilder &FamilyBuilder::postalCode(const QString &code)
{
    m_account.postalCode = code;
    return *this;
}

FamilyBuilder &FamilyBuilder::phone(const QString &mobile)
{
    m_phone = mobile;
    return *this;
}

FamilyBuilder &FamilyBuilder::child(const QString &firstName, const QDate &birthDate,
                                    const QString &classLevel, const QString &ine)
{
    Child c;
    c.firstName = firstName;
    c.lastName = m_account.payerLastName;
    c.birthDate = birthDate;
    c.sex = QStringLiteral("F");
    c.classLevel = classLevel;
    c.ine = ine;
    m_children += c;
    return *this;
}

FamilyBuilder &FamilyBuilder::withoutEmergencyContact()
{
    m_emergencyContact = false;
    return *this;
}

FamilyBuilder &FamilyBuilder::validated()
{
    m_validate = true;
    return *this;
}

BuiltFamily FamilyBuilder::build()
{
    FamilyService &service = m_session.family();
    BuiltFamily built;
    const auto created = service.createAccount(m_account);
    if (!created)
        qFatal("createAccount: %s", qPrintable(created.error().message));
    built.householdId = created.value();
    const auto file = service.load(built.householdId);
    Guardian payer = *file.value().payer();
    payer.phoneMobile = m_phone;
    const auto saved = service.saveGuardian(built.householdId, payer);
    if (!saved)
        qFatal("saveGuardian: %s", qPrintable(saved.error().message));
    built.payerId = saved.value();
    for (Child c : m_children) {
        if (m_emergencyContact)
            c.emergencyContacts += EmergencyContact{{}, built.payerId, {}, {}, {}, {}};
        const auto child = service.saveChild(built.householdId, c);
        if (!child)
            qFatal("saveChild: %s", qPrintable(child.error().message));
        built.childIds += child.value();
    }
    if (m_validate) {
        if (Status s = service.validate(built.householdId); !s)
            qFatal("validate: %s", qPrintable(s.error().message));
    }
    return built;
}

Money euros(const char *text)
{
    const auto money = Money::parse(QString::fromLatin1(text));
    if (!money)
        qFatal("not an amount: %s", text);
    return *money;
}

PaymentPart cash(const char *amount, const char *tendered)
{
    PaymentPart p;
    p.method = PaymentMethod::Cash;
    p.amount = euros(amount);
    p.tendered = euros(tendered);
    return p;
}

PaymentPart cheque(const char *amount, const QString &number)
{
    PaymentPart p;
    p.method = PaymentMethod::Cheque;
    p.amount = euros(amount);
    p.chequeNumber = number;
    p.chequeBank = QStringLiteral("Crédit Agricole Nord de France");
    p.chequeDrawer = QStringLiteral("Marie Lefèvre");
    return p;
}

PaymentPart card(const char *amount, const QString &reference)
{
    PaymentPart p;
    p.method = PaymentMethod::Card;
    p.amount = euros(amount);
    p.cardReference = reference;
    return p;
}

qint64 addSchool(Session &session, const QString &name, const QString &kind)
{
    const auto id = session.reference().addSchool(name, kind);
    if (!id)
        qFatal("addSchool: %s", qPrintable(id.error().message));
    return id.value();
}

qint64 buyTickets(Session &session, qint64 householdId, qint64 activityId, int quantity)
{
    SalesService &sales = session.sales();
    const qint64 invoice = must(sales.confirmOrder(householdId, {{activityId, quantity}}));
    const InvoiceView view = must(sales.invoice(invoice));
    PaymentPart part;
    part.amount = view.total;
    must(sales.pay(invoice, {part}));
    return must(session.wallet().lotOfInvoiceLine(view.lines.at(0).id));
}

void bookDays(Session &session, qint64 householdId, const QList<qint64> &childIds, qint64 activityId,
              const QDate &from, const QDate &to)
{
    BookingRequest r;
    r.householdId = householdId;
    r.childIds = childIds;
    r.activityId = activityId;
    r.from = from;
    r.to = to;
    must(session.bookings().apply(r));
}

QString verifyFindings(Session &session)
{
    QStringList lines;
    for (const InvariantChecker::Finding &f : must(InvariantChecker(session).run()))
        lines += f.check + QStringLiteral(": ") + f.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace guichet::test
