#include "revaluation_schema.h"

namespace saggar {

const char* revaluationSchemaSql()
{
    return R"sql(
ALTER TABLE valuations ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE INDEX valuations_time ON valuations(at_ms);
)sql";
}

} // namespace saggar
