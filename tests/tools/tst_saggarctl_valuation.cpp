// saggarctl valuation: the library generated, imported once per version (a bad or repeated file is
// refused with exit code 1 and changes nothing), listed; the price model trained and evaluated on a
// seeded synthetic CSV and on the demo history (stored in the workspace as champion); usage errors.
#include "saggarctl_run.h"

#include "core/valuation_generator.h"
#include "core/valuation_model_io.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <random>
#include <sstream>

using namespace saggar;

namespace {

using ctl::testing::Run;

Run saggarctl(const std::vector<std::string>& words)
{
    return ctl::testing::runSaggarctl(words,
                                      {"workspace", "files", "seed", "csv", "mapping", "out", "folds"});
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Listings whose price halves every five years and depends on the brand, with noise (seeded).
std::string syntheticListings(int rows)
{
    std::mt19937_64 rng(4);
    std::normal_distribution<double> noise(0.0, 0.1);
    const char* brands[] = {"Alpha", "Beta", "Gamma"};
    std::string csv = "price,year,mileage,brand,model\n";
    for (int i = 0; i < rows; ++i) {
        const int age = static_cast<int>(rng() % 15);
        const int b = static_cast<int>(rng() % 3);
        const double price = 400'000.0 * (1.0 + 0.3 * b) * std::pow(0.5, age / 5.0) * std::exp(noise(rng));
        csv += std::to_string(static_cast<long>(price)) + "," + std::to_string(2025 - age) + "," +
               std::to_string(age * 90'000 + static_cast<int>(rng() % 20'000)) + "," + brands[b] + ",\"" +
               brands[b] + " T" + std::to_string(b * 100 + 80) + " 6x4\"\n";
    }
    return csv + "NA,2020,1000,Alpha,Alpha T80\n";
}

// An error stream that raises SIGINT the first time training reports progress, as a user pressing
// Ctrl-C would (progress is written on the training's own thread, so the signal lands mid-training).
class InterruptOnProgress : public std::stringbuf
{
protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        const auto written = std::stringbuf::xsputn(s, n);
        if (!m_raised && str().find("training 10 %") != std::string::npos) {
            m_raised = true;
            std::raise(SIGINT);
        }
        return written;
    }

private:
    bool m_raised = false;
};

constexpr const char* kMapping =
    "header yes\nmissing NA\nprice price\nnumeric year year\nnumeric mileage km\n"
    "categorical brand brand\nwords model model_words\n";

} // namespace

