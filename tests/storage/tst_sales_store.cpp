// SqliteSalesStore: realised sales stored and read back whole; an import with one bad sale (unknown type,
// missing asset, bad field) is refused naming it and stores nothing; promoting a challenger retires the
// champion and writes its chained log entry in the same transaction (a failing log insert leaves the roles
// as they were); only managers promote, with a reason, and only a challenger; one champion at a time.
#include "storage/asset_repository.h"
#include "storage/enterprise_repository.h"
#include "storage/loan_file_repository.h"
#include "storage/sqlite_sales_store.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage_test_data.h"

#include "core/audit_chain.h"
#include "core/valuation_generator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;
namespace td = saggar::testdata;

namespace {

std::int64_t count(const Database& db, const char* sql)
{
    return *db.queryInt64(sql);
}

RealisedSale sale(std::string kind, Id id, std::string type, std::string date, std::int64_t yuan)
{
    RealisedSale s;
    s.assetKind = std::move(kind);
    s.assetId = id;
    s.typeCode = std::move(type);
    s.saleDate = std::move(date);
    s.price = Money::fromYuan(yuan);
    s.channel = SaleChannel::JudicialAuction;
    s.cluster = Cluster::Zibo;
    s.source = "淄博中院 拍卖公告";
    return s;
}

std::string roleOf(const Database& db, const std::string& version)
{
    auto stmt = db.prepare("SELECT role FROM valuation_models WHERE version = ?1");
    (void)stmt->bindText(1, version);
    return *stmt->step() ? stmt->columnText(0) : std::string();
}

} // namespace

class TestSalesStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(
            td::freshDatabase(m_dir.filePath(QString("sales-%1.db").arg(++m_n)).toStdString()));
        QVERIFY(insertUser(*m_db, td::user(1, "manager", "李经理", Role::Manager)).ok());
        QVERIFY(insertUser(*m_db, td::user(2, "analyst", "张分析", Role::Analyst)).ok());
        QVERIFY(insertEnterprise(*m_db, td::enterprise(1, 1, "淄博陶瓷", "Zibo Ceramics")).ok());
        QVERIFY(insertLoanFile(*m_db, td::file(1, "SG-2026-0001", 1)).ok());
        QVERIFY(insertTruck(*m_db, td::truck(7, 1, 1, 1)).ok());
        SqliteValuationStore store(*m_db);
        QVERIFY(store.importLibrary(writeLibrary(generateLibrary()), 1, 1000).ok());
        Figures f;
        f.medianApe = 0.1;
        QVERIFY(store.saveModel({"vm-a", "2026.11", "sha256:x", f, "champion", 1, "body a"}).ok());
        QVERIFY(store.saveModel({"vm-b", "2026.11", "sha256:y", f, "challenger", 2, "body b"}).ok());
    }
    void cleanup() { m_db.reset(); }

    void salesRoundTrip()
    {
        SqliteSalesStore store(*m_db);
        RealisedSale outside = sale("", 0, "KLN-ROLLER-150-25-GAS", "2026-03-01", 1'200'000);
        outside.channel = SaleChannel::Dealer;
        RealisedSale truck = sale("truck", 7, "TRK-TRACTOR-6X4-FAW-DIESEL", "2026-02-01", 182'000);
        truck.ageYears = 5.5;
        truck.usage = 610'000;
        truck.price = Money::fromFen(18'200'050);
        auto ids = store.importSales({outside, truck}, 1, 5000);
        QVERIFY2(ids.ok(), ids.ok() ? "" : ids.error().message.c_str());
        QCOMPARE(ids->size(), std::size_t(2));
        auto all = store.sales();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(2));
        const RealisedSale& a = (*all)[0]; // earlier sale date first
        QCOMPARE(a.id, (*ids)[1]);
        QCOMPARE(a.assetKind, std::string("truck"));
        QCOMPARE(a.assetId, Id(7));
        QCOMPARE(a.price, Money::fromFen(18'200'050));
        QCOMPARE(a.channel, SaleChannel::JudicialAuction);
        QCOMPARE(a.cluster, Cluster::Zibo);
        QCOMPARE(*a.ageYears, 5.5);
        QCOMPARE(*a.usage, 610'000.0);
        QCOMPARE(a.source, std::string("淄博中院 拍卖公告"));
        QCOMPARE(a.recordedBy, Id(1));
        QCOMPARE(a.recordedAtMs, TimestampMs(5000));
        const RealisedSale& b = (*all)[1];
        QVERIFY(b.outside());
        QVERIFY(!b.ageYears);
        QCOMPARE(b.channel, SaleChannel::Dealer);
    }

    void badImportChangesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown type") << 0 << "sale 2: type_code \"NO-SUCH-TYPE\" is not in library 2026.11";
        QTest::newRow("missing truck") << 1 << "sale 2: there is no truck 99 in this workspace";
        QTest::newRow("bad date") << 2 << "sale 2: sale_date";
        QTest::newRow("zero price") << 3 << "sale 2: price_yuan must be more than zero";
    }

    void badImportChangesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        SqliteSalesStore store(*m_db);
        const RealisedSale good = sale("truck", 7, "TRK-TRACTOR-6X4-FAW-DIESEL", "2026-02-01", 182'000);
        RealisedSale bad = good;
        if (which == 0)
            bad.typeCode = "NO-SUCH-TYPE";
        else if (which == 1)
            bad.assetId = 99;
        else if (which == 2)
            bad.saleDate = "2026-02-30";
        else
            bad.price = Money();
        auto r = store.importSales({good, bad, good}, 1, 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
        QVERIFY2(QString::fromStdString(r.error().message).startsWith(expected), r.error().message.c_str());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM realised_sales"), std::int64_t(0));
    }

    void promotionIsAudited()
    {
        SqliteSalesStore store(*m_db);
        auto change =
            store.promoteChallenger("vm-b", 1, Role::Manager, "  lower error on 240 realised sales ", 9000);
        QVERIFY2(change.ok(), change.ok() ? "" : change.error().message.c_str());
        QCOMPARE(change->fromVersion, std::string("vm-a"));
        QCOMPARE(change->toVersion, std::string("vm-b"));
        QCOMPARE(change->reason, std::string("lower error on 240 realised sales"));
        QCOMPARE(roleOf(*m_db, "vm-b"), std::string("champion"));
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("retired"));
        auto log = store.modelRoleChanges();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), std::size_t(1));
        const ModelRoleChange& e = log->front();
        QCOMPARE(e.actorName, std::string("李经理"));
        QCOMPARE(e.actorRole, Role::Manager);
        QCOMPARE(e.atMs, TimestampMs(9000));
        QCOMPARE(e.seq, std::int64_t(1));
        // The entry's hash is the audit chain's over its fields, after the genesis hash.
        AuditEntry check;
        check.seq = 1;
        check.actorId = 1;
        check.actorRole = Role::Manager;
        check.atMs = 9000;
        check.kind = AuditKind::Field;
        check.subject = "valuation_model:champion";
        check.before = "vm-a";
        check.after = "vm-b";
        check.reason = "lower error on 240 realised sales";
        check.prevHashHex = kGenesisHash;
        QCOMPARE(e.hashHex, auditEntryHash(check));
        // The log cannot be edited.
        QVERIFY(!m_db->exec("UPDATE valuation_model_audit SET reason = 'x'").ok());
        QVERIFY(!m_db->exec("DELETE FROM valuation_model_audit").ok());
        // vm-b is the champion now: it cannot be promoted again.
        auto again = store.promoteChallenger("vm-b", 1, Role::Manager, "again", 9100);
        QCOMPARE(again.error().code, int(ErrorCode::InvalidInput));
    }

    void promotionRefusals()
    {
        SqliteSalesStore store(*m_db);
        QCOMPARE(store.promoteChallenger("vm-b", 2, Role::Analyst, "why not", 1).error().code,
                 int(ErrorCode::Forbidden));
        QCOMPARE(store.promoteChallenger("vm-b", 1, Role::Manager, "  \n", 1).error().code,
                 int(ErrorCode::InvalidInput));
        QCOMPARE(store.promoteChallenger("vm-x", 1, Role::Manager, "typo", 1).error().code,
                 int(ErrorCode::NotFound));
        QCOMPARE(store.promoteChallenger("vm-a", 1, Role::Manager, "already", 1).error().code,
                 int(ErrorCode::InvalidInput));
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("champion"));
        QCOMPARE(roleOf(*m_db, "vm-b"), std::string("challenger"));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM valuation_model_audit"), std::int64_t(0));
    }

    void failedLogLeavesRolesAlone()
    {
        // The log entry cannot be written (a trigger refuses it): the role change must not stay either.
        QVERIFY(m_db->exec("CREATE TRIGGER refuse_log BEFORE INSERT ON valuation_model_audit BEGIN "
                           "SELECT RAISE(ABORT, 'log refused'); END;")
                    .ok());
        SqliteSalesStore store(*m_db);
        QVERIFY(!store.promoteChallenger("vm-b", 1, Role::Manager, "better", 1).ok());
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("champion"));
        QCOMPARE(roleOf(*m_db, "vm-b"), std::string("challenger"));
    }

    void oneChampionOnly()
    {
        SqliteValuationStore store(*m_db);
        Figures f;
        QVERIFY(!store.saveModel({"vm-c", "2026.11", "sha256:z", f, "champion", 3, "body c"}).ok());
        QVERIFY(!m_db->exec("UPDATE valuation_models SET role = 'champion' WHERE version = 'vm-b'").ok());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM valuation_models WHERE role = 'champion'"),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSalesStore)
#include "tst_sales_store.moc"
