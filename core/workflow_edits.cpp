// Edits inside a state: document statuses, credit memo versions, conditions and covenants, and the
// appraised values of the collateral. Each either refuses with a reason or returns what storage writes.
#include "workflow.h"

#include "phrase.h"
#include "workflow_support.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace saggar {
namespace {

using detail::auditEntry;

constexpr int kMaxMemoSectionChars = 20'000;
constexpr int kMaxCovenantTextChars = 500;
constexpr std::int64_t kMaxValuationMultiple = 10; // of the purchase price

template <typename Change> Change changeOf(const WorkflowContext& ctx)
{
    Change c;
    c.fileId = ctx.file.id;
    c.expectedVersion = ctx.file.version;
    return c;
}

bool in(LoanState state, std::initializer_list<LoanState> states)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

// While the file is prepared or decided: documents and conditions may still change.
bool beingPrepared(LoanState s)
{
    return in(s, {LoanState::Draft, LoanState::Submitted, LoanState::Appraisal, LoanState::RiskAssessment,
                  LoanState::AutoApproved, LoanState::ManualReview});
}

Result<void> analystOrManager(const Actor& actor, Sentence refused)
{
    if (actor.role == Role::Appraiser)
        return refusal(ErrorCode::Forbidden, refused);
    return {};
}

// Documents go Missing → Received → Verified, and back to Missing; a waived one can be received or
// marked missing again. Waiving is checked separately (a manager's exception).
Result<void> documentStep(const Document& doc, DocumentStatus to)
{
    const DocumentStatus from = doc.status;
    using D = DocumentStatus;
    const bool allowed = (from == D::Missing && to == D::Received) ||
                         (from == D::Received && to == D::Verified) ||
                         (from != D::Missing && to == D::Missing) || (from == D::Waived && to == D::Received);
    if (allowed)
        return {};
    if (to == D::Verified)
        return refusal(ErrorCode::Conflict, Sentence::ReceiveBeforeVerify, {phrase::of(doc.kind)});
    return refusal(ErrorCode::Conflict, Sentence::CollectAgainFirst,
                   {phrase::of(doc.kind), phrase::of(from)});
}

std::string describe(const Covenant& c)
{
    std::string text = "\"" + c.description + "\" " + detail::words(c.kind);
    if (c.metric != CovenantMetric::Custom) {
        const std::string threshold = detail::decimalText(c.threshold);
        const char* op = c.metric == CovenantMetric::LoanToValuePct ? " <= " : " >= ";
        text += ", " + detail::words(c.metric) + op + threshold;
    }
    return text + ", " + detail::words(c.status);
}

Result<void> checkCovenantDefinition(const Covenant& c)
{
    const int length = detail::reasonLength(c.description);
    if (length == 0)
        return refusal(ErrorCode::InvalidInput, Sentence::DescribeCovenant);
    if (length > kMaxCovenantTextChars || detail::reasonLength(c.note) > kMaxCovenantTextChars)
        return refusal(ErrorCode::InvalidInput, Sentence::CovenantTextTooLong,
                       {phrase::count(kMaxCovenantTextChars)});
    if (!std::isfinite(c.threshold))
        return refusal(ErrorCode::InvalidInput, Sentence::ThresholdNotNumber);
    const auto range = [&](int hi, Sentence refused) -> Result<void> {
        if (c.threshold > 0.0 && c.threshold <= hi)
            return {};
        return refusal(ErrorCode::InvalidInput, refused, {phrase::count(hi)});
    };
    switch (c.metric) {
    case CovenantMetric::TrackerOnlinePct:
        return range(100, Sentence::ThresholdUptime);
    case CovenantMetric::KilnOperatingDaysPerMonth:
        return range(31, Sentence::ThresholdOperatingDays);
    case CovenantMetric::LoanToValuePct:
        return range(100, Sentence::ThresholdLtv);
    case CovenantMetric::Custom:
        break;
    }
    return {};
}

bool sameDefinition(const Covenant& a, const Covenant& b)
{
    return a.kind == b.kind && a.metric == b.metric && a.description == b.description &&
           a.threshold == b.threshold;
}

// A covenant's status follows the loan's life: conditions precedent are settled before disbursement,
// covenants are monitored after it.
Result<void> covenantStatusChange(const WorkflowContext& ctx, const Covenant& c)
{
    const LoanState s = ctx.file.state;
    if (c.kind == CovenantKind::ConditionPrecedent && !beingPrepared(s) && s != LoanState::Approved)
        return refusal(ErrorCode::Forbidden, Sentence::ConditionsPrecedentSettled, {phrase::of(s)});
    if (c.kind == CovenantKind::Covenant && s != LoanState::Disbursed && s != LoanState::Monitoring)
        return refusal(ErrorCode::Forbidden, Sentence::CovenantPendingUntilDisbursed);
    return {};
}

// What a valuation needs to know about the asset it values.
struct PledgedAsset
{
    Phrase name;         // for messages
    std::string subject; // for the audit trail
    Money purchase;
    Money previous;
};

template <typename Asset>
Result<PledgedAsset> pledgedAsset(const std::vector<Asset>& assets, Id id, const std::string& kind,
                                  Money Asset::*purchase)
{
    const auto it = std::find_if(assets.begin(), assets.end(), [id](const Asset& a) { return a.id == id; });
    if (it == assets.end())
        return makeError("This file has no pledged " + kind + " #" + std::to_string(id) + ".",
                         ErrorCode::NotFound);
    return PledgedAsset{phrase::of(*it), kind + ":" + std::to_string(id) + ":appraised_value",
                        (*it).*purchase, it->appraisedValue};
}

} // namespace

