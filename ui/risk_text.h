// A stored score in the screen's language: the model's attributes and their values, the adverse
// reasons ("Loan-to-value is 82 %: 35 points short of the best"), policy hits and routes.
#pragma once

#include "core/risk_application.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class RiskText
{
    Q_DECLARE_TR_FUNCTIONS(RiskText)
public:
    static QString attribute(const std::string& name);
    // A value as stored in a score's inputs ("0.82", "foshan", "missing"), in the attribute's unit.
    static QString value(const std::string& attribute, const std::string& text);
    static QString reason(const risk::StoredReason& reason);
    static QString policyRule(risk::PolicyRule rule);
    static QString policyHit(const risk::PolicyHit& hit);
    static QString route(risk::Route route);
    static QString score(double score); // whole points
};

} // namespace saggar::ui
