#include "sync_reply.h"

#include "sync_reply_children.h"

#include "storage/content_hash.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <sstream>

namespace saggar {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

Error badReply(const std::string& what)
{
    return makeError("The server's reply was not understood: " + what, ErrorCode::InvalidInput);
}

Result<Poco::JSON::Object::Ptr> parseObject(std::string_view body)
{
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var v = parser.parse(std::string(body));
        if (v.type() != typeid(Poco::JSON::Object::Ptr))
            return badReply("it is not a JSON object.");
        return v.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        return badReply("it is not valid JSON (" + e.displayText() + ").");
    } catch (const std::exception& e) {
        return badReply(std::string("it is not valid JSON (") + e.what() + ").");
    }
}

Result<std::int64_t> integerMember(const Poco::JSON::Object::Ptr& o, const std::string& name,
                                   std::int64_t min)
{
    if (!o->has(name))
        return badReply("'" + name + "' is missing.");
    const Poco::Dynamic::Var v = o->get(name);
    if (!v.isInteger() || v.isBoolean())
        return badReply("'" + name + "' is not an integer.");
    std::int64_t n = 0;
    try {
        n = v.convert<std::int64_t>();
    } catch (const Poco::Exception&) {
        return badReply("'" + name + "' is out of range.");
    }
    if (n < min)
        return badReply("'" + name + "' is " + std::to_string(n) + ", below " + std::to_string(min) + ".");
    return n;
}

Result<bool> boolMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    if (!o->has(name) || !o->get(name).isBoolean())
        return badReply("'" + name + "' is missing or not true/false.");
    return o->get(name).extract<bool>();
}

std::string stringMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    if (!o || !o->has(name) || !o->get(name).isString())
        return {};
    return o->get(name).extract<std::string>();
}

Result<std::string> textMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    if (!o->has(name) || !o->get(name).isString())
        return badReply("'" + name + "' is missing or not text.");
    return o->get(name).extract<std::string>();
}

Result<double> numberMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    if (!o->has(name) || !o->get(name).isNumeric() || o->get(name).isBoolean())
        return badReply("'" + name + "' is missing or not a number.");
    return o->get(name).convert<double>();
}

template <typename E> Result<E> keyMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    auto text = textMember(o, name);
    if (!text)
        return text.error();
    if (auto e = fromKey<E>(*text))
        return *e;
    return badReply("'" + name + "' has the unknown value '" + *text + "'.");
}

// Collects the first error of several member reads.
struct FirstError
{
    std::optional<Error> error;
    template <typename T> T take(Result<T> r)
    {
        if (r)
            return std::move(r).value();
        if (!error)
            error = r.error();
        return T{};
    }
};

Result<Truck> parseTruck(const Poco::JSON::Object::Ptr& o)
{
    FirstError f;
    Truck t;
    if (o->has("id")) // the server's id, kept locally when free (storage/sync_child_ids.h)
        t.id = f.take(integerMember(o, "id", 1));
    t.vin = f.take(textMember(o, "vin"));
    t.plate = f.take(textMember(o, "plate"));
    t.brand = f.take(textMember(o, "brand"));
    t.model = f.take(textMember(o, "model"));
    t.year = static_cast<int>(f.take(integerMember(o, "year", 1900)));
    t.purchasePrice = Money::fromFen(f.take(integerMember(o, "purchasePriceFen", 0)));
    t.trackerId = f.take(textMember(o, "trackerId"));
    if (o->has("appraisedValueFen") || o->has("appraisedBy")) {
        t.appraisedValue = Money::fromFen(f.take(integerMember(o, "appraisedValueFen", 0)));
        t.appraisedBy = f.take(integerMember(o, "appraisedBy", 0));
    }
    if (f.error)
        return *f.error;
    return t;
}

