#pragma once

#include <QByteArray>
#include <QList>
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

    // The families last opened at this counter, most recent first (at most 8), per database (site id).
    QList<qint64> recentHouseholds(const QString &siteId) const;
    void noteRecentHousehold(const QString &siteId, qint64 householdId);

    // Interface zoom in percent (100, 125 or 150), applied at the next start: readable across a counter.
    // The window locks itself after this many minutes without a key or a click (0: never; 10 by default).
    // A certificate authority (PEM file) this machine trusts for the mail server besides the system's: a
    // town hall's own server ([mail] caFile= in the settings file; guichet-cli mail send --smtp-ca).
    QString smtpCaFile() const;
    // The central database this counter synchronises with (a URL without its password, or service=NAME);
    // empty: this counter works alone.
    QString centralUrl() const;
    void setCentralUrl(const QString &url);
    void setSmtpCaFile(const QString &path);
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    int interfaceZoom() const;
    void setInterfaceZoom(int percent);
    // The zoom read before the application exists (it sets Qt's scale factor).
    static int interfaceZoomAtStart();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace guichet
