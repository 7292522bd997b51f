// saggarctl risk train | evaluate | score on seeded synthetic files: a reproducible model version, scores
// that match the library's, band previews, and refusals (mapping and data errors with their lines, a changed
// model, a model for other attributes, usage) with their exit codes.
#include "saggarctl_run.h"

#include "../core/tst_risk_fixture.h"
#include "core/risk_default_model.h"
#include "core/risk_model_io.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;

namespace {

using ctl::testing::Run;

Run saggarctl(const std::vector<std::string>& words)
{
    return ctl::testing::runSaggarctl(words, {"seed", "csv", "mapping", "out", "model", "folds", "repeats",
                                              "review-rate", "decline-below", "approve-from", "rows"});
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestSaggarctlRisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_csv, m_mapping, m_model;

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
        m_csv = write("files.csv", risk::testing::syntheticCsv(1000, 8));
        m_mapping = write("files.mapping", risk::testing::kSyntheticMapping);
        m_model = path("files.model");
    }

    void trainIsReproducible()
    {
        const Run first = saggarctl({"risk", "train", "--csv", m_csv, "--mapping", m_mapping, "--out",
                                     m_model, "--folds", "3", "--seed", "2"});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.err.empty(), first.err.c_str());
        QVERIFY(contains(first.out, "Read 1000 rows"));
        QVERIFY(contains(first.out, "3-fold stratified cross-validation, seed 2"));
        QVERIFY(contains(first.out, "review 18.0 %"));
        QVERIFY(contains(first.out, "Model rm-"));
        const std::string text = read(m_model);
        auto model = risk::readModel(text);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        QCOMPARE(model->metric("cv_folds").value_or(0), 3.0);
        QVERIFY(model->metric("cv_auc_mean").value_or(0) > 0.7);
        QCOMPARE(model->dataHash, risk::sha256Tag(read(m_csv)));
        QVERIFY(contains(first.out, model->version));