Result<DocumentChange> evaluateDocument(const WorkflowContext& ctx, const Actor& actor,
                                        const DocumentRequest& request, TimestampMs nowMs)
{
    if (!beingPrepared(ctx.file.state))
        return refusal(ErrorCode::Forbidden, Sentence::DocumentsFrozen, {phrase::of(ctx.file.state)});
    if (auto role = analystOrManager(actor, Sentence::OnlyAnalystOrManagerDocuments); !role)
        return role.error();
    const auto it = std::find_if(ctx.documents.begin(), ctx.documents.end(),
                                 [&](const Document& d) { return d.id == request.documentId; });
    if (it == ctx.documents.end())
        return makeError("Document #" + std::to_string(request.documentId) + " is not part of this file.",
                         ErrorCode::NotFound);
    const Document& doc = *it;
    const Phrase name = phrase::of(doc.kind);
    const std::string subject = "document:" + std::string(key(doc.kind));

    DocumentChange change = changeOf<DocumentChange>(ctx);
    std::string reason = request.note;
    if (request.to == DocumentStatus::Waived) {
        if (actor.role != Role::Manager)
            return refusal(ErrorCode::Forbidden, Sentence::OnlyManagerWaivesDocument, {name});
        if (doc.status == DocumentStatus::Waived)
            return refusal(ErrorCode::InvalidInput, Sentence::DocumentAlreadyWaived, {name});
        if (!detail::reasonIsEnough(request.justification))
            return refusal(ErrorCode::InvalidInput, Sentence::DocumentWaiverJustification,
                           {name, phrase::count(kMinReasonChars)});
        change.exception = detail::policyException(ctx, actor, nowMs, ExceptionKind::WaivedDocument, subject,
                                                   request.justification);
        reason = request.justification;
    } else if (request.to == doc.status) {
        if (request.note.empty() || request.note == doc.note)
            return refusal(ErrorCode::InvalidInput, Sentence::DocumentUnchanged,
                           {name, phrase::of(doc.status)});
    } else if (auto step = documentStep(doc, request.to); !step) {
        return step.error();
    }

    change.document = doc;
    change.document.status = request.to;
    if (!request.note.empty()) // an empty note keeps the one written before
        change.document.note = request.note;
    change.document.updatedAtMs = nowMs;
    change.audit.push_back(auditEntry(ctx, actor, nowMs, AuditKind::Document, subject,
                                      std::string(key(doc.status)), std::string(key(request.to)), reason));
    if (change.exception)
        change.audit.push_back(detail::exceptionEntry(ctx, actor, *change.exception));
    return change;
}

