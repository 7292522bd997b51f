#include "write_preconditions.h"

#include "idempotency.h"

#include <charconv>

namespace saggar::server {

std::optional<std::int64_t> quotedVersion(const std::string& header)
{
    if (header.size() < 3 || header.front() != '"' || header.back() != '"')
        return std::nullopt;
    std::int64_t v = 0;
    const char* first = header.data() + 1;
    const char* last = header.data() + header.size() - 1;
    const auto [end, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || end != last || v < 1)
        return std::nullopt;
    return v;
}

std::variant<std::int64_t, ApiResponse> writeBaseVersion(const std::optional<std::string>& ifMatch,
                                                         const std::optional<std::string>& idempotency,
                                                         const std::string& what,
                                                         const std::string& versionName)
{
    if (!ifMatch)
        return errorResponse(428, "precondition_required", what + " needs If-Match: \"" + versionName + "\"",
                             "If-Match");
    const auto base = quotedVersion(*ifMatch);
    if (!base)
        return errorResponse(400, "bad_header", "If-Match must be a quoted version such as \"7\"",
                             "If-Match");
    if (!idempotency)
        return errorResponse(428, "precondition_required", what + " needs an Idempotency-Key",
                             "Idempotency-Key");
    if (!isIdempotencyKey(*idempotency))
        return errorResponse(400, "bad_header", "Idempotency-Key must be a UUID", "Idempotency-Key");
    return *base;
}

} // namespace saggar::server