Result<Kiln> parseKiln(const Poco::JSON::Object::Ptr& o)
{
    FirstError f;
    Kiln k;
    if (o->has("id"))
        k.id = f.take(integerMember(o, "id", 1));
    k.type = f.take(keyMember<KilnType>(o, "type"));
    k.lengthM = f.take(numberMember(o, "lengthM"));
    k.dailyCapacity = f.take(integerMember(o, "dailyCapacity", 0));
    k.capacityUnit = f.take(keyMember<CapacityUnit>(o, "capacityUnit"));
    k.fuel = f.take(keyMember<KilnFuel>(o, "fuel"));
    k.yearInstalled = static_cast<int>(f.take(integerMember(o, "yearInstalled", 1900)));
    k.purchaseCost = Money::fromFen(f.take(integerMember(o, "purchaseCostFen", 0)));
    k.gatewayId = f.take(textMember(o, "gatewayId"));
    if (o->has("appraisedValueFen") || o->has("appraisedBy")) {
        k.appraisedValue = Money::fromFen(f.take(integerMember(o, "appraisedValueFen", 0)));
        k.appraisedBy = f.take(integerMember(o, "appraisedBy", 0));
    }
    if (f.error)
        return *f.error;
    return k;
}

// "covenants": every member typed, keys known, ids the server's.
Result<std::vector<Covenant>> parseCovenants(const Poco::JSON::Object::Ptr& o)
{
    const auto list = o->getArray("covenants");
    if (!list)
        return badReply("'covenants' is not a list.");
    std::vector<Covenant> covenants;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto c = list->getObject(static_cast<unsigned>(i));
        if (!c)
            return badReply("covenant " + std::to_string(i + 1) + " is not an object.");
        FirstError f;
        Covenant cov;
        cov.id = f.take(integerMember(c, "id", 1));
        cov.kind = f.take(keyMember<CovenantKind>(c, "kind"));
        cov.metric = f.take(keyMember<CovenantMetric>(c, "metric"));
        cov.description = f.take(textMember(c, "description"));
        cov.threshold = f.take(numberMember(c, "threshold"));
        cov.status = f.take(keyMember<CovenantStatus>(c, "status"));
        cov.note = f.take(textMember(c, "note"));
        cov.updatedAtMs = f.take(integerMember(c, "updatedAtMs", 0));
        if (f.error)
            return *f.error;
        covenants.push_back(std::move(cov));
    }
    return covenants;
}

// "documents": each document's id and its attachments (the rest of a document is not read here).
Result<void> parseDocumentAttachments(const Poco::JSON::Object::Ptr& o, std::vector<Attachment>& out)
{
    if (!o->has("documents"))
        return {};
    const auto documents = o->getArray("documents");
    if (!documents)
        return badReply("'documents' is not a list.");
    for (std::size_t i = 0; i < documents->size(); ++i) {
        const auto d = documents->getObject(static_cast<unsigned>(i));
        if (!d)
            return badReply("document " + std::to_string(i + 1) + " is not an object.");
        FirstError f;
        const Id documentId = f.take(integerMember(d, "id", 1));
        if (f.error)
            return *f.error;
        if (!d->has("attachments"))
            continue;
        const auto list = d->getArray("attachments");
        if (!list)
            return badReply("'attachments' of document " + std::to_string(documentId) + " is not a list.");
        for (std::size_t j = 0; j < list->size(); ++j) {
            const auto a = list->getObject(static_cast<unsigned>(j));
            if (!a)
                return badReply("an attachment of document " + std::to_string(documentId) +
                                " is not an object.");
            Attachment at;
            at.documentId = documentId;
            at.id = f.take(integerMember(a, "id", 1));
            at.fileName = f.take(textMember(a, "fileName"));
            at.mediaType = f.take(textMember(a, "mediaType"));
            at.sizeBytes = f.take(integerMember(a, "sizeBytes", 1));
            at.sha256Hex = f.take(textMember(a, "sha256Hex"));
            at.addedBy = f.take(integerMember(a, "addedBy", 0));
            at.atMs = f.take(integerMember(a, "atMs", 0));
            if (f.error)
                return *f.error;
            if (!isSha256Hex(at.sha256Hex))
                return badReply("an attachment's 'sha256Hex' is not 64 lower-case hex digits.");
            out.push_back(std::move(at));
        }
    }
    return {};
}

