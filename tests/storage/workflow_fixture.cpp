#include "workflow_fixture.h"

#include "storage/user_repository.h"
#include "storage_test_data.h"

#include <stdexcept>

namespace saggar::testdata {
namespace {

template <typename T> T orThrow(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message);
    return std::move(r).value();
}

} // namespace

WorkflowFixture::WorkflowFixture(const QTemporaryDir& dir, const std::string& name)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    m_workspace = orThrow(Workspace::open(path, true), "workspace");
    m_attachmentsDir = m_workspace->attachmentsDirectory();
    m_store = std::make_unique<SqliteWorkflowStore>(db(), m_attachmentsDir);
    m_files = std::make_unique<SqliteLoanFileStore>(db());
    for (const Actor* a : {&kAnalyst, &kAppraiser, &kManager, &kManager2, &kOtherAnalyst, &kOtherAppraiser})
        orThrow(
            insertUser(db(), user(a->userId, "user" + std::to_string(a->userId), a->displayName, a->role)),
            "user");
    LoanFile f = file(0, "", 0);
    f.analystId = kAnalyst.userId;
    f.product = Product::EquipmentMortgage;
    f.amount = Money::fromYuan(3'000'000);
    f.createdAtMs = kBaseMs - 10'000;
    f.updatedAtMs = 0;
    fileId = orThrow(m_files->createDraft(enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f),
                     "draft");
    truckId = orThrow(m_files->addTruck(truck(0, 1, 0, fileId)), "truck");
    kilnId = orThrow(m_files->addKiln(kiln(0, 1, 0, fileId)), "kiln");
}

WorkflowContext WorkflowFixture::context()
{
    return orThrow(m_store->context(fileId), "context");
}

std::int64_t WorkflowFixture::version()
{
    return orThrow(db().queryInt64("SELECT version FROM loan_files WHERE id = " + std::to_string(fileId)),
                   "version");
}

AuditEntry WorkflowFixture::entry(const Actor& actor, AuditKind kind, const std::string& subject,
                                  const std::string& before, const std::string& after, TimestampMs offsetMs)
{
    AuditEntry e;
    e.actorId = actor.userId;
    e.actorRole = actor.role;
    e.atMs = kBaseMs + offsetMs;
    e.kind = kind;
    e.subject = subject;
    e.before = before;
    e.after = after;
    return e;
}

PolicyException WorkflowFixture::exception(ExceptionKind kind, const std::string& subject,
                                           const std::string& justification, const Actor& actor,
                                           TimestampMs offsetMs)
{
    return PolicyException{0, 0, kind, subject, justification, actor.userId, kBaseMs + offsetMs};
}

WorkflowChange WorkflowFixture::move(LoanState to, const Actor& actor)
{
    const WorkflowContext ctx = context();
    WorkflowChange c;
    c.fileId = fileId;
    c.expectedVersion = ctx.file.version;
    c.from = ctx.file.state;
    c.to = to;
    c.audit = {entry(actor, AuditKind::State, "state", std::string(key(c.from)), std::string(key(to)), 1000)};
    return c;
}

std::string WorkflowFixture::dump()
{
    std::string out;
    auto tables = db().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (!tables)
        throw std::runtime_error(tables.error().message);
    for (auto more = tables->step(); more && *more; more = tables->step()) {
        const std::string table = tables->columnText(0);
        out += "[" + table + "]\n";
        auto rows = orThrow(db().prepare("SELECT * FROM \"" + table + "\" ORDER BY rowid"), "dump");
        for (auto row = rows.step(); row && *row; row = rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                out += (rows.columnIsNull(c) ? std::string("NULL") : rows.columnText(c)) + "|";
            out += "\n";
        }
    }
    return out;
}

} // namespace saggar::testdata
