#include "review_queue_model.h"

#include "display_names.h"
#include "risk_text.h"
#include "widgets/money_format.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace saggar::ui {

QString durationText(TimestampMs ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return ReviewQueueModel::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return ReviewQueueModel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return ReviewQueueModel::tr("%1 min").arg(minutes);
}

ReviewQueueModel::ReviewQueueModel(Clock clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(std::move(clock))
{}

void ReviewQueueModel::setItems(std::vector<risk::ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_fetched = std::min<int>(kBlockRows, static_cast<int>(m_items.size()));
    endResetModel();
}

const risk::ReviewItem* ReviewQueueModel::item(int row) const
{
    return row >= 0 && row < m_fetched ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

int ReviewQueueModel::rowOf(Id fileId) const
{
    for (int row = 0; row < m_fetched; ++row)
        if (m_items[static_cast<std::size_t>(row)].fileId == fileId)
            return row;
    return -1;
}

TimestampMs ReviewQueueModel::slaLeftMs(const risk::ReviewItem& item) const
{
    return item.waitingSinceMs + kSlaMs - m_clock();
}

void ReviewQueueModel::tick()
{
    if (m_fetched > 0)
        emit dataChanged(index(0, Waiting), index(m_fetched - 1, Sla));
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReviewQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < static_cast<int>(m_items.size());
}

void ReviewQueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_inserting)
        return; // a view or tester asking for more while rows are being inserted waits for the next call
    const int more = std::min<int>(kBlockRows, static_cast<int>(m_items.size()) - m_fetched);
    if (more <= 0)
        return;
    m_inserting = true;
    beginInsertRows(QModelIndex(), m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_inserting = false;
}

QString ReviewQueueModel::display(const risk::ReviewItem& it, int column) const
{
    switch (column) {
    case FileNo:
        return QString::fromStdString(it.fileNo);
    case Enterprise:
        return localisedName(it.enterpriseZh, it.enterpriseEn);
    case Amount:
        return formatMoney(it.amount);
    case Grade:
        return it.grade ? DisplayNames::riskGrade(*it.grade) : tr("not graded");
    case Score:
        return it.score ? RiskText::score(*it.score) : tr("not scored");
    case TopReason:
        if (!it.policyHits.empty())
            return RiskText::policyHit(it.policyHits.front());
        return it.reasons.empty() ? QString() : RiskText::reason(it.reasons.front());
    case Waiting:
        return durationText(m_clock() - it.waitingSinceMs);
    case Sla: {
        const TimestampMs left = slaLeftMs(it);
        return left >= 0 ? tr("%1 left").arg(durationText(left))
                         : tr("overdue by %1").arg(durationText(-left));
    }
    case HeldBy:
        return it.claimedBy ? QString::fromStdString(it.claimedByName) : tr("nobody");
    default:
        return {};
    }
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    const risk::ReviewItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return display(*it, index.column());
    if (role == Qt::ToolTipRole && index.column() == TopReason) {
        QStringList lines;
        for (const risk::PolicyHit& hit : it->policyHits)
            lines << RiskText::policyHit(hit);
        for (const risk::StoredReason& r : it->reasons)
            lines << RiskText::reason(r);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == Sla && slaLeftMs(*it) < 0)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(it->fileId);
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNo:
        return tr("File");
    case Enterprise:
        return tr("Enterprise");
    case Amount:
        return tr("Amount");
    case Grade:
        return tr("Grade");
    case Score:
        return tr("Score");
    case TopReason:
        return tr("Main reason");
    case Waiting:
        return tr("Waiting");
    case Sla:
        return tr("SLA");
    case HeldBy:
        return tr("Held by");
    default:
        return {};
    }
}

} // namespace saggar::ui
