#pragma once

#include "catalog/Catalog.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

class CatalogService;
class StatusLine;

// The activities sold at the counter: add one, rename it, change its ticket unit, deactivate or
// reactivate it. The code is chosen when the activity is created and never changes afterwards.
class ActivitiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivitiesDialog(CatalogService &catalog, QWidget *parent = nullptr);

    const FieldErrors &errors() const { return m_errors; }
    QString message() const;
    // Whether something was saved (the caller refreshes what depends on the catalog).
    bool changed() const { return m_changed; }

    // Actions of the buttons (public so that tests drive exactly what the buttons do).
    void selectActivity(qint64 id);
    void newActivity();
    void save();
    void toggleActive();

private:
    void reload(qint64 selectId);
    void showCurrent();
    void saveActivity(const Activity &activity, const QString &confirmation);
    qint64 selectedId() const;

    CatalogService &m_catalog;
    QList<Activity> m_activities;
    Activity m_current; // the selected activity as stored, or a new one (id 0)
    bool m_changed = false;
    FieldErrors m_errors;
    QTableWidget *m_table;
    QGroupBox *m_form;
    QLineEdit *m_name, *m_code;
    QComboBox *m_unit;
    QSpinBox *m_deadlineDays;
    QTimeEdit *m_deadlineTime;
    QCheckBox *m_countsMeals;
    QSpinBox *m_walkInSurcharge;
    QSpinBox *m_lowBalance;
    QLabel *m_codeHint;
    QPushButton *m_new, *m_save, *m_toggle;
    StatusLine *m_status;
};

} // namespace guichet
