// "Why this value" in the Value… dialog on a real workspace: the reasons for the demo's champion are
// shown largest first, their log effects add up to ln(fair value / baseline) and their yuan parts to the
// difference; indicators without telemetry say the model used its default direction; the stored
// valuation's explanation is recomputed the same from its inputs and versions; an explanation that cannot
// be worked out says why instead of showing a table.
#include "page_fixture.h"

#include "core/valuation_explain.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "ui/valuation_dialog.h"
#include "ui/valuation_reasons_view.h"
#include "widgets/money_format.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18

Truck heavyTruck()
{
    Truck t;
    t.id = 41;
    t.brand = "Sinotruk";
    t.model = "HOWO TX";
    t.year = 2021;
    t.purchasePrice = Money::fromYuan(420'000);
    return t;
}

} // namespace

class TestValuationReasons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testing_support::isolateSettings("tst_valuation_reasons");
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        auto stats = addDemoValuation(m_ws->db(), 3, kNow, 300);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        QVERIFY(insertUser(m_ws->db(), User{7, "user7", "估值人", Role::Appraiser, "", true}));
    }

    void dialogShowsReasonsThatAddUpToTheValue()
    {
        SqliteValuationStore store(m_ws->db());
        const Truck truck = heavyTruck();
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Zibo, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY2(appraisal, appraisal ? "" : appraisal.error().message.c_str());
        ui::ValuationDialog dialog(store, appraisal, QStringLiteral("Truck 粤E12345"));
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>("valuationReasons");
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), kFactorCount - 1); // every factor of the asset model, none "other"

        auto explained = explainValuation(store, appraisal->record);
        QVERIFY2(explained, explained ? "" : explained.error().message.c_str());
        // The appraisal brings the same explanation with it, worked out from the model it already parsed.
        QVERIFY(appraisal->explanation.has_value() && appraisal->explanation->ok());
        QCOMPARE((*appraisal->explanation)->baselineYuan, explained->baselineYuan);
        QCOMPARE((*appraisal->explanation)->reasons.size(), explained->reasons.size());
        for (std::size_t i = 0; i < explained->reasons.size(); ++i)
            QCOMPARE((*appraisal->explanation)->reasons[i].yuanEffect, explained->reasons[i].yuanEffect);
        const double fairYuan = static_cast<double>(appraisal->record.values.market.fairMarket.fen()) / 100.0;
        double logs = 0, yuan = 0, previous = INFINITY;
        QStringList keys;
        for (int i = 0; i < table->rowCount(); ++i) {
            const double log = table->item(i, 2)->data(Qt::UserRole).toDouble();
            QVERIFY(std::abs(log) <= previous); // largest first
            previous = std::abs(log);
            logs += log;
            yuan += table->item(i, 3)->data(Qt::UserRole).toDouble();
            keys << table->item(i, 0)->data(Qt::UserRole).toString();
            QVERIFY(!table->item(i, 0)->text().isEmpty());
            QVERIFY(table->item(i, 2)->text().contains(QLatin1Char('%')));
        }
        QVERIFY2(std::abs(logs - std::log(fairYuan / explained->baselineYuan)) < 1e-4,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(logs).arg(std::log(fairYuan / explained->baselineYuan))));
        QVERIFY(std::abs(explained->baselineYuan + yuan - fairYuan) < 1e-4 * fairYuan);
        QVERIFY(keys.contains(QStringLiteral("age")));
        QVERIFY(keys.contains(QStringLiteral("type")));

        // The baseline is named with the type's new price.
        const QString baseline = dialog.findChild<QLabel*>("valuationBaseline")->text();
        QVERIFY(baseline.contains(QStringLiteral("Baseline")));
        QVERIFY(baseline.contains(ui::formatMoney(Money::fromYuan(std::llround(explained->newPriceYuan)))));

        // Nothing cut off: the page fits the dialog's width, and every row is as tall as its wrapped text.
        QApplication::processEvents();
        auto* scroll = dialog.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        for (int i = 0; i < table->rowCount(); ++i) {
            const QRect text = table->fontMetrics().boundingRect(
                QRect(0, 0, table->columnWidth(4) - 8, 100000), Qt::TextWordWrap, table->item(i, 4)->text());
            QVERIFY2(table->rowHeight(i) >= text.height(), qPrintable(table->item(i, 4)->text()));
        }

        // No telemetry is read in for this truck: said, with the model's default direction.
        bool saidMissing = false;
        for (int i = 0; i < table->rowCount(); ++i)
            saidMissing =
                saidMissing || (table->item(i, 4)->text().contains(QStringLiteral("no telemetry")) &&
                                table->item(i, 4)->text().contains(QStringLiteral("default direction")));
        QVERIFY(saidMissing);

        // Stored, then recomputed from the record alone: the same reasons in the same order.
        const Id id = dialog.storeValuation();
        QVERIFY(id > 0);
        auto stored = store.valuationsOf("truck", truck.id);
        QVERIFY(stored && !stored->empty());
        auto again = explainValuation(store, stored->front());
        QVERIFY(again);
        QCOMPARE(static_cast<int>(again->reasons.size()), table->rowCount());
        for (int i = 0; i < table->rowCount(); ++i) {
            QCOMPARE(QString::fromLatin1(key(again->reasons[static_cast<std::size_t>(i)].factor)), keys[i]);
            QCOMPARE(again->reasons[static_cast<std::size_t>(i)].logEffect,
                     table->item(i, 2)->data(Qt::UserRole).toDouble());
        }
    }

    void aMissingModelVersionIsSaidNotHidden()
    {
        SqliteValuationStore store(m_ws->db());
        const Truck truck = heavyTruck();
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Zibo, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY(appraisal);
        ValuationRecord record = appraisal->record;
        record.modelVersion = "vm-000000000000";
        auto explained = explainValuation(store, record);
        QVERIFY(!explained);
        QCOMPARE(explained.error().code, int(ErrorCode::NotFound));
        ui::ValuationReasonsView view;
        view.setExplanation(explained);
        view.show();
        QVERIFY(view.findChild<QTableWidget*>("valuationReasons")->isHidden());
        QVERIFY(view.findChild<QLabel*>("valuationBaseline")->text().contains(QStringLiteral("could not")));
    }

    void wordsForEveryFactor()
    {
        for (int f = 0; f < kFactorCount; ++f)
            QVERIFY(!ui::ValuationReasonsView::factorName(static_cast<Factor>(f)).isEmpty());
        QCOMPARE(ui::ValuationReasonsView::signedPercent(0.123), QStringLiteral("+12.3 %"));
        QCOMPARE(ui::ValuationReasonsView::signedPercent(-0.05), QStringLiteral("−5.0 %"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_MAIN(TestValuationReasons)
#include "tst_valuation_reasons.moc"
