#include "risk_model_io.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace saggar::risk {
namespace {

constexpr std::string_view kMagic = "saggar-risk-model";
constexpr int kFormat = 1;

std::string escape(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

std::string unescape(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
    return out;
}

std::string num(double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
}

class Line
{
public:
    Line& operator<<(std::string_view field)
    {
        if (!m_text.empty())
            m_text += '\t';
        m_text += escape(field);
        return *this;
    }
    Line& operator<<(double v) { return *this << std::string_view(num(v)); }
    Line& operator<<(std::size_t v) { return *this << std::string_view(std::to_string(v)); }
    std::string text() const { return m_text + '\n'; }

private:
    std::string m_text;
};

// Everything but the magic and version lines: what the version id is a hash of.
std::string body(const RiskModel& m)
{
    std::string out;
    const Scaling& s = m.scorecard.scaling();
    out += (Line() << "data_hash" << m.dataHash).text();
    out += (Line() << "training" << m.trainingRows << m.trainingBads).text();
    out += (Line() << "scaling" << s.basePoints << s.baseOdds << s.pointsToDoubleOdds).text();
    out +=
        (Line() << "binning" << static_cast<std::size_t>(std::max(0, m.binning.initialBins))
                << m.binning.minBinShare << m.binning.smoothing << (m.binning.monotone ? "monotone" : "any"))
            .text();
    out += (Line() << "l2" << m.l2).text();
    out += (Line() << "intercept" << m.scorecard.intercept()).text();
    out += (Line() << "bands" << m.bands.declineBelow << m.bands.approveFrom).text();
    for (const auto& [name, value] : m.metrics)
        out += (Line() << "metric" << name << value).text();
    for (const ScorecardAttribute& a : m.scorecard.attributes()) {
        out += (Line() << "attribute" << a.attribute.name << key(a.attribute.kind) << a.coefficient
                       << a.binning.informationValue << a.attribute.label)
                   .text();
        for (const auto& [code, words] : a.attribute.valueLabels)
            out += (Line() << "value" << code << words).text();
        for (const Bin& b : a.binning.bins) {
            Line line;
            line << "bin" << b.woe << b.goods << b.bads;
            if (b.missing) {
                line << "missing";
            } else if (a.attribute.kind == AttributeKind::Numeric) {
                line << "range" << b.lower << b.upper;
            } else {
                line << "categories";
                for (const std::string& c : b.categories)
                    line << c;
            }
            out += line.text();
        }
    }
    out += "end\n";
    return out;
}

std::vector<std::string> fields(std::string_view line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        out.push_back(unescape(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
        if (tab == std::string_view::npos)
            return out;
        start = tab + 1;
    }
}

// Reads the statements after the version line into a model.
class ModelReader
{
public:
    Result<RiskModel> read(std::string_view text)
    {
        bool ended = false;
        while (!text.empty()) {
            const std::string_view line = takeLine(text);
            ++m_line;
            if (line.empty())
                continue;
            if (ended)
                return fail("text after 'end'");
            const auto f = fields(line);
            if (f[0] == "end") {
                ended = true;
                continue;
            }
            if (auto ok = statement(f); !ok)
                return ok.error();
        }
        if (!ended)
            return makeError("model: the file ends early (no 'end' line); it may be cut short",
                             ErrorCode::InvalidInput);
        if (m_attributes.empty())
            return makeError("model: no attributes", ErrorCode::InvalidInput);
        for (const ScorecardAttribute& a : m_attributes)
            if (a.binning.bins.empty())
                return makeError("model: attribute '" + a.attribute.name + "' has no bins",
                                 ErrorCode::InvalidInput);
        m_model.scorecard = Scorecard(m_scaling, m_intercept, std::move(m_attributes));
        return std::move(m_model);
    }

    std::size_t line() const { return m_line; }
    void startAt(std::size_t line) { m_line = line; }

private:
    Error fail(const std::string& what) const
    {
        return makeError("model line " + std::to_string(m_line) + ": " + what, ErrorCode::InvalidInput);
    }

    bool number(const std::string& s, double& out) const
    {
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && ptr == s.data() + s.size() && !std::isnan(out);
    }

    bool numbers(const std::vector<std::string>& f, std::size_t from, std::size_t count, double* out) const
    {
        if (f.size() < from + count)
            return false;
        for (std::size_t i = 0; i < count; ++i)
            if (!number(f[from + i], out[i]))
                return false;
        return true;
    }

    Result<void> statement(const std::vector<std::string>& f)
    {
        const std::string& what = f[0];
        double v[3] = {0, 0, 0};
        if (what == "data_hash" && f.size() == 2) {
            m_model.dataHash = f[1];
        } else if (what == "training" && f.size() == 3 && numbers(f, 1, 2, v) && v[0] >= v[1] && v[1] >= 0) {
            m_model.trainingRows = static_cast<std::size_t>(v[0]);
            m_model.trainingBads = static_cast<std::size_t>(v[1]);
        } else if (what == "scaling" && f.size() == 4 && numbers(f, 1, 3, v)) {
            if (!(v[0] > 0 && v[1] > 0 && v[2] > 0))
                return fail("scaling figures must be positive");
            m_scaling = Scaling{v[0], v[1], v[2]};
        } else if (what == "binning" && f.size() == 5 && numbers(f, 1, 3, v)) {
            m_model.binning = BinningOptions{static_cast<int>(v[0]), v[1], v[2], f[4] == "monotone"};
        } else if (what == "l2" && f.size() == 2 && numbers(f, 1, 1, v)) {
            m_model.l2 = v[0];
        } else if (what == "intercept" && f.size() == 2 && numbers(f, 1, 1, v)) {
            m_intercept = v[0];
        } else if (what == "bands" && f.size() == 3 && numbers(f, 1, 2, v)) {
            m_model.bands = ScoreBands{v[0], v[1]};
            if (auto ok = m_model.bands.check(); !ok)
                return fail(ok.error().message);
        } else if (what == "metric" && f.size() == 3 && numbers(f, 2, 1, v)) {
            m_model.metrics.emplace_back(f[1], v[0]);
        } else if (what == "attribute" && f.size() == 6 && numbers(f, 3, 2, v)) {
            ScorecardAttribute a;
            a.attribute.name = f[1];
            if (f[2] != "numeric" && f[2] != "categorical")
                return fail("attribute kind '" + f[2] + "' is neither numeric nor categorical");
            a.attribute.kind = f[2] == "numeric" ? AttributeKind::Numeric : AttributeKind::Categorical;
            a.binning.kind = a.attribute.kind;
            a.coefficient = v[0];
            a.binning.informationValue = v[1];
            a.attribute.label = f[5];
            m_attributes.push_back(std::move(a));
        } else if (what == "value" && f.size() == 3 && !m_attributes.empty()) {
            m_attributes.back().attribute.valueLabels[f[1]] = f[2];
        } else if (what == "bin" && f.size() >= 5 && numbers(f, 1, 3, v) && !m_attributes.empty()) {
            return addBin(f, v);
        } else {
            return fail("cannot read '" + what + "' here");
        }
        return {};
    }

    Result<void> addBin(const std::vector<std::string>& f, const double* v)
    {
        ScorecardAttribute& a = m_attributes.back();
        Bin b;
        b.woe = v[0];
        b.goods = v[1];
        b.bads = v[2];
        b.lower = b.upper = 0;
        if (!std::isfinite(b.woe))
            return fail("a bin's WoE must be a finite number");
        if (f[4] == "missing" && f.size() == 5) {
            b.missing = true;
        } else if (f[4] == "range" && f.size() == 7 && a.attribute.kind == AttributeKind::Numeric) {
            double r[2];
            if (!numbers(f, 5, 2, r) || !(r[0] < r[1]))
                return fail("a range needs a lower and a larger upper end");
            if (!a.binning.bins.empty() && a.binning.bins.back().upper != r[0])
                return fail("ranges must follow one another without gaps");
            b.lower = r[0];
            b.upper = r[1];
        } else if (f[4] == "categories" && f.size() > 5 && a.attribute.kind == AttributeKind::Categorical) {
            b.categories.assign(f.begin() + 5, f.end());
            std::sort(b.categories.begin(), b.categories.end());
        } else {
            return fail(
                "a bin is 'missing', 'range LOWER UPPER' (numeric) or 'categories CODE…' (categorical)");
        }
        a.binning.bins.push_back(std::move(b));
        return {};
    }

    RiskModel m_model;
    Scaling m_scaling;
    double m_intercept = 0;
    std::vector<ScorecardAttribute> m_attributes;
    std::size_t m_line = 0;
};

} // namespace

std::optional<double> RiskModel::metric(std::string_view name) const
{
    for (const auto& [n, v] : metrics)
        if (n == name)
            return v;
    return std::nullopt;
}

std::string modelVersion(const RiskModel& model)
{
    return "rm-" + sha256Tag(body(model)).substr(7, 16);
}

std::string writeModel(const RiskModel& model)
{
    std::string out;
    out += (Line() << kMagic << static_cast<std::size_t>(kFormat)).text();
    out += (Line() << "version" << modelVersion(model)).text();
    out += body(model);
    return out;
}

Result<RiskModel> readModel(std::string_view text)
{
    const auto magic = fields(takeLine(text));
    if (magic.size() != 2 || magic[0] != kMagic)
        return makeError("This is not a Saggar risk model file.", ErrorCode::InvalidInput);
    if (magic[1] != std::to_string(kFormat))
        return makeError("This risk model file is format " + magic[1] + "; this program reads format " +
                             std::to_string(kFormat) + ".",
                         ErrorCode::InvalidInput);
    const auto version = fields(takeLine(text));
    if (version.size() != 2 || version[0] != "version")
        return makeError("model line 2: expected the version id", ErrorCode::InvalidInput);
    ModelReader reader;
    reader.startAt(2);
    auto model = reader.read(text);
    if (!model)
        return model.error();
    model->version = version[1];
    const std::string actual = modelVersion(*model);
    if (actual != model->version)
        return makeError("The model file was changed after training: it says version " + model->version +
                             " but its content is version " + actual + ".",
                         ErrorCode::InvalidInput);
    return model;
}

} // namespace saggar::risk
