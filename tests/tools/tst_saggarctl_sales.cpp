// saggarctl valuation sales: demo create stores a challenger beside the champion, valuations by both and
// realised sales (the same for the same seed and time); sales import takes a good CSV whole and refuses a
// bad one naming its line or sale, changing nothing; list writes what import reads; compare gives each
// model's figures on the realised sales.
#include "saggarctl_run.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saggar;

namespace {

using ctl::testing::Run;

Run saggarctl(const std::vector<std::string>& words)
{
    return ctl::testing::runSaggarctl(words, {"workspace", "files", "seed", "csv", "now"});
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

long lines(const std::string& text)
{
    return static_cast<long>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

class TestSaggarctlSales : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_ws;

    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

    std::string write(const char* name, const std::string& text) const
    {
        QFile f(QString::fromStdString(path(name)));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(text.data(), static_cast<qint64>(text.size()));
        return path(name);
    }

    std::string list() const
    {
        const Run r = saggarctl({"valuation", "sales", "list", "--workspace", m_ws});
        return r.code == 0 ? r.out : std::string();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = path("ws");
        const Run r = saggarctl({"demo", "create", "--workspace", m_ws, "--files", "40", "--seed", "3",
                                 "--now", "2026-11-20T02:00:00Z"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(contains(r.out, "Challenger model vm-"), r.out.c_str());
        QVERIFY(contains(r.out, "300 outside comparables"));
    }

    void demoHasChampionChallengerAndSales()
    {
        const std::string sales = list();
        QVERIFY(lines(sales) > 300); // header, the outside comparables and the sold pledged assets
        QVERIFY(contains(sales, "judicial_auction"));
        QVERIFY(contains(sales, "\ntruck,"));
        const Run r = saggarctl({"valuation", "sales", "compare", "--workspace", m_ws});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "\tchampion\t"));
        QVERIFY(contains(r.out, "\tchallenger\t"));
        // Both models have sales to be judged on.
        for (const char* role : {"\tchampion\t", "\tchallenger\t"}) {
            const auto at = r.out.find(role) + std::string(role).size();
            QVERIFY2(std::stoi(r.out.substr(at)) > 0, r.out.c_str());
        }
    }

    void sameSeedSameDemo()
    {
        const std::string other = path("ws2");
        const Run r = saggarctl({"demo", "create", "--workspace", other, "--files", "40", "--seed", "3",
                                 "--now", "2026-11-20T02:00:00Z"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const Run a = saggarctl({"valuation", "sales", "compare", "--workspace", m_ws});
        const Run b = saggarctl({"valuation", "sales", "compare", "--workspace", other});
        QCOMPARE(a.out, b.out);
        QCOMPARE(saggarctl({"valuation", "sales", "list", "--workspace", other}).out, list());
    }

    void importGoodAndBad()
    {
        const std::string before = list();
        // A bad price on line 3: refused, line named, nothing stored.
        const std::string header =
            "asset_kind,asset_id,type_code,sale_date,price_yuan,channel,cluster,source\n";
        const std::string good =
            ",,TRK-TRACTOR-6X4-FAW-DIESEL,2026-10-01,210000,dealer,foshan,dealer invoice\n";
        Run r = saggarctl({"valuation", "sales", "import", "--csv",
                           write("bad.csv", header + good +
                                                ",,TRK-TRACTOR-6X4-FAW-DIESEL,2026-10-02,cheap,dealer,"
                                                "foshan,x\n"),
                           "--workspace", m_ws});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.err, "line 3: price_yuan \"cheap\""), r.err.c_str());
        QVERIFY(contains(r.err, "nothing was imported"));
        QCOMPARE(list(), before);
        // A truck the workspace does not hold: refused by the store, naming the sale.
        r = saggarctl(
            {"valuation", "sales", "import", "--csv",
             write("missing.csv", header + good +
                                      "truck,999999,TRK-TRACTOR-6X4-FAW-DIESEL,2026-10-02,200000,dealer,"
                                      "foshan,x\n"),
             "--workspace", m_ws});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.err, "sale 2: there is no truck 999999"), r.err.c_str());
        QCOMPARE(list(), before);
        // Good: both stored.
        r = saggarctl({"valuation", "sales", "import", "--csv", write("good.csv", header + good + good),
                       "--workspace", m_ws});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "imported 2 realised sales (0 of pledged assets, 2 outside comparables)"));
        QCOMPARE(lines(list()), lines(before) + 2);
        QVERIFY(contains(list(), "2026-10-01,210000.00,dealer,foshan,,,dealer invoice"));
        // Usage errors.
        QCOMPARE(saggarctl({"valuation", "sales", "import", "--workspace", m_ws}).code, 2);
        QCOMPARE(saggarctl({"valuation", "sales", "frobnicate", "--workspace", m_ws}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSaggarctlSales)
#include "tst_saggarctl_sales.moc"
