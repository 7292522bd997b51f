#include "file_create.h"

#include "blob_endpoints.h"
#include "field_log.h"
#include "file_list.h"
#include "file_summary.h"
#include "idempotency.h"

#include "storage/content_hash.h"
#include "storage/sqlite_loan_file_store.h"

#include <Poco/JSON/Parser.h>

#include <set>

namespace saggar::server {

namespace {

using Members = std::set<std::string>;

const Members kFileMembers{"product", "amountFen",  "termMonths", "annualRatePct",
                           "purpose", "enterprise", "createdAtMs"};
const Members kFileRequired{"product", "amountFen", "termMonths", "annualRatePct", "purpose", "enterprise"};
const Members kEnterpriseMembers{
    "nameZh", "nameEn", "uscc", "cluster", "segment", "legalRepresentative", "annualRevenueFen", "staff"};

ApiResponse internal(const std::string& what)
{
    return errorResponse(500, "internal", "the server's database refused the new file: " + what);
}

// Typed reads of one object's members; the first refusal is kept and later reads return defaults.
class Members_
{
public:
    Members_(const Poco::JSON::Object& o, std::string prefix) : m_o(o), m_prefix(std::move(prefix)) {}

    bool check(const Members& allowed, const Members& required)
    {
        for (const auto& [name, value] : m_o)
            if (!allowed.count(name))
                return refuse(422, "unknown_field", "a new file has no member " + m_prefix + name, name);
        for (const std::string& name : required)
            if (!m_o.has(name))
                return refuse(422, "validation", "a new file needs " + m_prefix + name, name);
        return true;
    }
    std::string text(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isString()) {
            refuse(422, "wrong_type", m_prefix + name + " must be a string", name);
            return {};
        }
        return v.extract<std::string>();
    }
    std::int64_t integer(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isInteger() || v.isBoolean()) {
            refuse(422, "wrong_type", m_prefix + name + " must be an integer", name);
            return 0;
        }
        return v.convert<std::int64_t>();
    }
    double number(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isNumeric() || v.isBoolean()) {
            refuse(422, "wrong_type", m_prefix + name + " must be a number", name);
            return 0.0;
        }
        return v.convert<double>();
    }
    template <typename E> E enumeration(const std::string& name)
    {
        const std::string k = text(name);
        if (auto e = fromKey<E>(k))
            return *e;
        if (!m_refusal)
            refuse(422, "validation", m_prefix + name + ": unknown key " + k, name);
        return E{};
    }
    const std::optional<ApiResponse>& refusal() const { return m_refusal; }

private:
    bool refuse(int status, const std::string& code, const std::string& message, const std::string& name)
    {
        if (!m_refusal)
            m_refusal = errorResponse(status, code, message, m_prefix + name);
        return false;
    }
    const Poco::JSON::Object& m_o;
    std::string m_prefix;
    std::optional<ApiResponse> m_refusal;
};

} // namespace

ApiResponse createFile(Database& db, const Caller& caller, const CreateRequest& request, TimestampMs nowMs)
{
    if (!request.idempotency)
        return errorResponse(428, "precondition_required", "a new file needs an Idempotency-Key",
                             "Idempotency-Key");
    if (!isIdempotencyKey(*request.idempotency))
        return errorResponse(400, "bad_header", "Idempotency-Key must be a UUID", "Idempotency-Key");
    auto parsed = parseJsonObject(request.body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr body = std::get<Poco::JSON::Object::Ptr>(parsed);

    auto tx = Transaction::begin(db);
    if (!tx)
        return internal(tx.error().message);
    const IdempotentRequest idem{caller.userId, *request.idempotency, "POST", request.path,
                                 sha256Hex(request.body)};
    auto seen = replayIfSeen(db, idem); // a repeat answers the first file, whoever asks now
    if (!seen)
        return internal(seen.error().message);
    if (seen.value())
        return *seen.value();
    if (caller.role != "analyst")
        return errorResponse(403, "forbidden_role", "only an analyst creates loan files (for themselves)");

    Members_ f(*body, "");
    if (!f.check(kFileMembers, kFileRequired))
        return *f.refusal();
    LoanFile file;
    file.product = f.enumeration<Product>("product");
    file.amount = Money::fromFen(f.integer("amountFen"));
    file.termMonths = static_cast<int>(f.integer("termMonths"));
    file.annualRatePct = f.number("annualRatePct");
    file.purpose = f.text("purpose");
    file.analystId = caller.userId;
    file.createdAtMs = body->has("createdAtMs") ? f.integer("createdAtMs") : nowMs;
    file.updatedAtMs = nowMs;
    if (f.refusal())
        return *f.refusal();
    if (file.createdAtMs <= 0 || file.createdAtMs > nowMs + kDayMs)
        return errorResponse(422, "validation", "createdAtMs must be a time before now", "createdAtMs");
    const auto e = body->getObject("enterprise");
    if (!e)
        return errorResponse(422, "wrong_type", "enterprise must be an object", "enterprise");
    Members_ er(*e, "enterprise/");
    if (!er.check(kEnterpriseMembers, kEnterpriseMembers))
        return *er.refusal();
    Enterprise enterprise;
    enterprise.nameZh = er.text("nameZh");
    enterprise.nameEn = er.text("nameEn");
    enterprise.uscc = er.text("uscc");
    enterprise.cluster = er.enumeration<Cluster>("cluster");
    enterprise.segment = er.enumeration<Segment>("segment");
    enterprise.legalRepresentative = er.text("legalRepresentative");
    enterprise.annualRevenue = Money::fromFen(er.integer("annualRevenueFen"));
    enterprise.staff = static_cast<int>(er.integer("staff"));
    if (er.refusal())
        return *er.refusal();

    // Core's checks and write, inside this transaction (a savepoint): refused input changes nothing.
    SqliteLoanFileStore store(db);
    auto id = store.createDraft(enterprise, file);
    if (!id)
        return id.error().code == ErrorCode::InvalidInput
                   ? errorResponse(422, "validation", id.error().message)
                   : internal(id.error().message);
    if (!recordChange(db, id.value(), 1, false, nowMs))
        return internal("the change feed could not be written");
    auto summary = fileSummary(db, id.value());
    if (!summary || !addEnterprise(db, summary.value()->getValue<Id>("enterpriseId"), *summary.value()))
        return internal("the new file could not be read");
    // Its document checklist with the server's ids, so the workstation renumbers its own by kind.
    if (auto r = addDocuments(db, id.value(), *summary.value()); !r)
        return internal(r.error().message);
    const std::string idText = std::to_string(id.value());
    ApiResponse answer{201,
                       R"({"id":)" + idText + R"(,"version":1,"file":)" + toJson(summary.value()) + "}",
                       {{"ETag", "\"1\""}, {"Location", "/api/v1/files/" + idText}}};
    if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
        return internal(r.error().message);
    if (auto r = tx.value().commit(); !r)
        return internal(r.error().message);
    return answer;
}

} // namespace saggar::server
