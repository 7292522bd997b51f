#include "document_checklist.h"

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
    if (vehicles) {
        kinds.push_back(DocumentKind::VehicleRegistration);
        kinds.push_back(DocumentKind::DrivingLicence);
    }
    if (kilns) {
        kinds.push_back(DocumentKind::PurchaseInvoice);
        kinds.push_back(DocumentKind::KilnAcceptance);
    }
    return kinds;
}

} // namespace saggar
