#include "phrase.h"

#include "workflow_support.h"

#include <array>
#include <charconv>
#include <string>

namespace saggar {
namespace {

struct SentenceText
{
    Sentence sentence;
    std::string_view key;
    std::string_view english;
};

// Indexed by Sentence; the test checks every entry sits at its own index.
constexpr std::array kSentences{
    SentenceText{Sentence::SubmissionBlocked, "submission_blocked", "Submission is blocked: %1."},
    SentenceText{Sentence::MissingDocuments, "missing_documents", "missing %1"},
    SentenceText{Sentence::MemoNotWritten, "memo_not_written", "the credit memo is not written"},
    SentenceText{Sentence::MemoEmptySections, "memo_empty_sections",
                 "the credit memo has empty sections: %1"},
    SentenceText{Sentence::NothingPledged, "nothing_pledged", "no truck or kiln is pledged to the file"},
    SentenceText{Sentence::NothingToAppraise, "nothing_to_appraise",
                 "No truck or kiln is pledged to the file, so there is nothing to appraise; return the file "
                 "for rework."},
    SentenceText{Sentence::AppraisalIncomplete, "appraisal_incomplete",
                 "The appraisal is not complete: enter the appraised value of %1."},
    SentenceText{Sentence::ConditionsPrecedentOpen, "conditions_precedent_open",
                 "Disbursement is blocked: these conditions precedent are not met or waived: %1."},
    SentenceText{Sentence::QuotedWithStatus, "quoted_with_status", "\"%1\" (%2)"},
    SentenceText{Sentence::ChooseRiskGrade, "choose_risk_grade", "Choose a risk grade (A to E)."},
    SentenceText{Sentence::ExplainRiskGrade, "explain_risk_grade",
                 "Explain the risk grade in at least %1 characters."},
    SentenceText{Sentence::NoRiskAssessment, "no_risk_assessment",
                 "The file has no risk assessment; it must be assessed before approval."},
    SentenceText{Sentence::NoMemoToApprove, "no_memo_to_approve",
                 "The file has no credit memo to approve; return it for rework."},
    SentenceText{Sentence::LtvUnknown, "ltv_unknown",
                 "The collateral has no appraised value, so the loan-to-value ratio is unknown; return the "
                 "file to the appraiser."},
    SentenceText{Sentence::LtvNeedsJustification, "ltv_needs_justification",
                 "The loan is %1 of the appraised collateral, above the %2 limit: approving it is a policy "
                 "exception. Write a justification of at least %3 characters."},
    SentenceText{Sentence::ReasonRequired, "reason_required", "Write why you %1, in at least %2 characters."},
    SentenceText{Sentence::PreparerCannotApprove, "preparer_cannot_approve",
                 "You prepared this file, so you cannot approve it; another manager must."},
    SentenceText{Sentence::MemoAuthorCannotApprove, "memo_author_cannot_approve",
                 "You wrote the credit memo of this file, so you cannot approve it; another manager must."},
    SentenceText{Sentence::AppraiserCannotApprove, "appraiser_cannot_approve",
                 "You entered the appraised value of %1, so you cannot approve it; another manager must."},
    SentenceText{Sentence::AlreadyApproved, "already_approved",
                 "You have already approved this file in this round; the other approval must come from a "
                 "different manager."},
    SentenceText{Sentence::WrongState, "wrong_state",
                 "You cannot %1 while the file is in %2; that is done from %3."},
    SentenceText{Sentence::WrongRole, "wrong_role", "Only %1 can %2."},
    SentenceText{Sentence::OnlyPreparerSubmits, "only_preparer_submits",
                 "Only the file's preparer (%1) or a manager can submit the file."},
    SentenceText{Sentence::OnlyAppraiserCompletes, "only_appraiser_completes",
                 "Only the file's appraiser (%1) can complete the appraisal."},
    SentenceText{Sentence::OnlyManagerReturnsAfterAppraisal, "only_manager_returns_after_appraisal",
                 "The appraisal is complete, so only a manager can return the file for rework now."},
    SentenceText{Sentence::OnlyAnalystOrManagerDocuments, "only_analyst_or_manager_documents",
                 "Only an analyst or a manager can change the documents."},
    SentenceText{Sentence::OnlyAnalystOrManagerCovenants, "only_analyst_or_manager_covenants",
                 "Only an analyst or a manager can change conditions and covenants."},
    SentenceText{Sentence::ReceiveBeforeVerify, "receive_before_verify",
                 "Mark the %1 received before verifying it."},
    SentenceText{Sentence::CollectAgainFirst, "collect_again_first",
                 "The %1 is %2; mark it missing first if it has to be collected again."},
    SentenceText{Sentence::DescribeCovenant, "describe_covenant", "Describe the condition or covenant."},
    SentenceText{Sentence::CovenantTextTooLong, "covenant_text_too_long",
                 "Keep the description and the note to at most %1 characters each."},
    SentenceText{Sentence::ThresholdNotNumber, "threshold_not_number", "The threshold must be a number."},
    SentenceText{Sentence::ThresholdUptime, "threshold_uptime",
                 "The threshold of tracker uptime (percent) must be above 0 and at most %1."},
    SentenceText{Sentence::ThresholdOperatingDays, "threshold_operating_days",
                 "The threshold of kiln operating days per month must be above 0 and at most %1."},
    SentenceText{Sentence::ThresholdLtv, "threshold_ltv",
                 "The threshold of loan-to-value (percent) must be above 0 and at most %1."},
    SentenceText{Sentence::ConditionsPrecedentSettled, "conditions_precedent_settled",
                 "Conditions precedent are settled before disbursement; this file is in %1, so their status "
                 "can no longer change."},
    SentenceText{Sentence::CovenantPendingUntilDisbursed, "covenant_pending_until_disbursed",
                 "A covenant's status is followed after disbursement; it stays pending until the loan is "
                 "disbursed."},
    SentenceText{Sentence::DocumentsFrozen, "documents_frozen",
                 "Documents can change only while the file is prepared or decided; this file is in %1."},
    SentenceText{Sentence::OnlyManagerWaivesDocument, "only_manager_waives_document",
                 "Only a manager can waive the %1: a waiver is a policy exception."},
    SentenceText{Sentence::DocumentAlreadyWaived, "document_already_waived", "The %1 is already waived."},
    SentenceText{Sentence::DocumentWaiverJustification, "document_waiver_justification",
                 "Write why the %1 can be waived, in at least %2 characters."},
    SentenceText{Sentence::DocumentUnchanged, "document_unchanged",
                 "The %1 is already %2; nothing to change."},
    SentenceText{Sentence::MemoOnlyInDraft, "memo_only_in_draft",
                 "The credit memo can be written only while the file is a draft; this file is in %1. A "
                 "manager can return it for rework."},
    SentenceText{Sentence::OnlyPreparerWritesMemo, "only_preparer_writes_memo",
                 "Only the file's preparer (%1) or a manager can write the credit memo."},
    SentenceText{Sentence::MemoSectionCount, "memo_section_count",
                 "The credit memo has %1 sections; this one has %2."},
    SentenceText{Sentence::MemoSectionTooLong, "memo_section_too_long",
                 "The %1 section is too long: at most %2 characters."},
    SentenceText{Sentence::CovenantsFrozen, "covenants_frozen",
                 "Conditions and covenants cannot change while the file is in %1."},
    SentenceText{Sentence::CovenantUnchanged, "covenant_unchanged",
                 "Nothing to save: the condition is unchanged."},
    SentenceText{Sentence::CovenantsFixedAfterDisbursement, "covenants_fixed_after_disbursement",
                 "Conditions and covenants are fixed once the loan is disbursed; only their status and note "
                 "can be updated."},
    SentenceText{Sentence::OnlyManagerWaivesCondition, "only_manager_waives_condition",
                 "Only a manager can waive a condition: a waiver is a policy exception."},
    SentenceText{Sentence::ConditionWaiverJustification, "condition_waiver_justification",
                 "Write why \"%1\" can be waived, in at least %2 characters."},
    SentenceText{Sentence::ValuationOutsideAppraisal, "valuation_outside_appraisal",
                 "Appraised values are entered during the appraisal; this file is in %1."},
    SentenceText{Sentence::OnlyAppraiserValues, "only_appraiser_values",
                 "Only the file's appraiser (%1) can enter appraised values."},
    SentenceText{Sentence::ValueNotPositive, "value_not_positive",
                 "The appraised value of %1 must be more than ¥0."},
    SentenceText{Sentence::ValueTooHigh, "value_too_high",
                 "The appraised value of %1 (%2) is more than %3 times its purchase price (%4); check the "
                 "figure."},
    SentenceText{Sentence::AmountNotPositive, "amount_not_positive",
                 "The loan amount must be positive before it can be approved."},
    SentenceText{Sentence::BeyondAuthority, "beyond_authority",
                 "Beyond delegated authority: no approval limit covers %1 at grade %2. Ask for the authority "
                 "table to be extended."},
};

const SentenceText& entry(Sentence s)
{
    return kSentences[static_cast<std::size_t>(s)];
}

Phrase token(Phrase::Kind kind, std::string_view value)
{
    Phrase p;
    p.kind = kind;
    p.value = std::string(value);
    return p;
}

Phrase list(Phrase::Kind kind, std::vector<Phrase> items)
{
    Phrase p;
    p.kind = kind;
    p.parts = std::move(items);
    return p;
}

std::string joinedWith(const std::vector<Phrase>& items, std::string_view last, std::string_view between)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? last : between;
        out += english(items[i]);
    }
    return out;
}

