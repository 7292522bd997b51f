// The LTV chart under the Covenants tab, offscreen on a real workspace store: the series from the stored
// valuations, the covenant's limit line, the breach points, the basis switch changing the values, the
// hover text, and the empty state of a file without valuations.
#include "../storage/storage_test_data.h"
#include "page_fixture.h"
#include "storage/portfolio_writer.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/workspace.h"
#include "ui/covenants_tab.h"
#include "ui/ltv_panel.h"
#include "widgets/ltv_chart.h"

#include "core/valuation_generator.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <qcustomplot.h>

using namespace saggar;
using namespace saggar::testdata;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kMonth = 2'629'800'000;
constexpr TimestampMs kT0 = kBaseMs;
constexpr TimestampMs kNow = kT0 + 3 * kMonth + 2 * kDay;

ValuationRecord valued(const std::string& kind, Id id, TimestampMs at, std::int64_t fairYuan)
{
    ValuationRecord r;
    r.assetKind = kind;
    r.assetId = id;
    r.atMs = at;
    r.libraryVersion = "2026.11";
    r.modelVersion = "test-model";
    r.inputs.assetKey = kind + ":" + std::to_string(id);
    r.inputs.typeCode = "T";
    r.values.market.fairMarket = Money::fromYuan(fairYuan);
    r.values.orderlyLiquidation = Money::fromYuan(fairYuan * 9 / 10);
    r.values.netRecovery = Money::fromYuan(fairYuan * 6 / 10);
    return r;
}

} // namespace

class TestLtvPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Id m_fakeFileId = 0;

