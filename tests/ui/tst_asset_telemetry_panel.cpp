// The asset page on the Collateral tab, against a real telemetry.db written through TelemetryIngest from
// the simulator: selecting a truck or a kiln shows its channels, the summary figures match what is
// worked out here from the accepted readings, coverage, gaps and refused readings are right for data
// with a silent stretch and refused readings, an asset without telemetry says so, and live mode
// picks up readings appended after the page opened.
#include "../storage/asset_telemetry_data.h"
#include "page_fixture.h"

#include "storage/store_asset_telemetry_source.h"
#include "storage/store_chart_source.h"
#include "ui/asset_telemetry_panel.h"
#include "ui/collateral_tab.h"
#include "ui/telemetry_text.h"
#include "widgets/telemetry_view.h"
#include "widgets/truck_track_plot.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace saggar;
using Fake = test::FakeWorkflowStore;
using test::TelemetryPlan;
using test::TelemetryWriter;
using test::WrittenTelemetry;

namespace {

constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kBase = 1'780'000'000'000 - 1'780'000'000'000 % kDay;
constexpr TimestampMs kWait = 20'000;

double increase(const std::vector<TelemetryPoint>& p)
{
    return p.size() < 2 ? 0.0 : p.back().value - p.front().value;
}

QString fixed(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// A loan-file page over the fake store whose Collateral tab reads telemetry from `dir`.
struct TelemetryPage : testing_support::PageFixture
{
    QTemporaryDir dir;
    Id fileId = 0;

    ui::AssetTelemetryPanel* open()
    {
        fileId = store.addFile(LoanState::Appraisal);
        page = std::make_unique<ui::LoanFilePage>(store, service, store.user(Fake::kAppraiser));
        page->controller()->setTelemetry(
            std::make_shared<StoreChartSource>(dir.path().toStdString()),
            std::make_shared<StoreAssetTelemetrySource>(dir.path().toStdString()));
        page->resize(1600, 1000);
        page->openFile(fileId);
        page->show();
        showTab(ui::LoanFilePage::Collateral);
        return find<ui::AssetTelemetryPanel>("assetTelemetryPanel");
    }
    Id truckId() const { return page->controller()->view().detail.trucks.at(0).id; }
    Id kilnId() const { return page->controller()->view().detail.kilns.at(0).id; }

    std::unique_ptr<TelemetryStore> openStore()
    {
        auto s = TelemetryStore::openInWorkspace(dir.path().toStdString(), OpenMode::CreateReadWrite);
        return s ? std::move(s).value() : nullptr;
    }

    QString text(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    ~TelemetryPage() { QThreadPool::globalInstance()->waitForDone(); }
};

// Selects the asset and waits until its lines and its figures are on screen.
bool selectAndWait(TelemetryPage& f, ui::AssetTelemetryPanel* panel, bool truck)
{
    const int reports = panel->reportsShown();
    const int rounds = panel->view()->roundsShown();
    f.page->collateralTab()->selectAsset(truck, 0);
    return QTest::qWaitFor(
        [&] { return panel->reportsShown() > reports && panel->view()->roundsShown() > rounds; }, kWait);
}

} // namespace

class TestAssetTelemetryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_asset_telemetry_panel"); }
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void truckChannelsFiguresAndQuality()
    {
        TelemetryPage f;
        auto* panel = f.open();
        QVERIFY(panel && panel->isVisible());
        QVERIFY(panel->message().contains(QStringLiteral("Select a truck")));

        WrittenTelemetry written;
        const TimeRange span{kBase, kBase + 2 * kDay};
        {
            auto store = f.openStore();
            QVERIFY(store);
            TelemetryWriter writer(*store, test::testTruck(f.truckId()), span.fromMs);
            QVERIFY(writer
                        .write(TelemetryPlan{span, TimeRange{kBase + 30 * kHour, kBase + 36 * kHour}, 40},
                               written)
                        .ok());
        }
        QVERIFY(written.outOfRange > 0 && written.counterBackwards > 0);

        QVERIFY(selectAndWait(f, panel, true));
        QCOMPARE(*panel->asset(), (AssetRef{AssetKind::Truck, f.truckId()}));
        QVERIFY(!panel->showsEmptyState());
        QCOMPARE(panel->shownChannels(),
                 (std::vector<ChannelId>{ChannelId::Speed, ChannelId::FuelLevel, ChannelId::Odometer}));
        TelemetryChart* chart = panel->view()->chart();
        QCOMPARE(chart->seriesCount(), 3);
        QCOMPARE(chart->valueAxisLabel(0), QStringLiteral("Speed (km/h)"));
        QCOMPARE(chart->valueAxisLabel(2), QStringLiteral("Odometer (km)"));
        QCOMPARE(chart->gapCount(0), 1); // the silent six hours break the line

        // A week up to the newest reading, measured from the first: the two days written.
        const TimestampMs latest = span.toMs - kDefaultReportIntervalMs;
        const AssetTelemetryReport& report = *panel->report();
        QCOMPARE(report.range.fromMs, span.fromMs);
        QVERIFY(report.range.toMs > latest && report.range.toMs <= latest + 2000);
        const TimeRange range = report.range;
        const double distance = increase(written.in(ChannelId::Odometer, range));
        const double hours = increase(written.in(ChannelId::EngineHours, range));
        const auto fuel = written.in(ChannelId::FuelLevel, range);
        double used = fuel.front().value - fuel.back().value;
        for (std::size_t i = 1; i < fuel.size(); ++i)
            if (fuel[i].value - fuel[i - 1].value > 5.0)
                used += fuel[i].value - fuel[i - 1].value;
        const double utilisation = 100.0 * hours * double(kHour) / double(range.length());
        QCOMPARE(f.text("summary_distance"), QStringLiteral("%1 km").arg(fixed(distance, 1)));
        QCOMPARE(f.text("summary_engineHours"), QStringLiteral("%1 h").arg(fixed(hours, 1)));
        QCOMPARE(f.text("summary_utilisation"), QStringLiteral("%1 %").arg(fixed(utilisation, 1)));
        QCOMPARE(f.text("summary_fuelPer100Km"),
                 QStringLiteral("%1 % of the tank").arg(fixed(used / distance * 100.0, 1)));

        const double coverage = 100.0 * (1.0 - double(6 * kHour) / double(range.length()));
        QCOMPARE(f.text("qualityCoverage"), QStringLiteral("%1 %").arg(fixed(coverage, 1)));
        QCOMPARE(f.text("qualityGaps"), QStringLiteral("1"));
        QCOMPARE(f.text("qualityLongestGap"), QStringLiteral("6 h 00 min"));
        QCOMPARE(f.text("qualityRejects"), QStringLiteral("%1 out of range\n%2 counter went back")
                                               .arg(written.outOfRange)
                                               .arg(written.counterBackwards));

        // The track: every position, inside the Foshan fence.
        QCOMPARE(panel->trackPlot()->trackPointCount(), int(written.in(ChannelId::Latitude, range).size()));
        QVERIFY(panel->trackPlot()->isVisible());

        // Another channel on request, then off again.
        panel->showChannel(ChannelId::EngineHours, true);
        QVERIFY(QTest::qWaitFor([&] { return chart->seriesCount() == 4; }, kWait));
        panel->showChannel(ChannelId::EngineHours, false);
        QVERIFY(QTest::qWaitFor([&] { return chart->seriesCount() == 3; }, kWait));

        // A shorter range, the first day (before the silence): figures for that day only.
        const int reports = panel->reportsShown();
        chart->setPreset(RangePreset::Day, span.fromMs + kDay);
        QVERIFY(QTest::qWaitFor([&] { return panel->reportsShown() > reports; }, kWait));
        const TimeRange day = panel->report()->range;
        QCOMPARE(day.length(), kDay);
        QCOMPARE(f.text("summary_distance"),
                 QStringLiteral("%1 km").arg(fixed(increase(written.in(ChannelId::Odometer, day)), 1)));
        QCOMPARE(f.text("qualityGaps"), QStringLiteral("none"));
        QCOMPARE(f.text("qualityCoverage"), QStringLiteral("100.0 %"));
    }

    void kilnFiringBandAndFigures()
    {
        TelemetryPage f;
        auto* panel = f.open();
        WrittenTelemetry written;
        const TimeRange span{kBase, kBase + 3 * kDay};
        {
            auto store = f.openStore();
            QVERIFY(store);
            TelemetryWriter writer(*store, test::testKiln(f.kilnId()), span.fromMs);
            QVERIFY(writer.write(TelemetryPlan{span, TimeRange{}, 0}, written).ok());
        }
        QVERIFY(selectAndWait(f, panel, false));
        QCOMPARE(panel->shownChannels(),
                 (std::vector<ChannelId>{ChannelId::Zone3Temp, ChannelId::Zone4Temp, ChannelId::GasUse}));
        TelemetryChart* chart = panel->view()->chart();
        QCOMPARE(chart->thresholdCount(), 4); // the firing band on both firing zones
        QVERIFY(!panel->trackPlot()->isVisible());

        const TimeRange range = panel->report()->range;
        const double cycles = increase(written.in(ChannelId::FiringCycles, range));
        const double gas = increase(written.in(ChannelId::GasUse, range));
        QVERIFY(cycles >= 1.0);
        QCOMPARE(f.text("summary_firingCycles"), fixed(cycles, 0));
        QCOMPARE(f.text("summary_energy"), QStringLiteral("%1 m³").arg(fixed(gas, 0)));
        QCOMPARE(f.text("summary_energyPerCycle"), QStringLiteral("%1 m³").arg(fixed(gas / cycles, 1)));
        const auto zone = written.in(ChannelId::Zone4Temp, range);
        TimestampMs hot = 0;
        for (std::size_t i = 1; i < zone.size(); ++i)
            if (zone[i].tMs - zone[i - 1].tMs <= 450'000 && zone[i - 1].value >= 1000.0)
                hot += zone[i].tMs - zone[i - 1].tMs;
        QVERIFY(f.text("summary_hoursAtTemperature")
                    .startsWith(fixed(double(hot) / double(kHour), 1) + QStringLiteral(" h")));
        QCOMPARE(f.text("qualityCoverage"), QStringLiteral("100.0 %"));
        QCOMPARE(f.text("qualityRejects"), QStringLiteral("none"));
    }

    void assetWithoutTelemetrySaysSo()
    {
        TelemetryPage f;
        auto* panel = f.open(); // no telemetry.db at all
        f.page->collateralTab()->selectAsset(true, 0);
        QVERIFY(QTest::qWaitFor([&] { return panel->showsEmptyState(); }, kWait));
        QVERIFY(panel->message().contains(QStringLiteral("No telemetry has been received")));
        QVERIFY(panel->message().contains(QStringLiteral("saggar-sim history")));
        QVERIFY(panel->message().contains(QStringLiteral("Import telemetry")));
        QVERIFY(f.find<QPushButton>("saveValue")->isEnabled()); // the appraisal entry still works

        // A telemetry.db with another asset's readings only: the kiln still has none.
        {
            auto store = f.openStore();
            QVERIFY(store);
            WrittenTelemetry written;
            TelemetryWriter writer(*store, test::testTruck(f.truckId()), kBase);
            QVERIFY(
                writer.write(TelemetryPlan{TimeRange{kBase, kBase + kHour}, TimeRange{}, 0}, written).ok());
        }
        f.page->collateralTab()->selectAsset(false, 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->asset() && panel->asset()->kind == AssetKind::Kiln && panel->showsEmptyState();
            },
            kWait));
        QVERIFY(panel->message().contains(QStringLiteral("sensor gateway")));
    }

