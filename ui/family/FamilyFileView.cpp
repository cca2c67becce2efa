#include "family/FamilyFileView.h"
#include "mail/MessagesView.h"

#include "commune/CommuneSettings.h"
#include "family/AuditTrail.h"
#include "family/ChildDialog.h"
#include "family/CustodyDialog.h"
#include "family/FamilyService.h"
#include "family/FileWorkflow.h"
#include "family/GuardianDialog.h"
#include "planning/PlanningView.h"
#include "sales/TicketsView.h"
#include "session/Session.h"
#include "widgets/FieldErrors.h"
#include "widgets/ListTable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

void setRow(QTableWidget *table, int row, const QStringList &values)
{
    for (int c = 0; c < values.size(); ++c)
        table->setItem(row, c, cell(values.at(c)));
}

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

FamilyFileView::FamilyFileView(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_session(session), m_service(session.family()), m_banner(new QLabel),
      m_header(new QLabel), m_ticketSummary(new QLabel), m_debt(new QLabel), m_missing(new QLabel),
      m_submit(button(tr("Submit"), QStringLiteral("submitButton"))),
      m_validate(button(tr("Validate the file"), QStringLiteral("validateButton"))),
      m_return(button(tr("Return to the family…"), QStringLiteral("returnButton"))), m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("familyFile"));
    m_banner->setParent(this); // floats over the file, outside its layout
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setToolTip(tr("Click to close"));
    m_banner->installEventFilter(this);
    m_banner->hide();
    // Messages fade after a while (errors later than confirmations); a click closes them.
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_ticketSummary->setWordWrap(true);
    m_debt->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_ticketSummary->setObjectName(QStringLiteral("ticketSummary"));
    m_ticketSummary->setStyleSheet(QStringLiteral("color:#0d47a1; font-weight:600;"));
    m_ticketSummary->hide();
    m_debt->setObjectName(QStringLiteral("debt"));
    m_debt->setStyleSheet(QStringLiteral("color:#b00020; font-weight:600;"));
    m_debt->hide();

    connect(m_submit, &QPushButton::clicked, this, &FamilyFileView::submitFile);
    connect(m_validate, &QPushButton::clicked, this, &FamilyFileView::validateFile);
    connect(m_return, &QPushButton::clicked, this, &FamilyFileView::returnFile);
    auto *workflow = new QHBoxLayout;
    auto *headerLines = new QVBoxLayout;
    headerLines->setSpacing(2);
    headerLines->addWidget(m_header);
    headerLines->addWidget(m_ticketSummary);
    headerLines->addWidget(m_debt);
    workflow->addLayout(headerLines, 1);
    workflow->addWidget(m_submit);
    workflow->addWidget(m_validate);
    workflow->addWidget(m_return);

    m_tabs->addTab(buildHouseholdTab(), tr("Household"));
    m_tabs->addTab(buildGuardiansTab(), tr("Guardians"));
    m_tabs->addTab(buildChildrenTab(), tr("Children"));
    m_tickets = new TicketsView(session, print);
    m_tabs->addTab(m_tickets, tr("Tickets"));
    m_ticketSummary->show();
    connect(m_tickets, &TicketsView::message, this, &FamilyFileView::showBanner);
    connect(m_tickets, &TicketsView::walletChanged, this, [this] {
        updateTicketSummary();
        Q_EMIT fileChanged(m_file.household.id); // the search cards show what is owed
    });
    m_planning = new PlanningView(session);
    m_tabs->addTab(m_planning, tr("Planning"));
    connect(m_planning, &PlanningView::message, this, &FamilyFileView::showBanner);
    connect(m_tickets, &TicketsView::walletChanged, m_planning, &PlanningView::reload);
    connect(m_planning, &PlanningView::walletChanged, this, [this] {
        m_tickets->reload();
        updateTicketSummary();
    });
    m_messages = new MessagesView(session);
    m_tabs->addTab(m_messages, tr("Emails"));
    connect(m_messages, &MessagesView::message, this, &FamilyFileView::showBanner);
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    // Alt+1 … Alt+7: the file's tabs from the keyboard (Ctrl+PgUp/PgDn also step through them).
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
    }
    auto *nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(nextTab, &QShortcut::activated, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previousTab, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(workflow);
    layout->addWidget(m_missing);
    layout->addWidget(m_tabs, 1);
}