std::string roleWithArticle(std::string_view roleKey)
{
    const auto role = fromKey<Role>(roleKey);
    if (!role)
        return std::string(roleKey);
    return *role == Role::Analyst ? "an analyst" : *role == Role::Appraiser ? "an appraiser" : "a manager";
}

std::string actionWords(std::string_view actionKey)
{
    const auto action = fromKey<WorkflowAction>(actionKey);
    return action ? std::string(detail::actionPhrase(*action)) : detail::keyWords(actionKey);
}

std::string upper(std::string text)
{
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string filled(std::string_view pattern, const std::vector<Phrase>& args)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            out += n < args.size() ? english(args[n]) : std::string("?");
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string_view key(Sentence s)
{
    return entry(s).key;
}

std::string_view englishTemplate(Sentence s)
{
    return entry(s).english;
}

int argumentCount(Sentence s)
{
    int highest = 0;
    const std::string_view t = englishTemplate(s);
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if (t[i] == '%' && t[i + 1] >= '1' && t[i + 1] <= '9')
            highest = std::max(highest, t[i + 1] - '0');
    return highest;
}

template <> const std::vector<Sentence>& allValues<Sentence>()
{
    static const std::vector<Sentence> values = [] {
        std::vector<Sentence> out;
        for (const SentenceText& s : kSentences)
            out.push_back(s.sentence);
        return out;
    }();
    return values;
}

template <> std::optional<Sentence> fromKey<Sentence>(std::string_view text)
{
    for (const SentenceText& s : kSentences)
        if (s.key == text)
            return s.sentence;
    return std::nullopt;
}

namespace phrase {

Phrase text(std::string value)
{
    return token(Phrase::Kind::Text, value);
}

Phrase count(long long n)
{
    return token(Phrase::Kind::Count, std::to_string(n));
}

Phrase sentence(Sentence s, std::vector<Phrase> args)
{
    Phrase p = list(Phrase::Kind::Sentence, std::move(args));
    p.sentence = s;
    return p;
}

Phrase of(LoanState v)
{
    return token(Phrase::Kind::State, key(v));
}

Phrase of(Role v)
{
    return token(Phrase::Kind::Role, key(v));
}

Phrase of(WorkflowAction v)
{
    return token(Phrase::Kind::Action, key(v));
}

Phrase of(RiskGrade v)
{
    return token(Phrase::Kind::Grade, key(v));
}

Phrase of(DocumentKind v)
{
    return token(Phrase::Kind::Document, key(v));
}

Phrase of(DocumentStatus v)
{
    return token(Phrase::Kind::DocumentStatus, key(v));
}

Phrase of(CovenantStatus v)
{
    return token(Phrase::Kind::CovenantStatus, key(v));
}

Phrase of(MemoSection v)
{
    return token(Phrase::Kind::MemoSection, key(v));
}

Phrase of(const Truck& truck)
{
    if (!truck.plate.empty())
        return token(Phrase::Kind::Truck, truck.plate);
    if (!truck.vin.empty())
        return token(Phrase::Kind::Truck, truck.vin);
    std::string id = "#";
    id += std::to_string(truck.id);
    return token(Phrase::Kind::Truck, id);
}

Phrase of(const Kiln& kiln)
{
    Phrase p = token(Phrase::Kind::Kiln, std::to_string(kiln.id));
    p.detail = std::string(key(kiln.type));
    return p;
}

Phrase money(Money amount)
{
    return token(Phrase::Kind::Money, std::to_string(amount.fen()));
}

Phrase percent(double pct)
{
    std::array<char, 64> buf{};
    const auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), pct, std::chars_format::fixed, 1);
    return token(Phrase::Kind::Percent, ec == std::errc() ? std::string(buf.data(), end) : std::string("?"));
}

