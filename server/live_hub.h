// Fan-out of accepted telemetry to the live subscribers (the workstations' WebSocket connections).
// Ingest publishes after its transaction committed; each subscriber has a bounded queue it drains on its
// own connection thread, so a slow workstation never holds ingest up (past the bound, its oldest
// readings are dropped and counted; it back-fills from history after).
#pragma once

#include "core/telemetry_assets.h"
#include "core/telemetry_sample.h"

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace saggar::server {

class LiveSubscription
{
public:
    explicit LiveSubscription(std::size_t capacity) : m_capacity(capacity) {}
    void setAssets(std::set<AssetRef> assets);
    // Waits up to `timeoutMs` for readings; returns what arrived (empty on timeout or close).
    std::vector<Sample> take(int timeoutMs);
    void close();
    std::int64_t dropped() const;

private:
    friend class LiveHub;
    void offer(const std::vector<Sample>& samples);

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::set<AssetRef> m_assets;
    std::vector<Sample> m_queue;
    std::int64_t m_dropped = 0;
    bool m_closed = false;
};

class LiveHub
{
public:
    std::shared_ptr<LiveSubscription> subscribe(std::size_t capacity = 50'000);
    void unsubscribe(const std::shared_ptr<LiveSubscription>& subscription);
    void publish(const std::vector<Sample>& samples);
    std::size_t subscribers() const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<LiveSubscription>> m_subscriptions;
};

} // namespace saggar::server
