#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace guichet {

// A legal guardian ("responsable légal"). One guardian per household is the payer.
struct Guardian
{
    qint64 id = 0;
    QString uuid;
    QString civility; // "", "Mme", "M."
    QString lastName;
    QString firstName;
    QString addressLine1;
    QString addressLine2;
    QString postalCode;
    QString city;
    QString phoneMobile;
    QString phoneHome;
    QString phoneWork;
    QString email;
    QString relationship; // mère, père, tuteur...
    QString cafNumber;
    std::optional<int> quotient; // quotient familial (QF)
    QDate quotientProofDate;
    bool isPayer = false;
    int version = 0;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace guichet
