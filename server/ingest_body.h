// The body of POST /api/v1/telemetry/ingest, read by a parser made for it: one pass over the bytes,
// no JSON tree (a general JSON parser spent most of the ingest time building one). It is still a
// strict JSON reader — any syntax error anywhere in the body refuses the whole request — and checks
// the types of every member:
//   {"device":"TRK-…","readings":[{"seq":88001,"channel":"speed","t":1795100000000,"v":62.5},…]}
// seq is optional (a whole number ≥ 0); t is whole epoch milliseconds; v any JSON number.
#pragma once

#include "api_response.h"
#include "telemetry_service.h"

#include <string_view>
#include <variant>
#include <vector>

namespace saggar::server {

inline constexpr std::size_t kMaxReadingsPerRequest = 50'000;

struct IngestRequest
{
    std::string device;
    std::vector<DeviceReading> readings;
};

// The body's readings, or the whole request's refusal, checked in this order: not JSON, or not an
// object → 400 malformed_json; more than kMaxReadingsPerRequest readings → 413 too_many_readings; a
// member of the wrong type, a missing one or an unknown one → 422 wrong_type / unknown_field naming
// the first such member (and the reading's index in the message).
std::variant<IngestRequest, ApiResponse> parseIngestBody(std::string_view body);

} // namespace saggar::server
