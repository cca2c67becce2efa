#include "family/FileStatus.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct FileStatusText
{
    Q_DECLARE_TR_FUNCTIONS(FileStatus)
};
} // namespace

QString fileStatusCode(FileStatus status)
{
    switch (status) {
    case FileStatus::Draft:
        return QStringLiteral("draft");
    case FileStatus::Submitted:
        return QStringLiteral("submitted");
    case FileStatus::Validated:
        return QStringLiteral("validated");
    case FileStatus::Returned:
        return QStringLiteral("returned");
    }
    return QStringLiteral("draft");
}

FileStatus fileStatusFromCode(const QString &code)
{
    if (code == QLatin1String("submitted"))
        return FileStatus::Submitted;
    if (code == QLatin1String("validated"))
        return FileStatus::Validated;
    if (code == QLatin1String("returned"))
        return FileStatus::Returned;
    return FileStatus::Draft;
}

QString fileStatusLabel(FileStatus status)
{
    switch (status) {
    case FileStatus::Draft:
        return FileStatusText::tr("Draft");
    case FileStatus::Submitted:
        return FileStatusText::tr("Submitted");
    case FileStatus::Validated:
        return FileStatusText::tr("Validated");
    case FileStatus::Returned:
        return FileStatusText::tr("Returned to the family");
    }
    return {};
}

} // namespace guichet
