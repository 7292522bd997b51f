#include "risk_text.h"

#include "display_names.h"

#include <QLocale>

#include <cmath>

namespace saggar::ui {
namespace {

std::optional<double> number(const std::string& text)
{
    bool ok = false;
    const double v = QString::fromStdString(text).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString RiskText::attribute(const std::string& name)
{
    if (name == "ltv")
        return tr("Loan-to-value");
    if (name == "leverage")
        return tr("Liabilities to assets");
    if (name == "margin")
        return tr("Net profit margin");
    if (name == "loan_to_revenue")
        return tr("Loan to annual revenue");
    if (name == "term")
        return tr("Term");
    if (name == "kiln_days")
        return tr("Kiln operating days a month");
    if (name == "truck_trend")
        return tr("Truck activity trend");
    if (name == "days_past_due")
        return tr("Worst arrears in 24 months");
    if (name == "segment")
        return tr("Segment");
    if (name == "cluster")
        return tr("Cluster");
    return QString::fromStdString(name);
}

QString RiskText::value(const std::string& attribute, const std::string& text)
{
    if (text == "missing")
        return tr("not known");
    if (attribute == "segment")
        if (const auto s = fromKey<Segment>(text))
            return DisplayNames::segment(*s);
    if (attribute == "cluster")
        if (const auto c = fromKey<Cluster>(text))
            return DisplayNames::cluster(*c);
    const auto v = number(text);
    if (!v)
        return QString::fromStdString(text);
    const QLocale locale;
    if (attribute == "ltv" || attribute == "leverage" || attribute == "margin" ||
        attribute == "loan_to_revenue")
        return tr("%1 %").arg(locale.toString(*v * 100.0, 'f', 1));
    if (attribute == "truck_trend")
        return tr("%1 %").arg(locale.toString(*v, 'f', 0));
    if (attribute == "term")
        return tr("%n month(s)", nullptr, static_cast<int>(std::lround(*v)));
    if (attribute == "kiln_days" || attribute == "days_past_due")
        return tr("%n day(s)", nullptr, static_cast<int>(std::lround(*v)));
    return locale.toString(*v);
}

QString RiskText::reason(const risk::StoredReason& r)
{
    return tr("%1 is %2: %n point(s) short of the best", nullptr, static_cast<int>(std::lround(r.shortfall)))
        .arg(attribute(r.attribute), value(r.attribute, r.value));
}

QString RiskText::policyRule(risk::PolicyRule rule)
{
    switch (rule) {
    case risk::PolicyRule::LicenceExpired:
        return tr("Business licence expired");
    case risk::PolicyRule::LoanToValueOverLimit:
        return tr("Loan-to-value over the limit");
    case risk::PolicyRule::Blacklisted:
        return tr("Enterprise on the blacklist");
    case risk::PolicyRule::NegativeEquity:
        return tr("Negative equity");
    }
    return {};
}

QString RiskText::policyHit(const risk::PolicyHit& hit)
{
    return hit.effect == risk::PolicyEffect::Decline
               ? tr("%1: declined whatever the score").arg(policyRule(hit.rule))
               : tr("%1: no automatic approval").arg(policyRule(hit.rule));
}

QString RiskText::route(risk::Route route)
{
    switch (route) {
    case risk::Route::AutoApprove:
        return tr("automatic approval");
    case risk::Route::ManualReview:
        return tr("manual review");
    case risk::Route::AutoDecline:
        return tr("automatic decline");
    }
    return {};
}

QString RiskText::score(double score)
{
    return QLocale().toString(static_cast<qlonglong>(risk::displayedScore(score)));
}

} // namespace saggar::ui