class TestSaggarctlValuation : public QObject
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

    std::string read(const std::string& file) const
    {
        QFile f(QString::fromStdString(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = path("ws");
        const Run r = saggarctl({"demo", "create", "--workspace", m_ws, "--files", "5", "--seed", "2"});
        QVERIFY2(r.code == 0, r.err.c_str());
    }

    void generateAndImport()
    {
        const std::string file = path("library.tsv");
        Run r = saggarctl({"valuation", "library", "generate", file});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "203 equipment types"));
        QCOMPARE(read(file), valuation::writeLibrary(valuation::generateLibrary()));

        std::string broken = read(file);
        broken.replace(broken.find("\tdays_to_sell\t"), 14, "\tdays_to_buy\t");
        r = saggarctl({"valuation", "library", "import", write("broken.tsv", broken), "--workspace", m_ws});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.err, "unknown parameter 'days_to_buy'"), r.err.c_str());
        // The demo workspace comes with the generated library 2026.11; a refused import adds nothing.
        r = saggarctl({"valuation", "library", "list", "--workspace", m_ws});
        QCOMPARE(r.code, 0);
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 1);
        QVERIFY(contains(r.out, "2026.11\t2026-11-01\t203 types"));

        r = saggarctl({"valuation", "library", "import", file, "--workspace", m_ws});
        QCOMPARE(r.code, 1);
        QVERIFY(contains(r.err, "already imported"));
        // Next month's update is a new version beside it.
        std::string update = read(file);
        const std::string line = "version\t2026.11\t2026-11-01";
        update.replace(update.find(line), line.size(), "version\t2026.12\t2026-12-01");
        r = saggarctl({"valuation", "library", "import", write("update.tsv", update), "--workspace", m_ws});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "imported library 2026.12"));
        r = saggarctl({"valuation", "library", "list", "--workspace", m_ws});
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 2);
        QVERIFY(contains(r.out, "2026.12\t2026-12-01\t203 types"));
    }

    void trainAndEvaluateCsv()
    {
        const std::string csv = write("listings.csv", syntheticListings(400));
        const std::string mapping = write("listings.mapping", kMapping);
        const std::string model = path("model.txt");
        Run r = saggarctl(
            {"valuation", "train", "--csv", csv, "--mapping", mapping, "--out", model, "--folds", "3"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "model vm-"));
        QVERIFY(contains(r.out, "80 % interval coverage"));
        QVERIFY(contains(r.err, "training 100 %"));
        auto loaded = valuation::readPriceModel(read(model));
        QVERIFY(loaded.ok());
        QVERIFY(contains(r.out, valuation::modelVersion(*loaded)));
        QVERIFY(loaded->measured.medianApe > 0 && loaded->measured.medianApe < 0.2);

        r = saggarctl({"valuation", "evaluate", "--csv", csv, "--mapping", mapping, "--folds", "3"});
        QCOMPARE(r.code, 0);
        QVERIFY2(contains(r.out, "400 transactions (1 rows without a price left out), 3-fold"),
                 r.out.c_str());
    }

    void refusals()
    {
        const std::string csv = write("listings2.csv", syntheticListings(100));
        Run r = saggarctl(
            {"valuation", "evaluate", "--csv", csv, "--mapping", write("bad.mapping", "price 1\nfoo\n")});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.err, "mapping line 2"), r.err.c_str());
        r = saggarctl({"valuation", "evaluate", "--csv", write("bad.csv", "price,year\n12,abc\n"),
                       "--mapping", write("ok.mapping", "price price\nnumeric year year\n")});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.err, "line 2") && contains(r.err, "'abc' is not a number"), r.err.c_str());
        r = saggarctl({"valuation", "train", "--csv", csv});
        QCOMPARE(r.code, 2);
        r = saggarctl(
            {"valuation", "evaluate", "--csv", path("absent.csv"), "--mapping", path("ok.mapping")});
        QCOMPARE(r.code, 2);
        r = saggarctl({"valuation", "evaluate", "--demo", "--files", "10"});
        QCOMPARE(r.code, 2);
        r = saggarctl({"valuation", "frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(contains(r.err, "usage: saggarctl valuation"));
    }

    void trainOnTheDemoHistory()
    {
        const Run r = saggarctl({"valuation", "train", "--demo", "--files", "600", "--out",
                                 path("demo-model.txt"), "--folds", "2", "--workspace", m_ws});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(contains(r.out, "data demo:2026.12:600:1"), r.out.c_str()); // the last imported library
        // `demo create` trained the workspace's champion; this one joins as the challenger.
        QVERIFY(contains(r.out, "stored in the workspace as the challenger"));
    }

    // Ctrl-C while training: it stops before the next boosting round, exits 130, writes no model file
    // and stores nothing; the shell's own SIGINT handling is back afterwards.
    void ctrlCCancelsTraining()
    {
        const std::vector<std::string> words{
            "saggarctl", "valuation",           "train",       "--demo", "--files", "3000", "--folds", "2",
            "--out",     path("cancelled.txt"), "--workspace", m_ws};
        std::vector<const char*> argv;
        for (const auto& w : words)
            argv.push_back(w.c_str());
        const auto args = ctl::parseArguments(static_cast<int>(argv.size()), argv.data(),
                                              {"workspace", "files", "seed", "out", "folds"});
        const auto previous = std::signal(SIGINT, SIG_DFL);
        InterruptOnProgress errors;
        std::ostream err(&errors);
        std::ostringstream out;
        const int code = ctl::run(args, out, err);
        QCOMPARE(code, 130);
        QVERIFY2(contains(errors.str(), "Training cancelled; nothing was written or stored."),
                 errors.str().c_str());
        QVERIFY(!contains(errors.str(), "training 100 %"));
        QVERIFY(!QFile::exists(QString::fromStdString(path("cancelled.txt"))));
        QVERIFY(out.str().empty());
        QVERIFY(std::signal(SIGINT, previous) == SIG_DFL); // the command put the default back
    }
};

QTEST_GUILESS_MAIN(TestSaggarctlValuation)
#include "tst_saggarctl_valuation.moc"
