#include "display_names.h"

#include "phrase_text.h"
#include "widgets/money_format.h"

#include <QLocale>

namespace saggar::ui {

QString DisplayNames::role(Role v)
{
    switch (v) {
    case Role::Analyst:
        return tr("Credit analyst");
    case Role::Appraiser:
        return tr("Appraiser");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

QString DisplayNames::cluster(Cluster v)
{
    switch (v) {
    case Cluster::Foshan:
        return tr("Foshan");
    case Cluster::Jingdezhen:
        return tr("Jingdezhen");
    case Cluster::Zibo:
        return tr("Zibo");
    case Cluster::Jinjiang:
        return tr("Jinjiang");
    case Cluster::Gaoan:
        return tr("Gao'an");
    case Cluster::Dehua:
        return tr("Dehua");
    case Cluster::Liling:
        return tr("Liling");
    case Cluster::Tangshan:
        return tr("Tangshan");
    }
    return {};
}

QString DisplayNames::segment(Segment v)
{
    switch (v) {
    case Segment::BuildingTiles:
        return tr("Building tiles");
    case Segment::SanitaryWare:
        return tr("Sanitary ware");
    case Segment::DailyUsePorcelain:
        return tr("Daily-use porcelain");
    case Segment::ArtPorcelain:
        return tr("Art porcelain");
    }
    return {};
}

QString DisplayNames::product(Product v)
{
    switch (v) {
    case Product::EquipmentMortgage:
        return tr("Equipment mortgage loan");
    case Product::FleetPurchase:
        return tr("Fleet purchase loan");
    case Product::KilnUpgrade:
        return tr("Kiln upgrade loan");
    case Product::WorkingCapital:
        return tr("Secured working capital");
    }
    return {};
}

QString DisplayNames::kilnType(KilnType v)
{
    switch (v) {
    case KilnType::Roller:
        return tr("Roller kiln");
    case KilnType::Tunnel:
        return tr("Tunnel kiln");
    case KilnType::Shuttle:
        return tr("Shuttle kiln");
    }
    return {};
}

QString DisplayNames::kilnFuel(KilnFuel v)
{
    switch (v) {
    case KilnFuel::Gas:
        return tr("Natural gas");
    case KilnFuel::Electric:
        return tr("Electric");
    }
    return {};
}

QString DisplayNames::capacityUnit(CapacityUnit v)
{
    switch (v) {
    case CapacityUnit::SquareMetres:
        return tr("m²/day");
    case CapacityUnit::Pieces:
        return tr("pieces/day");
    }
    return {};
}

QString DisplayNames::loanState(LoanState v)
{
    switch (v) {
    case LoanState::Draft:
        return tr("Draft");
    case LoanState::Submitted:
        return tr("Submitted");
    case LoanState::Appraisal:
        return tr("Appraisal");
    case LoanState::RiskAssessment:
        return tr("Risk assessment");
    case LoanState::AutoApproved:
        return tr("Auto-approved");
    case LoanState::ManualReview:
        return tr("Manual review");
    case LoanState::Declined:
        return tr("Declined");
    case LoanState::Approved:
        return tr("Approved");
    case LoanState::Rejected:
        return tr("Rejected");
    case LoanState::Disbursed:
        return tr("Disbursed");
    case LoanState::Monitoring:
        return tr("Monitoring");
    case LoanState::Repaid:
        return tr("Repaid");
    case LoanState::Default:
        return tr("Default");
    case LoanState::Disposal:
        return tr("Disposal");
    case LoanState::Closed:
        return tr("Closed");
    }
    return {};
}

QString DisplayNames::documentKind(DocumentKind v)
{
    switch (v) {
    case DocumentKind::BusinessLicence:
        return tr("Business licence");
    case DocumentKind::FinancialStatements:
        return tr("Financial statements (3 years)");
    case DocumentKind::BankStatements:
        return tr("Bank statements");
    case DocumentKind::VehicleRegistration:
        return tr("Vehicle registration certificates");
    case DocumentKind::DrivingLicence:
        return tr("Vehicle driving licences");
    case DocumentKind::PurchaseInvoice:
        return tr("Kiln purchase invoices");
    case DocumentKind::KilnAcceptance:
        return tr("Kiln acceptance records");
    case DocumentKind::InsurancePolicy:
        return tr("Insurance policies");
    case DocumentKind::PlantLeaseOrLandCertificate:
        return tr("Plant lease or land certificate");
    }
    return {};
}

QString DisplayNames::documentStatus(DocumentStatus v)
{
    switch (v) {
    case DocumentStatus::Missing:
        return tr("Missing");
    case DocumentStatus::Received:
        return tr("Received");
    case DocumentStatus::Verified:
        return tr("Verified");
    case DocumentStatus::Waived:
        return tr("Waived");
    }
    return {};
}

QString DisplayNames::field(Field f)
{
    switch (f) {
    case Field::NameZh:
        return tr("Chinese name");
    case Field::NameEn:
        return tr("English name");
    case Field::Uscc:
        return tr("Unified social credit code");
    case Field::LegalRepresentative:
        return tr("Legal representative");
    case Field::AnnualRevenue:
        return tr("Annual revenue");
    case Field::Staff:
        return tr("Staff");
    case Field::Amount:
        return tr("Amount");
    case Field::TermMonths:
        return tr("Term (months)");
    case Field::Rate:
        return tr("Annual rate (%)");
    case Field::Purpose:
        return tr("Purpose");
    case Field::Vin:
        return tr("VIN");
    case Field::Plate:
        return tr("Plate");
    case Field::Brand:
        return tr("Brand");
    case Field::Model:
        return tr("Model");
    case Field::Year:
        return tr("Model year");
    case Field::PurchasePrice:
        return tr("Purchase price");
    case Field::TrackerId:
        return tr("Tracker id");
    case Field::KilnLength:
        return tr("Length (m)");
    case Field::DailyCapacity:
        return tr("Daily capacity");
    case Field::YearInstalled:
        return tr("Year installed");
    case Field::PurchaseCost:
        return tr("Purchase cost");
    case Field::GatewayId:
        return tr("Sensor gateway id");
    }
    return {};
}

QString DisplayNames::problem(const Invalid& issue)
{
    const QString found = QString::fromStdString(issue.found);
    const QString expected = QString::fromStdString(issue.expected);
    switch (issue.problem) {
    case Problem::Required:
        return tr("This field is required.");
    case Problem::WrongLength:
        return tr("Must be %1 characters long; this has %2.").arg(expected, found);
    case Problem::InvalidCharacter:
        return tr("Character %1 (\"%2\") is not allowed here.").arg(issue.position).arg(found);
    case Problem::CheckCharacterMismatch:
        return tr("The check character is \"%1\" but should be \"%2\": a character was probably mistyped.")
            .arg(found, expected);
    case Problem::BadFormat:
        return tr("Not in the expected form (%1).").arg(expected);
    case Problem::UnknownProvince:
        return tr("\"%1\" is not a province abbreviation; a plate starts with one, such as 粤 or 鲁.")
            .arg(found);
    case Problem::OutOfRange:
        return tr("Must be between %1 and %2.")
            .arg(QLocale().toString(static_cast<qlonglong>(issue.min)),
                 QLocale().toString(static_cast<qlonglong>(issue.max)));
    case Problem::NotANumber:
        return tr("Enter a number.");
    case Problem::TooManyDecimals:
        return tr("Enter at most two decimals (fen).");
    case Problem::NotADate:
        return tr("Enter a real date as YYYY-MM-DD.");
    case Problem::TooLong:
        return tr("Too long: at most %1 characters.").arg(issue.max);
    }
    return QString::fromStdString(issue.message);
}

QString DisplayNames::error(const Error& failure)
{
    const QString detail = QString::fromStdString(failure.message);
    QString lead;
    switch (failure.code) {
    case ErrorCode::NotFound:
        lead = tr("The record no longer exists; it may have been removed.");
        break;
    case ErrorCode::InvalidInput:
        lead = tr("A value was refused by the store.");
        break;
    case ErrorCode::DatabaseCorrupt:
        lead = tr("The database file is damaged or is not a Saggar database.");
        break;
    case ErrorCode::DatabaseTooNew:
        lead = tr("The database was written by a newer version of Saggar; update Saggar to open it.");
        break;
    case ErrorCode::DatabaseLocked:
        lead = tr("Another program is using the database; close it and try again.");
        break;
    case ErrorCode::DatabaseIo:
        lead = tr("The database file could not be read or written (disk or permissions).");
        break;
    case ErrorCode::DatabaseMissing:
        lead = tr("There is no Saggar database in this folder.");
        break;
    case ErrorCode::AuthFailed:
        lead = tr("The login or the password is wrong.");
        break;
    case ErrorCode::Conflict:
        lead = tr("This cannot be done yet: a condition is not met, the value is already in use, or someone "
                  "else changed the record first.");
        break;
    case ErrorCode::Forbidden:
        lead = tr("You may not do this: your role, the file's state or the rule that nobody checks their own "
                  "work forbids it.");
        break;
    default:
        break;
    }
    if (!uiIsChinese())
        return detail.isEmpty() ? lead : detail;
    if (lead.isEmpty())
        lead = tr("The operation failed.");
    if (failure.phrase) // a refusal core worded as a sentence says exactly what to do: say just that
        return PhraseText::text(*failure.phrase);
    return detail.isEmpty() ? lead : lead + QStringLiteral("\n") + tr("Details: %1").arg(detail);
}

QString DisplayNames::problem(Field field, const Invalid& issue)
{
    const bool money = field == Field::AnnualRevenue || field == Field::Amount ||
                       field == Field::PurchasePrice || field == Field::PurchaseCost;
    if (money && issue.problem == Problem::OutOfRange)
        return tr("Must be between %1 and %2.")
            .arg(formatMoneyExact(Money::fromFen(issue.min)), formatMoneyExact(Money::fromFen(issue.max)));
    if (field == Field::Rate &&
        issue.problem == Problem::OutOfRange) // bounds come in hundredths of a percent
        return tr("Must be between %1 % and %2 %.")
            .arg(QLocale().toString(static_cast<double>(issue.min) / 100.0, 'f', 2),
                 QLocale().toString(static_cast<double>(issue.max) / 100.0, 'f', 2));
    return problem(issue);
}

bool uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString localisedName(const std::string& zh, const std::string& en)
{
    const std::string& first = uiIsChinese() ? zh : en;
    const std::string& second = uiIsChinese() ? en : zh;
    return QString::fromStdString(first.empty() ? second : first);
}

} // namespace saggar::ui
