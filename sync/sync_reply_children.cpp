#include "sync_reply_children.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace saggar {
namespace {

Error refused(const std::string& where, const std::string& what)
{
    return makeError("The server's reply was not understood: " + where + ": " + what,
                     ErrorCode::InvalidInput);
}

// Reads the members of one JSON object, remembering the first problem; `finish` also refuses any
// member it was not asked about.
class Members
{
public:
    Members(Poco::JSON::Object::Ptr o, std::string where) : m_o(std::move(o)), m_where(std::move(where)) {}

    std::int64_t integer(const std::string& name, std::int64_t min)
    {
        const Poco::Dynamic::Var* v = member(name);
        if (!v)
            return 0;
        if (!v->isInteger() || v->isBoolean())
            return fail("'" + name + "' is not an integer"), 0;
        std::int64_t n = 0;
        try {
            n = v->convert<std::int64_t>();
        } catch (const Poco::Exception&) {
            return fail("'" + name + "' is out of range"), 0;
        }
        if (n < min)
            return fail("'" + name + "' is below " + std::to_string(min)), 0;
        return n;
    }

    std::string text(const std::string& name)
    {
        const Poco::Dynamic::Var* v = member(name);
        if (!v)
            return {};
        if (!v->isString())
            return fail("'" + name + "' is not text"), std::string();
        return v->extract<std::string>();
    }

    bool flag(const std::string& name)
    {
        const Poco::Dynamic::Var* v = member(name);
        if (!v)
            return false;
        if (!v->isBoolean())
            return fail("'" + name + "' is not true/false"), false;
        return v->extract<bool>();
    }

    template <typename E> E keyed(const std::string& name, E fallback)
    {
        const std::string k = text(name);
        if (m_error)
            return fallback;
        if (auto e = fromKey<E>(k))
            return *e;
        return fail("'" + name + "' has the unknown value '" + k + "'"), fallback;
    }

    // An object member (nullptr and no error when null and `nullable`).
    Poco::JSON::Object::Ptr object(const std::string& name, bool nullable)
    {
        const Poco::Dynamic::Var* v = member(name);
        if (!v || (nullable && v->isEmpty()))
            return nullptr;
        if (v->type() != typeid(Poco::JSON::Object::Ptr))
            return fail("'" + name + "' is not an object"), nullptr;
        return v->extract<Poco::JSON::Object::Ptr>();
    }

    Poco::JSON::Array::Ptr array(const std::string& name)
    {
        const Poco::Dynamic::Var* v = member(name);
        if (!v)
            return nullptr;
        if (v->type() != typeid(Poco::JSON::Array::Ptr))
            return fail("'" + name + "' is not a list"), nullptr;
        return v->extract<Poco::JSON::Array::Ptr>();
    }

    void fail(const std::string& what)
    {
        if (!m_error)
            m_error = refused(m_where, what);
    }

