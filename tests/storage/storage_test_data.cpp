#include "storage_test_data.h"

#include "core/validation.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <stdexcept>

namespace saggar::testdata {
namespace {

std::string digits(long value, int width)
{
    std::string s = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - s.size(), '0') + s;
}

} // namespace

std::string uscc(int n)
{
    std::string org = digits(10'000'000 + n, 8);
    org += *organisationCodeCheckCharacter(org);
    const std::string first17 = "91440600" + org;
    return first17 + *usccCheckCharacter(first17);
}

std::string vin(int n)
{
    std::string v = "LFV3A24G0N1" + digits(n, 6);
    v[8] = *vinCheckDigit(v);
    return v;
}

std::string plate(int n)
{
    static const std::string letters = "ABCDEFGHJKLMNPQRSTUVWXY"; // city letters without I and O
    return "粤" + std::string(1, letters[static_cast<std::size_t>(n / 100'000) % letters.size()]) +
           digits(n % 100'000, 5);
}

User user(Id id, const std::string& login, const std::string& name, Role role)
{
    User u;
    u.id = id;
    u.login = login;
    u.displayName = name;
    u.role = role;
    u.passwordHash = "$argon2id$placeholder";
    return u;
}

Enterprise enterprise(Id id, int n, const std::string& nameZh, const std::string& nameEn, Cluster cluster)
{
    Enterprise e;
    e.id = id;
    e.nameZh = nameZh;
    e.nameEn = nameEn;
    e.uscc = uscc(n);
    e.cluster = cluster;
    e.segment = Segment::BuildingTiles;
    e.legalRepresentative = "陈志强";
    e.annualRevenue = Money::fromYuan(80'000'000);
    e.staff = 320;
    return e;
}

LoanFile file(Id id, const std::string& fileNo, Id enterpriseId, Money amount, LoanState state, Id analyst,
              TimestampMs updatedAtMs)
{
    LoanFile f;
    f.id = id;
    f.fileNo = fileNo;
    f.enterpriseId = enterpriseId;
    f.product = Product::EquipmentMortgage;
    f.amount = amount;
    f.termMonths = 36;
    f.annualRatePct = 4.35;
    f.purpose = "Two new roller kilns and six trucks";
    f.state = state;
    f.analystId = analyst;
    f.createdAtMs = kBaseMs - 86'400'000;
    f.updatedAtMs = updatedAtMs;
    return f;
}

Truck truck(Id id, int n, Id enterpriseId, Id loanFileId)
{
    Truck t;
    t.id = id;
    t.enterpriseId = enterpriseId;
    t.loanFileId = loanFileId;
    t.vin = vin(n);
    t.plate = plate(n);
    t.brand = "Dongfeng";
    t.model = "Tianlong KL";
    t.year = 2022;
    t.purchasePrice = Money::fromYuan(420'000);
    t.trackerId = "TRK-" + digits(n, 6);
    return t;
}

Kiln kiln(Id id, int n, Id enterpriseId, Id loanFileId)
{
    Kiln k;
    k.id = id;
    k.enterpriseId = enterpriseId;
    k.loanFileId = loanFileId;
    k.type = KilnType::Roller;
    k.lengthM = 280.0;
    k.dailyCapacity = 18'000;
    k.capacityUnit = CapacityUnit::SquareMetres;
    k.fuel = KilnFuel::Gas;
    k.yearInstalled = 2019;
    k.purchaseCost = Money::fromYuan(12'000'000);
    k.gatewayId = "GW-" + digits(n, 6);
    return k;
}

Document document(Id id, Id loanFileId, DocumentKind kind)
{
    Document d;
    d.id = id;
    d.loanFileId = loanFileId;
    d.kind = kind;
    d.status = DocumentStatus::Received;
    d.updatedAtMs = kBaseMs;
    return d;
}

PortfolioSnapshot largeSnapshot(int files)
{
    PortfolioSnapshot s;
    s.users = {user(1, "analyst", "Li Wei", Role::Analyst),
               user(2, "appraiser", "Zhang Min", Role::Appraiser),
               user(3, "manager", "Wang Fang", Role::Manager)};
    const int enterprises = files * 3 / 4;
    const auto& clusters = allValues<Cluster>();
    for (int i = 1; i <= enterprises; ++i)
        s.enterprises.push_back(enterprise(i, i, "佛山陶瓷" + std::to_string(i) + "有限公司",
                                           "Foshan Ceramics " + std::to_string(i) + " Co., Ltd.",
                                           clusters[static_cast<std::size_t>(i) % clusters.size()]));
    const auto& states = allValues<LoanState>();
    int truckNo = 0;
    int kilnNo = 0;
    Id docId = 0;
    for (int i = 1; i <= files; ++i) {
        LoanFile f = file(i, "SG-2026-" + digits(i, 6), (i - 1) % enterprises + 1,
                          Money::fromYuan(100'000 + (i * 7919L) % 50'000'000),
                          states[static_cast<std::size_t>(i) % states.size()], 1 + i % 3,
                          kBaseMs + (i * 104729L) % 1'000'000'000);
        f.appraiserId = i % 2 ? 2 : 0;
        f.managerId = i % 5 ? 3 : 0;
        s.files.push_back(f);
        for (int t = 0; t < 4; ++t, ++truckNo)
            s.trucks.push_back(truck(truckNo + 1, truckNo, f.enterpriseId, i));
        ++kilnNo;
        s.kilns.push_back(kiln(kilnNo, kilnNo, f.enterpriseId, i));
        for (int d = 0; d < 9; ++d)
            s.documents.push_back(
                document(++docId, i, allValues<DocumentKind>()[static_cast<std::size_t>(d)]));
    }
    return s;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

Database freshDatabase(const std::string& path)
{
    auto db = Database::open(path, OpenMode::CreateReadWrite);
    if (!db)
        throw std::runtime_error(db.error().message);
    if (auto r = migrate(*db); !r)
        throw std::runtime_error(r.error().message);
    return std::move(*db);
}

} // namespace saggar::testdata
