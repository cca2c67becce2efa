#pragma once

#include "common/Result.h"
#include "commune/CommuneSettings.h"

#include <QCoreApplication>

namespace guichet {

// The passwords of the mail server and of the central database in the desktop keyring (QtKeychain: the Secret
// Service of GNOME or KDE over D-Bus), never in the database or a settings file. One entry per server and
// user ("smtp://host:587 mairie"), so that a new server or user never receives the old password. Each call
// waits for the keyring (at most 10 s: a locked keyring asking for its password on screen) and needs a
// running event dispatcher (a QCoreApplication). A keyring that cannot be reached is said in French: the
// sender then goes without a password (and the server says so) or, for guichet-cli, takes it on stdin.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static Status storeSmtpPassword(const SmtpSettings &server, const QString &password);
    // The password stored for this server and user; "" when none is.
    static Result<QString> smtpPassword(const SmtpSettings &server);
    static Status forgetSmtpPassword(const SmtpSettings &server);

    // The central database's password, per address ("central postgresql://user@host:5432/guichet").
    static Status storeCentralPassword(const QString &address, const QString &password);
    static Result<QString> centralPassword(const QString &address);

private:
    static QString entry(const SmtpSettings &server);
    static Status store(const QString &entry, const QString &password);
    static Result<QString> read(const QString &entry);
    static Status forget(const QString &entry);
};

} // namespace guichet
