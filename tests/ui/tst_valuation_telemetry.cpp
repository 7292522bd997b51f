// The Value… dialog reading telemetry on a worker, on a real workspace (the demo's library and champion)
// with a real telemetry.db (three days from the simulator, the first two kept as hourly rollups only):
// "Valuing…" shows until the worker answers, then the telemetry indicators are filled with their ranges
// and sources (hourly rollups and readings); an asset without telemetry says so in each row; closing the
// dialog while it works is safe; the stored valuation reproduces from its inputs; the Collateral tab
// runs it through the controller's appraiser.
#include "../storage/asset_telemetry_data.h"
#include "page_fixture.h"

#include "core/valuation_model_io.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "storage/workspace_appraiser.h"
#include "ui/collateral_tab.h"
#include "ui/valuation_dialog.h"
#include "ui/valuation_text.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <future>

using namespace saggar;
using namespace saggar::valuation;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kNow = 1'795'000'000'000 - 1'795'000'000'000 % kDay; // 2026-11-18T00:00Z

Truck truckNumber(Id id)
{
    Truck t;
    t.id = id;
    t.brand = "Sinotruk";
    t.model = "HOWO TX";
    t.year = 2021;
    t.purchasePrice = Money::fromYuan(420'000);
    return t;
}

QString cellText(QTableWidget* table, IndicatorId id, int column)
{
    auto* item = table->item(static_cast<int>(id), column);
    return item ? item->text() : QString();
}

} // namespace

class TestValuationTelemetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testing_support::isolateSettings("tst_valuation_telemetry");
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(dir(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        auto stats = addDemoValuation(m_ws->db(), 3, kNow, 400);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        for (const Id id : {Id(Fake::kAnalyst), Id(7)})
            QVERIFY(insertUser(m_ws->db(),
                               User{id, "user" + std::to_string(id), "估值人", Role::Appraiser, "", true}));
        writeTelemetry(41);
        m_appraiser = std::make_shared<WorkspaceAppraiser>(m_ws->databasePath(), dir());
    }

    void fillsTheTelemetryIndicatorsOffTheUiThread()
    {
        SqliteValuationStore store(m_ws->db());
        const Truck truck = truckNumber(41);
        ui::ValuationDialog dialog(store, work(truck), QStringLiteral("Truck 粤E12345"), nullptr);
        QSignalSpy appraised(&dialog, &ui::ValuationDialog::appraised);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        if (dialog.isValuing()) {
            auto* progress = dialog.findChild<QLabel*>("valuationProgress");
            QVERIFY(progress);
            QCOMPARE(progress->text(), QStringLiteral("Valuing… (reading telemetry)"));
            // Focus on the waiting part's Close button, as after a click: swapping in the appraisal must
            // not crash (it once deleted the focused default button).
            if (auto* close = dialog.findChild<QPushButton*>())
                close->setFocus();
            QVERIFY(appraised.wait(60'000));
        }
        QTRY_VERIFY(dialog.findChild<QPushButton*>("storeValuation") != nullptr);
        QCoreApplication::processEvents();
        QVERIFY(!dialog.isValuing());
        auto* table = dialog.findChild<QTableWidget*>("valuationIndicators");
        QVERIFY(table);
        // Usage: the last odometer reading, over the three days (hourly rollups, then readings).
        QVERIFY(cellText(table, IndicatorId::Usage, 1) != QStringLiteral("—"));
        const QString usageSource = cellText(table, IndicatorId::Usage, 2);
        QVERIFY2(usageSource.startsWith(QStringLiteral("Hourly rollups 2026-11-15")),
                 qPrintable(usageSource));
        QVERIFY2(usageSource.contains(QStringLiteral("readings 2026-11-17")), qPrintable(usageSource));
        QCOMPARE(cellText(table, IndicatorId::Usage, 3), QStringLiteral("100 %"));
        // Idle ratio: the readings only.
        QVERIFY(cellText(table, IndicatorId::IdleRatio, 1) != QStringLiteral("—"));
        QCOMPARE(cellText(table, IndicatorId::IdleRatio, 2),
                 QStringLiteral("Readings 2026-11-17 – 2026-11-17"));
        for (const IndicatorId id :
             {IndicatorId::Utilisation, IndicatorId::OperatingDays, IndicatorId::InsideRegion})
            QVERIFY2(cellText(table, id, 1) != QStringLiteral("—"), qPrintable(cellText(table, id, 0)));
        QCOMPARE(cellText(table, IndicatorId::FiringCycles, 2),
                 QStringLiteral("Not applicable to this asset"));
        auto* note = dialog.findChild<QLabel*>("valuationTelemetryNote");
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("readings from 2026-11-17")), qPrintable(note->text()));

        // Stored, then reproduced from its inputs and versions; the ranges are kept.
        const Id id = dialog.storeValuation();
        QVERIFY(id > 0);
        auto stored = store.valuationsOf("truck", truck.id);
        QVERIFY(stored && stored->size() == 1);
        const ValuationRecord& r = stored->front();
        const Provenance& usage = r.indicators[static_cast<std::size_t>(IndicatorId::Usage)].provenance;
        QCOMPARE(usage.basis, TelemetryBasis::ReadingsAndHourly);
        QCOMPARE(usage.range.fromMs, kNow - 3 * kDay);
        QCOMPARE(usage.rawRange.fromMs, kNow - kDay);
        QVERIFY(!std::isnan(r.inputs.indicators[static_cast<std::size_t>(IndicatorId::Usage)]));
        auto lib = store.library(r.libraryVersion);
        auto model = store.model(r.modelVersion);
        QVERIFY(lib && model);
        auto parsed = readPriceModel(model->body);
        QVERIFY(parsed);
        const AssetCase inputs[] = {r.inputs};
        auto again = Valuer(*lib, *parsed).value(inputs);
        QVERIFY(again);
        QCOMPARE(again->front().values.market.fairMarket, r.values.market.fairMarket);
        QCOMPARE(again->front().values.netRecovery, r.values.netRecovery);
    }

    void anAssetWithoutTelemetrySaysSo()
    {
        SqliteValuationStore store(m_ws->db());
        ui::ValuationDialog dialog(store, work(truckNumber(42)), QStringLiteral("Truck 粤E99999"), nullptr);
        QSignalSpy appraised(&dialog, &ui::ValuationDialog::appraised);
        if (dialog.isValuing())
            QVERIFY(appraised.wait(60'000));
        auto* table = dialog.findChild<QTableWidget*>("valuationIndicators");
        QVERIFY(table);
        for (const IndicatorId id : {IndicatorId::Usage, IndicatorId::IdleRatio, IndicatorId::InsideRegion}) {
            QCOMPARE(cellText(table, id, 1), QStringLiteral("—"));
            QCOMPARE(cellText(table, id, 2), QStringLiteral("No telemetry received"));
        }
        QVERIFY(cellText(table, IndicatorId::Age, 1) != QStringLiteral("—"));
        QVERIFY(dialog.findChild<QLabel*>("valuationTelemetryNote")
                    ->text()
                    .startsWith(QStringLiteral("No telemetry has been received from this asset")));
    }

    // Run modally, as the Collateral tab does: the appraisal replaces "Valuing…" inside exec().
    void modalDialogFillsIn()
    {
        SqliteValuationStore store(m_ws->db());
        ui::ValuationDialog dialog(store, work(truckNumber(41)), QStringLiteral("Truck 粤E12345"), nullptr);
        bool filled = false;
        connect(&dialog, &ui::ValuationDialog::appraised, &dialog, [&] {
            QTimer::singleShot(300, &dialog, [&] {
                filled = dialog.findChild<QTableWidget*>("valuationIndicators") != nullptr;
                dialog.reject();
            });
        });
        QTimer::singleShot(60'000, &dialog, &QDialog::reject); // never hang
        dialog.exec();
        QVERIFY(filled);
    }

    // The dialog closed and destroyed while the worker still reads: the answer is dropped.
    void closingWhileItWorksIsSafe()
    {
        SqliteValuationStore store(m_ws->db());
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        auto finished = std::make_shared<std::atomic<int>>(0);
        const Truck truck = truckNumber(41);
        auto inner = work(truck);
        auto* dialog = new ui::ValuationDialog(
            store,
            [inner, released, finished] {
                released.wait();
                auto r = inner();
                ++*finished;
                return r;
            },
            QStringLiteral("Truck"), nullptr);
        QVERIFY(dialog->isValuing());
        dialog->reject();
        delete dialog;
        release.set_value();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents(); // the dropped answer's delivery
        QCOMPARE(finished->load(), 1);
    }

    void collateralTabValuesThroughTheAppraiser()
    {
        SqliteValuationStore store(m_ws->db());
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAnalyst, file);
        f.page->controller()->setValuations(&store);
        f.page->controller()->setAppraiser(m_appraiser);
        f.page->openFile(file);
        f.showTab(ui::LoanFilePage::Collateral);
        const Id truckId = f.page->controller()->view().detail.trucks.at(0).id;
        writeTelemetry(truckId);
        f.page->collateralTab()->selectAsset(true, 0);
        QString usage;
        bool wasValuing = false;
        f.answers.dialogs.push_back([&](QDialog& d) {
            auto& dialog = static_cast<ui::ValuationDialog&>(d);
            wasValuing = dialog.isValuing();
            QSignalSpy appraised(&dialog, &ui::ValuationDialog::appraised);
            if (dialog.isValuing())
                appraised.wait(60'000);
            if (auto* table = dialog.findChild<QTableWidget*>("valuationIndicators"))
                usage = cellText(table, IndicatorId::Usage, 2);
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(f.find<QPushButton>("valueTruck"), Qt::LeftButton);
        QVERIFY(wasValuing);
        QVERIFY2(usage.startsWith(QStringLiteral("Hourly rollups")), qPrintable(usage));
        QCOMPARE(f.answers.unexpectedDialogs, 0);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

private:
    std::string dir() const { return m_dir.path().toStdString(); }

    std::function<Result<Appraisal>()> work(const Truck& truck)
    {
        return [appraiser = m_appraiser, truck] {
            const AssetToValue asset{"truck", truck.id, truck.year, Cluster::Foshan, &truck, nullptr};
            return appraiser->appraise(asset, kNow, 7);
        };
    }

    // Three days up to kNow, the first two kept as hourly rollups only.
    void writeTelemetry(Id truckId)
    {
        auto telemetry = TelemetryStore::openInWorkspace(dir(), OpenMode::CreateReadWrite);
        QVERIFY(telemetry.ok());
        test::WrittenTelemetry written;
        test::TelemetryWriter writer(*telemetry.value(), test::testTruck(truckId), kNow - 3 * kDay);
        auto r = writer.write(test::TelemetryPlan{{kNow - 3 * kDay, kNow}, {}, 0, kNow - kDay}, written);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<WorkspaceAppraiser> m_appraiser;
};

QTEST_MAIN(TestValuationTelemetry)
#include "tst_valuation_telemetry.moc"
