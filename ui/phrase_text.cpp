#include "phrase_text.h"

#include "display_names.h"
#include "widgets/money_format.h"

#include <QLocale>
#include <QStringList>

namespace saggar::ui {
namespace {

template <typename E> std::optional<E> keyed(const Phrase& p)
{
    return fromKey<E>(p.value);
}

QString joinedWith(const QList<QString>& items, const QString& between, const QString& last)
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? last : between;
        out += items[i];
    }
    return out;
}

QList<QString> rendered(const std::vector<Phrase>& parts)
{
    QList<QString> out;
    for (const Phrase& p : parts)
        out.append(PhraseText::text(p));
    return out;
}

} // namespace

QString PhraseText::sentence(Sentence s)
{
    using S = Sentence;
    switch (s) {
    case S::SubmissionBlocked:
        return tr("Submission is blocked: %1.");
    case S::MissingDocuments:
        return tr("missing %1");
    case S::MemoNotWritten:
        return tr("the credit memo is not written");
    case S::MemoEmptySections:
        return tr("the credit memo has empty sections: %1");
    case S::NothingPledged:
        return tr("no truck or kiln is pledged to the file");
    case S::NothingToAppraise:
        return tr("No truck or kiln is pledged to the file, so there is nothing to appraise; return the file "
                  "for rework.");
    case S::AppraisalIncomplete:
        return tr("The appraisal is not complete: enter the appraised value of %1.");
    case S::ConditionsPrecedentOpen:
        return tr("Disbursement is blocked: these conditions precedent are not met or waived: %1.");
    case S::QuotedWithStatus:
        return tr("\"%1\" (%2)");
    case S::ChooseRiskGrade:
        return tr("Choose a risk grade (A to E).");
    case S::ExplainRiskGrade:
        return tr("Explain the risk grade in at least %1 characters.");
    case S::NoRiskAssessment:
        return tr("The file has no risk assessment; it must be assessed before approval.");
    case S::NoMemoToApprove:
        return tr("The file has no credit memo to approve; return it for rework.");
    case S::LtvUnknown:
        return tr("The collateral has no appraised value, so the loan-to-value ratio is unknown; return the "
                  "file to the appraiser.");
    case S::LtvNeedsJustification:
        return tr("The loan is %1 of the appraised collateral, above the %2 limit: approving it is a policy "
                  "exception. Write a justification of at least %3 characters.");
    case S::ReasonRequired:
        return tr("Write why you %1, in at least %2 characters.");
    case S::PreparerCannotApprove:
        return tr("You prepared this file, so you cannot approve it; another manager must.");
    case S::MemoAuthorCannotApprove:
        return tr("You wrote the credit memo of this file, so you cannot approve it; another manager must.");
    case S::AppraiserCannotApprove:
        return tr("You entered the appraised value of %1, so you cannot approve it; another manager must.");
    case S::AlreadyApproved:
        return tr("You have already approved this file in this round; the other approval must come from a "
                  "different manager.");
    case S::WrongState:
        return tr("You cannot %1 while the file is in %2; that is done from %3.");
    case S::WrongRole:
        return tr("Only %1 can %2.");
    case S::OnlyPreparerSubmits:
        return tr("Only the file's preparer (%1) or a manager can submit the file.");
    case S::OnlyAppraiserCompletes:
        return tr("Only the file's appraiser (%1) can complete the appraisal.");
    case S::OnlyManagerReturnsAfterAppraisal:
        return tr("The appraisal is complete, so only a manager can return the file for rework now.");
    case S::OnlyAnalystOrManagerDocuments:
        return tr("Only an analyst or a manager can change the documents.");
    case S::OnlyAnalystOrManagerCovenants:
        return tr("Only an analyst or a manager can change conditions and covenants.");
    case S::ReceiveBeforeVerify:
        return tr("Mark the %1 received before verifying it.");
    case S::CollectAgainFirst:
        return tr("The %1 is %2; mark it missing first if it has to be collected again.");
    case S::DescribeCovenant:
        return tr("Describe the condition or covenant.");
    case S::CovenantTextTooLong:
        return tr("Keep the description and the note to at most %1 characters each.");
    case S::ThresholdNotNumber:
        return tr("The threshold must be a number.");
    case S::ThresholdUptime:
        return tr("The threshold of tracker uptime (percent) must be above 0 and at most %1.");
    case S::ThresholdOperatingDays:
        return tr("The threshold of kiln operating days per month must be above 0 and at most %1.");
    case S::ThresholdLtv:
        return tr("The threshold of loan-to-value (percent) must be above 0 and at most %1.");
    case S::ConditionsPrecedentSettled:
        return tr("Conditions precedent are settled before disbursement; this file is in %1, so their status "
                  "can no longer change.");
    case S::CovenantPendingUntilDisbursed:
        return tr("A covenant's status is followed after disbursement; it stays pending until the loan is "
                  "disbursed.");
    case S::DocumentsFrozen:
        return tr("Documents can change only while the file is prepared or decided; this file is in %1.");
    case S::OnlyManagerWaivesDocument:
        return tr("Only a manager can waive the %1: a waiver is a policy exception.");
    case S::DocumentAlreadyWaived:
        return tr("The %1 is already waived.");
    case S::DocumentWaiverJustification:
        return tr("Write why the %1 can be waived, in at least %2 characters.");
    case S::DocumentUnchanged:
        return tr("The %1 is already %2; nothing to change.");
    case S::MemoOnlyInDraft:
        return tr("The credit memo can be written only while the file is a draft; this file is in %1. A "
                  "manager can return it for rework.");
    case S::OnlyPreparerWritesMemo:
        return tr("Only the file's preparer (%1) or a manager can write the credit memo.");
    case S::MemoSectionCount:
        return tr("The credit memo has %1 sections; this one has %2.");
    case S::MemoSectionTooLong:
        return tr("The %1 section is too long: at most %2 characters.");
    case S::CovenantsFrozen:
        return tr("Conditions and covenants cannot change while the file is in %1.");
    case S::CovenantUnchanged:
        return tr("Nothing to save: the condition is unchanged.");
    case S::CovenantsFixedAfterDisbursement:
        return tr("Conditions and covenants are fixed once the loan is disbursed; only their status and note "
                  "can be updated.");
    case S::OnlyManagerWaivesCondition:
        return tr("Only a manager can waive a condition: a waiver is a policy exception.");
    case S::ConditionWaiverJustification:
        return tr("Write why \"%1\" can be waived, in at least %2 characters.");
    case S::ValuationOutsideAppraisal:
        return tr("Appraised values are entered during the appraisal; this file is in %1.");
    case S::OnlyAppraiserValues:
        return tr("Only the file's appraiser (%1) can enter appraised values.");
    case S::ValueNotPositive:
        return tr("The appraised value of %1 must be more than ¥0.");
    case S::ValueTooHigh:
        return tr("The appraised value of %1 (%2) is more than %3 times its purchase price (%4); check the "
                  "figure.");
    case S::AmountNotPositive:
        return tr("The loan amount must be positive before it can be approved.");
    case S::BeyondAuthority:
        return tr(
            "Beyond delegated authority: no approval limit covers %1 at grade %2. Ask for the authority "
            "table to be extended.");
    }
    return QString::fromUtf8(englishTemplate(s).data(), static_cast<qsizetype>(englishTemplate(s).size()));
}

