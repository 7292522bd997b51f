// The real-data check on used-truck listings from ../shared/data (never copied into the repository):
// the shipped mapping reads the file, and 5-fold cross-validation with seed 1 keeps its figures within
// sane bounds (docs/valuation.md has the figures; the bounds are not the aim).
#include "core/valuation_training.h"

#include <QFile>
#include <QTest>

using namespace saggar::valuation;

namespace {

const QString kData = QStringLiteral(SAGGAR_SHARED_DATA_DIR "/truck_listings_pl/truck_listings.csv");
const QString kMapping = QStringLiteral(SAGGAR_SOURCE_DIR "/resources/valuation/truck_listings.mapping");

std::string readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

} // namespace

class TestValuationTrucks : public QObject
{
    Q_OBJECT

    ComparableTable m_table;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kData))
            QSKIP("Truck listings not found at ../shared/data/truck_listings_pl/truck_listings.csv (they are "
                  "not "
                  "part of the repository); skipping the real-data check.");
        auto mapping = parseTransactionMapping(readAll(kMapping));
        QVERIFY2(mapping.ok(), mapping.ok() ? "" : mapping.error().message.c_str());
        auto table = readTransactions(readAll(kData), *mapping);
        QVERIFY2(table.ok(), table.ok() ? "" : table.error().message.c_str());
        m_table = std::move(*table);
        QCOMPARE(m_table.rows.size() + m_table.withoutPrice, std::size_t(2172));
        QVERIFY(m_table.rows.size() > 2000);
    }

    void crossValidatedFigures()
    {
        auto f = crossValidate(m_table, 5, 1, TrainOptions{});
        QVERIFY2(f.ok(), f.ok() ? "" : f.error().message.c_str());
        qInfo(
            "truck listings, 5-fold CV seed 1: median error %.1f %%, within ±5/10/20 %%: %.1f/%.1f/%.1f %%, "
            "80 %% band %.1f %%, 90 %% band %.1f %%",
            100 * f->medianApe, 100 * f->within5, 100 * f->within10, 100 * f->within20, 100 * f->coverage80,
            100 * f->coverage90);
        QCOMPARE(f->assets, m_table.rows.size());
        QVERIFY(f->medianApe < 0.36);
        QVERIFY(f->within20 > 0.28);
        QVERIFY(f->coverage80 > 0.74 && f->coverage80 < 0.86);
        QVERIFY(f->coverage90 > 0.85 && f->coverage90 < 0.95);
    }
};

QTEST_GUILESS_MAIN(TestValuationTrucks)
#include "tst_valuation_trucks.moc"
