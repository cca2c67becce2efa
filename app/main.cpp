// guichet: the counter application.
#include "LoginDialog.h"
#include "MainWindow.h"
#include "admin/CounterSetupDialog.h"
#include "common/Clock.h"
#include "common/Localization.h"
#include "common/Settings.h"
#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

using namespace guichet;

namespace {
struct App
{
    Q_DECLARE_TR_FUNCTIONS(App)
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    preferFrenchSystemLocale(); // before the application reads the locale
    setApplicationIdentity();   // the settings' file, read before the application exists:
    if (const int zoom = Settings::interfaceZoomAtStart();
        zoom != 100 && qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", QByteArray::number(zoom / 100.0)); // the interface zoom (View › Text size)
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet Périscolaire"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/guichet.png")));
    installFrenchTranslation(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(App::tr("Guichet Périscolaire, the counter application."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), App::tr("Database file to use."),
                                            App::tr("path"));
    const QCommandLineOption readyOption(
        QStringLiteral("exit-when-ready"),
        App::tr("Quit as soon as the window is usable and print the start-up "
                "time (for measurements and smoke tests)."));
    parser.addOptions({databaseOption, readyOption});
    parser.process(app);

    Settings settings;
    SystemClock clock;
    Database database(clock);
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databasePath();
    if (Status s = database.open(path); !s) {
        QMessageBox::critical(nullptr, App::tr("Guichet Périscolaire"), s.error().message);
        return 1;
    }
    Session session(database, settings, settings.clerkName());
    // After an upgrade, the search index is rebuilt once (seconds on thousands of families).
    if (Status s = session.family().search().rebuildIfStale(); !s)
        QMessageBox::warning(nullptr, App::tr("Guichet Périscolaire"), s.error().message);
    // A new database first learns which counter it is: its code begins every number it will issue.
    if (!session.counter().isSetUp()) {
        CounterSetupDialog setup(session);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    // Who is at the counter (the first start of a database without users creates its administrator). The
    // start-up measurement quits before anyone could use the window: it skips the login.
    if (!parser.isSet(readyOption)) {
        LoginDialog login(session);
        if (login.exec() != QDialog::Accepted)
            return 0;
    }
    MainWindow window(session);
    window.show();
    if (parser.isSet(readyOption)) {
        QTimer::singleShot(0, &app, [&] {
            qInfo("Window ready after %lld ms", qint64(startup.elapsed()));
            QApplication::quit();
        });
    }
    return app.exec();
}
