#include "file_summary.h"

#include <sstream>

namespace saggar::server {

Result<Poco::JSON::Object::Ptr> fileSummary(Database& db, Id fileId)
{
    auto st = db.prepare(
        "SELECT f.id, f.file_no, f.version, t.file_id IS NOT NULL, f.enterprise_id, f.product, f.amount_fen, "
        "f.term_months, f.annual_rate_pct, f.purpose, f.state, coalesce(f.analyst_id, 0), "
        "coalesce(f.appraiser_id, 0), coalesce(f.manager_id, 0), f.created_at_ms, f.updated_at_ms "
        "FROM loan_files f LEFT JOIN server_tombstones t ON t.file_id = f.id WHERE f.id = ?");
    if (!st)
        return st.error();
    Statement& s = st.value();
    if (auto r = s.bindAll(fileId); !r)
        return r.error();
    auto row = s.step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("no file " + std::to_string(fileId), ErrorCode::NotFound);
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", s.columnInt64(0));
    o->set("fileNo", s.columnText(1));
    o->set("version", s.columnInt64(2));
    o->set("deleted", s.columnInt(3) != 0);
    o->set("enterpriseId", s.columnInt64(4));
    o->set("product", s.columnText(5));
    o->set("amountFen", s.columnInt64(6));
    o->set("termMonths", s.columnInt64(7));
    o->set("annualRatePct", s.columnDouble(8));
    o->set("purpose", s.columnText(9));
    o->set("state", s.columnText(10));
    o->set("analystId", s.columnInt64(11));
    o->set("appraiserId", s.columnInt64(12));
    o->set("managerId", s.columnInt64(13));
    o->set("createdAtMs", s.columnInt64(14));
    o->set("updatedAtMs", s.columnInt64(15));
    return o;
}

std::string readableFilesCondition(const Caller& caller)
{
    const std::string me = std::to_string(caller.userId);
    if (caller.role == "manager")
        return "1";
    if (caller.role == "appraiser")
        return "(f.appraiser_id = " + me + " OR f.state = 'appraisal')";
    if (caller.role == "analyst")
        return "f.analyst_id = " + me;
    return "0";
}

std::string toJson(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

} // namespace saggar::server
