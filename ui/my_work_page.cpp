#include "my_work_page.h"

#include "display_names.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include "core/workflow_store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {

MyWorkPage::MyWorkPage(WorkflowStore& store, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_store(store), m_actor(actor), m_explanation(new QLabel(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("myWorkPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("My work"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    switch (actor.role) {
    case Role::Analyst:
        m_explanation->setText(tr("Drafts you prepared, and files returned to you for rework."));
        break;
    case Role::Appraiser:
        m_explanation->setText(tr("Files waiting for an appraiser, and the appraisals you have started."));
        break;
    case Role::Manager:
        m_explanation->setText(
            tr("Files awaiting approval or another manager's decision: reviews, overrides, "
               "disbursements, defaults, disposals and closures."));
        break;
    }
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto* bar = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("myWorkCount"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshMyWork"));
    bar->addWidget(m_count, 1);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_table =
        makeTable({tr("File number"), tr("Enterprise"), tr("State"), tr("Amount"), tr("Updated")}, this);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the enterprise's name
    layout->addWidget(m_table, 1);

    connect(refresh, &QPushButton::clicked, this, &MyWorkPage::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const Id id = fileIdAt(row))
            emit openFileRequested(id);
    });
}

Id MyWorkPage::fileIdAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MyWorkPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void MyWorkPage::refresh()
{
    auto work = m_store.workFor(m_actor);
    if (!work) {
        m_table->setRowCount(0);
        m_count->setText(tr("Your work could not be listed: %1").arg(DisplayNames::error(work.error())));
        return;
    }
    const auto& items = *work;
    m_table->setRowCount(static_cast<int>(items.size()));
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        const WorkItem& w = items[static_cast<size_t>(i)];
        setRow(m_table, i,
               {qs(w.fileNo), qs(w.enterpriseName), DisplayNames::loanState(w.state), formatMoney(w.amount),
                formatTimestamp(w.updatedAtMs)});
        m_table->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(w.fileId));
        m_table->item(i, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    fitColumns(m_table);
    // Sized to the rows first, then the enterprise's name takes the width that is left.
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_count->setText(items.empty()
                         ? tr("Nothing waiting for you.")
                         : tr("%n file(s) waiting for you.", nullptr, static_cast<int>(items.size())));
}

} // namespace saggar::ui
