// An API answer before it is written to the wire: status, JSON body and extra headers, and the error
// body every 4xx/5xx uses (docs/sync-api.md, "Errors").
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace saggar::server {

struct ApiResponse
{
    int status = 200;
    std::string body; // JSON
    std::vector<std::pair<std::string, std::string>> headers;
};

// {"error":{"code":…,"message":…[,"field":…]}} with `status`.
ApiResponse errorResponse(int status, const std::string& code, const std::string& message,
                          const std::string& field = {});

} // namespace saggar::server