// A change's "file": the file's own fields and, when sent, its pledged trucks and kilns.
Result<RemoteFile> parseRemoteFile(const Poco::JSON::Object::Ptr& o)
{
    FirstError f;
    RemoteFile file;
    file.state = f.take(keyMember<LoanState>(o, "state"));
    file.amount = Money::fromFen(f.take(integerMember(o, "amountFen", 1)));
    file.termMonths = static_cast<int>(f.take(integerMember(o, "termMonths", 1)));
    file.annualRatePct = f.take(numberMember(o, "annualRatePct"));
    file.purpose = f.take(textMember(o, "purpose"));
    if (f.error)
        return *f.error;
    if (o->has("enterprise")) { // then everything creating the file needs, each typed
        const auto e = o->getObject("enterprise");
        if (!e)
            return badReply("'enterprise' is not an object.");
        Enterprise ent;
        ent.id = f.take(integerMember(e, "id", 1));
        ent.nameZh = f.take(textMember(e, "nameZh"));
        ent.nameEn = f.take(textMember(e, "nameEn"));
        ent.uscc = f.take(textMember(e, "uscc"));
        ent.cluster = f.take(keyMember<Cluster>(e, "cluster"));
        ent.segment = f.take(keyMember<Segment>(e, "segment"));
        ent.legalRepresentative = f.take(textMember(e, "legalRepresentative"));
        ent.annualRevenue = Money::fromFen(f.take(integerMember(e, "annualRevenueFen", 0)));
        ent.staff = static_cast<int>(f.take(integerMember(e, "staff", 0)));
        file.fileNo = f.take(textMember(o, "fileNo"));
        file.product = f.take(keyMember<Product>(o, "product"));
        file.analystId = f.take(integerMember(o, "analystId", 0));
        file.appraiserId = f.take(integerMember(o, "appraiserId", 0));
        file.managerId = f.take(integerMember(o, "managerId", 0));
        file.createdAtMs = f.take(integerMember(o, "createdAtMs", 0));
        file.updatedAtMs = f.take(integerMember(o, "updatedAtMs", 0));
        if (f.error)
            return *f.error;
        if (file.fileNo.empty())
            return badReply("'fileNo' is empty.");
        if (o->has("enterpriseId") &&
            !(o->get("enterpriseId").isInteger() && o->get("enterpriseId").convert<std::int64_t>() == ent.id))
            return badReply("'enterpriseId' is not the enterprise's id.");
        file.enterprise = std::move(ent);
    }
    if (auto r = parseDocumentAttachments(o, file.attachments); !r)
        return r.error();
    if (auto r = parseRemoteChildren(o, file); !r) // documents, memo, risk, approvals, exceptions
        return r.error();
    if (o->has("covenants")) {
        auto covenants = parseCovenants(o);
        if (!covenants)
            return covenants.error();
        file.covenants = std::move(covenants).value();
    }
    for (const char* collection : {"trucks", "kilns"}) {
        if (!o->has(collection))
            continue;
        const auto list = o->getArray(collection);
        if (!list)
            return badReply(std::string("'") + collection + "' is not a list.");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto child = list->getObject(static_cast<unsigned>(i));
            if (!child)
                return badReply(std::string(collection) + " " + std::to_string(i + 1) + " is not an object.");
            if (collection == std::string("trucks")) {
                auto t = parseTruck(child);
                if (!t)
                    return t.error();
                file.appraisals = file.appraisals || child->has("appraisedValueFen");
                file.truckAppraisals.push_back({t->appraisedValue, t->appraisedBy});
                t->appraisedValue = Money();
                t->appraisedBy = 0;
                file.trucks.push_back(std::move(t).value());
            } else {
                auto k = parseKiln(child);
                if (!k)
                    return k.error();
                file.appraisals = file.appraisals || child->has("appraisedValueFen");
                file.kilnAppraisals.push_back({k->appraisedValue, k->appraisedBy});
                k->appraisedValue = Money();
                k->appraisedBy = 0;
                file.kilns.push_back(std::move(k).value());
            }
        }
    }
    return file;
}

std::string jsonText(const Poco::Dynamic::Var& v)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(v, out);
    return out.str();
}

} // namespace

PushOutcome classifyStatus(int s)
{
    if (s >= 200 && s < 300)
        return PushOutcome::Accepted;
    if (s == 409)
        return PushOutcome::Conflict;
    // 401: the workstation's token is missing or expired; the edit waits for a new sign-in.
    if (s >= 400 && s < 500 && s != 401 && s != 408 && s != 429)
        return PushOutcome::Refused;
    return PushOutcome::Retry;
}

