// How domain values and validation problems read on screen, in the user's language.
#pragma once

#include "core/audit_chain.h"
#include "core/domain.h"
#include "core/result.h"
#include "core/validation.h"
#include "core/workflow_types.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString role(Role v);
    static QString cluster(Cluster v);
    static QString segment(Segment v);
    static QString product(Product v);
    static QString kilnType(KilnType v);
    static QString kilnFuel(KilnFuel v);
    static QString capacityUnit(CapacityUnit v);
    static QString loanState(LoanState v);
    static QString documentKind(DocumentKind v);
    static QString documentStatus(DocumentStatus v);
    static QString field(Field f);
    // The workflow's values (display_names_workflow.cpp).
    static QString riskGrade(RiskGrade v);
    static QString workflowAction(WorkflowAction v);
    static QString exceptionKind(ExceptionKind v);
    static QString memoSection(MemoSection v);
    static QString covenantKind(CovenantKind v);
    static QString covenantMetric(CovenantMetric v);
    static QString covenantStatus(CovenantStatus v);
    static QString auditKind(AuditKind v);
    static QString chainProblem(ChainProblem v);
    // One sentence saying what is wrong with the value, e.g. "The check character is A; it should be 7."
    static QString problem(const Invalid& issue);
    // As problem(), with ranges of money fields written as amounts rather than fen.
    static QString problem(Field field, const Invalid& issue);
    // An error from the store in the user's language: a sentence chosen by its code, and in Chinese
    // the store's own (English) message after it as the technical detail.
    static QString error(const Error& failure);
};

// Text in the user's script: the Chinese name in Chinese, the English one otherwise (falling back to
// the other when one is missing).
QString localisedName(const std::string& zh, const std::string& en);
bool uiIsChinese();

inline QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace saggar::ui
