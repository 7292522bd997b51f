// SqliteValuationStore: an asset's inspections, inspection photos kept by SHA-256, and the audit entry
// that records a signed inspection on the loan file the asset is pledged to.
#include "sqlite_valuation_store.h"

#include "audit_repository.h"
#include "content_files.h"
#include "content_hash.h"
#include "repository_support.h"

#include <cstdio>
#include <filesystem>

namespace saggar {

using namespace valuation;

namespace {

constexpr std::int64_t kMaxPhotoBytes = 20 * 1024 * 1024;

std::string wearText(double pct)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", pct);
    return b;
}

} // namespace

Result<std::vector<Inspection>> SqliteValuationStore::inspectionsOf(std::string_view assetKind,
                                                                    Id assetId) const
{
    auto stmt =
        m_db.prepare("SELECT id FROM inspections WHERE asset_kind = ?1 AND asset_id = ?2 ORDER BY at_ms "
                     "DESC, id DESC");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(assetKind, assetId); !r)
        return r.error();
    auto ids = readAll<Id>(*stmt, [](const Statement& s) { return s.columnInt64(0); });
    if (!ids)
        return ids.error();
    std::vector<Inspection> out;
    out.reserve(ids->size());
    for (Id id : *ids) {
        auto one = inspection(id);
        if (!one)
            return one.error();
        out.push_back(std::move(*one));
    }
    return out;
}

Result<std::string> SqliteValuationStore::storePhoto(std::string_view bytes)
{
    const std::string refused = "The photo was not kept: ";
    if (m_attachmentsDir.empty())
        return makeError(refused + "this workspace has no folder for attachments.", ErrorCode::InvalidInput);
    if (bytes.empty())
        return makeError(refused + "the file is empty.", ErrorCode::InvalidInput);
    if (static_cast<std::int64_t>(bytes.size()) > kMaxPhotoBytes)
        return makeError(refused + "it is " + megabytes(static_cast<std::int64_t>(bytes.size())) +
                             " and a photo may be at most " + megabytes(kMaxPhotoBytes) + ".",
                         ErrorCode::InvalidInput);
    const auto type = sniffMediaType(bytes);
    if (!type || *type == "application/pdf")
        return makeError(refused + "its content is not a PNG or JPEG image (whatever its name says).",
                         ErrorCode::InvalidInput);
    auto stored = storeBySha256(m_attachmentsDir, std::string(bytes), kMaxPhotoBytes);
    if (!stored)
        return withContext("The photo was not kept", stored.error());
    return stored;
}

Result<std::string> SqliteValuationStore::photo(std::string_view sha256) const
{
    const std::string digest(sha256);
    if (!isSha256Hex(digest))
        return makeError("“" + digest + "” is not a photo's SHA-256 digest.", ErrorCode::InvalidInput);
    if (m_attachmentsDir.empty())
        return makeError("This workspace has no folder for attachments.", ErrorCode::NotFound);
    const std::filesystem::path path = std::filesystem::path(m_attachmentsDir) / digest;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return makeError("The photo " + digest.substr(0, 12) + "… is not in the attachments folder.",
                         ErrorCode::NotFound);
    auto bytes = readWholeFile(path, kMaxPhotoBytes);
    if (!bytes)
        return withContext("The photo " + digest.substr(0, 12) + "… could not be read", bytes.error());
    if (sha256Hex(*bytes) != digest)
        return makeError("The photo " + digest.substr(0, 12) + "… was changed after it was stored.",
                         ErrorCode::NotFound);
    return bytes;
}

Result<void> SqliteValuationStore::auditInspection(const Inspection& in, Id id)
{
    const char* sql = in.assetKind == "truck"  ? "SELECT loan_file_id FROM trucks WHERE id = ?1"
                      : in.assetKind == "kiln" ? "SELECT loan_file_id FROM kilns WHERE id = ?1"
                                               : nullptr;
    if (!sql)
        return {};
    auto files = readMany<Id>(m_db, sql, in.assetId, [](const Statement& s) { return idOrZero(s, 0); });
    if (!files)
        return files.error();
    if (files->empty() || files->front() == 0)
        return {}; // an asset this workspace does not hold, or not pledged
    AuditEntry entry;
    entry.actorId = in.appraiserId;
    entry.actorRole = Role::Appraiser;
    entry.atMs = nowUtcMs();
    entry.kind = AuditKind::Field;
    entry.subject = "inspection:" + in.assetKind + ":" + std::to_string(in.assetId);
    entry.after =
        "inspection " + std::to_string(id) + (in.signature.empty() ? " (not signed)" : " signed") +
        ": overall " + std::string(key(in.overall)) + ", structure " + std::string(key(in.structure)) +
        ", mechanism " + std::string(key(in.mechanism)) + ", surface wear " + wearText(in.surfaceWearPct) +
        " %, " + std::to_string(in.maintenance.size()) + " maintenance records, " +
        std::to_string(in.defects.size()) + " defects, " + std::to_string(in.photoSha256.size()) + " photos";
    return appendAuditEntries(m_db, files->front(), {entry});
}

} // namespace saggar
