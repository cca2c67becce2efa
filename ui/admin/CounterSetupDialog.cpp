#include "admin/CounterSetupDialog.h"
#include "widgets/ScreenFit.h"

#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace guichet {

CounterSetupDialog::CounterSetupDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_code(new QLineEdit(session.counter().code)),
      m_name(new QLineEdit(session.counter().name)), m_message(new QLabel)
{
    setObjectName(QStringLiteral("counterSetupDialog"));
    setWindowTitle(tr("This counter"));
    m_code->setObjectName(QStringLiteral("counterCode"));
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("e.g. SO1"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,6}")), m_code));
    connect(m_code, &QLineEdit::textEdited, m_code, [this](const QString &text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(cursor);
    });
    m_name->setObjectName(QStringLiteral("counterName"));
    m_name->setMaxLength(Counter::MaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Hôtel de Ville, Annexe Nord"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *intro = new QLabel(
        session.counter().isSetUp()
            ? tr("The code begins every number this counter has issued: it can no longer change once a "
                 "number "
                 "was issued with it. The name can.")
            : tr("Each counter of the commune has its own code, which begins every number it issues "
                 "(invoices "
                 "SO1-2026-000001, receipts, credit notes, family files SO1-42): two counters never issue "
                 "the "
                 "same number, even offline. Choose it once: it cannot change once a number was issued with "
                 "it."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Counter code"), m_errors.wrap(QStringLiteral("code"), m_code));
    form->addRow(tr("Counter name"), m_errors.wrap(QStringLiteral("name"), m_name));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CounterSetupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(520, sizeHint().height()));
}

void CounterSetupDialog::save()
{
    if (Status s = m_session.setUpCounter(m_code->text(), m_name->text()); !s)
        return m_errors.showIn(m_message, s.error());
    accept();
}

} // namespace guichet
