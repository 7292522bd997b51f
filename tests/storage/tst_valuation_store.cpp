// SqliteValuationStore on fresh databases: library versions import once each and a bad or repeated file
// changes nothing; models keep one champion; inspections and valuations round-trip with everything a
// valuation needs to be reproduced; a stored valuation cannot be changed; a signed inspection cannot be
// changed either, is listed newest first, and is audited on the loan file of the pledged asset; photos
// are kept by SHA-256 and anything but PNG or JPEG is refused.
#include "storage/asset_repository.h"
#include "storage/audit_repository.h"
#include "storage/content_hash.h"
#include "storage/enterprise_repository.h"
#include "storage/loan_file_repository.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage_test_data.h"

#include "core/valuation_generator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;
namespace td = saggar::testdata;

namespace {

std::int64_t count(const Database& db, const char* table)
{
    return *db.queryInt64(std::string("SELECT count(*) FROM ") + table);
}

Inspection sample()
{
    Inspection in;
    in.assetKind = "truck";
    in.assetId = 7;
    in.atMs = 1'780'000'000'000;
    in.place = "淄博市张店区";
    in.latitude = 36.81;
    in.longitude = 118.05;
    in.appraiserId = 1;
    in.overall = ConditionGrade::C;
    in.structure = ConditionGrade::B;
    in.mechanism = ConditionGrade::D;
    in.surfaceWearPct = 42.5;
    in.servicesDue = 3;
    in.maintenance = {{1'770'000'000'000, "oil and filters", true}, {1'775'000'000'000, "clutch", false}};
    in.defects = {{"cab", "rust at the door sill", 1}, {"axle 2", "leaking seal", 2}};
    in.photoSha256 = {std::string(64, 'b'), std::string(64, 'c')};
    in.signature = "王强 2026-05-28";
    return in;
}

} // namespace

class TestValuationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    const std::string m_library = writeLibrary(generateLibrary());

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(
            td::freshDatabase(m_dir.filePath(QString("valuation-%1.db").arg(++m_n)).toStdString()));
        QVERIFY(insertUser(*m_db, td::user(1, "appraiser", "王强", Role::Appraiser)).ok());
    }
    void cleanup() { m_db.reset(); }

    void libraryVersions()
    {
        SqliteValuationStore store(*m_db);
        QCOMPARE(store.library().error().code, int(ErrorCode::NotFound));
        auto first = store.importLibrary(m_library, 1, 1000);
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QCOMPARE(first->types, 203);
        QVERIFY(first->parameters >= 2000);
        auto again = store.importLibrary(m_library, 1, 2000);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, int(ErrorCode::Conflict));

        Library next = generateLibrary("2026.12", "2026-12-01");
        next.types[0].params[0].value *= 1.02;
        QVERIFY(store.importLibrary(writeLibrary(next), 1, 3000).ok());
        auto all = store.libraries();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE((*all)[1].version, std::string("2026.12"));
        QCOMPARE(store.library()->version, std::string("2026.12"));
        QCOMPARE(store.library("2026.11")->types[0].params[0].value,
                 generateLibrary().types[0].params[0].value);
        QCOMPARE(store.library("1999.01").error().code, int(ErrorCode::NotFound));
    }

    void badLibraryChangesNothing()
    {
        SqliteValuationStore store(*m_db);
        std::string broken = m_library;
        broken.replace(broken.find("\teconomic_life_years\t8\t"), 23, "\teconomic_life_years\t800\t");
        auto r = store.importLibrary(broken, 1, 1000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("economic_life_years") != std::string::npos,
                 r.error().message.c_str());
        QCOMPARE(count(*m_db, "valuation_libraries"), std::int64_t(0));
    }

    void modelsKeepOneChampion()
    {
        SqliteValuationStore store(*m_db);
        Figures f;
        f.medianApe = 0.1;
        QVERIFY(store.saveModel({"vm-a", "2026.11", "sha256:x", f, "champion", 1, "body a"}).ok());
        QVERIFY(store.saveModel({"vm-b", "2026.11", "sha256:y", f, "challenger", 2, "body b"}).ok());
        QVERIFY(!store.saveModel({"vm-c", "2026.11", "sha256:z", f, "boss", 3, "body c"}).ok());
        QVERIFY(!store.saveModel({"vm-a", "2026.11", "sha256:x", f, "champion", 4, "again"}).ok());
        QVERIFY(store.setModelRole("vm-b", "champion").ok());
        auto all = store.models();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE((*all)[0].role, std::string("retired"));
        QCOMPARE((*all)[1].role, std::string("champion"));
        QVERIFY((*all)[1].body.empty());
        auto b = store.model("vm-b");
        QVERIFY(b.ok());
        QCOMPARE(b->body, std::string("body b"));
        QCOMPARE(b->measured.medianApe, 0.1);
        QCOMPARE(store.setModelRole("vm-x", "champion").error().code, int(ErrorCode::NotFound));
        QCOMPARE(store.models()->at(1).role, std::string("champion")); // the failed promotion rolled back
    }

    void inspectionRoundTrip()
    {
        SqliteValuationStore store(*m_db);
        auto id = store.saveInspection(sample());
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
        auto back = store.inspection(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->place, sample().place);
        QCOMPARE(*back->latitude, 36.81);
        QCOMPARE(back->mechanism, ConditionGrade::D);
        QCOMPARE(back->surfaceWearPct, 42.5);
        QCOMPARE(back->maintenance.size(), std::size_t(2));
        QCOMPARE(back->maintenance[1].scheduled, false);
        QCOMPARE(back->defects[1].part, std::string("axle 2"));
        QCOMPARE(back->photoSha256, sample().photoSha256);
        QCOMPARE(back->signature, sample().signature);

        Inspection bad = sample();
        bad.surfaceWearPct = -1;
        QVERIFY(!store.saveInspection(bad).ok());
        QCOMPARE(count(*m_db, "inspections"), std::int64_t(1));
        QCOMPARE(store.inspection(99).error().code, int(ErrorCode::NotFound));
    }

    void signedInspectionIsFrozenListedAndAudited()
    {
        QVERIFY(insertEnterprise(*m_db, td::enterprise(1, 1, "淄博陶瓷", "Zibo Ceramics")).ok());
        QVERIFY(insertLoanFile(*m_db, td::file(1, "SG-2026-0001", 1)).ok());
        QVERIFY(insertTruck(*m_db, td::truck(7, 1, 1, 1)).ok());
        const std::int64_t auditBefore = count(*m_db, "audit_log");
        SqliteValuationStore store(*m_db);
        Inspection older = sample();
        older.atMs -= 86'400'000;
        older.maintenance = {{1'770'000'000'000, "oil and filters", true, "Zibo Jiefang service"}};
        auto first = store.saveInspection(older);
        auto second = store.saveInspection(sample());
        QVERIFY(first.ok() && second.ok());
        auto listed = store.inspectionsOf("truck", 7);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t(2));
        QCOMPARE(listed->at(0).id, *second); // newest first
        QCOMPARE(listed->at(1).maintenance.at(0).doneBy, std::string("Zibo Jiefang service"));
        QVERIFY(store.inspectionsOf("kiln", 7)->empty());

        // Each signed inspection is on the file's audit trail, by the appraiser.
        QCOMPARE(count(*m_db, "audit_log"), auditBefore + 2);
        auto history = readStoredHistory(*m_db, 1);
        QVERIFY(history.ok());
        const AuditEntry& last = history->entries.back();
        QCOMPARE(last.subject, std::string("inspection:truck:7"));
        QCOMPARE(last.actorId, Id(1));
        QVERIFY(last.after.find("signed") != std::string::npos);

        // Signed means frozen, also behind the application's back.
        QVERIFY(
            !m_db->exec("UPDATE inspections SET surface_wear_pct = 1 WHERE id = " + std::to_string(*second))
                 .ok());
        QVERIFY(!m_db->exec("DELETE FROM inspections WHERE id = " + std::to_string(*second)).ok());
        QVERIFY(!m_db->exec("UPDATE inspection_defects SET severity = 1").ok());
        QVERIFY(!m_db->exec("DELETE FROM inspection_photos").ok());
        QCOMPARE(store.inspection(*second)->surfaceWearPct, 42.5);
        // An unsigned record (never offered by the form) stays correctable.
        Inspection draft = sample();
        draft.signature.clear();
        auto unsignedId = store.saveInspection(draft);
        QVERIFY(unsignedId.ok());
        QVERIFY(m_db->exec("UPDATE inspections SET surface_wear_pct = 1 WHERE id = " +
                           std::to_string(*unsignedId))
                    .ok());
    }

    void photosAreKeptBySha256()
    {
        QTemporaryDir attachments;
        SqliteValuationStore store(*m_db, attachments.path().toStdString());
        const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
        auto digest = store.storePhoto(png);
        QVERIFY2(digest.ok(), digest.ok() ? "" : digest.error().message.c_str());
        QCOMPARE(*digest, sha256Hex(png));
        QFile kept(attachments.filePath(QString::fromStdString(*digest)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll().toStdString(), png);
        QCOMPARE(*store.storePhoto(png), *digest); // the same photo twice is one file

        const auto text = store.storePhoto("not an image");
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.find("PNG or JPEG") != std::string::npos);
        QVERIFY(!store.storePhoto("%PDF-1.7 a document").ok());
        QVERIFY(!store.storePhoto("").ok());
        QCOMPARE(QDir(attachments.path()).entryList(QDir::Files).size(), 1);
        SqliteValuationStore noFolder(*m_db);
        QVERIFY(!noFolder.storePhoto(png).ok());

        // Read back by digest; a name that is not a digest, an absent photo and a changed file refused.
        auto back = store.photo(*digest);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(*back, png);
        QCOMPARE(store.photo("../secret").error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.photo(sha256Hex("never stored")).error().code, ErrorCode::NotFound);
        QVERIFY(kept.isOpen());
        kept.close();
        QVERIFY(kept.open(QIODevice::WriteOnly | QIODevice::Truncate));
        kept.write("changed");
        kept.close();
        const auto changed = store.photo(*digest);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, ErrorCode::NotFound);
        QVERIFY(changed.error().message.find("changed") != std::string::npos);
    }

    void valuationRoundTrip()
    {
        SqliteValuationStore store(*m_db);
        QVERIFY(store.importLibrary(m_library, 1, 1000).ok());
        auto inspectionId = store.saveInspection(sample());
        QVERIFY(inspectionId.ok());
        ValuationRecord v;
        v.assetKind = "truck";
        v.assetId = 7;
        v.atMs = 1'780'000'100'000;
        v.libraryVersion = "2026.11";
        v.modelVersion = "vm-0123456789ab";
        v.role = ModelRole::Challenger;
        v.inspectionId = *inspectionId;
        v.inputs.assetKey = "truck:7";
        v.inputs.typeCode = "TRK-DUMP-8X4-HOWO-DIESEL";
        v.inputs.cluster = Cluster::Zibo;
        v.inputs.marketIndex = 0.97;
        v.inputs.indicators.fill(std::nan(""));
        v.inputs.indicators[0] = 4.5;
        v.indicators[0] =
            Indicator{IndicatorId::Age, 4.5, 1, {ProvenanceSource::Record, {}, 0, "year built 2021"}};
        for (int i = 1; i < kIndicatorCount; ++i)
            v.indicators[static_cast<std::size_t>(i)].id = static_cast<IndicatorId>(i);
        v.indicators[6] = Indicator{IndicatorId::SurfaceWear,
                                    42.5,
                                    1,
                                    {ProvenanceSource::Inspection, {1, 2}, *inspectionId, "inspection 1"}};
        v.values = lenderValues(MarketEstimate{Money::fromYuan(250'000), Money::fromYuan(200'000),
                                               Money::fromYuan(300'000), Money::fromYuan(180'000),
                                               Money::fromYuan(330'000)},
                                *generateLibrary().find(v.inputs.typeCode));
        v.valuedBy = 1;
        auto id = store.saveValuation(v);
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
        auto all = store.valuationsOf("truck", 7);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(1));
        const ValuationRecord& back = all->front();
        QCOMPARE(back.libraryVersion, v.libraryVersion);
        QCOMPARE(back.modelVersion, v.modelVersion);
        QCOMPARE(back.role, ModelRole::Challenger);
        QCOMPARE(back.inputs.typeCode, v.inputs.typeCode);
        QCOMPARE(back.inputs.cluster, Cluster::Zibo);
        QCOMPARE(back.inputs.marketIndex, 0.97);
        QVERIFY(std::isnan(back.inputs.indicators[3]));
        QCOMPARE(*back.indicators[6].value, 42.5);
        QCOMPARE(back.indicators[6].provenance.inspectionId, *inspectionId);
        QVERIFY(!back.indicators[4].value);
        QCOMPARE(back.values.market.fairMarket, Money::fromYuan(250'000));
        QCOMPARE(back.values.netRecovery, v.values.netRecovery);
        QCOMPARE(back.values.daysToCash, v.values.daysToCash);
        QVERIFY(store.valuationsOf("truck", 8)->empty());

        QVERIFY(!m_db->exec("UPDATE valuations SET fair_market_fen = 1").ok());
        v.libraryVersion = "1999.01"; // not imported: the foreign key refuses it
        QVERIFY(!store.saveValuation(v).ok());
        QCOMPARE(count(*m_db, "valuations"), std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestValuationStore)
#include "tst_valuation_store.moc"