std::optional<std::int64_t> parseRetryAfterMs(std::string_view value, TimestampMs nowMs)
{
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
        value.remove_prefix(1);
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
        value.remove_suffix(1);
    if (value.empty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (value.size() > 9) // more than ~31 years: treat as the cap
            return kDayMs;
        return std::min<std::int64_t>(std::stoll(std::string(value)) * 1000, kDayMs);
    }
    try {
        int tz = 0;
        Poco::DateTime when;
        if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::HTTP_FORMAT, std::string(value), when, tz))
            return std::nullopt;
        // Poco's parser is lenient: take only the IMF-fixdate shape "Thu, 19 Nov 2026 23:34:50 GMT".
        if (value.size() != 29 || value[3] != ',' || value.substr(25) != " GMT")
            return std::nullopt;
        const std::int64_t atMs = when.timestamp().epochMicroseconds() / 1000 - tz * 1000LL;
        return std::clamp<std::int64_t>(atMs - nowMs, 0, kDayMs);
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

Result<std::int64_t> parseAcceptedVersion(std::string_view body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    return integerMember(*o, "version", 1);
}

Result<ConflictReply> parseConflictReply(std::string_view body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    ConflictReply reply;
    const auto err = (*o)->getObject("error");
    if (!err)
        return badReply("the conflict has no 'error' object.");
    reply.code = stringMember(err, "code");
    reply.message = stringMember(err, "message");
    if (reply.code.empty())
        return badReply("the conflict's error has no code.");
    if ((*o)->has("currentVersion")) {
        auto v = integerMember(*o, "currentVersion", 1);
        if (!v)
            return v.error();
        reply.currentVersion = *v;
    }
    reply.deletedBy = stringMember((*o)->getObject("deletedBy"), "displayName");
    if (!(*o)->has("conflicts"))
        return reply;
    const auto list = (*o)->getArray("conflicts");
    if (!list)
        return badReply("'conflicts' is not a list.");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto c = list->getObject(static_cast<unsigned>(i));
        if (!c)
            return badReply("conflict " + std::to_string(i + 1) + " is not an object.");
        ConflictField f;
        f.path = stringMember(c, "path");
        if (f.path.empty())
            return badReply("conflict " + std::to_string(i + 1) + " has no path.");
        f.baseJson = c->has("base") ? jsonText(c->get("base")) : "null";
        f.theirsJson = c->has("theirs") ? jsonText(c->get("theirs")) : "null";
        f.mineJson = c->has("mine") ? jsonText(c->get("mine")) : "null";
        f.theirsBy = stringMember(c->getObject("theirsBy"), "displayName");
        if (c->has("theirsVersion")) {
            auto v = integerMember(c, "theirsVersion", 1);
            if (!v)
                return v.error();
            f.theirsVersion = *v;
        }
        reply.fields.push_back(std::move(f));
    }
    return reply;
}

Result<FileReply> parseFileReply(std::string_view body, Id fileId)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    auto id = integerMember(*o, "id", 1);
    auto version = integerMember(*o, "version", 1);
    auto deleted = boolMember(*o, "deleted");
    if (!id || !version || !deleted)
        return !id ? id.error() : !version ? version.error() : deleted.error();
    if (*id != fileId)
        return badReply("the file is " + std::to_string(*id) + ", not " + std::to_string(fileId) + ".");
    FileReply reply{*version, *deleted, std::nullopt};
    if (!reply.deleted) {
        auto remote = parseRemoteFile(*o);
        if (!remote)
            return remote.error();
        reply.file = std::move(remote).value();
    }
    return reply;
}