        const std::string again = path("again.model");
        QCOMPARE(saggarctl({"risk", "train", "--csv", m_csv, "--mapping", m_mapping, "--out", again,
                            "--folds", "3", "--seed", "2"})
                     .code,
                 0);
        QCOMPARE(read(again), text);
    }

    // The shipped application model comes from the command docs/risk.md gives: the same bytes, so the same
    // version, and the compiled-in copy is that file.
    void shippedModelReproduces()
    {
        const std::string history = path("history.csv");
        const Run written = saggarctl({"risk", "history", "--out", history, "--rows", "6000", "--seed", "7"});
        QCOMPARE(written.code, 0);
        QVERIFY(contains(written.out, "Wrote 6000 applications"));
        const std::string model = path("application.model");
        const Run trained = saggarctl({"risk", "train", "--csv", history, "--mapping",
                                       SAGGAR_SOURCE_DIR "/resources/risk/saggar_application.mapping",
                                       "--out", model, "--folds", "5", "--seed", "1"});
        QCOMPARE(trained.code, 0);
        const std::string shipped = read(SAGGAR_SOURCE_DIR "/resources/risk/saggar_application.model");
        QVERIFY(!shipped.empty());
        QCOMPARE(read(model), shipped);
        QCOMPARE(std::string(risk::defaultApplicationModelText()), shipped);
        QVERIFY(risk::defaultApplicationModel().ok());
        QCOMPARE(saggarctl({"risk", "history", "--out", history, "--rows", "0"}).code, 2);
    }

    void scoreMatchesTheLibrary()
    {
        const Run scored =
            saggarctl({"risk", "score", "--model", m_model, "--csv", m_csv, "--mapping", m_mapping});
        QCOMPARE(scored.code, 0);
        auto model = risk::readModel(read(m_model));
        QVERIFY(model.ok());
        QVERIFY(contains(scored.out, "# model " + model->version));
        const risk::TrainingTable t = risk::testing::syntheticTable(1000, 8);
        const risk::ScoredFile first = model->scorecard.scoreWithReasons(t.rows[0]);
        std::string line = "2\t" + std::to_string(risk::displayedScore(first.score)) + "\t" +
                           std::string(risk::key(risk::routeOf(first.score, model->bands)));
        for (const auto& words : model->scorecard.reasonWords(first, t.rows[0]))
            line += "\t" + words;
        QVERIFY2(contains(scored.out, "\n" + line + "\n"), line.c_str());
    }

    void evaluate()
    {
        const Run cv = saggarctl({"risk", "evaluate", "--csv", m_csv, "--mapping", m_mapping, "--folds", "3",
                                  "--repeats", "2", "--review-rate", "0.25"});
        QCOMPARE(cv.code, 0);
        QVERIFY(contains(cv.out, "seed 1;"));
        QVERIFY(contains(cv.out, "seed 2;"));
        QVERIFY(contains(cv.out, "the 25.0 % of files nearest"));
        QVERIFY(contains(cv.out, "Over 2 seeds (1 to 2): mean AUC 0."));

        const Run bands = saggarctl({"risk", "evaluate", "--model", m_model, "--csv", m_csv, "--mapping",
                                     m_mapping, "--decline-below", "450", "--approve-from", "520"});
        QCOMPARE(bands.code, 0);
        QVERIFY(contains(bands.out, "Proposed bands: decline below 450.0, approve from 520.0 → approve "));
        QVERIFY(contains(bands.out, "AUC 0."));
        const Run crossed = saggarctl({"risk", "evaluate", "--model", m_model, "--csv", m_csv, "--mapping",
                                       m_mapping, "--decline-below", "520", "--approve-from", "450"});
        QCOMPARE(crossed.code, 1);
        QVERIFY(contains(crossed.err, "decline band"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad mapping") << "mapping" << 1
                                     << "bad.mapping: mapping line 4: unknown statement 'numerik'";
        QTest::newRow("bad value") << "value" << 1
                                   << "bad.csv: line 5: column 1 (attribute 'ltv') is 'x', not a number";
        QTest::newRow("bad target")
            << "target" << 1
            << "bad.csv: line 3: the target (column 4) is 'late'; expected 'default' (bad) "
               "or 'ok' (good)";
        QTest::newRow("changed model") << "model" << 1 << "The model file was changed after training";
        QTest::newRow("other attributes")
            << "attributes" << 1 << "The mapping's attributes differ from the model's";
        QTest::newRow("missing file") << "missing" << 2 << "Could not open the file '";
        QTest::newRow("one fold") << "folds" << 2 << "--folds takes a whole number from 2 to 100.";
        QTest::newRow("no output") << "out" << 2 << "usage: saggarctl risk train";
        QTest::newRow("unknown verb") << "verb" << 2 << "usage: saggarctl risk train";
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        QFETCH(QString, message);
        const std::string header = "ltv,segment,noise,status\n";
        std::vector<std::string> words{"risk",      "train",   "--csv", m_csv,
                                       "--mapping", m_mapping, "--out", path("out.model")};
        if (what == "mapping") {
            words[5] = write("bad.mapping", "delimiter comma\nheader yes\ntarget status bad default good ok\n"
                                            "numerik ltv ltv\n");
        } else if (what == "value") {
            words[3] = write("bad.csv", header + "0.5,a,1,ok\n0.6,b,2,ok\n0.7,c,3,default\nx,a,4,ok\n");
        } else if (what == "target") {
            words[3] = write("bad.csv", header + "0.5,a,1,ok\n0.6,b,2,late\n");
        } else if (what == "model") {
            std::string text = read(m_model);
            text.replace(text.find("l2\t"), 3, "l2\t9");
            words = {"risk",  "score", "--model",   write("changed.model", text),
                     "--csv", m_csv,   "--mapping", m_mapping};
        } else if (what == "attributes") {
            const std::string fewer = write("fewer.mapping", "header yes\ntarget status bad default good ok\n"
                                                             "numeric ltv ltv\n");
            words = {"risk", "score", "--model", m_model, "--csv", m_csv, "--mapping", fewer};
        } else if (what == "missing") {
            words[3] = path("nowhere.csv");
        } else if (what == "folds") {
            words.insert(words.end(), {"--folds", "1"});
        } else if (what == "out") {
            words.resize(6);
        } else if (what == "verb") {
            words = {"risk", "retrain"};
        }
        const Run r = saggarctl(words);
        QCOMPARE(r.code, code);
        QVERIFY2(contains(r.err, message.toStdString()), r.err.c_str());
        QVERIFY(!QFile::exists(QString::fromStdString(path("out.model"))));
    }
};

QTEST_GUILESS_MAIN(TestSaggarctlRisk)
#include "tst_saggarctl_risk.moc"
