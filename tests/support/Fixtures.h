#pragma once

#include "family/FamilyService.h"
#include "sales/Sales.h"

#include <QDate>
#include <QList>
#include <QString>

namespace guichet::test {

// The value of a read the test expects to succeed; the test stops with core's message otherwise.
template <typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("unexpected refusal: %s", qPrintable(result.error().message));
    return std::move(result).value();
}
// The same for an action the test expects to succeed.
inline void must(const Status &status)
{
    if (!status)
        qFatal("unexpected refusal: %s", qPrintable(status.error().message));
}

struct BuiltFamily
{
    qint64 householdId = 0;
    qint64 payerId = 0;
    QList<qint64> childIds;
};

// Builds a family file through FamilyService (so fixtures obey the same rules as the counter).
// By default: payer "Marie Lefèvre" in 62500 with terms and rules accepted, no children.
class FamilyBuilder
{
public:
    explicit FamilyBuilder(Session &session) : m_session(session) {}

    FamilyBuilder &payer(const QString &lastName, const QString &firstName);
    FamilyBuilder &postalCode(const QString &code);
    FamilyBuilder &phone(const QString &mobile);
    // Adds a child; the payer becomes its emergency contact unless withoutEmergencyContact() is set.
    FamilyBuilder &child(const QString &firstName, const QDate &birthDate = QDate(2018, 5, 14),
                         const QString &classLevel = QStringLiteral("CE1"), const QString &ine = {});
    FamilyBuilder &withoutEmergencyContact();
    FamilyBuilder &validated();

    BuiltFamily build(); // fails the test (qFatal) if the service refuses

private:
    Session &m_session;
    NewAccount m_account{QStringLiteral("Lefèvre"),
                         QStringLiteral("Marie"),
                         QStringLiteral("marie.lefevre@example.fr"),
                         QStringLiteral("62500"),
                         true,
                         true};
    QString m_phone = QStringLiteral("06 12 34 56 78");
    QList<Child> m_children;
    bool m_emergencyContact = true;
    bool m_validate = false;
};

// Amounts and payments as the tests write them: euros("70,55"), cash("70,55", "100,00") (amount,
// handed over), cheque("70,55"), card("70,55").
Money euros(const char *text);
PaymentPart cash(const char *amount, const char *tendered);
PaymentPart cheque(const char *amount, const QString &number = QStringLiteral("1234567"));
PaymentPart card(const char *amount, const QString &reference = QStringLiteral("AUT 482913"));

// Adds a school and returns its id.
qint64 addSchool(Session &session, const QString &name, const QString &kind = QStringLiteral("primaire"));

// What guichet-cli verify finds, one "check: message" line each; empty when every check holds.
QString verifyFindings(Session &session);

// Tickets bought at the counter and paid in full in cash: one lot. Returns the lot's movement id.
qint64 buyTickets(Session &session, qint64 householdId, qint64 activityId, int quantity);
// Books these children of the household for the service days from 'from' to 'to' (BookingService).
void bookDays(Session &session, qint64 householdId, const QList<qint64> &childIds, qint64 activityId,
              const QDate &from, const QDate &to);

} // namespace guichet::test
