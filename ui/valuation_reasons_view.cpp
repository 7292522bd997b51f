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
#include <QResizeEvent>
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
        setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        // A bar of one text line's height, centred in a row that wrapped text may make taller.
        const double barHeight = std::min<double>(height() - 10, fontMetrics().height());
        const QRectF area(4, (height() - barHeight) / 2, width() - 8, barHeight);
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

// The category, brand or class a type encoding ("brand:mean", "class:log_count") stands for.
QString encodedName(const std::string& name)
{
    const std::string column = name.substr(0, name.find(':'));
    if (column == "category")
        return ValuationReasonsView::tr("its category");
    if (column == "brand")
        return ValuationReasonsView::tr("its brand");
    if (column == "class")
        return ValuationReasonsView::tr("its class");
    return featureName(name);
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
    if (f.name == "ln_new_price") // the library's round price, back from float precision
        return ValuationReasonsView::tr("%1 %2").arg(
            featureName(f.name), formatMoney(Money::fromYuan(std::llround(std::exp(f.value) / 100) * 100)));
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
    // The last column takes the width that is left and wraps; the table is as tall as its rows, so the
    // dialog's page scrolls, not the table.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_table->horizontalHeader();
    for (int c : {0, 2, 3})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Fixed);
    header->resizeSection(1, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (section == 4)
            fitHeight();
    });
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
    fitHeight();
}

void ValuationReasonsView::resizeEvent(QResizeEvent* event)
{
    QGroupBox::resizeEvent(event);
    fitHeight();
}

void ValuationReasonsView::fitHeight()
{
    // Each row as tall as its wrapped "what the model read" at that column's present width.
    const QFontMetrics metrics = m_table->fontMetrics();
    // The last column stretches over what the others leave (the header applies that only later).
    int left = m_table->width() - 2 * m_table->frameWidth();
    for (int c = 0; c < 4; ++c)
        left -= m_table->columnWidth(c);
    const int textWidth =
        std::max(metrics.averageCharWidth() * 10, (left > 0 ? left : m_table->columnWidth(4)) - 8);
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QTableWidgetItem* read = m_table->item(i, 4);
        const int text =
            read ? metrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, read->text())
                       .height()
                 : 0;
        const int row = std::max(metrics.height(), text) + 8;
        m_table->setRowHeight(i, row);
        height += row;
    }
    if (m_table->height() != height)
        m_table->setFixedHeight(height);
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
    QStringList read, noTelemetry, noInspection, notApplicable, unseen;
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
            if (f.name != "usage_ratio")
                noTelemetry << featureName(f.name);
            break;
        case Absence::Unknown:
            // A category, brand or class the training history did not have, or another feature.
            if (const QString name = encodedName(f.name); !unseen.contains(name))
                unseen << name;
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
    if (!unseen.isEmpty())
        parts << tr("no value for %1 (not in the training history): the model uses its default direction")
                     .arg(list(unseen));
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
