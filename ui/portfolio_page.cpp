#include "portfolio_page.h"

#include "display_names.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace saggar::ui {

PortfolioPage::PortfolioPage(PortfolioSourceFactory factory, const std::vector<User>& assignees, QWidget* parent)
    : QWidget(parent), m_model(new PortfolioModel(std::move(factory), this)), m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    buildFilterBar(assignees);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_cluster, 1);
    bar->addWidget(m_minAmount, 1);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_maxAmount, 1);
    bar->addWidget(m_assignee, 1);
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearFilter"));
    connect(clear, &QPushButton::clicked, this, &PortfolioPage::clearFilter);
    bar->addWidget(clear);
    layout->addLayout(bar);

    auto* status = new QHBoxLayout;
    m_count = new QLabel(tr("Loading…"), this);
    m_count->setObjectName(QStringLiteral("portfolioCount"));
    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    status->addWidget(m_count);
    status->addStretch();
    status->addWidget(m_filterError);
    layout->addLayout(status);

    m_view->setObjectName(QStringLiteral("portfolioView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSortIndicator(PortfolioModel::Updated, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PortfolioModel::Enterprise, QHeaderView::Stretch);
    // Widths from the longest text each column usually holds, so nothing common is cut off.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(PortfolioModel::FileNo, widthOf(QStringLiteral("SG-2026-000000")));
    const auto widest = [&widthOf](const auto& values, auto name) {
        int w = 0;
        for (const auto& v : values)
            w = std::max(w, widthOf(name(v)));
        return w;
    };
    m_view->setColumnWidth(PortfolioModel::Cluster, widest(allValues<Cluster>(), DisplayNames::cluster));
    m_view->setColumnWidth(PortfolioModel::Product, widest(allValues<Product>(), DisplayNames::product));
    m_view->setColumnWidth(PortfolioModel::Amount, widthOf(QStringLiteral("¥888,888,888.00")));
    m_view->setColumnWidth(PortfolioModel::State, widest(allValues<LoanState>(), DisplayNames::loanState));
    m_view->setColumnWidth(PortfolioModel::Analyst, widthOf(tr("Analyst")) + 8);
    m_view->setColumnWidth(PortfolioModel::Trucks, widthOf(tr("Trucks")) + 8);
    m_view->setColumnWidth(PortfolioModel::Kilns, widthOf(tr("Kilns")) + 8);
    m_view->setColumnWidth(PortfolioModel::Updated, widthOf(QStringLiteral("88/88/8888")));
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Id id = m_model->fileIdAt(index.row()))
            emit openFileRequested(id);
    });
    connect(m_model, &PortfolioModel::countChanged, this, &PortfolioPage::onCountChanged);
    connect(m_model, &PortfolioModel::loadFailed, this, [this](const QString& message) {
        m_count->setText(tr("The portfolio could not be read: %1").arg(message));
    });

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(250);
    connect(&m_typingPause, &QTimer::timeout, this, &PortfolioPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typingPause.start(); });
    connect(m_minAmount, &QLineEdit::editingFinished, this, &PortfolioPage::applyFilter);
    connect(m_maxAmount, &QLineEdit::editingFinished, this, &PortfolioPage::applyFilter);
    for (QComboBox* combo : {m_state, m_cluster, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &PortfolioPage::applyFilter);

    m_model->refresh();
}

void PortfolioPage::buildFilterBar(const std::vector<User>& assignees)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, credit code, file no., plate or VIN"));
    m_search->setClearButtonEnabled(true);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"));
    for (LoanState s : allValues<LoanState>())
        m_state->addItem(DisplayNames::loanState(s), static_cast<int>(s));

    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("clusterFilter"));
    m_cluster->addItem(tr("All clusters"));
    for (Cluster c : allValues<Cluster>())
        m_cluster->addItem(DisplayNames::cluster(c), static_cast<int>(c));

    m_minAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_minAmount->setToolTip(tr("Yuan, e.g. 500000, 500,000.00 or 50万"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    m_maxAmount->setToolTip(m_minAmount->toolTip());

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->addItem(tr("Anyone assigned"));
    for (const User& u : assignees)
        m_assignee->addItem(QStringLiteral("%1 (%2)").arg(qs(u.displayName), DisplayNames::role(u.role)),
                            QVariant::fromValue<qlonglong>(u.id));
}

bool PortfolioPage::readAmount(QLineEdit* edit, std::optional<Money>& out)
{
    const QString text = edit->text().trimmed();
    out.reset();
    if (text.isEmpty()) {
        edit->setStyleSheet(QString());
        return true;
    }
    const auto parsed = Money::parseYuan(text.toStdString());
    edit->setStyleSheet(parsed ? QString() : QStringLiteral("border: 1px solid #b3261e;"));
    if (!parsed)
        return false;
    out = parsed;
    return true;
}

void PortfolioPage::applyFilter()
{
    m_typingPause.stop();
    PortfolioFilter f = m_model->filter();
    f.text = m_search->text().trimmed().toStdString();
    f.state = m_state->currentIndex() > 0 ? std::optional(static_cast<LoanState>(m_state->currentData().toInt()))
                                          : std::nullopt;
    f.cluster = m_cluster->currentIndex() > 0
                    ? std::optional(static_cast<Cluster>(m_cluster->currentData().toInt()))
                    : std::nullopt;
    f.assigneeId = m_assignee->currentIndex() > 0 ? std::optional<Id>(m_assignee->currentData().toLongLong())
                                                  : std::nullopt;
    const bool minOk = readAmount(m_minAmount, f.minAmount);
    const bool maxOk = readAmount(m_maxAmount, f.maxAmount);
    if (!minOk || !maxOk) {
        m_filterError->setText(tr("Amounts are in yuan, e.g. 500000, 500,000.00 or 50万; the filter was not changed."));
        return; // keep showing the last valid result; what was typed stays in the box
    }
    if (f.minAmount && f.maxAmount && *f.minAmount > *f.maxAmount) {
        m_filterError->setText(tr("The minimum amount is above the maximum; the filter was not changed."));
        return;
    }
    m_filterError->clear();
    if (f != m_model->filter() || m_model->rowCount() == 0)
        m_model->setFilter(f);
}

void PortfolioPage::clearFilter()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_state), QSignalBlocker(m_cluster),
                                       QSignalBlocker(m_assignee)};
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_cluster->setCurrentIndex(0);
    m_assignee->setCurrentIndex(0);
    m_minAmount->clear();
    m_maxAmount->clear();
    applyFilter();
}

void PortfolioPage::onCountChanged(int count)
{
    m_count->setText(tr("%n loan file(s)", nullptr, count));
}

} // namespace saggar::ui