QWidget *FamilyFileView::buildHouseholdTab()
{
    auto *page = new QWidget;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("householdName"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("householdEmail"));
    m_postalCode = new QLineEdit;
    m_postalCode->setObjectName(QStringLiteral("householdPostalCode"));
    m_postalCode->setMaxLength(5);
    m_resident = new QLabel;
    m_resident->setObjectName(QStringLiteral("resident"));
    m_acceptance = new QLabel;
    m_acceptance->setObjectName(QStringLiteral("acceptance"));
    m_acceptance->setWordWrap(true);
    auto *save = button(tr("Save the household"), QStringLiteral("saveHouseholdButton"));
    auto *accept =
        button(tr("Record acceptance of the current terms and règlement"), QStringLiteral("acceptButton"));
    connect(save, &QPushButton::clicked, this, &FamilyFileView::saveHousehold);
    connect(accept, &QPushButton::clicked, this, &FamilyFileView::recordAcceptance);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Household name"), m_name);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Postal code"), m_postalCode);
    form->addRow(tr("Residence"), m_resident);
    form->addRow(QString(), save);
    form->addRow(tr("Acceptances"), m_acceptance);
    form->addRow(QString(), accept);
    return page;
}

QWidget *FamilyFileView::buildGuardiansTab()
{
    auto *page = new QWidget;
    m_guardians = makeListTable(
        QStringLiteral("guardians"),
        {tr("Payer"), tr("Name"), tr("Relationship"), tr("Phones"), tr("Email"), tr("QF")}, {1, 3, 4});
    connect(m_guardians, &QTableWidget::cellDoubleClicked, this, &FamilyFileView::editGuardian);
    auto *buttons = new QHBoxLayout;
    for (auto [text, name, slot] :
         {std::tuple{tr("Add a guardian"), "addGuardianButton", &FamilyFileView::addGuardian},
          std::tuple{tr("Edit"), "editGuardianButton", &FamilyFileView::editGuardian},
          std::tuple{tr("Make payer"), "makePayerButton", &FamilyFileView::makePayer},
          std::tuple{tr("Remove"), "removeGuardianButton", &FamilyFileView::removeGuardian}}) {
        auto *b = button(text, QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_guardians);
    layout->addLayout(buttons);
    return page;
}

QWidget *FamilyFileView::buildChildrenTab()
{
    auto *page = new QWidget;
    m_children = makeListTable(QStringLiteral("children"),
                               {tr("Child"), tr("Birth date"), tr("School and class"), tr("Health"),
                                tr("Emergency contacts"), tr("Also in")},
                               {2, 3, 4, 5});
    connect(m_children, &QTableWidget::cellDoubleClicked, this, &FamilyFileView::editChild);
    auto *buttons = new QHBoxLayout;
    for (auto [text, name, slot] :
         {std::tuple{tr("Add a child"), "addChildButton", &FamilyFileView::addChild},
          std::tuple{tr("Edit"), "editChildButton", &FamilyFileView::editChild},
          std::tuple{tr("Attach a child of another household…"), "attachChildButton",
                     &FamilyFileView::attachChild},
          std::tuple{tr("Detach"), "detachChildButton", &FamilyFileView::detachChild},
          std::tuple{tr("C&ustody…"), "custodyButton", &FamilyFileView::editCustody}}) {
        auto *b = button(text, QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_children);
    layout->addLayout(buttons);
    return page;
}

QWidget *FamilyFileView::buildHistoryTab()
{
    m_history = makeListTable(QStringLiteral("history"),
                              {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")},
                              {2, 3, 4, 5});
    return m_history;
}

void FamilyFileView::open(qint64 householdId)
{
    m_banner->hide();
    m_file.household.id = householdId;
    reload();
}

void FamilyFileView::reload()
{
    const auto loaded = m_service.load(m_file.household.id);
    if (!loaded) {
        // Nothing of the previous family may stay on screen (F9, F10 and Save would act on it).
        m_file = FamilyFile{};
        m_header->setText(tr("This family file could not be read."));
        m_missing->hide();
        for (QPushButton *b : {m_submit, m_validate, m_return})
            b->setEnabled(false);
        m_tickets->setFile(m_file);
        m_planning->setFile(m_file);
        updateTicketSummary();
        m_tabs->setEnabled(false);
        showError(loaded.error());
        return;
    }
    m_tabs->setEnabled(true);
    m_file = loaded.value();
    const Household &h = m_file.household;

    QString header = QStringLiteral("<span style='font-size:16pt; font-weight:600'>%1</span>&nbsp;&nbsp; ")
                         .arg(h.name.toHtmlEscaped()) +
                     tr("file no. %1").arg(h.fileNumber.toHtmlEscaped()) +
                     QStringLiteral(" — <b>%1</b>").arg(fileStatusLabel(h.status));
    if (h.status == FileStatus::Returned && !h.returnReason.isEmpty())
        header +=
            QStringLiteral("<br>") + tr("Reason given to the family: %1").arg(h.returnReason.toHtmlEscaped());
    m_header->setText(header);
    const auto rules = m_session.commune().rulesVersion();
    const QStringList missing = rules ? FileWorkflow::missingForValidation(m_file, rules.value())
                                      : QStringList{rules.error().message};
    m_missing->setText(h.status == FileStatus::Validated || missing.isEmpty()
                           ? QString()
                           : tr("To validate this file:") + QStringLiteral("\n• ") +
                                 missing.join(QStringLiteral("\n• ")));
    m_missing->setVisible(!m_missing->text().isEmpty());
    m_submit->setEnabled(FileWorkflow::canSubmit(h.status));
    m_validate->setEnabled(FileWorkflow::canValidate(h.status));
    m_return->setEnabled(FileWorkflow::canReturn(h.status));

    m_name->setText(h.name);
    m_email->setText(h.email);
    m_postalCode->setText(h.postalCode);
    m_resident->setText(h.resident ? tr("Resident of %1").arg(m_session.commune().name())
                                   : tr("Not resident (non-resident tariffs)"));
    QStringList acceptance;
    acceptance += h.termsVersion.isEmpty()
                      ? tr("Terms of use: not accepted")
                      : tr("Terms of use: version %1, accepted on %2")
                            .arg(h.termsVersion, m_session.time().dateTimeText(h.termsAcceptedAt));
    acceptance += h.rulesVersion.isEmpty()
                      ? tr("Règlement intérieur: not accepted")
                      : tr("Règlement intérieur: version %1, accepted on %2")
                            .arg(h.rulesVersion, m_session.time().dateTimeText(h.rulesAcceptedAt));
    m_acceptance->setText(acceptance.join(QLatin1Char('\n')));

    m_guardians->setRowCount(int(m_file.guardians.size()));
    for (int r = 0; r < m_file.guardians.size(); ++r) {
        const Guardian &g = m_file.guardians.at(r);
        QStringList phones;
        for (const QString &p : {g.phoneMobile, g.phoneHome, g.phoneWork})
            if (!p.isEmpty())
                phones += p;
        setRow(m_guardians, r,
               {g.isPayer ? tr("Payer") : QString(),
                (g.civility.isEmpty() ? QString() : g.civility + QLatin1Char(' ')) + g.fullName(),
                g.relationship, phones.join(QStringLiteral(", ")), g.email,
                g.quotient ? tr("%1 (proof of %2)").arg(*g.quotient).arg(frenchDate(g.quotientProofDate))
                           : QString()});
    }
    fitRows(m_guardians);

    m_children->setRowCount(int(m_file.children.size()));
    for (int r = 0; r < m_file.children.size(); ++r) {
        const Child &c = m_file.children.at(r);
        QStringList health;
        if (!c.allergies.isEmpty())
            health += tr("Allergies: %1").arg(c.allergies);
        if (c.hasCarePlan)
            health += tr("PAI: %1").arg(c.carePlanDetails);
        QStringList contacts, others;
        for (const EmergencyContact &e : c.emergencyContacts)
            contacts += e.firstName + QLatin1Char(' ') + e.lastName +
                        (e.phone.isEmpty() ? QString() : QStringLiteral(" (") + e.phone + QLatin1Char(')'));
        for (const OtherHousehold &o : c.otherHouseholds)
            others += tr("%1, file no. %2 (payer %3)").arg(o.name, o.fileNumber, o.payerName);
        if (!c.otherHouseholds.isEmpty())
            if (const auto custody = m_session.custody().schedule(c.id);
                custody && !custody.value().periods.isEmpty())
                others += tr("Custody: %1").arg(custody.value().describe());
        setRow(m_children, r,
               {c.fullName() + (c.ine.isEmpty() ? QString() : QStringLiteral("\nINE ") + c.ine),
                frenchDate(c.birthDate),
                QStringList{c.classLevel, c.classLabel, c.schoolName}.join(QStringLiteral(" — ")),
                health.join(QLatin1Char('\n')), contacts.join(QLatin1Char('\n')),
                others.join(QLatin1Char('\n'))});
    }
    fitRows(m_children);

    m_tickets->setFile(m_file);
    m_planning->setFile(m_file);
    m_messages->setHousehold(h.id);
    updateTicketSummary();

    const auto read = m_service.history(h.id);
    if (!read)
        showError(read.error());
    const QList<HistoryEntry> history = read ? read.value() : QList<HistoryEntry>();
    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const HistoryEntry &e = history.at(r);
        setRow(m_history, r,
               {m_session.time().dateTimeText(e.at), e.actor,
                AuditTrail::entityName(e.entity) +
                    (e.entityLabel.isEmpty() ? QString() : QStringLiteral(" — ") + e.entityLabel),
                AuditTrail::fieldLabel(e.field), AuditTrail::displayValue(e.field, e.oldValue),
                AuditTrail::displayValue(e.field, e.newValue)});
    }
    fitRows(m_history);
}

QString FamilyFileView::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

QString FamilyFileView::ticketSummary() const
{
    return m_ticketSummary->text();
}

void FamilyFileView::updateTicketSummary()
{
    m_ticketSummary->setText(m_tickets->summary());
    m_debt->setText(debtText());
    m_debt->setVisible(!m_debt->text().isEmpty());
    Q_EMIT fileLoaded();
}

Debt FamilyFileView::debt() const
{
    return debtOf(m_tickets->invoices());
}

QString FamilyFileView::debtText() const
{
    const Debt d = debt();
    if (d.isZero())
        return {};
    return tr("Owes %1 on invoice %2 — F10 to take the payment", nullptr, int(d.invoiceNumbers.size()))
        .arg(d.total.toString(), d.invoiceNumbers.join(QStringLiteral(", ")));
}

QString FamilyFileView::whyNoSale() const
{
    if (!m_file.household.id)
        return tr("Open a family file first (search, then Enter).");
    if (!FileWorkflow::canBuyTickets(m_file.household.status))
        return tr("The file is \"%1\": tickets are sold once it is validated.")
            .arg(fileStatusLabel(m_file.household.status));
    return {};
}

void FamilyFileView::keyPressEvent(QKeyEvent *event)
{
    // Esc that no field of the file used (a key event, not a shortcut: a dialog's Esc stays the dialog's).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT backToSearch();
        return event->accept();
    }
    QWidget::keyPressEvent(event);
}

void FamilyFileView::focusFile()
{
    m_tabs->setFocus(Qt::OtherFocusReason);
}

void FamilyFileView::payDebt()
{
    const Debt d = debt();
    if (d.isZero())
        return;
    m_tabs->setCurrentWidget(m_tickets);
    m_tickets->selectInvoice(d.invoiceIds.first());
    m_tickets->payInvoice();
}

void FamilyFileView::sellTickets()
{
    if (!m_file.household.id)
        return;
    if (const QString why = whyNoSale(); !why.isEmpty())
        return showBanner(why, true);
    m_tabs->setCurrentWidget(m_tickets);
    m_tickets->sellTickets();
}

void FamilyFileView::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("background:#fdecea; color:#b00020; padding:8px; border:1px solid #e8b4b8; "
                               "border-radius:4px;")
              : QStringLiteral("background:#e8f5e9; color:#1b5e20; padding:8px; border:1px solid #b7dcbb; "
                               "border-radius:4px;"));
    placeBanner();
    m_banner->show();
    m_banner->raise();
    m_bannerTimer.start(error ? 20000 : 8000); // an error stays longer; a click closes either
}

