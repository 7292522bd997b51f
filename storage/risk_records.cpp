#include "risk_records.h"

#include "repository_support.h"

#include "core/risk_dataset.h"

#include <charconv>

namespace saggar {
namespace {

std::string clean(std::string text)
{
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}

std::string number(double v)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

double toNumber(std::string_view text)
{
    double v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

// Each line of `text` split at tabs.
std::vector<std::vector<std::string>> lines(std::string_view text)
{
    std::vector<std::vector<std::string>> out;
    while (!text.empty()) {
        const std::string_view line = risk::takeLine(text);
        if (line.empty())
            continue;
        std::vector<std::string> fields(1);
        for (char c : line) {
            if (c == '\t')
                fields.emplace_back();
            else
                fields.back().push_back(c);
        }
        out.push_back(std::move(fields));
    }
    return out;
}

std::optional<risk::PolicyRule> ruleFromKey(std::string_view text)
{
    for (auto rule : {risk::PolicyRule::LicenceExpired, risk::PolicyRule::LoanToValueOverLimit,
                      risk::PolicyRule::Blacklisted, risk::PolicyRule::NegativeEquity})
        if (risk::key(rule) == text)
            return rule;
    return std::nullopt;
}

} // namespace

std::optional<risk::Route> routeFromKey(std::string_view text)
{
    for (auto route : {risk::Route::AutoApprove, risk::Route::ManualReview, risk::Route::AutoDecline})
        if (risk::key(route) == text)
            return route;
    return std::nullopt;
}

std::string encodeInputs(const std::vector<std::pair<std::string, std::string>>& inputs)
{
    std::string text;
    for (const auto& [name, value] : inputs)
        text += clean(name) + '\t' + clean(value) + '\n';
    return text;
}

std::string encodeReasons(const std::vector<risk::StoredReason>& reasons)
{
    std::string text;
    for (const risk::StoredReason& r : reasons)
        text += clean(r.attribute) + '\t' + clean(r.value) + '\t' + number(r.shortfall) + '\t' +
                clean(r.words) + '\n';
    return text;
}

std::string encodePolicyHits(const std::vector<risk::PolicyHit>& hits)
{
    std::string text;
    for (const risk::PolicyHit& h : hits)
        text += std::string(risk::key(h.rule)) + '\t' + std::string(risk::key(h.effect)) + '\t' +
                clean(h.reason) + '\n';
    return text;
}

std::vector<risk::StoredReason> decodeReasons(std::string_view text)
{
    std::vector<risk::StoredReason> out;
    for (const auto& f : lines(text))
        if (f.size() == 4)
            out.push_back(risk::StoredReason{f[0], f[1], toNumber(f[2]), f[3]});
    return out;
}

std::vector<risk::PolicyHit> decodePolicyHits(std::string_view text)
{
    std::vector<risk::PolicyHit> out;
    for (const auto& f : lines(text)) {
        const auto rule = f.size() == 3 ? ruleFromKey(f[0]) : std::nullopt;
        if (rule)
            out.push_back(risk::PolicyHit{
                *rule, f[1] == "decline" ? risk::PolicyEffect::Decline : risk::PolicyEffect::Refer, f[2]});
    }
    return out;
}

Result<void> insertRiskScore(Database& db, Id fileId, int round, const risk::StoredScore& s)
{
    auto id = insertRow(
        db,
        "INSERT INTO risk_scores (loan_file_id, round, model_version, score, route, band_route, "
        "decline_below, "
        "approve_from, grade, inputs, reasons, policy, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, "
        "?11, ?12, ?13)",
        [&](Statement& st) {
            return st.bindAll(fileId, round, s.modelVersion, s.score, risk::key(s.route),
                              risk::key(s.bandRoute), s.bands.declineBelow, s.bands.approveFrom, key(s.grade),
                              encodeInputs(s.inputs), encodeReasons(s.reasons),
                              encodePolicyHits(s.policyHits), s.atMs);
        },
        "The risk score was not saved");
    return id ? Result<void>() : Result<void>(id.error());
}

Result<std::optional<risk::StoredScore>> latestRiskScore(const Database& db, Id fileId, int round)
{
    auto stmt =
        db.prepare("SELECT model_version, score, route, band_route, decline_below, approve_from, grade, "
                   "inputs, reasons, policy, at_ms FROM risk_scores WHERE loan_file_id = ?1 AND round = ?2 "
                   "ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, round); !r)
        return r.error();
    auto rows = readAll<risk::StoredScore>(*stmt, [](const Statement& st) {
        risk::StoredScore s;
        s.modelVersion = st.columnText(0);
        s.score = st.columnDouble(1);
        s.route = routeFromKey(st.columnText(2)).value_or(risk::Route::ManualReview);
        s.bandRoute = routeFromKey(st.columnText(3)).value_or(risk::Route::ManualReview);
        s.bands = risk::ScoreBands{st.columnDouble(4), st.columnDouble(5)};
        s.grade = enumColumn(st, 6, RiskGrade::E);
        for (const auto& f : lines(st.columnText(7)))
            if (f.size() == 2)
                s.inputs.emplace_back(f[0], f[1]);
        s.reasons = decodeReasons(st.columnText(8));
        s.policyHits = decodePolicyHits(st.columnText(9));
        s.atMs = st.columnInt64(10);
        return s;
    });
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<risk::StoredScore>()
                         : std::optional<risk::StoredScore>(rows->front());
}

} // namespace saggar