    void liveFollowsNewReadings()
    {
        TelemetryPage f;
        auto* panel = f.open();
        auto store = f.openStore();
        QVERIFY(store);
        WrittenTelemetry written;
        TelemetryWriter writer(*store, test::testTruck(f.truckId()), kBase);
        QVERIFY(writer.write(TelemetryPlan{TimeRange{kBase, kBase + kDay}, TimeRange{}, 0}, written).ok());
        QVERIFY(selectAndWait(f, panel, true));
        const TimestampMs firstEnd = panel->report()->range.toMs;

        panel->setPollInterval(50);
        panel->setLive(true);
        QVERIFY(panel->isLive());
        // Readings that arrive after the page opened: three more hours.
        const int reports = panel->reportsShown();
        QVERIFY(writer
                    .write(TelemetryPlan{TimeRange{kBase + kDay, kBase + kDay + 3 * kHour}, TimeRange{}, 0},
                           written)
                    .ok());
        const TimestampMs latest = kBase + kDay + 3 * kHour - kDefaultReportIntervalMs;
        QVERIFY(QTest::qWaitFor(
            [&] { return panel->reportsShown() > reports && panel->report()->range.toMs > latest; }, kWait));
        QVERIFY(panel->report()->range.toMs > firstEnd);
        QVERIFY(panel->view()->chart()->timeRange().toMs > latest);
        const TimeRange range = panel->report()->range;
        QCOMPARE(f.text("summary_distance"),
                 QStringLiteral("%1 km").arg(fixed(increase(written.in(ChannelId::Odometer, range)), 1)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto& s = panel->view()->chart();
                return s->seriesCount() == 3 && s->timeRange().toMs > latest;
            },
            kWait));

        panel->setLive(false);
        QVERIFY(!panel->isLive());
    }

    void telemetryTexts()
    {
        QCOMPARE(ui::TelemetryText::duration(45 * 60'000), QStringLiteral("45 min"));
        QCOMPARE(ui::TelemetryText::duration(6 * kHour + 5 * 60'000), QStringLiteral("6 h 05 min"));
        QCOMPARE(ui::TelemetryText::duration(51 * kHour), QStringLiteral("2 d 3 h"));
        QCOMPARE(ui::TelemetryText::channelUnit(ChannelId::Zone4Temp), QStringLiteral("°C"));
    }
};

QTEST_MAIN(TestAssetTelemetryPanel)
#include "tst_asset_telemetry_panel.moc"