Result<MemoChange> evaluateMemo(const WorkflowContext& ctx, const Actor& actor, const CreditMemo& draft,
                                TimestampMs nowMs)
{
    if (ctx.file.state != LoanState::Draft)
        return refusal(ErrorCode::Forbidden, Sentence::MemoOnlyInDraft, {phrase::of(ctx.file.state)});
    if (actor.role != Role::Manager && !(actor.role == Role::Analyst && actor.userId == ctx.file.analystId))
        return refusal(ErrorCode::Forbidden, Sentence::OnlyPreparerWritesMemo,
                       {phrase::text(detail::personName(ctx, ctx.file.analystId))});
    const std::size_t sectionCount = allValues<MemoSection>().size();
    if (draft.sections.size() != sectionCount)
        return refusal(ErrorCode::InvalidInput, Sentence::MemoSectionCount,
                       {phrase::count(static_cast<long long>(sectionCount)),
                        phrase::count(static_cast<long long>(draft.sections.size()))});
    std::vector<std::string> changed;
    for (MemoSection s : allValues<MemoSection>()) {
        if (detail::reasonLength(draft.section(s)) > kMaxMemoSectionChars)
            return refusal(ErrorCode::InvalidInput, Sentence::MemoSectionTooLong,
                           {phrase::of(s), phrase::count(kMaxMemoSectionChars)});
        if (!ctx.memo || ctx.memo->section(s) != draft.section(s))
            changed.push_back(detail::words(s));
    }

    MemoChange change = changeOf<MemoChange>(ctx);
    const std::int64_t latest = ctx.memo ? ctx.memo->version : 0;
    change.memo.loanFileId = ctx.file.id;
    change.memo.version = latest + 1;
    change.memo.sections = draft.sections;
    change.memo.authorId = actor.userId;
    change.memo.atMs = nowMs;
    change.memo.frozen = false; // a frozen version stays as it was; this is a new one
    const std::string after = "version " + std::to_string(change.memo.version) +
                              (changed.empty() ? "" : " (" + detail::joined(changed) + ")");
    change.audit.push_back(auditEntry(ctx, actor, nowMs, AuditKind::Memo, "memo",
                                      latest ? "version " + std::to_string(latest) : "", after));
    return change;
}

