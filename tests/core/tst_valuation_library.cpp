// The valuation parameter library: the generator's catalogue (size, plausible values, every value with a
// source and date), the text format round trip, the shipped file matching the rules, and refusals that
// name the line or the type for each kind of bad update.
#include "core/valuation_generator.h"
#include "core/valuation_library.h"

#include <QFile>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A small valid file with one type; tests break one line of it.
std::string smallLibrary()
{
    Library lib = generateLibrary("test.1", "2026-11-01");
    lib.types.resize(1);
    lib.regions.resize(1);
    return writeLibrary(lib);
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

class TestValuationLibrary : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsLargeAndPlausible()
    {
        const Library lib = generateLibrary();
        QVERIFY(lib.types.size() >= 200);
        QVERIFY(lib.parameterCount() >= 2000);
        QVERIFY(validate(lib).ok());
        int trucks = 0, kilns = 0;
        for (const EquipmentType& t : lib.types) {
            trucks += t.category == Category::Truck;
            kilns += t.category == Category::Kiln;
            for (const ParamValue& p : t.params) {
                QVERIFY2(!p.source.empty(), t.code.c_str());
                QCOMPARE(p.effective, std::string("2026-11-01"));
            }
        }
        QVERIFY(trucks >= 80);
        QVERIFY(kilns >= 40);
        // A FAW Jiefang 6x4 diesel tractor new costs a few hundred thousand yuan; a big roller kiln millions.
        const EquipmentType* tractor = lib.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        QVERIFY(tractor);
        QVERIFY(tractor->newPriceMidYuan() > 300'000 && tractor->newPriceMidYuan() < 700'000);
        const EquipmentType* kiln = lib.find("KLN-ROLLER-300-28-GAS");
        QVERIFY(kiln);
        QVERIFY(kiln->newPriceMidYuan() > 5'000'000 && kiln->newPriceMidYuan() < 40'000'000);
        QVERIFY(kiln->param(Param::DaysToSell) > tractor->param(Param::DaysToSell));
        QVERIFY(lib.regionalFactor(Category::Kiln, Cluster::Foshan) >
                lib.regionalFactor(Category::Kiln, Cluster::Gaoan));
    }

    void roundTrip()
    {
        const Library lib = generateLibrary();
        const std::string text = writeLibrary(lib);
        auto back = parseLibrary(text);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(back->types.size(), lib.types.size());
        QCOMPARE(back->parameterCount(), lib.parameterCount());
        QCOMPARE(writeLibrary(*back), text);
    }

    void shippedFileFollowsTheRules()
    {
        QFile f(QStringLiteral(SAGGAR_SOURCE_DIR "/resources/valuation/library.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().toStdString(), writeLibrary(generateLibrary()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a library") << "saggar-valuation-library\t1"
                                       << "hello"
                                       << "not a Saggar valuation library";
        QTest::newRow("unknown parameter") << "\tdays_to_sell\t"
                                           << "\tdays_to_buy\t"
                                           << "unknown parameter";
        QTest::newRow("not a number") << "\teconomic_life_years\t8\t"
                                      << "\teconomic_life_years\teight\t"
                                      << "not a number";
        QTest::newRow("out of range") << "\teconomic_life_years\t8\t"
                                      << "\teconomic_life_years\t80\t"
                                      << "economic_life_years = 80 is outside";
        QTest::newRow("bad date") << "\teconomic_life_years\t8\t2026-11-01"
                                  << "\teconomic_life_years\t8\t2026-13-01"
                                  << "not a date";
        QTest::newRow("after the library") << "\teconomic_life_years\t8\t2026-11-01"
                                           << "\teconomic_life_years\t8\t2026-12-01"
                                           << "after the library's own date";
        QTest::newRow("missing parameter") << "\tdays_to_sell\t"
                                           << "\tresidual_floor\t"
                                           << "given twice";
        QTest::newRow("unknown record") << "region\t"
                                        << "zone\t"
                                        << "unknown record";
        QTest::newRow("regional factor") << "\t1.03\t"
                                         << "\t3\t"
                                         << "between 0.5 and 1.5";
        QTest::newRow("no version") << "version\ttest.1\t2026-11-01\n"
                                    << ""
                                    << "no version line";
    }

    void refusals()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const std::string original = smallLibrary();
        const std::string broken = replaced(original, from.toStdString(), to.toStdString());
        QVERIFY2(broken != original, "the test's edit did not apply");
        auto r = parseLibrary(broken);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
        QVERIFY2(contains(r.error().message, message.toStdString()), r.error().message.c_str());
    }

    void valueWithoutSource()
    {
        std::string text = smallLibrary();
        const auto line = text.find("\teconomic_life_years\t");
        const auto sourceAt = text.find("\tgenerator", line);
        text.erase(sourceAt + 1, text.find('\n', sourceAt) - sourceAt - 1);
        auto r = parseLibrary(text);
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error().message, "source note"), r.error().message.c_str());
    }

    void backwardsPriceRange()
    {
        Library lib = generateLibrary("t", "2026-11-01");
        std::swap(lib.types[3].params[0], lib.types[3].params[1]);
        auto r = validate(lib);
        QVERIFY(!r.ok());
        QVERIFY(contains(r.error().message, lib.types[3].code));
        QVERIFY(contains(r.error().message, "backwards"));
    }

    void duplicateTypeAndEmpty()
    {
        QVERIFY(!parseLibrary("").ok());
        const std::string one = smallLibrary();
        const auto typeAt = one.find("type\t");
        const auto regionAt = one.find("region\t");
        const std::string twice =
            one.substr(0, regionAt) + one.substr(typeAt, regionAt - typeAt) + one.substr(regionAt);
        auto r = parseLibrary(twice);
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error().message, "given twice"), r.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestValuationLibrary)
#include "tst_valuation_library.moc"
