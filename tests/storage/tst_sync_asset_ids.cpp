// Trucks and kilns pledged on a workstation (storage/sync_asset_ids.h): with queueing on they take ids at
// or above 10^12, so an edit naming them can never be read as another asset's server id; the server's
// copy of the file ties each to the server's asset (by VIN, gateway id, else type/length/year/cost), the
// waiting rows take the server's id, and a row naming an untied local id is never sendable as it is.
#include "workflow_fixture.h"

#include "storage/sync_apply.h"
#include "storage/sync_asset_ids.h"
#include "storage/sync_outbox.h"
#include "storage/sync_patches.h"
#include "storage_test_data.h"

#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

class TestSyncAssetIds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }
    Id enterpriseId() { return f().context().file.enterpriseId; }
    std::int64_t count(const std::string& sql) { return f().db().queryInt64(sql).value(); }
    std::vector<OutboxRow> rows() { return SqliteOutbox(f().db()).pending(1000).value(); }
    // A value row as SqliteWorkflowStore::apply(ValuationChange) queues it.
    void queueValue(bool truck, Id id, Money value)
    {
        auto tx = Transaction::begin(f().db());
        QVERIFY(tx.ok());
        SAGGAR_VERIFY_OK(
            enqueueEdit(f().db(), f().fileId, f().version(), valuationPatch(truck, id, value), 1));
        SAGGAR_VERIFY_OK(tx->commit());
    }
    Id pledgeTruck(int n)
    {
        auto id = f().files().addTruck(td::truck(0, n, enterpriseId(), f().fileId));
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }
    Id pledgeKiln(Kiln k)
    {
        auto id = f().files().addKiln(k);
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }
    Kiln shapeKiln() // no gateway yet: matched on type, length, year and cost
    {
        Kiln k = td::kiln(0, 5, enterpriseId(), f().fileId);
        k.gatewayId.clear();
        k.lengthM = 190.5;
        k.yearInstalled = 2021;
        return k;
    }

