// The real-data check on Statlog (German Credit) from ../shared/data (never copied into the repository):
// 5-fold stratified cross-validation with the shipped mapping, sane bounds (not the aim: docs/risk.md has the
// figures), and the trained model's file giving back identical scores and reasons.
#include "core/risk_model_io.h"
#include "core/risk_training.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <numeric>

using namespace saggar::risk;

namespace {

const QString kData = QStringLiteral(SAGGAR_SHARED_DATA_DIR "/german_credit/german.data");
const QString kMapping = QStringLiteral(SAGGAR_SOURCE_DIR "/resources/risk/german_credit.mapping");

std::string readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

} // namespace

class TestRiskGerman : public QObject
{
    Q_OBJECT

private:
    TrainingTable m_table;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kData))
            QSKIP("German Credit data not found at ../shared/data/german_credit/german.data (it is not part "
                  "of the "
                  "repository); skipping the real-data check.");
        auto mapping = parseColumnMapping(readAll(kMapping));
        QVERIFY2(mapping.ok(), mapping.ok() ? "" : mapping.error().message.c_str());
        auto table = readTrainingTable(readAll(kData), *mapping);
        QVERIFY2(table.ok(), table.ok() ? "" : table.error().message.c_str());
        m_table = std::move(*table);
        QCOMPARE(m_table.rows.size(), std::size_t(1000));
        QCOMPARE(m_table.badCount(), std::size_t(300));
        QCOMPARE(m_table.attributes.size(), std::size_t(20));
    }

    void crossValidatedFigures()
    {
        auto cv = crossValidate(m_table, 5, 1, TrainingOptions{}, 0.18);
        QVERIFY2(cv.ok(), cv.ok() ? "" : cv.error().message.c_str());
        qInfo("German Credit, 5-fold CV seed 1: AUC %.3f ± %.3f, automatic accuracy %.3f ± %.3f at 18 %% "
              "review",
              cv->meanAuc, cv->sdAuc, cv->meanAccuracy, cv->sdAccuracy);
        QVERIFY(cv->meanAuc > 0.70);
        QVERIFY(cv->pooledAuc > 0.70);
        QVERIFY(cv->meanAccuracy > 0.70);
        QCOMPARE(cv->pooled.reviewed, std::size_t(180));
    }

    void savedModelScoresTheSame()
    {
        std::vector<std::size_t> rows(m_table.rows.size());
        std::iota(rows.begin(), rows.end(), std::size_t{0});
        auto trained = trainScorecard(m_table, rows, TrainingOptions{});
        QVERIFY(trained.ok());
        RiskModel model;
        model.dataHash = m_table.dataHash;
        model.scorecard = trained->scorecard;
        model.l2 = trained->l2;
        model.binning = trained->binning;
        // No attribute works backwards (a better bin never costs points).
        for (const ScorecardAttribute& a : model.scorecard.attributes())
            QVERIFY2(a.coefficient >= 0, a.attribute.name.c_str());
        auto loaded = readModel(writeModel(model));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        for (const Record& r : m_table.rows) {
            const ScoredFile a = model.scorecard.scoreWithReasons(r);
            const ScoredFile b = loaded->scorecard.scoreWithReasons(r);
            QCOMPARE(b.score, a.score);
            QCOMPARE(loaded->scorecard.reasonWords(b, r), model.scorecard.reasonWords(a, r));
        }
        // The first applicant's reasons read as words, not codes.
        const auto words =
            model.scorecard.reasonWords(model.scorecard.scoreWithReasons(m_table.rows[1]), m_table.rows[1]);
        QVERIFY(!words.empty());
        QVERIFY2(words[0].find(" points short of the best") != std::string::npos, words[0].c_str());
    }
};

QTEST_APPLESS_MAIN(TestRiskGerman)
#include "tst_risk_german.moc"
