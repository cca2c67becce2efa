#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace guichet {

class FamilySearch;
class SearchResultModel;

// The search field and its results: results while typing, Down arrow to the list, Enter opens.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(FamilySearch &search, QWidget *parent = nullptr);
    void focusSearch();
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

    FamilySearch &m_search;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_count;
    SearchResultModel *m_model;
};

} // namespace guichet
