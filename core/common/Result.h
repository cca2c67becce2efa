#pragma once

#include <QMap>
#include <QString>
#include <utility>
#include <variant>

namespace guichet {

// What went wrong, in French, for the user: one sentence saying what happened and what to do,
// and for form input the message for each field (keyed by field name) to show next to it.
struct Error
{
    QString message;
    QMap<QString, QString> fields;

    static Error of(QString message) { return Error{std::move(message), {}}; }
    // Form input refused: "One field needs correcting; nothing was saved." (or "N fields…"), with the
    // message of each field. The one sentence every form refusal starts with.
    static Error inFields(QMap<QString, QString> fields);
    static Error inField(const QString &field, const QString &message)
    {
        return inFields({{field, message}});
    }
};

// A value or an Error. Services return these instead of throwing, so the UI can show the message;
// ignoring one is a compile-time warning (an error under GUICHET_WERROR).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    // By value from a temporary, so that `for (x : service.read().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an action that produces nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// The first failure among reads done together (Results or Statuses), or success.
template <typename... Outcomes> Status firstFailure(const Outcomes &...outcomes)
{
    Status failure;
    ((failure.ok() && !outcomes.ok() ? void(failure = Status(outcomes.error())) : void()), ...);
    return failure;
}

} // namespace guichet
