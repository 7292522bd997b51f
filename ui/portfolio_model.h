// The portfolio table as a lazy model: a filter gives the matching ids (on a worker thread), and only
// the blocks of rows the view shows are fetched. The UI thread never runs a query.
#pragma once

#include "core/portfolio.h"
#include "portfolio_loader.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>
#include <QThread>

#include <optional>

namespace saggar::ui {

class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileNo, Enterprise, Cluster, Product, Amount, State, Analyst, Trucks, Kilns, Updated, ColumnCount };
    static constexpr int kBlockSize = 128;
    static constexpr int FileIdRole = Qt::UserRole + 1;

    explicit PortfolioModel(PortfolioSourceFactory factory, QObject* parent = nullptr);
    ~PortfolioModel() override;

    void setFilter(const PortfolioFilter& filter); // asynchronous: countChanged follows
    const PortfolioFilter& filter() const { return m_filter; }
    void refresh();                                  // re-runs the current filter (after an edit)
    bool isLoading() const { return m_loading; }
    Id fileIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count);
    void loadingChanged(bool loading);
    void rowsArrived(int firstRow, int lastRow); // a block of rows became readable
    void loadFailed(const QString& message);
    // internal: to the loader on its thread
    void queryRequested(quint64 generation, const saggar::PortfolioFilter& filter);
    void fetchRequested(quint64 generation, int block, const std::vector<saggar::Id>& ids);

private:
    using Block = std::vector<std::optional<PortfolioRow>>; // aligned with the ids of the block
    void onIdsReady(quint64 generation, const std::vector<Id>& ids);
    void onRowsReady(quint64 generation, int block, const std::vector<PortfolioRow>& rows);
    void onFailed(quint64 generation, const QString& message);
    void requestBlock(int block) const;
    const PortfolioRow* rowAt(int row) const;
    void setLoading(bool loading);

    QThread m_thread;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    PortfolioFilter m_filter;
    std::vector<Id> m_ids;
    mutable QCache<int, Block> m_blocks{256}; // at most 256 blocks (32k rows) kept in memory
    mutable QSet<int> m_requested;
    bool m_loading = false;
};

} // namespace saggar::ui
