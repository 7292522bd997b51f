// SqliteLoanFileStore: drafts with the checklist of their product, file numbers per year, enterprise
// reuse by USCC, pledging trucks and kilns (search follows), refusals that change nothing, users.
#include "storage/search_text.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_portfolio_source.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include "core/document_requirements.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

constexpr TimestampMs k2025 = 1750000000000; // 2025-06-15 UTC

} // namespace

class TestLoanFileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    int m_n = 0;

    Database& db() { return m_workspace->db(); }
    std::int64_t count(const char* table)
    {
        return *db().queryInt64(std::string("SELECT count(*) FROM ") + table);
    }
    std::array<std::int64_t, 7> counts()
    {
        return {count("enterprises"),
                count("loan_files"),
                count("trucks"),
                count("kilns"),
                count("documents"),
                count("audit_log"),
                *db().queryInt64("SELECT coalesce(sum(version), 0) FROM loan_files")};
    }
    Id draft(int enterpriseNo = 1, Product product = Product::FleetPurchase,
             TimestampMs createdAt = td::kBaseMs)
    {
        LoanFile f = td::file(0, "", 0);
        f.product = product;
        f.createdAtMs = createdAt;
        f.updatedAtMs = 0;
        auto id = m_store->createDraft(
            td::enterprise(0, enterpriseNo, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f);
        if (!id)
            qFatal("createDraft: %s", id.error().message.c_str());
        return *id;
    }
    std::vector<Id> search(const std::string& text)
    {
        auto source = SqlitePortfolioSource::open(m_workspace->databasePath());
        PortfolioFilter f;
        f.text = text;
        return source.ok() && (*source)->matchingIds(f).ok() ? *(*source)->matchingIds(f)
                                                             : std::vector<Id>{-1};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(QString("ws-%1").arg(++m_n)).toStdString(), true);
        QVERIFY(ws.ok());
        m_workspace = std::move(*ws);
        m_store = std::make_unique<SqliteLoanFileStore>(db());
        QVERIFY(insertUser(db(), td::user(1, "analyst", "Li Wei", Role::Analyst)).ok());
        QVERIFY(insertUser(db(), td::user(2, "appraiser", "Zhang Min", Role::Appraiser)).ok());
        QVERIFY(insertUser(db(), td::user(3, "manager", "Wang Fang", Role::Manager)).ok());
    }
    void cleanup()
    {
        m_store.reset();
        m_workspace.reset();
    }

    void checklistPerProduct_data()
    {
        using K = DocumentKind;
        QTest::addColumn<int>("product");
        QTest::addColumn<QList<int>>("kinds");
        const QList<int> base{int(K::BusinessLicence), int(K::FinancialStatements), int(K::BankStatements),
                              int(K::InsurancePolicy), int(K::PlantLeaseOrLandCertificate)};
        const QList<int> vehicles{int(K::VehicleRegistration), int(K::DrivingLicence)};
        const QList<int> kilns{int(K::PurchaseInvoice), int(K::KilnAcceptance)};
        QTest::newRow("fleet purchase") << int(Product::FleetPurchase) << base + vehicles;
        QTest::newRow("kiln upgrade") << int(Product::KilnUpgrade) << base + kilns;
        QTest::newRow("equipment mortgage") << int(Product::EquipmentMortgage) << base + vehicles + kilns;
        QTest::newRow("working capital") << int(Product::WorkingCapital) << base + vehicles + kilns;
    }
    void checklistPerProduct()
    {
        QFETCH(int, product);
        QFETCH(QList<int>, kinds);
        const Id id = draft(1, Product(product));
        auto detail = m_store->loadFile(id);
        QVERIFY(detail.ok());
        QList<int> stored;
        for (const Document& d : detail->documents) {
            stored << int(d.kind);
            QCOMPARE(d.status, DocumentStatus::Missing);
            QCOMPARE(d.loanFileId, id);
        }
        QCOMPARE(stored, kinds);
        QCOMPARE(int(requiredDocuments(Product(product)).size()), kinds.size());
    }

    void draftIsNumberedPerYear()
    {
        const Id first = draft(1);
        const Id second = draft(2);
        const Id older = draft(3, Product::KilnUpgrade, k2025);
        auto a = m_store->loadFile(first);
        QVERIFY(a.ok());
        QCOMPARE(a->file.fileNo, std::string("SG-2026-000001"));
        QCOMPARE(a->file.state, LoanState::Draft);
        QCOMPARE(a->file.version, 1);
        QCOMPARE(a->file.updatedAtMs, td::kBaseMs);
        QCOMPARE(m_store->loadFile(second)->file.fileNo, std::string("SG-2026-000002"));
        QCOMPARE(m_store->loadFile(older)->file.fileNo, std::string("SG-2025-000001"));
    }

    void loadFileHasEverything()
    {
        LoanFile f = td::file(0, "", 0);
        f.appraiserId = 2;
        f.managerId = 3;
        f.state = LoanState::Approved; // a new file is a Draft whatever it says
        auto id = m_store->createDraft(td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f);
        QVERIFY(id.ok());
        QVERIFY(m_store->addTruck(td::truck(0, 1, 0, *id)).ok());
        QVERIFY(m_store->addKiln(td::kiln(0, 1, 0, *id)).ok());
        auto d = m_store->loadFile(*id);
        QVERIFY(d.ok());
        QCOMPARE(d->file.state, LoanState::Draft);
        QCOMPARE(d->enterprise.nameEn, std::string("Foshan Golden Tile"));
        QCOMPARE(d->enterprise.id, d->file.enterpriseId);
        QCOMPARE(d->trucks.size(), std::size_t(1));
        QCOMPARE(d->trucks[0].enterpriseId, d->file.enterpriseId); // filled in from the file
        QCOMPARE(d->kilns.size(), std::size_t(1));
        QCOMPARE(d->analystName, std::string("Li Wei"));
        QCOMPARE(d->appraiserName, std::string("Zhang Min"));
        QCOMPARE(d->managerName, std::string("Wang Fang"));
        QCOMPARE(m_store->loadFile(999).error().code, int(ErrorCode::NotFound));
    }

    void enterpriseIsReusedByUscc()
    {
        const Id first = draft(1);
        LoanFile f = td::file(0, "", 0);
        auto second = m_store->createDraft(td::enterprise(0, 1, "别的名字", "Another Name"), f);
        QVERIFY(second.ok());
        QCOMPARE(count("enterprises"), 1);
        auto d = m_store->loadFile(*second);
        QCOMPARE(d->file.enterpriseId, m_store->loadFile(first)->file.enterpriseId);
        QCOMPARE(d->enterprise.nameZh, std::string("佛山金砖陶瓷有限公司")); // the stored names are kept
    }

    void draftRefusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("invalid enterprise") << "enterprise" << int(ErrorCode::InvalidInput);
        QTest::newRow("invalid file") << "file" << int(ErrorCode::InvalidInput);
        QTest::newRow("analyst not stored") << "analyst" << int(ErrorCode::Conflict);
    }
    void draftRefusalsChangeNothing()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        Enterprise e = td::enterprise(0, 7, "新陶瓷厂", "New Kiln Works");
        LoanFile f = td::file(0, "", 0);
        if (what == "enterprise")
            e.staff = 0;
        else if (what == "file")
            f.termMonths = 0;
        else
            f.analystId = 99; // found only when the row is written: the new enterprise must vanish too
        const auto before = counts();
        auto id = m_store->createDraft(e, f);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
        QCOMPARE(counts(), before);
        QVERIFY(!db().inTransaction());
    }

    void pledgingUpdatesSearch()
    {
        const Id id = draft(1);
        const TimestampMs updatedBefore = m_store->loadFile(id)->file.updatedAtMs;
        QVERIFY(search(td::plate(5)).empty());
        auto truck = m_store->addTruck(td::truck(0, 5, 0, id));
        QVERIFY2(truck.ok(), truck.ok() ? "" : truck.error().message.c_str());
        QCOMPARE(search(td::plate(5)), std::vector<Id>{id});
        QCOMPARE(search(td::vin(5).substr(3, 8)), std::vector<Id>{id});
        QVERIFY(m_store->loadFile(id)->file.updatedAtMs > updatedBefore);
        auto kiln = m_store->addKiln(td::kiln(0, 5, 0, id));
        QVERIFY(kiln.ok());
        QCOMPARE(m_store->loadFile(id)->kilns.front().gatewayId, td::kiln(0, 5, 0, id).gatewayId);
    }

    void pledgedTrucksAppendedAsARecomputeWouldWrite()
    {
        // Each pledge appends its truck to the search text; the result must equal a recompute from
        // every stored truck (the migration's and portfolio writer's text), in the same order.
        const Id id = draft(1);
        for (int i = 11; i <= 14; ++i)
            QVERIFY(m_store->addTruck(td::truck(0, i, 0, id)).ok());
        const std::string sql = "SELECT search_text FROM loan_files WHERE id = " + std::to_string(id);
        const std::string appended = *db().queryText(sql);
        QVERIFY(appended.find(asciiLower(td::vin(14))) != std::string::npos);
        QVERIFY(appended.find(asciiLower(td::vin(11))) < appended.find(asciiLower(td::vin(14))));
        QVERIFY(refreshSearchText(db(), id).ok());
        QCOMPARE(*db().queryText(sql), appended);
    }

    void pledgeRefusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("truck of a missing file") << "truck-missing-file" << int(ErrorCode::NotFound);
        QTest::newRow("truck without a file") << "truck-no-file" << int(ErrorCode::InvalidInput);
        QTest::newRow("truck of another enterprise")
            << "truck-other-enterprise" << int(ErrorCode::InvalidInput);
        QTest::newRow("truck with a bad VIN") << "truck-bad-vin" << int(ErrorCode::InvalidInput);
        QTest::newRow("truck with a taken plate") << "truck-taken-plate" << int(ErrorCode::Conflict);
        QTest::newRow("kiln of a missing file") << "kiln-missing-file" << int(ErrorCode::NotFound);
        QTest::newRow("kiln without a gateway") << "kiln-no-gateway" << int(ErrorCode::InvalidInput);
        QTest::newRow("kiln with a taken gateway") << "kiln-taken-gateway" << int(ErrorCode::Conflict);
    }
    void pledgeRefusalsChangeNothing()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        const Id id = draft(1);
        const Id other = draft(2);
        QVERIFY(m_store->addTruck(td::truck(0, 1, 0, id)).ok());
        QVERIFY(m_store->addKiln(td::kiln(0, 1, 0, id)).ok());
        const auto before = counts();
        const std::string searchBefore = *db().queryText("SELECT group_concat(search_text) FROM loan_files");
        Truck t = td::truck(0, 2, 0, id);
        Kiln k = td::kiln(0, 2, 0, id);
        Error error;
        if (what == "truck-missing-file") {
            t.loanFileId = 999;
        } else if (what == "truck-no-file") {
            t.loanFileId = 0;
        } else if (what == "truck-other-enterprise") {
            t.enterpriseId = m_store->loadFile(other)->file.enterpriseId;
        } else if (what == "truck-bad-vin") {
            t.vin = "LFV3A24G";
        } else if (what == "truck-taken-plate") {
            t.plate = td::plate(1);
        } else if (what == "kiln-missing-file") {
            k.loanFileId = 999;
        } else if (what == "kiln-no-gateway") {
            k.gatewayId.clear();
        } else {
            k.gatewayId = td::kiln(0, 1, 0, id).gatewayId;
        }
        error = what.startsWith("truck") ? m_store->addTruck(t).error() : m_store->addKiln(k).error();
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.empty());
        QCOMPARE(counts(), before);
        QCOMPARE(*db().queryText("SELECT group_concat(search_text) FROM loan_files"), searchBefore);
    }

    void userDirectory()
    {
        auto found = m_store->findByLogin("appraiser");
        QVERIFY(found.ok());
        QCOMPARE(found->displayName, std::string("Zhang Min"));
        QCOMPARE(found->role, Role::Appraiser);
        auto missing = m_store->findByLogin("nobody");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, int(ErrorCode::NotFound));
        QVERIFY(contains(missing.error().message, "nobody"));
        auto all = m_store->allUsers();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->front().displayName, std::string("Li Wei")); // by display name
    }
};

QTEST_GUILESS_MAIN(TestLoanFileStore)
#include "tst_loan_file_store.moc"
