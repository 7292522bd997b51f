#include "asset_telemetry_panel.h"

#include "tab_support.h"
#include "telemetry_text.h"
#include "widgets/telemetry_view.h"
#include "widgets/truck_track_plot.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace saggar::ui {
namespace {

// Runs `call` on the thread pool and hands its answer to `done` on the receiver's thread; dropped
// when the receiver is gone by then.
template <typename T, typename Call, typename Done> void offThread(QObject* receiver, Call call, Done done)
{
    QPointer<QObject> self(receiver);
    QThreadPool::globalInstance()->start([self, call = std::move(call), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(call());
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, done] {
                if (self)
                    done(*result);
            },
            Qt::QueuedConnection);
    });
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString localTime(TimestampMs ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What the chart shows first for an asset of this kind, of the channels it has data for.
std::vector<ChannelId> defaultChannels(AssetKind kind, const AssetTelemetryOverview& overview)
{
    const std::vector<ChannelId> wanted =
        kind == AssetKind::Truck
            ? std::vector<ChannelId>{ChannelId::Speed, ChannelId::FuelLevel, ChannelId::Odometer}
            : std::vector<ChannelId>{ChannelId::Zone3Temp, ChannelId::Zone4Temp, ChannelId::GasUse,
                                     ChannelId::ElectricityUse};
    std::vector<ChannelId> out;
    for (ChannelId c : wanted)
        if (overview.has(c))
            out.push_back(c);
    return out;
}

bool isPosition(ChannelId c)
{
    return c == ChannelId::Latitude || c == ChannelId::Longitude;
}

} // namespace

