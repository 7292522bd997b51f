#include "risk_signal_reader.h"

#include "core/risk_operating_signals.h"
#include "core/telemetry_summary.h"

#include <filesystem>

namespace saggar {

namespace {

constexpr TimestampMs kHourMs = 3600LL * 1000;

Result<std::vector<TelemetryBucket>> hours(const TelemetryStore& telemetry, AssetKind kind, Id id,
                                           ChannelId channel, TimeRange window)
{
    return telemetry.downsample(SeriesKey{kind, id, channel}, window, kHourMs);
}

} // namespace

Result<risk::OperatingSignals> readOperatingSignals(const TelemetryStore& telemetry,
                                                    const WorkflowContext& ctx, TimestampMs nowMs)
{
    const TimeRange window = risk::signalWindow(nowMs);
    risk::OperatingSignals signals;

    std::vector<std::optional<double>> kilnDays;
    for (const Kiln& kiln : ctx.kilns) {
        // Either firing zone reaching temperature makes a firing hour.
        std::vector<TelemetryBucket> firing;
        for (ChannelId zone : {ChannelId::Zone3Temp, ChannelId::Zone4Temp}) {
            auto buckets = hours(telemetry, AssetKind::Kiln, kiln.id, zone, window);
            if (!buckets)
                return buckets.error();
            firing.insert(firing.end(), buckets->begin(), buckets->end());
        }
        kilnDays.push_back(risk::kilnFiringDaysPer30(firing, window, kFiringTemperatureC));
    }
    signals.kilnOperatingDays = risk::meanOfKnown(kilnDays);

    const TimestampMs split = window.toMs - 30 * risk::kSignalDayMs;
    std::vector<risk::TruckDistances> trucks;
    for (const Truck& truck : ctx.trucks) {
        auto odometer = hours(telemetry, AssetKind::Truck, truck.id, ChannelId::Odometer, window);
        if (!odometer)
            return odometer.error();
        const auto earlier = risk::distanceIn(*odometer, window.fromMs, split);
        const auto recent = risk::distanceIn(*odometer, split, window.toMs);
        if (earlier && recent)
            trucks.push_back({*recent, *earlier});
    }
    signals.truckActivityTrendPct = risk::truckActivityTrendPct(trucks);
    return signals;
}

risk::RiskDecisionService::SignalSource workspaceSignalSource(std::string workspaceDir)
{
    return [dir = std::move(workspaceDir)](const WorkflowContext& ctx, TimestampMs nowMs) {
        if (!std::filesystem::exists(std::filesystem::path(dir) / TelemetryStore::kFileName))
            return risk::OperatingSignals{};
        auto telemetry = TelemetryStore::openInWorkspace(dir, OpenMode::ExistingReadOnly);
        if (!telemetry)
            return risk::OperatingSignals{};
        auto signals = readOperatingSignals(**telemetry, ctx, nowMs);
        return signals ? *signals : risk::OperatingSignals{};
    };
}

} // namespace saggar
