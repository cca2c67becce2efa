#include "cashoffice/Archive.h"

#include "cashoffice/Journal.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Sha256.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlRecord>

namespace guichet {

QString ArchiveService::checkScript()
{
    return QStringLiteral(R"PY(#!/usr/bin/env python3
# Recomputes the hash chain of a Guichet Periscolaire archive with Python's standard library only.
# Run it in the archive's folder, after `sha256sum -c SHA256SUMS`:   python3 check_chain.py
import hashlib, json, sys

manifest = json.load(open("manifest.json", encoding="utf-8"))
previous, count = manifest["chain_starts_after"], 0
for line in open("journal.jsonl", encoding="utf-8"):
    e = json.loads(line)
    if e["prev_hash"] != previous:
        sys.exit(f"entry {e['seq']}: does not follow the entry before it")
    fields = [e["prev_hash"], str(e["seq"]), e["at"], e["user_name"], e["event"], e["record_table"],
              "" if e["record_id"] is None else str(e["record_id"]), e["payload"]]
    if hashlib.sha256("\n".join(fields).encode("utf-8")).hexdigest() != e["hash"]:
        sys.exit(f"entry {e['seq']}: altered (its content no longer gives its hash)")
    previous, count = e["hash"], count + 1
if count != manifest["entries"] or previous != manifest["chain_ends_with"]:
    sys.exit("the journal does not end where the manifest says: entries are missing")
print(f"{count} entries, chain intact from {manifest['chain_starts_after'][:16]}... to {previous}")
)PY");
}

namespace {

Status writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::of(ArchiveService::tr("The file %1 could not be written: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace

Result<ArchiveService::Written> ArchiveService::write(int year, const QString &folder)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Writing the yearly archive")); !s)
        return s.error();
    if (year < 2000 || year >= m_session.today().year())
        return Error::of(
            tr("%1 is not over: a year is archived from the 1st of January after it.").arg(year));
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error::of(
            tr("The folder %1 cannot be created. Choose another one.").arg(QDir::toNativeSeparators(folder)));
    if (QFile::exists(dir.filePath(QStringLiteral("manifest.json"))))
        return Error::of(tr("The folder %1 already holds an archive: choose an empty folder.")
                             .arg(QDir::toNativeSeparators(folder)));

    Database &db = m_session.database();
    const QTimeZone zone = m_session.time().zone();
    const QString from = QDateTime(QDate(year, 1, 1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    const QString to =
        QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    Written written;
    QByteArray journal, closures;
    QString startsAfter;
    qint64 firstSeq = -1, lastSeq = -1;
    {
        ReadTransaction snapshot(db);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT seq, at, user_name, event, record_table, record_id, payload, prev_hash, hash "
            "FROM journal_entry WHERE origin_site = ? AND at >= ? AND at < ? ORDER BY seq"));
        bindAll(q, {db.siteId(), from, to});
        if (Status s = execOrError(q); !s)
            return s.error();
        while (q.next()) {
            const QJsonObject entry{
                {QStringLiteral("seq"), q.value(0).toLongLong()},
                {QStringLiteral("at"), q.value(1).toString()},
                {QStringLiteral("user_name"), q.value(2).toString()},
                {QStringLiteral("event"), q.value(3).toString()},
                {QStringLiteral("record_table"), q.value(4).toString()},
                {QStringLiteral("record_id"),
                 q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toLongLong())},
                {QStringLiteral("payload"), q.value(6).toString()},
                {QStringLiteral("prev_hash"), q.value(7).toString()},
                {QStringLiteral("hash"), q.value(8).toString()},
            };
            journal += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
            if (firstSeq < 0) {
                firstSeq = q.value(0).toLongLong();
                startsAfter = q.value(7).toString();
            }
            lastSeq = q.value(0).toLongLong();
            written.lastHash = q.value(8).toString();
            ++written.entries;
        }
        q.finish();
        if (written.entries == 0)
            return Error::of(tr("The journal holds no entry of %1: there is nothing to archive.").arg(year));
        q.prepare(QStringLiteral("SELECT * FROM closure WHERE counter_code = ? AND substr(period, 1, 4) = ? "
                                 "ORDER BY id"));
        bindAll(q, {m_session.counter().code, QString::number(year)});
        if (Status s = execOrError(q); !s)
            return s.error();
        while (q.next()) {
            QJsonObject closure;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                closure.insert(record.fieldName(i), QJsonValue::fromVariant(q.value(i)));
            closures += QJsonDocument(closure).toJson(QJsonDocument::Compact) + '\n';
            ++written.closures;
        }
        q.finish();
    }

    const QString journalSha = Sha256::hex(journal);
    const QString closuresSha = Sha256::hex(closures);
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("guichet-periscolaire-archive/1")},
        {QStringLiteral("counter"), m_session.counter().code},
        {QStringLiteral("site"), db.siteId()},
        {QStringLiteral("year"), year},
        {QStringLiteral("written_at"), db.clock().nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("written_by"), m_session.actor()},
        {QStringLiteral("entries"), written.entries},
        {QStringLiteral("first_seq"), firstSeq},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("chain_starts_after"), startsAfter},
        {QStringLiteral("chain_ends_with"), written.lastHash},
        {QStringLiteral("closures"), written.closures},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("journal.jsonl"), journalSha},
                                              {QStringLiteral("closures.jsonl"), closuresSha}}},
        {QStringLiteral("hash_of_an_entry"),
         QStringLiteral(
             "sha256(prev_hash \\n seq \\n at \\n user_name \\n event \\n record_table \\n record_id \\n "
             "payload), UTF-8, lower-case hex; record_id empty when null")},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    written.manifestSha256 = Sha256::hex(manifestBytes);
    const QByteArray sums =
        QStringLiteral("%1  journal.jsonl\n%2  closures.jsonl\n").arg(journalSha, closuresSha).toUtf8();
    // The data first, then the archive's entry in the journal, then the manifest: a folder with a manifest is
    // an archive the journal knows (a failure before the commit leaves no manifest, so it can be written
    // again).
    const auto writeAll = [&](const QList<std::pair<QString, QByteArray>> &files) -> Status {
        for (const auto &[name, bytes] : files) {
            if (Status s = writeWhole(dir.filePath(name), bytes); !s)
                return s;
            written.files += dir.filePath(name);
        }
        return Status::success();
    };
    if (Status s = writeAll({{QStringLiteral("journal.jsonl"), journal},
                             {QStringLiteral("closures.jsonl"), closures},
                             {QStringLiteral("check_chain.py"), checkScript().toUtf8()}});
        !s)
        return s.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const QString payload = QStringLiteral("archive\tyear=%1\tfirst_seq=%2\tlast_seq=%3\tchain_ends_with=%4\t"
                                           "manifest_sha256=%5")
                                .arg(year)
                                .arg(firstSeq)
                                .arg(lastSeq)
                                .arg(written.lastHash, written.manifestSha256);
    if (Status s = m_session.journal().note(JournalEvent::Archive, payload); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (Status s = writeAll(
            {{QStringLiteral("SHA256SUMS"), sums}, {QStringLiteral("manifest.json"), manifestBytes}});
        !s)
        return s.error();
    return written;
}

} // namespace guichet
