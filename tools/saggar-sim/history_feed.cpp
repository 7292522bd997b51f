#include "history_feed.h"

#include "core/sim_device.h"

#include <utility>

namespace saggar::simtool {
namespace {

constexpr std::size_t kChunkSamples = 100'000;
constexpr std::size_t kQueuedChunks = 4; // about 16 MB of samples waiting at most

} // namespace

HistoryFeed::HistoryFeed(std::vector<TelemetryAsset> assets, std::uint64_t seed, TimeRange window,
                         TimestampMs stepMs, std::vector<sim::Fault> faults)
    : m_assets(std::move(assets)), m_seed(seed), m_window(window), m_stepMs(stepMs),
      m_faults(std::move(faults))
{
    m_thread = std::thread([this] { run(); });
}

HistoryFeed::~HistoryFeed()
{
    m_stop.store(true);
    m_changed.notify_all();
    m_thread.join();
}

bool HistoryFeed::push(Chunk chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueuedChunks || m_stop.load(); });
    if (m_stop.load())
        return false;
    m_queue.push_back(std::move(chunk));
    m_changed.notify_all();
    return true;
}

void HistoryFeed::run()
{
    std::vector<Sample> delivered;
    for (const TelemetryAsset& asset : m_assets) {
        sim::DeviceSim device(asset, m_seed, m_window.fromMs, m_faults);
        Chunk chunk;
        chunk.samples.reserve(kChunkSamples + 64);
        for (TimestampMs t = m_window.fromMs; t < m_window.toMs; t += m_stepMs) {
            device.report(t, delivered);
            chunk.samples.insert(chunk.samples.end(), delivered.begin(), delivered.end());
            delivered.clear();
            if (chunk.samples.size() >= kChunkSamples) {
                if (!push(std::exchange(chunk, Chunk{})))
                    return;
                chunk.samples.reserve(kChunkSamples + 64);
            }
        }
        device.flush(chunk.samples);
        chunk.assetDone = true;
        if (!push(std::move(chunk)))
            return;
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool HistoryFeed::next(std::vector<Sample>& chunk, bool& assetDone)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty())
        return false;
    chunk = std::move(m_queue.front().samples);
    assetDone = m_queue.front().assetDone;
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

} // namespace saggar::simtool
