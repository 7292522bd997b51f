// Repositories: each aggregate round-trips through insert and get, invalid input is refused naming
// the field with nothing written, and duplicates of unique codes get a clear Conflict.
#include "storage/asset_repository.h"
#include "storage/document_repository.h"
#include "storage/enterprise_repository.h"
#include "storage/loan_file_repository.h"
#include "storage/user_repository.h"
#include "storage_test_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::int64_t count(const Database& db, const char* table)
{
    return *db.queryInt64(std::string("SELECT count(*) FROM ") + table);
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    // A stored user 1, enterprise 1 and file 1 for the child records to hang on.
    void seed()
    {
        QVERIFY(insertUser(*m_db, td::user(1, "analyst", "Li Wei", Role::Analyst)).ok());
        QVERIFY(
            insertEnterprise(*m_db, td::enterprise(1, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile")).ok());
        QVERIFY(insertLoanFile(*m_db, td::file(1, "SG-2026-000001", 1)).ok());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(
            td::freshDatabase(m_dir.filePath(QString("repo-%1.db").arg(++m_n)).toStdString()));
        seed();
    }
    void cleanup() { m_db.reset(); }

    void userRoundTrip()
    {
        User u = td::user(0, "appraiser", "Zhang Min", Role::Appraiser);
        u.active = false;
        auto id = insertUser(*m_db, u);
        QVERIFY(id.ok());
        QVERIFY(*id != 1);
        auto back = getUser(*m_db, *id);
        QVERIFY(back.ok());
        QCOMPARE(back->login, u.login);
        QCOMPARE(back->displayName, u.displayName);
        QCOMPARE(back->role, Role::Appraiser);
        QCOMPARE(back->passwordHash, u.passwordHash);
        QCOMPARE(back->active, false);
        QCOMPARE(findUserByLogin(*m_db, "appraiser")->id, *id);
        QCOMPARE(findUserByLogin(*m_db, "nobody").error().code, int(ErrorCode::NotFound));
        QCOMPARE(getUser(*m_db, 999).error().code, int(ErrorCode::NotFound));
        QCOMPARE(listUsers(*m_db)->size(), std::size_t(2));
    }

    void enterpriseRoundTrip()
    {
        Enterprise e =
            td::enterprise(0, 2, "景德镇瓷都有限公司", "Jingdezhen Porcelain", Cluster::Jingdezhen);
        e.segment = Segment::ArtPorcelain;
        auto id = insertEnterprise(*m_db, e);
        QVERIFY(id.ok());
        auto back = getEnterprise(*m_db, *id);
        QVERIFY(back.ok());
        QCOMPARE(back->nameZh, e.nameZh);
        QCOMPARE(back->nameEn, e.nameEn);
        QCOMPARE(back->uscc, e.uscc);
        QCOMPARE(back->cluster, Cluster::Jingdezhen);
        QCOMPARE(back->segment, Segment::ArtPorcelain);
        QCOMPARE(back->legalRepresentative, e.legalRepresentative);
        QCOMPARE(back->annualRevenue, e.annualRevenue);
        QCOMPARE(back->staff, e.staff);
        auto found = findEnterpriseByUscc(*m_db, e.uscc);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->id, *id);
        QVERIFY(!findEnterpriseByUscc(*m_db, td::uscc(3))->has_value());
    }

    void loanFileRoundTrip()
    {
        LoanFile f = td::file(0, "SG-2026-000002", 1, Money::fromFen(123'456'789), LoanState::ManualReview);
        f.product = Product::KilnUpgrade;
        f.appraiserId = 1;
        f.version = 4;
        auto id = insertLoanFile(*m_db, f);
        QVERIFY(id.ok());
        auto back = getLoanFile(*m_db, *id);
        QVERIFY(back.ok());
        QCOMPARE(back->fileNo, f.fileNo);
        QCOMPARE(back->enterpriseId, 1);
        QCOMPARE(back->product, Product::KilnUpgrade);
        QCOMPARE(back->amount, f.amount);
        QCOMPARE(back->termMonths, f.termMonths);
        QCOMPARE(back->annualRatePct, f.annualRatePct);
        QCOMPARE(back->purpose, f.purpose);
        QCOMPARE(back->state, LoanState::ManualReview);
        QCOMPARE(back->analystId, 1);
        QCOMPARE(back->appraiserId, 1);
        QCOMPARE(back->managerId, 0);
        QCOMPARE(back->version, 4);
        QCOMPARE(back->createdAtMs, f.createdAtMs);
        QCOMPARE(back->updatedAtMs, f.updatedAtMs);
        QCOMPARE(listLoanFilesOfEnterprise(*m_db, 1)->size(), std::size_t(2));
        QCOMPARE(*nextFileNo(*m_db, 2026), std::string("SG-2026-000003"));
        QCOMPARE(*nextFileNo(*m_db, 2027), std::string("SG-2027-000001"));
        auto missing = insertLoanFile(*m_db, td::file(0, "SG-2026-000009", 42));
        QCOMPARE(missing.error().code, int(ErrorCode::NotFound));
    }

    void assetsRoundTrip()
    {
        Truck t = td::truck(0, 7, 1, 1);
        t.plate = "粤A 00007"; // typed with a space: stored normalised
        auto truckId = insertTruck(*m_db, t);
        QVERIFY2(truckId.ok(), truckId.ok() ? "" : truckId.error().message.c_str());
        auto truck = getTruck(*m_db, *truckId);
        QVERIFY(truck.ok());
        QCOMPARE(truck->vin, t.vin);
        QCOMPARE(truck->plate, std::string("粤A00007"));
        QCOMPARE(truck->loanFileId, 1);
        QCOMPARE(truck->year, t.year);
        QCOMPARE(truck->purchasePrice, t.purchasePrice);
        QCOMPARE(truck->trackerId, t.trackerId);
        const std::string search = *m_db->queryText("SELECT search_text FROM loan_files WHERE id = 1");
        QVERIFY(contains(search, "粤a00007"));
        QVERIFY(contains(search, "lfv3a24g"));

        Kiln k = td::kiln(0, 3, 1, 0);
        k.type = KilnType::Shuttle;
        k.fuel = KilnFuel::Electric;
        k.capacityUnit = CapacityUnit::Pieces;
        auto kilnId = insertKiln(*m_db, k);
        QVERIFY(kilnId.ok());
        auto kiln = getKiln(*m_db, *kilnId);
        QCOMPARE(kiln->type, KilnType::Shuttle);
        QCOMPARE(kiln->fuel, KilnFuel::Electric);
        QCOMPARE(kiln->capacityUnit, CapacityUnit::Pieces);
        QCOMPARE(kiln->lengthM, k.lengthM);
        QCOMPARE(kiln->loanFileId, 0);
        QCOMPARE(kiln->gatewayId, k.gatewayId);
        QCOMPARE(listTrucksOfFile(*m_db, 1)->size(), std::size_t(1));
        QCOMPARE(listKilnsOfFile(*m_db, 1)->size(), std::size_t(0));
    }

    void documentRoundTrip()
    {
        Document d = td::document(0, 1, DocumentKind::KilnAcceptance);
        d.note = "盖章原件已收";
        auto id = insertDocument(*m_db, d);
        QVERIFY(id.ok());
        auto back = getDocument(*m_db, *id);
        QCOMPARE(back->kind, DocumentKind::KilnAcceptance);
        QCOMPARE(back->status, DocumentStatus::Received);
        QCOMPARE(back->note, d.note);
        QCOMPARE(listDocumentsOfFile(*m_db, 1)->size(), std::size_t(1));
        auto orphan = insertDocument(*m_db, td::document(0, 99, DocumentKind::BankStatements));
        QCOMPARE(orphan.error().code, int(ErrorCode::Conflict));
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("field");
        QTest::newRow("user without login") << "user"
                                            << "login";
        QTest::newRow("enterprise with a bad USCC") << "enterprise"
                                                    << "(uscc)";
        QTest::newRow("file below the smallest amount") << "file"
                                                        << "(amount)";
        QTest::newRow("truck with a bad VIN check digit") << "truck"
                                                          << "(vin)";
        QTest::newRow("truck with a bad plate") << "plate"
                                                << "(plate)";
        QTest::newRow("kiln too short") << "kiln"
                                        << "(kiln_length)";
    }
    void invalidInputIsRefused()
    {
        QFETCH(QString, record);
        QFETCH(QString, field);
        const auto before =
            std::array{count(*m_db, "users"), count(*m_db, "enterprises"), count(*m_db, "loan_files"),
                       count(*m_db, "trucks"), count(*m_db, "kilns")};
        Error error;
        if (record == "user") {
            error = insertUser(*m_db, td::user(0, "", "Nobody", Role::Analyst)).error();
        } else if (record == "enterprise") {
            Enterprise e = td::enterprise(0, 5, "某陶瓷厂", "Some Kiln Works");
            e.uscc.back() = e.uscc.back() == '0' ? '1' : '0';
            error = insertEnterprise(*m_db, e).error();
        } else if (record == "file") {
            error = insertLoanFile(*m_db, td::file(0, "SG-2026-000005", 1, Money::fromYuan(10))).error();
        } else if (record == "truck") {
            Truck t = td::truck(0, 8, 1, 1);
            t.vin[8] = t.vin[8] == '0' ? '1' : '0';
            error = insertTruck(*m_db, t).error();
        } else if (record == "plate") {
            Truck t = td::truck(0, 8, 1, 1);
            t.plate = "XX12345";
            error = insertTruck(*m_db, t).error();
        } else {
            Kiln k = td::kiln(0, 8, 1, 1);
            k.lengthM = 1.0;
            error = insertKiln(*m_db, k).error();
        }
        QCOMPARE(error.code, int(ErrorCode::InvalidInput));
        QVERIFY2(contains(error.message, field.toStdString()), error.message.c_str());
        QVERIFY2(contains(error.message, "was not saved"), error.message.c_str());
        const auto after =
            std::array{count(*m_db, "users"), count(*m_db, "enterprises"), count(*m_db, "loan_files"),
                       count(*m_db, "trucks"), count(*m_db, "kilns")};
        QCOMPARE(after, before);
    }

    void duplicatesAreConflicts_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("message");
        QTest::newRow("login") << "login"
                               << "Another user already has this login";
        QTest::newRow("uscc") << "uscc"
                              << "Another enterprise already has this unified social credit code";
        QTest::newRow("file number") << "file_no"
                                     << "Another loan file already has this file number";
        QTest::newRow("vin") << "vin"
                             << "Another truck already has this VIN";
        QTest::newRow("plate") << "plate"
                               << "Another truck already has this plate";
        QTest::newRow("gateway") << "gateway"
                                 << "Another kiln already uses this gateway";
    }
    void duplicatesAreConflicts()
    {
        QFETCH(QString, record);
        QFETCH(QString, message);
        QVERIFY(insertTruck(*m_db, td::truck(0, 1, 1, 1)).ok());
        QVERIFY(insertKiln(*m_db, td::kiln(0, 1, 1, 1)).ok());
        const std::string searchBefore = *m_db->queryText("SELECT search_text FROM loan_files WHERE id = 1");
        const auto trucksBefore = count(*m_db, "trucks");
        Error error;
        if (record == "login") {
            error = insertUser(*m_db, td::user(0, "analyst", "Someone Else", Role::Manager)).error();
        } else if (record == "uscc") {
            error = insertEnterprise(*m_db, td::enterprise(0, 1, "另一家公司", "Another Co")).error();
        } else if (record == "file_no") {
            error = insertLoanFile(*m_db, td::file(0, "SG-2026-000001", 1)).error();
        } else if (record == "vin") {
            Truck t = td::truck(0, 2, 1, 1);
            t.vin = td::vin(1);
            error = insertTruck(*m_db, t).error();
        } else if (record == "plate") {
            Truck t = td::truck(0, 2, 1, 1);
            t.plate = td::plate(1);
            error = insertTruck(*m_db, t).error();
        } else {
            error = insertKiln(*m_db, td::kiln(0, 1, 1, 1)).error();
        }
        QCOMPARE(error.code, int(ErrorCode::Conflict));
        QVERIFY2(contains(error.message, message.toStdString()), error.message.c_str());
        QCOMPARE(count(*m_db, "trucks"), trucksBefore);
        QCOMPARE(*m_db->queryText("SELECT search_text FROM loan_files WHERE id = 1"), searchBefore);
        QVERIFY(!m_db->inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
