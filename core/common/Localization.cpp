#include "common/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetPeriscolaire"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
}

namespace {
// Texts of Qt that Debian's qtbase_fr does not translate; listed here so that lupdate puts them in
// translations/guichet_fr.ts under Qt's own context.
[[maybe_unused]] const char *const QtTextsMissingInFrench[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};
} // namespace

void preferFrenchSystemLocale()
{
    const auto unset = [](const char *variable) {
        const QByteArray value = qgetenv(variable);
        return value.isEmpty() || value == "C" || value.startsWith("C.") || value == "POSIX";
    };
    if (unset("LC_ALL") && unset("LC_TIME") && unset("LANG"))
        qputenv("LC_TIME", "fr_FR.UTF-8");
}

void installFrenchTranslation(QCoreApplication &app)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/guichet_fr.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace guichet
