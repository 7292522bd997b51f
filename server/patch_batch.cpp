#include "patch_batch.h"

#include "file_patch.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace saggar::server {

ApiResponse patchBatch(Database& db, const Caller& caller, const std::string& body, TimestampMs nowMs)
{
    Poco::JSON::Array::Ptr items;
    try {
        const auto o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        if (!o)
            return errorResponse(400, "malformed_json", "the body is not a JSON object");
        for (const auto& [name, value] : *o)
            if (name != "patches")
                return errorResponse(422, "unknown_field", "a batch has only 'patches'", name);
        items = o->getArray("patches");
    } catch (const std::exception&) {
        return errorResponse(400, "malformed_json", "the body is not a JSON object");
    }
    if (!items || items->size() == 0)
        return errorResponse(422, "wrong_type", "'patches' must be a non-empty list", "patches");
    if (items->size() > kMaxBatchPatches)
        return errorResponse(413, "body_too_large",
                             "at most " + std::to_string(kMaxBatchPatches) + " patches in a batch",
                             "patches");
    // The whole shape first: a malformed item refuses the batch before anything is applied.
    std::vector<PatchRequest> requests;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string where = "patches/" + std::to_string(i);
        const auto item = items->getObject(static_cast<unsigned>(i));
        if (!item)
            return errorResponse(422, "wrong_type", where + " must be an object", where);
        for (const auto& [name, value] : *item)
            if (name != "fileId" && name != "ifMatch" && name != "idempotencyKey" && name != "patch")
                return errorResponse(422, "unknown_field", where + " has no member " + name,
                                     where + "/" + name);
        const auto fileId = item->get("fileId");
        const auto patch = item->get("patch");
        if (!fileId.isInteger() || fileId.isBoolean() || fileId.convert<std::int64_t>() <= 0)
            return errorResponse(422, "wrong_type", where + "/fileId must be a positive integer",
                                 where + "/fileId");
        if (!patch.isString()) // the patch's exact text, as its Idempotency-Key was first sent with
            return errorResponse(422, "wrong_type", where + "/patch must be the patch as a JSON string",
                                 where + "/patch");
        PatchRequest r;
        r.fileId = fileId.convert<std::int64_t>();
        r.path = "/api/v1/files/" + std::to_string(r.fileId);
        r.body = patch.extract<std::string>();
        for (const char* header : {"ifMatch", "idempotencyKey"}) {
            if (!item->has(header))
                continue;
            const auto v = item->get(header);
            if (!v.isString())
                return errorResponse(422, "wrong_type", where + "/" + header + " must be a string",
                                     where + "/" + header);
            (std::string(header) == "ifMatch" ? r.ifMatch : r.idempotency) = v.extract<std::string>();
        }
        requests.push_back(std::move(r));
    }

    Poco::JSON::Array::Ptr results = new Poco::JSON::Array;
    bool stopped = false;
    for (const PatchRequest& request : requests) {
        Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
        if (stopped) {
            result->set("status", 0);
        } else {
            const ApiResponse answer = patchFile(db, caller, request, nowMs);
            result->set("status", answer.status);
            result->set("body", answer.body);
            stopped = answer.status >= 500 || answer.status == 401 || answer.status == 429;
        }
        results->add(result);
    }
    Poco::JSON::Object::Ptr page = new Poco::JSON::Object;
    page->set("results", results);
    std::ostringstream out;
    page->stringify(out);
    return ApiResponse{200, out.str(), {}};
}

} // namespace saggar::server