    // The first problem, including a member nobody asked for: every asked member was there (else the
    // error), so the object holds another exactly when it has more members than were asked.
    std::optional<Error> finish()
    {
        if (!m_error && m_o->size() > m_asked.size())
            for (const std::string& name : m_o->getNames())
                if (std::find(m_asked.begin(), m_asked.end(), name) == m_asked.end()) {
                    fail("unknown member '" + name + "'");
                    break;
                }
        return m_error;
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    const Poco::Dynamic::Var* member(const std::string& name)
    {
        m_asked.push_back(name);
        if (m_error)
            return nullptr;
        if (!m_o->has(name)) {
            fail("'" + name + "' is missing");
            return nullptr;
        }
        m_value = m_o->get(name);
        return &m_value;
    }

    Poco::JSON::Object::Ptr m_o;
    std::string m_where;
    std::vector<std::string> m_asked; // each name once, in the order read
    std::optional<Error> m_error;
    Poco::Dynamic::Var m_value; // the member last read
};

// Each element of `list` as an object, read by `read`; the first problem.
template <typename Read>
std::optional<Error> eachObject(const Poco::JSON::Array::Ptr& list, const std::string& what, Read read)
{
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = what + " " + std::to_string(i + 1);
        const Poco::Dynamic::Var v = list->get(static_cast<unsigned>(i));
        if (v.type() != typeid(Poco::JSON::Object::Ptr))
            return refused(where, "not an object");
        Members m(v.extract<Poco::JSON::Object::Ptr>(), where);
        read(m);
        if (auto e = m.finish())
            return e;
    }
    return std::nullopt;
}

std::optional<Error> parseDocuments(const Poco::JSON::Array::Ptr& list, std::vector<Document>& out)
{
    return eachObject(list, "document", [&out](Members& m) {
        Document d;
        d.id = m.integer("id", 1);
        d.kind = m.keyed("kind", DocumentKind::BusinessLicence);
        d.status = m.keyed("status", DocumentStatus::Missing);
        d.note = m.text("note");
        d.updatedAtMs = m.integer("updatedAtMs", 0);
        m.array("attachments"); // each read by sync_reply.cpp
        out.push_back(std::move(d));
    });
}

std::optional<Error> parseMemo(const Poco::JSON::Object::Ptr& o, std::optional<CreditMemo>& out)
{
    if (!o)
        return std::nullopt;
    Members m(o, "memo");
    CreditMemo memo;
    memo.version = m.integer("version", 1);
    memo.authorId = m.integer("authorId", 0);
    memo.atMs = m.integer("atMs", 0);
    memo.frozen = m.flag("frozen");
    if (const auto sections = m.object("sections", false)) {
        Members s(sections, "memo sections");
        for (MemoSection section : allValues<MemoSection>())
            memo.section(section) = s.text(std::string(key(section)));
        if (auto e = s.finish())
            return e;
    }
    if (auto e = m.finish())
        return e;
    out = std::move(memo);
    return std::nullopt;
}

std::optional<Error> parseRisk(const Poco::JSON::Object::Ptr& o, std::int64_t round,
                               std::optional<RiskAssessment>& out)
{
    if (!o)
        return std::nullopt;
    Members m(o, "riskAssessment");
    RiskAssessment r;
    const std::int64_t itsRound = m.integer("round", 1);
    r.grade = m.keyed("grade", RiskGrade::C);
    r.rationale = m.text("rationale");
    r.assessedBy = m.integer("assessedBy", 0);
    r.atMs = m.integer("atMs", 0);
    if (auto e = m.finish())
        return e;
    if (itsRound != round)
        return refused("riskAssessment", "its round " + std::to_string(itsRound) + " is not the file's " +
                                             std::to_string(round));
    out = std::move(r);
    return std::nullopt;
}

} // namespace

Result<void> parseRemoteChildren(const Poco::JSON::Object::Ptr& o, RemoteFile& out)
{
    if (o->has("documents")) {
        Members file(o, "file");
        const auto list = file.array("documents");
        if (file.error())
            return *file.error();
        if (auto e = parseDocuments(list, out.documents))
            return *e;
    }
    static constexpr std::string_view kMembers[] = {"decisionRound", "memo",       "riskAssessment",
                                                    "approvals",     "exceptions", "updatedBy"};
    int present = 0;
    for (std::string_view name : kMembers)
        present += o->has(std::string(name)) ? 1 : 0;
    if (present == 0)
        return {}; // an older server
    // Only these members are read here (the rest of the file object is sync_reply.cpp's), so no finish().
    Members file(o, "file");
    RemoteChildren c;
    c.decisionRound = file.integer("decisionRound", 1);
    const auto memo = file.object("memo", true);
    const auto risk = file.object("riskAssessment", true);
    const auto by = file.object("updatedBy", true);
    const auto approvals = file.array("approvals");
    const auto exceptions = file.array("exceptions");
    if (file.error())
        return *file.error();
    if (auto e = parseMemo(memo, c.memo))
        return *e;
    if (auto e = parseRisk(risk, c.decisionRound, c.risk))
        return *e;
    if (by) {
        Members m(by, "updatedBy");
        c.updatedById = m.integer("id", 1);
        c.updatedByName = m.text("displayName");
        if (auto e = m.finish())
            return *e;
    }
    if (approvals)
        if (auto e = eachObject(approvals, "approval", [&c](Members& m) {
                Approval a;
                a.id = m.integer("id", 1);
                a.round = static_cast<int>(m.integer("round", 1));
                a.approverId = m.integer("approverId", 1);
                a.comment = m.text("comment");
                a.memoVersion = m.integer("memoVersion", 0);
                a.atMs = m.integer("atMs", 0);
                c.approvals.push_back(std::move(a));
            }))
            return *e;
    if (exceptions)
        if (auto e = eachObject(exceptions, "exception", [&c](Members& m) {
                PolicyException x;
                x.id = m.integer("id", 1);
                x.kind = m.keyed("kind", ExceptionKind::WaivedDocument);
                x.subject = m.text("subject");
                x.justification = m.text("justification");
                x.grantedBy = m.integer("grantedBy", 0);
                x.atMs = m.integer("atMs", 0);
                c.exceptions.push_back(std::move(x));
            }))
            return *e;
    out.children = std::move(c);
    return {};
}

} // namespace saggar
