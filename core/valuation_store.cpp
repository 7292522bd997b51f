#include "valuation_store.h"

#include "risk_dataset.h"
#include "valuation_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace saggar::valuation {
namespace {

bool parse(std::string_view s, double& v)
{
    return readNumber(s, v);
}

bool parse(std::string_view s, std::int64_t& v)
{
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

Error damaged(const std::string& what)
{
    return makeError("A stored valuation is damaged: " + what, ErrorCode::DatabaseCorrupt);
}

} // namespace

std::string encodeInputs(const AssetCase& a)
{
    std::string out = a.assetKey + '\t' + a.typeCode + '\t' + std::string(saggar::key(a.cluster)) + '\t' +
                      exactNumber(a.marketIndex);
    for (double v : a.indicators)
        out += '\t' + exactNumber(v);
    return out;
}

Result<AssetCase> decodeInputs(std::string_view text)
{
    const auto f = splitTabs(text);
    if (f.size() != 4 + kIndicatorCount)
        return damaged("its inputs have " + std::to_string(f.size()) + " fields");
    AssetCase a;
    a.assetKey = f[0];
    a.typeCode = f[1];
    const auto cluster = fromKey<Cluster>(f[2]);
    if (!cluster || !parse(f[3], a.marketIndex))
        return damaged("its cluster or market index cannot be read");
    a.cluster = *cluster;
    for (int i = 0; i < kIndicatorCount; ++i)
        if (!parse(f[static_cast<std::size_t>(4 + i)], a.indicators[static_cast<std::size_t>(i)]))
            return damaged("indicator " + std::to_string(i + 1) + " cannot be read");
    return a;
}

std::string encodeIndicators(const Indicators& indicators)
{
    std::string out;
    for (const Indicator& i : indicators)
        out += std::string(key(i.id)) + '\t' + (i.value ? exactNumber(*i.value) : "-") + '\t' +
               exactNumber(i.coverage) + '\t' + std::string(key(i.provenance.source)) + '\t' +
               std::to_string(i.provenance.range.fromMs) + '\t' + std::to_string(i.provenance.range.toMs) +
               '\t' + std::to_string(i.provenance.inspectionId) + '\t' + i.provenance.detail + '\t' +
               std::string(key(i.provenance.basis)) + '\t' + std::to_string(i.provenance.rawRange.fromMs) +
               '\t' + std::to_string(i.provenance.rawRange.toMs) + '\n';
    return out;
}

Result<Indicators> decodeIndicators(std::string_view text)
{
    Indicators out;
    for (int n = 0; n < kIndicatorCount; ++n) {
        const auto f = splitTabs(risk::takeLine(text));
        Indicator& i = out[static_cast<std::size_t>(n)];
        i.id = static_cast<IndicatorId>(n);
        // Valuations stored before telemetry was read in have 8 fields (no basis, no raw range).
        if ((f.size() != 8 && f.size() != 11) || f[0] != key(i.id))
            return damaged("indicator line " + std::to_string(n + 1) + " is not '" + std::string(key(i.id)) +
                           "'");
        double v = 0;
        if (f[1] != "-") {
            if (!parse(f[1], v))
                return damaged("the value of '" + std::string(f[0]) + "'");
            i.value = v;
        }
        bool sourceKnown = false;
        for (int s = 0; s <= static_cast<int>(ProvenanceSource::Missing); ++s)
            if (key(static_cast<ProvenanceSource>(s)) == f[3]) {
                i.provenance.source = static_cast<ProvenanceSource>(s);
                sourceKnown = true;
            }
        if (!parse(f[2], i.coverage) || !sourceKnown || !parse(f[4], i.provenance.range.fromMs) ||
            !parse(f[5], i.provenance.range.toMs) || !parse(f[6], i.provenance.inspectionId))
            return damaged("the provenance of '" + std::string(f[0]) + "'");
        i.provenance.detail = f[7];
        if (f.size() == 11) {
            const auto basis = telemetryBasisFromKey(f[8]);
            if (!basis || !parse(f[9], i.provenance.rawRange.fromMs) ||
                !parse(f[10], i.provenance.rawRange.toMs))
                return damaged("the telemetry basis of '" + std::string(f[0]) + "'");
            i.provenance.basis = *basis;
        }
    }
    return out;
}

} // namespace saggar::valuation