AssetTelemetryPanel::AssetTelemetryPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("assetTelemetryPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("assetTelemetryTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_channelsButton = new QToolButton(this);
    m_channelsButton->setObjectName(QStringLiteral("assetChannels"));
    m_channelsButton->setText(tr("Channels"));
    m_channelsButton->setPopupMode(QToolButton::InstantPopup);
    m_channelMenu = new QMenu(m_channelsButton);
    m_channelsButton->setMenu(m_channelMenu);
    m_live = new QCheckBox(tr("Live"), this);
    m_live->setObjectName(QStringLiteral("assetLive"));
    m_live->setToolTip(tr("Follow new readings: looks for them every few seconds"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assetTelemetryStatus"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_channelsButton);
    header->addWidget(m_live);

    m_stack = new QStackedWidget(this);
    // Messages sit in a readable column in the middle of the page.
    m_messagePage = new QWidget(m_stack);
    m_message = new QLabel(m_messagePage);
    m_message->setObjectName(QStringLiteral("assetTelemetryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48);
    auto* messageRow = new QHBoxLayout(m_messagePage);
    messageRow->addStretch(1);
    messageRow->addWidget(m_message, 0, Qt::AlignVCenter);
    messageRow->addStretch(1);
    m_stack->addWidget(m_messagePage);
    m_content = new QWidget(m_stack);
    m_stack->addWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &AssetTelemetryPanel::pollNow);
    connect(m_live, &QCheckBox::toggled, this, &AssetTelemetryPanel::setLive);
    clear();
}

void AssetTelemetryPanel::setSources(std::shared_ptr<TelemetryChartSource> charts,
                                     std::shared_ptr<AssetTelemetrySource> assets)
{
    if (charts == m_charts && assets == m_assets)
        return;
    m_charts = std::move(charts);
    m_assets = std::move(assets);
    delete m_content->layout();
    qDeleteAll(m_content->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_view = nullptr;
    m_track = nullptr;
    if (m_charts && m_assets) {
        auto* split = new QSplitter(Qt::Horizontal, m_content);
        split->setChildrenCollapsible(false);
        m_view = new TelemetryView(m_charts, split);
        m_view->setObjectName(QStringLiteral("assetTelemetryView"));
        m_trackBox = new QGroupBox(tr("Track and geofence"), split);
        auto* trackLayout = new QVBoxLayout(m_trackBox);
        m_track = new TruckTrackPlot(m_trackBox);
        m_track->setObjectName(QStringLiteral("assetTrack"));
        m_track->setMinimumSize(300, 240);
        trackLayout->addWidget(m_track);
        auto* figures = new QWidget(split);
        buildFigures(figures);
        split->addWidget(m_view);
        split->addWidget(m_trackBox);
        split->addWidget(figures);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        split->setStretchFactor(2, 0);
        auto* layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(split);
        connect(m_view->chart(), &TelemetryChart::rangeChanged, this, &AssetTelemetryPanel::requestReport);
    }
    clear();
}

void AssetTelemetryPanel::buildFigures(QWidget* parent)
{
    auto* column = new QVBoxLayout(parent);
    column->setContentsMargins(0, 0, 0, 0);
    m_measured = new QLabel(parent);
    m_measured->setObjectName(QStringLiteral("qualityMeasured"));
    m_measured->setWordWrap(true);
    column->addWidget(m_measured);
    auto* summary = new QGroupBox(tr("Summary for the range"), parent);
    m_summaryForm = new QFormLayout(summary);
    column->addWidget(summary);

    auto* quality = new QGroupBox(tr("Data quality"), parent);
    auto* form = new QFormLayout(quality);
    const auto add = [&](const QString& label, const char* name) {
        QLabel* value = valueLabel(QString());
        value->setObjectName(QLatin1String(name));
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_coverage = add(tr("Coverage"), "qualityCoverage");
    m_gaps = add(tr("Gaps"), "qualityGaps");
    m_longestGap = add(tr("Longest gap"), "qualityLongestGap");
    m_rejects = add(tr("Refused readings"), "qualityRejects");
    column->addWidget(quality);
    column->addStretch(1);
    parent->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
}

void AssetTelemetryPanel::clear()
{
    ++m_generation;
    m_asset.reset();
    m_report.reset();
    m_overview = {};
    m_shown.clear();
    m_title->setText(tr("Telemetry"));
    m_status->clear();
    m_channelsButton->setEnabled(false);
    m_live->setEnabled(false);
    if (!hasSources())
        showMessage(tr("Telemetry is not available in this window."), false);
    else
        showMessage(tr("Select a truck or a kiln above to see its telemetry."), false);
}

void AssetTelemetryPanel::showMessage(const QString& text, bool empty)
{
    m_message->setText(text);
    m_message->setAlignment(empty ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    m_empty = empty;
    m_stack->setCurrentWidget(m_messagePage);
}

QString AssetTelemetryPanel::message() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : QString();
}

void AssetTelemetryPanel::showAsset(AssetRef asset, const QString& title, const Geofence& fence)
{
    if (!hasSources())
        return;
    clear();
    m_asset = asset;
    m_assetTitle = title;
    m_fence = fence;
    m_title->setText(tr("Telemetry: %1").arg(title));
    showMessage(tr("Reading telemetry…"), false);
    const quint64 generation = m_generation;
    auto source = m_assets;
    offThread<Result<AssetTelemetryOverview>>(
        this, [source, asset] { return source->overview(asset); },
        [this, generation](const Result<AssetTelemetryOverview>& r) { overviewLoaded(generation, r); });
}

void AssetTelemetryPanel::overviewLoaded(quint64 generation, const Result<AssetTelemetryOverview>& result)
{
    if (generation != m_generation || !m_asset)
        return;
    if (!result) {
        showMessage(
            tr("The telemetry could not be read: %1").arg(QString::fromStdString(result.error().message)),
            false);
        emit overviewShown();
        return;
    }
    m_overview = result.value();
    if (m_overview.empty()) {
        const bool truck = m_asset->kind == AssetKind::Truck;
        showMessage(
            (truck ? tr("No telemetry has been received from this truck's tracker yet.")
                   : tr("No telemetry has been received from this kiln's sensor gateway yet.")) +
                QStringLiteral("\n\n") +
                tr("Readings arrive once the device reports to the bank server. Readings in a CSV file can "
                   "be "
                   "brought in with File → Import telemetry…. A demo workspace gets a history from "
                   "saggar-sim history --workspace <folder>, and live readings from saggar-sim live."),
            true);
        m_live->setEnabled(true); // live mode shows the first readings as they come
        emit overviewShown();
        return;
    }
    m_shown = defaultChannels(m_asset->kind, m_overview);
    rebuildChannelMenu();
    m_channelsButton->setEnabled(true);
    m_live->setEnabled(true);
    m_trackBox->setVisible(m_asset->kind == AssetKind::Truck);
    m_track->setTrack({}, m_fence);
    m_stack->setCurrentWidget(m_content);
    m_empty = false;
    // A week up to the newest reading; the range change loads the figures, the channels the lines.
    m_view->setChannels({});
    m_view->chart()->setPreset(RangePreset::Week, m_overview.latestMs() + 1);
    applyChannels();
    emit overviewShown();
}

void AssetTelemetryPanel::rebuildChannelMenu()
{
    m_channelMenu->clear();
    for (const AssetChannelInfo& info : m_overview.channels) {
        if (isPosition(info.channel))
            continue; // the track shows them
        QAction* action = m_channelMenu->addAction(TelemetryText::channelName(info.channel));
        action->setCheckable(true);
        action->setChecked(std::find(m_shown.begin(), m_shown.end(), info.channel) != m_shown.end());
        const ChannelId channel = info.channel;
        connect(action, &QAction::toggled, this, [this, channel](bool on) { showChannel(channel, on); });
    }
}

void AssetTelemetryPanel::showChannel(ChannelId channel, bool shown)
{
    auto it = std::find(m_shown.begin(), m_shown.end(), channel);
    if (shown == (it != m_shown.end()) || !m_overview.has(channel))
        return;
    if (shown)
        m_shown.push_back(channel);
    else
        m_shown.erase(it);
    // Keep the catalogue's order, so a channel keeps its axis side and colour whatever was clicked first.
    std::sort(m_shown.begin(), m_shown.end());
    for (QAction* action : m_channelMenu->actions())
        if (action->text() == TelemetryText::channelName(channel)) {
            const QSignalBlocker block(action);
            action->setChecked(shown);
        }
    applyChannels();
}

void AssetTelemetryPanel::applyChannels()
{
    if (!m_asset || !m_view)
        return;
    std::vector<ChartChannel> channels;
    for (ChannelId c : m_shown) {
        ChartChannel ch;
        ch.key = SeriesKey{m_asset->kind, m_asset->id, c};
        ch.name = TelemetryText::channelName(c);
        ch.unit = TelemetryText::channelUnit(c);
        ch.expectedIntervalMs = channelSpec(c).expectedIntervalMs;
        if (channelSpec(c).section == KilnSection::Firing)
            ch.thresholds = {kFiringBandLowC, kFiringBandHighC};
        channels.push_back(std::move(ch));
    }
    m_view->setChannels(std::move(channels));
}

void AssetTelemetryPanel::requestReport(TimeRange range)
{
    if (!m_asset || m_overview.empty() || range.toMs <= range.fromMs)
        return;
    const quint64 request = ++m_reportRequest;
    const AssetRef asset = *m_asset;
    auto source = m_assets;
    m_status->setText(tr("Loading…"));
    offThread<Result<AssetTelemetryReport>>(
        this, [source, asset, range] { return source->report(asset, range, kMaxTrackPoints); },
        [this, request](const Result<AssetTelemetryReport>& r) { reportLoaded(request, r); });
}

void AssetTelemetryPanel::reportLoaded(quint64 request, const Result<AssetTelemetryReport>& result)
{
    if (request != m_reportRequest || !m_asset)
        return; // a newer range (or another asset) is on its way
    if (!result) {
        m_status->setText(tr("Figures not read: %1").arg(QString::fromStdString(result.error().message)));
        return;
    }
    m_report = result.value();
    m_status->setText(isLive() ? tr("Live, newest reading %1").arg(localTime(m_overview.latestMs()))
                               : QString());
    fillSummary(*m_report);
    fillQuality(*m_report);
    if (m_asset->kind == AssetKind::Truck)
        m_track->setTrack(m_report->track, m_fence);
    ++m_reportsShown;
    emit reportShown();
}

void AssetTelemetryPanel::fillSummary(const AssetTelemetryReport& report)
{
    clearForm(m_summaryForm);
    m_summaryValues.clear();
    const auto add = [&](const QString& key, const QString& label, const QString& value) {
        QLabel* l = valueLabel(value);
        l->setObjectName(QStringLiteral("summary_") + key);
        m_summaryForm->addRow(label, l);
        m_summaryValues[key] = l;
    };
    if (report.truck) {
        const TruckSummary& t = *report.truck;
        add(QStringLiteral("distance"), tr("Distance"), tr("%1 km").arg(number(t.distanceKm, 1)));
        add(QStringLiteral("engineHours"), tr("Engine hours"), tr("%1 h").arg(number(t.engineHours, 1)));
        add(QStringLiteral("utilisation"), tr("Utilisation"), tr("%1 %").arg(number(t.utilisationPct, 1)));
        add(QStringLiteral("fuelPer100Km"), tr("Fuel per 100 km"),
            t.fuelPctOfTankPer100Km ? tr("%1 % of the tank").arg(number(*t.fuelPctOfTankPer100Km, 1))
                                    : tr("— (under 10 km)"));
    }
    if (report.kiln) {
        const KilnSummary& k = *report.kiln;
        const ChannelId meter =
            m_overview.has(ChannelId::ElectricityUse) ? ChannelId::ElectricityUse : ChannelId::GasUse;
        const QString unit = TelemetryText::channelUnit(meter);
        add(QStringLiteral("firingCycles"), tr("Firing cycles"), number(k.firingCycles, 0));
        add(QStringLiteral("hoursAtTemperature"), tr("Hours at temperature"),
            tr("%1 h (≥ %2 °C)").arg(number(k.hoursAtTemperature, 1), number(kFiringBandLowC, 0)));
        add(QStringLiteral("energy"), tr("Energy"), QStringLiteral("%1 %2").arg(number(k.energy, 0), unit));
        add(QStringLiteral("energyPerCycle"), tr("Energy per cycle"),
            k.energyPerCycle ? QStringLiteral("%1 %2").arg(number(*k.energyPerCycle, 1), unit)
                             : tr("— (no completed cycle)"));
    }
}

void AssetTelemetryPanel::fillQuality(const AssetTelemetryReport& report)
{
    const AssetQuality& q = report.quality;
    m_measured->setText(tr("From %1 to %2").arg(localTime(q.measured.fromMs), localTime(q.measured.toMs)));
    // The worst channel is named when the channels differ.
    const ChannelQuality* lowest = nullptr;
    const ChannelQuality* longest = nullptr;
    bool alike = true;
    QStringList perChannel;
    for (const ChannelQuality& c : q.channels) {
        if (!lowest || c.coveragePct < lowest->coveragePct)
            lowest = &c;
        if (!longest || c.longestGapMs > longest->longestGapMs)
            longest = &c;
        alike = alike && c.coveragePct == q.channels.front().coveragePct &&
                c.gapCount == q.channels.front().gapCount;
        perChannel << tr("%1: %2 %, %n gap(s)", nullptr, c.gapCount)
                          .arg(TelemetryText::channelName(c.channel), number(c.coveragePct, 1));
    }
    const auto named = [&](const QString& text, const ChannelQuality* c) {
        return alike || c == nullptr ? text : tr("%1 (%2)").arg(text, TelemetryText::channelName(c->channel));
    };
    m_coverage->setText(named(tr("%1 %").arg(number(q.coveragePct, 1)), lowest));
    const QString channelTip = tr("The worst channel's figures; readings are expected every 5 minutes.") +
                               QLatin1Char('\n') + perChannel.join(QLatin1Char('\n'));
    m_coverage->setToolTip(channelTip);
    m_gaps->setText(q.gapCount == 0 ? tr("none") : QLocale().toString(q.gapCount));
    m_gaps->setToolTip(channelTip);
    m_longestGap->setText(q.longestGapMs > 0 ? named(TelemetryText::duration(q.longestGapMs), longest)
                                             : tr("none"));
    m_longestGap->setToolTip(channelTip);
    QStringList reasons;
    for (std::size_t i = 0; i < kRejectReasonCount; ++i) {
        const auto reason = static_cast<RejectReason>(i);
        if (q.rejects[reason] > 0)
            reasons << tr("%1 %2").arg(QLocale().toString(static_cast<qlonglong>(q.rejects[reason])),
                                       TelemetryText::rejectReason(reason));
    }
    m_rejects->setText(reasons.isEmpty() ? tr("none") : reasons.join(QLatin1Char('\n')));
    m_rejects->setToolTip(tr("Readings the device sent that were refused, since it first reported "
                             "(the store counts them, it does not keep their times)."));
}

bool AssetTelemetryPanel::isLive() const
{
    return m_live->isChecked();
}

void AssetTelemetryPanel::setLive(bool live)
{
    if (m_live->isChecked() != live) {
        m_live->setChecked(live); // comes back here through toggled
        return;
    }
    if (m_view)
        m_view->chart()->setLive(live);
    if (live) {
        m_poll->start();
        pollNow();
    } else {
        m_poll->stop();
        m_status->clear();
    }
}

void AssetTelemetryPanel::setPollInterval(int ms)
{
    m_poll->setInterval(std::max(10, ms));
}

void AssetTelemetryPanel::pollNow()
{
    if (!m_asset || !hasSources() || m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    const AssetRef asset = *m_asset;
    auto source = m_assets;
    offThread<Result<AssetTelemetryOverview>>(
        this, [source, asset] { return source->overview(asset); },
        [this, generation](const Result<AssetTelemetryOverview>& r) { polled(generation, r); });
}

void AssetTelemetryPanel::polled(quint64 generation, const Result<AssetTelemetryOverview>& result)
{
    m_polling = false;
    if (generation != m_generation || !m_asset || !result)
        return;
    const AssetTelemetryOverview& now = result.value();
    if (now.empty() || now.latestMs() <= m_overview.latestMs())
        return;               // nothing new
    if (m_overview.empty()) { // the first readings of an asset that had none
        overviewLoaded(generation, result);
        return;
    }
    const bool newChannels = now.channels.size() != m_overview.channels.size();
    m_overview = now;
    if (newChannels)
        rebuildChannelMenu();
    // Keep the range's length and move its end to the newest reading: the lines and figures reload.
    TelemetryChart* chart = m_view->chart();
    const TimeRange shown = chart->timeRange();
    const TimestampMs end = std::max(shown.toMs, m_overview.latestMs() + 1);
    chart->setTimeRange(TimeRange{end - shown.length(), end});
}

} // namespace saggar::ui
