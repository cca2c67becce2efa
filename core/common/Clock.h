#pragma once

#include <QDateTime>

namespace guichet {

// "Now" comes from here so that tests and demos can set the instant (deadlines, school years, New
// Year's Eve). Instants only: the commune's calendar day of an instant is CommuneTime's business.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // ISO-8601 UTC with milliseconds, the format stored in the database.
    QString nowIso() const;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// An instant as stored (ISO-8601 UTC text); invalid for NULL or empty.
QDateTime instantFromIso(const QVariant &value);

} // namespace guichet
