// Small, hand-made portfolios for the storage tests: valid codes (USCC, VIN, plate) computed from a
// number, and a builder that hands out ids so each test states exactly the data it relies on.
#pragma once

#include "core/domain.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>

namespace saggar::testdata {

std::string uscc(int n);  // a valid unified social credit code, distinct per n
std::string vin(int n);   // a valid VIN, distinct per n
std::string plate(int n); // a valid ordinary plate "粤E" + 5 characters, distinct per n < 2,400,000
constexpr TimestampMs kBaseMs = 1780000000000; // 2026-05-28 UTC

User user(Id id, const std::string& login, const std::string& name, Role role);
Enterprise enterprise(Id id, int n, const std::string& nameZh, const std::string& nameEn,
                      Cluster cluster = Cluster::Foshan);
LoanFile file(Id id, const std::string& fileNo, Id enterpriseId, Money amount = Money::fromYuan(1'000'000),
              LoanState state = LoanState::Draft, Id analyst = 1, TimestampMs updatedAtMs = kBaseMs);
Truck truck(Id id, int n, Id enterpriseId, Id loanFileId);
Kiln kiln(Id id, int n, Id enterpriseId, Id loanFileId);
Document document(Id id, Id loanFileId, DocumentKind kind);

// A deterministic portfolio of `files` loan files for scale tests (ids 1…; 3 users).
PortfolioSnapshot largeSnapshot(int files);

// The SHA-256 of a file, to show an open that failed left it untouched.
QByteArray fileHash(const QString& path);

// Opens a fresh migrated database at `path` (created) or fails the calling test.
Database freshDatabase(const std::string& path);

} // namespace saggar::testdata
