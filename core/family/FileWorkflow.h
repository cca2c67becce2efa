#pragma once

#include "family/FamilyFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

// The rules of the file's workflow, in one place:
//  - submit:   draft or returned -> submitted (the family's "Envoyer", or the clerk on its behalf);
//  - validate: draft, submitted or returned -> validated, only when nothing is missing (at the counter the
//              family is present, so the clerk may validate a file it has just completed);
//  - return:   submitted or validated -> returned, with the reason the family will read.
class FileWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(FileWorkflow)

public:
    // What prevents validation, as sentences for the clerk (empty when the file can be validated).
    static QStringList missingForValidation(const FamilyFile &file, const QString &currentRulesVersion);

    static bool canSubmit(FileStatus from)
    {
        return from == FileStatus::Draft || from == FileStatus::Returned;
    }
    static bool canValidate(FileStatus from) { return from != FileStatus::Validated; }
    // Tickets are sold once the file is validated (the flyer's order: account, file, validation, tickets).
    static bool canBuyTickets(FileStatus status) { return status == FileStatus::Validated; }
    static bool canReturn(FileStatus from)
    {
        return from == FileStatus::Submitted || from == FileStatus::Validated;
    }
};

} // namespace guichet
