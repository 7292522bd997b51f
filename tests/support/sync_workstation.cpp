#include "sync_workstation.h"

#include "core/validation.h"
#include "core/workflow_service.h"
#include "server/demo_seed.h"
#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace saggar::test {

std::unique_ptr<SyncEngine> Workstation::engine(std::uint16_t port, const EngineChoice& choice)
{
    SyncEngineOptions o;
    o.batchPush = choice.batchPush;
    o.databasePath = workspace->databasePath();
    o.seed = seed;
    o.backoffBaseMs = 100;
    o.backoffCapMs = 1000;
    o.clock = [this] { return now; };
    HttpTransportOptions http;
    http.port = port;
    http.timeoutMs = 3000;
    std::unique_ptr<SyncTransport> inner = std::make_unique<HttpTransport>(http);
    if (wrapTransport)
        inner = wrapTransport(std::move(inner));
    const std::string secret = choice.password
                                   ? *choice.password
                                   : (password.empty() ? std::string(server::kDemoPassword) : password);
    auto transport = std::make_unique<SignedInTransport>(std::move(inner), login, secret);
    auto e = std::make_unique<SyncEngine>(o, std::move(transport), nullptr);
    if (!e->open()) {
        std::fprintf(stderr, "the engine did not open\n");
        std::abort();
    }
    return e;
}

void Workstation::drain(SyncEngine& e, int passes)
{
    for (int i = 0; i < passes && pending() > 0; ++i) {
        e.runOnce();
        now += 60'000;
    }
}

void Workstation::settle(SyncEngine& e)
{
    drain(e);
    e.runOnce();
    now += 60'000;
}

Result<void> Workstation::editTerms(Id id, const std::function<void(DraftTerms&)>& change)
{
    const LoanFile f = file(id);
    DraftTerms t{f.amount, f.termMonths, f.annualRatePct, f.purpose};
    change(t);
    return files->editDraftTerms(id, f.version, t, f.analystId);
}

Result<void> Workstation::perform(Id id, const Actor& actor, WorkflowRequest request)
{
    WorkflowService service(*workflow, [this] { return now; });
    return service.perform(actor, id, request);
}

Truck seriesTruck(int n, int series, const std::string& platePrefix, const std::string& trackerPrefix)
{
    Truck t;
    const std::string digits = std::to_string(series + n % 100000);
    t.vin = "LFWADRJF0P1" + digits;
    t.vin[8] = *vinCheckDigit(t.vin);
    t.plate = platePrefix + digits.substr(1);
    t.brand = "Dongfeng";
    t.model = "KL";
    t.year = 2022;
    t.purchasePrice = Money::fromYuan(300000 + n);
    t.trackerId = trackerPrefix + std::to_string(n);
    return t;
}

Enterprise newEnterprise(const std::string& region, const std::string& serial)
{
    Enterprise e;
    e.nameZh = "景德镇东窑陶瓷有限公司";
    e.nameEn = "Jingdezhen East Kiln Ceramics";
    e.uscc = "91" + region + "MA35XY" + serial;
    e.uscc += *usccCheckCharacter(e.uscc);
    e.cluster = Cluster::Jingdezhen;
    e.segment = Segment::ArtPorcelain;
    e.legalRepresentative = "周强";
    e.annualRevenue = Money::fromYuan(36'000'000);
    e.staff = 64;
    return e;
}

LoanFile kilnUpgradeDraft(Id analyst, Money amount, TimestampMs now)
{
    LoanFile f;
    f.product = Product::KilnUpgrade;
    f.amount = amount;
    f.termMonths = 36;
    f.annualRatePct = 4.2;
    f.purpose = "梭式窑改造";
    f.analystId = analyst;
    f.createdAtMs = now;
    return f;
}

