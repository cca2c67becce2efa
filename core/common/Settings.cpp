#include "common/Settings.h"

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

} // namespace guichet
