// The "add" part of a field patch (docs/sync-api.md, "Field-level patches"): trucks and kilns newly
// pledged to a file, read from JSON into core's records. Adds never conflict with other edits: a new
// child touches no field another person could have changed.
#pragma once

#include "api_response.h"

#include "core/domain.h"
#include "storage/database.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace saggar::server {

struct ChildAdds
{
    std::vector<Truck> trucks;
    std::vector<Kiln> kilns;
    bool empty() const { return trucks.empty() && kilns.empty(); }
};

// Reads `"add": {"trucks": […], "kilns": […]}`; a wrong shape, an unknown member or a value of the
// wrong type is the 422 answer. Values are checked by core's validators when they are inserted.
std::variant<ChildAdds, ApiResponse> readChildAdds(const Poco::JSON::Object::Ptr& add);

struct AddedChild
{
    std::string path;  // "trucks/31"
    std::string after; // the child as JSON, for the field log
};

// A pledged truck or kiln as the wire carries it (sync-api.md), with its server id.
Poco::JSON::Object::Ptr truckJson(const Truck& t);
Poco::JSON::Object::Ptr kilnJson(const Kiln& k);

// The file's pledged trucks and kilns under "trucks" and "kilns" of `file`, and its "documents".
Result<void> addChildren(Database& db, Id fileId, Poco::JSON::Object& file);

// Inserts the children into `file` (and its enterprise) inside the caller's transaction. An invalid
// value or a VIN, plate or gateway already stored is the 422 answer (the caller rolls back).
std::variant<std::vector<AddedChild>, ApiResponse> insertChildAdds(Database& db, Id fileId, Id enterpriseId,
                                                                   ChildAdds adds);

} // namespace saggar::server
