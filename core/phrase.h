// Refusals a person reads in their own language. Core builds each refusal as a Phrase: a sentence
// (a stable id with an English template, %1…%9 for its arguments) whose arguments are plain text, a
// value a screen names in its language (a state, a role, a document kind…), an asset, an amount, a
// percentage, a list, or another sentence. Core renders the English text into Error::message, for
// the command line, logs and the server; the UI renders the same Phrase in Chinese (ui/phrase_text).
#pragma once

#include "result.h"
#include "workflow_types.h"

#include <string>
#include <string_view>
#include <vector>

namespace saggar {

// Every sentence a refusal can say. Append new ones; keys are stable (they travel to the server).
enum class Sentence {
    SubmissionBlocked,
    MissingDocuments,
    MemoNotWritten,
    MemoEmptySections,
    NothingPledged,
    NothingToAppraise,
    AppraisalIncomplete,
    ConditionsPrecedentOpen,
    QuotedWithStatus,
    ChooseRiskGrade,
    ExplainRiskGrade,
    NoRiskAssessment,
    NoMemoToApprove,
    LtvUnknown,
    LtvNeedsJustification,
    ReasonRequired,
    PreparerCannotApprove,
    MemoAuthorCannotApprove,
    AppraiserCannotApprove,
    AlreadyApproved,
    WrongState,
    WrongRole,
    OnlyPreparerSubmits,
    OnlyAppraiserCompletes,
    OnlyManagerReturnsAfterAppraisal,
    OnlyAnalystOrManagerDocuments,
    OnlyAnalystOrManagerCovenants,
    ReceiveBeforeVerify,
    CollectAgainFirst,
    DescribeCovenant,
    CovenantTextTooLong,
    ThresholdNotNumber,
    ThresholdUptime,
    ThresholdOperatingDays,
    ThresholdLtv,
    ConditionsPrecedentSettled,
    CovenantPendingUntilDisbursed,
    DocumentsFrozen,
    OnlyManagerWaivesDocument,
    DocumentAlreadyWaived,
    DocumentWaiverJustification,
    DocumentUnchanged,
    MemoOnlyInDraft,
    OnlyPreparerWritesMemo,
    MemoSectionCount,
    MemoSectionTooLong,
    CovenantsFrozen,
    CovenantUnchanged,
    CovenantsFixedAfterDisbursement,
    OnlyManagerWaivesCondition,
    ConditionWaiverJustification,
    ValuationOutsideAppraisal,
    OnlyAppraiserValues,
    ValueNotPositive,
    ValueTooHigh,
    AmountNotPositive,
    BeyondAuthority,
};

struct Phrase
{
    enum class Kind {
        Text,           // value: shown as it is (a name, a description a person wrote)
        Count,          // value: a whole number
        Sentence,       // sentence with parts as its arguments
        State,          // value: a LoanState key
        Role,           // value: a Role key
        Action,         // value: a WorkflowAction key, read as what it does ("approve the file")
        Grade,          // value: a RiskGrade key
        Document,       // value: a DocumentKind key
        DocumentStatus, // value: a DocumentStatus key
        CovenantStatus, // value: a CovenantStatus key
        MemoSection,    // value: a MemoSection key
        Truck,          // value: plate (else VIN, else "#id")
        Kiln,           // value: kiln id; detail: its KilnType key
        Money,          // value: fen
        Percent,        // value: a percentage with one decimal
        All,            // parts: "a, b and c"
        Any,            // parts: "a or b"
        Each,           // parts: "a; b" (separate problems)
    };
    Kind kind = Kind::Text;
    std::string value;
    std::string detail;
    saggar::Sentence sentence = saggar::Sentence::SubmissionBlocked;
    std::vector<Phrase> parts;
};

std::string_view key(Sentence s);
// The English wording with %1…%9 where the arguments go; the UI's translations use the same numbers.
std::string_view englishTemplate(Sentence s);
// How many arguments the sentence takes.
int argumentCount(Sentence s);
template <> const std::vector<Sentence>& allValues<Sentence>();
template <> std::optional<Sentence> fromKey<Sentence>(std::string_view text);

namespace phrase {
Phrase text(std::string value);
Phrase count(long long n);
Phrase sentence(Sentence s, std::vector<Phrase> args = {});
Phrase of(LoanState v);
Phrase of(Role v);
Phrase of(WorkflowAction v);
Phrase of(RiskGrade v);
Phrase of(DocumentKind v);
Phrase of(DocumentStatus v);
Phrase of(CovenantStatus v);
Phrase of(MemoSection v);
Phrase of(const Truck& truck);
Phrase of(const Kiln& kiln);
Phrase money(Money amount);
Phrase percent(double pct);
Phrase all(std::vector<Phrase> items);
Phrase any(std::vector<Phrase> items);
Phrase each(std::vector<Phrase> items);
} // namespace phrase

// The phrase in English, as Error::message carries it.
std::string english(const Phrase& p);

// An error whose message is the sentence in English and which carries the sentence for screens.
Error refusal(int code, Sentence s, std::vector<Phrase> args = {});

} // namespace saggar
