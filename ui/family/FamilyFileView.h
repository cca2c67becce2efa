#pragma once

#include "family/FamilyFile.h"
#include "sales/Sales.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace guichet {

class FamilyService;
class PrintService;
class Session;
class PlanningView;
class TicketsView;
struct Error;

// The family file of one household: header with status, ticket balances and what is missing, the
// workflow buttons, and tabs for the account, guardians, children, tickets and history. Every change
// goes through the core services; problems are shown in a banner at the top, never as a raw error.
class MessagesView;

class FamilyFileView : public QWidget
{
    Q_OBJECT

public:
    // 'print' serves the "Tickets" tab's invoices, receipts and credit notes.
    FamilyFileView(Session &session, PrintService *print, QWidget *parent = nullptr);

    void open(qint64 householdId);
    qint64 householdId() const { return m_file.household.id; }
    const FamilyFile &file() const { return m_file; }
    QString bannerText() const;
    // The "Tickets" tab.
    TicketsView *tickets() const { return m_tickets; }
    PlanningView *planning() const { return m_planning; }
    QString ticketSummary() const;

    // Actions of the buttons (public so that tests and menus drive exactly what the buttons do).
    void saveHousehold();
    void recordAcceptance();
    void addGuardian();
    void editGuardian();
    void makePayer();
    void removeGuardian();
    void addChild();
    void editChild();
    void attachChild();
    void editCustody();
    void detachChild();
    void submitFile();
    void validateFile();
    void returnFile();
    void sellTickets(); // shows the Tickets tab and opens the sale
    void payDebt();     // shows the Tickets tab and takes the payment of the oldest unpaid invoice
    void focusFile();   // the cursor in the file (after a search); Esc goes back to the search
    // Why tickets cannot be sold to the open file right now (empty when they can).
    QString whyNoSale() const;
    // What the family owes, from the invoices the Tickets tab shows.
    Debt debt() const;
    QString debtText() const;

Q_SIGNALS:
    void fileChanged(qint64 householdId);
    // The file was (re)loaded: its status, debt and tickets may differ (menus follow).
    void fileLoaded();
    // Esc in the file: the clerk goes back to the search.
    void backToSearch();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHouseholdTab();
    QWidget *buildGuardiansTab();
    QWidget *buildChildrenTab();
    QWidget *buildHistoryTab();
    void reload();
    void afterChange(const QString &confirmation);
    void showError(const Error &error);
    void showBanner(const QString &text, bool error);
    void placeBanner();
    void updateTicketSummary();
    int selectedRow(QTableWidget *table) const;

    Session &m_session;
    FamilyService &m_service;
    FamilyFile m_file;
    QLabel *m_banner, *m_header, *m_ticketSummary, *m_debt, *m_missing;
    QPushButton *m_submit, *m_validate, *m_return;
    QTabWidget *m_tabs;
    QLineEdit *m_name, *m_email, *m_postalCode;
    QLabel *m_resident, *m_acceptance;
    QTableWidget *m_guardians, *m_children, *m_history;
    TicketsView *m_tickets = nullptr;
    PlanningView *m_planning = nullptr;
    MessagesView *m_messages = nullptr;
    QTimer m_bannerTimer;
};

} // namespace guichet
