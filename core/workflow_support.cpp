#include "workflow_support.h"

#include <array>
#include <charconv>

namespace saggar::detail {

std::string yuanText(Money amount)
{
    const std::string plain = amount.toPlainYuan(); // "-1234567.89"
    const bool negative = !plain.empty() && plain.front() == '-';
    const std::size_t dot = plain.find('.');
    const std::string whole = plain.substr(negative ? 1 : 0, dot - (negative ? 1 : 0));
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += ',';
        grouped += whole[i];
    }
    const std::string cents = plain.substr(dot);
    return std::string(negative ? "-" : "") + "¥" + grouped + (cents == ".00" ? "" : cents);
}

std::string decimalText(double value)
{
    std::array<char, 64> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return ec == std::errc() ? std::string(buf.data(), end) : std::string("?");
}

std::string keyWords(std::string_view key)
{
    std::string out(key);
    for (char& c : out)
        if (c == '_')
            c = ' ';
    return out;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

int reasonLength(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    int chars = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++chars;
    return chars;
}

bool reasonIsEnough(std::string_view text)
{
    return reasonLength(text) >= kMinReasonChars;
}

AuditEntry auditEntry(const WorkflowContext& ctx, const Actor& actor, TimestampMs nowMs, AuditKind kind,
                      std::string subject, std::string before, std::string after, std::string reason)
{
    AuditEntry e;
    e.loanFileId = ctx.file.id;
    e.actorId = actor.userId;
    e.actorRole = actor.role;
    e.atMs = nowMs;
    e.kind = kind;
    e.subject = std::move(subject);
    e.before = std::move(before);
    e.after = std::move(after);
    e.reason = std::move(reason);
    return e;
}

PolicyException policyException(const WorkflowContext& ctx, const Actor& actor, TimestampMs nowMs,
                                ExceptionKind kind, std::string subject, std::string justification)
{
    PolicyException e;
    e.loanFileId = ctx.file.id;
    e.kind = kind;
    e.subject = std::move(subject);
    e.justification = std::move(justification);
    e.grantedBy = actor.userId;
    e.atMs = nowMs;
    return e;
}

AuditEntry exceptionEntry(const WorkflowContext& ctx, const Actor& actor, const PolicyException& e)
{
    return auditEntry(ctx, actor, e.atMs, AuditKind::Exception, "exception:" + std::string(key(e.kind)), "",
                      e.subject, e.justification);
}

std::string personName(const WorkflowContext& ctx, Id userId)
{
    const auto it = ctx.userNames.find(userId);
    if (it != ctx.userNames.end() && !it->second.empty())
        return it->second;
    return "user #" + std::to_string(userId);
}

std::string assetName(const Truck& truck)
{
    if (!truck.plate.empty())
        return "truck " + truck.plate;
    if (!truck.vin.empty())
        return "truck " + truck.vin;
    return "truck #" + std::to_string(truck.id);
}

std::string assetName(const Kiln& kiln)
{
    return "kiln #" + std::to_string(kiln.id) + " (" + words(kiln.type) + ")";
}

Error forbidden(std::string message)
{
    return makeError(std::move(message), ErrorCode::Forbidden);
}

Error invalidInput(std::string message)
{
    return makeError(std::move(message), ErrorCode::InvalidInput);
}

Error conflict(std::string message)
{
    return makeError(std::move(message), ErrorCode::Conflict);
}

} // namespace saggar::detail
