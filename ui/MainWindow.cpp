#include "MainWindow.h"

#include "LoginDialog.h"
#include "WelcomePage.h"
#include "day/AttendanceView.h"
#include "day/DayPage.h"
#include "users/UserService.h"
#include "widgets/ScreenFit.h"
#include <QTableWidget>

#include "admin/ActivitiesDialog.h"
#include "admin/CalendarDialog.h"
#include "admin/CommuneDialog.h"
#include "admin/CounterSetupDialog.h"
#include "admin/PasswordDialog.h"
#include "admin/PlacesDialog.h"
#include "admin/SchoolYearsDialog.h"
#include "admin/TariffsDialog.h"
#include "admin/UsersDialog.h"
#include "cashoffice/CashOffice.h"
#include "cashoffice/CashOfficeDialogs.h"
#include "catalog/CatalogService.h"
#include "common/Settings.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentService.h"
#include "family/FamilyFileView.h"
#include "family/FamilyService.h"
#include "family/NewAccountDialog.h"
#include "family/SearchPanel.h"
#include "mail/MailStatus.h"
#include "mail/MailTemplatesDialog.h"
#include "mail/MessagesView.h"
#include "mail/Outbox.h"
#include "print/PrintService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "sync/CentralDialog.h"
#include "sync/ConflictsDialog.h"
#include "sync/SyncStatus.h"
#include "yearend/YearEndDialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace guichet {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_print(new PrintService(session, this)),
      m_search(new SearchPanel(session)), m_file(new FamilyFileView(session, m_print)),
      m_right(new QStackedWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The application display name ("Guichet Périscolaire") is appended by Qt.
    setWindowTitle(tr("%1 — %2").arg(session.commune().name(), session.counter().name));

    m_welcome = new WelcomePage(session);
    connect(m_welcome, &WelcomePage::householdChosen, this, &MainWindow::openHousehold);
    m_right->addWidget(m_welcome);
    m_right->addWidget(m_file);
    m_day = new DayPage(session, m_print);
    m_right->addWidget(m_day);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_search);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 680}); // the file gets the room: at 1024 px its lists keep their columns
    setCentralWidget(splitter);

    connect(m_search, &SearchPanel::householdActivated, this, &MainWindow::openHousehold);
    connect(m_file, &FamilyFileView::fileChanged, m_search, &SearchPanel::refresh);
    connect(m_file, &FamilyFileView::fileLoaded, this, &MainWindow::updateFileActions);
    connect(m_file, &FamilyFileView::backToSearch, m_search, &SearchPanel::focusSearch);
    // New activities or prices show at once in the open file's Tickets tab.
    connect(this, &MainWindow::catalogChanged, m_file, [this] {
        if (m_file->householdId() != 0)
            m_file->open(m_file->householdId());
    });
    createActions();

    // Who is at the counter (logged in at start): documents and the history carry this name.
    m_tillLabel = new QLabel;
    m_tillLabel->setObjectName(QStringLiteral("tillLabel"));
    statusBar()->addPermanentWidget(m_tillLabel);
    m_syncStatus = new SyncStatus(m_session, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatus::conflictsClicked, this, &MainWindow::showConflicts);
    // Another counter's changes arrived: the lists and the open file show them.
    connect(m_syncStatus, &SyncStatus::pulled, this, [this] {
        m_search->refresh();
        if (m_right->currentWidget() == m_file && m_file->householdId() != 0)
            m_file->open(m_file->householdId());
    });
    m_mailStatus = new MailStatus(m_session, this);
    statusBar()->addPermanentWidget(m_mailStatus);
    connect(m_mailStatus, &MailStatus::delivered, this, [this] {
        if (auto *messages = m_file->findChild<MessagesView *>())
            messages->reload();
    });
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    updateUser();
    // The till's state follows the sales made in the file (and the other counters' closures, slowly).
    auto *tillTimer = new QTimer(this);
    connect(tillTimer, &QTimer::timeout, this, &MainWindow::updateTillStatus);
    tillTimer->start(30 * 1000);
    connect(m_file, &FamilyFileView::fileChanged, this, &MainWindow::updateTillStatus);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lockScreen);
    setIdleLockInterval(m_session.settings().idleLockMinutes() * 60 * 1000);
    statusBar()->addPermanentWidget(
        new QLabel(tr("Counter %1 — database: %2 — schema %3")
                       .arg(m_session.counter().code, QDir::toNativeSeparators(m_session.database().path()))
                       .arg(m_session.database().schemaVersion())));
    if (restoreGeometry(m_session.settings().mainWindowGeometry()))
        keepOnScreen(this); // saved on a larger screen, perhaps
    else
        resizeToFit(this, QSize(1280, 780));
    restoreState(m_session.settings().mainWindowState());
    m_search->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&Family"));
    auto *find = fileMenu->addAction(tr("&Find a family"), this, [this] { m_search->focusSearch(); });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F2)});
    find->setShortcutContext(Qt::ApplicationShortcut);
    auto *create = fileMenu->addAction(tr("&New household…"), this, &MainWindow::newHousehold);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("newHouseholdAction"));
    auto *sell = fileMenu->addAction(tr("&Sell tickets…"), this, [this] {
        if (m_right->currentWidget() == m_file)
            m_file->sellTickets();
    });
    sell->setShortcut(QKeySequence(Qt::Key_F9)); // the main window's (not over a dialog: no sale in a sale)
    sell->setObjectName(QStringLiteral("sellTicketsAction"));
    m_sellAction = sell;
    auto *pay = fileMenu->addAction(tr("Take a &payment…"), this, [this] {
        if (m_right->currentWidget() == m_file)
            m_file->payDebt();
    });
    pay->setShortcut(QKeySequence(Qt::Key_F10)); // the sale dialog has its own F10 for the same debt
    pay->setObjectName(QStringLiteral("payDebtAction"));
    m_payAction = pay;
    auto *next = fileMenu->addAction(tr("Ne&xt customer"), this, &MainWindow::nextCustomer);
    next->setShortcut(QKeySequence(Qt::Key_F12)); // shown in the menu; the key is caught in eventFilter()
    next->setObjectName(QStringLiteral("nextCustomerAction"));
    // F12 works over any window of the program, a modal dialog included (which a shortcut would not).
    qApp->installEventFilter(this);
    auto *refund = fileMenu->addAction(tr("&Refund tickets…"), this, [this] {
        if (m_right->currentWidget() != m_file || m_file->householdId() == 0)
            return;
        if (RefundDialog(m_session, m_file->householdId(), this).exec() == QDialog::Accepted)
            m_file->open(m_file->householdId()); // the wallet has changed
        updateTillStatus();
    });
    refund->setObjectName(QStringLiteral("refundAction"));
    m_refundAction = refund;
    fileMenu->addSeparator();
    auto *day = fileMenu->addAction(tr("The &day: attendance and kitchen"), this, &MainWindow::showDay);
    day->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    day->setObjectName(QStringLiteral("dayAction"));
    fileMenu
        ->addAction(tr("Send the &emails now"), this,
                    [this] {
                        if (m_mailStatus)
                            m_mailStatus->sendNow();
                    })
        ->setObjectName(QStringLiteral("sendMailAction"));
    fileMenu
        ->addAction(tr("Synchronise &now"), this,
                    [this] {
                        if (m_syncStatus)
                            m_syncStatus->syncNow();
                    })
        ->setObjectName(QStringLiteral("syncAction"));
    fileMenu->addAction(tr("Sync &conflicts…"), this, &MainWindow::showConflicts)
        ->setObjectName(QStringLiteral("conflictsAction"));
    fileMenu->addSeparator();
    auto *lock = fileMenu->addAction(tr("&Lock the counter"), this, &MainWindow::lockScreen);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("lockAction"));
    fileMenu
        ->addAction(tr("Change my pass&word…"), this, [this] { PasswordDialog(m_session, {}, this).exec(); })
        ->setObjectName(QStringLiteral("passwordAction"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The régie: the régisseur's till, closures, deposit slips and statement (core refuses them to agents).
    auto *till = menuBar()->addMenu(tr("&Till"));
    till->setObjectName(QStringLiteral("tillMenu"));
    const auto tillAction = [&](const QString &text, const char *name, std::function<void()> act) {
        QAction *a = till->addAction(text, this, [this, act] {
            act();
            updateTillStatus();
            // A report previewed over the dialog leaves no window active once both are closed: back here.
            activateWindow();
            m_search->focusSearch();
        });
        a->setObjectName(QString::fromLatin1(name));
        m_regisseurActions += a;
        return a;
    };
    tillAction(tr("&Open the till…"), "tillOpenAction", [this] { TillOpenDialog(m_session, this).exec(); });
    tillAction(tr("&Close the till (cash count)…"), "tillCloseAction",
               [this] { TillCountDialog(m_session, this).exec(); });
    till->addSeparator();
    // The X report: the day's figures so far, nothing closed (the Z's preview, printable).
    tillAction(tr("Cash &status (X)…"), "xReportAction", [this] {
        const auto figures = m_session.closures().previewDay(m_session.today());
        const auto content = figures ? m_session.documents().closureReport(figures.value())
                                     : Result<DocumentContent>(figures.error());
        if (!content)
            return void(QMessageBox::warning(this, tr("Cash status"), content.error().message));
        m_print->previewReport(this, content.value().title, content.value().html);
    });
    tillAction(tr("Closures (&Z)…"), "closureAction",
               [this] { ClosureDialog(m_session, m_print, this).exec(); });
    tillAction(tr("Cheque &deposit slip…"), "depositSlipAction",
               [this] { DepositSlipDialog(m_session, m_print, this).exec(); });
    tillAction(tr("&Statement for the accountant…"), "statementAction",
               [this] { StatementDialog(m_session, m_print, this).exec(); });
    tillAction(tr("&Refund report…"), "refundReportAction",
               [this] { RefundReportDialog(m_session, m_print, this).exec(); });

    auto *admin = menuBar()->addMenu(tr("&Administration"));
    admin->addAction(tr("&Activities…"), this, &MainWindow::editActivities)
        ->setObjectName(QStringLiteral("activitiesAction"));
    admin->addAction(tr("&School years…"), this, &MainWindow::editSchoolYears)
        ->setObjectName(QStringLiteral("schoolYearsAction"));
    admin->addAction(tr("&Tariffs…"), this, &MainWindow::editTariffs)
        ->setObjectName(QStringLiteral("tariffsAction"));
    admin->addAction(tr("School ca&lendar…"), this, &MainWindow::editCalendar)
        ->setObjectName(QStringLiteral("calendarAction"));
    admin->addAction(tr("&Places per school…"), this, [this] { PlacesDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("placesAction"));
    admin
        ->addAction(tr("&Next school year…"), this,
                    [this] {
                        RolloverWizard wizard(m_session, this);
                        wizard.exec();
                        if (wizard.rolledOver())
                            Q_EMIT catalogChanged();
                    })
        ->setObjectName(QStringLiteral("rolloverAction"));
    admin->addAction(tr("Announce the &plannings…"), this, &MainWindow::announcePlannings)
        ->setObjectName(QStringLiteral("announcePlanningsAction"));
    admin->addAction(tr("&Email texts…"), this, [this] { MailTemplatesDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("mailTemplatesAction"));
    admin->addSeparator();
    admin->addAction(tr("&Commune and documents…"), this, &MainWindow::editCommune)
        ->setObjectName(QStringLiteral("communeAction"));
    admin->addAction(tr("This c&ounter…"), this, &MainWindow::editCounter)
        ->setObjectName(QStringLiteral("counterAction"));
    admin
        ->addAction(tr("Central &database…"), this,
                    [this] {
                        CentralDialog dialog(m_session, this);
                        dialog.exec();
                        if (dialog.changed())
                            m_syncStatus->centralChanged();
                    })
        ->setObjectName(QStringLiteral("centralAction"));
    admin->addAction(tr("&Users…"), this, [this] { UsersDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("usersAction"));

    // The interface zoom, for a screen read from across the counter (Qt's scale factor, at the next start).
    auto *view = menuBar()->addMenu(tr("Vie&w"));
    auto *zoom = view->addMenu(tr("Text &size"));
    zoom->setObjectName(QStringLiteral("zoomMenu"));
    auto *zoomGroup = new QActionGroup(this);
    zoom->setToolTipsVisible(true);
    // A zoom is offered when the windows would still fit this screen (1024×768 is the floor at any zoom).
    bool scaled = false;
    const double inEffect = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&scaled);
    const QSize available = screen()->availableGeometry().size() * (scaled && inEffect > 0 ? inEffect : 1.0);
    for (const int percent : {100, 125, 150}) {
        QAction *a = zoom->addAction(tr("%1 %").arg(percent));
        a->setObjectName(QStringLiteral("zoom%1").arg(percent));
        a->setCheckable(true);
        a->setChecked(m_session.settings().interfaceZoom() == percent);
        const bool fits = percent == 100 || (available.width() * 100 / percent >= 1024 &&
                                             available.height() * 100 / percent >= 740);
        a->setEnabled(fits || a->isChecked());
        if (!fits)
            a->setToolTip(tr("This screen is too small for it: the windows would not fit."));
        zoomGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, percent] {
            m_session.settings().setInterfaceZoom(percent);
            statusBar()->showMessage(tr("Text size %1 %: applied at the next start.").arg(percent), 8000);
        });
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About Guichet Périscolaire"),
            tr("<b>Guichet Périscolaire</b> %1<br>Counter application for the periscolaire services "
               "(cantine, garderie, étude).<br>Database schema %2.")
                .arg(QCoreApplication::applicationVersion())
                .arg(m_session.database().schemaVersion()));
    });

    auto *toolbar = addToolBar(tr("Counter"));
    toolbar->setObjectName(QStringLiteral("counterToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(find);
    toolbar->addAction(create);
    toolbar->addAction(sell);
    toolbar->addAction(pay);
    toolbar->addAction(next);
    toolbar->addSeparator();
    toolbar->addAction(day);
    updateFileActions();
}

// Administration › Announce the plannings: "the plannings are open" to every validated family, once a year.
void MainWindow::announcePlannings()
{
    const auto years = m_session.catalog().schoolYears();
    if (!years || years.value().isEmpty())
        return;
    QStringList labels;
    for (const SchoolYear &y : years.value())
        labels.prepend(y.label); // the newest first
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("Announce the plannings"),
                                                tr("Tell every validated family by email that the plannings "
                                                   "of this school year are open (each family "
                                                   "once):"),
                                                labels, 0, false, &ok);
    if (!ok)
        return;
    qint64 yearId = 0;
    for (const SchoolYear &y : years.value())
        if (y.label == label)
            yearId = y.id;
    QProgressDialog progress(tr("Queueing the messages…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto queued = m_session.mail().announcePlannings(yearId, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    progress.reset();
    if (!queued)
        return void(QMessageBox::warning(this, tr("Announce the plannings"), queued.error().message));
    QMessageBox::information(
        this, tr("Announce the plannings"),
        tr("%n message(s) queued: they leave with the next delivery.", nullptr, queued.value()));
}

// Family › Sync conflicts (or a click on the status bar's sync while conflicts wait).
void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_session, this);
    dialog.exec();
    m_syncStatus->conflictsSettled(dialog.remaining());
    if (m_right->currentWidget() == m_file && m_file->householdId() != 0)
        m_file->open(m_file->householdId()); // a value taken from the other counter shows
}

