// The contract's field patches (docs/sync-api.md) for the edits storage writes, built as JSON text so
// storage needs no JSON library.
#pragma once

#include "core/domain.h"

#include <string>

namespace saggar {

// {"add":{"trucks":[{…}]}} and {"add":{"kilns":[{…}]}} for a newly pledged asset.
std::string truckAddPatch(const Truck& truck);
std::string kilnAddPatch(const Kiln& kiln);

} // namespace saggar