Result<void> takeToAutoApproved(Database& db, Id file, const Actor& analyst, const Actor& appraiser,
                                const std::string& attachmentsDir)
{
    const std::string id = std::to_string(file);
    if (auto r =
            db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + std::to_string(analyst.userId) +
                    ", appraiser_id = NULL, manager_id = NULL, amount_fen = 100000000 WHERE id = " + id);
        !r)
        return r;
    for (const char* table : {"trucks", "kilns"})
        if (auto r = db.exec(std::string("UPDATE ") + table +
                             " SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " + id);
            !r)
            return r;
    if (auto r = db.exec("UPDATE documents SET status = 'missing' WHERE loan_file_id = " + id); !r)
        return r;
    const auto moveOf = [](WorkflowAction action) {
        WorkflowRequest r;
        r.action = action;
        return r;
    };
    WorkflowRequest riskB = moveOf(WorkflowAction::AssessRisk);
    riskB.grade = RiskGrade::B;
    riskB.rationale = "Low leverage, steady export orders";
    SqliteWorkflowStore store(db, attachmentsDir);
    store.setQueueForSync(false);
    WorkflowService service(store, [] { return kSyncTestStart; });
    auto before = service.context(file);
    if (!before)
        return before.error();
    for (const Document& d : before.value().documents)
        if (auto r = service.updateDocument(analyst, file,
                                            DocumentRequest{d.id, DocumentStatus::Received, "", ""});
            !r)
            return r;
    CreditMemo memo;
    for (MemoSection s : allValues<MemoSection>())
        memo.section(s) = "Steady export orders / " + std::string(key(s));
    memo.authorId = analyst.userId;
    if (auto r = service.saveMemo(analyst, file, memo); !r)
        return r;
    if (auto r = service.perform(analyst, file, moveOf(WorkflowAction::Submit)); !r)
        return r;
    if (auto r = service.perform(appraiser, file, moveOf(WorkflowAction::StartAppraisal)); !r)
        return r;
    auto ctx = service.context(file);
    if (!ctx)
        return ctx.error();
    for (const Truck& t : ctx.value().trucks)
        if (auto r = service.enterValuation(appraiser, file, ValuationRequest{true, t.id, t.purchasePrice});
            !r)
            return r;
    for (const Kiln& k : ctx.value().kilns)
        if (auto r = service.enterValuation(appraiser, file, ValuationRequest{false, k.id, k.purchaseCost});
            !r)
            return r;
    if (auto r = service.perform(appraiser, file, moveOf(WorkflowAction::CompleteAppraisal)); !r)
        return r;
    if (auto r = service.perform(analyst, file, riskB); !r)
        return r;
    auto after = service.context(file);
    if (!after)
        return after.error();
    if (after.value().file.state != LoanState::AutoApproved)
        return makeError("file " + id + " is " + std::string(key(after.value().file.state)) +
                         ", not auto-approved");
    // Half the appraised collateral, so the loan-to-value is within the limit.
    return db.exec("UPDATE loan_files SET amount_fen = (SELECT (coalesce(sum(purchase_price_fen), 0) + "
                   "(SELECT coalesce(sum(purchase_cost_fen), 0) FROM kilns WHERE loan_file_id = " +
                   id + ")) / 200 * 100 FROM trucks WHERE loan_file_id = " + id + ") WHERE id = " + id);
}

SyncTestServer::SyncTestServer() = default;

SyncTestServer::~SyncTestServer()
{
    stop();
}

Result<void> SyncTestServer::open(const std::string& root)
{
    m_root = root;
    return m_api.open(root);
}

Result<void> SyncTestServer::copyTo(Workstation& w, const std::string& name)
{
    namespace fs = std::filesystem;
    const fs::path copy = fs::path(m_root) / (name + ".db");
    const fs::path dir = fs::path(m_root) / name;
    {
        std::unique_lock<std::mutex> lock;
        if (m_started)
            lock = std::unique_lock(mutex());
        if (auto r = db().exec("VACUUM INTO '" + copy.string() + "'"); !r)
            return r;
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!ec)
        fs::rename(copy, dir / Workspace::kDatabaseFileName, ec);
    if (ec)
        return makeError("could not place the copy in " + dir.string() + ": " + ec.message(),
                         ErrorCode::DatabaseIo);
    auto opened = Workspace::open(dir.string(), false);
    if (!opened)
        return opened.error();
    w.workspace = std::move(opened).value();
    w.files = std::make_unique<SqliteLoanFileStore>(w.db());
    w.workflow = std::make_unique<SqliteWorkflowStore>(w.db(), w.workspace->attachmentsDirectory());
    return {};
}

Result<void> SyncTestServer::start()
{
    if (auto r = m_api.start(m_clock, TestApiServer::StartOptions{.keepAlive = false}); !r)
        return r;
    m_started = true;
    m_proxy = std::make_unique<FaultProxy>("127.0.0.1", m_api.port());
    return {};
}

void SyncTestServer::stop()
{
    m_proxy.reset();
    m_api.stop();
}

std::int64_t SyncTestServer::count(const std::string& sql)
{
    std::lock_guard lock(mutex());
    return db().queryInt64(sql).value();
}

std::string SyncTestServer::text(const std::string& sql)
{
    std::lock_guard lock(mutex());
    return db().queryText(sql).value();
}

} // namespace saggar::test
