#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTimer;
class QStackedWidget;

namespace guichet {

class CatalogService;
class DayPage;
class FamilyService;
class FamilyFileView;
class PrintService;
class MailStatus;
class SyncStatus;
class SearchPanel;
class WelcomePage;
class Session;

// The counter's main window: the family search on the left (Ctrl+F / F2 from anywhere), the open
// family file on the right (Esc goes back to the search), "New household" on Ctrl+N, "Sell tickets" on F9,
// "Take a payment" on F10, "Next customer" on F12, the day's attendance and kitchen counts on Ctrl+J.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    FamilyFileView *familyFileView() const { return m_file; }
    WelcomePage *welcomePage() const { return m_welcome; }
    PrintService *printService() const { return m_print; }
    Session &session() const { return m_session; }

    void newHousehold();
    void openHousehold(qint64 householdId);
    // Ctrl+L, or after the idle time (setting, 10 minutes by default): the counter hides its content until
    // the user — or another one taking over — logs in again.
    void lockScreen();
    bool isLocked() const { return m_locked; }
    void setIdleLockInterval(int milliseconds); // 0: never
    // "La journée" (Ctrl+J): attendance and the kitchen's counts.
    void showDay();
    DayPage *dayPage() const { return m_day; }
    // "Next customer" (F12): closes the open dialogs, puts the file away, clears the search and puts the
    // cursor in it.
    void nextCustomer();
    // Administration: activities, school years, tariffs (modal dialogs).
    void editActivities();
    void editSchoolYears();
    void editTariffs();
    void editCalendar();
    void editCommune();
    void editCounter();

Q_SIGNALS:
    // Something in the catalog (activities, school years, brackets, tariffs) was saved.
    void catalogChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // The status bar's user and till; the régisseur's menu enabled for who may use it.
    void updateUser();
    void updateTillStatus();
    // The counter's actions follow the open file: selling needs a validated file, paying a debt.
    void updateFileActions();
    void announcePlannings();
    void showConflicts();

    Session &m_session;
    PrintService *m_print;
    SearchPanel *m_search;
    FamilyFileView *m_file;
    QStackedWidget *m_right;
    WelcomePage *m_welcome = nullptr;
    DayPage *m_day = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_tillLabel = nullptr;
    MailStatus *m_mailStatus = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    QList<QAction *> m_regisseurActions;
    QTimer *m_idle = nullptr;
    bool m_locked = false;
    QAction *m_sellAction = nullptr, *m_payAction = nullptr, *m_refundAction = nullptr;
    bool m_closingDialogs = false; // nextCustomer() is closing dialogs
};

} // namespace guichet
