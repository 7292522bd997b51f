// Migrations by PRAGMA user_version: a fresh workspace is at the current schema, v1 and v2 files are
// upgraded in place with their data intact (search text backfilled, workflow columns at their
// defaults, the authority table seeded), and a failing step changes nothing.
#include "storage/asset_repository.h"
#include "storage/document_repository.h"
#include "storage/enterprise_repository.h"
#include "storage/loan_file_repository.h"
#include "storage/schema.h"
#include "storage/search_text.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;

namespace {

bool hasColumn(const Database& db, const char* table, const char* column)
{
    auto n = db.queryInt64(std::string("SELECT count(*) FROM pragma_table_info('") + table +
                           "') WHERE name = '" + column + "'");
    return n.ok() && *n == 1;
}

// A schema-1 workspace with two files, as the first release wrote it (raw SQL: the repositories
// write the current schema).
void writeVersion1Workspace(const std::string& dir)
{
    QDir().mkpath(QString::fromStdString(dir));
    auto db = Database::open(dir + "/saggar.db", OpenMode::CreateReadWrite);
    if (!db || !migrateTo(*db, 1).ok())
        qFatal("could not create a v1 database");
    const std::string sql =
        "INSERT INTO users VALUES (1, 'analyst', 'Li Wei', 'analyst', '', 1);"
        "INSERT INTO enterprises VALUES (1, '佛山金砖陶瓷有限公司', 'Foshan Golden Tile Co., Ltd.', '" +
        testdata::uscc(1) +
        "', 'foshan', 'building_tiles', '陈志强', 8000000000, 320);"
        "INSERT INTO loan_files VALUES (1, 'SG-2025-000001', 1, 'fleet_purchase', 150000000, 36, 4.35, "
        "'Trucks', "
        "'submitted', 1, NULL, NULL, 3, 1750000000000, 1760000000000);"
        "INSERT INTO loan_files VALUES (2, 'SG-2025-000002', 1, 'kiln_upgrade', 990000000, 60, 3.9, 'Kiln', "
        "'draft', 1, NULL, NULL, 1, 1750000000000, 1750000000000);"
        "INSERT INTO trucks VALUES (1, 1, 1, '" +
        testdata::vin(1) + "', '" + testdata::plate(1) +
        "', 'Dongfeng', 'KL', 2022, 42000000, 'TRK-1');"
        "INSERT INTO trucks VALUES (2, 1, NULL, '" +
        testdata::vin(2) + "', '" + testdata::plate(2) +
        "', 'Dongfeng', 'KL', 2022, 42000000, 'TRK-2');"
        "INSERT INTO kilns VALUES (1, 1, 2, 'roller', 280.0, 18000, 'm2', 'gas', 2019, 1200000000, 'GW-1');"
        "INSERT INTO documents VALUES (1, 1, 'business_licence', 'verified', 'ok', 1750000000000);";
    if (!db->exec(sql).ok())
        qFatal("could not fill the v1 database");
}

// The same workspace brought to schema 2 by this build's own v2 step, as the second release left it.
void writeVersion2Workspace(const std::string& dir)
{
    writeVersion1Workspace(dir);
    auto db = Database::open(dir + "/saggar.db", OpenMode::ExistingReadWrite);
    if (!db || !migrateTo(*db, 2).ok())
        qFatal("could not bring the database to v2");
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string dir(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private slots:
    void freshWorkspaceIsCurrent()
    {
        auto ws = Workspace::open(dir("fresh"), true);
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message.c_str());
        QCOMPARE(*schemaVersion((*ws)->db()), currentSchemaVersion());
        QCOMPARE((*ws)->databasePath(), dir("fresh") + "/saggar.db");
        for (const char* table : {"users", "enterprises", "loan_files", "trucks", "kilns", "documents",
                                  "audit_log", "risk_assessments", "approvals", "policy_exceptions",
                                  "credit_memos", "covenants", "attachments"})
            QVERIFY2(hasColumn((*ws)->db(), table, "id"), table);
        QVERIFY(hasColumn((*ws)->db(), "authority_limits", "position"));
        QVERIFY(hasColumn((*ws)->db(), "loan_files", "search_text"));
        QCOMPARE(*(*ws)->db().queryInt64("PRAGMA application_id"), 0x53474752);
        QVERIFY(migrate((*ws)->db()).ok()); // already current: a no-op
        QCOMPARE(*schemaVersion((*ws)->db()), currentSchemaVersion());
    }

    void version1IsUpgradedInPlace()
    {
        const std::string d = dir("v1");
        writeVersion1Workspace(d);
        {
            auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadOnly);
            QVERIFY(db.ok());
            QCOMPARE(*schemaVersion(*db), 1);
            QVERIFY(!hasColumn(*db, "loan_files", "search_text"));
        }
        auto ws = Workspace::open(d, false);
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message.c_str());
        Database& db = (*ws)->db();
        QCOMPARE(*schemaVersion(db), currentSchemaVersion());
        QCOMPARE(QDir(QString::fromStdString(d)).entryList({"*.db"}, QDir::Files), QStringList{"saggar.db"});

