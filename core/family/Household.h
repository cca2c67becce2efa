#pragma once

#include "family/FileStatus.h"

#include <QDateTime>
#include <QString>

namespace guichet {

// The paying unit ("foyer"): its account at the town hall and the state of its family file.
struct Household
{
    qint64 id = 0;
    QString uuid;
    QString fileNumber; // "SO1-42"
    QString name;
    QString email;
    QString postalCode;
    bool resident = false; // derived from the postal code when the account is created or edited
    QString termsVersion;  // conditions générales d'utilisation accepted
    QDateTime termsAcceptedAt;
    QString rulesVersion; // règlement intérieur accepted
    QDateTime rulesAcceptedAt;
    FileStatus status = FileStatus::Draft;
    QString returnReason;
    int version = 0;
};

// What the clerk types to open an account at the counter (the flyer's "Je crée mon compte").
struct NewAccount
{
    QString payerLastName;
    QString payerFirstName;
    QString email;
    QString postalCode;
    bool acceptsTerms = false;
    bool acceptsRules = false;
    QString phoneMobile; // the payer's, optional here (a child's emergency contact needs one)
};

} // namespace guichet
