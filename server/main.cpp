// saggar-server: the reference bank server (docs/server.md). Opens or creates its database, seeds the
// demo portfolio with --demo, and serves /api/v1 over HTTP, or HTTPS with --cert and --key.
#include "api_handler_factory.h"
#include "demo_seed.h"
#include "device_auth.h"
#include "http_server.h"
#include "idempotency_expiry.h"
#include "live_hub.h"
#include "sync_schema.h"
#include "telemetry_service.h"
#include "token_service.h"

#include "storage/sqlite_loan_file_store.h"
#include "storage/telemetry_asset_source.h"
#include "storage/workspace.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>

#include <cstdlib>
#include <iostream>

namespace saggar::server {

class ServerApp : public Poco::Util::ServerApplication
{
protected:
    void defineOptions(Poco::Util::OptionSet& options) override
    {
        ServerApplication::defineOptions(options);
        const auto add = [&](const char* name, const char* help, const char* arg) {
            Poco::Util::Option o(name, "", help);
            if (arg)
                o.argument(arg);
            o.callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::takeOption));
            options.addOption(o);
        };
        add("port", "TCP port to listen on (0: any free port, printed on start); default 8443", "N");
        add("db", "the server's database folder; default ~/.local/share/saggar/server", "DIR");
        add("cert", "PEM certificate: serve HTTPS (needs --key)", "FILE");
        add("key", "PEM private key for --cert", "FILE");
        add("device-secret",
            "the secret devices show to get a device token (POST /api/v1/devices/token); without it the "
            "server takes no telemetry",
            "SECRET");
        add("idempotency-days",
            "keep idempotency keys this many days (at least 30, the default); purged at start and daily",
            "N");
        add("demo", "seed an empty database with the demo portfolio and users", nullptr);
        add("help", "show this help", nullptr);
    }

    void takeOption(const std::string& name, const std::string& value) { m_options[name] = value; }

    int main(const std::vector<std::string>&) override
    {
        if (m_options.count("help")) {
            Poco::Util::HelpFormatter help(options());
            help.setCommand(commandName());
            help.setUsage("[--port N] [--db DIR] [--demo] [--cert FILE --key FILE] [--device-secret SECRET]");
            help.format(std::cout);
            return EXIT_OK;
        }
        if (m_options.count("cert") != m_options.count("key")) {
            std::cerr << "--cert and --key go together\n";
            return EXIT_USAGE;
        }
        if (m_options.count("device-secret") && m_options["device-secret"].size() < kMinDeviceSecretLength) {
            std::cerr << "--device-secret must be at least " << kMinDeviceSecretLength << " characters\n";
            return EXIT_USAGE;
        }
        int port = 8443;
        if (m_options.count("port")) {
            try {
                port = std::stoi(m_options["port"]);
            } catch (const std::exception&) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                std::cerr << "--port must be a number from 0 to 65535\n";
                return EXIT_USAGE;
            }
        }
        auto workspace =
            Workspace::open(m_options.count("db") ? m_options["db"] : defaultServerDirectory(), true);
        if (!workspace) {
            std::cerr << workspace.error().message << '\n';
            return EXIT_CANTCREAT;
        }
        if (m_options.count("demo")) {
            if (auto seeded = seedDemoIfEmpty(workspace.value()->db()); !seeded) {
                std::cerr << seeded.error().message << '\n';
                return EXIT_SOFTWARE;
            }
        }
        if (auto sync = ensureSyncSchema(workspace.value()->db(), SystemClock().nowMs()); !sync) {
            std::cerr << sync.error().message << '\n';
            return EXIT_SOFTWARE;
        }
        auto secret = serverSecret(workspace.value()->directory());
        if (!secret) {
            std::cerr << secret.error().message << '\n';
            return EXIT_CANTCREAT;
        }
        SqliteLoanFileStore store(workspace.value()->db());
        const TokenService tokens(secret.value());
        const SystemClock clock;
        ApiContext context{store, tokens, clock, workspace.value()->db(), {}};
        context.blobDir = workspace.value()->attachmentsDirectory();
        // Telemetry lives in telemetry.db beside saggar.db; the devices are read from saggar.db.
        auto telemetry = TelemetryService::open(workspace.value()->directory(), [&context] {
            std::lock_guard lock(context.storeMutex);
            return loadTelemetryAssets(context.db);
        });
        if (!telemetry) {
            std::cerr << telemetry.error().message << '\n';
            return EXIT_CANTCREAT;
        }
        context.telemetry = telemetry.value().get();
        int keepDays = kMinIdempotencyKeepDays;
        if (m_options.count("idempotency-days")) {
            try {
                keepDays = std::stoi(m_options["idempotency-days"]);
            } catch (const std::exception&) {
                keepDays = 0;
            }
            if (keepDays < kMinIdempotencyKeepDays) {
                std::cerr << "--idempotency-days must be a number of at least " << kMinIdempotencyKeepDays
                          << '\n';
                return EXIT_USAGE;
            }
        }
        IdempotencyExpiry expiry(context.db, context.storeMutex, clock, keepDays); // at start, then daily
        expiry.start();
        LiveHub live; // the workstations' live telemetry (WebSocket), fed by ingest
        telemetry.value()->setLiveHub(&live);
        context.live = &live;
        context.deviceSecret = m_options.count("device-secret") ? m_options["device-secret"] : std::string();

        std::unique_ptr<Poco::Net::ServerSocket> socket;
        try {
            if (m_options.count("cert")) {
                Poco::Net::Context::Ptr tls =
                    new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, m_options["key"],
                                           m_options["cert"], "", Poco::Net::Context::VERIFY_NONE);
                socket =
                    std::make_unique<Poco::Net::SecureServerSocket>(static_cast<Poco::UInt16>(port), 64, tls);
            } else {
                socket = std::make_unique<Poco::Net::ServerSocket>(static_cast<Poco::UInt16>(port));
            }
        } catch (const Poco::Exception& e) {
            std::cerr << "cannot listen on port " << port << ": " << e.displayText() << '\n';
            return EXIT_IOERR;
        }
        ApiHttpServer server(context, *socket);
        server.start();
        std::cout << "saggar-server listening on port " << socket->address().port()
                  << (m_options.count("cert") ? " (https)" : " (http)") << std::endl;
        waitForTerminationRequest();
        server.stop();
        return EXIT_OK;
    }

private:
    std::map<std::string, std::string> m_options;
};

} // namespace saggar::server

POCO_SERVER_MAIN(saggar::server::ServerApp)
