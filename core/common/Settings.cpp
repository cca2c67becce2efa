#include "common/Settings.h"

#include <algorithm>

#include <QDir>
#include <QStandardPaths>

namespace guichet {

namespace Key {
const auto DatabasePath = QStringLiteral("database/path");
const auto ClerkName = QStringLiteral("counter/clerkName");
const auto WindowGeometry = QStringLiteral("ui/mainWindowGeometry");
const auto WindowState = QStringLiteral("ui/mainWindowState");
const auto A4Printer = QStringLiteral("print/a4Printer");
const auto ReceiptPrinter = QStringLiteral("print/receiptPrinter");
const auto PdfFolder = QStringLiteral("print/pdfFolder");
const auto RecentHouseholds = QStringLiteral("recent/%1");
const auto InterfaceZoom = QStringLiteral("ui/zoomPercent");
const auto IdleLockMinutes = QStringLiteral("ui/idleLockMinutes");
const auto SmtpCaFile = QStringLiteral("mail/caFile");
const auto CentralUrl = QStringLiteral("sync/centralUrl");
} // namespace Key

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

QString Settings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("guichet.sqlite"));
}

QString Settings::databasePath() const
{
    return m_settings->value(Key::DatabasePath, defaultDatabasePath()).toString();
}

void Settings::setDatabasePath(const QString &path)
{
    m_settings->setValue(Key::DatabasePath, path);
}

QString Settings::clerkName() const
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = QStringLiteral("guichet");
    return m_settings->value(Key::ClerkName, fallback).toString();
}

void Settings::setClerkName(const QString &name)
{
    m_settings->setValue(Key::ClerkName, name);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(Key::WindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(Key::WindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::WindowState, state);
}

QString Settings::a4Printer() const
{
    return m_settings->value(Key::A4Printer).toString();
}

void Settings::setA4Printer(const QString &name)
{
    m_settings->setValue(Key::A4Printer, name);
}

QString Settings::receiptPrinter() const
{
    return m_settings->value(Key::ReceiptPrinter).toString();
}

void Settings::setReceiptPrinter(const QString &name)
{
    m_settings->setValue(Key::ReceiptPrinter, name);
}

QString Settings::pdfFolder() const
{
    return m_settings->value(Key::PdfFolder).toString();
}

void Settings::setPdfFolder(const QString &folder)
{
    m_settings->setValue(Key::PdfFolder, folder);
}

QList<qint64> Settings::recentHouseholds(const QString &siteId) const
{
    QList<qint64> ids;
    for (const QString &id : m_settings->value(Key::RecentHouseholds.arg(siteId)).toStringList())
        if (const qint64 value = id.toLongLong(); value > 0)
            ids += value;
    return ids;
}

void Settings::noteRecentHousehold(const QString &siteId, qint64 householdId)
{
    QList<qint64> ids = recentHouseholds(siteId);
    ids.removeAll(householdId);
    ids.prepend(householdId);
    QStringList stored;
    for (qint64 id : ids.mid(0, 8))
        stored += QString::number(id);
    m_settings->setValue(Key::RecentHouseholds.arg(siteId), stored);
}

namespace {
int validZoom(int percent)
{
    return percent == 125 || percent == 150 ? percent : 100;
}
} // namespace

int Settings::interfaceZoom() const
{
    return validZoom(m_settings->value(Key::InterfaceZoom, 100).toInt());
}

void Settings::setInterfaceZoom(int percent)
{
    m_settings->setValue(Key::InterfaceZoom, validZoom(percent));
}

int Settings::idleLockMinutes() const
{
    return std::clamp(m_settings->value(Key::IdleLockMinutes, 10).toInt(), 0, 240);
}

QString Settings::smtpCaFile() const
{
    return m_settings->value(Key::SmtpCaFile).toString();
}

QString Settings::centralUrl() const
{
    return m_settings->value(Key::CentralUrl).toString();
}

void Settings::setCentralUrl(const QString &url)
{
    m_settings->setValue(Key::CentralUrl, url.trimmed());
}

void Settings::setSmtpCaFile(const QString &path)
{
    m_settings->setValue(Key::SmtpCaFile, path);
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(Key::IdleLockMinutes, std::clamp(minutes, 0, 240));
}

int Settings::interfaceZoomAtStart()
{
    return Settings().interfaceZoom();
}

} // namespace guichet
