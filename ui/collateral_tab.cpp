#include "collateral_tab.h"

#include "asset_dialog.h"
#include "asset_telemetry_panel.h"
#include "core/telemetry_geo.h"
#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "inspection_dialog.h"
#include "tab_support.h"
#include "valuation_dialog.h"
#include "valuation_report_dialog.h"
#include "widgets/money_format.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

QString appraised(Money value)
{
    return value > Money() ? formatMoney(value) : CollateralTab::tr("Not valued");
}

} // namespace

CollateralTab::CollateralTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("collateralTab"));
    // The tables above, the selected asset's telemetry below; the split is the user's to move.
    auto* tables = new QWidget(this);
    auto* layout = new QVBoxLayout(tables);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* trucksBox = new QGroupBox(tr("Trucks"), this);
    auto* trucksLayout = new QVBoxLayout(trucksBox);
    m_trucks = makeTable({tr("Plate"), tr("VIN"), tr("Brand"), tr("Model"), tr("Year"), tr("Purchase price"),
                          tr("Appraised value"), tr("Tracker")},
                         trucksBox);
    m_trucks->setObjectName(QStringLiteral("trucksTable"));
    m_addTruck = new QPushButton(tr("Add truck…"), trucksBox);
    m_addTruck->setObjectName(QStringLiteral("addTruck"));
    m_valueTruck = new QPushButton(tr("Value…"), trucksBox);
    m_valueTruck->setObjectName(QStringLiteral("valueTruck"));
    m_valueTruck->setToolTip(tr("The valuation model's values for the selected truck, with its bands"));
    m_inspectTruck = new QPushButton(trucksBox);
    m_inspectTruck->setObjectName(QStringLiteral("inspectTruck"));
    m_reportTruck = new QPushButton(tr("Valuation report…"), trucksBox);
    m_reportTruck->setObjectName(QStringLiteral("reportTruck"));
    m_reportTruck->setToolTip(tr("Print a stored valuation of the selected truck as a PDF"));
    trucksLayout->addWidget(m_trucks);
    auto* truckButtons = new QHBoxLayout;
    truckButtons->addWidget(m_addTruck);
    truckButtons->addWidget(m_inspectTruck);
    truckButtons->addWidget(m_valueTruck);
    truckButtons->addWidget(m_reportTruck);
    truckButtons->addStretch(1);
    trucksLayout->addLayout(truckButtons);

    auto* kilnsBox = new QGroupBox(tr("Kilns"), this);
    auto* kilnsLayout = new QVBoxLayout(kilnsBox);
    m_kilns = makeTable({tr("Type"), tr("Length"), tr("Daily capacity"), tr("Fuel"), tr("Installed"),
                         tr("Purchase cost"), tr("Appraised value"), tr("Sensor gateway")},
                        kilnsBox);
    m_kilns->setObjectName(QStringLiteral("kilnsTable"));
    m_addKiln = new QPushButton(tr("Add kiln…"), kilnsBox);
    m_addKiln->setObjectName(QStringLiteral("addKiln"));
    m_valueKiln = new QPushButton(tr("Value…"), kilnsBox);
    m_valueKiln->setObjectName(QStringLiteral("valueKiln"));
    m_valueKiln->setToolTip(tr("The valuation model's values for the selected kiln, with its bands"));
    m_inspectKiln = new QPushButton(kilnsBox);
    m_inspectKiln->setObjectName(QStringLiteral("inspectKiln"));
    m_reportKiln = new QPushButton(tr("Valuation report…"), kilnsBox);
    m_reportKiln->setObjectName(QStringLiteral("reportKiln"));
    m_reportKiln->setToolTip(tr("Print a stored valuation of the selected kiln as a PDF"));
    kilnsLayout->addWidget(m_kilns);
    auto* kilnButtons = new QHBoxLayout;
    kilnButtons->addWidget(m_addKiln);
    kilnButtons->addWidget(m_inspectKiln);
    kilnButtons->addWidget(m_valueKiln);
    kilnButtons->addWidget(m_reportKiln);
    kilnButtons->addStretch(1);
    kilnsLayout->addLayout(kilnButtons);

    // The appraiser's entry: select an asset, type its value, save.
    m_valuation = new QGroupBox(tr("Appraisal"), this);
    m_valuation->setObjectName(QStringLiteral("valuationBox"));
    auto* valuation = new QVBoxLayout(m_valuation);
    auto* hint = new QLabel(tr("Select a truck or a kiln above and enter its appraised value. The appraisal "
                               "can be completed once every pledged asset has one."),
                            m_valuation);
    hint->setWordWrap(true);
    valuation->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_selected = new QLabel(m_valuation);
    m_selected->setObjectName(QStringLiteral("selectedAsset"));
    m_value = new QLineEdit(m_valuation);
    m_value->setObjectName(QStringLiteral("appraisedValue"));
    m_value->setPlaceholderText(tr("yuan, e.g. 320000 or 32万"));
    m_value->setMinimumWidth(fontMetrics().horizontalAdvance(m_value->placeholderText()) +
                             fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    m_save = new QPushButton(tr("Save value"), m_valuation);
    m_save->setObjectName(QStringLiteral("saveValue"));
    row->addWidget(m_selected, 1);
    row->addWidget(m_value);
    row->addWidget(m_save);
    valuation->addLayout(row);
    m_valueError = new QLabel(m_valuation);
    m_valueError->setObjectName(QStringLiteral("valueError"));
    QPalette p = m_valueError->palette();
    p.setColor(QPalette::WindowText, warningColour());
    m_valueError->setPalette(p);
    m_valueError->setWordWrap(true);
    valuation->addWidget(m_valueError);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("collateralTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(trucksBox, 3);
    layout->addWidget(kilnsBox, 2);
    layout->addWidget(m_totals);
    layout->addWidget(m_valuation);
    m_telemetry = new AssetTelemetryPanel(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("collateralSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(tables);
    split->addWidget(m_telemetry);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({360, 640}); // the telemetry gets the room: the tables scroll
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(split);

    connect(m_addTruck, &QPushButton::clicked, this, [this] { addAsset(true); });
    connect(m_addKiln, &QPushButton::clicked, this, [this] { addAsset(false); });
    connect(m_trucks, &QTableWidget::itemSelectionChanged, this, [this] { onSelection(true); });
    connect(m_kilns, &QTableWidget::itemSelectionChanged, this, [this] { onSelection(false); });
    connect(m_save, &QPushButton::clicked, this, &CollateralTab::saveValue);
    connect(m_valueTruck, &QPushButton::clicked, this, [this] { valueSelected(true); });
    connect(m_valueKiln, &QPushButton::clicked, this, [this] { valueSelected(false); });
    connect(m_inspectTruck, &QPushButton::clicked, this, [this] { inspectSelected(true); });
    connect(m_inspectKiln, &QPushButton::clicked, this, [this] { inspectSelected(false); });
    connect(m_reportTruck, &QPushButton::clicked, this, [this] { reportSelected(true); });
    connect(m_reportKiln, &QPushButton::clicked, this, [this] { reportSelected(false); });
    connect(m_value, &QLineEdit::returnPressed, this, &CollateralTab::saveValue);
}

void CollateralTab::showFile(const FileView& view)
{
    const WorkflowContext& ctx = view.ctx;
    m_telemetry->setSources(m_controller.chartSource(), m_controller.assetTelemetry());
    m_telemetry->setVisible(m_telemetry->hasSources());
    if (view.detail.file.id != m_fileId) { // another file: nothing typed or chosen carries over
        m_fileId = view.detail.file.id;
        m_telemetry->clear();
        m_selectedId = 0;
        m_value->clear();
        m_valueError->clear();
    }
    const auto& trucks = view.detail.trucks;
    const auto& kilns = view.detail.kilns;
    const auto appraisedTruck = [&](Id id) {
        for (const Truck& t : ctx.trucks)
            if (t.id == id)
                return t.appraisedValue;
        return Money();
    };
    const auto appraisedKiln = [&](Id id) {
        for (const Kiln& k : ctx.kilns)
            if (k.id == id)
                return k.appraisedValue;
        return Money();
    };
    const QSignalBlocker blockTrucks(m_trucks);
    const QSignalBlocker blockKilns(m_kilns);
    m_trucks->setRowCount(static_cast<int>(trucks.size()));
    for (int i = 0; i < static_cast<int>(trucks.size()); ++i) {
        const Truck& t = trucks[static_cast<size_t>(i)];
        setRow(m_trucks, i,
               {qs(t.plate), qs(t.vin), qs(t.brand), qs(t.model), QString::number(t.year),
                formatMoney(t.purchasePrice), appraised(appraisedTruck(t.id)), qs(t.trackerId)});
        m_trucks->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(t.id));
    }
    m_kilns->setRowCount(static_cast<int>(kilns.size()));
    for (int i = 0; i < static_cast<int>(kilns.size()); ++i) {
        const Kiln& k = kilns[static_cast<size_t>(i)];
        setRow(m_kilns, i,
               {DisplayNames::kilnType(k.type), tr("%1 m").arg(QLocale().toString(k.lengthM, 'f', 1)),
                QLocale().toString(static_cast<qlonglong>(k.dailyCapacity)) + QLatin1Char(' ') +
                    DisplayNames::capacityUnit(k.capacityUnit),
                DisplayNames::kilnFuel(k.fuel), QString::number(k.yearInstalled), formatMoney(k.purchaseCost),
                appraised(appraisedKiln(k.id)), qs(k.gatewayId)});
        m_kilns->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(k.id));
    }
    fitColumns(m_trucks);
    fitColumns(m_kilns);

    // Collateral is listed by the analyst while the file is still a draft.
    const bool listing =
        view.detail.file.state == LoanState::Draft && m_controller.actor().role == Role::Analyst;
    m_addTruck->setVisible(listing);
    m_addKiln->setVisible(listing);
    // A table that stays empty (nothing pledged, nothing to add) leaves its room to the telemetry.
    m_trucks->parentWidget()->setVisible(!trucks.empty() || listing);
    m_kilns->parentWidget()->setVisible(!kilns.empty() || listing);
    const bool valuing = m_controller.valuations() != nullptr;
    m_valueTruck->setVisible(valuing);
    m_valueKiln->setVisible(valuing);
    m_valueTruck->setEnabled(false);
    m_valueKiln->setEnabled(false);
    for (QPushButton* b : {m_reportTruck, m_reportKiln}) {
        b->setVisible(valuing);
        b->setEnabled(false);
    }
    // The appraiser records inspections; everyone else reads them.
    const bool appraiser = m_controller.actor().role == Role::Appraiser;
    for (QPushButton* b : {m_inspectTruck, m_inspectKiln}) {
        b->setText(appraiser ? tr("Inspect…") : tr("Inspections…"));
        b->setToolTip(appraiser ? tr("Record and sign an inspection of the selected asset, or read past ones")
                                : tr("The selected asset's inspections (only an appraiser records one)"));
        b->setVisible(valuing);
        b->setEnabled(false);
    }

    // The rules decide who values: probe with the first asset at a nominal value.
    ValuationRequest probe;
    probe.truck = !ctx.trucks.empty();
    probe.assetId = probe.truck ? ctx.trucks.front().id : (ctx.kilns.empty() ? 0 : ctx.kilns.front().id);
    probe.value = Money::fromYuan(1);
    m_valuation->setVisible(probe.assetId != 0 &&
                            notForbidden(evaluateValuation(ctx, m_controller.actor(), probe, 0)));
    // Keep the selection across a reload, so a refused value can be corrected in place.
    const bool wasTruck = m_selectedTruck;
    const Id wasSelected = m_selectedId;
    m_selectedId = 0;
    m_selected->setText(tr("No asset selected."));
    m_save->setEnabled(false);
    QTableWidget* previous = wasTruck ? m_trucks : m_kilns;
    for (int r = 0; wasSelected != 0 && r < previous->rowCount(); ++r)
        if (previous->item(r, 0)->data(Qt::UserRole).toLongLong() == wasSelected) {
            previous->selectRow(r);
            onSelection(wasTruck);
        }

    const Money total = appraisedCollateral(ctx);
    const std::optional<double> ltv = loanToValuePct(ctx);
    if (ltv)
        m_totals->setText(tr("Appraised collateral %1; loan-to-value %2 % (limit %3 %).")
                              .arg(formatMoney(total), QLocale().toString(*ltv, 'f', 1),
                                   QLocale().toString(ctx.ltvLimitPct, 'f', 0)));
    else
        m_totals->setText(tr("Loan-to-value is known once every pledged asset has an appraised value."));
}

void CollateralTab::selectAsset(bool truck, int row)
{
    QTableWidget* table = truck ? m_trucks : m_kilns;
    table->selectRow(row);
}

void CollateralTab::onSelection(bool truck)
{
    QTableWidget* table = truck ? m_trucks : m_kilns;
    QTableWidget* other = truck ? m_kilns : m_trucks;
    const auto rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    {
        const QSignalBlocker block(other);
        other->clearSelection();
    }
    const int row = rows.first().row();
    m_selectedTruck = truck;
    m_selectedId = table->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_selected->setText(
        truck ? tr("Truck %1").arg(table->item(row, 0)->text())
              : tr("Kiln: %1, installed %2").arg(table->item(row, 0)->text(), table->item(row, 4)->text()));
    m_save->setEnabled(true);
    m_valueTruck->setEnabled(truck);
    m_valueKiln->setEnabled(!truck);
    // Selecting an asset opens its telemetry below (a reload that keeps the selection does not).
    const AssetRef asset{truck ? AssetKind::Truck : AssetKind::Kiln, m_selectedId};
    if (m_telemetry->hasSources() && m_telemetry->asset() != asset)
        m_telemetry->showAsset(asset, m_selected->text(),
                               clusterGeofence(m_controller.view().detail.enterprise.cluster));
    m_inspectTruck->setEnabled(truck);
    m_inspectKiln->setEnabled(!truck);
    m_reportTruck->setEnabled(truck);
    m_reportKiln->setEnabled(!truck);
}

void CollateralTab::valueSelected(bool truck)
{
    valuation::ValuationStore* store = m_controller.valuations();
    if (!m_controller.isOpen() || store == nullptr || m_selectedId == 0 || m_selectedTruck != truck)
        return;
    const FileView& view = m_controller.view();
    valuation::AssetToValue asset;
    asset.kind = truck ? "truck" : "kiln";
    asset.assetId = m_selectedId;
    asset.cluster = view.detail.enterprise.cluster;
    for (const Truck& t : view.detail.trucks)
        if (truck && t.id == m_selectedId) {
            asset.truck = &t;
            asset.yearBuilt = t.year;
        }
    for (const Kiln& k : view.detail.kilns)
        if (!truck && k.id == m_selectedId) {
            asset.kiln = &k;
            asset.yearBuilt = k.yearInstalled;
        }
    if (!asset.truck && !asset.kiln)
        return;
    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    const Id by = m_controller.actor().userId;
    auto personName = [this](Id id) { return m_controller.personName(id); };
    // With an appraiser the year of telemetry is read on a worker, from copies of the asset's record.
    auto appraiser = m_controller.appraiser();
    auto work = [appraiser, asset,
                 truckRecord = asset.truck ? std::optional<Truck>(*asset.truck) : std::nullopt,
                 kilnRecord = asset.kiln ? std::optional<Kiln>(*asset.kiln) : std::nullopt, now, by]() mutable {
        asset.truck = truckRecord ? &*truckRecord : nullptr;
        asset.kiln = kilnRecord ? &*kilnRecord : nullptr;
        return appraiser->appraise(asset, now, by);
    };
    const auto made = appraiser
                          ? std::make_unique<ValuationDialog>(
                                *store, std::function<Result<valuation::Appraisal>()>(work), m_selected->text(),
                                this, personName)
                          : std::make_unique<ValuationDialog>(
                                *store, valuation::appraiseAsset(*store, asset, now, by), m_selected->text(), this,
                                personName);
    ValuationDialog& dialog = *made;
    dialog.setReportAction([this, truck, &dialog](Id stored) { reportSelected(truck, stored, &dialog); });
    execDialog(dialog);
}

void CollateralTab::reportSelected(bool truck, Id preselect, QWidget* over)
{
    valuation::ValuationStore* store = m_controller.valuations();
    if (!m_controller.isOpen() || store == nullptr || m_selectedId == 0 || m_selectedTruck != truck)
        return;
    showValuationReport(over ? over : this, *store, m_controller.chartSource(), m_controller.sales(),
                        reportSubject(m_controller.view().detail, truck, m_selectedId), m_selectedId, preselect,
                        [this](Id id) { return m_controller.personName(id); });
}

void CollateralTab::inspectSelected(bool truck)
{
    valuation::ValuationStore* store = m_controller.valuations();
    if (!m_controller.isOpen() || store == nullptr || m_selectedId == 0 || m_selectedTruck != truck)
        return;
    const Actor& actor = m_controller.actor();
    InspectionSubject subject{truck ? "truck" : "kiln", m_selectedId, m_selected->text(), actor.userId,
                              m_controller.personName(actor.userId), actor.role == Role::Appraiser};
    InspectionDialog dialog(*store, subject, [this](Id id) { return m_controller.personName(id); }, this);
    execDialog(dialog);
}

void CollateralTab::saveValue()
{
    if (!m_controller.isOpen() || m_selectedId == 0)
        return;
    const auto value = Money::parseYuan(m_value->text().trimmed().toStdString());
    if (!value) {
        m_valueError->setText(tr("Enter an amount in yuan, such as 320000, 320,000.00 or 32万."));
        m_value->setFocus();
        return;
    }
    ValuationRequest request;
    request.truck = m_selectedTruck;
    request.assetId = m_selectedId;
    request.value = *value;
    const Result<void> saved =
        m_controller.workflow().enterValuation(m_controller.actor(), m_controller.fileId(), request);
    if (saved) {
        m_value->clear();
        m_valueError->clear();
    }
    m_controller.report(this, tr("Appraised value not saved"), saved);
}

void CollateralTab::addAsset(bool truck)
{
    if (!m_controller.isOpen())
        return;
    AssetDialog dialog(m_controller.files(), truck ? AssetDialog::Kind::Truck : AssetDialog::Kind::Kiln,
                       m_controller.view().detail.file, this);
    if (execDialog(dialog) == QDialog::Accepted)
        m_controller.changed();
}

} // namespace saggar::ui
