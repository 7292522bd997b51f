// An API answer before it is written to the wire: status, JSON body and extra headers, and the error
// body every 4xx/5xx uses (docs/sync-api.md, "Errors").
#pragma once

#include "core/result.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <utility>
#include <variant>
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

// The request body as a JSON object, or the 400 malformed_json answer.
std::variant<Poco::JSON::Object::Ptr, ApiResponse> parseJsonObject(const std::string& body);

// 500 internal: "the server's database refused the write: <message>".
ApiResponse writeRefusedByDatabase(const std::string& message);

// Core's workflow rules refusing a write of `path`, as the wire says it: Forbidden → 403
// forbidden_field, Conflict → 409 workflow_refused, InvalidInput → 422 validation, NotFound → 404
// not_found; anything else is the database's 500.
ApiResponse refusedByRules(const Error& e, const std::string& path);

} // namespace saggar::server
