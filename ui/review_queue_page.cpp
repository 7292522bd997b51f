#include "review_queue_page.h"

#include "display_names.h"
#include "message_seam.h"
#include "risk_text.h"
#include "widgets/money_format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace saggar::ui {

ReviewQueuePage::ReviewQueuePage(risk::RiskStore& store, const Actor& actor, ReviewQueueModel::Clock clock,
                                 QWidget* parent)
    : QWidget(parent), m_store(store), m_actor(actor), m_clock(clock),
      m_model(new ReviewQueueModel(clock, this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_details(new QLabel(this)), m_claim(new QPushButton(tr("Claim"), this)),
      m_release(new QPushButton(tr("Release"), this)), m_open(new QPushButton(tr("Open to decide"), this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Files the score bands or the policy rules sent to manual review, longest waiting "
                      "first. Claim a file so others see you hold it, read its reasons, then open it to "
                      "approve, reject or return it; each should be decided within %1.")
                       .arg(durationText(ReviewQueueModel::kSlaMs)),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    layout->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::TopReason, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);

    auto* buttons = new QHBoxLayout;
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    for (QPushButton* b : {m_claim, m_release, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    layout->addLayout(buttons);

    connect(m_claim, &QPushButton::clicked, this, &ReviewQueuePage::claimSelected);
    connect(m_release, &QPushButton::clicked, this, &ReviewQueuePage::releaseSelected);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueuePage::openSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ReviewQueuePage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &ReviewQueuePage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueuePage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueuePage::showSelection);
    // The SLA column counts down while the page is open.
    m_tick->setInterval(60'000);
    connect(m_tick, &QTimer::timeout, m_model, &ReviewQueueModel::tick);
    m_tick->start();
    showSelection();
}

void ReviewQueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReviewQueuePage::refresh()
{
    const Id keep = selectedFileId();
    auto items = m_store.reviewQueue();
    if (!items) {
        m_count->setText(DisplayNames::error(items.error()));
        m_model->setItems({});
        return;
    }
    qsizetype overdue = 0;
    for (const risk::ReviewItem& it : *items)
        overdue += m_model->slaLeftMs(it) < 0;
    m_model->setItems(std::move(items).value());
    m_count->setText(tr("%n file(s) waiting for review", nullptr, static_cast<int>(m_model->totalItems())) +
                     (overdue ? tr("; %n past the SLA", nullptr, static_cast<int>(overdue)) : QString()));
    if (keep)
        selectFile(keep);
}

Id ReviewQueuePage::selectedFileId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const risk::ReviewItem* it = rows.isEmpty() ? nullptr : m_model->item(rows.front().row());
    return it ? it->fileId : 0;
}

bool ReviewQueuePage::selectFile(Id fileId)
{
    int row = m_model->rowOf(fileId);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(fileId);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void ReviewQueuePage::showSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const risk::ReviewItem* it = rows.isEmpty() ? nullptr : m_model->item(rows.front().row());
    m_claim->setEnabled(it && it->claimedBy != m_actor.userId);
    m_release->setEnabled(it && it->claimedBy == m_actor.userId);
    m_open->setEnabled(it != nullptr);
    if (!it) {
        m_details->setText(tr("Select a file to read why it is in review."));
        return;
    }
    QStringList lines;
    lines << tr("%1 — %2, %3 at grade %4, score %5.")
                 .arg(qs(it->fileNo), localisedName(it->enterpriseZh, it->enterpriseEn),
                      formatMoney(it->amount),
                      it->grade ? DisplayNames::riskGrade(*it->grade) : tr("not graded"),
                      it->score ? RiskText::score(*it->score) : tr("not scored"));
    for (const risk::PolicyHit& hit : it->policyHits)
        lines << tr("Policy: %1").arg(RiskText::policyHit(hit));
    for (const risk::StoredReason& r : it->reasons)
        lines << tr("Reason: %1").arg(RiskText::reason(r));
    if (it->claimedBy)
        lines << tr("Held by %1 since %2.").arg(qs(it->claimedByName), formatTimestamp(it->claimedAtMs));
    if (it->preparedBy == m_actor.userId)
        lines << tr("You prepared this file, so another manager has to decide it.");
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ReviewQueuePage::report(const QString& what, const Result<void>& result)
{
    if (!result)
        showMessage(this, MessageKind::Warning, what, DisplayNames::error(result.error()));
    refresh();
}

void ReviewQueuePage::claimSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const risk::ReviewItem* it = rows.isEmpty() ? nullptr : m_model->item(rows.front().row());
    if (!it)
        return;
    const Result<void> r = m_store.claim(it->fileId, m_actor.userId, m_clock());
    if (!r && r.error().code == ErrorCode::Conflict && it->claimedBy && it->claimedBy != m_actor.userId) {
        showMessage(this, MessageKind::Warning, tr("Claim"),
                    tr("%1 holds this file; ask them to release it.").arg(qs(it->claimedByName)));
        refresh();
        return;
    }
    report(tr("Claim"), r);
}

void ReviewQueuePage::releaseSelected()
{
    if (const Id id = selectedFileId())
        report(tr("Release"), m_store.release(id, m_actor.userId, m_clock()));
}

void ReviewQueuePage::openSelected()
{
    if (const Id id = selectedFileId())
        emit openFileRequested(id);
}

} // namespace saggar::ui
