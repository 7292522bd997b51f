#include "sync_file_ids.h"

#include "sync_outbox.h"

#include <cstdio>

namespace saggar {

namespace {

Result<std::optional<Id>> firstId(const Database& db, const char* sql, Id value)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (auto r = st->bindAll(value); !r)
        return r.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Id>{};
    return std::optional<Id>{st->columnInt64(0)};
}

} // namespace

const char* syncFileIdsSchemaSql()
{
    return R"sql(
CREATE TABLE sync_file_ids (
    local_id INTEGER PRIMARY KEY,
    server_id INTEGER NOT NULL UNIQUE
);
)sql";
}

std::string fileCreateBody(const Enterprise& e, const LoanFile& f)
{
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.17g", f.annualRatePct);
    return R"({"product":)" + jsonQuoted(key(f.product)) + R"(,"amountFen":)" +
           std::to_string(f.amount.fen()) + R"(,"termMonths":)" + std::to_string(f.termMonths) +
           R"(,"annualRatePct":)" + rate + R"(,"purpose":)" + jsonQuoted(f.purpose) + R"(,"createdAtMs":)" +
           std::to_string(f.createdAtMs) + R"(,"enterprise":{"nameZh":)" + jsonQuoted(e.nameZh) +
           R"(,"nameEn":)" + jsonQuoted(e.nameEn) + R"(,"uscc":)" + jsonQuoted(e.uscc) + R"(,"cluster":)" +
           jsonQuoted(key(e.cluster)) + R"(,"segment":)" + jsonQuoted(key(e.segment)) +
           R"(,"legalRepresentative":)" + jsonQuoted(e.legalRepresentative) + R"(,"annualRevenueFen":)" +
           std::to_string(e.annualRevenue.fen()) + R"(,"staff":)" + std::to_string(e.staff) + "}}";
}

bool isFileCreateBody(std::string_view json)
{
    return json.rfind(R"({"product":)", 0) == 0;
}

Result<Id> serverFileId(const Database& db, Id localId)
{
    auto mapped = firstId(db, "SELECT server_id FROM sync_file_ids WHERE local_id = ?1", localId);
    if (!mapped)
        return mapped.error();
    if (mapped.value())
        return *mapped.value();
    return localId < kLocalFileIdBase ? localId : Id{0};
}

Result<Id> localFileId(const Database& db, Id serverId)
{
    auto mapped = firstId(db, "SELECT local_id FROM sync_file_ids WHERE server_id = ?1", serverId);
    if (!mapped)
        return mapped.error();
    return mapped.value() ? *mapped.value() : serverId;
}

Result<void> recordCreatedFile(Database& db, Id localId, Id serverId, const std::string& fileNo)
{
    if (serverId <= 0 || serverId >= kLocalFileIdBase)
        return makeError("The server answered an id out of range for a new file: " + std::to_string(serverId),
                         ErrorCode::InvalidInput);
    auto tie = db.prepare("INSERT INTO sync_file_ids (local_id, server_id) VALUES (?1, ?2) "
                          "ON CONFLICT(local_id) DO UPDATE SET server_id = excluded.server_id");
    if (!tie)
        return tie.error();
    if (auto r = tie->bindAll(localId, serverId); !r)
        return r;
    if (auto r = tie->run(); !r)
        return withContext("The server's id of a new file was not recorded", r.error());
    if (fileNo.empty())
        return {};
    auto number = db.prepare("UPDATE loan_files SET file_no = ?1 WHERE id = ?2");
    if (!number)
        return number.error();
    if (auto r = number->bindAll(fileNo, localId); !r)
        return r;
    return number->run();
}

} // namespace saggar
