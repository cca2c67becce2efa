#include "mail/MessagesView.h"

#include "common/CommuneTime.h"
#include "family/FamilyService.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

QString statusText(const QString &status)
{
    if (status == QLatin1String("sent"))
        return MessagesView::tr("Sent");
    if (status == QLatin1String("failed"))
        return MessagesView::tr("Failed");
    if (status == QLatin1String("uncertain"))
        return MessagesView::tr("Uncertain (the program stopped while sending)");
    if (status == QLatin1String("sending"))
        return MessagesView::tr("Being sent");
    return MessagesView::tr("Waiting");
}

} // namespace

MessagesView::MessagesView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_state(new QLabel),
      m_refused(new QCheckBox(tr("The family refuses emails"))),
      m_table(makeListTable(QStringLiteral("messages"),
                            {tr("Queued"), tr("Message"), tr("Subject"), tr("State"), tr("Sent"), tr("Why")},
                            {2, 5})),
      m_resend(new QPushButton(tr("&Resend")))
{
    m_state->setObjectName(QStringLiteral("mailState"));
    m_state->setWordWrap(true);
    m_refused->setObjectName(QStringLiteral("emailRefused"));
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("Send again a message that failed or may not have arrived (same message, same "
                            "Message-ID)."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_refused);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_refused, &QCheckBox::clicked, this, [this](bool refused) {
        if (Status s = m_session.family().setEmailRefused(m_householdId, refused); !s)
            Q_EMIT message(s.error().message, true);
        reload();
    });
    connect(m_resend, &QPushButton::clicked, this, &MessagesView::resendSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const QString status = row >= 0 && m_table->item(row, 3)
                                   ? m_table->item(row, 3)->data(Qt::UserRole).toString()
                                   : QString();
        m_resend->setEnabled(status == QLatin1String("failed") || status == QLatin1String("uncertain"));
    });
}

void MessagesView::setHousehold(qint64 householdId)
{
    m_householdId = householdId;
    reload();
}

void MessagesView::reload()
{
    MailService &mail = m_session.mail();
    const auto why = mail.whyNoMail(m_householdId);
    m_state->setText(
        why ? (why.value().isEmpty() ? tr("Messages go to the family's email address.") : why.value())
            : why.error().message);
    const auto refused = mail.refusesEmail(m_householdId);
    m_refused->setChecked(refused && refused.value());
    const auto messages = mail.messages(m_householdId);
    m_table->setRowCount(0);
    m_ids.clear();
    for (const MailMessage &m : messages ? messages.value() : QList<MailMessage>()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList values{m_session.time().dateTimeText(m.queuedAt),
                                 mailKindLabel(m.kind),
                                 m.subject,
                                 statusText(m.status),
                                 m.sentAt.isValid() ? m_session.time().dateTimeText(m.sentAt) : QString(),
                                 m.lastError};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(row, c, cell(values.at(c)));
        m_table->item(row, 3)->setData(Qt::UserRole, m.status);
        m_ids += m.id;
    }
    fitRows(m_table);
    m_resend->setEnabled(false);
}

void MessagesView::resendSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    if (Status s = m_session.mail().resend(m_ids.at(row)); !s)
        Q_EMIT message(s.error().message, true);
    else
        Q_EMIT message(tr("The message will be sent again with the next delivery."), false);
    reload();
}

} // namespace guichet
