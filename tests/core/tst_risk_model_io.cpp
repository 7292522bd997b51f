// Model files: a saved and reloaded model gives bit-identical scores and the same reasons, the same text and
// version; a changed, cut or foreign file is refused with a message.
#include "core/risk_model_io.h"
#include "core/risk_training.h"
#include "tst_risk_fixture.h"

#include <QObject>
#include <QTest>

#include <numeric>

using namespace saggar::risk;

namespace {

RiskModel trainedModel()
{
    const TrainingTable t = testing::syntheticTable(800, 5);
    std::vector<std::size_t> rows(t.rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    BinningOptions binning;
    auto card = fitScorecard(t, rows, binning, 3.0, Scaling{});
    if (!card)
        qFatal("%s", card.error().message.c_str());
    RiskModel m;
    m.dataHash = t.dataHash;
    m.trainingRows = t.rows.size();
    m.trainingBads = t.badCount();
    m.binning = binning;
    m.l2 = 3.0;
    m.scorecard = std::move(*card);
    m.bands = ScoreBands{470.25, 505.5};
    m.metrics = {{"cv_auc_mean", 0.7712345678901234}, {"cv_folds", 5}};
    m.version = modelVersion(m);
    return m;
}

std::string replaceOnce(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

class TestRiskModelIo : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGivesIdenticalScores()
    {
        const RiskModel model = trainedModel();
        const std::string text = writeModel(model);
        auto loaded = readModel(text);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->version, model.version);
        QVERIFY(loaded->version.rfind("rm-", 0) == 0);
        QCOMPARE(loaded->version.size(), std::size_t(19));
        QCOMPARE(writeModel(*loaded), text);
        QCOMPARE(loaded->dataHash, model.dataHash);
        QCOMPARE(loaded->trainingRows, std::size_t(800));
        QCOMPARE(loaded->l2, 3.0);
        QCOMPARE(loaded->bands.declineBelow, 470.25);
        QCOMPARE(loaded->metric("cv_auc_mean").value_or(0), 0.7712345678901234);
        QVERIFY(!loaded->metric("nothing"));

        const TrainingTable t = testing::syntheticTable(300, 99); // new files, including the rare segment
        for (const Record& r : t.rows) {
            const ScoredFile a = model.scorecard.scoreWithReasons(r);
            const ScoredFile b = loaded->scorecard.scoreWithReasons(r);
            QCOMPARE(b.score, a.score); // exact, not approximately
            QCOMPARE(b.reasonCount, a.reasonCount);
            QCOMPARE(loaded->scorecard.reasonWords(b, r), model.scorecard.reasonWords(a, r));
        }
        // Unseen and missing values too.
        const Record odd{Value::absent(), Value::of("unheard-of"), Value::of(-1e300)};
        QCOMPARE(loaded->scorecard.score(odd), model.scorecard.score(odd));
    }

    void labelsWithTabsAndNewlinesSurvive()
    {
        RiskModel model = trainedModel();
        auto attrs = model.scorecard.attributes();
        attrs[1].attribute.label = "Seg\tment\nwith \\ backslash";
        attrs[1].attribute.valueLabels["a"] = "glaze\tworks";
        model.scorecard = Scorecard(model.scorecard.scaling(), model.scorecard.intercept(), attrs);
        auto loaded = readModel(writeModel(model));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->scorecard.attributes()[1].attribute.label, attrs[1].attribute.label);
        QCOMPARE(loaded->scorecard.attributes()[1].attribute.categoryWords("a"), std::string("glaze\tworks"));
    }

    void versionFollowsContent()
    {
        const RiskModel a = trainedModel();
        RiskModel b = trainedModel();
        QCOMPARE(modelVersion(b), modelVersion(a)); // same data and settings, same version
        b.metrics.emplace_back("note", 1);
        QVERIFY(modelVersion(b) != modelVersion(a));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change"); // what to do to a good file
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered") << "intercept"
                                  << "The model file was changed after training";
        QTest::newRow("cut short") << "cut"
                                   << "model: the file ends early (no 'end' line); it may be cut short";
        QTest::newRow("foreign") << "foreign"
                                 << "This is not a Saggar risk model file.";
        QTest::newRow("newer format") << "format"
                                      << "This risk model file is format 2; this program reads format 1.";
        QTest::newRow("unknown line") << "unknown"
                                      << "model line 3: cannot read 'colour' here";
        QTest::newRow("bad range") << "range"
                                   << "a range needs a lower and a larger upper end";
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        const std::string good = writeModel(trainedModel());
        std::string text = good;
        if (change == "intercept") {
            text = replaceOnce(text, "intercept\t", "intercept\t1");
        } else if (change == "cut") {
            text = text.substr(0, text.size() / 2);
            text = text.substr(0, text.rfind('\n') + 1);
        } else if (change == "foreign") {
            text = "hello\n";
        } else if (change == "format") {
            text = replaceOnce(text, "saggar-risk-model\t1", "saggar-risk-model\t2");
        } else if (change == "unknown") {
            text = replaceOnce(text, "data_hash", "colour");
        } else if (change == "range") {
            text = replaceOnce(text, "range\t-inf\t", "range\t9e9\t");
        }
        QVERIFY(text != good);
        const auto loaded = readModel(text);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.find(message.toStdString()) != std::string::npos,
                 loaded.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestRiskModelIo)
#include "tst_risk_model_io.moc"
