#include "domain.h"

#include <utility>

namespace saggar {
namespace {

template <typename E>
struct KeyTable;

#define SAGGAR_KEYS(E, ...)                                                                                  \
    template <>                                                                                              \
    struct KeyTable<E>                                                                                       \
    {                                                                                                        \
        static const std::vector<std::pair<E, std::string_view>>& entries()                                  \
        {                                                                                                    \
            static const std::vector<std::pair<E, std::string_view>> table{__VA_ARGS__};                     \
            return table;                                                                                    \
        }                                                                                                    \
    };

SAGGAR_KEYS(Role, {Role::Analyst, "analyst"}, {Role::Appraiser, "appraiser"}, {Role::Manager, "manager"})
SAGGAR_KEYS(Cluster, {Cluster::Foshan, "foshan"}, {Cluster::Jingdezhen, "jingdezhen"}, {Cluster::Zibo, "zibo"},
            {Cluster::Jinjiang, "jinjiang"}, {Cluster::Gaoan, "gaoan"}, {Cluster::Dehua, "dehua"},
            {Cluster::Liling, "liling"}, {Cluster::Tangshan, "tangshan"})
SAGGAR_KEYS(Segment, {Segment::BuildingTiles, "building_tiles"}, {Segment::SanitaryWare, "sanitary_ware"},
            {Segment::DailyUsePorcelain, "daily_use_porcelain"}, {Segment::ArtPorcelain, "art_porcelain"})
SAGGAR_KEYS(Product, {Product::EquipmentMortgage, "equipment_mortgage"}, {Product::FleetPurchase, "fleet_purchase"},
            {Product::KilnUpgrade, "kiln_upgrade"}, {Product::WorkingCapital, "working_capital"})
SAGGAR_KEYS(KilnType, {KilnType::Roller, "roller"}, {KilnType::Tunnel, "tunnel"}, {KilnType::Shuttle, "shuttle"})
SAGGAR_KEYS(KilnFuel, {KilnFuel::Gas, "gas"}, {KilnFuel::Electric, "electric"})
SAGGAR_KEYS(CapacityUnit, {CapacityUnit::SquareMetres, "m2"}, {CapacityUnit::Pieces, "pieces"})
SAGGAR_KEYS(LoanState, {LoanState::Draft, "draft"}, {LoanState::Submitted, "submitted"},
            {LoanState::Appraisal, "appraisal"}, {LoanState::RiskAssessment, "risk_assessment"},
            {LoanState::AutoApproved, "auto_approved"}, {LoanState::ManualReview, "manual_review"},
            {LoanState::Declined, "declined"}, {LoanState::Approved, "approved"}, {LoanState::Rejected, "rejected"},
            {LoanState::Disbursed, "disbursed"}, {LoanState::Monitoring, "monitoring"},
            {LoanState::Repaid, "repaid"}, {LoanState::Default, "default"}, {LoanState::Disposal, "disposal"},
            {LoanState::Closed, "closed"})
SAGGAR_KEYS(DocumentKind, {DocumentKind::BusinessLicence, "business_licence"},
            {DocumentKind::FinancialStatements, "financial_statements"},
            {DocumentKind::BankStatements, "bank_statements"},
            {DocumentKind::VehicleRegistration, "vehicle_registration"},
            {DocumentKind::DrivingLicence, "driving_licence"}, {DocumentKind::PurchaseInvoice, "purchase_invoice"},
            {DocumentKind::KilnAcceptance, "kiln_acceptance"}, {DocumentKind::InsurancePolicy, "insurance_policy"},
            {DocumentKind::PlantLeaseOrLandCertificate, "plant_lease_or_land_certificate"})
SAGGAR_KEYS(DocumentStatus, {DocumentStatus::Missing, "missing"}, {DocumentStatus::Received, "received"},
            {DocumentStatus::Verified, "verified"}, {DocumentStatus::Waived, "waived"})

#undef SAGGAR_KEYS

template <typename E>
std::string_view keyOf(E value)
{
    for (const auto& [v, k] : KeyTable<E>::entries())
        if (v == value)
            return k;
    return {};
}

} // namespace

template <typename E>
std::optional<E> fromKey(std::string_view text)
{
    for (const auto& [v, k] : KeyTable<E>::entries())
        if (k == text)
            return v;
    return std::nullopt;
}

template <typename E>
const std::vector<E>& allValues()
{
    static const std::vector<E> values = [] {
        std::vector<E> out;
        for (const auto& entry : KeyTable<E>::entries())
            out.push_back(entry.first);
        return out;
    }();
    return values;
}

#define SAGGAR_INSTANTIATE(E)                                                                                \
    std::string_view key(E v) { return keyOf(v); }                                                           \
    template std::optional<E> fromKey<E>(std::string_view);                                                   \
    template const std::vector<E>& allValues<E>();

SAGGAR_INSTANTIATE(Role)
SAGGAR_INSTANTIATE(Cluster)
SAGGAR_INSTANTIATE(Segment)
SAGGAR_INSTANTIATE(Product)
SAGGAR_INSTANTIATE(KilnType)
SAGGAR_INSTANTIATE(KilnFuel)
SAGGAR_INSTANTIATE(CapacityUnit)
SAGGAR_INSTANTIATE(LoanState)
SAGGAR_INSTANTIATE(DocumentKind)
SAGGAR_INSTANTIATE(DocumentStatus)

#undef SAGGAR_INSTANTIATE

} // namespace saggar