Phrase all(std::vector<Phrase> items)
{
    return list(Phrase::Kind::All, std::move(items));
}

Phrase any(std::vector<Phrase> items)
{
    return list(Phrase::Kind::Any, std::move(items));
}

Phrase each(std::vector<Phrase> items)
{
    return list(Phrase::Kind::Each, std::move(items));
}

} // namespace phrase

std::string english(const Phrase& p)
{
    using K = Phrase::Kind;
    switch (p.kind) {
    case K::Text:
    case K::Count:
        return p.value;
    case K::Sentence:
        return filled(englishTemplate(p.sentence), p.parts);
    case K::Role:
        return roleWithArticle(p.value);
    case K::Action:
        return actionWords(p.value);
    case K::Grade:
        return upper(p.value);
    case K::State:
    case K::Document:
    case K::DocumentStatus:
    case K::CovenantStatus:
    case K::MemoSection:
        return detail::keyWords(p.value);
    case K::Truck:
        return "truck " + p.value;
    case K::Kiln:
        return "kiln #" + p.value + " (" + detail::keyWords(p.detail) + ")";
    case K::Money: {
        long long fen = 0;
        std::from_chars(p.value.data(), p.value.data() + p.value.size(), fen);
        return detail::yuanText(Money::fromFen(fen));
    }
    case K::Percent:
        return p.value + " %";
    case K::All:
        return joinedWith(p.parts, " and ", ", ");
    case K::Any:
        return joinedWith(p.parts, " or ", ", ");
    case K::Each:
        return joinedWith(p.parts, "; ", "; ");
    }
    return p.value;
}

Error refusal(int code, Sentence s, std::vector<Phrase> args)
{
    auto p = std::make_shared<Phrase>(phrase::sentence(s, std::move(args)));
    Error e = makeError(english(*p), code);
    e.phrase = std::move(p);
    return e;
}

} // namespace saggar
