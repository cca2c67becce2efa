#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <memory>

namespace guichet {

// The settings of this machine (not of the commune: those live in the database and travel with
// it). Every key, with its default, is declared here and nowhere else.
class Settings
{
public:
    Settings();                                    // the user's settings file
    explicit Settings(const QString &iniFilePath); // an explicit file (tests, kiosk setups)

    // Where the embedded database lives unless --database is given.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    static QString defaultDatabasePath();

    // Name recorded in the history for changes made at this counter (before user accounts exist).
    QString clerkName() const;
    void setClerkName(const QString &name);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // Printers remembered by PrintService: the A4 one and the counter's 80 mm receipt printer; the folder
    // where the clerk last saved a PDF.
    QString a4Printer() const;
    void setA4Printer(const QString &name);
    QString receiptPrinter() const;
    void setReceiptPrinter(const QString &name);
    QString pdfFolder() const;
    void setPdfFolder(const QString &folder);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace guichet
