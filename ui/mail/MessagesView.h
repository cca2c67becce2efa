#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;

// The family file's Emails tab: the messages queued for the family and their state (waiting, sent, failed and
// why, uncertain), a resend for one that failed or may not have arrived, and whether the family refuses
// emails.
class MessagesView : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesView(Session &session, QWidget *parent = nullptr);
    void setHousehold(qint64 householdId);
    void reload();
    void resendSelected();

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    Session &m_session;
    qint64 m_householdId = 0;
    QLabel *m_state;
    QCheckBox *m_refused;
    QTableWidget *m_table;
    QPushButton *m_resend;
    QList<qint64> m_ids; // the table's rows
};

} // namespace guichet
