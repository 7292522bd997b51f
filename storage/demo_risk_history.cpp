#include "demo_risk_history.h"

#include "repository_support.h"
#include "sqlite_risk_store.h"
#include "sqlite_workflow_store.h"

#include "core/demo_random.h"
#include "core/risk_decision_service.h"
#include "core/workflow_support.h"

#include <map>

namespace saggar {
namespace {

using risk::EnterpriseFinancials;
using risk::Route;

constexpr TimestampMs kDayMs = 24LL * 3600 * 1000;

std::optional<Route> recordedRoute(LoanState state)
{
    switch (state) {
    case LoanState::AutoApproved:
        return Route::AutoApprove;
    case LoanState::ManualReview:
        return Route::ManualReview;
    case LoanState::Declined:
        return Route::AutoDecline;
    default:
        return std::nullopt;
    }
}

// The files a manager acts on in the demo: those waiting for a decision or an override.
bool decided(LoanState s)
{
    return recordedRoute(s).has_value();
}

Money scaled(Money m, double factor)
{
    return Money::fromFen(static_cast<std::int64_t>(static_cast<double>(m.fen()) * factor));
}

double unit(demo::Random& rng)
{
    return static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
}

EnterpriseFinancials drawAccounts(demo::Random& rng, Money revenue, TimestampMs nowMs)
{
    EnterpriseFinancials f;
    f.revenue = revenue;
    const double assetTurn = 0.8 + 1.2 * unit(rng);
    f.totalAssets = scaled(revenue, assetTurn);
    const double leverage = rng.percent(3) ? 1.0 + 0.2 * unit(rng) : 0.2 + 0.65 * unit(rng);
    f.totalLiabilities = scaled(f.totalAssets, leverage);
    const double margin = -0.04 + 0.2 * unit(rng);
    f.netProfit = scaled(revenue, margin);
    f.licenceExpiresAtMs =
        rng.percent(3) ? nowMs - rng.between(1, 200) * kDayMs : nowMs + rng.between(60, 2000) * kDayMs;
    f.blacklisted = rng.percent(1);
    if (rng.percent(65)) {
        constexpr int kWeights[] = {72, 14, 8, 4, 2};
        constexpr int kDays[] = {0, 10, 30, 60, 95};
        f.maxDaysPastDue = kDays[rng.weighted(kWeights)];
    }
    return f;
}

CreditMemo demoMemo(const LoanFile& file)
{
    CreditMemo memo;
    memo.section(MemoSection::Borrower) = "Established ceramics maker; accounts on record with the bank.";
    memo.section(MemoSection::Purpose) =
        file.purpose.empty() ? "Equipment and working capital." : file.purpose;
    memo.section(MemoSection::RepaymentSource) = "Operating cash flow from ware sales.";
    memo.section(MemoSection::Collateral) = "Pledged trucks and kilns at their appraised values.";
    memo.section(MemoSection::Risk) = "See the scorecard's reasons on the Decision tab.";
    memo.section(MemoSection::Conditions) = "Trackers online; insurance assigned to the bank.";
    memo.section(MemoSection::Recommendation) = "Decide on the score, the reasons and the policy rules.";
    return memo;
}

} // namespace

Result<DemoRiskStats> addDemoRiskHistory(Database& db, const std::string& attachmentsDir,
                                         const risk::RiskModel& model, std::uint64_t seed, TimestampMs nowMs)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    SqliteWorkflowStore workflowStore(db, attachmentsDir);
    workflowStore.setQueueForSync(false); // the demo's history is the starting point, not edits to send
    SqliteRiskStore riskStore(db);
    WorkflowService workflow(workflowStore, [nowMs] { return nowMs; });
    risk::RiskDecisionService service(workflow, riskStore, model, [nowMs] { return nowMs; });
    auto bands = service.bandsInForce();
    if (!bands)
        return bands.error();

