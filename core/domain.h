// The loan-file domain: enterprises, loan files, collateral (trucks and kilns), documents, users.
// Plain values with stable string keys for storage and the wire; display names live in ui/.
#pragma once

#include "money.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

using Id = std::int64_t;         // row id in the store; 0 means "not stored yet"
using TimestampMs = std::int64_t; // UTC milliseconds since the epoch

enum class Role { Analyst, Appraiser, Manager };
enum class Cluster { Foshan, Jingdezhen, Zibo, Jinjiang, Gaoan, Dehua, Liling, Tangshan };
enum class Segment { BuildingTiles, SanitaryWare, DailyUsePorcelain, ArtPorcelain };
enum class Product { EquipmentMortgage, FleetPurchase, KilnUpgrade, WorkingCapital };
enum class KilnType { Roller, Tunnel, Shuttle };
enum class KilnFuel { Gas, Electric };
enum class CapacityUnit { SquareMetres, Pieces };

// Every state a loan file can be in (the workflow that moves between them is its own unit).
enum class LoanState {
    Draft,
    Submitted,
    Appraisal,
    RiskAssessment,
    AutoApproved,
    ManualReview,
    Declined,
    Approved,
    Rejected,
    Disbursed,
    Monitoring,
    Repaid,
    Default,
    Disposal,
    Closed,
};

enum class DocumentKind {
    BusinessLicence,
    FinancialStatements,
    BankStatements,
    VehicleRegistration,
    DrivingLicence,
    PurchaseInvoice,
    KilnAcceptance,
    InsurancePolicy,
    PlantLeaseOrLandCertificate,
};
enum class DocumentStatus { Missing, Received, Verified, Waived };

struct Enterprise
{
    Id id = 0;
    std::string nameZh;
    std::string nameEn;
    std::string uscc; // unified social credit code, 18 characters
    Cluster cluster = Cluster::Foshan;
    Segment segment = Segment::BuildingTiles;
    std::string legalRepresentative;
    Money annualRevenue;
    int staff = 0;
};

struct User
{
    Id id = 0;
    std::string login;
    std::string displayName;
    Role role = Role::Analyst;
    std::string passwordHash; // libsodium crypto_pwhash_str output; never the password
    bool active = true;
};

struct LoanFile
{
    Id id = 0;
    std::string fileNo; // e.g. SG-2026-000123, unique
    Id enterpriseId = 0;
    Product product = Product::EquipmentMortgage;
    Money amount;
    int termMonths = 0;
    double annualRatePct = 0.0;
    std::string purpose;
    LoanState state = LoanState::Draft;
    Id analystId = 0;   // who prepared it
    Id appraiserId = 0; // 0: not assigned
    Id managerId = 0;   // 0: not assigned
    std::int64_t version = 1;
    TimestampMs createdAtMs = 0;
    TimestampMs updatedAtMs = 0;
};

struct Truck
{
    Id id = 0;
    Id enterpriseId = 0;
    Id loanFileId = 0; // the file it is pledged to; 0: not pledged
    std::string vin;
    std::string plate;
    std::string brand;
    std::string model;
    int year = 0;
    Money purchasePrice;
    std::string trackerId;
    Money appraisedValue; // entered by the appraiser during Appraisal; 0: not yet appraised
    Id appraisedBy = 0;
};

struct Kiln
{
    Id id = 0;
    Id enterpriseId = 0;
    Id loanFileId = 0;
    KilnType type = KilnType::Roller;
    double lengthM = 0.0;
    std::int64_t dailyCapacity = 0;
    CapacityUnit capacityUnit = CapacityUnit::SquareMetres;
    KilnFuel fuel = KilnFuel::Gas;
    int yearInstalled = 0;
    Money purchaseCost;
    std::string gatewayId;
    Money appraisedValue; // entered by the appraiser during Appraisal; 0: not yet appraised
    Id appraisedBy = 0;
};

struct Document
{
    Id id = 0;
    Id loanFileId = 0;
    DocumentKind kind = DocumentKind::BusinessLicence;
    DocumentStatus status = DocumentStatus::Missing;
    std::string note;
    TimestampMs updatedAtMs = 0;
};

// A loan file with everything a person reads when opening it.
struct LoanFileDetail
{
    LoanFile file;
    Enterprise enterprise;
    std::vector<Truck> trucks;
    std::vector<Kiln> kilns;
    std::vector<Document> documents;
    std::string analystName;
    std::string appraiserName;
    std::string managerName;
};

// A whole portfolio as plain values (what the demo generator makes and a store can save in one go).
struct PortfolioSnapshot
{
    std::vector<User> users;
    std::vector<Enterprise> enterprises;
    std::vector<LoanFile> files;
    std::vector<Truck> trucks;
    std::vector<Kiln> kilns;
    std::vector<Document> documents;
};

// Stable keys ("draft", "foshan", …) used in the database, CSV and on the wire.
// fromKey returns nothing for an unknown key.
std::string_view key(Role v);
std::string_view key(Cluster v);
std::string_view key(Segment v);
std::string_view key(Product v);
std::string_view key(KilnType v);
std::string_view key(KilnFuel v);
std::string_view key(CapacityUnit v);
std::string_view key(LoanState v);
std::string_view key(DocumentKind v);
std::string_view key(DocumentStatus v);

template <typename E>
std::optional<E> fromKey(std::string_view text);

// All values of an enum in declaration order, for menus, filters and tests.
template <typename E>
const std::vector<E>& allValues();

} // namespace saggar
