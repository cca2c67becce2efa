#pragma once

#include "cashoffice/CashOffice.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace guichet {

class MoneyEdit;
class PrintService;
class Session;

// The régisseur's screens of the cash office (menu Caisse). Every rule is core's (TillService,
// ClosureService): these dialogs ask, show core's refusal next to the field, and print core's reports.

// Opening the till: the float (fonds de caisse) put in it.
class TillOpenDialog : public QDialog
{
    Q_OBJECT

public:
    TillOpenDialog(Session &session, QWidget *parent = nullptr);

private:
    void openTill();

    Session &m_session;
    MoneyEdit *m_float;
    QLabel *m_message;
    FieldErrors m_errors;
};

// Closing the till: the count by denomination (500 € down to 1 ct) with its live total, against the cash
// expected (float + cash taken - change given); a difference needs a comment. The closure is final.
class TillCountDialog : public QDialog
{
    Q_OBJECT

public:
    TillCountDialog(Session &session, QWidget *parent = nullptr);

    // The pieces of a denomination (tests type into them).
    QSpinBox *piecesOf(qint64 denominationCents) const;
    CashCount count() const;

private:
    void updateTotals();
    void closeTill();

    Session &m_session;
    Money m_expected;
    QList<QSpinBox *> m_pieces; // CashCount::denominations() order
    QLabel *m_total, *m_difference, *m_message;
    QLineEdit *m_comment;
    FieldErrors m_errors;
};

// The closures: a day (Z, previewed before it is final), a month or a year; the report is then printed.
class ClosureDialog : public QDialog
{
    Q_OBJECT

public:
    ClosureDialog(Session &session, PrintService *print, QWidget *parent = nullptr);

private:
    void updatePreview();
    void closePeriod();

    Session &m_session;
    PrintService *m_print;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QTextBrowser *m_preview;
    QLabel *m_message;
};

// The cheque deposit slip: the cheques not deposited (all ticked), their total, a numbered slip printed.
class DepositSlipDialog : public QDialog
{
    Q_OBJECT

public:
    DepositSlipDialog(Session &session, PrintService *print, QWidget *parent = nullptr);

private:
    void updateTotal();
    void issue();

    Session &m_session;
    PrintService *m_print;
    QList<DepositCheque> m_cheques;
    QTableWidget *m_table;
    QLabel *m_total, *m_message;
};

// The public accountant's statement over a period: preview and print, PDF, CSV.
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    StatementDialog(Session &session, PrintService *print, QWidget *parent = nullptr);

private:
    void previewStatement();
    void saveCsv();

    Session &m_session;
    PrintService *m_print;
    QDateEdit *m_from, *m_to;
    QLabel *m_message;
};

} // namespace guichet
