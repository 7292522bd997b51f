// A loan file's top-level fields as the API sends them (docs/sync-api.md, "Loan files", without the
// children), and which files a caller may read.
#pragma once

#include "request_auth.h"

#include "core/result.h"
#include "storage/database.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace saggar::server {

// The file's summary object; NotFound when there is no such row. A tombstone has "deleted": true.
Result<Poco::JSON::Object::Ptr> fileSummary(Database& db, Id fileId);

// An SQL condition on loan_files aliased `f` for the files `caller` may read, with no parameters:
// an analyst their own files, an appraiser files in appraisal or assigned to them, a manager all.
std::string readableFilesCondition(const Caller& caller);

std::string toJson(const Poco::JSON::Object::Ptr& object);

} // namespace saggar::server
