// Risk decisions over the workspace's connection: enterprises' accounts, stored scores, the routing
// bands as saved by managers, and the manual-review queue with its claims.
#pragma once

#include "database.h"

#include "core/risk_store.h"

namespace saggar {

class SqliteRiskStore : public risk::RiskStore
{
public:
    explicit SqliteRiskStore(Database& db) : m_db(db) {}

    Result<risk::ApplicationFacts> applicationFacts(Id fileId) override;
    Result<void> setFinancials(Id enterpriseId, const risk::EnterpriseFinancials& financials) override;
    Result<std::optional<risk::StoredScore>> latestScore(Id fileId) override;
    Result<std::vector<double>> portfolioScores() override;
    Result<std::optional<risk::BandSetting>> bands() override;
    Result<void> saveBands(const risk::BandSetting& setting, Id managerId, Role role) override;
    Result<std::vector<risk::ReviewItem>> reviewQueue() override;
    Result<void> claim(Id fileId, Id managerId, TimestampMs nowMs) override;
    Result<void> release(Id fileId, Id managerId, TimestampMs nowMs) override;

private:
    Database& m_db;
};

} // namespace saggar