    struct EnterpriseRow
    {
        Id id;
        Money revenue;
    };
    auto enterprises = readMany<EnterpriseRow>(
        db, "SELECT id, annual_revenue_fen FROM enterprises ORDER BY id", 0, [](const Statement& s) {
            return EnterpriseRow{s.columnInt64(0), Money::fromFen(s.columnInt64(1))};
        });
    if (!enterprises)
        return enterprises.error();
    struct FileRow
    {
        Id id;
        Id enterpriseId;
        LoanState state;
    };
    auto files = readMany<FileRow>(
        db, "SELECT id, enterprise_id, state FROM loan_files ORDER BY id", 0, [](const Statement& s) {
            return FileRow{s.columnInt64(0), s.columnInt64(1), enumColumn(s, 2, LoanState::Draft)};
        });
    if (!files)
        return files.error();
    std::map<Id, std::vector<FileRow>> decidedOf;
    for (const FileRow& f : *files)
        if (decided(f.state))
            decidedOf[f.enterpriseId].push_back(f);

    DemoRiskStats stats;
    for (const EnterpriseRow& e : *enterprises) {
        demo::Random rng = demo::Random::stream(seed, 0x7157 + static_cast<std::uint64_t>(e.id));
        EnterpriseFinancials chosen = drawAccounts(rng, e.revenue, nowMs);
        if (auto r = riskStore.setFinancials(e.id, chosen); !r)
            return r.error();
        ++stats.enterprises;
        const auto it = decidedOf.find(e.id);
        if (it == decidedOf.end())
            continue;
        std::vector<risk::ApplicationFacts> facts;
        for (const FileRow& f : it->second) {
            auto fa = service.facts(f.id);
            if (!fa)
                return fa.error();
            facts.push_back(*fa);
        }
        const auto matches = [&](const EnterpriseFinancials& accounts) {
            int n = 0;
            for (std::size_t i = 0; i < facts.size(); ++i) {
                risk::ApplicationFacts fa = facts[i];
                fa.financials = accounts;
                const auto scored = risk::scoreApplication(model, *bands, {}, fa, nowMs);
                const auto want = recordedRoute(it->second[i].state);
                n += scored && (!want || scored->route == *want);
            }
            return n;
        };
        int best = matches(chosen);
        for (int attempt = 1; attempt < 48 && best < static_cast<int>(facts.size()); ++attempt) {
            const EnterpriseFinancials candidate = drawAccounts(rng, e.revenue, nowMs);
            if (const int n = matches(candidate); n > best) {
                best = n;
                chosen = candidate;
            }
        }
        if (auto r = riskStore.setFinancials(e.id, chosen); !r)
            return r.error();

        for (const FileRow& f : it->second) {
            auto scored = service.preview(f.id);
            if (!scored)
                return scored.error();
            auto ctx = workflowStore.context(f.id);
            if (!ctx)
                return ctx.error();
            const Actor analyst{ctx->file.analystId, Role::Analyst, ""};
            if (!ctx->memo) {
                MemoChange memo{f.id, ctx->file.version, demoMemo(ctx->file), {}};
                memo.memo.version = 1;
                memo.memo.authorId = analyst.userId;
                memo.memo.atMs = nowMs;
                memo.audit.push_back(detail::auditEntry(*ctx, analyst, nowMs, AuditKind::Memo, "memo", "",
                                                        "version 1", "demo history"));
                if (auto r = workflowStore.apply(memo); !r)
                    return r.error();
                ++ctx->file.version;
            }
            const auto want = recordedRoute(f.state);
            stats.routedAsRecorded += !want || scored->route == *want;
            if (want && scored->route != *want)
                scored->grade = risk::gradeFor(*want, scored->score, scored->bands);
            WorkflowChange change;
            change.fileId = f.id;
            change.expectedVersion = ctx->file.version;
            change.from = change.to = f.state;
            change.risk = RiskAssessment{scored->grade, risk::rationaleOf(*scored), analyst.userId, nowMs};
            change.score = *scored;
            change.audit.push_back(detail::auditEntry(*ctx, analyst, nowMs, AuditKind::Field, "risk_grade",
                                                      "", std::string(key(scored->grade)),
                                                      change.risk->rationale));
            if (auto r = workflowStore.apply(change); !r)
                return r.error();
            ++stats.scored;
        }
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return stats;
}

} // namespace saggar
