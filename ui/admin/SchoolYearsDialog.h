#pragma once

#include "catalog/Catalog.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

class CatalogService;
class StatusLine;

// The school years: label, first and last day, and the day bookings open. Add the next year or
// correct one; core checks the dates and its messages appear next to the fields.
class SchoolYearsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchoolYearsDialog(CatalogService &catalog, QWidget *parent = nullptr);

    const FieldErrors &errors() const { return m_errors; }
    QString message() const;
    bool changed() const { return m_changed; }

    // Actions of the buttons (public so that tests drive exactly what the buttons do).
    void selectSchoolYear(qint64 id);
    void newSchoolYear();
    void save();

private:
    void reload(qint64 selectId);
    void showCurrent();
    qint64 selectedId() const;

    CatalogService &m_catalog;
    QList<SchoolYear> m_years;
    SchoolYear m_current; // the selected year as stored, or a new one (id 0)
    bool m_changed = false;
    FieldErrors m_errors;
    QTableWidget *m_table;
    QGroupBox *m_form;
    QLineEdit *m_label;
    QDateEdit *m_start, *m_end, *m_bookingOpensOn;
    QPushButton *m_new, *m_save;
    StatusLine *m_status;
};

} // namespace guichet
