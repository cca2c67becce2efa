#include "family/SearchPanel.h"

#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"
#include "session/Session.h"

#include "family/SearchResultDelegate.h"
#include "family/SearchResultModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace guichet {

SearchPanel::SearchPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_field(new QLineEdit), m_results(new QListView),
      m_count(new QLabel), m_model(new SearchResultModel(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Name, phone, email, file no., INE (F2)"));
    m_field->setToolTip(tr("Search for a family: name, first name, phone, email, file no., INE  (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_field->setFont(big);
    m_field->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards fit the panel's width
    setMinimumWidth(300);
    m_results->installEventFilter(this);

    m_count->setObjectName(QStringLiteral("searchCount"));
    m_count->setWordWrap(true); // a long hint wraps rather than widening the panel
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { activate(0); });
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    runSearch();
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::refresh()
{
    // The same search again (a file changed): the family the clerk had selected stays selected.
    const QModelIndex current = m_results->currentIndex();
    const qint64 selected = current.isValid() ? m_model->hit(current.row()).householdId : 0;
    runSearch();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->hit(row).householdId == selected)
            m_results->setCurrentIndex(m_model->index(row, 0));
}

void SearchPanel::clear()
{
    m_field->clear(); // textChanged runs the (empty) search
}

void SearchPanel::runSearch()
{
    const QString text = m_field->text();
    auto hits = m_session.family().search().search(text, 50);
    QList<qint64> ids;
    for (const SearchHit &hit : hits ? hits.value() : QList<SearchHit>())
        ids += hit.householdId;
    // A debt is seen on the card; if it cannot be read the cards show none, and the file will say it.
    auto dues = m_session.sales().amountsDue(ids);
    m_model->setHits(hits ? std::move(hits).value() : QList<SearchHit>(),
                     dues ? std::move(dues).value() : QHash<qint64, Money>());
    const int n = m_model->rowCount();
    if (!hits)
        m_count->setText(hits.error().message);
    else if (text.trimmed().isEmpty())
        m_count->setText(tr("Type a few letters: results appear as you type."));
    else if (n == 0)
        m_count->setText(tr("No family matches \"%1\". Check the spelling or create the household (Ctrl+N).")
                             .arg(text.trimmed()));
    else
        m_count->setText(n >= 50 ? tr("First 50 families: type more to narrow down.")
                                 : tr("%n family(ies) found.", nullptr, n));
}

void SearchPanel::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_results->setCurrentIndex(m_model->index(row, 0));
    Q_EMIT householdActivated(m_model->hit(row).householdId);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_field && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            activate(m_results->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
