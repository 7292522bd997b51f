// The valuation tables (schema step in storage/schema.cpp): library versions, model versions,
// inspections with their maintenance, defects and photos, and valuations with their inputs.
#pragma once

namespace saggar {

const char* valuationSchemaSql();

} // namespace saggar
