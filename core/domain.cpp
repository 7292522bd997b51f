#include "domain.h"
#include "workflow_types.h"

#include <utility>

namespace saggar {
namespace {

template <typename E> struct KeyTable;

#define SAGGAR_KEYS(E, ...)                                                                                  \
    template <> struct KeyTable<E>                                                                           \
    {                                                                                                        \
        static const std::vector<std::pair<E, std::string_view>>& entries()                                  \
        {                                                                                                    \
            static const std::vector<std::pair<E, std::string_view>> table{__VA_ARGS__};                     \
            return table;                                                                                    \
        }                                                                                                    \
    };

SAGGAR_KEYS(Role, {Role::Analyst, "analyst"}, {Role::Appraiser, "appraiser"}, {Role::Manager, "manager"})
SAGGAR_KEYS(Cluster, {Cluster::Foshan, "foshan"}, {Cluster::Jingdezhen, "jingdezhen"},
            {Cluster::Zibo, "zibo"}, {Cluster::Jinjiang, "jinjiang"}, {Cluster::Gaoan, "gaoan"},
            {Cluster::Dehua, "dehua"}, {Cluster::Liling, "liling"}, {Cluster::Tangshan, "tangshan"})
SAGGAR_KEYS(Segment, {Segment::BuildingTiles, "building_tiles"}, {Segment::SanitaryWare, "sanitary_ware"},
            {Segment::DailyUsePorcelain, "daily_use_porcelain"}, {Segment::ArtPorcelain, "art_porcelain"})
SAGGAR_KEYS(Product, {Product::EquipmentMortgage, "equipment_mortgage"},
            {Product::FleetPurchase, "fleet_purchase"}, {Product::KilnUpgrade, "kiln_upgrade"},
            {Product::WorkingCapital, "working_capital"})
SAGGAR_KEYS(KilnType, {KilnType::Roller, "roller"}, {KilnType::Tunnel, "tunnel"},
            {KilnType::Shuttle, "shuttle"})
SAGGAR_KEYS(KilnFuel, {KilnFuel::Gas, "gas"}, {KilnFuel::Electric, "electric"})
SAGGAR_KEYS(CapacityUnit, {CapacityUnit::SquareMetres, "m2"}, {CapacityUnit::Pieces, "pieces"})
SAGGAR_KEYS(LoanState, {LoanState::Draft, "draft"}, {LoanState::Submitted, "submitted"},
            {LoanState::Appraisal, "appraisal"}, {LoanState::RiskAssessment, "risk_assessment"},
            {LoanState::AutoApproved, "auto_approved"}, {LoanState::ManualReview, "manual_review"},
            {LoanState::Declined, "declined"}, {LoanState::Approved, "approved"},
            {LoanState::Rejected, "rejected"}, {LoanState::Disbursed, "disbursed"},
            {LoanState::Monitoring, "monitoring"}, {LoanState::Repaid, "repaid"},
            {LoanState::Default, "default"}, {LoanState::Disposal, "disposal"}, {LoanState::Closed, "closed"})
SAGGAR_KEYS(DocumentKind, {DocumentKind::BusinessLicence, "business_licence"},
            {DocumentKind::FinancialStatements, "financial_statements"},
            {DocumentKind::BankStatements, "bank_statements"},
            {DocumentKind::VehicleRegistration, "vehicle_registration"},
            {DocumentKind::DrivingLicence, "driving_licence"},
            {DocumentKind::PurchaseInvoice, "purchase_invoice"},
            {DocumentKind::KilnAcceptance, "kiln_acceptance"},
            {DocumentKind::InsurancePolicy, "insurance_policy"},
            {DocumentKind::PlantLeaseOrLandCertificate, "plant_lease_or_land_certificate"})
SAGGAR_KEYS(DocumentStatus, {DocumentStatus::Missing, "missing"}, {DocumentStatus::Received, "received"},
            {DocumentStatus::Verified, "verified"}, {DocumentStatus::Waived, "waived"})
SAGGAR_KEYS(RiskGrade, {RiskGrade::A, "a"}, {RiskGrade::B, "b"}, {RiskGrade::C, "c"}, {RiskGrade::D, "d"},
            {RiskGrade::E, "e"})
SAGGAR_KEYS(WorkflowAction, {WorkflowAction::Submit, "submit"},
            {WorkflowAction::StartAppraisal, "start_appraisal"},
            {WorkflowAction::CompleteAppraisal, "complete_appraisal"},
            {WorkflowAction::AssessRisk, "assess_risk"}, {WorkflowAction::Approve, "approve"},
            {WorkflowAction::Reject, "reject"}, {WorkflowAction::OverrideDecline, "override_decline"},
            {WorkflowAction::ReturnForRework, "return_for_rework"}, {WorkflowAction::Disburse, "disburse"},
            {WorkflowAction::StartMonitoring, "start_monitoring"}, {WorkflowAction::Repay, "repay"},
            {WorkflowAction::DeclareDefault, "declare_default"},
            {WorkflowAction::StartDisposal, "start_disposal"}, {WorkflowAction::Close, "close"})
SAGGAR_KEYS(ExceptionKind, {ExceptionKind::WaivedDocument, "waived_document"},
            {ExceptionKind::LtvAboveLimit, "ltv_above_limit"},
            {ExceptionKind::DeclineOverridden, "decline_overridden"},
            {ExceptionKind::ConditionWaived, "condition_waived"})
SAGGAR_KEYS(MemoSection, {MemoSection::Borrower, "borrower"}, {MemoSection::Purpose, "purpose"},
            {MemoSection::RepaymentSource, "repayment_source"}, {MemoSection::Collateral, "collateral"},
            {MemoSection::Risk, "risk"}, {MemoSection::Conditions, "conditions"},
            {MemoSection::Recommendation, "recommendation"})
SAGGAR_KEYS(CovenantKind, {CovenantKind::ConditionPrecedent, "condition_precedent"},
            {CovenantKind::Covenant, "covenant"})
SAGGAR_KEYS(CovenantMetric, {CovenantMetric::Custom, "custom"},
            {CovenantMetric::TrackerOnlinePct, "tracker_online_pct"},
            {CovenantMetric::KilnOperatingDaysPerMonth, "kiln_operating_days"},
            {CovenantMetric::LoanToValuePct, "loan_to_value_pct"})
SAGGAR_KEYS(CovenantStatus, {CovenantStatus::Pending, "pending"}, {CovenantStatus::Met, "met"},
            {CovenantStatus::Breached, "breached"}, {CovenantStatus::Waived, "waived"})
SAGGAR_KEYS(AuditKind, {AuditKind::State, "state"}, {AuditKind::Field, "field"},
            {AuditKind::Document, "document"}, {AuditKind::Approval, "approval"}, {AuditKind::Memo, "memo"},
            {AuditKind::Covenant, "covenant"}, {AuditKind::Exception, "exception"},
            {AuditKind::Attachment, "attachment"}, {AuditKind::Assignment, "assignment"},
            {AuditKind::Alert, "alert"}, {AuditKind::Sync, "sync"})

#undef SAGGAR_KEYS

template <typename E> std::string_view keyOf(E value)
{
    for (const auto& [v, k] : KeyTable<E>::entries())
        if (v == value)
            return k;
    return {};
}

} // namespace

template <typename E> std::optional<E> fromKey(std::string_view text)
{
    for (const auto& [v, k] : KeyTable<E>::entries())
        if (k == text)
            return v;
    return std::nullopt;
}

template <typename E> const std::vector<E>& allValues()
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
    std::string_view key(E v)                                                                                \
    {                                                                                                        \
        return keyOf(v);                                                                                     \
    }                                                                                                        \
    template std::optional<E> fromKey<E>(std::string_view);                                                  \
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
SAGGAR_INSTANTIATE(RiskGrade)
SAGGAR_INSTANTIATE(WorkflowAction)
SAGGAR_INSTANTIATE(ExceptionKind)
SAGGAR_INSTANTIATE(MemoSection)
SAGGAR_INSTANTIATE(CovenantKind)
SAGGAR_INSTANTIATE(CovenantMetric)
SAGGAR_INSTANTIATE(CovenantStatus)
SAGGAR_INSTANTIATE(AuditKind)

#undef SAGGAR_INSTANTIATE

} // namespace saggar
