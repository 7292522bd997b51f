// What the workstation shows about synchronisation with the bank server (issue 5): set by the sync
// engine (sync/), read by the status bar (ui/). Plain data, no Qt.
#pragma once

#include "core/domain.h"

#include <cstdint>
#include <string>

namespace saggar {

struct SyncSnapshot
{
    bool configured = false; // a server address is set; otherwise sync is off
    bool online = false;     // the last exchange got an answer
    std::int64_t pending = 0;
    std::int64_t conflicts = 0;
    TimestampMs lastSuccessMs = 0; // 0: never
    std::string lastError;         // English, from the engine; empty when the last pass was clean
    // The live telemetry stream (sync/live_telemetry.h).
    bool liveConnected = false;
    std::int64_t liveFollowed = 0; // assets the server streams
    std::int64_t liveReadings = 0; // readings stored from the stream and its back-fill this session
    std::string liveError;         // English; the stream's last failure
};

} // namespace saggar
