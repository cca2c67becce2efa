#include "day/DayPage.h"

#include "day/AttendanceView.h"
#include "day/KitchenView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace guichet {

DayPage::DayPage(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_banner(new QLabel), m_tabs(new QTabWidget),
      m_attendance(new AttendanceView(session, print)), m_kitchen(new KitchenView(session, print))
{
    setObjectName(QStringLiteral("dayPage"));
    m_banner->setObjectName(QStringLiteral("dayBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_kitchen, tr("Kitchen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(m_attendance, &AttendanceView::message, this, &DayPage::showBanner);
    connect(m_kitchen, &KitchenView::message, this, &DayPage::showBanner);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_banner->hide(); });
}

QString DayPage::banner() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void DayPage::reload()
{
    m_banner->hide();
    m_attendance->reload();
    m_kitchen->reload();
}

void DayPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fde7ea; color: #b00020; padding: 6px;")
                                  : QStringLiteral("background: #e8f5e9; color: #1b5e20; padding: 6px;"));
    m_banner->show();
}

} // namespace guichet
