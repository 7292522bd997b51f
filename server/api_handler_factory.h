// Routes /api/v1 requests to the resource functions and writes their answers; refuses an oversized
// body (413) before reading it and an unknown path with the JSON error body. One handler per request.
#pragma once

#include "token_service.h"

#include "core/clock.h"
#include "core/loan_file_store.h"
#include "storage/database.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <mutex>
#include <string>

namespace saggar::server {

class LiveHub;

inline constexpr std::streamsize kMaxJsonBodyBytes = 1 << 20;

class TelemetryService;

// What the handlers share. `users` and `db` are guarded by `storeMutex` (one SQLite connection, on
// which ensureSyncSchema() has run).
struct ApiContext
{
    UserDirectory& users;
    const TokenService& tokens;
    const Clock& clock;
    Database& db;
    std::mutex storeMutex;
    // Telemetry (docs/server.md): nullptr serves none; devices get tokens only with a deviceSecret.
    TelemetryService* telemetry = nullptr;
    LiveHub* live = nullptr; // the live telemetry stream; nullptr streams none
    std::string deviceSecret{};
    std::string blobDir{}; // document files by SHA-256 (the workspace's attachments); empty keeps none
};

class ApiHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit ApiHandlerFactory(ApiContext& context) : m_context(context) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    ApiContext& m_context;
};

} // namespace saggar::server
