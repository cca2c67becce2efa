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

// A set instant. With a tick, every reading is 'tick' milliseconds later than the one before, as a real
// clock would be between two readings: tests of code that must read the time once per action use it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override
    {
        const QDateTime now = m_now;
        m_now = m_now.addMSecs(m_tickMs);
        return now;
    }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setTickMs(qint64 ms) { m_tickMs = ms; }

private:
    mutable QDateTime m_now;
    qint64 m_tickMs = 0;
};

// The system's time, unless a story pins it: guichet-cli demo tells its school year from before the rentrée
// up to now, so that its documents, bookings and attendance carry the dates they would have had. A pinned
// story only moves forward and never past the real now.
class StoryClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    // Pins "now" to 'instant' (UTC), at least the instant pinned before and at most the real now.
    void pin(const QDateTime &instant);
    void release() { m_pinned = {}; }
    bool isPinned() const { return m_pinned.isValid(); }

private:
    QDateTime m_pinned;
};

// An instant as stored (ISO-8601 UTC text); invalid for NULL or empty.
QDateTime instantFromIso(const QVariant &value);
// An instant as stored: ISO-8601 UTC with milliseconds (the inverse of instantFromIso).
QString isoFromInstant(const QDateTime &instant);

} // namespace guichet
