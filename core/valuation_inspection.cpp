#include "valuation_inspection.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace saggar::valuation {
namespace {

constexpr std::array<std::string_view, 5> kGrades{"A", "B", "C", "D", "E"};

bool isHexDigest(const std::string& s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Error invalid(const std::string& what)
{
    return makeError("Inspection: " + what, ErrorCode::InvalidInput);
}

} // namespace

std::string_view key(ConditionGrade g)
{
    return kGrades[static_cast<std::size_t>(g)];
}

std::optional<ConditionGrade> gradeFromKey(std::string_view text)
{
    for (std::size_t i = 0; i < kGrades.size(); ++i)
        if (kGrades[i] == text)
            return static_cast<ConditionGrade>(i);
    return std::nullopt;
}

Result<void> validate(const Inspection& in)
{
    if (in.assetKind.empty() || in.assetId <= 0)
        return invalid("which asset was inspected is not given.");
    if (in.atMs <= 0)
        return invalid("the time of the inspection is missing.");
    if (in.place.empty())
        return invalid("the place of the inspection is missing.");
    if (in.latitude.has_value() != in.longitude.has_value() ||
        (in.latitude && (std::abs(*in.latitude) > 90 || std::abs(*in.longitude) > 180)))
        return invalid("the position needs both a latitude (−90…90) and a longitude (−180…180).");
    if (in.appraiserId <= 0)
        return invalid("the appraiser is not given.");
    if (!std::isfinite(in.surfaceWearPct) || in.surfaceWearPct < 0 || in.surfaceWearPct > 100)
        return invalid("surface wear must be between 0 and 100 %.");
    if (in.servicesDue < 0)
        return invalid("services due cannot be negative.");
    for (const MaintenanceRecord& m : in.maintenance)
        if (m.work.empty() || m.atMs <= 0 || m.atMs > in.atMs)
            return invalid("every maintenance record needs the work done and a date before the inspection.");
    for (const Defect& d : in.defects)
        if (d.part.empty() || d.severity < 1 || d.severity > 3)
            return invalid("every defect needs the part and a severity of 1, 2 or 3.");
    for (const std::string& p : in.photoSha256)
        if (!isHexDigest(p))
            return invalid("'" + p + "' is not a SHA-256 digest of a photo (64 lower-case hex digits).");
    return {};
}

double maintenanceCompliance(const Inspection& in)
{
    if (in.servicesDue <= 0)
        return 1.0;
    const auto done = std::count_if(in.maintenance.begin(), in.maintenance.end(),
                                    [](const MaintenanceRecord& m) { return m.scheduled; });
    return std::min(1.0, static_cast<double>(done) / in.servicesDue);
}

const Inspection* latestSigned(const std::vector<Inspection>& inspections, TimestampMs asOfMs)
{
    const Inspection* best = nullptr;
    for (const Inspection& in : inspections)
        if (!in.signature.empty() && in.atMs <= asOfMs &&
            (!best || in.atMs > best->atMs || (in.atMs == best->atMs && in.id > best->id)))
            best = &in;
    return best;
}

} // namespace saggar::valuation
