#include "portfolio_model.h"

#include "display_names.h"
#include "widgets/money_format.h"

#include <QBrush>
#include <QColor>

namespace saggar::ui {
namespace {

PortfolioSortKey sortKeyFor(int column)
{
    switch (column) {
    case PortfolioModel::FileNo: return PortfolioSortKey::FileNo;
    case PortfolioModel::Enterprise: return PortfolioSortKey::Enterprise;
    case PortfolioModel::Cluster: return PortfolioSortKey::Cluster;
    case PortfolioModel::State: return PortfolioSortKey::State;
    case PortfolioModel::Amount: return PortfolioSortKey::Amount;
    case PortfolioModel::Analyst: return PortfolioSortKey::Assignee;
    default: return PortfolioSortKey::Updated;
    }
}

} // namespace

PortfolioModel::PortfolioModel(PortfolioSourceFactory factory, QObject* parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<saggar::PortfolioFilter>();
    qRegisterMetaType<std::vector<saggar::Id>>();
    qRegisterMetaType<std::vector<saggar::PortfolioRow>>();

    auto* loader = new PortfolioLoader(std::move(factory), m_latest);
    loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &PortfolioModel::queryRequested, loader, &PortfolioLoader::query);
    connect(this, &PortfolioModel::fetchRequested, loader, &PortfolioLoader::fetch);
    connect(loader, &PortfolioLoader::idsReady, this, &PortfolioModel::onIdsReady);
    connect(loader, &PortfolioLoader::rowsReady, this, &PortfolioModel::onRowsReady);
    connect(loader, &PortfolioLoader::failed, this, &PortfolioModel::onFailed);
    m_thread.setObjectName(QStringLiteral("portfolio-loader"));
    m_thread.start();
}

PortfolioModel::~PortfolioModel()
{
    m_latest->store(~quint64{0}); // let queued work fall through quickly
    m_thread.quit();
    m_thread.wait();
}

void PortfolioModel::setFilter(const PortfolioFilter& filter)
{
    m_filter = filter;
    refresh();
}

void PortfolioModel::refresh()
{
    m_latest->store(++m_generation);
    setLoading(true);
    emit queryRequested(m_generation, m_filter);
}

void PortfolioModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

Id PortfolioModel::fileIdAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_ids.size()) ? m_ids[static_cast<size_t>(row)] : 0;
}

int PortfolioModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PortfolioModel::requestBlock(int block) const
{
    if (m_requested.contains(block))
        return;
    m_requested.insert(block);
    const size_t first = static_cast<size_t>(block) * kBlockSize;
    const size_t last = std::min(first + kBlockSize, m_ids.size());
    std::vector<Id> ids(m_ids.begin() + static_cast<std::ptrdiff_t>(first),
                        m_ids.begin() + static_cast<std::ptrdiff_t>(last));
    // const_cast: emitting is not a logical mutation; data() is const by Qt's contract.
    emit const_cast<PortfolioModel*>(this)->fetchRequested(m_generation, block, ids);
}

const PortfolioRow* PortfolioModel::rowAt(int row) const
{
    const int block = row / kBlockSize;
    if (const Block* rows = m_blocks.object(block)) {
        const auto& entry = (*rows)[static_cast<size_t>(row % kBlockSize)];
        return entry ? &*entry : nullptr;
    }
    requestBlock(block);
    return nullptr;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == FileIdRole)
        return QVariant::fromValue<qlonglong>(fileIdAt(index.row()));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole &&
        role != Qt::ForegroundRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Trucks || index.column() == Kilns
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();

    const PortfolioRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == FileNo)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == State && (r->state == LoanState::Default || r->state == LoanState::Disposal))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Enterprise: return localisedName(r->enterpriseNameEn, r->enterpriseNameZh) + QLatin1Char('\n') + qs(r->uscc);
        case Amount: return formatMoneyExact(r->amount);
        case Cluster: return DisplayNames::segment(r->segment);
        default: return {};
        }
    }
    switch (index.column()) {
    case FileNo: return qs(r->fileNo);
    case Enterprise: return localisedName(r->enterpriseNameZh, r->enterpriseNameEn);
    case Cluster: return DisplayNames::cluster(r->cluster);
    case Product: return DisplayNames::product(r->product);
    case Amount: return formatMoney(r->amount);
    case State: return DisplayNames::loanState(r->state);
    case Analyst: return qs(r->analystName);
    case Trucks: return r->truckCount;
    case Kilns: return r->kilnCount;
    case Updated: return formatDate(r->updatedAtMs);
    default: return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNo: return tr("File");
    case Enterprise: return tr("Enterprise");
    case Cluster: return tr("Cluster");
    case Product: return tr("Product");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case Analyst: return tr("Analyst");
    case Trucks: return tr("Trucks");
    case Kilns: return tr("Kilns");
    case Updated: return tr("Updated");
    default: return {};
    }
}

void PortfolioModel::sort(int column, Qt::SortOrder order)
{
    if (column == Product || column == Trucks || column == Kilns)
        return; // not sortable: the store keeps no index for them
    PortfolioFilter next = m_filter;
    next.sortKey = sortKeyFor(column);
    next.descending = order == Qt::DescendingOrder;
    if (next == m_filter)
        return;
    setFilter(next);
}

void PortfolioModel::onIdsReady(quint64 generation, const std::vector<Id>& ids)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_ids = ids;
    m_blocks.clear();
    m_requested.clear();
    endResetModel();
    setLoading(false);
    emit countChanged(static_cast<int>(m_ids.size()));
    if (!m_ids.empty())
        requestBlock(0); // the first screen, before the view asks
}

void PortfolioModel::onRowsReady(quint64 generation, int block, const std::vector<PortfolioRow>& rows)
{
    if (generation != m_generation)
        return;
    const size_t first = static_cast<size_t>(block) * kBlockSize;
    const size_t last = std::min(first + kBlockSize, m_ids.size());
    if (first >= last)
        return;
    auto aligned = std::make_unique<Block>(last - first);
    size_t next = 0; // rows come in id order with missing ids left out
    for (size_t i = first; i < last && next < rows.size(); ++i) {
        if (rows[next].fileId == m_ids[i])
            (*aligned)[i - first] = rows[next++];
    }
    m_blocks.insert(block, aligned.release());
    m_requested.remove(block);
    const int firstRow = static_cast<int>(first);
    const int lastRow = static_cast<int>(last) - 1;
    emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    emit rowsArrived(firstRow, lastRow);
}

void PortfolioModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    emit loadFailed(message);
}

} // namespace saggar::ui
