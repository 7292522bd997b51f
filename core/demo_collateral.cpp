// Trucks and kilns for the demo portfolio: local plates, unique VINs and device ids, pledged to the
// loan files whose product takes them.
#include "demo_collateral.h"

#include "demo_codes.h"
#include "demo_random.h"
#include "demo_unique.h"

#include <algorithm>
#include <string>
#include <vector>

namespace saggar::demo {
namespace {

// Files able to take a kind of collateral, the product it suits best first; and that product's alone.
struct Pledgeable
{
    std::vector<std::size_t> all;
    std::vector<std::size_t> primary;
};

Pledgeable pledgeable(const std::vector<LoanFile>& files, Product primary, bool (*takes)(Product))
{
    Pledgeable p;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (files[i].product == primary)
            p.primary.push_back(i);
    p.all = p.primary;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (files[i].product != primary && takes(files[i].product))
            p.all.push_back(i);
    return p;
}

// The file the n-th asset is pledged to, or nothing: each eligible file gets one asset before any
// gets a second, then `pledgedPct` % go to random eligible files (favouring the primary product)
// whose pledged collateral is still under 1.5 times the loan, as a bank would ask for no more.
const LoanFile* pledgeTarget(Random& random, const std::vector<LoanFile>& files, const Pledgeable& p,
                             const std::vector<std::int64_t>& pledgedFen, std::size_t n, int pledgedPct)
{
    if (p.all.empty())
        return nullptr;
    if (n < p.all.size())
        return &files[p.all[n]];
    if (!random.percent(pledgedPct))
        return nullptr;
    const auto& from = (!p.primary.empty() && random.percent(60)) ? p.primary : p.all;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const std::size_t i = random.pick(from);
        if (pledgedFen[i] * 2 < files[i].amount.fen() * 3)
            return &files[i];
    }
    return nullptr;
}

} // namespace

bool takesTrucks(Product p)
{
    return p != Product::KilnUpgrade;
}
bool takesKilns(Product p)
{
    return p != Product::FleetPurchase;
}

void makeTrucks(const DemoOptions& options, std::span<const District* const> districts,
                PortfolioSnapshot& out)
{
    const int nowYear = utcYear(options.nowMs);
    Random random = Random::stream(options.seed, 3);
    const auto count = requested(options.trucks);
    const Pledgeable targets = pledgeable(out.files, Product::FleetPurchase, takesTrucks);
    const auto models = truckModels();
    std::vector<int> modelWeights;
    for (const auto& m : models)
        modelWeights.push_back(m.weight);

    std::vector<std::int64_t> pledgedFen(out.files.size(), 0); // per file, in file order
    SeenKeys vins(count), plates(count);
    const auto trackerKey = static_cast<std::uint32_t>(random.next());
    out.trucks.reserve(count);
    const int latestYear = std::max(2014, std::min(2026, nowYear));
    for (std::size_t i = 0; i < count; ++i) {
        Truck t;
        t.id = static_cast<Id>(i + 1);
        // A pledged truck was bought by the time its file was opened.
        int newest = latestYear;
        const LoanFile* file = pledgeTarget(random, out.files, targets, pledgedFen, i, 85);
        if (file) {
            t.loanFileId = file->id;
            t.enterpriseId = file->enterpriseId;
            newest = std::clamp(utcYear(file->createdAtMs), 2014, latestYear);
        } else {
            t.enterpriseId = static_cast<Id>(1 + random.below(out.enterprises.size()));
        }
        const auto ei = static_cast<std::size_t>(t.enterpriseId - 1);
        const auto& cluster = clusterInfo(out.enterprises[ei].cluster);
        const auto& model = models[random.weighted(modelWeights)];
        t.brand = std::string(model.brand);
        t.model = std::string(model.model);
        const bool newEnergy = random.percent(model.newEnergyPct);
        // Recent years are commoner; electric light trucks only became common from 2019.
        const int earliest = newEnergy ? std::min(2019, newest) : 2014;
        t.year = newest - static_cast<int>(random.skewedLow(0, newest - earliest));
        t.purchasePrice =
            Money::fromYuan(random.between(model.minPriceThousand, model.maxPriceThousand) * 1000);
        if (file)
            pledgedFen[static_cast<std::size_t>(file - out.files.data())] += t.purchasePrice.fen();
        t.vin = drawUnique(vins, [&] { return makeVin(random, model, t.year); });
        const auto letters = districts[ei]->plateLetters;
        t.plate = drawUnique(
            plates, [&] { return makePlate(random, cluster.province, random.pick(letters), newEnergy); });
        t.trackerId = makeDeviceId("TRK-", static_cast<std::uint32_t>(i), trackerKey);
        out.trucks.push_back(std::move(t));
    }
}

