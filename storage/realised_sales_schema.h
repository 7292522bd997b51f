// Schema step v10 (storage/schema.cpp): realised sale prices (pledged trucks and kilns, or outside
// comparables) and the append-only, hash-chained log of model role changes (who promoted which
// challenger, when and why).
#pragma once

namespace saggar {

const char* realisedSalesSchemaSql();

} // namespace saggar
