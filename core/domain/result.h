#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace capacita {

// Why an operation failed. The CLI maps these to exit codes, the UI to message boxes.
enum class ErrorCode {
    BadInput, // a value that is not allowed (malformed, out of range, unknown code or id)
    NotFound, // an id that does not name a live record
    Refused,  // the file is not ours, is from a newer version, or may not be touched
    Io,       // the disk or the database engine failed
};

struct Error
{
    ErrorCode code = ErrorCode::BadInput;
    QString field;   // the field or place the message is about; may be empty
    QString message; // translated, complete sentence for a person

    static Error badInput(QString field, QString message)
    {
        return {ErrorCode::BadInput, std::move(field), std::move(message)};
    }
    static Error notFound(QString field, QString message)
    {
        return {ErrorCode::NotFound, std::move(field), std::move(message)};
    }
    static Error refused(QString message) { return {ErrorCode::Refused, {}, std::move(message)}; }
    static Error io(QString message) { return {ErrorCode::Io, {}, std::move(message)}; }

    // "field: message", or just the message when no field applies.
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// Holds a value or the Error that prevented it. Expected failures travel as values.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace capacita

// Propagate a failed Result from the current function.
#define CAPACITA_TRY(expr)                                                                         \
    do {                                                                                           \
        if (auto capacitaTryResult_ = (expr); !capacitaTryResult_.ok())                            \
            return capacitaTryResult_.error();                                                     \
    } while (false)