private slots:
    void init() { m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws" + std::to_string(++m_n)); }
    void cleanup() { m_f.reset(); }

    void localIdsOnlyWhenQueueing()
    {
        const Id plain = pledgeTruck(11);
        QVERIFY(plain > 0 && plain < kLocalAssetIdBase);
        const Id plainKiln = pledgeKiln(td::kiln(0, 11, enterpriseId(), f().fileId));
        QVERIFY(plainKiln > 0 && plainKiln < kLocalAssetIdBase);
        f().files().setQueueForSync(true);
        const Id local = pledgeTruck(12);
        QCOMPARE(local, kLocalAssetIdBase);
        QCOMPARE(pledgeTruck(13), kLocalAssetIdBase + 1);
        QCOMPARE(pledgeKiln(td::kiln(0, 12, enterpriseId(), f().fileId)), kLocalAssetIdBase);
        QCOMPARE(count("SELECT count(*) FROM trucks WHERE vin = '" + td::truck(0, 12, 0, 0).vin +
                       "' AND id = " + std::to_string(local)),
                 std::int64_t(1));
        // The pledge's row carries no id (the server gives one).
        QVERIFY(rows().back().patchJson.rfind("{\"add\":{\"kilns\":", 0) == 0);
        QVERIFY(isPledgeBody(rows().back().patchJson));
    }

    void theServersCopyTiesByVinGatewayAndShape()
    {
        f().files().setQueueForSync(true);
        const Id truck = pledgeTruck(21);
        const Id gwKiln = pledgeKiln(td::kiln(0, 21, enterpriseId(), f().fileId));
        // A kiln without a gateway is refused by validation today; rows from older data have none.
        Kiln gwless = shapeKiln();
        gwless.gatewayId = "GW-TEMP";
        const Id shaped = pledgeKiln(gwless);
        SAGGAR_VERIFY_OK(
            f().db().exec("UPDATE kilns SET gateway_id = NULL WHERE id = " + std::to_string(shaped)));
        queueValue(true, truck, Money::fromYuan(300'000));
        queueValue(false, gwKiln, Money::fromYuan(9'000'000));
        queueValue(false, shaped, Money::fromYuan(4'000'000));
        QVERIFY(namesLocalAsset(rows().back().patchJson));
        // Untied: no sendable text.
        QVERIFY(!withServerAssetIds(f().db(), rows().back().patchJson).value().has_value());

        Truck decoy = td::truck(17, 99, enterpriseId(), f().fileId); // another VIN: not this one
        Truck theirs = td::truck(41, 21, enterpriseId(), f().fileId);
        Kiln otherShape = shapeKiln();
        otherShape.id = 50;
        otherShape.yearInstalled = 2015;
        Kiln theirShape = shapeKiln();
        theirShape.id = 51;
        Kiln theirGw = td::kiln(52, 21, enterpriseId(), f().fileId);
        auto tied = tieLocalAssets(f().db(), f().fileId, {decoy, theirs}, {otherShape, theirGw, theirShape});
        SAGGAR_VERIFY_OK(tied);
        QCOMPARE(*tied, 3);
        QCOMPARE(serverAssetId(f().db(), true, truck).value(), std::optional<Id>(41));
        QCOMPARE(serverAssetId(f().db(), false, gwKiln).value(), std::optional<Id>(52));
        QCOMPARE(serverAssetId(f().db(), false, shaped).value(), std::optional<Id>(51));
        QCOMPARE(serverAssetId(f().db(), true, 7).value(), std::optional<Id>(7)); // a server id already
        // The waiting rows now name the server's assets; nothing names a local one.
        const auto queued = rows();
        QCOMPARE(queued[queued.size() - 3].patchJson, valuationPatch(true, 41, Money::fromYuan(300'000)));
        QCOMPARE(queued[queued.size() - 2].patchJson, valuationPatch(false, 52, Money::fromYuan(9'000'000)));
        QCOMPARE(queued.back().patchJson, valuationPatch(false, 51, Money::fromYuan(4'000'000)));
        for (const OutboxRow& r : queued)
            QVERIFY2(!namesLocalAsset(r.patchJson), r.patchJson.c_str());
        // The local rows keep their ids (valuations, inspections and alerts refer to them).
        QCOMPARE(count("SELECT count(*) FROM trucks WHERE id = " + std::to_string(truck)), std::int64_t(1));
        // Tied once: a second copy ties nothing more.
        QCOMPARE(tieLocalAssets(f().db(), f().fileId, {decoy, theirs}, {theirGw, theirShape}).value(), 0);
        QCOMPARE(count("SELECT count(*) FROM sync_asset_ids"), std::int64_t(3));
    }

    void aRowQueuedAfterTheTieIsRewrittenBeforeItIsSent()
    {
        f().files().setQueueForSync(true);
        const Id truck = pledgeTruck(31);
        SAGGAR_VERIFY_OK(
            tieLocalAssets(f().db(), f().fileId, {td::truck(88, 31, enterpriseId(), f().fileId)}, {}));
        const std::string queued = valuationPatch(true, truck, Money::fromYuan(123));
        QVERIFY(namesLocalAsset(queued));
        const auto sendable = withServerAssetIds(f().db(), queued);
        SAGGAR_VERIFY_OK(sendable);
        QCOMPARE(sendable->value(), valuationPatch(true, 88, Money::fromYuan(123)));
        // A path that is not an asset's, or an id below the range, is left as it is.
        QVERIFY(!namesLocalAsset(R"({"set":{"purpose":"trucks/1000000000000/x"}})"));
        QVERIFY(!namesLocalAsset(valuationPatch(true, 999'999'999'999, Money::fromYuan(1))));
        QVERIFY(namesLocalAsset(valuationPatch(false, kLocalAssetIdBase, Money::fromYuan(1))));
    }

    void aPulledCopyTiesAndLandsOnTheLocalAsset()
    {
        f().files().setQueueForSync(true);
        const Id truck = pledgeTruck(41);
        const Id kiln = pledgeKiln(td::kiln(0, 41, enterpriseId(), f().fileId));
        SAGGAR_VERIFY_OK(f().db().exec("DELETE FROM sync_outbox")); // answered: nothing of the file waits
        const std::int64_t trucksBefore = count("SELECT count(*) FROM trucks");
        const std::int64_t kilnsBefore = count("SELECT count(*) FROM kilns");
        RemoteFile copy;
        const LoanFile file = f().context().file;
        copy.state = file.state;
        copy.amount = file.amount;
        copy.termMonths = file.termMonths;
        copy.annualRatePct = file.annualRatePct;
        copy.purpose = file.purpose;
        copy.trucks = {td::truck(f().truckId, 900, enterpriseId(), f().fileId),
                       td::truck(61, 41, enterpriseId(), f().fileId)};
        copy.kilns = {td::kiln(62, 41, enterpriseId(), f().fileId)};
        copy.appraisals = true;
        copy.truckAppraisals = {{Money::fromYuan(1), 0}, {Money::fromYuan(333'000), 0}};
        copy.kilnAppraisals = {{Money::fromYuan(7'000'000), 0}};
        auto applied = applyRemoteFile(f().db(), f().fileId, f().version() + 5, copy, false);
        SAGGAR_VERIFY_OK(applied);
        QVERIFY(*applied);
        QCOMPARE(serverAssetId(f().db(), true, truck).value(), std::optional<Id>(61));
        QCOMPARE(serverAssetId(f().db(), false, kiln).value(), std::optional<Id>(62));
        // Not added a second time; the values on the local rows.
        QCOMPARE(count("SELECT count(*) FROM trucks WHERE id = 61"), std::int64_t(0));
        QCOMPARE(count("SELECT count(*) FROM kilns WHERE id = 62"), std::int64_t(0));
        QCOMPARE(count("SELECT count(*) FROM kilns"), kilnsBefore);
        QCOMPARE(count("SELECT count(*) FROM trucks"),
                 trucksBefore + 1); // only the fixture-id VIN 900 is new
        QCOMPARE(count("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(truck)),
                 Money::fromYuan(333'000).fen());
        QCOMPARE(count("SELECT appraised_value_fen FROM kilns WHERE id = " + std::to_string(kiln)),
                 Money::fromYuan(7'000'000).fen());
    }
};

QTEST_GUILESS_MAIN(TestSyncAssetIds)
#include "tst_sync_asset_ids.moc"
