// What risk decisions ask of a store: the enterprise facts a score reads, the stored scores, the
// routing bands in force (every save kept, with who and why), and the manual-review queue with its
// claims. Implemented by storage/ (SqliteRiskStore); screens reach it through the interface only.
#pragma once

#include "result.h"
#include "risk_application.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar::risk {

// The bands in force and who set them (a workspace without a saved setting uses the model's bands).
struct BandSetting
{
    ScoreBands bands;
    double reviewRate = 0; // what the manager saw before saving, on `files` scored files
    double approvalRate = 0;
    std::size_t files = 0;
    std::string justification;
    Id setBy = 0;
    std::string setByName;
    TimestampMs atMs = 0;
};

// A line of the manual-review queue.
struct ReviewItem
{
    Id fileId = 0;
    std::string fileNo;
    std::string enterpriseZh;
    std::string enterpriseEn;
    Money amount;
    std::optional<RiskGrade> grade;
    std::optional<double> score;
    std::vector<StoredReason> reasons;
    std::vector<PolicyHit> policyHits;
    TimestampMs waitingSinceMs = 0; // when the file entered manual review
    Id preparedBy = 0;
    Id claimedBy = 0; // 0: nobody holds it
    std::string claimedByName;
    TimestampMs claimedAtMs = 0;
};

class RiskStore
{
public:
    virtual ~RiskStore() = default;

    // The facts of the file's enterprise, loan and collateral (collateral value and telemetry signals
    // are filled in by the caller); NotFound without a file, a Conflict naming what is missing
    // when the enterprise has no accounts on record.
    virtual Result<ApplicationFacts> applicationFacts(Id fileId) = 0;
    virtual Result<void> setFinancials(Id enterpriseId, const EnterpriseFinancials& financials) = 0;

    // The latest score of the file's current decision round.
    virtual Result<std::optional<StoredScore>> latestScore(Id fileId) = 0;
    // The latest score of every scored file (what a band change is previewed on).
    virtual Result<std::vector<double>> portfolioScores() = 0;

    virtual Result<std::optional<BandSetting>> bands() = 0;
    // Managers only; the bands must pass ScoreBands::check() and the justification be written out.
    virtual Result<void> saveBands(const BandSetting& setting, Id managerId, Role role) = 0;

    // Files in manual review, oldest first.
    virtual Result<std::vector<ReviewItem>> reviewQueue() = 0;
    // Claiming a file someone else holds is a Conflict naming them; releasing is for the holder (or
    // anyone once the claim has lapsed after kClaimLapseMs).
    virtual Result<void> claim(Id fileId, Id managerId, TimestampMs nowMs) = 0;
    virtual Result<void> release(Id fileId, Id managerId, TimestampMs nowMs) = 0;
};

inline constexpr TimestampMs kClaimLapseMs = 8LL * 3600 * 1000;

} // namespace saggar::risk
