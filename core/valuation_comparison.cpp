#include "valuation_comparison.h"

#include "telemetry_time.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace saggar::valuation {

namespace {

constexpr TimestampMs kDayMs = 24LL * 3600 * 1000;
constexpr TimestampMs kChinaOffsetMs = 8LL * 3600 * 1000;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : 0.5 * (v[mid - 1] + v[mid]);
}

} // namespace

std::optional<TimestampMs> saleDayStartMs(std::string_view saleDate)
{
    if (checkDate(saleDate))
        return std::nullopt;
    const int year = std::stoi(std::string(saleDate.substr(0, 4)));
    const int month = std::stoi(std::string(saleDate.substr(5, 2)));
    const int day = std::stoi(std::string(saleDate.substr(8, 2)));
    return daysFromCivil(year, month, day) * kDayMs - kChinaOffsetMs;
}

std::vector<SalesComparison> compareOnSales(const std::vector<std::string>& versions,
                                            const std::vector<ModelValuation>& valuations,
                                            const std::vector<RealisedSale>& sales)
{
    // version → asset → its valuations by that version, oldest first.
    std::map<std::string, std::map<std::string, std::vector<const ModelValuation*>>> byModel;
    for (const ModelValuation& v : valuations)
        byModel[v.modelVersion][v.assetKey].push_back(&v);
    for (auto& [version, assets] : byModel)
        for (auto& [asset, list] : assets)
            std::stable_sort(list.begin(), list.end(), [](const ModelValuation* a, const ModelValuation* b) {
                return a->atMs < b->atMs;
            });

    std::vector<SalesComparison> out;
    for (const std::string& version : versions) {
        SalesComparison c;
        c.modelVersion = version;
        std::vector<double> absErrors;
        double signedSum = 0;
        std::size_t in10 = 0, in20 = 0, in80 = 0, in90 = 0;
        const auto model = byModel.find(version);
        for (const RealisedSale& sale : sales) {
            if (model == byModel.end() || sale.outside() || sale.price.fen() <= 0)
                continue;
            const auto asset = model->second.find(saleAssetKey(sale));
            const auto dayStart = saleDayStartMs(sale.saleDate);
            if (asset == model->second.end() || !dayStart)
                continue;
            const auto& list = asset->second;
            // The last valuation made before the sale day.
            const auto after =
                std::lower_bound(list.begin(), list.end(), *dayStart,
                                 [](const ModelValuation* v, TimestampMs t) { return v->atMs < t; });
            if (after == list.begin())
                continue;
            const MarketEstimate& m = (*std::prev(after))->market;
            const double price = static_cast<double>(sale.price.fen());
            const double error = (static_cast<double>(m.fairMarket.fen()) - price) / price;
            absErrors.push_back(std::abs(error));
            signedSum += error;
            // Compared in fen, so a price exactly on the band's end counts as inside.
            in10 += std::abs(error) <= 0.10 + 1e-12;
            in20 += std::abs(error) <= 0.20 + 1e-12;
            in80 += m.low80 <= sale.price && sale.price <= m.high80;
            in90 += m.low90 <= sale.price && sale.price <= m.high90;
        }
        c.n = absErrors.size();
        if (c.n > 0) {
            const double n = static_cast<double>(c.n);
            c.medianAbsPctError = 100.0 * median(absErrors);
            c.within10 = static_cast<double>(in10) / n;
            c.within20 = static_cast<double>(in20) / n;
            c.inside80 = static_cast<double>(in80) / n;
            c.inside90 = static_cast<double>(in90) / n;
            c.biasPct = 100.0 * signedSum / n;
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace saggar::valuation
