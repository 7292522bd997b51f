// Tests for the demo portfolio generator: determinism, counts, valid and unique identifiers, resolving
// references, state coverage, collateral and documents consistent with products, and bench-size speed.
#include "core/demo_portfolio.h"
#include "core/validation.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>

using namespace saggar;

namespace {

constexpr int kCurrentYear = 2026;
constexpr std::uint64_t kDefaultDigest = 0x43df049726f867e5;

auto fields(const User& u)
{
    return std::tie(u.id, u.login, u.displayName, u.role, u.passwordHash, u.active);
}
auto fields(const Enterprise& e)
{
    return std::tie(e.id, e.nameZh, e.nameEn, e.uscc, e.cluster, e.segment, e.legalRepresentative,
                    e.annualRevenue, e.staff);
}
auto fields(const LoanFile& f)
{
    return std::tie(f.id, f.fileNo, f.enterpriseId, f.product, f.amount, f.termMonths, f.annualRatePct,
                    f.purpose, f.state, f.analystId, f.appraiserId, f.managerId, f.version, f.createdAtMs,
                    f.updatedAtMs);
}
auto fields(const Truck& t)
{
    return std::tie(t.id, t.enterpriseId, t.loanFileId, t.vin, t.plate, t.brand, t.model, t.year,
                    t.purchasePrice, t.trackerId, t.appraisedValue, t.appraisedBy);
}
auto fields(const Kiln& k)
{
    return std::tie(k.id, k.enterpriseId, k.loanFileId, k.type, k.lengthM, k.dailyCapacity, k.capacityUnit,
                    k.fuel, k.yearInstalled, k.purchaseCost, k.gatewayId, k.appraisedValue, k.appraisedBy);
}
auto fields(const Document& d)
{
    return std::tie(d.id, d.loanFileId, d.kind, d.status, d.note, d.updatedAtMs);
}

template <typename T> bool sameRecords(const std::vector<T>& a, const std::vector<T>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const T& x, const T& y) { return fields(x) == fields(y); });
}

// FNV-1a over every field, for pinning the default portfolio across compilers and platforms.
class Digest
{
public:
    void add(const std::string& s)
    {
        add(static_cast<std::int64_t>(s.size()));
        for (char c : s)
            byte(static_cast<unsigned char>(c));
    }
    void add(Money m) { add(m.fen()); }
    void add(double d) { add(static_cast<std::int64_t>(std::llround(d * 100))); }
    template <typename T> void add(T v)
    {
        auto x = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
        for (int i = 0; i < 8; ++i, x >>= 8)
            byte(static_cast<unsigned char>(x & 0xFF));
    }
    template <typename T> void addAll(const std::vector<T>& records)
    {
        for (const auto& r : records)
            std::apply([this](const auto&... f) { (add(f), ...); }, fields(r));
    }
    std::uint64_t value() const { return m_h; }

private:
    void byte(unsigned char b)
    {
        m_h ^= b;
        m_h *= 0x100000001B3u;
    }
    std::uint64_t m_h = 0xCBF29CE484222325u;
};

std::uint64_t digestOf(const PortfolioSnapshot& s)
{
    Digest d;
    d.addAll(s.users);
    d.addAll(s.enterprises);
    d.addAll(s.files);
    d.addAll(s.trucks);
    d.addAll(s.kilns);
    d.addAll(s.documents);
    return d.value();
}

bool sameSnapshot(const PortfolioSnapshot& a, const PortfolioSnapshot& b)
{
    return sameRecords(a.users, b.users) && sameRecords(a.enterprises, b.enterprises) &&
           sameRecords(a.files, b.files) && sameRecords(a.trucks, b.trucks) &&
           sameRecords(a.kilns, b.kilns) && sameRecords(a.documents, b.documents);
}

