#pragma once

#include <QString>

namespace guichet {

// Workflow of a family file: draft -> submitted -> validated, or returned (with a reason) to fix.
enum class FileStatus
{
    Draft,
    Submitted,
    Validated,
    Returned
};

QString fileStatusCode(FileStatus status);          // stored code: "draft"...
FileStatus fileStatusFromCode(const QString &code); // unknown codes read as Draft
QString fileStatusLabel(FileStatus status);         // translated label for the clerk

// A child's schooling with the commune's schools (Child::schooling): "attending", "leaving", "left".
bool isSchoolingCode(const QString &code);
QString schoolingLabel(const QString &code); // translated

} // namespace guichet
