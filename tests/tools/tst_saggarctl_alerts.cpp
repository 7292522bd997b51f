// saggarctl alerts: usage errors, a missing workspace, and evaluate / list on a demo workspace with a
// simulated geofence exit on a truck of a monitored file (evaluating twice raises nothing new).
#include "saggarctl_run.h"

#include "core/telemetry_geo.h"
#include "storage/telemetry_store.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::ctl::testing;

namespace {

const std::vector<std::string> kValued{"workspace", "seed", "files", "now"};

} // namespace

class TestSaggarctlAlerts : public QObject
{
    Q_OBJECT

private slots:
    void usage()
    {
        QCOMPARE(runSaggarctl({"alerts"}, kValued).code, 2);
        QCOMPARE(runSaggarctl({"alerts", "frobnicate"}, kValued).code, 2);
        const Run badTime = runSaggarctl({"alerts", "list", "--now", "yesterday"}, kValued);
        QCOMPARE(badTime.code, 2);
        QVERIFY(badTime.err.find("--now") != std::string::npos);
        QTemporaryDir dir;
        QCOMPARE(
            runSaggarctl({"alerts", "list", "--workspace", dir.filePath("none").toStdString()}, kValued).code,
            2);
    }

    void evaluateAndList()
    {
        QTemporaryDir dir;
        const std::string ws = dir.filePath("ws").toStdString();
        QCOMPARE(
            runSaggarctl({"demo", "create", "--workspace", ws, "--seed", "7", "--files", "40"}, kValued).code,
            0);
        // A truck pledged to a file being monitored leaves its fence for three hours.
        Id truck = 0;
        Cluster cluster = Cluster::Foshan;
        {
            auto w = Workspace::open(ws, false);
            QVERIFY(w);
            auto row = (*w)->db().prepare("SELECT t.id, e.cluster FROM trucks t JOIN loan_files f ON f.id = "
                                          "t.loan_file_id JOIN enterprises e "
                                          "ON e.id = t.enterprise_id WHERE f.state IN ('disbursed', "
                                          "'monitoring') ORDER BY t.id LIMIT 1");
            QVERIFY(row);
            QVERIFY(*row->step());
            truck = row->columnInt64(0);
            cluster = fromKey<Cluster>(row->columnText(1)).value_or(Cluster::Foshan);
        }
        QVERIFY(truck);
        auto store = TelemetryStore::openInWorkspace(ws, OpenMode::CreateReadWrite);
        QVERIFY(store);
        std::vector<Sample> samples;
        const TimestampMs start = 1'790'000'000'000, step = 5 * 60 * 1000;
        for (int i = 0; i < 60; ++i) {
            const GeoPoint p = offsetKm(clusterCentre(cluster), i >= 10 && i < 46 ? 300.0 : 3.0, 0.0);
            samples.push_back({{AssetKind::Truck, truck, ChannelId::Latitude}, start + i * step, p.lat, 0});
            samples.push_back({{AssetKind::Truck, truck, ChannelId::Longitude}, start + i * step, p.lon, 0});
        }
        QVERIFY((*store)->write(samples));
        store->reset();

        const std::string now = std::to_string(start + 60 * step);
        const Run first = runSaggarctl({"alerts", "evaluate", "--workspace", ws, "--now", now}, kValued);
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.find(" new alerts") != std::string::npos, first.out.c_str());
        QVERIFY(first.out.find(" 0 new alerts") == std::string::npos);
        const Run second = runSaggarctl({"alerts", "evaluate", "--workspace", ws, "--now", now}, kValued);
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.find(" 0 new alerts") != std::string::npos, second.out.c_str());

        const Run list = runSaggarctl({"alerts", "list", "--workspace", ws, "--now", now}, kValued);
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.find("geofence_exit") != std::string::npos, list.out.c_str());
        QVERIFY(list.out.find("truck:" + std::to_string(truck)) != std::string::npos);
        QVERIFY(list.out.find("min left") != std::string::npos);
        // Half an hour later the clock has run out: the next evaluation escalates.
        const std::string later = std::to_string(start + 60 * step + 31 * 60 * 1000);
        const Run escalate = runSaggarctl({"alerts", "evaluate", "--workspace", ws, "--now", later}, kValued);
        QVERIFY(escalate.out.find(" 0 escalated") == std::string::npos);
        QVERIFY(runSaggarctl({"alerts", "list", "--workspace", ws, "--now", later}, kValued)
                    .out.find("escalated") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSaggarctlAlerts)
#include "tst_saggarctl_alerts.moc"
