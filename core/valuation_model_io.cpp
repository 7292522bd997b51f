#include "valuation_model_io.h"

#include "risk_dataset.h"
#include "valuation_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace saggar::valuation {
namespace {

constexpr std::string_view kMagic = "saggar-valuation-model\t1";

} // namespace

std::string writePriceModel(const PriceModel& m)
{
    std::ostringstream o;
    const BoosterParams& p = m.params;
    const Figures& f = m.measured;
    o << kMagic << '\n'
      << "data_hash\t" << m.dataHash << '\n'
      << "library_version\t" << m.libraryVersion << '\n'
      << "params\t" << p.objective << '\t' << p.maxDepth << '\t' << exactNumber(p.eta) << '\t' << p.rounds
      << '\t' << exactNumber(p.subsample) << '\t' << exactNumber(p.columnSample) << '\t'
      << exactNumber(p.minChildWeight) << '\t' << exactNumber(p.lambda) << '\t' << p.threads << '\t' << p.seed
      << '\n'
      << "conformal\t" << exactNumber(m.q80) << '\t' << exactNumber(m.q90) << '\t' << m.trainingRows << '\t'
      << m.calibrationRows << '\n'
      << "measured\t" << f.assets << '\t' << exactNumber(f.medianApe) << '\t' << exactNumber(f.within5)
      << '\t' << exactNumber(f.within10) << '\t' << exactNumber(f.within20) << '\t'
      << exactNumber(f.coverage80) << '\t' << exactNumber(f.coverage90) << '\t'
      << exactNumber(f.medianWidth80) << '\n'
      << "smoothing\t" << exactNumber(m.encoder.smoothing) << '\n';
    for (const std::string& n : m.encoder.numericNames)
        o << "numeric\t" << n << '\n';
    for (std::size_t c = 0; c < m.encoder.categoricalNames.size(); ++c) {
        const TargetEncoding& e = m.encoder.encodings[c];
        o << "categorical\t" << m.encoder.categoricalNames[c] << '\t' << (m.encoder.wordColumn[c] ? 1 : 0)
          << '\t' << exactNumber(e.prior) << '\n';
        for (const auto& [k, mean] : e.mean)
            o << "level\t" << exactNumber(e.count.at(k)) << '\t' << exactNumber(mean) << '\t' << k << '\n';
    }
    auto bytes = m.booster.save();
    const std::string json = bytes ? *bytes : std::string();
    o << "booster\t" << json.size() << '\n' << json;
    return o.str();
}

Result<PriceModel> readPriceModel(std::string_view text)
{
    PriceModel m;
    std::size_t lineNo = 0;
    auto bad = [&](const std::string& what) {
        return makeError("model line " + std::to_string(lineNo) + ": " + what, ErrorCode::InvalidInput);
    };
    bool magic = false;
    while (!text.empty()) {
        const std::string_view line = risk::takeLine(text);
        ++lineNo;
        if (!magic) {
            if (line != kMagic)
                return bad("not a Saggar valuation model file");
            magic = true;
            continue;
        }
        const auto f = splitTabs(line);
        const std::string& k = f[0];
        std::vector<double> v;
        for (std::size_t i = 1; i < f.size(); ++i) {
            double d = 0;
            v.push_back(readNumber(f[i], d) ? d : std::nan(""));
        }
        if (k == "data_hash" && f.size() == 2) {
            m.dataHash = f[1];
        } else if (k == "library_version" && f.size() == 2) {
            m.libraryVersion = f[1];
        } else if (k == "params" && f.size() == 11) {
            BoosterParams& p = m.params;
            p.objective = f[1];
            p.maxDepth = static_cast<int>(v[1]);
            p.eta = v[2];
            p.rounds = static_cast<int>(v[3]);
            p.subsample = v[4];
            p.columnSample = v[5];
            p.minChildWeight = v[6];
            p.lambda = v[7];
            p.threads = static_cast<int>(v[8]);
            p.seed = static_cast<std::uint64_t>(v[9]);
        } else if (k == "conformal" && f.size() == 5) {
            m.q80 = v[0];
            m.q90 = v[1];
            m.trainingRows = static_cast<std::size_t>(v[2]);
            m.calibrationRows = static_cast<std::size_t>(v[3]);
        } else if (k == "measured" && f.size() == 9) {
            m.measured = Figures{static_cast<std::size_t>(v[0]), v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
        } else if (k == "smoothing" && f.size() == 2) {
            m.encoder.smoothing = v[0];
        } else if (k == "numeric" && f.size() == 2) {
            m.encoder.numericNames.push_back(f[1]);
        } else if (k == "categorical" && f.size() == 4) {
            m.encoder.categoricalNames.push_back(f[1]);
            m.encoder.wordColumn.push_back(f[2] == "1");
            m.encoder.encodings.push_back(TargetEncoding{{}, {}, v[2]});
        } else if (k == "level" && f.size() == 4 && !m.encoder.encodings.empty()) {
            m.encoder.encodings.back().count[f[3]] = v[0];
            m.encoder.encodings.back().mean[f[3]] = v[1];
        } else if (k == "booster" && f.size() == 2) {
            const auto length = static_cast<std::size_t>(v[0]);
            if (std::isnan(v[0]) || length != text.size())
                return bad("the model bytes are cut short or followed by something else");
            auto booster = Booster::load(text);
            if (!booster)
                return bad(booster.error().message);
            m.booster = std::move(*booster);
            for (double x : {m.q80, m.q90, m.params.eta, m.encoder.smoothing})
                if (std::isnan(x))
                    return makeError("The model file has a value that is not a number.",
                                     ErrorCode::InvalidInput);
            return m;
        } else {
            return bad("cannot read '" + std::string(line.substr(0, 60)) + "'");
        }
    }
    return makeError("The model file ends before its xgboost model.", ErrorCode::InvalidInput);
}

std::string modelVersion(const PriceModel& model)
{
    const std::string tag = risk::sha256Tag(writePriceModel(model)); // "sha256:<hex>"
    return "vm-" + tag.substr(7, 12);
}

} // namespace saggar::valuation
