// Alerts in the workspace database: findings from the evaluator stored once per episode (a finding
// that continues or repeats one already stored updates it instead), the queue's reads, and the
// queue's moves, each written with its audit entry on the alert's loan file in one transaction.
#pragma once

#include "database.h"

#include "core/alert_queue.h"

#include <span>

namespace saggar {

struct AlertUpsertStats
{
    int raised = 0;  // new alerts (each with a "raised" audit entry)
    int updated = 0; // findings that continued or changed an alert already stored
    int unchanged = 0;
};

class SqliteAlertStore : public AlertStore
{
public:
    explicit SqliteAlertStore(Database& db) : m_db(db) {}

    Result<std::vector<Alert>> alerts(const AlertFilter& filter) override;
    Result<Alert> alert(Id alertId) override;
    Result<std::vector<AlertEvidence>> evidence(Id alertId) override;
    Result<void> apply(const AlertChange& change) override;

    // Stores findings in one transaction. A finding belongs to a stored alert of the same rule and
    // subject when it starts at the same time, or when that alert is still active and the finding
    // starts no later than `mergeGapMs` after it was last seen: the episode continues. Otherwise it is
    // a new alert, raised at `nowMs` with its response clock running.
    [[nodiscard]] Result<AlertUpsertStats> upsert(std::span<const AlertFinding> findings, TimestampMs nowMs);
    // Marks active alerts of `rule` on the file-level subject no longer active unless in `stillActive`.
    [[nodiscard]] Result<int> settleFileAlerts(AlertRule rule, const std::vector<Id>& stillActiveFiles);

    static constexpr TimestampMs kMergeGapMs = 30 * 60 * 1000;

private:
    Result<std::optional<Alert>> matching(const AlertFinding& f);
    Result<void> insertEvidence(Id alertId, const std::vector<AlertEvidence>& evidence);

    Database& m_db;
};

} // namespace saggar
