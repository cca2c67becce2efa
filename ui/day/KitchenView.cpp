#include "day/KitchenView.h"

#include "common/Localization.h"
#include "common/Settings.h"
#include "commune/CommuneSettings.h"
#include "print/PrintService.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

QString writeExport(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return KitchenView::tr(
               "The file %1 could not be written (%2). Choose another folder, or check that the file "
               "is not open in another program.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

QString askCsvPath(QWidget *parent, Session &session, const QString &suggestedName)
{
    QString folder = session.settings().pdfFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(parent, KitchenView::tr("Save as CSV"),
                                                      QDir(folder).filePath(name + QStringLiteral(".csv")),
                                                      KitchenView::tr("CSV for a spreadsheet (*.csv)"));
    if (!path.isEmpty())
        session.settings().setPdfFolder(QFileInfo(path).absolutePath());
    return path;
}

KitchenView::KitchenView(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_session(session), m_print(print), m_from(new QDateEdit), m_to(new QDateEdit),
      m_table(makeListTable(QStringLiteral("kitchenTable"),
                            {tr("Day"), tr("School"), tr("Meals"), tr("Diets"), tr("Children to watch")},
                            {3, 4})),
      m_total(new QLabel)
{
    setObjectName(QStringLiteral("kitchenView"));
    m_from->setObjectName(QStringLiteral("kitchenFrom"));
    m_to->setObjectName(QStringLiteral("kitchenTo"));
    m_total->setObjectName(QStringLiteral("kitchenTotal"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
        edit->setDate(session.today());
    }
    auto *choose = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    auto *week = new QPushButton(tr("The &week"));
    week->setObjectName(QStringLiteral("kitchenWeek"));
    choose->addWidget(fromLabel);
    choose->addWidget(m_from);
    choose->addWidget(toLabel);
    choose->addWidget(m_to);
    choose->addWidget(week);
    choose->addStretch();

    auto *buttons = new QHBoxLayout;
    auto *printButton = new QPushButton(tr("Pre&view and print…"));
    auto *pdfButton = new QPushButton(tr("P&DF…"));
    auto *csvButton = new QPushButton(tr("&CSV…"));
    printButton->setObjectName(QStringLiteral("kitchenPrint"));
    pdfButton->setObjectName(QStringLiteral("kitchenPdf"));
    csvButton->setObjectName(QStringLiteral("kitchenCsv"));
    buttons->addWidget(m_total, 1);
    for (QPushButton *b : {printButton, pdfButton, csvButton})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from)
            m_to->setDate(from); // reloads
        else
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &KitchenView::reload);
    connect(week, &QPushButton::clicked, this, &KitchenView::showWeek);
    const auto title = [this] {
        return m_from->date() == m_to->date()
                   ? tr("Meals of %1").arg(frenchDate(m_from->date()))
                   : tr("Meals from %1 to %2").arg(frenchDate(m_from->date()), frenchDate(m_to->date()));
    };
    connect(printButton, &QPushButton::clicked, this, [this, title] {
        m_print->previewReport(this, title(),
                               AttendanceService::kitchenHtml(m_counts, m_session.commune().name()));
    });
    connect(pdfButton, &QPushButton::clicked, this, [this, title] {
        m_print->saveReportPdf(this, title(),
                               AttendanceService::kitchenHtml(m_counts, m_session.commune().name()));
    });
    connect(csvButton, &QPushButton::clicked, this, [this, title] {
        const QString path = askCsvPath(this, m_session, title());
        if (!path.isEmpty())
            exportCsv(path);
    });
    reload();
}

void KitchenView::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void KitchenView::showWeek()
{
    const QDate monday = m_from->date().addDays(1 - m_from->date().dayOfWeek());
    setRange(monday, monday.addDays(4));
}

void KitchenView::reload()
{
    const auto counts = m_session.attendance().kitchen(m_from->date(), m_to->date());
    m_counts = counts ? counts.value() : QList<KitchenCount>();
    if (!counts)
        Q_EMIT message(counts.error().message, true);
    m_table->setRowCount(int(m_counts.size()));
    for (int r = 0; r < m_counts.size(); ++r) {
        const KitchenCount &c = m_counts.at(r);
        QStringList diets;
        for (const auto &[label, count] : c.diets)
            diets += QStringLiteral("%1 : %2").arg(label).arg(count);
        m_table->setItem(r, 0, cell(frenchDate(c.day)));
        m_table->setItem(r, 1, cell(c.schoolName));
        m_table->setItem(r, 2, cell(QString::number(c.meals), true));
        m_table->setItem(r, 3, cell(diets.join(QStringLiteral(", "))));
        auto *watch = cell(c.watch.join(QLatin1Char('\n')));
        watch->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, 4, watch);
    }
    fitRows(m_table);
    m_total->setText(total());
}

QString KitchenView::total() const
{
    int meals = 0;
    for (const KitchenCount &c : m_counts)
        meals += c.meals;
    if (meals == 0)
        return tr("No meal booked on those days.");
    return tr("%n meal(s) in all.", nullptr, meals);
}

void KitchenView::exportCsv(const QString &path)
{
    const QString error = writeExport(path, m_session.attendance().kitchenCsv(m_counts));
    Q_EMIT message(error.isEmpty() ? tr("Counts saved: %1").arg(QDir::toNativeSeparators(path)) : error,
                   !error.isEmpty());
}

} // namespace guichet
