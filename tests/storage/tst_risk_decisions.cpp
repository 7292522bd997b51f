// Risk decisions on a real store: a loan file's facts → score → routed by the workflow with the score
// stored (model version, inputs, reasons, policy hits); each policy rule firing and not; missing
// telemetry as its own bin; band preview and audited saves; review claims with a controllable clock;
// the review queue at 5,000 files.
#include "risk_test_accounts.h"
#include "workflow_fixture.h"

#include "core/demo_portfolio.h"
#include "core/risk_decision_service.h"
#include "core/risk_default_model.h"
#include "storage/demo_risk_history.h"
#include "storage/portfolio_writer.h"
#include "storage/sqlite_risk_store.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QElapsedTimer>

using namespace saggar;
using namespace saggar::testdata;
using namespace saggar::risk;

namespace {

constexpr TimestampMs kDayMs = 24LL * 3600 * 1000;

// A fixture file in risk assessment, its truck and kiln appraised at `collateralYuan` in all.
struct Scene
{
    QTemporaryDir dir;
    WorkflowFixture fx{dir, "ws"};
    SqliteRiskStore riskStore{fx.db()};
    TimestampMs now = kBaseMs;
    WorkflowService workflow{fx.store(), [this] { return now; }};
    RiskDecisionService service{workflow, riskStore, defaultApplicationModel().value(),
                                [this] { return now; }};

    explicit Scene(std::int64_t collateralYuan = 6'000'000)
    {
        for (LoanState s : {LoanState::Submitted, LoanState::Appraisal, LoanState::RiskAssessment})
            orFail(fx.store().apply(fx.move(s, kAnalyst)));
        const std::string half = std::to_string(collateralYuan * 50);
        orFail(fx.db().exec("UPDATE trucks SET appraised_value_fen = " + half +
                            "; UPDATE kilns SET appraised_value_fen = " + half + ";"));
    }
    Id enterpriseId() { return fx.context().file.enterpriseId; }
    static void orFail(const Result<void>& r)
    {
        if (!r)
            qFatal("%s", r.error().message.c_str());
    }
};

// What a refused step must leave alone: the file's state and version, its scores, assessments, bands.
std::string footprint(WorkflowFixture& fx)
{
    std::string text;
    for (const char* sql : {"SELECT state || version FROM loan_files ORDER BY id LIMIT 1",
                            "SELECT count(*) FROM risk_scores", "SELECT count(*) FROM risk_assessments",
                            "SELECT count(*) FROM risk_bands", "SELECT count(*) FROM audit_log"}) {
        auto stmt = fx.db().prepare(sql);
        if (auto row = stmt ? stmt->step() : Result<bool>(false); row && *row)
            text += stmt->columnText(0) + ";";
    }
    return text;
}

std::string input(const StoredScore& s, const std::string& name)
{
    for (const auto& [n, v] : s.inputs)
        if (n == name)
            return v;
    return "?";
}

} // namespace

class TestRiskDecisions : public QObject
{
    Q_OBJECT

private slots:
    void shippedModelLoads()
    {
        const auto& model = defaultApplicationModel();
        SAGGAR_VERIFY_OK(model);
        QVERIFY(model->version.starts_with("rm-"));
        QCOMPARE(model->scorecard.attributes().size(), std::size(kApplicationAttributes));
        QVERIFY(model->bands.declineBelow < model->bands.approveFrom);
    }

