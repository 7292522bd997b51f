// The way readings enter the store: each sample is validated (range, clock, counters going
// backwards), accepted ones are buffered and written in batches, refused ones are counted by reason
// and tallied per asset and channel in the store. Used by the simulator, the CSV import and, later,
// the live feed from the bank server. Single-threaded: give it its own thread and store.
#pragma once

#include "telemetry_store.h"

#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace saggar {

struct IngestStats
{
    std::int64_t accepted = 0;    // passed validation
    std::int64_t inserted = 0;    // written (accepted less duplicates), as of the last flush
    std::int64_t duplicates = 0;  // accepted but already stored
    std::int64_t rolledUp = 0;    // accepted into rollup-only hours (see rollupOnlyBefore)
    std::int64_t rollupHours = 0; // rollup-only hours written, as of the last flushRollups
    RejectCounts rejected;
};

class TelemetryIngest
{
public:
    // Writes once `batchSize` samples are waiting (when the caller asks: see full()).
    explicit TelemetryIngest(TelemetryStore& store, std::size_t batchSize = 100'000);

    // Teaches the validator every counter's latest stored reading, so that a counter cannot go back
    // across runs. Call once before the first add().
    [[nodiscard]] Result<void> loadCounters();

    // Validates `sample` against the receiver's clock `nowMs`. Accepted: buffered, nothing returned.
    // Refused: counted and returned.
    std::optional<Rejection> add(const Sample& sample, TimestampMs nowMs);

    bool full() const { return m_pending.size() >= m_batchSize; }
    std::size_t pending() const { return m_pending.size(); }
    // Writes the waiting samples and reject tallies in one transaction, or inside the caller's (see
    // TelemetryStore::write). On failure the batch is dropped; in its own transaction nothing of it
    // is written, inside the caller's the caller must roll back.
    [[nodiscard]] Result<WriteStats> flush();
    // Forgets waiting samples and tallies (after the caller decided not to write them).
    void discard();

    // Rollup-only history: accepted samples older than `rawFromMs` are not buffered as readings but
    // summed into hourly rollups, which flushRollups() writes as rollup-only hours of `span`
    // (TelemetryStore::writeRollupOnly). Call flushRollups() only once every sample of the hours it
    // holds has been added (a simulator: after each asset), since a rollup-only hour is written once.
    void rollupOnlyBefore(TimestampMs rawFromMs) { m_rollupBefore = rawFromMs; }
    [[nodiscard]] Result<WriteStats> flushRollups(TimeRange span);

    const IngestStats& stats() const { return m_stats; }

private:
    void tally(RejectReason reason, AssetRef asset, std::uint16_t channel, TimestampMs tMs);
    void rollUp(const Sample& sample);

    TelemetryStore& m_store;
    std::size_t m_batchSize;
    SampleValidator m_validator;
    std::vector<Sample> m_pending;
    std::map<std::tuple<int, Id, std::uint16_t, int>, RejectTally> m_tallies;
    IngestStats m_stats;
    std::optional<TimestampMs> m_rollupBefore;
    std::vector<HourRollup> m_openHours;                   // the hour being summed, one per series
    std::unordered_map<std::uint64_t, std::size_t> m_open; // packSeries → index in m_openHours
    std::size_t m_lastOpen = 0;
    std::vector<HourRollup> m_closedHours;
};

} // namespace saggar
