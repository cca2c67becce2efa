#include "WelcomePage.h"

#include "common/Settings.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"
#include "session/Session.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace guichet {

namespace {

QLabel *textLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(textLabel(QStringLiteral("welcomeTitle"))),
      m_figures(textLabel(QStringLiteral("dayFigures"))),
      m_recent(textLabel(QStringLiteral("recentFamilies")))
{
    setObjectName(QStringLiteral("welcome"));
    m_recent->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_recent, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT householdChosen(link.toLongLong()); });

    auto *day = new QGroupBox(tr("Today at this counter"));
    (new QVBoxLayout(day))->addWidget(m_figures);
    auto *recent = new QGroupBox(tr("Families opened last"));
    (new QVBoxLayout(recent))->addWidget(m_recent);
    auto *keys = new QGroupBox(tr("Keys"));
    auto *grid = new QGridLayout(keys);
    const std::pair<const char *, QString> shortcuts[] = {
        {"F2, Ctrl+F", tr("find a family: name, phone, email, file no., INE — Enter opens it")},
        {"Esc", tr("back to the search from a file")},
        {"Ctrl+N", tr("new household")},
        {"F9", tr("sell tickets to the open file")},
        {"F10", tr("take the payment of what the family owes")},
        {"F12", tr("next customer: closes everything, back to the search")},
        {"Alt+1…7", tr("the file's tabs")},
        {"Ctrl+J", tr("the day: attendance (P, A, E) and the kitchen's counts")},
        {"Ctrl+L", tr("lock the counter (it also locks itself when left unused)")},
        {"F5, F6, F7", tr("at the payment: all in cash, by cheque, by card")},
    };
    int row = 0;
    for (const auto &[key, what] : shortcuts) {
        auto *k = new QLabel(QStringLiteral("<b>%1</b>").arg(QString::fromUtf8(key)));
        grid->addWidget(k, row, 0, Qt::AlignTop);
        auto *w = new QLabel(what);
        w->setWordWrap(true);
        grid->addWidget(w, row++, 1);
    }
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(day);
    layout->addWidget(recent);
    layout->addWidget(keys);
    layout->addStretch();
    refresh();
}

void WelcomePage::refresh()
{
    const QDate today = m_session.today();
    m_title->setText(QStringLiteral("<h2>%1</h2>")
                         .arg(tr("%1 — %2").arg(m_session.counter().name.toHtmlEscaped(),
                                                QLocale().toString(today, QLocale::LongFormat))));

    const auto read = m_session.sales().dayFigures(today);
    if (!read) {
        m_figures->setText(read.error().message.toHtmlEscaped());
    } else {
        const DayFigures &f = read.value();
        QStringList lines;
        lines += tr("Sales: %n invoice(s) (%1)", nullptr, f.invoices).arg(f.invoiced.toString());
        QStringList takings;
        Money total;
        for (const auto &[method, amount] : f.takings) {
            takings += QStringLiteral("%1 %2").arg(paymentMethodLabel(method), amount.toString());
            total += amount;
        }
        lines += takings.isEmpty() ? tr("Takings: none yet")
                                   : tr("Takings: %1 (%2) — %n receipt(s)", nullptr, f.receipts)
                                         .arg(total.toString(), takings.join(QStringLiteral(", ")));
        lines += tr("Unpaid invoices in the commune: %n (%1)", nullptr, f.unpaidInvoices)
                     .arg(f.unpaidTotal.toString());
        m_figures->setText(lines.join(QStringLiteral("<br>")));
    }

    QStringList links;
    for (const qint64 id : m_session.settings().recentHouseholds(m_session.siteId())) {
        const auto file = m_session.family().load(id);
        if (!file)
            continue; // gone (another database restored here): simply not listed
        const Household &h = file.value().household;
        links += QStringLiteral("<a href=\"%1\">%2</a> — %3")
                     .arg(id)
                     .arg(h.name.toHtmlEscaped(), tr("file no. %1").arg(h.fileNumber.toHtmlEscaped()));
    }
    m_recent->setText(links.isEmpty() ? tr("None yet.") : links.join(QStringLiteral("<br>")));
}

QString WelcomePage::figuresText() const
{
    return m_figures->text();
}

QString WelcomePage::recentText() const
{
    return m_recent->text();
}

} // namespace guichet
