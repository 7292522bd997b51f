// A value or an error a person can act on: how every fallible call below the UI reports failure.
#pragma once

#include <cassert>
#include <memory>
#include <string>
#include <utility>
#include <variant>

namespace saggar {

struct Phrase; // core/phrase.h

// What went wrong, in words for the person who has to fix it. `code` lets callers branch without
// parsing the message (see ErrorCode); 0 means "general".
struct Error
{
    std::string message;
    int code = 0;
    // The message as a sentence a screen can say in its own language (refusals; see phrase.h).
    std::shared_ptr<const Phrase> phrase;
};

enum ErrorCode : int {
    General = 0,
    NotFound = 1,
    InvalidInput = 2,
    DatabaseCorrupt = 10,
    DatabaseTooNew = 11,
    DatabaseLocked = 12,
    DatabaseIo = 13,
    DatabaseMissing = 14,
    AuthFailed = 20,
    Conflict = 30,
    Forbidden = 40,
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T& value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// Success carries nothing; failure carries an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(std::string message, int code = ErrorCode::General)
{
    Error e;
    e.message = std::move(message);
    e.code = code;
    return e;
}

} // namespace saggar
