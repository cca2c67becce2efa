#pragma once

#include <QDate>
#include <QDateTime>

namespace guichet {

// "Now" comes from here so that tests and demos can set the day (deadlines, school years).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The counter's calendar day (local time of the town hall).
    QDate today() const { return nowUtc().toLocalTime().date(); }
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

} // namespace guichet
