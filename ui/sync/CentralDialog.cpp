#include "sync/CentralDialog.h"

#include "admin/StatusLine.h"
#include "common/Settings.h"
#include "mail/Keyring.h"
#include "session/Session.h"
#include "sync/Central.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace guichet {

CentralDialog::CentralDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_url(new QLineEdit(session.settings().centralUrl())),
      m_password(new QLineEdit), m_message(new StatusLine)
{
    setObjectName(QStringLiteral("centralDialog"));
    setWindowTitle(tr("Central database"));
    m_url->setObjectName(QStringLiteral("centralUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://guichet@db.mairie.local:5432/guichet"));
    m_password->setObjectName(QStringLiteral("centralPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged (kept in this computer's keyring; or libpq's .pgpass)"));
    auto *intro =
        new QLabel(tr("The central PostgreSQL database every counter synchronises with. Leave the "
                      "address empty for a counter that works alone. A server outside the building: "
                      "add ?sslmode=verify-full to the address."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Address"), m_errors.wrap(QStringLiteral("url"), m_url));
    form->addRow(tr("Password"), m_errors.wrap(QStringLiteral("password"), m_password));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    auto *testButton = buttons->addButton(tr("&Test the connection"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("testButton"));
    auto *setUpButton = buttons->addButton(tr("Set &up the central database"), QDialogButtonBox::ActionRole);
    setUpButton->setObjectName(QStringLiteral("setUpButton"));
    setUpButton->setToolTip(tr("Creates or updates the central database's tables and registers this counter "
                               "(an administrator's act)."));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(testButton, &QPushButton::clicked, this, &CentralDialog::test);
    connect(setUpButton, &QPushButton::clicked, this, &CentralDialog::setUp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resizeToFit(this, QSize(640, 300));
}

bool CentralDialog::save()
{
    m_errors.clear();
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const auto address = CentralAddress::parse(url);
        if (address && !address.value().password.isEmpty()) {
            // A password typed in the address goes to the keyring, never to the settings file.
            if (m_password->text().isEmpty())
                m_password->setText(address.value().password);
            QUrl withoutPassword(url);
            withoutPassword.setPassword(QString());
            m_url->setText(withoutPassword.toString());
        }
        if (!address) {
            m_errors.show(Error::inField(QStringLiteral("url"), address.error().message));
            m_message->showError(tr("Not saved: see the message under the field."));
            return false;
        }
        if (!m_password->text().isEmpty()) {
            if (Status s = Keyring::storeCentralPassword(m_url->text().trimmed(), m_password->text()); !s) {
                m_errors.show(Error::inField(QStringLiteral("password"), s.error().message));
                m_message->showError(tr("Not saved: see the message under the field."));
                return false;
            }
        }
    }
    m_session.settings().setCentralUrl(m_url->text().trimmed());
    m_changed = true;
    return true;
}

// Connects with what is typed (the keyring's password when none is typed); false, said, when it cannot.
bool CentralDialog::connectTo(Central &central)
{
    const auto parsed = CentralAddress::parse(m_url->text());
    if (!parsed) {
        m_message->showError(parsed.error().message);
        return false;
    }
    CentralAddress address = parsed.value();
    if (!m_password->text().isEmpty())
        address.password = m_password->text();
    else if (const auto kept = Keyring::centralPassword(m_url->text()); kept && !kept.value().isEmpty())
        address.password = kept.value();
    if (Status s = central.connect(address); !s) {
        m_message->showError(s.error().message);
        return false;
    }
    return true;
}

// Says what the central database says of this counter.
void CentralDialog::test()
{
    m_errors.clear();
    Central central;
    if (!connectTo(central))
        return;
    if (Status s = central.checkCounter(m_session); !s)
        return m_message->showError(s.error().message);
    m_message->showInfo(tr("Connected: the central database is ready for this counter."));
}

void CentralDialog::setUp()
{
    if (!save())
        return;
    Central central;
    if (!connectTo(central))
        return;
    const auto done = central.init(m_session);
    if (!done)
        return m_message->showError(done.error().message);
    m_message->showInfo(
        done.value().counterRegistered
            ? tr("The central database is at version %1 and this counter is registered.")
                  .arg(done.value().toVersion)
            : tr("The central database is at version %1; this counter was registered already.")
                  .arg(done.value().toVersion));
}

QString CentralDialog::message() const
{
    return m_message->text();
}

} // namespace guichet
