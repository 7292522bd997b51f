#include "http_server.h"

#include "api_handler_factory.h"

#include <Poco/Timespan.h>

namespace saggar::server {

namespace {

Poco::Net::HTTPServerParams::Ptr paramsFor(const HttpServerTuning& tuning)
{
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(tuning.maxConnections);
    params->setMaxQueued(tuning.maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(tuning.keepAliveSeconds, 0));
    params->setMaxKeepAliveRequests(tuning.maxKeepAliveRequests);
    return params;
}

} // namespace

ApiHttpServer::ApiHttpServer(ApiContext& context, const Poco::Net::ServerSocket& socket,
                             const HttpServerTuning& tuning)
    : m_pool("saggar-api", 2, tuning.maxConnections),
      m_server(std::make_unique<Poco::Net::HTTPServer>(new ApiHandlerFactory(context), m_pool, socket,
                                                       paramsFor(tuning)))
{}

ApiHttpServer::~ApiHttpServer()
{
    stop();
}

void ApiHttpServer::start()
{
    m_server->start();
    m_running = true;
}

void ApiHttpServer::stop()
{
    if (!m_running)
        return;
    m_server->stopAll(true);
    m_running = false;
    m_pool.joinAll();
}

} // namespace saggar::server
