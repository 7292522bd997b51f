#include "valuation_models_page.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "message_seam.h"
#include "reason_dialog.h"

#include "core/valuation_comparison.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace saggar::ui {

using namespace valuation;

namespace {

QString pct(double share, int decimals = 1)
{
    return ValuationModelsPage::tr("%1 %").arg(100.0 * share, 0, 'f', decimals);
}

QString dateTime(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString roleName(const std::string& role)
{
    if (role == "champion")
        return ValuationModelsPage::tr("Champion");
    if (role == "challenger")
        return ValuationModelsPage::tr("Challenger");
    return ValuationModelsPage::tr("Retired");
}

// Champion first, then challengers, then retired models, each newest first.
int roleOrder(const std::string& role)
{
    return role == "champion" ? 0 : role == "challenger" ? 1 : 2;
}

enum Row {
    RoleRow,
    TrainedRow,
    DataRow,
    LibraryRow,
    ShareRow,
    HeldOutHeader,
    HeldOutErrorRow,
    HeldOut80Row,
    HeldOut90Row,
    SalesHeader,
    SalesCountRow,
    SalesErrorRow,
    Within10Row,
    Within20Row,
    Inside80Row,
    Inside90Row,
    BiasRow,
    RowCount
};

} // namespace

ValuationModelsPage::ValuationModelsPage(ValuationStore& models, SalesStore& sales, const User& user,
                                         Clock clock, QWidget* parent)
    : QWidget(parent), m_models(models), m_sales(sales), m_user(user), m_clock(std::move(clock)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(RowCount, 0, this)),
      m_history(new QTableWidget(0, 5, this)), m_status(new QLabel(this))
{
    auto* title = new QLabel(tr("Valuation models: champion and challenger"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    m_summary->setObjectName(QStringLiteral("modelsSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("modelsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalHeaderLabels(
        {tr("Role"), tr("Trained"), tr("Training data"), tr("Library version"), tr("Share of assets valued"),
         tr("Measured at training (held-out sales)"), tr("Median error"), tr("Prices inside the 80 % band"),
         tr("Prices inside the 90 % band"), tr("Against realised sale prices"), tr("Sales judged"),
         tr("Median error"), tr("Within ±10 %"), tr("Within ±20 %"), tr("Prices inside the 80 % band"),
         tr("Prices inside the 90 % band"), tr("Bias (mean of value − price)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int header : {HeldOutHeader, SalesHeader}) {
        QFont f = m_table->font();
        f.setBold(true);
        m_table->verticalHeaderItem(header)->setFont(f);
    }

    m_history->setObjectName(QStringLiteral("promotionHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("From"), tr("To"), tr("Reason")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    if (m_user.role == Role::Manager) {
        m_promote = new QPushButton(tr("Promote challenger…"), this);
        m_promote->setObjectName(QStringLiteral("promoteChallenger"));
        connect(m_promote, &QPushButton::clicked, this, &ValuationModelsPage::promote);
        buttons->addWidget(m_promote);
    }
    auto* reload = new QPushButton(tr("Refresh"), this);
    connect(reload, &QPushButton::clicked, this, &ValuationModelsPage::refresh);
    buttons->addWidget(reload);
    buttons->addStretch(1);
    m_status->setObjectName(QStringLiteral("modelsStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Promotions (the model change log, newest first)"), this));
    layout->addWidget(m_history, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ValuationModelsPage::updateButtons);
}

QString ValuationModelsPage::versionAt(int column) const
{
    return column >= 0 && column < m_versions.size() ? m_versions[column] : QString();
}

void ValuationModelsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void ValuationModelsPage::refresh()
{
    m_loaded = true;
    auto models = m_models.models();
    auto sales = m_sales.sales();
    auto valuations = m_sales.modelValuations();
    auto changes = m_sales.modelRoleChanges();
    const Error* failed = !models       ? &models.error()
                          : !sales      ? &sales.error()
                          : !valuations ? &valuations.error()
                          : !changes    ? &changes.error()
                                        : nullptr;
    if (failed) {
        m_status->setText(tr("The models could not be read: %1").arg(qs(failed->message)));
        return;
    }
    std::vector<ModelRecord> list = *models;
    std::stable_sort(list.begin(), list.end(), [](const ModelRecord& a, const ModelRecord& b) {
        if (roleOrder(a.role) != roleOrder(b.role))
            return roleOrder(a.role) < roleOrder(b.role);
        return a.trainedAtMs > b.trainedAtMs;
    });
    std::vector<std::string> versions;
    for (const ModelRecord& m : list)
        versions.push_back(m.version);
    const auto comparison = compareOnSales(versions, *valuations, *sales);
    std::map<std::string, std::set<std::string>> assetsBy;
    std::set<std::string> allAssets;
    for (const ModelValuation& v : *valuations) {
        assetsBy[v.modelVersion].insert(v.assetKey);
        allAssets.insert(v.assetKey);
    }
    std::size_t bankSales = 0;
    for (const RealisedSale& s : *sales)
        bankSales += !s.outside();

    m_versions.clear();
    m_roles.clear();
    m_table->setColumnCount(static_cast<int>(list.size()));
    QStringList headers;
    for (std::size_t c = 0; c < list.size(); ++c) {
        const ModelRecord& m = list[c];
        const SalesComparison& r = comparison[c];
        m_versions << qs(m.version);
        m_roles << qs(m.role);
        headers << qs(m.version);
        const auto set = [&](int row, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m.role == "retired")
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, static_cast<int>(c), item);
        };
        set(RoleRow, roleName(m.role));
        set(TrainedRow, m.trainedAtMs ? dateTime(m.trainedAtMs) : tr("unknown"));
        set(DataRow, qs(m.dataHash));
        set(LibraryRow, qs(m.libraryVersion));
        const std::size_t valued = assetsBy[m.version].size();
        const QString share = m.role == "champion"     ? pct(1.0 - kChallengerShare, 0)
                              : m.role == "challenger" ? pct(kChallengerShare, 0)
                                                       : QString();
        set(ShareRow,
            share.isEmpty()
                ? tr("none now; has valued %1 of %2").arg(valued).arg(allAssets.size())
                : tr("%1 of assets; has valued %2 of %3").arg(share).arg(valued).arg(allAssets.size()));
        set(HeldOutHeader, QString());
        set(HeldOutErrorRow, pct(m.measured.medianApe));
        set(HeldOut80Row, pct(m.measured.coverage80));
        set(HeldOut90Row, pct(m.measured.coverage90));
        set(SalesHeader, QString());
        set(SalesCountRow, QString::number(r.n));
        const bool judged = r.n > 0;
        const QString none = tr("no sales yet");
        set(SalesErrorRow, judged ? pct(r.medianAbsPctError / 100.0) : none);
        set(Within10Row, judged ? pct(r.within10) : none);
        set(Within20Row, judged ? pct(r.within20) : none);
        set(Inside80Row, judged ? pct(r.inside80) : none);
        set(Inside90Row, judged ? pct(r.inside90) : none);
        set(BiasRow,
            judged
                ? tr("%1%2 %").arg(r.biasPct >= 0 ? QStringLiteral("+") : QString()).arg(r.biasPct, 0, 'f', 1)
                : none);
    }
    m_table->setHorizontalHeaderLabels(headers);
    // As tall as its rows (plus a scroll bar's room), so the promotions below get the rest.
    m_table->setMaximumHeight(m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() +
                              2 * m_table->frameWidth() +
                              m_table->horizontalScrollBar()->sizeHint().height());

    m_summary->setText(
        tr("The challenger values %1 of the assets (the same ones every time) and the champion the rest. "
           "Both are judged on %2 realised sale prices of the bank's own assets: each sold asset's latest "
           "valuation by the model made before the sale day. %3 outside comparables are kept for the "
           "reports. "
           "The bands are what was measured, not a promise.")
            .arg(pct(kChallengerShare, 0))
            .arg(bankSales)
            .arg(sales->size() - bankSales));

    m_history->setRowCount(static_cast<int>(changes->size()));
    for (std::size_t i = 0; i < changes->size(); ++i) {
        const ModelRoleChange& e = (*changes)[i];
        const int row = static_cast<int>(i);
        const QString who = e.actorName.empty() ? tr("user %1").arg(e.actorId) : qs(e.actorName);
        m_history->setItem(row, 0, new QTableWidgetItem(dateTime(e.atMs)));
        m_history->setItem(row, 1,
                           new QTableWidgetItem(tr("%1 (%2)").arg(who, DisplayNames::role(e.actorRole))));
        m_history->setItem(row, 2,
                           new QTableWidgetItem(e.fromVersion.empty() ? tr("none") : qs(e.fromVersion)));
        m_history->setItem(row, 3, new QTableWidgetItem(qs(e.toVersion)));
        m_history->setItem(row, 4, new QTableWidgetItem(qs(e.reason)));
    }
    updateButtons();
}

QString ValuationModelsPage::challengerToPromote() const
{
    const auto selected = m_table->selectionModel()->selectedColumns();
    if (!selected.isEmpty()) {
        const int c = selected.front().column();
        return c < m_roles.size() && m_roles[c] == QLatin1String("challenger") ? m_versions[c] : QString();
    }
    if (m_roles.count(QStringLiteral("challenger")) == 1)
        return m_versions[m_roles.indexOf(QStringLiteral("challenger"))];
    return {};
}

void ValuationModelsPage::updateButtons()
{
    if (!m_promote)
        return;
    const QString version = challengerToPromote();
    m_promote->setEnabled(!version.isEmpty());
    m_promote->setToolTip(version.isEmpty()
                              ? tr("Select the challenger to promote.")
                              : tr("Make %1 the champion; the champion is retired.").arg(version));
}

void ValuationModelsPage::promote()
{
    if (m_user.role != Role::Manager)
        return;
    const QString version = challengerToPromote();
    if (version.isEmpty())
        return;
    const auto championColumn = m_roles.indexOf(QStringLiteral("champion"));
    const QString champion = championColumn >= 0 ? m_versions[championColumn] : tr("none");
    ReasonRequest request;
    request.title = tr("Promote challenger");
    request.prompt =
        tr("Why should %1 replace %2 as the champion? The reason is kept in the model change log "
           "with your name and the time.")
            .arg(version, champion);
    request.draftKey = QStringLiteral("reason-promote-model");
    ReasonDialog dialog(request, this);
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    auto done = m_sales.promoteChallenger(version.toStdString(), m_user.id, m_user.role,
                                          dialog.text().toStdString(), m_clock());
    if (!done) {
        showMessage(this, MessageKind::Warning, tr("Promote challenger"),
                    tr("%1 was not promoted: %2").arg(version, qs(done.error().message)));
        return;
    }
    dialog.forgetDraft();
    m_status->setText(tr("%1 is the champion now; %2 is retired.")
                          .arg(version, done->fromVersion.empty() ? tr("no model") : qs(done->fromVersion)));
    refresh();
}

} // namespace saggar::ui