void makeKilns(const DemoOptions& options, PortfolioSnapshot& out)
{
    const int nowYear = utcYear(options.nowMs);
    Random random = Random::stream(options.seed, 4);
    const auto count = requested(options.kilns);
    const Pledgeable targets = pledgeable(out.files, Product::KilnUpgrade, takesKilns);
    const auto gatewayKey = static_cast<std::uint32_t>(random.next());
    out.kilns.reserve(count);
    std::vector<std::int64_t> pledgedFen(out.files.size(), 0);
    const int latestYear = std::max(2008, std::min(2025, nowYear));
    for (std::size_t i = 0; i < count; ++i) {
        Kiln k;
        k.id = static_cast<Id>(i + 1);
        int newest = latestYear;
        const LoanFile* file = pledgeTarget(random, out.files, targets, pledgedFen, i, 75);
        if (file) {
            k.loanFileId = file->id;
            k.enterpriseId = file->enterpriseId;
            newest = std::clamp(utcYear(file->createdAtMs), 2008, latestYear);
        } else {
            k.enterpriseId = static_cast<Id>(1 + random.below(out.enterprises.size()));
        }
        const Segment segment = out.enterprises[static_cast<std::size_t>(k.enterpriseId - 1)].segment;
        static constexpr int kShuttlePct[4] = {0, 15, 30, 90};
        if (segment == Segment::BuildingTiles)
            k.type = KilnType::Roller;
        else
            k.type = random.percent(kShuttlePct[static_cast<std::size_t>(segment)]) ? KilnType::Shuttle
                                                                                    : KilnType::Tunnel;

        // Lengths in half metres keep the double exact; costs and capacities follow length.
        std::int64_t halfMetres = 0;
        std::int64_t costYuan = 0;
        int electricPct = 0;
        switch (k.type) {
        case KilnType::Roller:
            halfMetres = random.between(300, 800);
            costYuan = 2'000'000 + (halfMetres - 300) * 60'000 + random.between(0, 13'000) * 1000;
            k.dailyCapacity = halfMetres / 2 * random.between(40, 150) / 10 * 10;
            k.capacityUnit = CapacityUnit::SquareMetres;
            electricPct = 8;
            break;
        case KilnType::Tunnel:
            halfMetres = random.between(160, 300);
            costYuan = 1'500'000 + (halfMetres - 160) * 40'000 + random.between(0, 4'500) * 1000;
            k.dailyCapacity = segment == Segment::SanitaryWare ? random.between(80, 400) * 10
                                                               : random.between(100, 600) * 100;
            k.capacityUnit = CapacityUnit::Pieces;
            electricPct = 15;
            break;
        case KilnType::Shuttle:
            halfMetres = random.between(10, 40);
            costYuan = 200'000 + halfMetres * 50'000 + random.between(0, 1'000) * 1000;
            k.dailyCapacity = random.between(10, 200) * 10;
            k.capacityUnit = CapacityUnit::Pieces;
            electricPct = 45;
            break;
        }
        k.lengthM = static_cast<double>(halfMetres) / 2.0;
        k.purchaseCost = Money::fromYuan(costYuan);
        if (file)
            pledgedFen[static_cast<std::size_t>(file - out.files.data())] += k.purchaseCost.fen();
        k.fuel = random.percent(electricPct) ? KilnFuel::Electric : KilnFuel::Gas;
        k.yearInstalled = random.intBetween(2008, newest);
        k.gatewayId = makeDeviceId("GW-", static_cast<std::uint32_t>(i), gatewayKey);
        out.kilns.push_back(std::move(k));
    }
}

} // namespace saggar::demo
