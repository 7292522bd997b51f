// How the sync engine talks to the server: one HTTP exchange at a time. An Error means no usable
// answer arrived (refused connection, reset, timeout, truncated body); any HTTP status is a reply.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace saggar {

struct SyncRequest
{
    std::string method; // GET, PATCH, …
    std::string path;   // /api/v1/files/17
    std::string body;   // JSON, empty for GET
    std::string idempotencyKey;
    std::optional<std::int64_t> ifMatch;
    std::string bearerToken; // sent as Authorization: Bearer; empty: the transport's own, if any
};

struct SyncReply
{
    int status = 0;
    std::string body;
    std::string retryAfter; // the header as sent, empty when absent
};

class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual Result<SyncReply> exchange(const SyncRequest& request) = 0;
};

} // namespace saggar
