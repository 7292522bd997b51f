#include "valuation_reasons_view.h"

#include "tab_support.h"
#include "valuation_text.h"
#include "widgets/money_format.h"

#include <algorithm>
#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

using valuation::Absence;
using valuation::Factor;
using valuation::FeatureEffect;

// A horizontal bar from a centre line: right and green when the factor raises the value, left and red
// when it lowers it; its length is the factor's log effect over the largest one.
class EffectBar : public QWidget
{
public:
    EffectBar(double share, QWidget* parent) : QWidget(parent), m_share(std::clamp(share, -1.0, 1.0))
    {
        setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRectF area = QRectF(rect()).adjusted(4, 5, -4, -5);
        const double mid = area.center().x();
        const double length = area.width() / 2 * std::abs(m_share);
        p.fillRect(QRectF(m_share >= 0 ? mid : mid - length, area.top(), length, area.height()),
                   m_share >= 0 ? goodColour() : warningColour());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawLine(QPointF(mid, rect().top() + 2), QPointF(mid, rect().bottom() - 2));
    }

private:
    double m_share;
};

std::optional<valuation::IndicatorId> indicatorOf(const std::string& name)
{
    for (int i = 0; i < valuation::kIndicatorCount; ++i)
        if (valuation::key(static_cast<valuation::IndicatorId>(i)) == name)
            return static_cast<valuation::IndicatorId>(i);
    return std::nullopt;
}

QString featureName(const std::string& name)
{
    if (const auto id = indicatorOf(name))
        return ValuationText::indicator(*id);
    if (name == "age_over_life")
        return ValuationReasonsView::tr("Share of the economic life used");
    if (name == "library_curve")
        return ValuationReasonsView::tr("Library depreciation curve");
    if (name == "depreciation_rate")
        return ValuationReasonsView::tr("Depreciation rate");
    if (name == "usage_ratio")
        return ValuationReasonsView::tr("Usage against the norm for its age");
    if (name == "regional_factor")
        return ValuationReasonsView::tr("Regional factor");
    if (name == "market_index")
        return ValuationReasonsView::tr("Market index");
    if (name == "ln_new_price")
        return ValuationReasonsView::tr("New price");
    if (name == "usage_sensitivity")
        return ValuationReasonsView::tr("Usage sensitivity");
    if (name == "days_to_sell")
        return ValuationReasonsView::tr("Days to sell");
    return QString::fromStdString(name);
}

// "Name value" for a feature that had a value; empty for the type's encodings (read as a whole).
QString featureValue(const FeatureEffect& f)
{
    const QLocale locale;
    if (const auto id = indicatorOf(f.name)) {
        valuation::Indicator ind;
        ind.id = *id;
        ind.value = f.value;
        return ValuationReasonsView::tr("%1 %2").arg(featureName(f.name), ValuationText::indicatorValue(ind));
    }
    if (f.name == "age_over_life" || f.name == "library_curve" || f.name == "depreciation_rate")
        return ValuationReasonsView::tr("%1 %2").arg(featureName(f.name), ValuationText::percent(f.value));
    if (f.name == "usage_ratio")
        return ValuationReasonsView::tr("%1 %2").arg(
            featureName(f.name), ValuationReasonsView::tr("%1 ×").arg(locale.toString(f.value, 'f', 2)));
    if (f.name == "ln_new_price")
        return ValuationReasonsView::tr("%1 %2").arg(
            featureName(f.name), formatMoney(Money::fromYuan(static_cast<std::int64_t>(std::exp(f.value)))));
    if (f.name == "days_to_sell")
        return ValuationReasonsView::tr("%1 %2").arg(featureName(f.name), locale.toString(f.value, 'f', 0));
    if (f.name.find(':') != std::string::npos)
        return {};
    return ValuationReasonsView::tr("%1 %2").arg(featureName(f.name), locale.toString(f.value, 'f', 2));
}

QString list(const QStringList& items)
{
    return items.join(ValuationReasonsView::tr(", "));
}

} // namespace

