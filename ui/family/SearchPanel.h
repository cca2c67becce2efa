#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace guichet {

class SearchResultModel;
class Session;

// The search field and its results: results while typing (an exact file number, INE, phone or email first,
// said so; what each family owes), Down arrow to the list, Enter opens the first or the chosen one.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(Session &session, QWidget *parent = nullptr);
    void focusSearch();
    void clear();   // the next customer: no text, no results
    void refresh(); // re-runs the current search (after a file changed)
    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }

Q_SIGNALS:
    void householdActivated(qint64 householdId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(int row);

    Session &m_session;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_count;
    SearchResultModel *m_model;
};

} // namespace guichet
