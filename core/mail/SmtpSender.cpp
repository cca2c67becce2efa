#include "mail/SmtpSender.h"

#include "mail/Outbox.h"

#include <QLocale>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace guichet {

namespace {

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
    void operator()(curl_mime *m) const { curl_mime_free(m); }
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

// A header value may not carry a line break (it would start a header of its own).
QByteArray oneLine(QByteArray value)
{
    value.replace('\r', ' ').replace('\n', ' ');
    return value;
}

QByteArray address(const QString &name, const QString &email)
{
    const QByteArray angle = '<' + oneLine(email.trimmed().toUtf8()) + '>';
    return name.trimmed().isEmpty() ? angle : SmtpSender::encodedWord(name.trimmed()) + ' ' + angle;
}

} // namespace

QByteArray SmtpSender::encodedWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii && !text.contains(QLatin1String("=?")))
        return text.toUtf8();
    // 45 bytes of UTF-8 make 60 base64 characters: with "=?UTF-8?B?" and "?=", 72 per word.
    QByteArray out, chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QByteArray character = oneLine(text.mid(i, pair ? 2 : 1).toUtf8());
        i += pair ? 1 : 0;
        if (chunk.size() + character.size() > 45)
            flush();
        chunk += character;
    }
    flush();
    return out;
}

QByteArray SmtpSender::dateHeader(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000";
}

Status SmtpSender::send(const OutgoingMail &mail, const SmtpSettings &settings, bool *permanent)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (settings.url.trimmed().isEmpty())
        return Error::of(tr("No mail server is set: an administrator gives it in Administration › Commune "
                            "(or guichet-cli mail send --smtp smtp://HOST:PORT)."));
    if (settings.from.trimmed().isEmpty())
        return Error::of(
            tr("No sender address is set: an administrator gives it in Administration › Commune."));
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Error::of(tr("The mail library could not start: call your IT support."));
    CURL *c = curl.get();
    char errors[CURL_ERROR_SIZE] = {};
    const QByteArray url = settings.url.trimmed().toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray ca = settings.caFile.toUtf8();
    const QByteArray from = '<' + oneLine(settings.from.trimmed().toUtf8()) + '>';
    const QByteArray to = '<' + oneLine(mail.to.trimmed().toUtf8()) + '>';
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (settings.security == QLatin1String("starttls"))
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // refuse to go on without encryption
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    const QList<QByteArray> lines{
        "Date: " + dateHeader(mail.date),
        "Message-ID: " + oneLine(mail.messageId.toUtf8()),
        "From: " + address(settings.fromName, settings.from),
        "To: " + address({}, mail.to),
        "Subject: " + encodedWord(mail.subject),
    };
    curl_slist *headers = nullptr;
    for (const QByteArray &line : lines)
        headers = curl_slist_append(headers, line.constData());
    if (!settings.replyTo.trimmed().isEmpty())
        headers =
            curl_slist_append(headers, QByteArray("Reply-To: " + address({}, settings.replyTo)).constData());
    std::unique_ptr<curl_slist, CurlDeleter> headerList(headers);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(c));
    curl_mimepart *text = curl_mime_addpart(mime.get());
    const QByteArray body = mail.body.toUtf8();
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=utf-8");
    curl_mime_encoder(text, "quoted-printable");
    if (!mail.attachment.isEmpty()) {
        curl_mimepart *pdf = curl_mime_addpart(mime.get());
        curl_mime_data(pdf, mail.attachment.constData(), size_t(mail.attachment.size()));
        curl_mime_type(pdf, "application/pdf");
        curl_mime_filename(pdf, mail.attachmentName.toUtf8().constData());
        curl_mime_encoder(pdf, "base64");
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode result = curl_easy_perform(c);
    if (result == CURLE_OK)
        return Status::success();
    const QString detail = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(result));
    // A 5xx answer to RCPT TO: the server will never take this address (a 4xx one may, later).
    if (detail.contains(QLatin1String("RCPT failed: 5"))) {
        if (permanent)
            *permanent = true;
        return Error::of(tr("The mail server refused the family's address %1 (%2): correct it in the family "
                            "file; the family's next messages go to the new address.")
                             .arg(mail.to, detail));
    }
    switch (result) {
    case CURLE_LOGIN_DENIED:
        return Error::of(tr("The mail server refused the user name or the password (%1): check them in "
                            "Administration › Commune.")
                             .arg(detail));
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
        return Error::of(tr("The mail server %1 does not answer (%2): the message will be tried again later.")
                             .arg(settings.url, detail));
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return Error::of(
            tr("The secure connection to the mail server failed (%1): check the server's security "
               "setting and its certificate.")
                .arg(detail));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    default:
        return Error::of(tr("The mail server did not accept the message (%1).").arg(detail));
    }
}

} // namespace guichet