ValuationReasonsView::ValuationReasonsView(QWidget* parent) : QGroupBox(tr("Why this value"), parent)
{
    setObjectName(QStringLiteral("valuationReasonsView"));
    auto* layout = new QVBoxLayout(this);
    m_baseline = new QLabel(this);
    m_baseline->setObjectName(QStringLiteral("valuationBaseline"));
    m_baseline->setWordWrap(true);
    m_baseline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_baseline);
    m_table = makeTable(
        {tr("Factor"), tr("Effect"), tr("On the value"), tr("In yuan"), tr("What the model read")}, this);
    m_table->setObjectName(QStringLiteral("valuationReasons"));
    m_table->setWordWrap(true);
    layout->addWidget(m_table);
    m_note = new QLabel(footnote(), this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

void ValuationReasonsView::setExplanation(const Result<valuation::Explanation>& explanation)
{
    if (!explanation) {
        m_baseline->setText(tr("The reasons could not be worked out: %1")
                                .arg(QString::fromStdString(explanation.error().message)));
        m_table->setRowCount(0);
        m_table->hide();
        m_note->hide();
        return;
    }
    const valuation::Explanation& e = *explanation;
    m_baseline->setText(baselineText(e));
    m_table->show();
    m_note->show();
    double largest = 0;
    for (const valuation::Reason& r : e.reasons)
        largest = std::max(largest, std::abs(r.logEffect));
    m_table->setRowCount(static_cast<int>(e.reasons.size()));
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const valuation::Reason& r = e.reasons[static_cast<std::size_t>(i)];
        setRow(m_table, i,
               {factorName(r.factor), QString(), signedPercent(r.shareEffect), signedYuan(r.yuanEffect),
                whatItRead(r)});
        m_table->item(i, 0)->setData(Qt::UserRole, QString::fromLatin1(valuation::key(r.factor)));
        m_table->item(i, 2)->setData(Qt::UserRole, r.logEffect);
        m_table->item(i, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(i, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(i, 3)->setData(Qt::UserRole, r.yuanEffect);
        m_table->setCellWidget(i, 1, new EffectBar(largest > 0 ? r.logEffect / largest : 0.0, m_table));
    }
    fitColumns(m_table, 70);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 4;
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    m_table->setMinimumHeight(height);
}

QString ValuationReasonsView::factorName(Factor factor)
{
    switch (factor) {
    case Factor::AgeAndCurve:
        return tr("Age and the library's depreciation curve");
    case Factor::Usage:
        return tr("Usage against the norm");
    case Factor::Efficiency:
        return tr("Fuel or energy efficiency");
    case Factor::Driving:
        return tr("Harsh events, idling, staying in the region");
    case Factor::Condition:
        return tr("Wear and maintenance (inspection)");
    case Factor::KilnFiring:
        return tr("Kiln firing and temperature");
    case Factor::Region:
        return tr("Region");
    case Factor::Market:
        return tr("Second-hand market index");
    case Factor::Type:
        return tr("Type, brand and class");
    case Factor::Other:
        return tr("Other features");
    }
    return {};
}

QString ValuationReasonsView::whatItRead(const valuation::Reason& reason)
{
    QStringList read, noTelemetry, noInspection, notApplicable;
    bool typeHistory = false;
    for (const FeatureEffect& f : reason.features) {
        switch (f.absence) {
        case Absence::None:
            if (const QString v = featureValue(f); !v.isEmpty())
                read << v;
            else
                typeHistory = true;
            break;
        case Absence::NoTelemetry:
        case Absence::Unknown:
            if (f.name != "usage_ratio")
                noTelemetry << featureName(f.name);
            break;
        case Absence::NoInspection:
            noInspection << featureName(f.name);
            break;
        case Absence::NotApplicable:
            notApplicable << featureName(f.name);
            break;
        }
    }
    if (typeHistory)
        read << tr("how its category, brand and class sold in the training history");
    QStringList parts;
    if (!read.isEmpty())
        parts << list(read);
    if (!noTelemetry.isEmpty())
        parts << tr("no telemetry for %1: the model uses its default direction").arg(list(noTelemetry));
    if (!noInspection.isEmpty())
        parts << tr("no signed inspection for %1: the model uses its default direction")
                     .arg(list(noInspection));
    if (!notApplicable.isEmpty())
        parts << tr("%1 not measured on this kind of asset: the model reads that as part of its type")
                     .arg(list(notApplicable));
    return parts.join(tr("; "));
}

QString ValuationReasonsView::baselineText(const valuation::Explanation& e)
{
    const double change = std::expm1(e.predictionLog - e.baselineLog);
    return tr("Baseline: over the sales it was trained on, the model starts from %1 of a new unit's price; "
              "for this type (new price %2) that is %3. The factors below move the value from there, "
              "largest first, to the fair market value of %4 (%5 against the baseline).")
        .arg(ValuationText::percent(std::exp(e.baselineLog), 1),
             formatMoney(Money::fromYuan(static_cast<std::int64_t>(std::llround(e.newPriceYuan)))),
             formatMoney(Money::fromYuan(static_cast<std::int64_t>(std::llround(e.baselineYuan)))),
             formatMoney(Money::fromYuan(static_cast<std::int64_t>(std::llround(e.valueYuan)))),
             signedPercent(change));
}

QString ValuationReasonsView::footnote()
{
    return tr("Each percentage is what that factor alone does to the value; the effects multiply, and the "
              "yuan parts add up to the difference from the baseline. They are the model's own accounting "
              "(TreeSHAP contributions), not proof of cause.");
}

QString ValuationReasonsView::signedPercent(double share)
{
    const QString number = QLocale().toString(std::abs(share) * 100.0, 'f', 1);
    return share >= 0 ? tr("+%1 %").arg(number) : tr("−%1 %").arg(number);
}

QString ValuationReasonsView::signedYuan(double yuan)
{
    const QString amount =
        formatMoney(Money::fromYuan(static_cast<std::int64_t>(std::llround(std::abs(yuan)))));
    return yuan >= 0 ? tr("+%1").arg(amount) : tr("−%1").arg(amount);
}

} // namespace saggar::ui
