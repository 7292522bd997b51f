// SqlitePortfolioSource over a hand-made portfolio: every filter alone and combined, each sort key
// in both directions with ties by id, free text over every searched field, and rows() in order.
#include "storage/portfolio_writer.h"
#include "storage/schema.h"
#include "storage/sqlite_portfolio_source.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

Q_DECLARE_METATYPE(saggar::PortfolioFilter)

namespace {

// Files 1-5 of three enterprises; see the expected orders in sortKeys_data().
PortfolioSnapshot smallPortfolio()
{
    PortfolioSnapshot s;
    s.users = {
        td::user(1, "liwei", "Li Wei", Role::Analyst), td::user(2, "zhangmin", "Zhang Min", Role::Appraiser),
        td::user(3, "wangfang", "Wang Fang", Role::Manager), td::user(4, "anqi", "An Qi", Role::Analyst)};
    s.enterprises = {td::enterprise(1, 1, "佛山金砖陶瓷有限公司", "foshan Golden Tile", Cluster::Foshan),
                     td::enterprise(2, 2, "德化青花瓷业有限公司", "Dehua Blue Porcelain", Cluster::Dehua),
                     td::enterprise(3, 3, "淄博华光陶瓷有限公司", "Zibo Hualong Ceramics", Cluster::Zibo)};
    const TimestampMs t = td::kBaseMs;
    s.files = {td::file(1, "SG-2026-000001", 1, Money::fromYuan(1'000'000), LoanState::Draft, 1, t + 1),
               td::file(2, "SG-2026-000002", 2, Money::fromYuan(5'000'000), LoanState::Submitted, 4, t + 5),
               td::file(3, "SG-2026-000003", 3, Money::fromYuan(2'500'000), LoanState::Monitoring, 1, t + 3),
               td::file(4, "SG-2026-000004", 1, Money::fromYuan(800'000), LoanState::Approved, 4, t + 3),
               td::file(5, "SG-2025-000099", 2, Money::fromYuan(5'000'000), LoanState::Draft, 1, t + 2)};
    s.files[1].appraiserId = 2;
    s.files[2].managerId = 3;
    s.files[4].appraiserId = 2;
    s.files[4].managerId = 3;
    s.trucks = {td::truck(1, 1, 1, 1), td::truck(2, 2, 1, 1), td::truck(3, 3, 3, 3), td::truck(4, 4, 1, 0)};
    s.kilns = {td::kiln(1, 1, 2, 2), td::kiln(2, 2, 3, 3), td::kiln(3, 3, 3, 3)};
    s.documents = {td::document(1, 1, DocumentKind::BusinessLicence)};
    return s;
}

QList<qint64> toList(const std::vector<Id>& ids)
{
    return QList<qint64>(ids.begin(), ids.end());
}

PortfolioFilter byFileNo()
{
    PortfolioFilter f;
    f.sortKey = PortfolioSortKey::FileNo;
    f.descending = false;
    return f;
}

} // namespace

class TestPortfolioSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqlitePortfolioSource> m_source;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY(ws.ok());
        m_workspace = std::move(*ws);
        auto saved = savePortfolio(m_workspace->db(), smallPortfolio());
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().message.c_str());
        auto source = SqlitePortfolioSource::open(m_workspace->databasePath());
        QVERIFY2(source.ok(), source.ok() ? "" : source.error().message.c_str());
        m_source = std::move(*source);
    }

    void sortKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QList<qint64>>("ascending");
        QTest::newRow("file no") << int(PortfolioSortKey::FileNo) << QList<qint64>{5, 1, 2, 3, 4};
        // Case-insensitive English names: Dehua, foshan, Zibo.
        QTest::newRow("enterprise") << int(PortfolioSortKey::Enterprise) << QList<qint64>{2, 5, 1, 4, 3};
        // Declaration order: Foshan, Zibo, Dehua.
        QTest::newRow("cluster") << int(PortfolioSortKey::Cluster) << QList<qint64>{1, 4, 3, 2, 5};
        // Workflow order: Draft, Submitted, Approved, Monitoring.
        QTest::newRow("state") << int(PortfolioSortKey::State) << QList<qint64>{1, 5, 2, 4, 3};
        QTest::newRow("amount") << int(PortfolioSortKey::Amount) << QList<qint64>{4, 1, 3, 2, 5};
        QTest::newRow("assignee") << int(PortfolioSortKey::Assignee) << QList<qint64>{2, 4, 1, 3, 5};
        QTest::newRow("updated") << int(PortfolioSortKey::Updated) << QList<qint64>{1, 5, 3, 4, 2};
    }
    void sortKeys()
    {
        QFETCH(int, key);
        QFETCH(QList<qint64>, ascending);
        PortfolioFilter f;
        f.sortKey = PortfolioSortKey(key);
        f.descending = false;
        auto up = m_source->matchingIds(f);
        QVERIFY2(up.ok(), up.ok() ? "" : up.error().message.c_str());
        QCOMPARE(toList(*up), ascending);
        f.descending = true;
        auto down = m_source->matchingIds(f);
        QVERIFY(down.ok());
        QList<qint64> descending(ascending.rbegin(), ascending.rend());
        QCOMPARE(toList(*down), descending);
    }

    void filters_data()
    {
        QTest::addColumn<PortfolioFilter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        auto with = [](auto change) {
            PortfolioFilter f = byFileNo();
            change(f);
            return f;
        };
        auto text = [&](const std::string& t) { return with([&](PortfolioFilter& f) { f.text = t; }); };
        QTest::newRow("nothing") << byFileNo() << QList<qint64>{5, 1, 2, 3, 4};
        QTest::newRow("english name, any case") << text("GOLDEN tile") << QList<qint64>{1, 4};
        QTest::newRow("chinese name") << text("青花") << QList<qint64>{5, 2};
        QTest::newRow("uscc upper case") << text(td::uscc(3)) << QList<qint64>{3};
        QTest::newRow("uscc lower case") << text(asciiLowerForTest(td::uscc(3))) << QList<qint64>{3};
        QTest::newRow("file number") << text("sg-2025") << QList<qint64>{5};
        QTest::newRow("plate") << text(td::plate(3)) << QList<qint64>{3};
        QTest::newRow("plate of two trucks' file") << text(td::plate(2)) << QList<qint64>{1};
        QTest::newRow("unpledged truck's plate") << text(td::plate(4)) << QList<qint64>{};
        QTest::newRow("vin, lower case tail")
            << text(asciiLowerForTest(td::vin(2).substr(9))) << QList<qint64>{1};
        QTest::newRow("no match") << text("kiln of nowhere") << QList<qint64>{};
        // Fields are joined by '\n' but no file's text starts with one: this only occurs where file 1's
        // text meets file 2's, and nothing may match across two files.
        QTest::newRow("no match across files") << text("\nsg-2026-000002") << QList<qint64>{};
        QTest::newRow("state") << with([](PortfolioFilter& f) { f.state = LoanState::Draft; })
                               << QList<qint64>{5, 1};
        QTest::newRow("cluster") << with([](PortfolioFilter& f) { f.cluster = Cluster::Dehua; })
                                 << QList<qint64>{5, 2};
        QTest::newRow("min amount, inclusive")
            << with([](PortfolioFilter& f) { f.minAmount = Money::fromYuan(1'000'000); })
            << QList<qint64>{5, 1, 2, 3};
        QTest::newRow("max amount, inclusive")
            << with([](PortfolioFilter& f) { f.maxAmount = Money::fromYuan(1'000'000); })
            << QList<qint64>{1, 4};
        QTest::newRow("amount range of one value") << with([](PortfolioFilter& f) {
            f.minAmount = Money::fromYuan(5'000'000);
            f.maxAmount = Money::fromYuan(5'000'000);
        }) << QList<qint64>{5, 2};
        QTest::newRow("assignee as analyst")
            << with([](PortfolioFilter& f) { f.assigneeId = 1; }) << QList<qint64>{5, 1, 3};
        QTest::newRow("assignee as appraiser")
            << with([](PortfolioFilter& f) { f.assigneeId = 2; }) << QList<qint64>{5, 2};
        QTest::newRow("assignee as manager")
            << with([](PortfolioFilter& f) { f.assigneeId = 3; }) << QList<qint64>{5, 3};
        QTest::newRow("text + state + assignee") << with([](PortfolioFilter& f) {
            f.text = "SG-2026";
            f.state = LoanState::Draft;
            f.assigneeId = 1;
        }) << QList<qint64>{1};
        QTest::newRow("cluster + min amount") << with([](PortfolioFilter& f) {
            f.cluster = Cluster::Foshan;
            f.minAmount = Money::fromYuan(900'000);
        }) << QList<qint64>{1};
        QTest::newRow("text + max amount") << with([](PortfolioFilter& f) {
            f.text = "golden";
            f.maxAmount = Money::fromYuan(900'000);
        }) << QList<qint64>{4};
        QTest::newRow("state + cluster + assignee") << with([](PortfolioFilter& f) {
            f.state = LoanState::Monitoring;
            f.cluster = Cluster::Zibo;
            f.assigneeId = 3;
        }) << QList<qint64>{3};
        QTest::newRow("chinese text + assignee, by amount desc") << with([](PortfolioFilter& f) {
            f.text = "瓷";
            f.assigneeId = 1;
            f.sortKey = PortfolioSortKey::Amount;
            f.descending = true;
        }) << QList<qint64>{5, 3, 1};
    }
    void filters()
    {
        QFETCH(PortfolioFilter, filter);
        QFETCH(QList<qint64>, expected);
        auto ids = m_source->matchingIds(filter);
        QVERIFY2(ids.ok(), ids.ok() ? "" : ids.error().message.c_str());
        QCOMPARE(toList(*ids), expected);
    }

    void rowsKeepTheGivenOrder()
    {
        auto rows = m_source->rows({3, 99, 1, 2});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(3)); // 99 does not exist: left out
        const PortfolioRow& r3 = (*rows)[0];
        QCOMPARE(r3.fileId, 3);
        QCOMPARE(r3.fileNo, std::string("SG-2026-000003"));
        QCOMPARE(r3.enterpriseNameZh, std::string("淄博华光陶瓷有限公司"));
        QCOMPARE(r3.enterpriseNameEn, std::string("Zibo Hualong Ceramics"));
        QCOMPARE(r3.uscc, td::uscc(3));
        QCOMPARE(r3.cluster, Cluster::Zibo);
        QCOMPARE(r3.segment, Segment::BuildingTiles);
        QCOMPARE(r3.state, LoanState::Monitoring);
        QCOMPARE(r3.product, Product::EquipmentMortgage);
        QCOMPARE(r3.amount, Money::fromYuan(2'500'000));
        QCOMPARE(r3.analystName, std::string("Li Wei"));
        QCOMPARE(r3.truckCount, 1);
        QCOMPARE(r3.kilnCount, 2);
        QCOMPARE(r3.updatedAtMs, td::kBaseMs + 3);
        QCOMPARE((*rows)[1].fileId, 1);
        QCOMPARE((*rows)[1].truckCount, 2);
        QCOMPARE((*rows)[1].kilnCount, 0);
        QCOMPARE((*rows)[2].fileId, 2);
        QCOMPARE((*rows)[2].analystName, std::string("An Qi"));
        QVERIFY(m_source->rows({})->empty());
    }

    void rowsAcrossBatches()
    {
        std::vector<Id> ids;
        for (int i = 0; i < 450; ++i)
            ids.push_back(5 - i % 5);
        auto rows = m_source->rows(ids);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE((*rows)[i].fileId, ids[i]);
    }

    void seesLaterCommits()
    {
        auto before = m_source->matchingIds(byFileNo());
        QVERIFY(before.ok());
        PortfolioSnapshot more;
        more.files = {td::file(6, "SG-2026-000006", 3, Money::fromYuan(3'000'000))};
        QVERIFY(savePortfolio(m_workspace->db(), more).ok());
        auto after = m_source->matchingIds(byFileNo());
        QCOMPARE(after->size(), before->size() + 1);
        PortfolioFilter zibo = byFileNo();
        zibo.text = "hualong";
        QCOMPARE(toList(*m_source->matchingIds(zibo)), (QList<qint64>{3, 6}));
    }

    void openFailures()
    {
        auto missing = SqlitePortfolioSource::open(m_dir.filePath("absent.db").toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, int(ErrorCode::DatabaseMissing));
        const std::string old = m_dir.filePath("v1.db").toStdString();
        {
            auto db = Database::open(old, OpenMode::CreateReadWrite);
            QVERIFY(db.ok() && migrateTo(*db, 1).ok());
        }
        auto v1 = SqlitePortfolioSource::open(old);
        QVERIFY(!v1.ok());
        QVERIFY(v1.error().message.find("upgrade") != std::string::npos);
    }

private:
    static std::string asciiLowerForTest(std::string s)
    {
        for (char& c : s)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }
};

QTEST_GUILESS_MAIN(TestPortfolioSource)
#include "tst_portfolio_source.moc"
