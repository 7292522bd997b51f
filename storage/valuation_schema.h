// The valuation tables (schema step in storage/schema.cpp): library versions, model versions,
// inspections with their maintenance, defects and photos, and valuations with their inputs.
#pragma once

namespace saggar {

const char* valuationSchemaSql();
// v8: who did each maintenance job; a signed inspection and its lists can be neither changed nor deleted.
const char* inspectionSignatureSchemaSql();

} // namespace saggar
