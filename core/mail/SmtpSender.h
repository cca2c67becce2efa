#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace guichet {

struct SmtpSettings;

// One email as it leaves: a UTF-8 text and at most one PDF.
struct OutgoingMail
{
    QString messageId; // <uuid@domain>
    QDateTime date;
    QString from, fromName, replyTo, to;
    QString subject, body;
    QByteArray attachment; // empty: none
    QString attachmentName;
};

// Sends one email through libcurl's SMTP client (STARTTLS or TLS, authentication, the server's answer on
// failure) with the message built by libcurl's MIME API (quoted-printable UTF-8 text, base64 PDF). The
// headers curl does not make (Date, Message-ID, From, To, Reply-To, Subject) are ours; names and subjects are
// encoded words (RFC 2047).
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    // 'permanent' (when given) is set when trying again cannot help: the server refused the address.
    static Status send(const OutgoingMail &mail, const SmtpSettings &settings, bool *permanent = nullptr);
    // "=?UTF-8?B?…?=" words of at most 75 characters, never splitting a character; ASCII text as it is.
    static QByteArray encodedWord(const QString &text);
    // RFC 5322 date: "Tue, 01 Dec 2026 16:30:00 +0000".
    static QByteArray dateHeader(const QDateTime &date);
};

} // namespace guichet
