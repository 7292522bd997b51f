// The portfolio's worker: runs filter queries and row fetches against a PortfolioSource on its own
// thread and sends results back by queued signals. Requests from an outdated filter are skipped.
#pragma once

#include "core/portfolio.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

Q_DECLARE_METATYPE(saggar::PortfolioFilter)
Q_DECLARE_METATYPE(std::vector<saggar::Id>)
Q_DECLARE_METATYPE(std::vector<saggar::PortfolioRow>)

namespace saggar::ui {

using PortfolioSourceFactory = std::function<Result<std::unique_ptr<PortfolioSource>>()>;

class PortfolioLoader : public QObject
{
    Q_OBJECT
public:
    // `latest` is the newest generation the model asked for; work for older ones is dropped.
    PortfolioLoader(PortfolioSourceFactory factory, std::shared_ptr<std::atomic<quint64>> latest);
    ~PortfolioLoader() override;

public slots:
    void query(quint64 generation, const saggar::PortfolioFilter& filter);
    void fetch(quint64 generation, int block, const std::vector<saggar::Id>& ids);

signals:
    void idsReady(quint64 generation, const std::vector<saggar::Id>& ids);
    void rowsReady(quint64 generation, int block, const std::vector<saggar::PortfolioRow>& rows);
    void failed(quint64 generation, const QString& message);

private:
    bool stale(quint64 generation) const { return generation != m_latest->load(); }
    PortfolioSource* source(quint64 generation);

    PortfolioSourceFactory m_factory;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<PortfolioSource> m_source; // created on the worker thread, used only there
};

} // namespace saggar::ui
