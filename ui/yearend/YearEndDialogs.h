#pragma once

#include "yearend/Refunds.h"
#include "yearend/Rollover.h"

#include <QDialog>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace guichet {

class PrintService;
class Session;

// Administration › Next school year: the roll-over as a wizard. The choices (price change, dates, the
// official calendar), then the summary of what will be done (RolloverService::plan, nothing written), then
// the roll-over itself with a progress bar, and the carry-over report to save.
class RolloverWizard : public QWizard
{
    Q_OBJECT

public:
    explicit RolloverWizard(Session &session, QWidget *parent = nullptr);

    RolloverOptions options() const;
    bool rolledOver() const { return m_done; }

private:
    QWizardPage *choicesPage();
    QWizardPage *summaryPage();
    QWizardPage *runPage();
    void showSummary();
    void rollOver();
    void saveCarryOver();

    Session &m_session;
    QDoubleSpinBox *m_percent;
    QDateEdit *m_start, *m_end, *m_opens;
    QLineEdit *m_calendar;
    QLabel *m_choicesMessage;
    QTextBrowser *m_summary;
    bool m_planned = false;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_saveReport;
    bool m_done = false;
};

// Family › Refund tickets: surplus tickets of one activity of the open family file, valued before
// confirming (the most recently bought first), paid to the payer's IBAN or, where allowed, from the till.
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(Session &session, qint64 householdId, QWidget *parent = nullptr);
    void refund(); // the "Refund" button, after the clerk confirms

private:
    void updateQuote();

    Session &m_session;
    qint64 m_householdId;
    QComboBox *m_activity;
    QCheckBox *m_all;
    QSpinBox *m_tickets;
    QLineEdit *m_iban, *m_bic, *m_reason;
    QCheckBox *m_cash;
    QLabel *m_quote, *m_message;
    QPushButton *m_refundButton;
    bool m_confirm = true; // tests answer the confirmation themselves
    friend class TestYearEndUi;
};

// Till › Refund report: the refunds of a period (masked IBANs unless the accountant's copy), the leavers to
// propose, PDF, CSV and spreadsheet, and the refund order that hands the transfers to the accountant.
class RefundReportDialog : public QDialog
{
    Q_OBJECT

public:
    RefundReportDialog(Session &session, PrintService *print, QWidget *parent = nullptr);
    void issue(); // the "Issue the refund order" button, after the clerk confirms

private:
    void refresh();
    void preview();
    void save(bool spreadsheet);

    Session &m_session;
    PrintService *m_print;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_accountant;
    QTableWidget *m_table;
    QLabel *m_totals, *m_proposals, *m_message;
    RefundReport m_report;
    bool m_confirm = true;
    friend class TestYearEndUi;
};

} // namespace guichet
