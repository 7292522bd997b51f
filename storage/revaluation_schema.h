// Schema step v9 (storage/schema.cpp): why a valuation was made. A revaluation records what made the
// stored one out of date ("a new inspection (12); the valuation is 31 days old"); a valuation made by
// hand keeps an empty reason.
#pragma once

namespace saggar {

const char* revaluationSchemaSql();

} // namespace saggar
