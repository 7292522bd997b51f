// A truck and a kiln pledged offline on workstation A reach the real saggar-server (on loopback, through
// the fault proxy) and take the server's ids there; A keeps its local ids (≥ 10^12) and ties them to the
// server's (storage/sync_asset_ids.h). The appraiser's values entered on A then land on exactly those
// assets on the server, although the server's file also holds a truck whose id is the one A's old
// autoincrement would have given its pledge (the old code's value landed on that truck); no other asset
// of the file changes, nothing goes out under a local id, and B pulls the values onto its copy.
//
// Shortcut: a pledge is written while the file is a draft and a value while it is in appraisal; the test
// moves the file from one to the other by the same SQL on the server's and A's databases (same version),
// rather than through the submission's documents and memo.
#include "sync_workstation.h"

#include "core/workflow_service.h"
#include "storage/asset_repository.h"
#include "storage/sync_asset_ids.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace saggar;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

class TestSyncAssetIdsRealServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst"}, m_b{"analyst"};
    std::map<std::string, Actor> m_people;
    Id m_file = 0;
    Id m_oldId = 0; // what A's autoincrement gives a new truck: the id the old code's pledge took
    Truck m_truck;  // the pledge (VIN and price)
    Kiln m_kiln;

    std::int64_t server(const std::string& sql) { return m_server.count(sql); }
    std::string serverAssets()
    {
        return m_server.text(
            "SELECT group_concat(x, ';') FROM (SELECT 't' || id || ':' || appraised_value_fen "
            "AS x FROM trucks WHERE loan_file_id = " +
            std::to_string(m_file) +
            " UNION ALL SELECT 'k' || id || ':' || appraised_value_fen FROM kilns WHERE "
            "loan_file_id = " +
            std::to_string(m_file) + " ORDER BY 1)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        for (const auto& [login, role] :
             {std::pair{"analyst", Role::Analyst}, {"appraiser", Role::Appraiser}})
            m_people[login] = {
                db.queryInt64(std::string("SELECT id FROM users WHERE login = '") + login + "'").value(),
                role, login};
        m_file = db.queryInt64("SELECT f.id FROM loan_files f WHERE EXISTS (SELECT 1 FROM trucks t WHERE "
                               "t.loan_file_id = f.id) ORDER BY f.id LIMIT 1")
                     .value();
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " +
                        std::to_string(m_people["analyst"].userId) +
                        ", appraiser_id = " + std::to_string(m_people["appraiser"].userId) +
                        " WHERE id = " + std::to_string(m_file))
                    .ok());
        QVERIFY(m_server.copyTo(m_a, "a").ok());
        QVERIFY(m_server.copyTo(m_b, "b").ok());
        // The id A's database would give its next truck, taken on the server by another truck of the file.
        m_oldId = m_a.count("SELECT coalesce(max(id), 0) FROM trucks") + 1;
        if (m_a.count("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'") > 0)
            m_oldId = std::max(m_oldId, m_a.count("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE "
                                                  "name = 'trucks'), 0)") +
                                            1);
        const Id enterprise =
            db.queryInt64("SELECT enterprise_id FROM loan_files WHERE id = " + std::to_string(m_file))
                .value();
        Truck other = test::seriesTruck(1, 300000, "粤F", "TRK-AID-");
        other.id = m_oldId;
        other.loanFileId = m_file;
        other.enterpriseId = enterprise;
        other.appraisedValue = Money::fromYuan(111'111);
        QVERIFY(insertTruck(db, other).ok());
        m_truck = test::seriesTruck(2, 300000, "粤F", "TRK-AID-");
        m_truck.loanFileId = m_file;
        m_kiln.loanFileId = m_file;
        m_kiln.type = KilnType::Shuttle;
        m_kiln.lengthM = 42.5;
        m_kiln.dailyCapacity = 900;
        m_kiln.capacityUnit = CapacityUnit::Pieces;
        m_kiln.fuel = KilnFuel::Electric;
        m_kiln.yearInstalled = 2023;
        m_kiln.purchaseCost = Money::fromYuan(1'800'000);
        m_kiln.gatewayId = "GW-AID-0001";
        QVERIFY(m_server.start().ok());
    }

    void cleanupTestCase() { m_server.stop(); }

    void aPledgeMadeOfflineIsTiedToTheServersAsset()
    {
        auto a = m_a.engine(m_server.proxy().port());
        m_a.settle(*a);
        m_a.files->setQueueForSync(true);
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true});
        auto truck = m_a.files->addTruck(m_truck);
        QVERIFY2(truck.ok(), truck.ok() ? "" : truck.error().message.c_str());
        auto kiln = m_a.files->addKiln(m_kiln);
        QVERIFY2(kiln.ok(), kiln.ok() ? "" : kiln.error().message.c_str());
        QVERIFY(*truck >= kLocalAssetIdBase);
        QVERIFY(*kiln >= kLocalAssetIdBase);
        a->runOnce();
        QCOMPARE(m_a.pending(), std::int64_t(2));

        m_server.proxy().setFaults(ProxyFaults{});
        m_a.settle(*a);
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        const Id serverTruck = server("SELECT id FROM trucks WHERE vin = '" + m_truck.vin + "'");
        const Id serverKiln = server("SELECT id FROM kilns WHERE gateway_id = '" + m_kiln.gatewayId + "'");
        QVERIFY(serverTruck != m_oldId); // the server's other truck holds that id
        QCOMPARE(serverAssetId(m_a.db(), true, *truck).value(), std::optional<Id>(serverTruck));
        QCOMPARE(serverAssetId(m_a.db(), false, *kiln).value(), std::optional<Id>(serverKiln));
        // A's pull added neither a second time.
        QCOMPARE(m_a.count("SELECT count(*) FROM trucks WHERE vin = '" + m_truck.vin + "'"), std::int64_t(1));
        QCOMPARE(m_a.count("SELECT count(*) FROM kilns WHERE gateway_id = '" + m_kiln.gatewayId + "'"),
                 std::int64_t(1));
    }

    void theAppraisersValuesLandOnExactlyThoseAssets()
    {
        const Id localTruck = m_a.count("SELECT id FROM trucks WHERE vin = '" + m_truck.vin + "'");
        const Id localKiln = m_a.count("SELECT id FROM kilns WHERE gateway_id = '" + m_kiln.gatewayId + "'");
        QVERIFY(localTruck >= kLocalAssetIdBase);
        const Id serverTruck = server("SELECT id FROM trucks WHERE vin = '" + m_truck.vin + "'");
        const Id serverKiln = server("SELECT id FROM kilns WHERE gateway_id = '" + m_kiln.gatewayId + "'");
        // The file goes to appraisal on both sides (see the shortcut above).
        const std::string toAppraisal =
            "UPDATE loan_files SET state = 'appraisal' WHERE id = " + std::to_string(m_file);
        {
            std::lock_guard lock(m_server.mutex());
            QVERIFY(m_server.db().exec(toAppraisal).ok());
        }
        QVERIFY(m_a.db().exec(toAppraisal).ok());
        const std::string before = serverAssets();

        m_a.login = "appraiser"; // the appraiser signs in on A
        auto a = m_a.engine(m_server.proxy().port());
        WorkflowService service(*m_a.workflow, [this] { return m_a.now; });
        const Money truckValue = Money::fromYuan(210'000), kilnValue = Money::fromYuan(950'000);
        auto r = service.enterValuation(m_people["appraiser"], m_file,
                                        ValuationRequest{true, localTruck, truckValue});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        r = service.enterValuation(m_people["appraiser"], m_file,
                                   ValuationRequest{false, localKiln, kilnValue});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), std::int64_t(0));
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        QCOMPARE(server("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(serverTruck)),
                 truckValue.fen());
        QCOMPARE(server("SELECT appraised_by FROM trucks WHERE id = " + std::to_string(serverTruck)),
                 m_people["appraiser"].userId);
        QCOMPARE(server("SELECT appraised_value_fen FROM kilns WHERE id = " + std::to_string(serverKiln)),
                 kilnValue.fen());
        // The truck holding the id the old code's pledge had here is untouched, and so is every other.
        QCOMPARE(server("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(m_oldId)),
                 Money::fromYuan(111'111).fen());
        std::string expected = before;
        for (const auto& [tag, value] : {std::pair{"t" + std::to_string(serverTruck) + ":", truckValue},
                                         {"k" + std::to_string(serverKiln) + ":", kilnValue}}) {
            const auto at = expected.find(tag);
            QVERIFY(at != std::string::npos);
            const auto end = expected.find(';', at);
            expected.replace(at, (end == std::string::npos ? expected.size() : end) - at,
                             tag + std::to_string(value.fen()));
        }
        QCOMPARE(serverAssets(), expected);
        // Nothing the server stored names an id of the local range.
        QCOMPARE(server("SELECT count(*) FROM trucks WHERE id >= 1000000000000"), std::int64_t(0));

        // B pulls the values onto its copy.
        auto b = m_b.engine(m_server.proxy().port());
        m_b.settle(*b);
        QCOMPARE(m_b.count("SELECT appraised_value_fen FROM trucks WHERE vin = '" + m_truck.vin + "'"),
                 truckValue.fen());
        QCOMPARE(
            m_b.count("SELECT appraised_value_fen FROM kilns WHERE gateway_id = '" + m_kiln.gatewayId + "'"),
            kilnValue.fen());
        QCOMPARE(m_b.count("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(m_oldId)),
                 Money::fromYuan(111'111).fen());
        // A's own pull keeps the value on its local rows, nothing added.
        m_a.settle(*a);
        QCOMPARE(m_a.count("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(localTruck)),
                 truckValue.fen());
        QCOMPARE(m_a.count("SELECT count(*) FROM trucks WHERE vin = '" + m_truck.vin + "'"), std::int64_t(1));
    }

    void anEditOfAPledgeTheServerRefusedIsNeverSent()
    {
        // The file back to a draft on both sides; the appraiser (still signed in on A) pledges, refused.
        const std::string toState = "UPDATE loan_files SET state = '%s' WHERE id = " + std::to_string(m_file);
        const auto shape = [&](const char* state) {
            std::string sql = toState;
            sql.replace(sql.find("%s"), 2, state);
            std::lock_guard lock(m_server.mutex());
            return m_server.db().exec(sql).ok() && m_a.db().exec(sql).ok();
        };
        auto a = m_a.engine(m_server.proxy().port());
        m_a.settle(*a);
        QVERIFY(shape("draft"));
        const std::string before = serverAssets();
        Truck refused = test::seriesTruck(3, 300000, "粤F", "TRK-AID-");
        refused.loanFileId = m_file;
        auto truck = m_a.files->addTruck(refused);
        QVERIFY2(truck.ok(), truck.ok() ? "" : truck.error().message.c_str());
        m_a.drain(*a);
        QCOMPARE(m_a.conflicts(), std::int64_t(1)); // 403: only the file's analyst pledges
        QCOMPARE(serverAssetId(m_a.db(), true, *truck).value(), std::optional<Id>());

        // Its value, entered in appraisal, is refused here: the server never sees the local id.
        QVERIFY(shape("appraisal"));
        WorkflowService service(*m_a.workflow, [this] { return m_a.now; });
        auto r = service.enterValuation(m_people["appraiser"], m_file,
                                        ValuationRequest{true, *truck, Money::fromYuan(200'000)});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), std::int64_t(0));
        QCOMPARE(m_a.conflicts(), std::int64_t(2));
        const std::string reply = m_a.text("SELECT reply_json FROM sync_conflicts ORDER BY id DESC LIMIT 1");
        QVERIFY2(reply.find("pledged on this workstation") != std::string::npos, reply.c_str());
        QCOMPARE(m_a.text("SELECT patch_json FROM sync_conflicts ORDER BY id DESC LIMIT 1"),
                 "{\"set\":{\"trucks/" + std::to_string(*truck) + "/appraisedValueFen\":20000000}}");
        QCOMPARE(serverAssets(), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncAssetIdsRealServer)
#include "tst_sync_asset_ids.moc"
