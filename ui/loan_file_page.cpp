#include "loan_file_page.h"

#include "asset_dialog.h"
#include "display_names.h"
#include "message_seam.h"
#include "widgets/money_format.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

QLabel* valueLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // An empty table sizes columns to their headers alone; keep them readable until rows arrive.
    table->horizontalHeader()->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 12);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

LoanFilePage::LoanFilePage(LoanFileStore& store, const User& user, QWidget* parent)
    : QWidget(parent), m_store(store), m_user(user), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(tr("No loan file is open. Double-click a file in the portfolio to open it."), this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_title->setObjectName(QStringLiteral("fileTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));

    auto* overview = new QWidget(this);
    m_overview = new QFormLayout(overview);
    m_tabs->addTab(overview, tr("Overview"));

    auto* enterprise = new QWidget(this);
    m_enterprise = new QFormLayout(enterprise);
    m_tabs->addTab(enterprise, tr("Enterprise"));

    auto* collateral = new QWidget(this);
    auto* col = new QVBoxLayout(collateral);
    auto* trucksBox = new QGroupBox(tr("Trucks"), collateral);
    auto* trucksLayout = new QVBoxLayout(trucksBox);
    m_trucks = makeTable(
        {tr("Plate"), tr("VIN"), tr("Brand"), tr("Model"), tr("Year"), tr("Purchase price"), tr("Tracker")},
        trucksBox);
    m_trucks->setObjectName(QStringLiteral("trucksTable"));
    m_addTruck = new QPushButton(tr("Add truck…"), trucksBox);
    m_addTruck->setObjectName(QStringLiteral("addTruck"));
    trucksLayout->addWidget(m_trucks);
    trucksLayout->addWidget(m_addTruck, 0, Qt::AlignLeft);
    auto* kilnsBox = new QGroupBox(tr("Kilns"), collateral);
    auto* kilnsLayout = new QVBoxLayout(kilnsBox);
    m_kilns = makeTable({tr("Type"), tr("Length"), tr("Daily capacity"), tr("Fuel"), tr("Installed"),
                         tr("Purchase cost"), tr("Sensor gateway")},
                        kilnsBox);
    m_kilns->setObjectName(QStringLiteral("kilnsTable"));
    m_addKiln = new QPushButton(tr("Add kiln…"), kilnsBox);
    m_addKiln->setObjectName(QStringLiteral("addKiln"));
    kilnsLayout->addWidget(m_kilns);
    kilnsLayout->addWidget(m_addKiln, 0, Qt::AlignLeft);
    col->addWidget(trucksBox, 3);
    col->addWidget(kilnsBox, 2);
    m_tabs->addTab(collateral, tr("Collateral"));
    connect(m_addTruck, &QPushButton::clicked, this, &LoanFilePage::addTruck);
    connect(m_addKiln, &QPushButton::clicked, this, &LoanFilePage::addKiln);

    auto* documents = new QWidget(this);
    auto* docs = new QVBoxLayout(documents);
    m_documentSummary = new QLabel(documents);
    m_documents = makeTable({tr("Document"), tr("Status"), tr("Note"), tr("Updated")}, documents);
    m_documents->setObjectName(QStringLiteral("documentsTable"));
    docs->addWidget(m_documentSummary);
    docs->addWidget(m_documents);
    m_tabs->addTab(documents, tr("Documents"));

    m_stack->addWidget(content);
}

bool LoanFilePage::openFile(Id fileId)
{
    auto loaded = m_store.loadFile(fileId);
    if (!loaded) {
        m_detail.reset();
        m_empty->setText(
            tr("The loan file could not be opened: %1").arg(DisplayNames::error(loaded.error())));
        m_stack->setCurrentIndex(0);
        return false;
    }
    m_detail = std::move(loaded).value();
    show(*m_detail);
    return true;
}

void LoanFilePage::reload()
{
    if (m_detail)
        openFile(m_detail->file.id);
}

void LoanFilePage::show(const LoanFileDetail& d)
{
    m_title->setText(QStringLiteral("%1 · %2").arg(qs(d.file.fileNo),
                                                   localisedName(d.enterprise.nameZh, d.enterprise.nameEn)));
    m_subtitle->setText(QStringLiteral("%1 · %2 · %3")
                            .arg(DisplayNames::loanState(d.file.state), DisplayNames::product(d.file.product),
                                 formatMoney(d.file.amount)));
    fillOverview(d);
    fillEnterprise(d);
    fillCollateral(d);
    fillDocuments(d);
    m_stack->setCurrentIndex(1);
}

void LoanFilePage::fillOverview(const LoanFileDetail& d)
{
    clearForm(m_overview);
    const LoanFile& f = d.file;
    m_overview->addRow(tr("File number"), valueLabel(qs(f.fileNo)));
    m_overview->addRow(tr("State"), valueLabel(DisplayNames::loanState(f.state)));
    m_overview->addRow(tr("Product"), valueLabel(DisplayNames::product(f.product)));
    const QString shortAmount = formatMoney(f.amount);
    const QString exactAmount = formatMoneyExact(f.amount);
    m_overview->addRow(
        tr("Amount"), valueLabel(shortAmount == exactAmount
                                     ? exactAmount
                                     : shortAmount + QStringLiteral("  (") + exactAmount + QLatin1Char(')')));
    m_overview->addRow(tr("Term"), valueLabel(tr("%n month(s)", nullptr, f.termMonths)));
    m_overview->addRow(tr("Annual rate"),
                       valueLabel(QLocale().toString(f.annualRatePct, 'f', 2) + QLatin1Char('%')));
    m_overview->addRow(tr("Purpose"), valueLabel(qs(f.purpose)));
    m_overview->addRow(tr("Credit analyst"), valueLabel(qs(d.analystName)));
    m_overview->addRow(tr("Appraiser"),
                       valueLabel(d.appraiserName.empty() ? tr("Not assigned") : qs(d.appraiserName)));
    m_overview->addRow(tr("Manager"),
                       valueLabel(d.managerName.empty() ? tr("Not assigned") : qs(d.managerName)));
    m_overview->addRow(tr("Created"), valueLabel(formatTimestamp(f.createdAtMs)));
    m_overview->addRow(tr("Last updated"), valueLabel(formatTimestamp(f.updatedAtMs)));
    m_overview->addRow(tr("Version"), valueLabel(QString::number(f.version)));
}

void LoanFilePage::fillEnterprise(const LoanFileDetail& d)
{
    clearForm(m_enterprise);
    const Enterprise& e = d.enterprise;
    m_enterprise->addRow(tr("Chinese name"), valueLabel(qs(e.nameZh)));
    m_enterprise->addRow(tr("English name"), valueLabel(qs(e.nameEn)));
    m_enterprise->addRow(tr("Unified social credit code"), valueLabel(qs(e.uscc)));
    m_enterprise->addRow(tr("Cluster"), valueLabel(DisplayNames::cluster(e.cluster)));
    m_enterprise->addRow(tr("Segment"), valueLabel(DisplayNames::segment(e.segment)));
    m_enterprise->addRow(tr("Legal representative"), valueLabel(qs(e.legalRepresentative)));
    m_enterprise->addRow(tr("Annual revenue"), valueLabel(formatMoney(e.annualRevenue)));
    m_enterprise->addRow(tr("Staff"), valueLabel(QLocale().toString(e.staff)));
}

void LoanFilePage::fillCollateral(const LoanFileDetail& d)
{
    m_trucks->setRowCount(static_cast<int>(d.trucks.size()));
    for (int i = 0; i < static_cast<int>(d.trucks.size()); ++i) {
        const Truck& t = d.trucks[static_cast<size_t>(i)];
        setRow(m_trucks, i,
               {qs(t.plate), qs(t.vin), qs(t.brand), qs(t.model), QString::number(t.year),
                formatMoney(t.purchasePrice), qs(t.trackerId)});
    }
    m_kilns->setRowCount(static_cast<int>(d.kilns.size()));
    for (int i = 0; i < static_cast<int>(d.kilns.size()); ++i) {
        const Kiln& k = d.kilns[static_cast<size_t>(i)];
        setRow(m_kilns, i,
               {DisplayNames::kilnType(k.type), tr("%1 m").arg(QLocale().toString(k.lengthM, 'f', 1)),
                QLocale().toString(static_cast<qlonglong>(k.dailyCapacity)) + QLatin1Char(' ') +
                    DisplayNames::capacityUnit(k.capacityUnit),
                DisplayNames::kilnFuel(k.fuel), QString::number(k.yearInstalled), formatMoney(k.purchaseCost),
                qs(k.gatewayId)});
    }
    m_trucks->resizeColumnsToContents();
    m_kilns->resizeColumnsToContents();
    const bool editable = canEditCollateral();
    m_addTruck->setVisible(editable);
    m_addKiln->setVisible(editable);
}

void LoanFilePage::fillDocuments(const LoanFileDetail& d)
{
    m_documents->setRowCount(static_cast<int>(d.documents.size()));
    int missing = 0;
    for (int i = 0; i < static_cast<int>(d.documents.size()); ++i) {
        const Document& doc = d.documents[static_cast<size_t>(i)];
        missing += doc.status == DocumentStatus::Missing ? 1 : 0;
        setRow(m_documents, i,
               {DisplayNames::documentKind(doc.kind), DisplayNames::documentStatus(doc.status), qs(doc.note),
                formatDate(doc.updatedAtMs)});
        if (doc.status == DocumentStatus::Missing)
            m_documents->item(i, 1)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_documents->resizeColumnsToContents();
    m_documentSummary->setText(missing == 0 ? tr("Every required document is on file.")
                                            : tr("%n required document(s) missing.", nullptr, missing));
}

bool LoanFilePage::canEditCollateral() const
{
    // Collateral is listed by the analyst while the file is still a draft (the workflow issue widens this).
    return m_detail && m_user.role == Role::Analyst && m_detail->file.state == LoanState::Draft;
}

void LoanFilePage::addTruck()
{
    if (!m_detail)
        return;
    AssetDialog dialog(m_store, AssetDialog::Kind::Truck, m_detail->file, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit fileChanged(m_detail->file.id);
    }
}

void LoanFilePage::addKiln()
{
    if (!m_detail)
        return;
    AssetDialog dialog(m_store, AssetDialog::Kind::Kiln, m_detail->file, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit fileChanged(m_detail->file.id);
    }
}

} // namespace saggar::ui