// Province abbreviation and the city letters a cluster's trucks may carry.
std::pair<std::string, std::string> platePrefix(Cluster c)
{
    switch (c) {
    case Cluster::Foshan:
        return {"粤", "EXY"};
    case Cluster::Jingdezhen:
        return {"赣", "H"};
    case Cluster::Zibo:
        return {"鲁", "C"};
    case Cluster::Jinjiang:
        return {"闽", "C"};
    case Cluster::Gaoan:
        return {"赣", "C"};
    case Cluster::Dehua:
        return {"闽", "C"};
    case Cluster::Liling:
        return {"湘", "B"};
    case Cluster::Tangshan:
        return {"冀", "B"};
    }
    return {};
}

std::set<DocumentKind> requiredDocuments(Product p)
{
    std::set<DocumentKind> kinds = {DocumentKind::BusinessLicence, DocumentKind::FinancialStatements,
                                    DocumentKind::BankStatements, DocumentKind::InsurancePolicy,
                                    DocumentKind::PlantLeaseOrLandCertificate};
    if (p != Product::KilnUpgrade)
        kinds.insert({DocumentKind::VehicleRegistration, DocumentKind::DrivingLicence});
    if (p != Product::FleetPurchase)
        kinds.insert({DocumentKind::PurchaseInvoice, DocumentKind::KilnAcceptance});
    return kinds;
}

template <typename T, typename Key> bool allUnique(const std::vector<T>& items, Key key)
{
    std::unordered_set<std::string> seen;
    seen.reserve(items.size());
    for (const auto& item : items)
        if (!seen.insert(key(item)).second)
            return false;
    return true;
}

int utcYear(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().year();
}

QByteArray describe(const std::string& value, const Validity& v)
{
    return QByteArray::fromStdString(value + ": " + (v ? v->message : std::string("valid")));
}

QByteArray describe(const std::vector<FieldIssue>& issues, Id id)
{
    if (issues.empty())
        return {};
    return QByteArray("record ") + QByteArray::number(id) + ": " + fieldKey(issues.front().field).data() +
           ": " + issues.front().issue.message.c_str();
}

} // namespace

class TestDemoPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_default = generateDemoPortfolio(DemoOptions{}); }

    void sameSeedGivesSamePortfolio()
    {
        QVERIFY(sameSnapshot(m_default, generateDemoPortfolio(DemoOptions{})));
    }

    // Integer-only generation should give these very bytes everywhere. A change here on one compiler or
    // platform only means the generator relies on something implementation-defined; after a deliberate
    // change to the generator, update the value.
    void defaultPortfolioIsPinned()
    {
        const std::uint64_t digest = digestOf(m_default);
        qInfo("default portfolio digest 0x%016llx", static_cast<unsigned long long>(digest));
        QCOMPARE(digest, kDefaultDigest);
    }

    void otherSeedGivesOtherPortfolio()
    {
        DemoOptions other;
        other.seed = DemoOptions{}.seed + 1;
        const auto snapshot = generateDemoPortfolio(other);
        QVERIFY(!sameRecords(m_default.enterprises, snapshot.enterprises));
        QVERIFY(!sameRecords(m_default.files, snapshot.files));
        QVERIFY(!sameRecords(m_default.trucks, snapshot.trucks));
        QVERIFY(!sameRecords(m_default.kilns, snapshot.kilns));
        QVERIFY(digestOf(snapshot) != digestOf(m_default));
    }

    void countsFollowOptions()
    {
        const DemoOptions o;
        QCOMPARE(m_default.enterprises.size(), std::size_t(o.enterprises));
        QCOMPARE(m_default.files.size(), std::size_t(o.files));
        QCOMPARE(m_default.trucks.size(), std::size_t(o.trucks));
        QCOMPARE(m_default.kilns.size(), std::size_t(o.kilns));
        QVERIFY(m_default.documents.size() >= 7 * m_default.files.size());

        DemoOptions small;
        small.enterprises = 3;
        small.files = 5;
        small.trucks = 7;
        small.kilns = 2;
        const auto s = generateDemoPortfolio(small);
        QCOMPARE(s.enterprises.size(), std::size_t(3));
        QCOMPARE(s.files.size(), std::size_t(5));
        QCOMPARE(s.trucks.size(), std::size_t(7));
        QCOMPARE(s.kilns.size(), std::size_t(2));

        // Files and collateral belong to an enterprise, so without enterprises there are none.
        DemoOptions none;
        none.enterprises = 0;
        const auto empty = generateDemoPortfolio(none);
        QVERIFY(empty.enterprises.empty() && empty.files.empty() && empty.trucks.empty() &&
                empty.kilns.empty());
        QVERIFY(!empty.users.empty());
    }

    void usersIncludeTheSignInUsers()
    {
        const auto& users = m_default.users;
        QVERIFY(users.size() >= 14);
        QCOMPARE(users[0].login, std::string("analyst"));
        QCOMPARE(users[0].displayName, std::string("李娜"));
        QCOMPARE(users[0].role, Role::Analyst);
        QCOMPARE(users[1].login, std::string("appraiser"));
        QCOMPARE(users[1].role, Role::Appraiser);
        QCOMPARE(users[2].login, std::string("manager"));
        QCOMPARE(users[2].role, Role::Manager);
        for (std::size_t i = 0; i < users.size(); ++i) {
            QCOMPARE(users[i].id, Id(i + 1));
            QVERIFY(users[i].passwordHash.empty());
        }
        QVERIFY(allUnique(users, [](const User& u) { return u.login; }));
    }

    void identifiersAreValid()
    {
        for (const auto& e : m_default.enterprises)
            QVERIFY2(!checkUscc(e.uscc), describe(e.uscc, checkUscc(e.uscc)).constData());
        for (const auto& t : m_default.trucks) {
            QVERIFY2(!checkVin(t.vin), describe(t.vin, checkVin(t.vin)).constData());
            QVERIFY2(!checkPlate(t.plate), describe(t.plate, checkPlate(t.plate)).constData());
        }
    }

    void identifiersAreUnique()
    {
        QVERIFY(allUnique(m_default.enterprises, [](const Enterprise& e) { return e.uscc; }));
        QVERIFY(allUnique(m_default.files, [](const LoanFile& f) { return f.fileNo; }));
        QVERIFY(allUnique(m_default.trucks, [](const Truck& t) { return t.vin; }));
        QVERIFY(allUnique(m_default.trucks, [](const Truck& t) { return t.plate; }));
        QVERIFY(allUnique(m_default.trucks, [](const Truck& t) { return t.trackerId; }));
        QVERIFY(allUnique(m_default.kilns, [](const Kiln& k) { return k.gatewayId; }));
    }

    void referencesResolve()
    {
        const auto& s = m_default;
        for (std::size_t i = 0; i < s.enterprises.size(); ++i)
            QCOMPARE(s.enterprises[i].id, Id(i + 1));
        auto roleOf = [&](Id id) { return s.users.at(static_cast<std::size_t>(id - 1)).role; };
        for (std::size_t i = 0; i < s.files.size(); ++i) {
            const LoanFile& f = s.files[i];
            QCOMPARE(f.id, Id(i + 1));
            QVERIFY(f.enterpriseId >= 1 && f.enterpriseId <= Id(s.enterprises.size()));
            QVERIFY(f.analystId >= 1 && f.analystId <= Id(s.users.size()));
            QCOMPARE(roleOf(f.analystId), Role::Analyst);
            if (f.appraiserId != 0)
                QCOMPARE(roleOf(f.appraiserId), Role::Appraiser);
            if (f.managerId != 0)
                QCOMPARE(roleOf(f.managerId), Role::Manager);
            QCOMPARE(f.appraiserId == 0, f.state == LoanState::Draft || f.state == LoanState::Submitted);
        }
        auto checkOwner = [&](Id enterpriseId, Id loanFileId) {
            if (enterpriseId < 1 || enterpriseId > Id(s.enterprises.size()))
                return false;
            if (loanFileId == 0)
                return true;
            return loanFileId >= 1 && loanFileId <= Id(s.files.size()) &&
                   s.files[static_cast<std::size_t>(loanFileId - 1)].enterpriseId == enterpriseId;
        };
        for (std::size_t i = 0; i < s.trucks.size(); ++i) {
            QCOMPARE(s.trucks[i].id, Id(i + 1));
            QVERIFY(checkOwner(s.trucks[i].enterpriseId, s.trucks[i].loanFileId));
        }
        for (std::size_t i = 0; i < s.kilns.size(); ++i) {
            QCOMPARE(s.kilns[i].id, Id(i + 1));
            QVERIFY(checkOwner(s.kilns[i].enterpriseId, s.kilns[i].loanFileId));
        }
        for (std::size_t i = 0; i < s.documents.size(); ++i) {
            QCOMPARE(s.documents[i].id, Id(i + 1));
            QVERIFY(s.documents[i].loanFileId >= 1 && s.documents[i].loanFileId <= Id(s.files.size()));
        }
    }

    void everyStateAppears()
    {
        std::map<LoanState, int> counts;
        for (const auto& f : m_default.files)
            ++counts[f.state];
        for (LoanState state : allValues<LoanState>())
            QVERIFY2(counts[state] >= 2, key(state).data());
        QVERIFY(counts[LoanState::Monitoring] > counts[LoanState::Default]);
        QVERIFY(counts[LoanState::Monitoring] > counts[LoanState::Disposal]);
        QVERIFY(counts[LoanState::Repaid] > counts[LoanState::Disposal]);
    }

    void signInUsersHaveWork()
    {
        int analyst = 0, appraiser = 0, manager = 0, appraised = 0, managed = 0;
        for (const auto& f : m_default.files) {
            analyst += f.analystId == 1;
            appraiser += f.appraiserId == 2;
            manager += f.managerId == 3;
            appraised += f.appraiserId != 0;
            managed += f.managerId != 0;
        }
        const auto n = int(m_default.files.size());
        QVERIFY2(analyst > n / 4 && analyst < n * 3 / 5, QByteArray::number(analyst).constData());
        QVERIFY2(appraiser > appraised / 4 && appraiser < appraised * 3 / 5,
                 QByteArray::number(appraiser).constData());
        QVERIFY2(manager > managed / 4 && manager < managed * 3 / 5, QByteArray::number(manager).constData());
        QVERIFY(analyst < n); // others get files too
    }

    void recordsPassValidation()
    {
        for (const auto& e : m_default.enterprises)
            QVERIFY2(validateEnterprise(e).empty(), describe(validateEnterprise(e), e.id).constData());
        for (const auto& f : m_default.files)
            QVERIFY2(validateLoanFile(f).empty(), describe(validateLoanFile(f), f.id).constData());
        for (const auto& t : m_default.trucks)
            QVERIFY2(validateTruck(t, kCurrentYear).empty(),
                     describe(validateTruck(t, kCurrentYear), t.id).constData());
        for (const auto& k : m_default.kilns)
            QVERIFY2(validateKiln(k, kCurrentYear).empty(),
                     describe(validateKiln(k, kCurrentYear), k.id).constData());
    }

    void loanTermsAreRealistic()
    {
        const DemoOptions o;
        for (const auto& f : m_default.files) {
            QVERIFY(f.amount >= Money::fromYuan(500'000) && f.amount <= Money::fromYuan(80'000'000));
            QCOMPARE(f.amount.fen() % 100'000, 0); // round thousands of yuan
            QVERIFY(f.termMonths >= 12 && f.termMonths <= 60);
            QVERIFY(f.annualRatePct >= 3.2 && f.annualRatePct <= 7.5);
            QVERIFY(f.version >= 1);
            QVERIFY(f.createdAtMs <= f.updatedAtMs && f.updatedAtMs < o.nowMs);
            QVERIFY(!f.purpose.empty());
        }
    }

    void platesBelongToTheCluster()
    {
        for (const auto& t : m_default.trucks) {
            const auto& e = m_default.enterprises[static_cast<std::size_t>(t.enterpriseId - 1)];
            const auto [province, letters] = platePrefix(e.cluster);
            QVERIFY2(t.plate.starts_with(province), t.plate.c_str());
            QVERIFY2(letters.find(t.plate[province.size()]) != std::string::npos, t.plate.c_str());
        }
    }

    // Secured loans are sized to their collateral: where every pledged asset is appraised, the loan is
    // worth less than the collateral, and most files sit within the 70 % loan-to-value limit.
    void loansAreSizedToTheirCollateral()
    {
        std::map<Id, std::int64_t> appraisedFen;
        std::map<Id, bool> complete;
        const auto add = [&](Id fileId, Money value) {
            if (fileId == 0)
                return;
            appraisedFen[fileId] += value.fen();
            complete.try_emplace(fileId, true);
            complete[fileId] = complete[fileId] && value > Money();
        };
        for (const auto& t : m_default.trucks)
            add(t.loanFileId, t.appraisedValue);
        for (const auto& k : m_default.kilns)
            add(k.loanFileId, k.appraisedValue);
        int appraised = 0, withinLimit = 0;
        for (const auto& [fileId, fen] : appraisedFen) {
            if (!complete[fileId])
                continue;
            const LoanFile& f = m_default.files[static_cast<std::size_t>(fileId - 1)];
            const double ltv = 100.0 * static_cast<double>(f.amount.fen()) / static_cast<double>(fen);
            ++appraised;
            withinLimit += ltv <= 70.0;
            // a ¥500,000 floor can stretch a loan on a single small asset; nothing is lent at 3×
            QVERIFY2(ltv < 300.0, f.fileNo.c_str());
        }
        QVERIFY(appraised > 100);
        QVERIFY2(withinLimit * 100 > appraised * 60, qPrintable(QString::number(withinLimit)));
        QVERIFY2(withinLimit < appraised, "some files stretch beyond the limit");
    }

    void collateralFitsTheProduct()
    {
        int pledgedTrucks = 0, pledgedKilns = 0;
        for (const auto& t : m_default.trucks) {
            if (t.loanFileId == 0)
                continue;
            ++pledgedTrucks;
            const LoanFile& f = m_default.files[static_cast<std::size_t>(t.loanFileId - 1)];
            QVERIFY(f.product != Product::KilnUpgrade);
            QVERIFY2(t.year <= utcYear(f.createdAtMs), t.vin.c_str()); // bought before the file was opened
        }
        for (const auto& k : m_default.kilns) {
            if (k.loanFileId == 0)
                continue;
            ++pledgedKilns;
            const LoanFile& f = m_default.files[static_cast<std::size_t>(k.loanFileId - 1)];
            QVERIFY(f.product != Product::FleetPurchase);
            QVERIFY2(k.yearInstalled <= utcYear(f.createdAtMs), k.gatewayId.c_str());
        }
        QVERIFY(pledgedTrucks > int(m_default.trucks.size()) / 2);
        QVERIFY(pledgedKilns > int(m_default.kilns.size()) / 2);
    }

    // Files past the appraisal carry a value on every pledged asset, entered by the file's appraiser and
    // below what the asset cost new; files not yet appraised carry none; files in the appraisal, some.
    void collateralIsAppraisedOnceTheAppraisalIsDone()
    {
        int done = 0, underWay = 0, notYet = 0;
        const auto check = [&](Id fileId, Money value, Id by, Money price, const std::string& what) {
            const LoanFile& f = m_default.files[static_cast<std::size_t>(fileId - 1)];
            if (f.state == LoanState::Draft || f.state == LoanState::Submitted) {
                QVERIFY2(value == Money() && by == 0, what.c_str());
                ++notYet;
            } else if (f.state == LoanState::Appraisal) {
                QVERIFY2((value == Money()) == (by == 0), what.c_str());
                underWay += value > Money();
            } else {
                QVERIFY2(value > Money(), what.c_str());
                QCOMPARE(by, f.appraiserId);
                QVERIFY2(value.fen() <= price.fen() * 108 / 100 + 100'000, what.c_str());
                ++done;
            }
        };
        for (const auto& t : m_default.trucks)
            if (t.loanFileId != 0)
                check(t.loanFileId, t.appraisedValue, t.appraisedBy, t.purchasePrice, t.vin);
        for (const auto& k : m_default.kilns)
            if (k.loanFileId != 0)
                check(k.loanFileId, k.appraisedValue, k.appraisedBy, k.purchaseCost, k.gatewayId);
        QVERIFY(done > 100);
        QVERIFY(underWay > 0);
        QVERIFY(notYet > 0);
        for (const auto& t : m_default.trucks)
            if (t.loanFileId == 0)
                QCOMPARE(t.appraisedValue, Money());
    }

    void documentsFollowTheChecklist()
    {
        std::map<Id, std::vector<const Document*>> byFile;
        for (const auto& d : m_default.documents)
            byFile[d.loanFileId].push_back(&d);
        int draftsMissing = 0, drafts = 0;
        for (const auto& f : m_default.files) {
            std::set<DocumentKind> kinds;
            bool missing = false;
            for (const Document* d : byFile[f.id]) {
                kinds.insert(d->kind);
                missing = missing || d->status == DocumentStatus::Missing;
            }
            QVERIFY(kinds == requiredDocuments(f.product));
            QCOMPARE(kinds.size(), byFile[f.id].size());
            if (f.state == LoanState::Draft) {
                ++drafts;
                draftsMissing += missing;
            } else {
                QVERIFY2(!missing, f.fileNo.c_str());
            }
        }
        QCOMPARE(draftsMissing, drafts);
    }

    void largerScale()
    {
        DemoOptions o;
        o.enterprises = 7'500;
        o.files = 10'000;
        o.trucks = 40'000;
        o.kilns = 10'000;
        const auto s = generateDemoPortfolio(o);
        QCOMPARE(s.enterprises.size(), std::size_t(o.enterprises));
        QCOMPARE(s.files.size(), std::size_t(o.files));
        QCOMPARE(s.trucks.size(), std::size_t(o.trucks));
        QCOMPARE(s.kilns.size(), std::size_t(o.kilns));
        QVERIFY(allUnique(s.enterprises, [](const Enterprise& e) { return e.uscc; }));
        QVERIFY(allUnique(s.files, [](const LoanFile& f) { return f.fileNo; }));
        QVERIFY(allUnique(s.trucks, [](const Truck& t) { return t.vin; }));
        QVERIFY(allUnique(s.trucks, [](const Truck& t) { return t.plate; }));
        for (const auto& e : s.enterprises)
            QVERIFY2(validateEnterprise(e).empty(), describe(validateEnterprise(e), e.id).constData());
        for (const auto& t : s.trucks)
            QVERIFY2(validateTruck(t, kCurrentYear).empty(),
                     describe(validateTruck(t, kCurrentYear), t.id).constData());
    }

    // Timing lives in bench/; here only that the benchmark's size keeps every unique key unique.
    void benchScaleKeepsKeysUnique()
    {
        DemoOptions o;
        o.enterprises = 75'000;
        o.files = 100'000;
        o.trucks = 400'000;
        o.kilns = 100'000;
        const auto s = generateDemoPortfolio(o);
        QCOMPARE(s.files.size(), std::size_t(o.files));
        QCOMPARE(s.trucks.size(), std::size_t(o.trucks));
        QVERIFY(allUnique(s.trucks, [](const Truck& t) { return t.plate; }));
        QVERIFY(allUnique(s.kilns, [](const Kiln& k) { return k.gatewayId; }));
    }

private:
    PortfolioSnapshot m_default;
};

QTEST_APPLESS_MAIN(TestDemoPortfolio)
#include "tst_demo_portfolio.moc"
