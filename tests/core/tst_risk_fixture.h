// Seeded synthetic training data for the risk tests: files whose bad odds follow a known rule, so that
// binning, regression and cross-validation have something real to find.
#pragma once

#include "core/demo_random.h"
#include "core/risk_dataset.h"

#include <cmath>
#include <string>

namespace saggar::risk::testing {

inline double unit(demo::Random& r)
{
    return static_cast<double>(r.next() >> 11) * 0x1.0p-53;
}

// Attributes: "ltv" (numeric, 0.2–1.2; higher is worse), "segment" (categorical a/b/c/d, d worst, with a rare
// "e"), "noise" (numeric, unrelated). log-odds of bad = −1.2 + 3·(ltv − 0.7) + effect(segment).
inline TrainingTable syntheticTable(std::size_t rows, std::uint64_t seed)
{
    TrainingTable t;
    t.attributes = {
        Attribute{"ltv", AttributeKind::Numeric, "Loan-to-value", {}},
        Attribute{"segment",
                  AttributeKind::Categorical,
                  "Segment",
                  {{"a", "glaze works"}, {"b", "brick kilns"}, {"c", "tile makers"}, {"d", "haulage"}}},
        Attribute{"noise", AttributeKind::Numeric, "Noise", {}}};
    demo::Random random(seed);
    const char* segments[] = {"a", "b", "c", "d", "e"};
    const double effect[] = {-0.8, -0.2, 0.3, 1.0, 0.0};
    for (std::size_t i = 0; i < rows; ++i) {
        const double ltv = std::round((0.2 + unit(random)) * 100) / 100;
        const std::size_t s = random.below(100) < 2 ? 4 : static_cast<std::size_t>(random.below(4));
        const double noise = std::round(unit(random) * 1000);
        const double logit = -1.2 + 3.0 * (ltv - 0.7) + effect[s];
        const bool bad = unit(random) < 1.0 / (1.0 + std::exp(-logit));
        t.rows.push_back({Value::of(ltv), Value::of(std::string(segments[s])), Value::of(noise)});
        t.bad.push_back(bad ? 1 : 0);
        t.lineOf.push_back(i + 1);
    }
    t.dataHash = "sha256:synthetic";
    return t;
}

// The same files as CSV text with a header: ltv,segment,noise,status (status: ok | default).
inline std::string syntheticCsv(std::size_t rows, std::uint64_t seed)
{
    const TrainingTable t = syntheticTable(rows, seed);
    std::string csv = "ltv,segment,noise,status\n";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const Record& r = t.rows[i];
        csv += std::to_string(r[0].number) + "," + r[1].category + "," + std::to_string(r[2].number) + "," +
               (t.bad[i] ? "default" : "ok") + "\n";
    }
    return csv;
}

inline constexpr const char* kSyntheticMapping = "delimiter comma\n"
                                                 "header yes\n"
                                                 "target status bad default good ok\n"
                                                 "numeric ltv ltv Loan-to-value\n"
                                                 "categorical segment segment Segment\n"
                                                 "numeric noise noise Noise\n"
                                                 "value segment d haulage\n";

} // namespace saggar::risk::testing
