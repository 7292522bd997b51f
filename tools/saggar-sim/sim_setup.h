// What history and live share: reading the options every mode takes, loading and selecting the
// workspace's assets, and opening the telemetry store.
#pragma once

#include "arguments.h"

#include "core/sim_faults.h"
#include "storage/telemetry_store.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace saggar::simtool {

inline constexpr std::uint64_t kDefaultSeed = 20261128;

struct SimSetup
{
    std::string workspace;
    std::uint64_t seed = kDefaultSeed;
    std::vector<TelemetryAsset> assets; // the selected ones
    std::unique_ptr<TelemetryStore> store;
};

// --workspace (must hold saggar.db), --seed, --assets. Reports a problem on `err` and returns nothing.
std::optional<SimSetup> prepare(const ctl::Arguments& args, std::ostream& err);
// Opens (creating) <workspace>/telemetry.db into setup.store, once every option has been accepted.
bool openStore(SimSetup& setup, std::ostream& err);

// "all", or a comma list of truck:ID, truck:FIRST-LAST, kiln:…, trucks:N (the first N trucks), kilns:N.
Result<std::vector<TelemetryAsset>> selectAssets(const std::vector<TelemetryAsset>& all,
                                                 const std::string& spec);

// --faults resolved over `window`; nothing when refused (reported on `err`). With `startNow` (live
// mode) a fault given no time starts at once rather than at a time chosen from the seed.
std::optional<std::vector<sim::Fault>> faultsFor(const ctl::Arguments& args, const SimSetup& setup,
                                                 TimeRange window, bool startNow, std::ostream& err);

// A time option: ISO-8601 with a zone or epoch ms.
std::optional<TimestampMs> timeOption(const ctl::Arguments& args, const std::string& name, std::ostream& err,
                                      bool& bad);

TimestampMs wallClockMs();
std::string withThousands(std::int64_t n);

} // namespace saggar::simtool
