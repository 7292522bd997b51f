#include "asset_dialog.h"

#include "display_names.h"
#include "form_draft.h"
#include "form_support.h"
#include "message_seam.h"
#include "widgets/validated_form.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saggar::ui {

AssetDialog::AssetDialog(LoanFileStore& store, Kind kind, const LoanFile& file, QWidget* parent)
    : QDialog(parent), m_store(store), m_kind(kind), m_file(file), m_form(new ValidatedForm(this))
{
    setWindowTitle(kind == Kind::Truck ? tr("Add a truck to %1").arg(qs(file.fileNo))
                                       : tr("Add a kiln to %1").arg(qs(file.fileNo)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    if (kind == Kind::Truck)
        buildTruckForm();
    else
        buildKilnForm();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    const QString draftKey = QStringLiteral("%1-%2")
                                 .arg(kind == Kind::Truck ? QStringLiteral("truck") : QStringLiteral("kiln"))
                                 .arg(file.id);
    m_draft = new FormDraft(draftKey, m_form, this);
    m_draft->restore();
}

QLineEdit* AssetDialog::lineEdit(const char* name, int field, const QString& label,
                                 const QString& placeholder)
{
    auto* edit = new QLineEdit(m_form);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    m_form->addField(field, label, edit);
    return edit;
}

void AssetDialog::buildTruckForm()
{
    m_plate = lineEdit("plate", static_cast<int>(Field::Plate), DisplayNames::field(Field::Plate),
                       tr("e.g. 粤E12345"));
    m_vin =
        lineEdit("vin", static_cast<int>(Field::Vin), DisplayNames::field(Field::Vin), tr("17 characters"));
    m_brand = lineEdit("brand", static_cast<int>(Field::Brand), DisplayNames::field(Field::Brand));
    m_model = lineEdit("model", static_cast<int>(Field::Model), DisplayNames::field(Field::Model));
    m_year = new QSpinBox(m_form);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1900, 2100);
    m_year->setValue(currentYear());
    m_form->addField(static_cast<int>(Field::Year), DisplayNames::field(Field::Year), m_year);
    m_price = lineEdit("price", static_cast<int>(Field::PurchasePrice),
                       DisplayNames::field(Field::PurchasePrice), tr("yuan, e.g. 385000 or 38.5万"));
    m_tracker = lineEdit("tracker", static_cast<int>(Field::TrackerId), DisplayNames::field(Field::TrackerId),
                         tr("e.g. TRK-0A1B2C3D"));
}

void AssetDialog::buildKilnForm()
{
    m_kilnType = new QComboBox(m_form);
    m_kilnType->setObjectName(QStringLiteral("kilnType"));
    for (KilnType t : allValues<KilnType>())
        m_kilnType->addItem(DisplayNames::kilnType(t), static_cast<int>(t));
    m_form->addRow(tr("Type"), m_kilnType);
    m_length = new QDoubleSpinBox(m_form);
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setRange(0, 2000);
    m_length->setDecimals(1);
    m_length->setSuffix(tr(" m"));
    m_form->addField(static_cast<int>(Field::KilnLength), DisplayNames::field(Field::KilnLength), m_length);
    m_capacity = new QSpinBox(m_form);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 10'000'000);
    m_form->addField(static_cast<int>(Field::DailyCapacity), DisplayNames::field(Field::DailyCapacity),
                     m_capacity);
    m_unit = new QComboBox(m_form);
    m_unit->setObjectName(QStringLiteral("capacityUnit"));
    for (CapacityUnit u : allValues<CapacityUnit>())
        m_unit->addItem(DisplayNames::capacityUnit(u), static_cast<int>(u));
    m_form->addRow(tr("Capacity unit"), m_unit);
    m_fuel = new QComboBox(m_form);
    m_fuel->setObjectName(QStringLiteral("fuel"));
    for (KilnFuel f : allValues<KilnFuel>())
        m_fuel->addItem(DisplayNames::kilnFuel(f), static_cast<int>(f));
    m_form->addRow(tr("Fuel"), m_fuel);
    m_installed = new QSpinBox(m_form);
    m_installed->setObjectName(QStringLiteral("installed"));
    m_installed->setRange(1900, 2100);
    m_installed->setValue(currentYear());
    m_form->addField(static_cast<int>(Field::YearInstalled), DisplayNames::field(Field::YearInstalled),
                     m_installed);
    m_cost = lineEdit("cost", static_cast<int>(Field::PurchaseCost), DisplayNames::field(Field::PurchaseCost),
                      tr("yuan, e.g. 12000000 or 1,200万"));
    m_gateway = lineEdit("gateway", static_cast<int>(Field::GatewayId), DisplayNames::field(Field::GatewayId),
                         tr("e.g. GW-0A1B2C3D"));
}

void AssetDialog::accept()
{
    const bool saved = m_kind == Kind::Truck ? saveTruck() : saveKiln();
    if (!saved)
        return; // the form keeps everything typed, with the reasons shown
    m_draft->clear();
    QDialog::accept();
}

bool AssetDialog::saveTruck()
{
    std::vector<FieldIssue> issues;
    Truck t;
    t.enterpriseId = m_file.enterpriseId;
    t.loanFileId = m_file.id;
    t.plate = normalisePlate(m_plate->text().trimmed().toStdString());
    t.vin = m_vin->text().trimmed().toStdString();
    t.brand = m_brand->text().trimmed().toStdString();
    t.model = m_model->text().trimmed().toStdString();
    t.year = m_year->value();
    t.trackerId = m_tracker->text().trimmed().toStdString();
    const auto price = readMoney(m_price, Field::PurchasePrice, issues);
    if (price)
        t.purchasePrice = *price;
    for (FieldIssue& issue : validateTruck(t, currentYear()))
        if (price || issue.field != Field::PurchasePrice)
            issues.push_back(std::move(issue));
    if (showIssues(m_form, issues))
        return false;
    auto added = m_store.addTruck(t);
    if (!added) {
        showMessage(this, MessageKind::Warning, tr("Truck not added"), DisplayNames::error(added.error()));
        return false;
    }
    m_savedId = added.value();
    return true;
}

bool AssetDialog::saveKiln()
{
    std::vector<FieldIssue> issues;
    Kiln k;
    k.enterpriseId = m_file.enterpriseId;
    k.loanFileId = m_file.id;
    k.type = static_cast<KilnType>(m_kilnType->currentData().toInt());
    k.lengthM = m_length->value();
    k.dailyCapacity = m_capacity->value();
    k.capacityUnit = static_cast<CapacityUnit>(m_unit->currentData().toInt());
    k.fuel = static_cast<KilnFuel>(m_fuel->currentData().toInt());
    k.yearInstalled = m_installed->value();
    k.gatewayId = m_gateway->text().trimmed().toStdString();
    const auto cost = readMoney(m_cost, Field::PurchaseCost, issues);
    if (cost)
        k.purchaseCost = *cost;
    for (FieldIssue& issue : validateKiln(k, currentYear()))
        if (cost || issue.field != Field::PurchaseCost)
            issues.push_back(std::move(issue));
    if (showIssues(m_form, issues))
        return false;
    auto added = m_store.addKiln(k);
    if (!added) {
        showMessage(this, MessageKind::Warning, tr("Kiln not added"), DisplayNames::error(added.error()));
        return false;
    }
    m_savedId = added.value();
    return true;
}

} // namespace saggar::ui
