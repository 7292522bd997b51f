// The asset page on the Collateral tab: the selected truck's or kiln's telemetry. A chart of the
// channels that matter for its kind (a truck's speed, fuel and odometer; a kiln's firing zones with
// the firing band and its energy meter; any other channel on request), a truck's track with its
// cluster's geofence, the summary figures and the data quality of the chosen range, and a Live
// switch that polls for new readings every few seconds. Every read runs on the thread pool through
// the core/ interfaces; an asset without telemetry says so and how to get some.
#pragma once

#include "core/asset_telemetry_source.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace saggar {
class TelemetryChartSource;
class TelemetryView;
class TruckTrackPlot;
} // namespace saggar

namespace saggar::ui {

class AssetTelemetryPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 3000;
    static constexpr int kMaxTrackPoints = 2000;

    explicit AssetTelemetryPanel(QWidget* parent = nullptr);

    // Where readings come from; without sources the panel says telemetry is not available.
    void setSources(std::shared_ptr<TelemetryChartSource> charts,
                    std::shared_ptr<AssetTelemetrySource> assets);
    bool hasSources() const { return m_assets != nullptr; }

    // Shows `asset` (`title` names it: "Truck 粤E12345"); a truck's track is drawn with `fence`.
    void showAsset(AssetRef asset, const QString& title, const Geofence& fence);
    // Back to "select an asset".
    void clear();

    void setLive(bool live);
    bool isLive() const;
    // Looks for new readings now (what the Live timer does every kPollIntervalMs).
    void pollNow();
    void setPollInterval(int ms);

    std::optional<AssetRef> asset() const { return m_asset; }
    bool showsEmptyState() const { return m_empty; }
    QString message() const;
    const std::optional<AssetTelemetryReport>& report() const { return m_report; }
    int reportsShown() const { return m_reportsShown; }
    TelemetryView* view() const { return m_view; }
    TruckTrackPlot* trackPlot() const { return m_track; }
    // The channels drawn on the chart, in order.
    std::vector<ChannelId> shownChannels() const { return m_shown; }
    void showChannel(ChannelId channel, bool shown);

signals:
    void overviewShown(); // the asset's channels (or its empty state) are on screen
    void reportShown();   // the figures for the current range are on screen

private:
    void buildFigures(QWidget* parent);
    void showMessage(const QString& text, bool empty);
    void overviewLoaded(quint64 generation, const Result<AssetTelemetryOverview>& result);
    void polled(quint64 generation, const Result<AssetTelemetryOverview>& result);
    void requestReport(TimeRange range);
    void reportLoaded(quint64 request, const Result<AssetTelemetryReport>& result);
    void applyChannels();
    void fillSummary(const AssetTelemetryReport& report);
    void fillQuality(const AssetTelemetryReport& report);
    void rebuildChannelMenu();

    std::shared_ptr<TelemetryChartSource> m_charts;
    std::shared_ptr<AssetTelemetrySource> m_assets;
    QLabel* m_title = nullptr;
    QCheckBox* m_live = nullptr;
    QToolButton* m_channelsButton = nullptr;
    QMenu* m_channelMenu = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_messagePage = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_content = nullptr;
    TelemetryView* m_view = nullptr;
    TruckTrackPlot* m_track = nullptr;
    QWidget* m_trackBox = nullptr;
    QFormLayout* m_summaryForm = nullptr;
    std::map<QString, QLabel*> m_summaryValues; // by key: "distance", "firingCycles", …
    QLabel* m_measured = nullptr;
    QLabel* m_coverage = nullptr;
    QLabel* m_gaps = nullptr;
    QLabel* m_longestGap = nullptr;
    QLabel* m_rejects = nullptr;
    QTimer* m_poll = nullptr;

    std::optional<AssetRef> m_asset;
    QString m_assetTitle;
    Geofence m_fence;
    AssetTelemetryOverview m_overview;
    std::vector<ChannelId> m_shown;
    std::optional<AssetTelemetryReport> m_report;
    quint64 m_generation = 0; // a new asset: answers about the previous one are dropped
    quint64 m_reportRequest = 0;
    bool m_polling = false;
    bool m_empty = false;
    int m_reportsShown = 0;
};

} // namespace saggar::ui