Result<CovenantChange> evaluateCovenant(const WorkflowContext& ctx, const Actor& actor,
                                        const CovenantRequest& request, TimestampMs nowMs)
{
    const LoanState state = ctx.file.state;
    const bool beforeDisbursement = beingPrepared(state) || state == LoanState::Approved;
    if (!beforeDisbursement && state != LoanState::Disbursed && state != LoanState::Monitoring)
        return refusal(ErrorCode::Forbidden, Sentence::CovenantsFrozen, {phrase::of(state)});
    if (auto role = analystOrManager(actor, Sentence::OnlyAnalystOrManagerCovenants); !role)
        return role.error();

    Covenant old; // a new one is compared with an empty, pending one
    old.loanFileId = ctx.file.id;
    const bool isNew = request.covenant.id == 0;
    if (!isNew) {
        const auto it = std::find_if(ctx.covenants.begin(), ctx.covenants.end(),
                                     [&](const Covenant& c) { return c.id == request.covenant.id; });
        if (it == ctx.covenants.end())
            return makeError("Condition #" + std::to_string(request.covenant.id) +
                                 " is not part of this file.",
                             ErrorCode::NotFound);
        old = *it;
    }
    const Covenant& want = request.covenant;
    if (auto valid = checkCovenantDefinition(want); !valid)
        return valid.error();
    const bool definitionChanged = isNew || !sameDefinition(old, want);
    const bool statusChanged = want.status != old.status;
    if (!definitionChanged && !statusChanged && want.note == old.note)
        return refusal(ErrorCode::InvalidInput, Sentence::CovenantUnchanged);
    if (definitionChanged && !beforeDisbursement)
        return refusal(ErrorCode::Forbidden, Sentence::CovenantsFixedAfterDisbursement);

    CovenantChange change = changeOf<CovenantChange>(ctx);
    const std::string subject = isNew ? "covenant:new" : "covenant:" + std::to_string(old.id);
    std::string reason = want.note;
    if (statusChanged) {
        if (auto allowed = covenantStatusChange(ctx, want); !allowed)
            return allowed.error();
        if (want.status == CovenantStatus::Waived) {
            if (actor.role != Role::Manager)
                return refusal(ErrorCode::Forbidden, Sentence::OnlyManagerWaivesCondition);
            if (!detail::reasonIsEnough(request.justification))
                return refusal(ErrorCode::InvalidInput, Sentence::ConditionWaiverJustification,
                               {phrase::text(want.description), phrase::count(kMinReasonChars)});
            change.exception = detail::policyException(ctx, actor, nowMs, ExceptionKind::ConditionWaived,
                                                       want.description, request.justification);
            reason = request.justification;
        }
    }

    change.covenant = want;
    change.covenant.id = old.id;
    change.covenant.loanFileId = ctx.file.id;
    change.covenant.updatedAtMs = nowMs;
    change.audit.push_back(auditEntry(ctx, actor, nowMs, AuditKind::Covenant, subject,
                                      isNew ? "" : describe(old), describe(change.covenant), reason));
    if (change.exception)
        change.audit.push_back(detail::exceptionEntry(ctx, actor, *change.exception));
    return change;
}

Result<ValuationChange> evaluateValuation(const WorkflowContext& ctx, const Actor& actor,
                                          const ValuationRequest& request, TimestampMs nowMs)
{
    if (ctx.file.state != LoanState::Appraisal)
        return refusal(ErrorCode::Forbidden, Sentence::ValuationOutsideAppraisal,
                       {phrase::of(ctx.file.state)});
    if (actor.role != Role::Appraiser || actor.userId != ctx.file.appraiserId)
        return refusal(ErrorCode::Forbidden, Sentence::OnlyAppraiserValues,
                       {phrase::text(detail::personName(ctx, ctx.file.appraiserId))});

    const Result<PledgedAsset> asset =
        request.truck ? pledgedAsset(ctx.trucks, request.assetId, "truck", &Truck::purchasePrice)
                      : pledgedAsset(ctx.kilns, request.assetId, "kiln", &Kiln::purchaseCost);
    if (!asset)
        return asset.error();
    const Phrase& name = asset->name;
    const Money purchase = asset->purchase;
    if (request.value <= Money())
        return refusal(ErrorCode::InvalidInput, Sentence::ValueNotPositive, {name});
    // A value far above what the asset cost is a typing error (an extra zero), not an appraisal.
    const bool bounded = purchase > Money() &&
                         purchase.fen() <= std::numeric_limits<std::int64_t>::max() / kMaxValuationMultiple;
    if (bounded && request.value.fen() > purchase.fen() * kMaxValuationMultiple)
        return refusal(ErrorCode::InvalidInput, Sentence::ValueTooHigh,
                       {name, phrase::money(request.value), phrase::count(kMaxValuationMultiple),
                        phrase::money(purchase)});

    ValuationChange change = changeOf<ValuationChange>(ctx);
    change.truck = request.truck;
    change.assetId = request.assetId;
    change.value = request.value;
    change.appraisedBy = actor.userId;
    change.audit.push_back(auditEntry(ctx, actor, nowMs, AuditKind::Field, asset->subject,
                                      asset->previous > Money() ? asset->previous.toPlainYuan() : "",
                                      request.value.toPlainYuan()));
    return change;
}

} // namespace saggar