// The banner floats over the top of the file instead of pushing it down: nothing moves under the mouse.
void FamilyFileView::placeBanner()
{
    const int width = std::max(200, this->width() - 24);
    m_banner->setFixedWidth(width);
    m_banner->setFixedHeight(m_banner->heightForWidth(width));
    // Just under the tabs' bar: over the top of the current tab, never over the family's name nor over the
    // buttons at the bottom the clerk may need next.
    m_banner->move(12, m_tabs->geometry().top() + m_tabs->tabBar()->height() + 4);
}

void FamilyFileView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_banner->isHidden())
        placeBanner();
}

bool FamilyFileView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_banner && event->type() == QEvent::MouseButtonRelease)
        m_banner->hide();
    return QWidget::eventFilter(watched, event);
}

void FamilyFileView::showError(const Error &error)
{
    showBanner(errorText(error), true);
}

void FamilyFileView::afterChange(const QString &confirmation)
{
    reload();
    showBanner(confirmation, false);
    Q_EMIT fileChanged(m_file.household.id);
}

int FamilyFileView::selectedRow(QTableWidget *table) const
{
    const int row = table->currentRow();
    if (row < 0 && table->rowCount() == 1)
        return 0;
    return row;
}

void FamilyFileView::saveHousehold()
{
    Household h = m_file.household;
    h.name = m_name->text();
    h.email = m_email->text();
    h.postalCode = m_postalCode->text();
    if (Status s = m_service.updateHousehold(h); !s)
        return showError(s.error());
    afterChange(tr("Household saved."));
}

