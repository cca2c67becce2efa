#include "mail/MailTemplatesDialog.h"

#include "admin/StatusLine.h"
#include "common/CommuneTime.h"
#include "family/FamilyService.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace guichet {

MailTemplatesDialog::MailTemplatesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(MailTemplates::kinds().first()), m_kinds(new QListWidget),
      m_subject(new QLineEdit), m_body(new QPlainTextEdit), m_placeholders(new QListWidget),
      m_family(new QLineEdit), m_preview(new QPlainTextEdit),
      m_restore(new QPushButton(tr("Restore the program's text"))), m_status(new StatusLine)
{
    setObjectName(QStringLiteral("mailTemplatesDialog"));
    setWindowTitle(tr("Email texts"));
    m_kinds->setObjectName(QStringLiteral("kinds"));
    for (const MailKind kind : MailTemplates::kinds()) {
        auto *item = new QListWidgetItem(mailKindLabel(mailKindCode(kind)), m_kinds);
        item->setData(Qt::UserRole, mailKindCode(kind));
    }
    m_kinds->setMaximumWidth(200);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setToolTip(tr("Double-click a placeholder to insert it where the cursor is."));
    m_placeholders->setMaximumHeight(150);
    m_family->setObjectName(QStringLiteral("previewFamily"));
    m_family->setPlaceholderText(tr("Family file no., SO1-42"));
    m_family->setMaximumWidth(160);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Forget this text and use the program's own again."));

    auto *form = new QFormLayout;
    form->addRow(tr("Subject"), m_errors.wrap(QStringLiteral("subject"), m_subject));
    form->addRow(tr("Text"), m_errors.wrap(QStringLiteral("body"), m_body));
    form->addRow(tr("Placeholders"), m_placeholders);
    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(new QLabel(tr("Preview for the family")));
    previewHeader->addWidget(m_family);
    previewHeader->addStretch();
    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(editor);
    right->addWidget(previewBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeaving())
            reject();
    });
    connect(m_restore, &QPushButton::clicked, this, &MailTemplatesDialog::restoreDefault);

    auto *main = new QHBoxLayout;
    main->addWidget(m_kinds);
    main->addWidget(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto edited = [this] {
        m_dirty = true;
        updatePreview();
    };
    connect(m_subject, &QLineEdit::textEdited, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited); // load() blocks it
    connect(m_family, &QLineEdit::editingFinished, this, &MailTemplatesDialog::updatePreview);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->data(Qt::UserRole).toString()); });
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto kind = mailKindFromCode(m_kinds->item(row)->data(Qt::UserRole).toString());
        if (!kind || *kind == m_kind)
            return;
        if (!confirmLeaving()) { // back to the text being edited
            const QSignalBlocker block(m_kinds);
            m_kinds->setCurrentRow(int(MailTemplates::kinds().indexOf(m_kind)));
            return;
        }
        m_kind = *kind;
        load();
    });

    m_family->setText(m_status->valueOf(m_session.mail().templates().sampleFileNumber()));
    {
        const QSignalBlocker block(m_kinds);
        m_kinds->setCurrentRow(0);
    }
    load();
    resizeToFit(this, QSize(900, 680));
}

void MailTemplatesDialog::selectKind(MailKind kind)
{
    m_kinds->setCurrentRow(int(MailTemplates::kinds().indexOf(kind)));
}

void MailTemplatesDialog::load()
{
    m_errors.clear();
    const auto text = m_session.mail().templates().get(m_kind);
    if (!text)
        return m_status->showError(text.error().message);
    {
        const QSignalBlocker blockSubject(m_subject), blockBody(m_body);
        m_subject->setText(text.value().subject);
        m_body->setPlainText(text.value().body);
    }
    m_placeholders->clear();
    for (const MailPlaceholder &p : MailTemplates::placeholders(m_kind)) {
        auto *item =
            new QListWidgetItem(QStringLiteral("{%1} — %2%3")
                                    .arg(p.name, p.description, p.required ? tr(" (required)") : QString()),
                                m_placeholders);
        item->setData(Qt::UserRole, p.name);
    }
    m_restore->setEnabled(text.value().custom);
    m_status->showInfo(text.value().custom ? tr("Written by %1 on %2.")
                                                 .arg(text.value().updatedBy,
                                                      m_session.time().dateTimeText(text.value().updatedAt))
                                           : tr("The program's own text."));
    m_dirty = false;
    updatePreview();
}

void MailTemplatesDialog::updatePreview()
{
    const auto household = m_session.family().householdIdByFileNumber(m_family->text());
    if (!household) {
        m_preview->setPlainText(household.error().message);
        return;
    }
    const auto shown = m_session.mail().templates().preview(m_kind, m_subject->text(), m_body->toPlainText(),
                                                            household.value());
    m_preview->setPlainText(shown ? tr("Subject: %1").arg(shown.value().first) + QStringLiteral("\n\n") +
                                        shown.value().second
                                  : shown.error().message);
}

void MailTemplatesDialog::insertPlaceholder(const QString &name)
{
    m_body->insertPlainText(QStringLiteral("{%1}").arg(name)); // textChanged: edited
    m_body->setFocus();
}

bool MailTemplatesDialog::save()
{
    m_errors.clear();
    if (Status s = m_session.mail().templates().save(m_kind, m_subject->text(), m_body->toPlainText()); !s) {
        const QStringList elsewhere = m_errors.show(s.error());
        m_status->showError(s.error().fields.isEmpty() ? s.error().message
                            : elsewhere.isEmpty()      ? tr("Not saved: see the message under the field.")
                                                       : elsewhere.join(QLatin1Char('\n')));
        return false;
    }
    load();
    m_status->showInfo(tr("Saved: the messages queued from now on say this."));
    return true;
}

void MailTemplatesDialog::restoreDefault()
{
    if (Status s = m_session.mail().templates().reset(m_kind); !s)
        return m_status->showError(s.error().message);
    load();
    m_status->showInfo(tr("The program's own text is used again."));
}

bool MailTemplatesDialog::confirmLeaving()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("Save the changes to “%1”?").arg(mailKindLabel(mailKindCode(m_kind))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

QString MailTemplatesDialog::status() const
{
    return m_status->text();
}

QString MailTemplatesDialog::previewText() const
{
    return m_preview->toPlainText();
}

} // namespace guichet
