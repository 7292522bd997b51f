// Internal to the workflow sources (workflow*.cpp, authority.cpp), not part of the public API: the
// wording of refusals (amounts, enum keys as words, lists) and the builder of audit entries.
#pragma once

#include "workflow.h"

#include <string>
#include <string_view>
#include <vector>

namespace saggar::detail {

// "¥5,000,000" or "¥1,234.56": an amount as a person reads it in a message.
std::string yuanText(Money amount);

// "95", "82.5": the shortest text that reads back as the same number, whatever the C locale.
std::string decimalText(double value);

// A stable key as English words: "business_licence" → "business licence".
std::string keyWords(std::string_view key);
template <typename E> std::string words(E value)
{
    return keyWords(key(value));
}

// "a, b and c".
std::string joined(const std::vector<std::string>& items);

// Characters (not bytes) of a UTF-8 text once leading and trailing white space is dropped.
int reasonLength(std::string_view text);
bool reasonIsEnough(std::string_view text);

// The shared parts of every audit entry a change writes; seq and hashes are left to storage.
AuditEntry auditEntry(const WorkflowContext& ctx, const Actor& actor, TimestampMs nowMs, AuditKind kind,
                      std::string subject, std::string before, std::string after, std::string reason = {});

// A policy exception granted now by the actor, and the audit entry that records it.
PolicyException policyException(const WorkflowContext& ctx, const Actor& actor, TimestampMs nowMs,
                                ExceptionKind kind, std::string subject, std::string justification);
AuditEntry exceptionEntry(const WorkflowContext& ctx, const Actor& actor, const PolicyException& e);

// The name the context knows for a user, else "user #7".
std::string personName(const WorkflowContext& ctx, Id userId);

// What an action does, as a verb phrase: "approve the file", "disburse the loan".
std::string_view actionPhrase(WorkflowAction action);

// Role, state and person (preparer, the file's appraiser, maker-checker) allow the action; Forbidden
// with a reason otherwise. Preconditions on the file's content are the evaluator's.
Result<void> permitted(const WorkflowContext& ctx, const Actor& actor, WorkflowAction action);

// "truck 粤E12345", "kiln #7 (roller)": an asset as a refusal names it.
std::string assetName(const Truck& truck);
std::string assetName(const Kiln& kiln);

Error forbidden(std::string message);
Error invalidInput(std::string message);
Error conflict(std::string message);

} // namespace saggar::detail