void MainWindow::updateFileActions()
{
    const bool fileShown = m_right->currentWidget() == m_file;
    const QString noSale =
        fileShown ? m_file->whyNoSale() : tr("Open a family file first (search, then Enter).");
    m_sellAction->setEnabled(noSale.isEmpty());
    m_sellAction->setToolTip(noSale.isEmpty() ? tr("Sell tickets to this household (F9)") : noSale);
    const Debt debt = fileShown ? m_file->debt() : Debt{};
    m_payAction->setEnabled(!debt.isZero());
    m_payAction->setToolTip(debt.isZero() ? tr("Nothing to pay: no unpaid invoice in the open file.")
                                          : m_file->debtText());
    m_refundAction->setEnabled(fileShown && m_file->householdId() != 0);
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
    if (milliseconds > 0 && m_session.user())
        m_idle->start();
    else
        m_idle->stop();
}

void MainWindow::updateUser()
{
    const std::optional<User> &user = m_session.user();
    m_userLabel->setText(user ? tr("%1 (%2)").arg(user->displayName, roleLabel(user->role)) : QString());
    // The till's menu is the régisseur's (core refuses it to an agent anyway); without users, anyone's.
    const bool regisseur = !user || int(user->role) >= int(Role::Regisseur);
    for (QAction *a : std::as_const(m_regisseurActions)) {
        a->setEnabled(regisseur);
        a->setToolTip(regisseur ? QString() : tr("For a régisseur"));
    }
    updateTillStatus();
    // A régisseur is told at login of cheques waiting too long for their deposit slip.
    if (user && int(user->role) >= int(Role::Regisseur))
        if (const auto warning = m_session.closures().chequesWaitingWarning();
            warning && !warning.value().isEmpty())
            QTimer::singleShot(0, this, [this, text = warning.value()] {
                QMessageBox::information(this, tr("Cheques to deposit"), text);
            });
}

