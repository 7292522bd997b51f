#include "api_response.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace saggar::server {

ApiResponse errorResponse(int status, const std::string& code, const std::string& message,
                          const std::string& field)
{
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object;
    error->set("code", code);
    error->set("message", message);
    if (!field.empty())
        error->set("field", field);
    Poco::JSON::Object root;
    root.set("error", error);
    std::ostringstream out;
    root.stringify(out);
    return ApiResponse{status, out.str(), {}};
}

std::variant<Poco::JSON::Object::Ptr, ApiResponse> parseJsonObject(const std::string& body)
{
    Poco::JSON::Object::Ptr o;
    try {
        o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) { // Poco's exceptions too
        return errorResponse(400, "malformed_json", "the body is not a JSON object");
    }
    if (!o)
        return errorResponse(400, "malformed_json", "the body is not a JSON object");
    return o;
}

ApiResponse writeRefusedByDatabase(const std::string& message)
{
    return errorResponse(500, "internal", "the server's database refused the write: " + message);
}

ApiResponse refusedByRules(const Error& e, const std::string& path)
{
    switch (e.code) {
    case ErrorCode::Forbidden:
        return errorResponse(403, "forbidden_field", e.message, path);
    case ErrorCode::Conflict:
        return errorResponse(409, "workflow_refused", e.message, path);
    case ErrorCode::InvalidInput:
        return errorResponse(422, "validation", e.message, path);
    case ErrorCode::NotFound:
        return errorResponse(404, "not_found", e.message, path);
    default:
        return writeRefusedByDatabase(e.message);
    }
}

} // namespace saggar::server
