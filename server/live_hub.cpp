#include "live_hub.h"

#include <algorithm>
#include <chrono>

namespace saggar::server {

void LiveSubscription::setAssets(std::set<AssetRef> assets)
{
    std::lock_guard lock(m_mutex);
    m_assets = std::move(assets);
}

void LiveSubscription::offer(const std::vector<Sample>& samples)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return;
    const std::size_t before = m_queue.size();
    for (const Sample& s : samples)
        if (m_assets.count(AssetRef{s.series.kind, s.series.assetId}))
            m_queue.push_back(s);
    if (m_queue.size() > m_capacity) {
        const std::size_t excess = m_queue.size() - m_capacity;
        m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(excess));
        m_dropped += static_cast<std::int64_t>(excess);
    }
    if (m_queue.size() != before)
        m_ready.notify_one();
}

std::vector<Sample> LiveSubscription::take(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                     [this] { return m_closed || !m_queue.empty(); });
    std::vector<Sample> out;
    out.swap(m_queue);
    return out;
}

void LiveSubscription::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_ready.notify_all();
}

std::int64_t LiveSubscription::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

std::shared_ptr<LiveSubscription> LiveHub::subscribe(std::size_t capacity)
{
    auto s = std::make_shared<LiveSubscription>(capacity);
    std::lock_guard lock(m_mutex);
    m_subscriptions.push_back(s);
    return s;
}

void LiveHub::unsubscribe(const std::shared_ptr<LiveSubscription>& subscription)
{
    subscription->close();
    std::lock_guard lock(m_mutex);
    std::erase(m_subscriptions, subscription);
}

void LiveHub::publish(const std::vector<Sample>& samples)
{
    if (samples.empty())
        return;
    std::vector<std::shared_ptr<LiveSubscription>> targets;
    {
        std::lock_guard lock(m_mutex);
        targets = m_subscriptions;
    }
    for (const auto& s : targets)
        s->offer(samples);
}

std::size_t LiveHub::subscribers() const
{
    std::lock_guard lock(m_mutex);
    return m_subscriptions.size();
}

} // namespace saggar::server
