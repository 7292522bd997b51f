#include "api_response.h"

#include <Poco/JSON/Object.h>

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

} // namespace saggar::server
