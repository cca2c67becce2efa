#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// Adult allowed to pick the child up.
struct TrustedPerson
{
    QString uuid;
    QString lastName;
    QString firstName;
    QString phone;
    QString relationship;
};

// Person to call in an emergency, in call order: a guardian (guardianId) or a third party.
struct EmergencyContact
{
    QString uuid;
    qint64 guardianId = 0;
    QString lastName;
    QString firstName;
    QString phone;
    QString relationship;
};

// Another household the child also belongs to (shared custody), shown in the file.
struct OtherHousehold
{
    qint64 id = 0;
    QString fileNumber; // "SO1-42"
    QString name;
    QString payerName;
};

struct Child
{
    qint64 id = 0;
    QString uuid;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString sex; // "F" or "M"
    QString ine; // identifiant national élève, 11 characters, may be empty
    qint64 schoolId = 0;
    QString schoolName; // read-only, filled when loading
    QString classLevel; // TPS, PS, MS, GS, CP, CE1, CE2, CM1, CM2
    QString classLabel;
    QString allergies;
    bool hasCarePlan = false; // PAI
    QString carePlanDetails;
    QStringList diets; // diet option codes
    bool mayLeaveAlone = false;
    // With the commune's schools: "attending"; "leaving" at the end of the school year (the family said
    // so: a move, a private school), "left" after the roll-over (CM2 pupils and leavers). A child who left
    // is no longer promoted, and the household's surplus tickets are proposed for a refund.
    QString schooling = QStringLiteral("attending");
    QList<TrustedPerson> trustedPersons;
    QList<EmergencyContact> emergencyContacts; // in call order
    QList<OtherHousehold> otherHouseholds;     // read-only, filled when loading
    int version = 0;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace guichet
