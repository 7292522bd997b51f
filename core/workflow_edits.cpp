// Edits inside a state: document statuses, credit memo versions, conditions and covenants, and the
// appraised values of the collateral. Each either refuses with a reason or returns what storage writes.
#include "workflow.h"

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

Result<void> analystOrManager(const Actor& actor, std::string_view what)
{
    if (actor.role == Role::Appraiser)
        return detail::forbidden("Only an analyst or a manager can " + std::string(what) + ".");
    return {};
}

std::string minChars()
{
    return "at least " + std::to_string(kMinReasonChars) + " characters";
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
    const std::string name = detail::words(doc.kind);
    if (to == D::Verified)
        return detail::conflict("Mark the " + name + " received before verifying it.");
    return detail::conflict("The " + name + " is " + detail::words(from) + "; mark it missing first if it " +
                            "has to be collected again.");
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
        return detail::invalidInput("Describe the condition or covenant.");
    if (length > kMaxCovenantTextChars || detail::reasonLength(c.note) > kMaxCovenantTextChars)
        return detail::invalidInput("Keep the description and the note to at most " +
                                    std::to_string(kMaxCovenantTextChars) + " characters each.");
    if (!std::isfinite(c.threshold))
        return detail::invalidInput("The threshold must be a number.");
    const auto range = [&](double hi, const char* what) -> Result<void> {
        if (c.threshold > 0.0 && c.threshold <= hi)
            return {};
        return detail::invalidInput(std::string("The threshold of ") + what +
                                    " must be above 0 and at most " + std::to_string(static_cast<int>(hi)) +
                                    ".");
    };
    switch (c.metric) {
    case CovenantMetric::TrackerOnlinePct:
        return range(100.0, "tracker uptime (percent)");
    case CovenantMetric::KilnOperatingDaysPerMonth:
        return range(31.0, "kiln operating days per month");
    case CovenantMetric::LoanToValuePct:
        return range(100.0, "loan-to-value (percent)");
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
        return detail::forbidden("Conditions precedent are settled before disbursement; this file is in " +
                                 detail::words(s) + ", so their status can no longer change.");
    if (c.kind == CovenantKind::Covenant && s != LoanState::Disbursed && s != LoanState::Monitoring)
        return detail::forbidden("A covenant's status is followed after disbursement; it stays pending until "
                                 "the loan is disbursed.");
    return {};
}

// What a valuation needs to know about the asset it values.
struct PledgedAsset
{
    std::string name;    // for messages
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
    return PledgedAsset{detail::assetName(*it), kind + ":" + std::to_string(id) + ":appraised_value",
                        (*it).*purchase, it->appraisedValue};
}

} // namespace

