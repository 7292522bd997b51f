#include "chart_loader.h"

#include <QPointer>
#include <QRunnable>
#include <QThreadPool>

namespace saggar {

ChartLoader::ChartLoader(std::shared_ptr<TelemetryChartSource> source, QObject* parent)
    : QObject(parent), m_source(std::move(source))
{}

void ChartLoader::request(int slot, const SeriesKey& series, TimeRange range, int maxPoints)
{
    if (slot < 0)
        return;
    if (static_cast<std::size_t>(slot) >= m_generation.size())
        m_generation.resize(static_cast<std::size_t>(slot) + 1, 0);
    const quint64 generation = ++m_generation[static_cast<std::size_t>(slot)];
    ++m_pending;
    QPointer<ChartLoader> self(this);
    std::shared_ptr<TelemetryChartSource> source = m_source;
    QThreadPool::globalInstance()->start([self, source, slot, generation, series, range, maxPoints] {
        auto result = std::make_shared<Result<ChartLoad>>(source->load(series, range, maxPoints));
        QMetaObject::invokeMethod(
            self.data(),
            [self, slot, generation, result] {
                if (!self)
                    return;
                --self->m_pending;
                if (self->m_generation[static_cast<std::size_t>(slot)] != generation)
                    return; // a newer request for this line is on its way
                if (result->ok())
                    emit self->loaded(slot, result->value());
                else
                    emit self->failed(slot, QString::fromStdString(result->error().message));
            },
            Qt::QueuedConnection);
    });
}

} // namespace saggar
