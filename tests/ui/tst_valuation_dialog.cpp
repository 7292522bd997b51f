// Valuing a pledged asset from the Collateral tab on a real workspace: the demo's library and champion
// model give values inside their own bands, the dialog shows them with the indicators and versions,
// storing keeps one record that reproduces the values from what it recorded; a workspace without a
// model says so plainly and stores nothing.
#include "page_fixture.h"

#include "core/valuation_generator.h"
#include "core/valuation_model_io.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "ui/collateral_tab.h"
#include "ui/valuation_dialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18

Truck heavyTruck()
{
    Truck t;
    t.id = 41;
    t.brand = "Sinotruk";
    t.model = "HOWO TX";
    t.year = 2021;
    t.purchasePrice = Money::fromYuan(420'000);
    return t;
}

} // namespace

class TestValuationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testing_support::isolateSettings("tst_valuation_dialog");
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        auto stats = addDemoValuation(m_ws->db(), 3, kNow, 600);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        QCOMPARE(stats->fresh.assets, std::size_t(600));
        QVERIFY(stats->fresh.coverage80 > 0.6 && stats->fresh.coverage80 < 0.95);
        // The people who value (valuations.valued_by refers to users).
        for (const Id id : {Id(Fake::kAnalyst), Id(7)})
            QVERIFY(insertUser(m_ws->db(),
                               User{id, "user" + std::to_string(id), "估值人", Role::Appraiser, "", true}));
    }

    void typesAreMatched()
    {
        const Library lib = generateLibrary();
        const Truck heavy = heavyTruck();
        QCOMPARE(matchTruckType(lib, heavy)->code, std::string("TRK-TRACTOR-6X4-HOWO-DIESEL"));
        Truck light = heavy;
        light.brand = "BYD"; // not in the library: any light box truck
        light.purchasePrice = Money::fromYuan(180'000);
        QCOMPARE(matchTruckType(lib, light)->klass, std::string("box 4x2 light"));
        Kiln kiln;
        kiln.type = KilnType::Roller;
        kiln.fuel = KilnFuel::Electric;
        kiln.lengthM = 95;
        QCOMPARE(matchKilnType(lib, kiln)->code, std::string("KLN-ROLLER-100-25-ELEC"));
        kiln.type = KilnType::Tunnel;
        kiln.fuel = KilnFuel::Gas;
        QVERIFY(matchKilnType(lib, kiln)->code.starts_with("KLN-TUNNEL-"));
        QVERIFY(matchKilnType(lib, kiln)->code.ends_with("-GAS"));
    }

    void valuesLieInsideTheirBandsAndStoreOnce()
    {
        SqliteValuationStore store(m_ws->db());
        const Truck truck = heavyTruck();
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Zibo, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY2(appraisal, appraisal ? "" : appraisal.error().message.c_str());
        const LenderValues& v = appraisal->record.values;
        const MarketEstimate& m = v.market;
        QVERIFY(m.fairMarket > Money());
        QVERIFY(m.low90 <= m.low80 && m.low80 <= m.fairMarket);
        QVERIFY(m.fairMarket <= m.high80 && m.high80 <= m.high90);
        QVERIFY(v.orderlyLiquidation < m.fairMarket);
        QVERIFY(v.forcedSale < v.orderlyLiquidation);
        QVERIFY(v.netRecovery < v.forcedSale);
        QCOMPARE(v.ladder.size(), std::size_t(3));
        QVERIFY(v.daysToCash >= 100); // the first auction alone: 90 days to it and 10 to payment
        const Indicator& age = appraisal->record.indicators[0];
        QCOMPARE(age.provenance.source, ProvenanceSource::Record);
        QVERIFY(age.value && *age.value > 4.5 && *age.value < 5.5);

        ui::ValuationDialog dialog(store, appraisal, QStringLiteral("Truck 粤E12345"));
        dialog.show();
        QVERIFY(dialog.findChild<QLabel*>("valuationVersions")
                    ->text()
                    .contains(QString::fromStdString(appraisal->record.modelVersion)));
        QVERIFY(dialog.findChild<QLabel*>("valuationMeasured")->text().contains(QStringLiteral("600")));
        QCOMPARE(dialog.findChild<QTableWidget*>("valuationIndicators")->rowCount(), 12);
        QCOMPARE(dialog.findChild<QTableWidget*>("auctionLadder")->rowCount(), 3);
        QVERIFY(dialog.findChild<QLabel*>("value1")->text().contains(QStringLiteral("¥")));

        auto* storeButton = dialog.findChild<QPushButton*>("storeValuation");
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QVERIFY(dialog.storedId() > 0);
        QVERIFY(!storeButton->isEnabled());
        QCOMPARE(dialog.storeValuation(), dialog.storedId()); // a second store keeps the one record
        auto stored = store.valuationsOf("truck", truck.id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t(1));
        const ValuationRecord& r = stored->front();
        QCOMPARE(r.valuedBy, Id(7));
        QCOMPARE(r.values.market.fairMarket, m.fairMarket);

        // Reproduced from what it recorded: the library and model versions and the inputs.
        auto lib = store.library(r.libraryVersion);
        auto model = store.model(r.modelVersion);
        QVERIFY(lib && model);
        auto parsed = readPriceModel(model->body);
        QVERIFY(parsed);
        const Valuer valuer(*lib, *parsed);
        const AssetCase inputs[] = {r.inputs};
        auto again = valuer.value(inputs);
        QVERIFY(again);
        QCOMPARE(again->front().values.market.fairMarket, r.values.market.fairMarket);
        QCOMPARE(again->front().values.netRecovery, r.values.netRecovery);
    }

    void collateralTabOpensTheValuation()
    {
        SqliteValuationStore store(m_ws->db());
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAnalyst, file);
        f.page->controller()->setValuations(&store);
        f.page->openFile(file);
        f.showTab(ui::LoanFilePage::Collateral);
        auto* valueTruck = f.find<QPushButton>("valueTruck");
        QVERIFY(valueTruck->isVisible());
        QVERIFY(!valueTruck->isEnabled()); // nothing selected
        f.page->collateralTab()->selectAsset(true, 0);
        QVERIFY(valueTruck->isEnabled());
        QString shown;
        Id storedId = 0;
        f.answers.dialogs.push_back([&](QDialog& d) {
            auto& dialog = static_cast<ui::ValuationDialog&>(d);
            shown = dialog.findChild<QLabel*>("value1")->text();
            storedId = dialog.storeValuation();
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(valueTruck, Qt::LeftButton);
        QVERIFY(!shown.isEmpty());
        QVERIFY(storedId > 0);
        QCOMPARE(f.answers.unexpectedDialogs, 0);
    }

    void withoutAModelItSaysHowToGetOne()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path().toStdString(), true);
        QVERIFY(ws);
        SqliteValuationStore store((*ws)->db());
        QVERIFY(store.importLibrary(writeLibrary(generateLibrary()), 0, kNow));
        const Truck truck = heavyTruck();
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Foshan, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY(!appraisal);
        QCOMPARE(appraisal.error().code, int(ErrorCode::NotFound));
        ui::ValuationDialog dialog(store, appraisal, QStringLiteral("Truck 粤E12345"));
        auto* why = dialog.findChild<QLabel*>("valuationUnavailable");
        QVERIFY(why);
        QVERIFY(why->text().contains(QStringLiteral("saggarctl demo create")));
        QVERIFY(dialog.findChild<QPushButton*>("storeValuation") == nullptr);
        QCOMPARE(dialog.storeValuation(), Id(0));
        auto stored = store.valuationsOf("truck", truck.id);
        QVERIFY(stored && stored->empty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_MAIN(TestValuationDialog)
#include "tst_valuation_dialog.moc"
