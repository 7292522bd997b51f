#include "document_requirements.h"

namespace saggar {

std::vector<DocumentKind> requiredDocuments(Product product)
{
    std::vector<DocumentKind> kinds{DocumentKind::BusinessLicence, DocumentKind::FinancialStatements,
                                    DocumentKind::BankStatements, DocumentKind::InsurancePolicy,
                                    DocumentKind::PlantLeaseOrLandCertificate};
    const bool vehicles = product == Product::FleetPurchase || product == Product::EquipmentMortgage ||
                          product == Product::WorkingCapital;
    const bool kilns = product == Product::KilnUpgrade || product == Product::EquipmentMortgage ||
                       product == Product::WorkingCapital;
    if (vehicles)
        kinds.insert(kinds.end(), {DocumentKind::VehicleRegistration, DocumentKind::DrivingLicence});
    if (kilns)
        kinds.insert(kinds.end(), {DocumentKind::PurchaseInvoice, DocumentKind::KilnAcceptance});
    return kinds;
}

} // namespace saggar
