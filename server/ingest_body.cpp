#include "ingest_body.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace saggar::server {

namespace {

constexpr int kMaxDepth = 64; // nesting inside values nobody asked for

struct Number
{
    double value = 0.0;
    std::optional<std::int64_t> whole; // when written without fraction or exponent and fitting 64 bits
};

class Reader
{
public:
    explicit Reader(std::string_view text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool failed() const { return m_failed; }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    // The next significant character (0 at the end), not consumed.
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return fail();
        ++m_p;
        return true;
    }
    bool fail()
    {
        m_failed = true;
        m_p = m_end;
        return false;
    }

    bool string(std::string& out)
    {
        out.clear();
        if (!take('"'))
            return false;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail();
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_p == m_end)
                return fail();
            switch (const char e = *m_p++) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto unit = hex4();
                if (!unit)
                    return false;
                std::uint32_t code = *unit;
                if (code >= 0xD800 && code <= 0xDBFF) { // a surrogate pair
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return fail();
                    m_p += 2;
                    const auto low = hex4();
                    if (!low || *low < 0xDC00 || *low > 0xDFFF)
                        return fail();
                    code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return fail();
                }
                appendUtf8(out, code);
                break;
            }
            default:
                return fail();
            }
        }
        return fail();
    }

    // A JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number(Number& out)
    {
        skipSpace();
        const char* start = m_p;
        bool integral = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return fail();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            integral = false;
            if (!digits())
                return fail();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            integral = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail();
        }
        out.whole.reset();
        if (integral) {
            std::int64_t v = 0;
            const auto [end, ec] = std::from_chars(start, m_p, v);
            if (ec == std::errc() && end == m_p)
                out.whole = v;
        }
        const auto [end, ec] = std::from_chars(start, m_p, out.value);
        if (ec == std::errc::result_out_of_range)
            out.value = (*start == '-' ? -1.0 : 1.0) * HUGE_VAL;
        else if (ec != std::errc() || end != m_p)
            return fail();
        return true;
    }

    // Any JSON value, checked and dropped.
    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return fail();
        switch (peek()) {
        case '"': {
            std::string ignored;
            return string(ignored);
        }
        case '{':
            ++m_p;
            if (peek() == '}')
                return take('}');
            do {
                std::string ignored;
                if (!string(ignored) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (peek() == ',' && take(','));
            return take('}');
        case '[':
            ++m_p;
            if (peek() == ']')
                return take(']');
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (peek() == ',' && take(','));
            return take(']');
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default: {
            Number ignored;
            return number(ignored);
        }
        }
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool digits()
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }
    bool word(std::string_view w)
    {
        if (static_cast<std::size_t>(m_end - m_p) < w.size() || std::string_view(m_p, w.size()) != w)
            return fail();
        m_p += w.size();
        return true;
    }
    std::optional<std::uint32_t> hex4()
    {
        if (m_end - m_p < 4) {
            fail();
            return std::nullopt;
        }
        std::uint32_t v = 0;
        const auto [end, ec] = std::from_chars(m_p, m_p + 4, v, 16);
        if (ec != std::errc() || end != m_p + 4) {
            fail();
            return std::nullopt;
        }
        m_p += 4;
        return v;
    }
    static void appendUtf8(std::string& out, std::uint32_t c)
    {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    const char* m_p;
    const char* m_end;
    bool m_failed = false;
};

// Reads the body; type errors are remembered (the first one wins) while the syntax is checked to the end.
class IngestParser
{
public:
    explicit IngestParser(std::string_view body) : m_in(body) {}

    std::variant<IngestRequest, ApiResponse> run()
    {
        if (m_in.peek() != '{') {
            const bool json = m_in.skipValue() && m_in.atEnd();
            return errorResponse(400, "malformed_json",
                                 json ? "the body is not a JSON object" : "the body is not JSON");
        }
        bool haveReadings = false;
        object([&](const std::string& name) {
            if (name == "device") {
                if (m_in.peek() != '"')
                    return typeError("device must be a string", "device");
                return m_in.string(m_request.device);
            }
            if (name == "readings") {
                if (m_in.peek() != '[')
                    return typeError("readings must be an array", "readings");
                haveReadings = true;
                return readings();
            }
            return unknown("unknown member " + name, name);
        });
        if (m_in.failed() || !m_in.atEnd())
            return errorResponse(400, "malformed_json", "the body is not JSON");
        if (m_count > kMaxReadingsPerRequest)
            return errorResponse(
                413, "too_many_readings",
                "at most " + std::to_string(kMaxReadingsPerRequest) + " readings per request", "readings");
        if (m_error)
            return *m_error;
        if (m_request.device.empty())
            return errorResponse(422, "wrong_type", "device must be a device id", "device");
        if (!haveReadings)
            return errorResponse(422, "wrong_type", "readings must be an array", "readings");
        return std::move(m_request);
    }

private:
    // An object whose members `member` reads (it is positioned at the value and must consume it).
    template <typename Member> bool object(Member&& member)
    {
        if (!m_in.take('{'))
            return false;
        if (m_in.peek() == '}')
            return m_in.take('}');
        do {
            if (!m_in.string(m_name) || !m_in.take(':'))
                return false;
            const std::string name = m_name;
            if (!member(name))
                return false;
        } while (m_in.peek() == ',' && m_in.take(','));
        return m_in.take('}');
    }

    bool readings()
    {
        m_in.take('[');
        if (m_in.peek() == ']')
            return m_in.take(']');
        do {
            const std::size_t index = m_count++;
            if (m_in.peek() != '{') {
                typeError(at(index) + " must be an object", "readings");
                continue;
            }
            if (!reading(index))
                return false;
        } while (m_in.peek() == ',' && m_in.take(','));
        return m_in.take(']');
    }

    bool reading(std::size_t index)
    {
        DeviceReading r;
        bool channel = false, time = false, value = false;
        Number n;
        const bool ok = object([&](const std::string& name) {
            if (name == "channel") {
                if (m_in.peek() != '"')
                    return typeError(at(index) + ".channel must be a string", "channel");
                channel = true;
                return m_in.string(r.channel);
            }
            if (name == "t" || name == "v" || name == "seq") {
                const char c = m_in.peek();
                if (c != '-' && (c < '0' || c > '9'))
                    return typeError(at(index) + "." + name + " must be a number", name);
                if (!m_in.number(n))
                    return false;
                if (name == "v") {
                    r.value = n.value;
                    value = true;
                } else if (name == "t") {
                    if (!n.whole)
                        return typeError(at(index) + ".t must be whole epoch milliseconds", "t", false);
                    r.tMs = *n.whole;
                    time = true;
                } else {
                    if (!n.whole || *n.whole < 0)
                        return typeError(at(index) + ".seq must be a whole number, 0 or more", "seq", false);
                    r.seq = *n.whole;
                }
                return true;
            }
            return unknown(at(index) + " has an unknown member " + name, name);
        });
        if (!ok)
            return false;
        if (!channel || !time || !value)
            typeError(at(index) + " needs channel, t and v", !channel ? "channel" : !time ? "t" : "v", false);
        else if (m_request.readings.size() < kMaxReadingsPerRequest && !m_error)
            m_request.readings.push_back(std::move(r));
        return true;
    }

    static std::string at(std::size_t index) { return "readings[" + std::to_string(index) + "]"; }

    // Remembers the first type error and, unless the value was already read, skips it.
    bool typeError(const std::string& message, const std::string& field, bool skip = true)
    {
        if (!m_error)
            m_error = errorResponse(422, "wrong_type", message, field);
        return !skip || m_in.skipValue();
    }
    bool unknown(const std::string& message, const std::string& field)
    {
        if (!m_error)
            m_error = errorResponse(422, "unknown_field", message, field);
        return m_in.skipValue();
    }

    Reader m_in;
    IngestRequest m_request;
    std::optional<ApiResponse> m_error;
    std::size_t m_count = 0;
    std::string m_name;
};

} // namespace

std::variant<IngestRequest, ApiResponse> parseIngestBody(std::string_view body)
{
    return IngestParser(body).run();
}

} // namespace saggar::server