Result<DocumentChange> evaluateDocument(const WorkflowContext& ctx, const Actor& actor,
                                        const DocumentRequest& request, TimestampMs nowMs)
{
    if (!beingPrepared(ctx.file.state))
        return detail::forbidden("Documents can change only while the file is prepared or decided; this file "
                                 "is in " +
                                 detail::words(ctx.file.state) + ".");
    if (auto role = analystOrManager(actor, "change the documents"); !role)
        return role.error();
    const auto it = std::find_if(ctx.documents.begin(), ctx.documents.end(),
                                 [&](const Document& d) { return d.id == request.documentId; });
    if (it == ctx.documents.end())
        return makeError("Document #" + std::to_string(request.documentId) + " is not part of this file.",
                         ErrorCode::NotFound);
    const Document& doc = *it;
    const std::string name = detail::words(doc.kind);
    const std::string subject = "document:" + std::string(key(doc.kind));

    DocumentChange change = changeOf<DocumentChange>(ctx);
    std::string reason = request.note;
    if (request.to == DocumentStatus::Waived) {
        if (actor.role != Role::Manager)
            return detail::forbidden("Only a manager can waive the " + name +
                                     ": a waiver is a policy exception.");
        if (doc.status == DocumentStatus::Waived)
            return detail::invalidInput("The " + name + " is already waived.");
        if (!detail::reasonIsEnough(request.justification))
            return detail::invalidInput("Write why the " + name + " can be waived, in " + minChars() + ".");
        change.exception = detail::policyException(ctx, actor, nowMs, ExceptionKind::WaivedDocument, subject,
                                                   request.justification);
        reason = request.justification;
    } else if (request.to == doc.status) {
        if (request.note.empty() || request.note == doc.note)
            return detail::invalidInput("The " + name + " is already " + detail::words(doc.status) +
                                        "; nothing to change.");
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
        return detail::forbidden(
            "The credit memo can be written only while the file is a draft; this file is "
            "in " +
            detail::words(ctx.file.state) + ". A manager can return it for rework.");
    if (actor.role != Role::Manager && !(actor.role == Role::Analyst && actor.userId == ctx.file.analystId))
        return detail::forbidden("Only the file's preparer (" + detail::personName(ctx, ctx.file.analystId) +
                                 ") or a manager can write the credit memo.");
    const std::size_t sectionCount = allValues<MemoSection>().size();
    if (draft.sections.size() != sectionCount)
        return detail::invalidInput("The credit memo has " + std::to_string(sectionCount) +
                                    " sections; this one has " + std::to_string(draft.sections.size()) + ".");
    std::vector<std::string> changed;
    for (MemoSection s : allValues<MemoSection>()) {
        if (detail::reasonLength(draft.section(s)) > kMaxMemoSectionChars)
            return detail::invalidInput("The " + detail::words(s) + " section is too long: at most " +
                                        std::to_string(kMaxMemoSectionChars) + " characters.");
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
        return detail::forbidden("Conditions and covenants cannot change while the file is in " +
                                 detail::words(state) + ".");
    if (auto role = analystOrManager(actor, "change conditions and covenants"); !role)
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
        return detail::invalidInput("Nothing to save: the condition is unchanged.");
    if (definitionChanged && !beforeDisbursement)
        return detail::forbidden("Conditions and covenants are fixed once the loan is disbursed; only their "
                                 "status and note can be updated.");

    CovenantChange change = changeOf<CovenantChange>(ctx);
    const std::string subject = isNew ? "covenant:new" : "covenant:" + std::to_string(old.id);
    std::string reason = want.note;
    if (statusChanged) {
        if (auto allowed = covenantStatusChange(ctx, want); !allowed)
            return allowed.error();
        if (want.status == CovenantStatus::Waived) {
            if (actor.role != Role::Manager)
                return detail::forbidden(
                    "Only a manager can waive a condition: a waiver is a policy exception.");
            if (!detail::reasonIsEnough(request.justification))
                return detail::invalidInput("Write why \"" + want.description + "\" can be waived, in " +
                                            minChars() + ".");
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
        return detail::forbidden("Appraised values are entered during the appraisal; this file is in " +
                                 detail::words(ctx.file.state) + ".");
    if (actor.role != Role::Appraiser || actor.userId != ctx.file.appraiserId)
        return detail::forbidden("Only the file's appraiser (" +
                                 detail::personName(ctx, ctx.file.appraiserId) +
                                 ") can enter appraised values.");

    const Result<PledgedAsset> asset =
        request.truck ? pledgedAsset(ctx.trucks, request.assetId, "truck", &Truck::purchasePrice)
                      : pledgedAsset(ctx.kilns, request.assetId, "kiln", &Kiln::purchaseCost);
    if (!asset)
        return asset.error();
    const std::string& name = asset->name;
    const Money purchase = asset->purchase;
    if (request.value <= Money())
        return detail::invalidInput("The appraised value of " + name + " must be more than ¥0.");
    // A value far above what the asset cost is a typing error (an extra zero), not an appraisal.
    const bool bounded = purchase > Money() &&
                         purchase.fen() <= std::numeric_limits<std::int64_t>::max() / kMaxValuationMultiple;
    if (bounded && request.value.fen() > purchase.fen() * kMaxValuationMultiple)
        return detail::invalidInput("The appraised value of " + name + " (" +
                                    detail::yuanText(request.value) + ") is more than " +
                                    std::to_string(kMaxValuationMultiple) + " times its purchase price (" +
                                    detail::yuanText(purchase) + "); check the figure.");

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