QString PhraseText::action(WorkflowAction a)
{
    using A = WorkflowAction;
    switch (a) {
    case A::Submit:
        return tr("submit the file");
    case A::StartAppraisal:
        return tr("start the appraisal");
    case A::CompleteAppraisal:
        return tr("complete the appraisal");
    case A::AssessRisk:
        return tr("assess the risk");
    case A::Approve:
        return tr("approve the file");
    case A::Reject:
        return tr("reject the file");
    case A::OverrideDecline:
        return tr("override the decline");
    case A::ReturnForRework:
        return tr("return the file for rework");
    case A::Disburse:
        return tr("disburse the loan");
    case A::StartMonitoring:
        return tr("start monitoring");
    case A::Repay:
        return tr("record the repayment");
    case A::DeclareDefault:
        return tr("declare a default");
    case A::StartDisposal:
        return tr("start the disposal");
    case A::Close:
        return tr("close the file");
    }
    return DisplayNames::workflowAction(a);
}

QString PhraseText::text(const Phrase& p)
{
    using K = Phrase::Kind;
    const QString value = QString::fromStdString(p.value);
    switch (p.kind) {
    case K::Text:
        return value;
    case K::Count:
        return QLocale().toString(value.toLongLong());
    case K::Sentence: {
        QString out = sentence(p.sentence);
        // Substitute all arguments in one pass, so text inside an argument is never read as a marker.
        const QList<QString> args = rendered(p.parts);
        QString result;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QChar c = out[i];
            if (c == u'%' && i + 1 < out.size() && out[i + 1] >= u'1' && out[i + 1] <= u'9') {
                const qsizetype n = out[i + 1].unicode() - u'1';
                result += n < args.size() ? args[n] : QStringLiteral("?");
                ++i;
            } else {
                result += c;
            }
        }
        return result;
    }
    case K::State:
        if (const auto v = keyed<LoanState>(p))
            return DisplayNames::loanState(*v);
        break;
    case K::Role:
        if (const auto v = keyed<Role>(p))
            return DisplayNames::role(*v);
        break;
    case K::Action:
        if (const auto v = keyed<WorkflowAction>(p))
            return action(*v);
        break;
    case K::Grade:
        if (const auto v = keyed<RiskGrade>(p))
            return DisplayNames::riskGrade(*v);
        break;
    case K::Document:
        if (const auto v = keyed<DocumentKind>(p))
            return DisplayNames::documentKind(*v);
        break;
    case K::DocumentStatus:
        if (const auto v = keyed<DocumentStatus>(p))
            return DisplayNames::documentStatus(*v);
        break;
    case K::CovenantStatus:
        if (const auto v = keyed<CovenantStatus>(p))
            return DisplayNames::covenantStatus(*v);
        break;
    case K::MemoSection:
        if (const auto v = keyed<MemoSection>(p))
            return DisplayNames::memoSection(*v);
        break;
    case K::Truck:
        return tr("truck %1").arg(value);
    case K::Kiln: {
        const auto type = fromKey<KilnType>(p.detail);
        return tr("kiln #%1 (%2)")
            .arg(value, type ? DisplayNames::kilnType(*type) : QString::fromStdString(p.detail));
    }
    case K::Money:
        return formatMoneyExact(Money::fromFen(value.toLongLong()));
    case K::Percent:
        return tr("%1 %").arg(QLocale().toString(value.toDouble(), 'f', 1));
    case K::All:
        return joinedWith(rendered(p.parts), tr(", "), tr(" and "));
    case K::Any:
        return joinedWith(rendered(p.parts), tr(", "), tr(" or "));
    case K::Each:
        return joinedWith(rendered(p.parts), tr("; "), tr("; "));
    }
    return value;
}

} // namespace saggar::ui
