// The appraiser's inspection of one asset, as the inspection form fills it and storage keeps it:
// condition grades, wear, maintenance records, defects, photo hashes, place and time, the signature.
#pragma once

#include "result.h"
#include "telemetry_sample.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// A (as new) … E (unfit for use without major repair).
enum class ConditionGrade { A, B, C, D, E };

std::string_view key(ConditionGrade g); // "A" … "E"
std::optional<ConditionGrade> gradeFromKey(std::string_view text);

struct MaintenanceRecord
{
    TimestampMs atMs = 0;
    std::string work;        // "oil and filters", "roller replacement, zone 3"
    bool scheduled = true;   // a planned service (counts toward compliance) or a repair
    std::string doneBy = {}; // the workshop or person who did it ("Foshan Jiefang service"); may be empty
};

struct Defect
{
    std::string part;
    std::string description;
    int severity = 1; // 1 cosmetic, 2 needs repair, 3 stops use
};

struct Inspection
{
    std::int64_t id = 0;
    std::string assetKind; // "truck" | "kiln" | …
    std::int64_t assetId = 0;
    TimestampMs atMs = 0;
    std::string place; // address or site name
    std::optional<double> latitude, longitude;
    std::int64_t appraiserId = 0;
    ConditionGrade overall = ConditionGrade::B;
    ConditionGrade structure = ConditionGrade::B; // chassis and body; kiln shell and refractory
    ConditionGrade mechanism = ConditionGrade::B; // engine and drive; burners, rollers, fans
    double surfaceWearPct = 0;                    // paint and body; kiln lining and glaze build-up
    int servicesDue = 0; // scheduled services the maker's plan asks for since the last inspection
    std::vector<MaintenanceRecord> maintenance;
    std::vector<Defect> defects;
    std::vector<std::string> photoSha256; // hex digests of the photos kept with the attachments
    std::string signature; // the appraiser's signature text ("王强 2026-11-28"); empty = not signed
};

// Checks the record a form produced: kind, time, wear 0…100, severities, photo digests, grades; the
// message names the field.
Result<void> validate(const Inspection& inspection);

// Scheduled services done over those due (1 when none were due).
double maintenanceCompliance(const Inspection& inspection);

// The latest signed inspection made at or before `asOfMs`; null when there is none.
const Inspection* latestSigned(const std::vector<Inspection>& inspections, TimestampMs asOfMs);

} // namespace saggar::valuation
