// The scaffolding of the real-server sync tests (tests/sync/tst_sync_*.cpp): saggar-server's API on
// loopback over its own seeded demo database, behind the fault proxy (SyncTestServer), and workstations
// on copies of that database, each with its stores, a manual clock and sync engines signed in as its
// user over HTTP (Workstation). No Qt: a test checks what these return.
//
//     QTemporaryDir dir;  SyncTestServer server;  Workstation a{"analyst"}, m{"manager"};
//     server.open(root);                 // seeds the demo data; shape it with server.db() now
//     server.copyTo(a, "a"); …           // the workstations start from its data (first full pull)
//     server.start();                    // sync schema, tokens, HTTP, the proxy
//     auto engine = a.engine(server.proxy().port());  a.drain(*engine);
#pragma once

#include "fault_proxy.h"
#include "server_client.h"

#include "core/clock.h"
#include "core/result.h"
#include "core/workflow.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/workspace.h"
#include "sync/sync_engine.h"
#include "sync/sync_transport.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace saggar::test {

// Where every clock of these tests starts (the server's and each workstation's).
inline constexpr TimestampMs kSyncTestStart = 1795100000000;

// One engine's choices that differ from the workstation's usual ones.
struct EngineChoice
{
    bool batchPush = false;                             // POST /api/v1/patches, several files a request
    std::optional<std::string> password = std::nullopt; // another than the workstation's (a refused sign-in)
};

// A workstation signed in as `login`: its own copy of the server's database, its stores (which queue
// their edits) and its clock, which the tests move by hand.
struct Workstation
{
    // What a test may set before it makes engines.
    std::string login = "analyst";
    std::uint64_t seed = 7; // the engine's backoff jitter
    std::string password;   // empty: the demo password
    // Put between the HTTP transport and the sign-in (a test's own fault injector); empty: nothing.
    std::function<std::unique_ptr<SyncTransport>(std::unique_ptr<SyncTransport>)> wrapTransport;

    // Filled by SyncTestServer::copyTo.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SqliteLoanFileStore> files;    // queueing of new files off, as the store's default
    std::unique_ptr<SqliteWorkflowStore> workflow; // over the workspace's attachments folder
    TimestampMs now = kSyncTestStart;

    Workstation() = default;
    explicit Workstation(std::string signInAs, std::uint64_t engineSeed = 7)
        : login(std::move(signInAs)), seed(engineSeed)
    {}
    Workstation(const Workstation&) = delete;
    Workstation& operator=(const Workstation&) = delete;

    Database& db() { return workspace->db(); }
    // An engine over this workspace talking to 127.0.0.1:port (the proxy's, or the server's itself):
    // backoff 100 ms to 1 s, HTTP timeout 3 s, on this workstation's clock. Aborts if it cannot open.
    std::unique_ptr<SyncEngine> engine(std::uint16_t port, const EngineChoice& choice = {});

    std::int64_t count(const std::string& sql) { return db().queryInt64(sql).value(); }
    std::string text(const std::string& sql) { return db().queryText(sql).value(); }
    std::int64_t pending() { return count("SELECT count(*) FROM sync_outbox"); }
    std::int64_t conflicts() { return count("SELECT count(*) FROM sync_conflicts"); }
    // Passes until the outbox is empty (or `passes` ran), a minute of the clock apart.
    void drain(SyncEngine& e, int passes = 20);
    // drain, then one more pass (and a minute) to hear everything the server has.
    void settle(SyncEngine& e);

    // The file as the workflow store reads it.
    LoanFile file(Id id) { return workflow->context(id).value().file; }
    // A draft's terms changed as `change` says, on its current version, by its analyst.
    Result<void> editTerms(Id id, const std::function<void(DraftTerms&)>& change);
    // A workflow move through core's service, at this workstation's time.
    Result<void> perform(Id id, const Actor& actor, WorkflowRequest request);
};

// Test data. A valid truck numbered n of a series: VIN "LFWADRJF0P1" + (series + n % 100000) with its
// check digit, plate platePrefix + the number's last five digits, tracker trackerPrefix + n, a 2022
// Dongfeng KL bought for 300,000 + n yuan; no file.
Truck seriesTruck(int n, int series, const std::string& platePrefix, const std::string& trackerPrefix);
// An art-porcelain enterprise of Jingdezhen the demo does not hold, its USCC "91<region>MA35XY<serial>"
// with its check character; `serial` ends in the organisation code's check character (A11, B26).
Enterprise newEnterprise(const std::string& region = "360300", const std::string& serial = "A11");
// A kiln-upgrade application of `analyst`'s for `amount`, 36 months at 4.2 % ("梭式窑改造"), made at `now`.
LoanFile kilnUpgradeDraft(Id analyst, Money amount, TimestampMs now);

// On a server's database before it starts (nothing queued): `file` made a draft of `analyst`'s for
// 1,000,000 yuan with no appraiser, manager or appraised values and its documents missing, then taken
// through core's workflow to auto-approved — every document received and every memo section written
// by the analyst, submitted, appraised by `appraiser` at the purchase prices, risk B — and its amount
// set to half its collateral so the loan-to-value is within the limit. The first refused step's error.
Result<void> takeToAutoApproved(Database& db, Id file, const Actor& analyst, const Actor& appraiser,
                                const std::string& attachmentsDir);

// saggar-server's API (TestApiServer) on 127.0.0.1 at a free port, one request per connection (so a
// fault set on the proxy meets the very next request), behind a FaultProxy, on a manual clock. Its
// database is a workspace in <root>/server seeded with the demo data; document files are served.
class SyncTestServer
{
public:
    SyncTestServer();
    ~SyncTestServer();
    SyncTestServer(const SyncTestServer&) = delete;
    SyncTestServer& operator=(const SyncTestServer&) = delete;

    // Creates the server's workspace in <root>/server and seeds the demo data.
    Result<void> open(const std::string& root);
    // A copy of the server's database as it is now (VACUUM INTO) becomes `w`'s workspace <root>/<name>,
    // with its stores; `w` keeps its login and settings. Call before start() for a copy without the
    // server's sync tables.
    Result<void> copyTo(Workstation& w, const std::string& name);
    // The server's sync tables and secret, its token service, the HTTP server and the proxy in front.
    Result<void> start();
    // Stops the proxy and the HTTP server (also on destruction). Idempotent.
    void stop();

    // Before start() the test may use db() freely; after it, only under mutex() (or the helpers below).
    Database& db() { return m_api.db(); }
    Workspace& workspace() { return m_api.workspace(); }
    const Workspace& workspace() const { return m_api.workspace(); }
    SqliteLoanFileStore& store() { return m_api.store(); } // the server's own (queues nothing)
    ManualClock& clock() { return m_clock; }
    server::ApiContext& context() { return m_api.context(); }
    std::mutex& mutex() { return m_api.mutex(); }
    FaultProxy& proxy() { return *m_proxy; }
    std::uint16_t directPort() const { return m_api.port(); } // the HTTP server itself, past the proxy

    // Queries on the server's database under its store mutex (valid after start()).
    std::int64_t count(const std::string& sql);
    std::string text(const std::string& sql);

private:
    std::string m_root;
    ManualClock m_clock{kSyncTestStart};
    TestApiServer m_api;
    std::unique_ptr<FaultProxy> m_proxy;
    bool m_started = false;
};

} // namespace saggar::test