        auto file = getLoanFile(db, 1);
        QVERIFY(file.ok());
        QCOMPARE(file->fileNo, std::string("SG-2025-000001"));
        QCOMPARE(file->amount, Money::fromFen(150000000));
        QCOMPARE(file->state, LoanState::Submitted);
        QCOMPARE(file->product, Product::FleetPurchase);
        QCOMPARE(file->appraiserId, 0);
        QCOMPARE(file->version, 3);
        QCOMPARE(getEnterprise(db, 1)->nameZh, std::string("佛山金砖陶瓷有限公司"));
        QCOMPARE(listTrucksOfFile(db, 1)->size(), std::size_t(1));
        QCOMPARE(listKilnsOfFile(db, 2)->front().gatewayId, std::string("GW-1"));

        const std::string text1 = *db.queryText("SELECT search_text FROM loan_files WHERE id = 1");
        const std::string text2 = *db.queryText("SELECT search_text FROM loan_files WHERE id = 2");
        for (const std::string& part :
             {std::string("sg-2025-000001"), std::string("佛山金砖陶瓷有限公司"),
              std::string("foshan golden tile co., ltd."), asciiLower(testdata::uscc(1)),
              asciiLower(testdata::plate(1)), asciiLower(testdata::vin(1))})
            QVERIFY2(text1.find(part) != std::string::npos, part.c_str());
        QVERIFY(text1.find(testdata::plate(2)) == std::string::npos); // not pledged to this file
        QVERIFY(text2.find("sg-2025-000002") != std::string::npos);
        QVERIFY(text2.find(testdata::plate(1)) == std::string::npos);
    }

    void version2IsUpgradedInPlace()
    {
        const std::string d = dir("v2");
        writeVersion2Workspace(d);
        std::string searchBefore;
        {
            auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadOnly);
            QVERIFY(db.ok());
            QCOMPARE(*schemaVersion(*db), 2);
            QVERIFY(!hasColumn(*db, "trucks", "appraised_value_fen"));
            searchBefore = *db->queryText("SELECT search_text FROM loan_files WHERE id = 1");
        }
        auto ws = Workspace::open(d, false);
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message.c_str());
        Database& db = (*ws)->db();
        QCOMPARE(*schemaVersion(db), currentSchemaVersion());

        // Everything v2 held is still there, as it was.
        auto file = getLoanFile(db, 1);
        QVERIFY(file.ok());
        QCOMPARE(file->fileNo, std::string("SG-2025-000001"));
        QCOMPARE(file->amount, Money::fromFen(150000000));
        QCOMPARE(file->state, LoanState::Submitted);
        QCOMPARE(file->version, 3);
        QCOMPARE(file->updatedAtMs, 1760000000000);
        QCOMPARE(*db.queryText("SELECT search_text FROM loan_files WHERE id = 1"), searchBefore);
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM loan_files"), 2);
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM trucks"), 2);
        auto truck = getTruck(db, 1);
        QVERIFY(truck.ok());
        QCOMPARE(truck->vin, testdata::vin(1));
        QCOMPARE(truck->purchasePrice, Money::fromFen(42000000));
        QCOMPARE(truck->appraisedValue, Money());
        QCOMPARE(truck->appraisedBy, 0);
        QCOMPARE(getKiln(db, 1)->appraisedValue, Money());
        QCOMPARE(getDocument(db, 1)->note, std::string("ok"));

        // The workflow columns start at their defaults and the authority table at the standard one.
        QCOMPARE(*db.queryInt64("SELECT decision_round FROM loan_files WHERE id = 1"), 1);
        QCOMPARE(*db.queryInt64("SELECT audit_head_seq FROM loan_files WHERE id = 1"), 0);
        QCOMPARE(*db.queryText("SELECT audit_head_hash FROM loan_files WHERE id = 1"), std::string());
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM loan_files WHERE approved_memo_version IS NULL"), 2);
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM trucks WHERE appraised_by IS NULL"), 2);
        SqliteWorkflowStore store(db, (*ws)->attachmentsDirectory());
        auto table = store.authority();
        QVERIFY(table.ok());
        const AuthorityTable standard = AuthorityTable::standard();
        QCOMPARE(table->limits.size(), standard.limits.size());
        for (std::size_t i = 0; i < standard.limits.size(); ++i) {
            QCOMPARE(table->limits[i].maxAmount, standard.limits[i].maxAmount);
            QCOMPARE(table->limits[i].worstGrade, standard.limits[i].worstGrade);
            QCOMPARE(table->limits[i].approvers, standard.limits[i].approvers);
        }

        // An upgraded file has no history yet, which verifies, and its first change starts the chain.
        auto history = store.history(1);
        QVERIFY(history.ok());
        QVERIFY(history->entries.empty());
        QVERIFY(history->verdict.ok());
        auto ctx = store.context(1);
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        QCOMPARE(ctx->documents.size(), std::size_t(1));
        QCOMPARE(ctx->round, 1);
        DocumentChange change;
        change.fileId = 1;
        change.expectedVersion = 3;
        change.document = ctx->documents.front();
        change.document.status = DocumentStatus::Received;
        AuditEntry entry;
        entry.actorId = 1;
        entry.atMs = 1770000000000;
        entry.kind = AuditKind::Document;
        entry.subject = "document:business_licence";
        entry.before = "verified";
        entry.after = "received";
        change.audit = {entry};
        QVERIFY(store.apply(change).ok());
        history = store.history(1);
        QCOMPARE(history->entries.size(), std::size_t(1));
        QCOMPARE(history->entries.front().seq, 1);
        QCOMPARE(history->entries.front().prevHashHex, std::string(kGenesisHash));
        QVERIFY2(history->verdict.ok(), history->verdict.message.c_str());
        QCOMPARE(getLoanFile(db, 1)->version, 4);
    }

    void failedVersion3StepChangesNothing()
    {
        const std::string d = dir("v2-blocked");
        writeVersion2Workspace(d);
        {
            auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadWrite);
            // A table with the name the v3 step creates last-but-one makes it fail after its ALTERs.
            QVERIFY(db->exec("CREATE TABLE attachments (x)").ok());
        }
        auto ws = Workspace::open(d, false);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.find("schema 3") != std::string::npos, ws.error().message.c_str());
        auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(*schemaVersion(*db), 2);
        QVERIFY(!hasColumn(*db, "trucks", "appraised_value_fen"));
        QVERIFY(!hasColumn(*db, "loan_files", "decision_round"));
        QCOMPARE(*db->queryInt64("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log'"), 0);
        QCOMPARE(*db->queryInt64("SELECT count(*) FROM loan_files"), 2);
    }

    void failedStepChangesNothing()
    {
        const std::string d = dir("v1-blocked");
        writeVersion1Workspace(d);
        {
            auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadWrite);
            // An object with the name the v2 step creates makes that step fail half-way.
            QVERIFY(db->exec("CREATE INDEX enterprises_cluster ON enterprises(segment)").ok());
        }
        auto ws = Workspace::open(d, false);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.find("schema 2") != std::string::npos);
        auto db = Database::open(d + "/saggar.db", OpenMode::ExistingReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(*schemaVersion(*db), 1);
        QVERIFY(!hasColumn(*db, "loan_files", "search_text"));
        QCOMPARE(*db->queryInt64("SELECT count(*) FROM loan_files"), 2);
    }

    void unknownTargetVersionIsRefused()
    {
        auto ws = Workspace::open(dir("target"), true);
        QVERIFY(ws.ok());
        auto r = migrateTo((*ws)->db(), currentSchemaVersion() + 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
    }

    void schemaEnforcesKeys_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("delete a referenced enterprise") << "DELETE FROM enterprises WHERE id = 1";
        QTest::newRow("delete a file with trucks") << "DELETE FROM loan_files WHERE id = 1";
        QTest::newRow("delete an assigned analyst") << "DELETE FROM users WHERE id = 1";
        QTest::newRow("file of a missing enterprise")
            << "INSERT INTO loan_files (file_no, enterprise_id, product, amount_fen, term_months, "
               "annual_rate_pct, "
               "purpose, state, version, created_at_ms, updated_at_ms) VALUES ('X', 99, 'p', 1, 1, 1, 'p', "
               "'s', 1, 0, 0)";
        QTest::newRow("duplicate uscc")
            << QString::fromStdString("INSERT INTO enterprises SELECT 2, name_zh, name_en, uscc, cluster, "
                                      "segment, legal_representative, "
                                      "annual_revenue_fen, staff FROM enterprises WHERE id = 1");
        QTest::newRow("duplicate file number")
            << "UPDATE loan_files SET file_no = 'SG-2025-000001' WHERE id = 2";
        QTest::newRow("duplicate plate")
            << "UPDATE trucks SET plate = (SELECT plate FROM trucks WHERE id = 1) WHERE id = 2";
        QTest::newRow("duplicate vin")
            << "UPDATE trucks SET vin = (SELECT vin FROM trucks WHERE id = 1) WHERE id = 2";
        QTest::newRow("duplicate login") << "INSERT INTO users VALUES (2, 'analyst', 'X', 'analyst', '', 1)";
        QTest::newRow("duplicate gateway")
            << "INSERT INTO kilns (id, enterprise_id, loan_file_id, type, length_m, daily_capacity, "
               "capacity_unit, fuel, year_installed, purchase_cost_fen, gateway_id) SELECT 2, enterprise_id, "
               "NULL, type, length_m, daily_capacity, capacity_unit, fuel, year_installed, "
               "purchase_cost_fen, "
               "gateway_id FROM kilns WHERE id = 1";
    }
    void schemaEnforcesKeys()
    {
        QFETCH(QString, sql);
        const std::string d = dir("keys");
        if (!QFile::exists(QString::fromStdString(d + "/saggar.db")))
            writeVersion1Workspace(d);
        auto ws = Workspace::open(d, false);
        QVERIFY(ws.ok());
        auto r = (*ws)->db().exec(sql.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
