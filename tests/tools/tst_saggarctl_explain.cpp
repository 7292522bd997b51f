// saggarctl valuation explain: a stored valuation's reasons recomputed from its record (the baseline, one
// line per factor, the value matching the stored one); an asset without a stored valuation, an unknown
// valuation id and a malformed asset name are refused.
#include "saggarctl_run.h"

#include "core/valuation_appraisal.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;
using ctl::testing::runSaggarctl;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18

} // namespace

class TestSaggarctlExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        QVERIFY(addDemoValuation((*ws)->db(), 5, kNow, 300));
        QVERIFY(insertUser((*ws)->db(), User{7, "user7", "估值人", Role::Appraiser, "", true}));
        SqliteValuationStore store((*ws)->db());
        Truck truck;
        truck.id = 41;
        truck.brand = "Shacman";
        truck.year = 2022;
        truck.purchasePrice = Money::fromYuan(450'000);
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Foshan, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY(appraisal);
        auto id = store.saveValuation(appraisal->record);
        QVERIFY(id);
        m_id = *id;
        m_fair = appraisal->record.values.market.fairMarket;
    }

    void explainsTheLatestStoredValuation()
    {
        const std::string ws = m_dir.path().toStdString();
        const auto r = runSaggarctl({"valuation", "explain", "truck:41", "--workspace", ws}, {"workspace"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("valuation #" + std::to_string(m_id) + " of truck:41") != std::string::npos,
                 r.out.c_str());
        QVERIFY(r.out.find("baseline: ") != std::string::npos);
        QVERIFY(r.out.find("\n  age: ") != std::string::npos);
        QVERIFY(r.out.find("the model uses its default direction") != std::string::npos);
        char stored[64];
        std::snprintf(stored, sizeof stored, "stored %.2f", static_cast<double>(m_fair.fen()) / 100.0);
        QVERIFY2(r.out.find(stored) != std::string::npos, r.out.c_str());
        // Nine factors, one line each.
        int lines = 0;
        for (std::size_t at = r.out.find("\n  "); at != std::string::npos; at = r.out.find("\n  ", at + 1))
            ++lines;
        QCOMPARE(lines, 9);
        const auto same = runSaggarctl(
            {"valuation", "explain", "truck:41", std::to_string(m_id), "--workspace", ws}, {"workspace"});
        QCOMPARE(same.code, 0);
        QCOMPARE(same.out, r.out); // deterministic
    }

    void refusesWhatIsNotThere()
    {
        const std::string ws = m_dir.path().toStdString();
        auto r = runSaggarctl({"valuation", "explain", "truck:42", "--workspace", ws}, {"workspace"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.find("No stored valuation of truck:42") != std::string::npos);
        r = runSaggarctl({"valuation", "explain", "truck:41", "999999", "--workspace", ws}, {"workspace"});
        QCOMPARE(r.code, 1);
        r = runSaggarctl({"valuation", "explain", "lorry:41", "--workspace", ws}, {"workspace"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("usage: saggarctl valuation explain") != std::string::npos);
    }

private:
    QTemporaryDir m_dir;
    Id m_id = 0;
    Money m_fair;
};

QTEST_GUILESS_MAIN(TestSaggarctlExplain)
#include "tst_saggarctl_explain.moc"
