// Loads chart data off the UI thread: each request runs TelemetryChartSource::load on the global thread
// pool and comes back as `loaded` on the loader's thread. A newer request for the same slot makes the
// older one stale: its answer is dropped, so a quick succession of range changes draws only the last.
#pragma once

#include "core/telemetry_chart_source.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace saggar {

class ChartLoader : public QObject
{
    Q_OBJECT
public:
    explicit ChartLoader(std::shared_ptr<TelemetryChartSource> source, QObject* parent = nullptr);

    // `slot` names the chart line (0, 1, …); the answer arrives through loaded() or failed().
    void request(int slot, const SeriesKey& series, TimeRange range, int maxPoints);
    int pending() const { return m_pending; }

signals:
    void loaded(int slot, const saggar::ChartLoad& load);
    void failed(int slot, const QString& message);

private:
    std::shared_ptr<TelemetryChartSource> m_source;
    std::vector<quint64> m_generation; // per slot: the newest request's number
    int m_pending = 0;
};

} // namespace saggar
Q_DECLARE_METATYPE(saggar::ChartLoad)
