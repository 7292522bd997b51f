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

// The name the context knows for a user, else "user #7".
std::string personName(const WorkflowContext& ctx, Id userId);

Error forbidden(std::string message);
Error invalidInput(std::string message);
Error conflict(std::string message);

} // namespace saggar::detail