    void fileIsScoredRoutedAndStored()
    {
        Scene sc;
        SAGGAR_VERIFY_OK(sc.riskStore.setFinancials(sc.enterpriseId(), soundAccounts()));
        const auto scored = sc.service.assess(kAnalyst, sc.fx.fileId);
        SAGGAR_VERIFY_OK(scored);
        QCOMPARE(scored->modelVersion, defaultApplicationModel()->version);
        QCOMPARE(input(*scored, "ltv"), std::string("0.5")); // 3,000,000 over 6,000,000
        QCOMPARE(input(*scored, "leverage"), std::string("0.375"));
        QCOMPARE(input(*scored, "kiln_days"), std::string("missing"));
        QVERIFY(scored->policyHits.empty());

        const WorkflowContext ctx = sc.fx.context();
        QCOMPARE(ctx.file.state, stateFor(scored->route));
        QVERIFY(ctx.risk);
        QCOMPARE(ctx.risk->grade, scored->grade);
        QCOMPARE(decisionForGrade(ctx.risk->grade), ctx.file.state);
        QVERIFY(ctx.risk->rationale.find(scored->modelVersion) != std::string::npos);

        const auto stored = sc.riskStore.latestScore(sc.fx.fileId);
        SAGGAR_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->score, scored->score); // REAL keeps the double exactly
        QCOMPARE((*stored)->inputs, scored->inputs);
        QCOMPARE((*stored)->reasons.size(), scored->reasons.size());
        for (std::size_t i = 0; i < scored->reasons.size(); ++i) {
            QCOMPARE((*stored)->reasons[i].attribute, scored->reasons[i].attribute);
            QCOMPARE((*stored)->reasons[i].words, scored->reasons[i].words);
        }
        // Reproducible: the stored inputs, scored again by the same model, give the same score.
        QCOMPARE(sc.service.preview(sc.fx.fileId)->score, scored->score);
    }

    void withoutAccountsNothingChanges()
    {
        Scene sc;
        const std::string before = footprint(sc.fx);
        const auto scored = sc.service.assess(kAnalyst, sc.fx.fileId);
        QVERIFY(!scored);
        QCOMPARE(scored.error().code, ErrorCode::Conflict);
        QVERIFY(scored.error().message.find("no accounts") != std::string::npos);
        QCOMPARE(footprint(sc.fx), before);
    }

    void policyRule_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("fires");
        for (int rule = 0; rule < 4; ++rule) {
            const std::string name(key(static_cast<PolicyRule>(rule)));
            QTest::newRow((name + " fires").c_str()) << rule << true;
            QTest::newRow((name + " quiet").c_str()) << rule << false;
        }
    }
    void policyRule()
    {
        QFETCH(int, rule);
        QFETCH(bool, fires);
        const auto which = static_cast<PolicyRule>(rule);
        // LTV: 3,000,000 against 3,500,000 (85.7 %) fires, against 6,000,000 (50 %) does not.
        Scene sc(which == PolicyRule::LoanToValueOverLimit && fires ? 3'500'000 : 6'000'000);
        EnterpriseFinancials f = soundAccounts();
        if (fires && which == PolicyRule::LicenceExpired)
            f.licenceExpiresAtMs = kBaseMs - kDayMs;
        if (!fires && which == PolicyRule::LicenceExpired)
            f.licenceExpiresAtMs = kBaseMs + kDayMs;
        if (which == PolicyRule::Blacklisted)
            f.blacklisted = fires;
        if (which == PolicyRule::NegativeEquity)
            f.totalLiabilities = fires ? Money::fromYuan(80'000'001) : Money::fromYuan(80'000'000);
        SAGGAR_VERIFY_OK(sc.riskStore.setFinancials(sc.enterpriseId(), f));
        PolicyConfig policy;
        if (f.blacklisted) {
            auto facts = sc.service.facts(sc.fx.fileId);
            SAGGAR_VERIFY_OK(facts);
            policy.blacklist.insert(facts->enterpriseCode);
        }
        sc.service.setPolicy(policy);
        const auto scored = sc.service.assess(kAnalyst, sc.fx.fileId);
        SAGGAR_VERIFY_OK(scored);
        const bool named = std::any_of(scored->policyHits.begin(), scored->policyHits.end(),
                                       [&](const PolicyHit& h) { return h.rule == which; });
        QCOMPARE(named, fires);
        if (fires && which == PolicyRule::LoanToValueOverLimit) {
            QVERIFY(scored->route != Route::AutoApprove);
        } else if (fires) {
            QCOMPARE(scored->route, Route::AutoDecline);
            QCOMPARE(sc.fx.context().file.state, LoanState::Declined);
            QCOMPARE(scored->grade, RiskGrade::E);
        } else {
            QCOMPARE(scored->route, scored->bandRoute);
        }
        // The hit is stored with the score, named.
        const auto stored = sc.riskStore.latestScore(sc.fx.fileId);
        QCOMPARE((*stored)->policyHits.size(), scored->policyHits.size());
    }

    void missingTelemetryIsItsOwnBin()
    {
        Scene sc;
        SAGGAR_VERIFY_OK(sc.riskStore.setFinancials(sc.enterpriseId(), soundAccounts()));
        const auto without = sc.service.preview(sc.fx.fileId);
        SAGGAR_VERIFY_OK(without);
        QCOMPARE(input(*without, "truck_trend"), std::string("missing"));
        sc.service.setSignalSource([](const WorkflowContext&, TimestampMs) {
            return OperatingSignals{28.0, 15.0};
        });
        const auto busy = sc.service.preview(sc.fx.fileId);
        QCOMPARE(input(*busy, "kiln_days"), std::string("28"));
        QVERIFY(busy->score > without->score); // busy kilns and trucks beat "not known"
        sc.service.setSignalSource([](const WorkflowContext&, TimestampMs) {
            return OperatingSignals{2.0, -60.0};
        });
        QVERIFY(sc.service.preview(sc.fx.fileId)->score < without->score); // idle is worse than unknown
    }

    void bandsPreviewAndAuditedSave()
    {
        Scene sc;
        SAGGAR_VERIFY_OK(sc.riskStore.setFinancials(sc.enterpriseId(), soundAccounts()));
        SAGGAR_VERIFY_OK(sc.service.assess(kAnalyst, sc.fx.fileId));
        const double s = sc.riskStore.latestScore(sc.fx.fileId)->value().score;
        const auto above = sc.service.previewBands(ScoreBands{s - 20, s + 10});
        QCOMPARE(above->reviewed, std::size_t(1));
        QCOMPARE(above->reviewRate(), 1.0);
        QCOMPARE(sc.service.previewBands(ScoreBands{s - 20, s})->approvalRate(), 1.0);
        QVERIFY(!sc.service.previewBands(ScoreBands{s + 10, s - 10}));

        QCOMPARE(sc.service.bandsInForce()->approveFrom, defaultApplicationModel()->bands.approveFrom);
        const std::string before = footprint(sc.fx);
        QCOMPARE(sc.service.saveBands(kAnalyst, ScoreBands{450, 500}, "Tighter after the audit").error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(sc.service.saveBands(kManager, ScoreBands{450, 500}, "short").error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(!sc.service.saveBands(kManager, ScoreBands{500, 450}, "Crossed bands on purpose"));
        QCOMPARE(footprint(sc.fx), before);

        sc.now += 1000;
        SAGGAR_VERIFY_OK(sc.service.saveBands(kManager, ScoreBands{450, 500}, "Fewer reviews this quarter"));
        const auto saved = sc.riskStore.bands();
        QCOMPARE((*saved)->bands.declineBelow, 450.0);
        QCOMPARE((*saved)->setByName, kManager.displayName);
        QCOMPARE((*saved)->atMs, sc.now);
        QCOMPARE((*saved)->files, std::size_t(1));
        QCOMPARE(sc.service.bandsInForce()->approveFrom, 500.0);
        QVERIFY(!sc.fx.db().exec("UPDATE risk_bands SET approve_from = 1"));
        QVERIFY(!sc.fx.db().exec("DELETE FROM risk_scores"));
    }

    void claimAndRelease()
    {
        Scene sc;
        SAGGAR_VERIFY_OK(sc.riskStore.setFinancials(sc.enterpriseId(), soundAccounts()));
        const Id id = sc.fx.fileId;
        QCOMPARE(sc.riskStore.claim(id, kManager.userId, sc.now).error().code,
                 ErrorCode::Conflict); // not in review
        SAGGAR_VERIFY_OK(sc.fx.store().apply(sc.fx.move(LoanState::ManualReview, kAnalyst)));

        SAGGAR_VERIFY_OK(sc.riskStore.claim(id, kManager.userId, sc.now));
        auto queue = sc.riskStore.reviewQueue();
        QCOMPARE(queue->size(), std::size_t(1));
        QCOMPARE(queue->front().claimedBy, kManager.userId);
        QCOMPARE(queue->front().claimedByName, kManager.displayName);

        const auto taken = sc.riskStore.claim(id, kManager2.userId, sc.now + 1000);
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QVERIFY(taken.error().message.find(kManager.displayName) != std::string::npos);
        QCOMPARE(sc.riskStore.release(id, kManager2.userId, sc.now + 1000).error().code, ErrorCode::Conflict);

        // A claim lapses after kClaimLapseMs: then another manager may take the file.
        SAGGAR_VERIFY_OK(sc.riskStore.claim(id, kManager2.userId, sc.now + kClaimLapseMs));
        QCOMPARE(sc.riskStore.reviewQueue()->front().claimedBy, kManager2.userId);
        SAGGAR_VERIFY_OK(sc.riskStore.release(id, kManager2.userId, sc.now + kClaimLapseMs + 1));
        QCOMPARE(sc.riskStore.reviewQueue()->front().claimedBy, Id(0));
    }

    // The demo's files waiting for a decision carry a stored score and a memo, so the demo manager can
    // approve one (the refusal, if any, is about authority or LTV, never a missing assessment).
    void demoFilesCanBeDecided()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath("demo").toStdString(), true);
        SAGGAR_VERIFY_OK(ws);
        DemoOptions options;
        SAGGAR_VERIFY_OK(savePortfolio((*ws)->db(), generateDemoPortfolio(options)));
        const auto stats = addDemoRiskHistory((*ws)->db(), (*ws)->attachmentsDirectory(),
                                              defaultApplicationModel().value(), options.seed, options.nowMs);
        SAGGAR_VERIFY_OK(stats);
        QVERIFY(stats->scored > 0);
        QCOMPARE(stats->enterprises, std::size_t(options.enterprises));
        SqliteRiskStore riskStore((*ws)->db());
        SqliteWorkflowStore workflowStore((*ws)->db(), (*ws)->attachmentsDirectory());
        const auto queue = riskStore.reviewQueue();
        QVERIFY(!queue->empty());
        int approvable = 0;
        for (const ReviewItem& item : *queue) {
            QVERIFY(item.score && item.grade);
            QVERIFY(!item.reasons.empty() || !item.policyHits.empty() || *item.score > 0);
            const auto ctx = workflowStore.context(item.fileId);
            QVERIFY(ctx->risk && ctx->memo);
            const Actor manager{3, Role::Manager, "manager"};
            const auto change = evaluateAction(
                *ctx, manager, WorkflowRequest{WorkflowAction::Approve, "Within appetite after review"},
                options.nowMs);
            approvable += change.ok();
        }
        QVERIFY(approvable > 0);
    }

    void queueOfFiveThousand()
    {
        Scene sc;
        // 5,000 copies of the file in manual review, entering it a minute apart, newest first in id order.
        Scene::orFail(sc.fx.db().exec(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            "INSERT INTO loan_files (file_no, enterprise_id, product, amount_fen, term_months, "
            "annual_rate_pct, "
            "purpose, state, analyst_id, version, created_at_ms, updated_at_ms, search_text) "
            "SELECT 'Q-' || i, enterprise_id, product, amount_fen + i, term_months, annual_rate_pct, "
            "purpose, "
            "'manual_review', analyst_id, 1, created_at_ms, " +
            std::to_string(kBaseMs) +
            " - i * 60000, '' FROM n, loan_files WHERE loan_files.id = " + std::to_string(sc.fx.fileId)));
        QElapsedTimer timer;
        timer.start();
        const auto queue = sc.riskStore.reviewQueue();
        qInfo("review queue of 5,000 files read in %lld ms", static_cast<long long>(timer.elapsed()));
        SAGGAR_VERIFY_OK(queue);
        QCOMPARE(queue->size(), std::size_t(5000));
        QCOMPARE(queue->front().fileNo, std::string("Q-5000")); // waiting longest
        QCOMPARE(queue->back().fileNo, std::string("Q-1"));
        for (std::size_t i = 1; i < queue->size(); ++i)
            QVERIFY((*queue)[i - 1].waitingSinceMs <= (*queue)[i].waitingSinceMs);
    }
};

QTEST_GUILESS_MAIN(TestRiskDecisions)
#include "tst_risk_decisions.moc"
