// saggar-sim history's devices on a thread of their own: the assets are simulated one after another,
// as a single thread would, and their delivered samples handed over in chunks through a short queue,
// so the simulation of one part runs while the caller validates and stores the part before. The order
// of the samples is exactly the single-threaded one: the history stays the same for a seed.
#pragma once

#include "core/sim_faults.h"
#include "core/telemetry_assets.h"
#include "core/telemetry_sample.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace saggar::simtool {

class HistoryFeed
{
public:
    HistoryFeed(std::vector<TelemetryAsset> assets, std::uint64_t seed, TimeRange window, TimestampMs stepMs,
                std::vector<sim::Fault> faults);
    ~HistoryFeed(); // stops the simulation if it has not finished, and waits for its thread
    HistoryFeed(const HistoryFeed&) = delete;
    HistoryFeed& operator=(const HistoryFeed&) = delete;

    // The next chunk of samples into `chunk` (replacing its contents); `assetDone` says whether it
    // ends an asset (such a chunk may be empty). False once every asset has been handed over.
    bool next(std::vector<Sample>& chunk, bool& assetDone);

private:
    struct Chunk
    {
        std::vector<Sample> samples;
        bool assetDone = false;
    };
    void run();
    bool push(Chunk chunk);

    std::vector<TelemetryAsset> m_assets;
    std::uint64_t m_seed;
    TimeRange m_window;
    TimestampMs m_stepMs;
    std::vector<sim::Fault> m_faults;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    bool m_finished = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace saggar::simtool
