#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace guichet {

class AttendanceView;
class KitchenView;
class PrintService;
class Session;

// "La journée" (Ctrl+J): the day's work that is not one family's — attendance per school and activity, and
// the kitchen's counts — with a banner for what happened (errors in red).
class DayPage : public QWidget
{
    Q_OBJECT

public:
    DayPage(Session &session, PrintService *print, QWidget *parent = nullptr);

    AttendanceView *attendance() const { return m_attendance; }
    KitchenView *kitchen() const { return m_kitchen; }
    QTabWidget *tabs() const { return m_tabs; }
    QString banner() const;
    void reload(); // when shown: the day's marks may have changed elsewhere

private:
    void showBanner(const QString &text, bool error);

    QLabel *m_banner;
    QTabWidget *m_tabs;
    AttendanceView *m_attendance;
    KitchenView *m_kitchen;
};

} // namespace guichet