void FamilyFileView::recordAcceptance()
{
    if (Status s = m_service.acceptTermsAndRules(m_file.household.id, true, true); !s)
        return showError(s.error());
    afterChange(tr("Acceptance of the terms of use and of the règlement intérieur recorded."));
}

void FamilyFileView::addGuardian()
{
    Guardian g;
    g.lastName = m_file.household.name;
    if (const Guardian *payer = m_file.payer()) {
        g.addressLine1 = payer->addressLine1;
        g.addressLine2 = payer->addressLine2;
        g.postalCode = payer->postalCode;
        g.city = payer->city;
    }
    GuardianDialog dialog(m_service, m_file.household.id, g, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Guardian added."));
}

void FamilyFileView::editGuardian()
{
    const int row = selectedRow(m_guardians);
    if (row < 0)
        return showBanner(tr("Select a guardian in the list first."), true);
    GuardianDialog dialog(m_service, m_file.household.id, m_file.guardians.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Guardian saved."));
}

void FamilyFileView::makePayer()
{
    const int row = selectedRow(m_guardians);
    if (row < 0)
        return showBanner(tr("Select a guardian in the list first."), true);
    if (Status s = m_service.setPayer(m_file.household.id, m_file.guardians.at(row).id); !s)
        return showError(s.error());
    afterChange(tr("%1 is now the payer.").arg(m_file.guardians.at(row).fullName()));
}

void FamilyFileView::removeGuardian()
{
    const int row = selectedRow(m_guardians);
    if (row < 0)
        return showBanner(tr("Select a guardian in the list first."), true);
    const QString name = m_file.guardians.at(row).fullName();
    if (Status s = m_service.removeGuardian(m_file.household.id, m_file.guardians.at(row).id); !s)
        return showError(s.error());
    afterChange(tr("%1 removed from the file.").arg(name));
}

void FamilyFileView::addChild()
{
    ChildDialog dialog(m_session, m_file, Child{}, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Child added."));
}

void FamilyFileView::editChild()
{
    const int row = selectedRow(m_children);
    if (row < 0)
        return showBanner(tr("Select a child in the list first."), true);
    ChildDialog dialog(m_session, m_file, m_file.children.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Child saved."));
}

void FamilyFileView::attachChild()
{
    bool ok = false;
    const QString ine = QInputDialog::getText(
        this, tr("Shared custody"), tr("INE of the child already registered in the other household:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto child = m_service.findChildByIne(ine);
    if (!child)
        return showError(child.error());
    if (Status s = m_service.attachChild(m_file.household.id, child.value()); !s)
        return showError(s.error());
    afterChange(tr("Child attached: the file shows both households."));
}

void FamilyFileView::editCustody()
{
    const int row = selectedRow(m_children);
    if (row < 0)
        return showBanner(tr("Select a child in the list first."), true);
    const Child &child = m_file.children.at(row);
    if (child.otherHouseholds.isEmpty())
        return showBanner(
            tr("%1 is only in this file: attach the child to the other parent's file first (its INE "
               "in \"Attach a child of another household…\").")
                .arg(child.firstName),
            true);
    QList<std::pair<qint64, QString>> households{{m_file.household.id, m_file.household.name}};
    for (const OtherHousehold &o : child.otherHouseholds)
        households += {o.id, o.name};
    CustodyDialog dialog(m_session, child, households, this);
    dialog.exec();
    if (dialog.changed())
        afterChange(tr("Custody of %1 saved.").arg(child.firstName));
}

void FamilyFileView::detachChild()
{
    const int row = selectedRow(m_children);
    if (row < 0)
        return showBanner(tr("Select a child in the list first."), true);
    if (Status s = m_service.detachChild(m_file.household.id, m_file.children.at(row).id); !s)
        return showError(s.error());
    afterChange(tr("Child detached from this household."));
}

void FamilyFileView::submitFile()
{
    if (Status s = m_service.submit(m_file.household.id); !s)
        return showError(s.error());
    afterChange(tr("File submitted to the school-affairs office."));
}

void FamilyFileView::validateFile()
{
    if (Status s = m_service.validate(m_file.household.id); !s)
        return showError(s.error());
    afterChange(tr("File validated: the family can book once plannings open."));
}

void FamilyFileView::returnFile()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Return the file to the family"), tr("What must the family correct? They will read this:"),
        QString(), &ok);
    if (!ok)
        return;
    if (Status s = m_service.returnToFamily(m_file.household.id, reason); !s)
        return showError(s.error());
    afterChange(tr("File returned to the family with the reason."));
}

} // namespace guichet
