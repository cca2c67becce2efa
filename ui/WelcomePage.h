#pragma once

#include <QWidget>

class QLabel;

namespace guichet {

class Session;

// What the counter shows between two families: this counter's day (sales, takings by means of payment),
// the commune's unpaid invoices, the families opened last (one click reopens them) and the keys.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(Session &session, QWidget *parent = nullptr);

    // Reads the figures again (called whenever the page is shown).
    void refresh();
    QString figuresText() const;
    QString recentText() const;

Q_SIGNALS:
    void householdChosen(qint64 householdId);

private:
    Session &m_session;
    QLabel *m_title, *m_figures, *m_recent;
};

} // namespace guichet
