// saggar-sim live --server against a real saggar-server (in process, on a loopback port, over a demo
// database): the simulated devices sign in with the shared device secret and their readings land in
// the server's telemetry.db; a wrong secret stores nothing; bad options are refused; and the sender
// keeps readings the server could not take and delivers them once it answers.
#include "server_sink.h"
#include "sim_commands.h"
#include "sim_setup.h"

#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/telemetry_service.h"

#include "storage/sqlite_loan_file_store.h"
#include "storage/telemetry_asset_source.h"
#include "storage/workspace.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>

#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace saggar;
using namespace saggar::server;

namespace {

constexpr const char* kSecret = "sim-test-secret";

// A saggar-server in this process: a demo database in `dir`, listening on 127.0.0.1:`port` (0: any).
struct TestServer
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SqliteLoanFileStore> store;
    std::unique_ptr<TokenService> tokens;
    SystemClock clock;
    std::unique_ptr<ApiContext> context;
    std::unique_ptr<TelemetryService> telemetry;
    std::unique_ptr<Poco::Net::ServerSocket> socket;
    std::unique_ptr<Poco::Net::HTTPServer> http;

    bool start(const std::string& dir, unsigned short port)
    {
        auto ws = Workspace::open(dir, true);
        if (!ws || !seedDemoIfEmpty(ws.value()->db()))
            return false;
        workspace = std::move(ws).value();
        auto secret = serverSecret(dir);
        if (!secret)
            return false;
        tokens = std::make_unique<TokenService>(secret.value());
        store = std::make_unique<SqliteLoanFileStore>(workspace->db());
        context.reset(new ApiContext{*store, *tokens, clock, workspace->db(), {}});
        auto t = TelemetryService::open(dir, [this] {
            std::lock_guard lock(context->storeMutex);
            return loadTelemetryAssets(context->db);
        });
        if (!t)
            return false;
        telemetry = std::move(t).value();
        context->telemetry = telemetry.get();
        context->deviceSecret = kSecret;
        socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", port));
        http = std::make_unique<Poco::Net::HTTPServer>(new ApiHandlerFactory(*context), *socket,
                                                       new Poco::Net::HTTPServerParams);
        http->start();
        return true;
    }

    ~TestServer()
    {
        if (http)
            http->stopAll(true);
    }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(socket->address().port()); }

    std::int64_t stored(const std::string& where = "1")
    {
        auto db = Database::open(workspace->directory() + "/telemetry.db", OpenMode::ExistingReadOnly);
        return db ? db.value().queryInt64("SELECT count(*) FROM samples_view WHERE " + where).value() : -1;
    }
};

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run runSim(const std::vector<std::string>& words)
{
    std::vector<const char*> argv{"saggar-sim"};
    for (const auto& w : words)
        argv.push_back(w.c_str());
    std::ostringstream out, err;
    const auto args =
        ctl::parseArguments(static_cast<int>(argv.size()), argv.data(), simtool::valuedOptions());
    const int code = simtool::run(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace

class TestSaggarSimServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    std::string dir() const { return m_dir.path().toStdString() + "/server"; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(dir(), 0));
    }

    void liveRunPostsToTheServer()
    {
        const Run r = runSim({"live", "--workspace", dir(), "--server", m_server.url(), "--device-secret",
                              kSecret, "--assets", "trucks:3", "--interval-ms", "500", "--duration", "2"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("posted") != std::string::npos, r.out.c_str());
        const std::int64_t stored = m_server.stored();
        QVERIFY(stored > 0);
        QCOMPARE(m_server.stored("asset_kind = " + std::to_string(static_cast<int>(AssetKind::Truck)) +
                                 " AND asset_id BETWEEN 1 AND 3"),
                 stored); // the chosen trucks only
        // What the simulator reports is what the server holds.
        QVERIFY2(r.out.find(" " + simtool::withThousands(stored) + " stored") != std::string::npos,
                 r.out.c_str());
        QVERIFY(r.out.find("rejected: none") != std::string::npos);
    }

    void wrongSecretStoresNothing()
    {
        const std::int64_t before = m_server.stored();
        const Run r =
            runSim({"live", "--workspace", dir(), "--server", m_server.url(), "--device-secret",
                    "not-the-secret", "--assets", "trucks:2", "--interval-ms", "500", "--duration", "1"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("gets no token") != std::string::npos, r.err.c_str());
        QCOMPARE(m_server.stored(), before);
    }

    void badOptionsAreRefused()
    {
        QCOMPARE(runSim({"live", "--workspace", dir(), "--server", m_server.url(), "--duration", "1"}).code,
                 2);
        QCOMPARE(
            runSim({"live", "--workspace", dir(), "--server", "ftp://x", "--device-secret", kSecret}).code,
            2);
        QCOMPARE(runSim({"live", "--workspace", dir(), "--server", "http://127.0.0.1:1/api",
                         "--device-secret", kSecret})
                     .code,
                 2);
    }

    void readingsWaitForTheServer()
    {
        // A port nobody listens on yet.
        unsigned short port = 0;
        {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
            port = probe.address().port();
        }
        std::string problem;
        auto sink = simtool::ServerSink::create("http://127.0.0.1:" + std::to_string(port), kSecret, problem);
        QVERIFY(sink);
        const std::string device =
            m_server.workspace->db().queryText("SELECT tracker_id FROM trucks WHERE id = 1").value();
        std::vector<Sample> samples;
        constexpr TimestampMs base = 1780000000000;
        for (int i = 0; i < 7000; ++i)
            samples.push_back(
                Sample{{AssetKind::Truck, 1, ChannelId::Speed}, base + i * 1000LL, 40.0 + i % 7, i + 1});
        sink->enqueue(device, samples);
        QTRY_VERIFY_WITH_TIMEOUT(sink->stats().retries >= 1, 10000);
        QCOMPARE(sink->stats().waiting, std::int64_t(7000));

        QTemporaryDir other;
        TestServer late;
        QVERIFY(late.start(other.path().toStdString() + "/server", port));
        QVERIFY(sink->drain(std::chrono::seconds(60)));
        const simtool::SinkStats s = sink->stats();
        QCOMPARE(s.accepted, std::int64_t(7000));
        QCOMPARE(s.requests, std::int64_t(2)); // 5,000 and 2,000
        QCOMPARE(s.waiting, std::int64_t(0));
        QCOMPARE(late.stored(), std::int64_t(7000));
        sink.reset();
    }
};

QTEST_GUILESS_MAIN(TestSaggarSimServer)
#include "tst_saggar_sim_server.moc"
