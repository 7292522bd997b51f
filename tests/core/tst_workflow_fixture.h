// A loan file in which every precondition of every workflow move holds (documents received, memo
// written, collateral valued, conditions precedent met), and the people who work on it. Tests take it
// and break exactly the thing they are about.
#pragma once

#include "core/workflow.h"

#include <string>

namespace saggar::test {

inline constexpr Id kFileId = 42;
inline constexpr std::int64_t kFileVersion = 7;
inline constexpr TimestampMs kNow = 1'767'225'600'000; // 2026-01-01T00:00:00Z

inline const Actor kAnalyst{1, Role::Analyst, "李娜"};     // prepared the file, wrote the memo
inline const Actor kAppraiser{2, Role::Appraiser, "王强"}; // the file's appraiser, valued the collateral
inline const Actor kManager{3, Role::Manager, "张伟"};
inline const Actor kManager2{4, Role::Manager, "陈静"};
inline const Actor kOtherAnalyst{5, Role::Analyst, "赵敏"};
inline const Actor kOtherAppraiser{6, Role::Appraiser, "刘洋"};

inline const std::string kReason = "抵押物评估需要补充现场照片"; // 13 characters
inline const std::string kRationale =
    "Tile maker with steady export orders and low leverage"; // for AssessRisk

inline Money yuan(std::int64_t y)
{
    return Money::fromYuan(y);
}

// ¥3,000,000 equipment mortgage (all nine documents required) against a truck and a kiln appraised
// at ¥6,000,000 together (LTV 50 %), grade B: one manager approves.
inline WorkflowContext readyContext(LoanState state)
{
    WorkflowContext ctx;
    ctx.file.id = kFileId;
    ctx.file.fileNo = "SG-2026-000042";
    ctx.file.enterpriseId = 9;
    ctx.file.product = Product::EquipmentMortgage;
    ctx.file.amount = yuan(3'000'000);
    ctx.file.termMonths = 36;
    ctx.file.annualRatePct = 4.35;
    ctx.file.purpose = "Roller kiln upgrade and two tile trucks";
    ctx.file.state = state;
    ctx.file.analystId = kAnalyst.userId;
    ctx.file.appraiserId = kAppraiser.userId;
    ctx.file.version = kFileVersion;

    Id docId = 101;
    for (DocumentKind kind : allValues<DocumentKind>())
        ctx.documents.push_back(Document{docId++, kFileId, kind, DocumentStatus::Received, "", kNow - 1000});

    Truck truck;
    truck.id = 11;
    truck.loanFileId = kFileId;
    truck.plate = "粤E12345";
    truck.purchasePrice = yuan(2'000'000);
    truck.appraisedValue = yuan(2'500'000);
    truck.appraisedBy = kAppraiser.userId;
    ctx.trucks.push_back(truck);
    Kiln kiln;
    kiln.id = 21;
    kiln.loanFileId = kFileId;
    kiln.type = KilnType::Roller;
    kiln.purchaseCost = yuan(3'000'000);
    kiln.appraisedValue = yuan(3'500'000);
    kiln.appraisedBy = kAppraiser.userId;
    ctx.kilns.push_back(kiln);

    CreditMemo memo;
    memo.loanFileId = kFileId;
    memo.version = 3;
    for (MemoSection s : allValues<MemoSection>())
        memo.section(s) = "Section " + std::string(key(s)) + ": written in full.";
    memo.authorId = kAnalyst.userId;
    memo.atMs = kNow - 5000;
    ctx.memo = memo;

    ctx.risk = RiskAssessment{RiskGrade::B, kRationale, kAnalyst.userId, kNow - 4000};

    ctx.covenants.push_back(Covenant{1, kFileId, CovenantKind::ConditionPrecedent, CovenantMetric::Custom,
                                     "Insurance assigned to the bank", 0.0, CovenantStatus::Met, "", 0});
    ctx.covenants.push_back(Covenant{2, kFileId, CovenantKind::Covenant, CovenantMetric::TrackerOnlinePct,
                                     "Tracker online", 95.0, CovenantStatus::Pending, "", 0});

    ctx.userNames = {{1, "李娜"}, {2, "王强"}, {3, "张伟"}, {4, "陈静"}, {5, "赵敏"}, {6, "刘洋"}};
    return ctx;
}

inline WorkflowRequest requestFor(WorkflowAction action)
{
    WorkflowRequest r;
    r.action = action;
    r.reason = kReason;
    r.grade = RiskGrade::B;
    r.rationale = kRationale;
    return r;
}

inline Document& documentOf(WorkflowContext& ctx, DocumentKind kind)
{
    for (Document& d : ctx.documents)
        if (d.kind == kind)
            return d;
    return ctx.documents.front();
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// For QVERIFY2: the refusal's message, or that there was none.
template <typename T> const char* message(const Result<T>& r)
{
    return r.ok() ? "accepted" : r.error().message.c_str();
}

// Inside a Qt Test function: `result` is refused with `errorCode` and a message that mentions `mentions`.
#define EXPECT_REFUSED(result, errorCode, mentions)                                                          \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "accepted, but should have been refused");                                        \
        QCOMPARE(r_.error().code, int(errorCode));                                                           \
        QVERIFY2(contains(r_.error().message, mentions), r_.error().message.c_str());                        \
    } while (false)

} // namespace saggar::test
