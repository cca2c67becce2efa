#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace guichet {

class Session;

// The yearly archive of the cash office (conservation and archiving): the year's journal entries and
// closures in open formats, checkable without this program.
//
//   FOLDER/journal.jsonl   one JSON object per line and entry, in chain order: seq, at, user_name, event,
//                          record_table, record_id (null when none), payload, prev_hash, hash
//   FOLDER/closures.jsonl  one JSON object per line and closure of the year (every column of the closure)
//   FOLDER/manifest.json   the counter, the year, the first and last entries, the hash the year's chain
//   starts
//                          from and ends with, and the SHA-256 of the two files
//   FOLDER/SHA256SUMS      the same hashes, for `sha256sum -c SHA256SUMS`
//   FOLDER/check_chain.py  the chain recomputed with Python's standard library (README, "Archives")
//
// Writing it is a régisseur's act, recorded in the journal (event "archive", the manifest's SHA-256).
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveService)

public:
    struct Written
    {
        QStringList files;
        qint64 entries = 0;
        qint64 closures = 0;
        QString lastHash;
        QString manifestSha256;
    };

    explicit ArchiveService(Session &session) : m_session(session) {}

    // The year must be over (in the commune's time); the folder is created, and must not hold an archive.
    Result<Written> write(int year, const QString &folder);

    // The script written beside the files (and shown in the README).
    static QString checkScript();

private:
    Session &m_session;
};

} // namespace guichet