void MainWindow::updateTillStatus()
{
    const auto open = m_session.till().current();
    if (!open)
        return m_tillLabel->setText(open.error().message);
    if (!open.value())
        return m_tillLabel->setText(tr("Till closed"));
    const auto figures = m_session.till().figures(open.value()->id);
    m_tillLabel->setText(figures ? tr("Till open since %1 — cash %2")
                                       .arg(m_session.time().dateTimeText(open.value()->openedAt),
                                            figures.value().expectedCash().toString())
                                 : figures.error().message);
}

void MainWindow::lockScreen()
{
    if (m_locked || !m_session.user())
        return;
    m_locked = true;
    m_idle->stop();
    centralWidget()->hide(); // nothing of the families stays on the screen
    menuBar()->setEnabled(false);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(false);
    for (;;) {
        LoginDialog unlock(m_session, this, LoginDialog::Purpose::Unlock);
        if (unlock.exec() == QDialog::Accepted)
            break;
    }
    updateUser();
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(true);
    menuBar()->setEnabled(true);
    centralWidget()->show();
    m_locked = false;
    if (m_idle->interval() > 0)
        m_idle->start();
    m_search->focusSearch();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any key or click is activity: the idle lock waits again.
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress) && m_idle &&
        m_idle->isActive())
        m_idle->start();
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F12 && key->modifiers() == Qt::NoModifier) {
            event->accept(); // not a shortcut: the key press comes next, once
            if (event->type() == QEvent::KeyPress && !key->isAutoRepeat())
                nextCustomer();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::nextCustomer()
{
    // F12 pressed again while a dialog asks whether to discard its changes: that question is answered first.
    if (m_closingDialogs)
        return;
    m_closingDialogs = true;
    // Dialogs first (a payment not yet recorded is simply not recorded); their exec() loops unwind after. A
    // dialog that stays open (its changes kept when it asked) ends the round: the clerk decides.
    QList<QWidget *> asked;
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (asked.contains(modal))
            break;
        asked += modal;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
    m_closingDialogs = false;
    if (QApplication::activeModalWidget())
        return;
    m_welcome->refresh();
    m_right->setCurrentWidget(m_welcome);
    m_search->clear();
    updateFileActions();
    QTimer::singleShot(0, this, [this] {
        activateWindow(); // the closed dialog had it
        m_search->focusSearch();
    });
}

void MainWindow::newHousehold()
{
    NewAccountDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openHousehold(dialog.householdId());
    m_search->refresh();
}

void MainWindow::showDay()
{
    m_day->reload();
    m_right->setCurrentWidget(m_day);
    updateFileActions();
    m_day->attendance()->table()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openHousehold(qint64 householdId)
{
    m_session.settings().noteRecentHousehold(m_session.siteId(), householdId);
    m_right->setCurrentWidget(m_file);
    m_file->open(householdId);
    m_file->focusFile(); // the search is done; Esc goes back to it
}

void MainWindow::editActivities()
{
    ActivitiesDialog dialog(m_session.catalog(), this);
    dialog.exec();
    if (dialog.changed())
        Q_EMIT catalogChanged();
}

void MainWindow::editCalendar()
{
    CalendarDialog dialog(m_session, this);
    dialog.exec();
    // Bookings may have been cancelled: the open file and the day's lists show it.
    if (m_file->householdId() != 0)
        m_file->open(m_file->householdId());
    m_day->reload();
}

void MainWindow::editSchoolYears()
{
    SchoolYearsDialog dialog(m_session.catalog(), this);
    dialog.exec();
    if (dialog.changed())
        Q_EMIT catalogChanged();
}

void MainWindow::editTariffs()
{
    TariffsDialog dialog(m_session.catalog(), m_session.today(), this);
    dialog.exec();
    if (dialog.changed())
        Q_EMIT catalogChanged();
}

void MainWindow::editCommune()
{
    CommuneDialog dialog(m_session, this);
    dialog.exec();
    if (dialog.changed()) { // the mail server or its password may have changed too
        setWindowTitle(tr("%1 — %2").arg(m_session.commune().name(), m_session.counter().name));
        m_mailStatus->forgetPassword();
    }
}

void MainWindow::editCounter()
{
    CounterSetupDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        setWindowTitle(tr("%1 — %2").arg(m_session.commune().name(), m_session.counter().name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session.settings().setMainWindowGeometry(saveGeometry());
    m_session.settings().setMainWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace guichet