private slots:
    void initTestCase()
    {
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        PortfolioSnapshot s;
        s.users = {user(1, "analyst", "李娜", Role::Analyst)};
        s.enterprises = {enterprise(1, 1, "佛山测试陶瓷有限公司", "Foshan Test Ceramics")};
        // 1,200,000 yuan at 6 % over 12 months, disbursed at kT0 (its state entry).
        s.files = {file(1, "SG-2026-000001", 1, Money::fromYuan(1'200'000), LoanState::Monitoring, 1, kT0),
                   file(2, "SG-2026-000002", 1, Money::fromYuan(100'000), LoanState::Monitoring, 1, kT0)};
        s.files[0].annualRatePct = 6.0;
        s.files[0].termMonths = 12;
        // A third file over ten years, so its LTV today stays well above zero for years (the Covenants tab
        // reads the clock). Its id is the one the fake workflow store gives its first file, so a loan-file
        // page over the fake store shows this file's LTV.
        {
            testing_support::PageFixture probe;
            m_fakeFileId = probe.store.addFile(LoanState::Monitoring);
        }
        s.files.push_back(file(m_fakeFileId, "SG-2026-000003", 1, Money::fromYuan(1'000'000),
                               LoanState::Monitoring, 1, kT0));
        s.files[2].termMonths = 120;
        s.trucks = {truck(1, 1, 1, 1), truck(2, 2, 1, 2), truck(3, 3, 1, m_fakeFileId)};
        s.kilns = {kiln(1, 1, 1, 1)};
        auto saved = savePortfolio(m_ws->db(), s);
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
        QVERIFY(m_ws->db().exec("INSERT INTO covenants (loan_file_id, kind, metric, description, threshold, "
                                "status, note, updated_at_ms) VALUES (1, 'covenant', 'loan_to_value_pct', "
                                "'LTV at most 75 %', 75, 'met', '', 0)"));
        SqliteValuationStore store(m_ws->db());
        QVERIFY(store.importLibrary(writeLibrary(generateLibrary()), 0, kT0));
        for (const ValuationRecord& r :
             {valued("truck", 1, kT0, 1'000'000), valued("kiln", 1, kT0 + kMonth + kDay, 600'000),
              valued("truck", 1, kT0 + 2 * kMonth + kDay, 800'000), valued("truck", 3, kT0, 600'000)})
            QVERIFY(store.saveValuation(r));
    }

    void drawsTheSeriesTheLimitAndTheBreaches()
    {
        SqliteValuationStore store(m_ws->db());
        ui::LtvPanel panel;
        panel.resize(900, 600);
        panel.showFile(&store, 1, kNow);
        QVERIFY(panel.showsChart());
        LtvChart* chart = panel.chart();
        QCOMPARE(chart->pointCount(), 4);
        QCOMPARE(chart->plot()->graph(0)->dataCount(), 4);
        const LoanSchedule schedule{Money::fromYuan(1'200'000), 6.0, 12, kT0};
        auto pct = [&](TimestampMs at, double collateralYuan) {
            return 100.0 * static_cast<double>(outstandingAt(schedule, at).fen()) / (collateralYuan * 100.0);
        };
        QCOMPARE(chart->plot()->graph(0)->data()->at(0)->value, 120.0); // 1,200,000 / 1,000,000
        QCOMPARE(chart->plot()->graph(0)->data()->at(1)->value, pct(kT0 + kMonth + kDay, 1'600'000));
        QCOMPARE(chart->plot()->graph(0)->data()->at(3)->value, pct(kNow, 1'400'000)); // 64.8 %
        QCOMPARE(chart->breachCount(), 1);
        QCOMPARE(chart->plot()->graph(1)->dataCount(), 1);
        QCOMPARE(chart->plot()->graph(1)->data()->at(0)->value, 120.0);
        QVERIFY(chart->hasLimitLine());
        QCOMPARE(chart->limitPct(), 75.0);
        // Now: about 907,000 against 1,400,000 on the model's values, within the covenant.
        QVERIFY(panel.current());
        QCOMPARE(panel.current()->modelValued, 2);
        QVERIFY(!panel.current()->breach);
        QVERIFY(panel.summary()->text().contains(QLocale().toString(pct(kNow, 1'400'000), 'f', 1)));
        QVERIFY(chart->tooltipText(0).contains(QStringLiteral("120.0")));
        QVERIFY(chart->tooltipText(0).contains(QStringLiteral("limit")));
        QVERIFY(!chart->tooltipText(1).contains(QStringLiteral("limit")));

        // The hover finds the point under the mouse.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        chart->plot()->replot();
        const QPoint at(int(chart->plot()->xAxis->coordToPixel(double(kT0) / 1000.0)),
                        int(chart->plot()->yAxis->coordToPixel(120.0)));
        QCOMPARE(chart->pointNear(at), 0);
        QCOMPARE(chart->pointNear(at + QPoint(0, 80)), -1);
    }

    void theBasisChangesTheValues()
    {
        SqliteValuationStore store(m_ws->db());
        ui::LtvPanel panel;
        panel.showFile(&store, 1, kNow);
        panel.basisBox()->setCurrentIndex(panel.basisBox()->findData(int(LtvBasis::NetRecovery)));
        QCOMPARE(panel.basis(), LtvBasis::NetRecovery);
        LtvChart* chart = panel.chart();
        // Net recovery is 60 % of fair: 1,200,000 / 600,000, then about 1,102,700 / 960,000.
        QCOMPARE(chart->plot()->graph(0)->data()->at(0)->value, 200.0);
        const LoanSchedule schedule{Money::fromYuan(1'200'000), 6.0, 12, kT0};
        QCOMPARE(chart->plot()->graph(0)->data()->at(1)->value,
                 100.0 * static_cast<double>(outstandingAt(schedule, kT0 + kMonth + kDay).fen()) /
                     96'000'000.0);
        QCOMPARE(chart->breachCount(), 4);
        panel.basisBox()->setCurrentIndex(panel.basisBox()->findData(int(LtvBasis::OrderlyLiquidation)));
        QCOMPARE(chart->breachCount(), 3); // 133 %, 76.6 %, 79.8 %; now 72.0 %
    }

    void anLtvCovenantTheLtvNowExceedsReadsBreached()
    {
        testing_support::isolateSettings("tst_ltv_panel");
        SqliteValuationStore store(m_ws->db());
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        auto data = store.fileLtvData(m_fakeFileId);
        QVERIFY2(data, data ? "" : (data.error().message + " " + std::to_string(m_fakeFileId)).c_str());
        const auto ltvNow = currentLtv(*data, now);
        QVERIFY(ltvNow && ltvNow->ltvPct > 20);
        for (const bool breached : {true, false}) {
            // The fake store's first file stands for the workspace's third (same id).
            testing_support::PageFixture f;
            const Id file = f.store.addFile(LoanState::Monitoring);
            QCOMPARE(file, m_fakeFileId);
            Covenant c;
            c.loanFileId = file;
            c.kind = CovenantKind::Covenant;
            c.metric = CovenantMetric::LoanToValuePct;
            c.threshold = breached ? std::floor(ltvNow->ltvPct / 2) : std::ceil(ltvNow->ltvPct + 10);
            c.status = CovenantStatus::Met;
            c.description = "LTV";
            QVERIFY(f.store.apply(CovenantChange{file, 0, c, std::nullopt, {}}));
            f.open(test::FakeWorkflowStore::kAnalyst, file);
            f.page->controller()->setValuations(&store);
            f.page->openFile(file);
            f.showTab(ui::LoanFilePage::Covenants);
            const QString status = f.page->covenantsTab()->table()->item(0, 4)->text();
            QCOMPARE(status.startsWith(QStringLiteral("Breached: LTV")), breached);
            if (breached)
                QVERIFY2(status.contains(QStringLiteral("model valuations")), qPrintable(status));
            QVERIFY(f.page->covenantsTab()->ltvPanel()->showsChart());
        }
    }

    void aFileWithoutValuationsSaysSo()
    {
        SqliteValuationStore store(m_ws->db());
        ui::LtvPanel panel;
        panel.showFile(&store, 2, kNow);
        QVERIFY(!panel.showsChart());
        QVERIFY(!panel.emptyLabel()->text().isEmpty());
        QVERIFY(!panel.current()); // nothing typed either
        // Without a store the panel hides.
        panel.showFile(nullptr, 2, kNow);
        QVERIFY(panel.isHidden());
    }
};

QTEST_MAIN(TestLtvPanel)
#include "tst_ltv_panel.moc"
