#pragma once

#include "family/FamilyFile.h"
#include "planning/BookingService.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class Session;

// The month of one activity for the household's children: a row per child, a dot per day. What each cell
// shows comes from BookingService::month(); the clerk's toggles wait in 'pending' until saved.
class PlanningModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // the booking's status: "", booked, present, absent, excused
        EditableRole,                  // the dot can be toggled now
        ServiceDayRole,
        PendingRole, // toggled, not yet saved
    };

    explicit PlanningModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setMonth(const PlanningMonth &month);
    const PlanningMonth &month() const { return m_month; }
    bool toggle(const QModelIndex &index); // false when the day cannot be changed
    void toggleDay(int column);            // every child that can, together (siblings at once)
    void clearPending();
    BookingChanges changes(qint64 householdId, qint64 activityId) const;
    bool hasPending() const { return !m_pending.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void pendingChanged();

private:
    const PlanningCell &cell(const QModelIndex &index) const;
    QDate dayOf(int column) const { return m_month.first.addDays(column); }

    PlanningMonth m_month;
    QSet<std::pair<int, int>> m_pending; // (row, column)
};

// The "Planning" tab of a family file: choose the activity and the month, click the dots (or arrows and
// space; a day's header toggles every child), see what saving takes from or gives back to the wallet, and
// save in one transaction. "Répéter…" books or cancels a weekly pattern between two dates.
class PlanningView : public QWidget
{
    Q_OBJECT

public:
    PlanningView(Session &session, QWidget *parent = nullptr);

    void setFile(const FamilyFile &file);
    void reload();
    void showMonth(const QDate &anyDay);
    void selectActivity(const QString &code);

    PlanningModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QString preview() const;

    // Actions of the buttons (public so that tests drive exactly what the buttons do).
    void save();
    // A régisseur saves beyond the wallet, with a reason (asked; 'setReasonPrompt' for tests): the days the
    // tickets do not cover are owed. Shown only to a régisseur, when the wallet is short.
    void saveBeyondTheWallet();
    void setReasonPrompt(std::function<QString()> prompt) { m_reasonPrompt = prompt; }
    void revert();
    void repeat();

Q_SIGNALS:
    void message(const QString &text, bool error);
    void walletChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 activityId() const;
    void updatePreview();

    Session &m_session;
    FamilyFile m_file;
    QDate m_month;
    PlanningModel *m_model;
    QComboBox *m_activity;
    QLabel *m_title, *m_preview, *m_legend;
    QPushButton *m_previous, *m_next, *m_save, *m_revert, *m_repeat;
    QPushButton *m_beyond;
    std::function<QString()> m_reasonPrompt;
    QTableView *m_grid;
};

} // namespace guichet
