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

bool isSchoolingCode(const QString &code)
{
    return code == QLatin1String("attending") || code == QLatin1String("leaving") ||
           code == QLatin1String("left");
}

QString schoolingLabel(const QString &code)
{
    if (code == QLatin1String("leaving"))
        return FileStatusText::tr("Leaves the commune's schools at the end of the school year");
    if (code == QLatin1String("left"))
        return FileStatusText::tr("Has left the commune's schools");
    return FileStatusText::tr("Attends the commune's schools");
}

} // namespace guichet