Result<ChangePage> parseChangePage(std::string_view body, std::int64_t previousCursor)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const auto list = (*o)->getArray("changes");
    if (!list)
        return badReply("'changes' is missing or not a list.");
    ChangePage page;
    std::int64_t lastSeq = previousCursor;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto c = list->getObject(static_cast<unsigned>(i));
        const std::string where = "change " + std::to_string(i + 1) + ": ";
        if (!c)
            return badReply(where + "not an object.");
        FeedChange change;
        auto seq = integerMember(c, "seq", 1);
        auto fileId = integerMember(c, "fileId", 1);
        auto version = integerMember(c, "version", 1);
        auto atMs = integerMember(c, "atMs", 0);
        auto deleted = boolMember(c, "deleted");
        for (const Error* e : {seq ? nullptr : &seq.error(), fileId ? nullptr : &fileId.error(),
                               version ? nullptr : &version.error(), atMs ? nullptr : &atMs.error(),
                               deleted ? nullptr : &deleted.error()})
            if (e)
                return makeError(e->message + " (" + where.substr(0, where.size() - 2) + ")", e->code);
        if (*seq <= lastSeq)
            return badReply(where + "seq " + std::to_string(*seq) + " is not after " +
                            std::to_string(lastSeq) + ".");
        lastSeq = *seq;
        change.seq = *seq;
        change.loanFileId = *fileId;
        change.version = *version;
        change.atMs = *atMs;
        change.deleted = *deleted;
        if (change.deleted && c->has("deletedBy")) {
            const auto by = c->getObject("deletedBy");
            if (!by)
                return badReply(where + "'deletedBy' is not an object.");
            auto name = textMember(by, "displayName");
            auto byId = integerMember(by, "id", 0);
            if (!name || !byId)
                return badReply(where + "'deletedBy' needs an id and a displayName.");
            change.deletedBy = *name;
            change.deletedById = *byId;
        }
        if (!change.deleted && c->has("file")) {
            const auto file = c->getObject("file");
            if (!file)
                return badReply(where + "'file' is not an object.");
            auto remote = parseRemoteFile(file);
            if (!remote)
                return makeError(remote.error().message + " (" + where.substr(0, where.size() - 2) + ")",
                                 remote.error().code);
            change.file = std::move(remote).value();
        }
        page.changes.push_back(change);
    }
    auto cursor = integerMember(*o, "cursor", 0);
    if (!cursor)
        return cursor.error();
    if (*cursor < lastSeq)
        return badReply("the cursor " + std::to_string(*cursor) + " is behind the changes it returned.");
    auto more = boolMember(*o, "more");
    if (!more)
        return more.error();
    page.cursor = *cursor;
    page.more = *more;
    return page;
}

std::string describeErrorBody(int httpStatus, std::string_view body)
{
    std::string message;
    if (auto o = parseObject(body); o)
        message = stringMember((*o)->getObject("error"), "message");
    if (message.empty())
        message = body.empty() ? "no explanation" : "an answer that is not the API's JSON";
    return "HTTP " + std::to_string(httpStatus) + ": " + message;
}

Result<std::vector<BatchResult>> parseBatchResults(std::string_view body, std::size_t expected)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const auto list = (*o)->getArray("results");
    if (!list)
        return badReply("'results' is missing or not a list.");
    if (list->size() != expected)
        return badReply(std::to_string(list->size()) + " results for " + std::to_string(expected) +
                        " patches.");
    std::vector<BatchResult> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto r = list->getObject(static_cast<unsigned>(i));
        const std::string where = " (result " + std::to_string(i + 1) + ")";
        if (!r)
            return badReply("a result is not an object" + where + ".");
        auto status = integerMember(r, "status", 0);
        if (!status)
            return makeError(status.error().message + where, status.error().code);
        if (*status != 0 && (*status < 100 || *status > 599))
            return badReply("the status " + std::to_string(*status) + " is not HTTP" + where + ".");
        BatchResult b;
        b.status = static_cast<int>(*status);
        if (b.status != 0) {
            if (!r->has("body") || !r->get("body").isString())
                return badReply("'body' is missing or not text" + where + ".");
            b.body = r->get("body").extract<std::string>();
        }
        out.push_back(std::move(b));
    }
    return out;
}

Result<std::vector<Covenant>> parseAcceptedCovenants(std::string_view body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const auto file = o.value()->getObject("file");
    if (!file || !file->has("covenants"))
        return badReply("the answer carries no 'file.covenants'.");
    return parseCovenants(file);
}

Result<RemoteFile> parseAcceptedFile(std::string_view body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const auto file = o.value()->getObject("file");
    if (!file)
        return badReply("the answer carries no 'file'.");
    return parseRemoteFile(file);
}

} // namespace saggar
