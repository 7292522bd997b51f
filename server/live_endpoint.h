// GET /api/v1/telemetry/live: the workstations' live telemetry over a WebSocket (docs/server.md,
// "Live telemetry"). The upgrade needs a person's token (Authorization: Bearer); the client sends
// {"subscribe":["truck:12","kiln:3",…]} (each message replaces the set) and gets
// {"subscribed":[…],"refused":[…]} — an asset the person may not read is refused — then
// {"readings":[["truck:12","speed",<t ms>,<value>],…]} as devices' readings are stored.
#pragma once

#include "api_handler_factory.h"
#include "request_auth.h"
#include "telemetry_endpoints.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

namespace saggar::server {

bool isLiveTelemetryRequest(const Poco::Net::HTTPServerRequest& request);
Poco::Net::HTTPRequestHandler* makeLiveTelemetryHandler(ApiContext& context);

// What a person may read of telemetry: assets pledged on the files they may read; a manager every asset.
AssetReadCheck assetReadCheck(ApiContext& context, const Caller& caller);

} // namespace saggar::server
