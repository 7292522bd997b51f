#include "created_file.h"

#include "storage/sync_asset_ids.h"
#include "storage/sync_child_ids.h"
#include "storage/sync_file_ids.h"
#include "sync_reply.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <optional>

namespace saggar {

Result<CreatedFile> parseCreatedFile(std::string_view body)
{
    const auto bad = [](const std::string& what) {
        return makeError("The server's answer to a new file is not usable: " + what, ErrorCode::InvalidInput);
    };
    Poco::JSON::Object::Ptr o;
    try {
        o = Poco::JSON::Parser().parse(std::string(body)).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
        return bad("not a JSON object.");
    }
    if (!o)
        return bad("not a JSON object.");
    CreatedFile created;
    const auto id = o->get("id");
    const auto version = o->get("version");
    if (!id.isInteger() || id.isBoolean() || !version.isInteger() || version.isBoolean())
        return bad("'id' and 'version' must be integers.");
    created.serverId = id.convert<Id>();
    created.version = version.convert<std::int64_t>();
    if (created.serverId <= 0 || created.serverId >= kLocalFileIdBase || created.version < 1)
        return bad("'id' or 'version' is out of range.");
    const auto file = o->getObject("file");
    if (file && file->has("fileNo")) {
        const auto no = file->get("fileNo");
        if (!no.isString() || no.extract<std::string>().empty())
            return bad("'file.fileNo' must be a non-empty string.");
        created.fileNo = no.extract<std::string>();
    }
    if (file && file->has("documents")) {
        const auto list = file->getArray("documents");
        if (!list)
            return bad("'file.documents' must be a list.");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto d = list->getObject(static_cast<unsigned>(i));
            if (!d)
                return bad("a document is not an object.");
            const auto docId = d->get("id");
            const auto kind = d->get("kind");
            if (!docId.isInteger() || docId.isBoolean() || !kind.isString())
                return bad("a document needs an integer 'id' and a 'kind'.");
            Document doc;
            doc.id = docId.convert<Id>();
            const auto known = fromKey<DocumentKind>(kind.extract<std::string>());
            if (doc.id <= 0 || doc.id >= kLocalChildIdBase || !known)
                return bad("a document's 'id' or 'kind' is not usable.");
            doc.kind = *known;
            created.documents.push_back(doc);
        }
    }
    return created;
}

Result<void> acceptCreatedFile(Database& db, const OutboxRow& row, std::string_view body, TimestampMs now)
{
    auto created = parseCreatedFile(body);
    if (!created)
        return created.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto r = recordCreatedFile(db, row.loanFileId, created->serverId, created->fileNo); !r)
        return r;
    if (auto tied = tieLocalDocuments(db, row.loanFileId, created->documents); !tied)
        return tied.error();
    if (auto r = SqliteOutbox(db).accept(row, created->version, now); !r)
        return r;
    return tx->commit();
}

Result<bool> creationUnanswered(const Database& db)
{
    auto n = db.queryInt64("SELECT count(*) FROM sync_outbox WHERE attempts > 0 AND patch_json LIKE "
                           "'{\"product\":%'");
    if (!n)
        return n.error();
    return *n > 0;
}

namespace {

// The condition an add row sent (its definition), from the row's own body.
std::optional<Covenant> sentCovenant(const std::string& patchJson)
{
    try {
        const auto o = Poco::JSON::Parser().parse(patchJson).extract<Poco::JSON::Object::Ptr>();
        const auto add = o ? o->getObject("add") : nullptr;
        const auto list = add ? add->getArray("covenants") : nullptr;
        const auto c = list && list->size() == 1 ? list->getObject(0) : nullptr;
        if (!c)
            return std::nullopt;
        Covenant sent;
        const auto kind = fromKey<CovenantKind>(c->getValue<std::string>("kind"));
        const auto metric = fromKey<CovenantMetric>(c->getValue<std::string>("metric"));
        if (!kind || !metric)
            return std::nullopt;
        sent.kind = *kind;
        sent.metric = *metric;
        sent.description = c->getValue<std::string>("description");
        sent.threshold = c->getValue<double>("threshold");
        return sent;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace

Result<void> acceptAddedCovenant(Database& db, const OutboxRow& row, std::string_view body,
                                 std::int64_t version, TimestampMs now)
{
    auto covenants = parseAcceptedCovenants(body);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (covenants) { // without them the next pull ties it (storage/sync_covenants.h)
        if (auto sent = sentCovenant(row.patchJson)) {
            if (auto tied = tieAddedCovenant(db, row.loanFileId, *sent, *covenants); !tied)
                return tied.error();
        } else if (auto tied = tieLocalCovenants(db, row.loanFileId, *covenants, 1); !tied) {
            return tied.error();
        }
    }
    if (auto r = SqliteOutbox(db).accept(row, version, now); !r)
        return r;
    return tx->commit();
}

Result<void> acceptPledge(Database& db, const OutboxRow& row, std::string_view body, std::int64_t version,
                          TimestampMs now)
{
    auto file = parseAcceptedFile(body);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (file)
        if (auto tied = tieLocalAssets(db, row.loanFileId, file->trucks, file->kilns); !tied)
            return tied.error();
    if (auto r = SqliteOutbox(db).accept(row, version, now); !r)
        return r;
    return tx->commit();
}

} // namespace saggar
