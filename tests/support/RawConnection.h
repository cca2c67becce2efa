#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace guichet::test {

// A plain SQLite connection of its own, outside Database (no lock, no migration, no capture triggers):
// to leave a file as another program, an older version or a hand-made edit would, and to look at what
// a separate process wrote.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, bool readOnly = false);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement; false, with a warning naming it, when SQLite refuses it.
    bool exec(const QString &sql);
    int rowsAffected() const { return m_rowsAffected; }
    // The first column of the first row; null when there is none or the query failed.
    QVariant value(const QString &sql);
    QStringList rows(const QString &sql);

private:
    QString m_name;
    bool m_open = false;
    int m_rowsAffected = -1;
};

// Each row of a query as "a|b|c" (tests compare whole rows at once).
QStringList rowsOf(const QSqlDatabase &db, const QString &sql);

} // namespace guichet::test
