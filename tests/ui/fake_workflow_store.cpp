#include "fake_workflow_store.h"

#include "core/audit_chain.h"
#include "core/document_requirements.h"

#include <QCryptographicHash>

#include <algorithm>

namespace saggar::test {
namespace {

constexpr TimestampMs kStart = 1'790'000'000'000; // November 2026

std::string mediaTypeOf(const std::string& bytes)
{
    if (bytes.rfind("%PDF-", 0) == 0)
        return "application/pdf";
    if (bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0)
        return "image/png";
    if (bytes.rfind("\xff\xd8\xff", 0) == 0)
        return "image/jpeg";
    return {};
}

template <typename T> T* byId(std::vector<T>& items, Id id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

FakeWorkflowStore::FakeWorkflowStore()
{
    m_enterprise.id = 1;
    m_enterprise.nameZh = "佛山南海陶瓷有限公司";
    m_enterprise.nameEn = "Foshan Nanhai Ceramics Co., Ltd.";
    m_enterprise.uscc = "91440605MA4UXXXX0X";
    m_enterprise.legalRepresentative = "黄伟";
    m_enterprise.annualRevenue = Money::fromYuan(80'000'000);
    m_enterprise.staff = 320;
    const auto person = [](Id id, const char* login, const char* name, Role role) {
        User u;
        u.id = id;
        u.login = login;
        u.displayName = name;
        u.role = role;
        return u;
    };
    m_users = {person(kAnalyst, "analyst", "李娜", Role::Analyst),
               person(kAppraiser, "appraiser", "王强", Role::Appraiser),
               person(kManager, "manager", "陈静", Role::Manager),
               person(kSecondManager, "manager2", "刘洋", Role::Manager),
               person(kOtherAnalyst, "analyst2", "赵磊", Role::Analyst)};
}

User FakeWorkflowStore::user(Id userId) const
{
    for (const User& u : m_users)
        if (u.id == userId)
            return u;
    return {};
}

Actor FakeWorkflowStore::actor(Id userId) const
{
    const User u = user(userId);
    return Actor{u.id, u.role, u.displayName};
}

Id FakeWorkflowStore::addFile(LoanState state, RiskGrade grade)
{
    FileData d;
    d.file.id = m_nextId++;
    d.file.fileNo = "SG-2026-" + std::to_string(900000 + d.file.id);
    d.file.enterpriseId = m_enterprise.id;
    d.file.product = Product::EquipmentMortgage;
    d.file.amount = Money::fromYuan(3'000'000);
    d.file.termMonths = 36;
    d.file.annualRatePct = 4.35;
    d.file.purpose = "购置辊道窑及配送车辆";
    d.file.state = state;
    d.file.analystId = kAnalyst;
    d.file.createdAtMs = kStart;
    d.file.updatedAtMs = kStart;

    Truck t;
    t.id = m_nextId++;
    t.enterpriseId = m_enterprise.id;
    t.loanFileId = d.file.id;
    t.vin = "LZZ5ELND0PW123456";
    t.plate = "粤E12345";
    t.brand = "Sinotruk";
    t.model = "HOWO TX";
    t.year = 2024;
    t.purchasePrice = Money::fromYuan(1'500'000);
    t.trackerId = "TRK-0A1B2C3D";
    d.trucks.push_back(t);
    Kiln k;
    k.id = m_nextId++;
    k.enterpriseId = m_enterprise.id;
    k.loanFileId = d.file.id;
    k.lengthM = 180;
    k.dailyCapacity = 12'000;
    k.yearInstalled = 2022;
    k.purchaseCost = Money::fromYuan(5'000'000);
    k.gatewayId = "GW-0A1B2C3D";
    d.kilns.push_back(k);
    for (DocumentKind kind : requiredDocuments(d.file.product)) {
        Document doc;
        doc.id = m_nextId++;
        doc.loanFileId = d.file.id;
        doc.kind = kind;
        doc.status =
            kind == DocumentKind::BusinessLicence ? DocumentStatus::Missing : DocumentStatus::Received;
        doc.updatedAtMs = kStart;
        d.documents.push_back(doc);
    }

    const int stage = static_cast<int>(state);
    if (stage >= static_cast<int>(LoanState::Appraisal))
        d.file.appraiserId = kAppraiser;
    if (stage > static_cast<int>(LoanState::Appraisal)) {
        d.trucks[0].appraisedValue = Money::fromYuan(1'200'000);
        d.trucks[0].appraisedBy = kAppraiser;
        d.kilns[0].appraisedValue = Money::fromYuan(4'000'000);
        d.kilns[0].appraisedBy = kAppraiser;
    }
    if (stage > static_cast<int>(LoanState::Draft)) {
        for (Document& doc : d.documents)
            doc.status = DocumentStatus::Verified;
        CreditMemo memo;
        memo.loanFileId = d.file.id;
        memo.version = 1;
        for (std::string& s : memo.sections)
            s = "Written before the test.";
        memo.authorId = kAnalyst;
        memo.atMs = kStart;
        d.memos.push_back(memo);
    }
    if (stage > static_cast<int>(LoanState::RiskAssessment))
        d.risk = RiskAssessment{grade, "Stable orders from two distributors.", kAnalyst, kStart};
    if (stage >= static_cast<int>(LoanState::Approved) && state != LoanState::Rejected &&
        state != LoanState::Declined) {
        d.memos.back().frozen = true;
        d.approvals.push_back(Approval{m_nextId++, d.file.id, 1, kManager, "", 1, kStart});
        d.file.managerId = kManager;
    }

    AuditEntry created;
    created.loanFileId = d.file.id;
    created.actorId = kAnalyst;
    created.actorRole = Role::Analyst;
    created.atMs = kStart;
    created.subject = "state";
    created.after = std::string(key(state));
    created.reason = "arranged by the test";
    d.audit.push_back(created);
    chainAuditEntries(d.audit, 0, kGenesisHash);
    const Id id = d.file.id;
    m_files.emplace(id, std::move(d));
    return id;
}

FakeWorkflowStore::FileData* FakeWorkflowStore::find(Id fileId)
{
    auto it = m_files.find(fileId);
    return it == m_files.end() ? nullptr : &it->second;
}

Id FakeWorkflowStore::documentOwner(Id documentId) const
{
    for (const auto& [id, d] : m_files)
        for (const Document& doc : d.documents)
            if (doc.id == documentId)
                return id;
    return 0;
}

template <typename Asset>
Result<Id> FakeWorkflowStore::pledge(const Asset& asset, std::vector<Asset> FileData::*list)
{
    FileData* d = find(asset.loanFileId);
    if (!d)
        return makeError("No such file.", ErrorCode::NotFound);
    Asset stored = asset;
    stored.id = m_nextId++;
    (d->*list).push_back(stored);
    ++d->file.version;
    return stored.id;
}

Result<LoanFileDetail> FakeWorkflowStore::loadFile(Id fileId)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("Loan file #" + std::to_string(fileId) + " does not exist.", ErrorCode::NotFound);
    LoanFileDetail out;
    out.file = d->file;
    out.enterprise = m_enterprise;
    out.trucks = d->trucks;
    out.kilns = d->kilns;
    out.documents = d->documents;
    out.analystName = user(d->file.analystId).displayName;
    out.appraiserName = user(d->file.appraiserId).displayName;
    out.managerName = user(d->file.managerId).displayName;
    return out;
}

Result<Id> FakeWorkflowStore::createDraft(const Enterprise&, const LoanFile&)
{
    return addFile(LoanState::Draft);
}

Result<Id> FakeWorkflowStore::addTruck(const Truck& truck)
{
    return pledge(truck, &FileData::trucks);
}

Result<Id> FakeWorkflowStore::addKiln(const Kiln& kiln)
{
    return pledge(kiln, &FileData::kilns);
}

Result<void> FakeWorkflowStore::editDraftTerms(Id fileId, std::int64_t expectedVersion,
                                               const DraftTerms& terms, Id actorId)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("No such file.", ErrorCode::NotFound);
    if (d->file.state != LoanState::Draft || d->file.analystId != actorId)
        return makeError("Only the analyst may change a draft's terms.", ErrorCode::Forbidden);
    AuditEntry e;
    e.actorId = actorId;
    e.kind = AuditKind::Field;
    e.subject = "terms";
    return write(fileId, expectedVersion, {e}, [&](FileData& f) {
        f.file.amount = terms.amount;
        f.file.termMonths = terms.termMonths;
        f.file.annualRatePct = terms.annualRatePct;
        f.file.purpose = terms.purpose;
    });
}

Result<WorkflowContext> FakeWorkflowStore::context(Id fileId)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("Loan file #" + std::to_string(fileId) + " does not exist.", ErrorCode::NotFound);
    WorkflowContext ctx;
    ctx.file = d->file;
    ctx.documents = d->documents;
    ctx.trucks = d->trucks;
    ctx.kilns = d->kilns;
    if (!d->memos.empty())
        ctx.memo = d->memos.back();
    ctx.risk = d->risk;
    ctx.round = d->round;
    for (const Approval& a : d->approvals)
        if (a.round == d->round)
            ctx.approvals.push_back(a);
    ctx.covenants = d->covenants;
    ctx.exceptions = d->exceptions;
    ctx.authority = m_authority;
    for (const User& u : m_users)
        ctx.userNames[u.id] = u.displayName;
    return ctx;
}

template <typename Body>
Result<void> FakeWorkflowStore::write(Id fileId, std::int64_t expectedVersion, std::vector<AuditEntry> audit,
                                      Body&& body)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("No such file.", ErrorCode::NotFound);
    if (expectedVersion != 0 && d->file.version != expectedVersion)
        return makeError("The file was changed by someone else; reopen it.", ErrorCode::Conflict);
    body(*d);
    for (AuditEntry& e : audit)
        e.loanFileId = fileId;
    chainAuditEntries(audit, d->audit.empty() ? 0 : d->audit.back().seq,
                      d->audit.empty() ? kGenesisHash : d->audit.back().hashHex);
    d->audit.insert(d->audit.end(), audit.begin(), audit.end());
    ++d->file.version;
    d->file.updatedAtMs = audit.empty() ? d->file.updatedAtMs : audit.back().atMs;
    ++writes;
    return {};
}

Result<void> FakeWorkflowStore::apply(const WorkflowChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, [&](FileData& d) {
        d.file.state = c.to;
        if (c.assignAppraiser)
            d.file.appraiserId = *c.assignAppraiser;
        if (c.assignManager)
            d.file.managerId = *c.assignManager;
        if (c.risk)
            d.risk = c.risk;
        if (c.approval)
            d.approvals.push_back(*c.approval);
        for (PolicyException e : c.exceptions) {
            e.id = m_nextId++;
            d.exceptions.push_back(e);
        }
        if (c.freezeMemoVersion)
            for (CreditMemo& m : d.memos)
                m.frozen = m.frozen || m.version == *c.freezeMemoVersion;
        if (c.startNewRound)
            ++d.round;
    });
}

Result<void> FakeWorkflowStore::apply(const DocumentChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, [&](FileData& d) {
        if (Document* doc = byId(d.documents, c.document.id))
            *doc = c.document;
        if (c.exception) {
            d.exceptions.push_back(*c.exception);
            d.exceptions.back().id = m_nextId++;
        }
    });
}

Result<void> FakeWorkflowStore::apply(const MemoChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, [&](FileData& d) { d.memos.push_back(c.memo); });
}

Result<void> FakeWorkflowStore::apply(const CovenantChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, [&](FileData& d) {
        if (Covenant* old = byId(d.covenants, c.covenant.id); old && c.covenant.id != 0) {
            *old = c.covenant;
        } else {
            d.covenants.push_back(c.covenant);
            d.covenants.back().id = m_nextId++;
        }
        if (c.exception) {
            d.exceptions.push_back(*c.exception);
            d.exceptions.back().id = m_nextId++;
        }
    });
}

Result<void> FakeWorkflowStore::apply(const ValuationChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, [&](FileData& d) {
        if (c.truck) {
            if (Truck* t = byId(d.trucks, c.assetId)) {
                t->appraisedValue = c.value;
                t->appraisedBy = c.appraisedBy;
            }
        } else if (Kiln* k = byId(d.kilns, c.assetId)) {
            k->appraisedValue = c.value;
            k->appraisedBy = c.appraisedBy;
        }
    });
}

Result<Attachment> FakeWorkflowStore::attach(Id documentId, const std::string& fileName,
                                             const std::string& bytes, const Actor& actor, TimestampMs nowMs)
{
    const Id fileId = documentOwner(documentId);
    if (fileId == 0)
        return makeError("No such document.", ErrorCode::NotFound);
    const std::string type = mediaTypeOf(bytes);
    if (type.empty())
        return makeError(fileName + " is not a PDF, PNG or JPEG file.", ErrorCode::InvalidInput);
    Attachment a;
    a.id = m_nextId++;
    a.documentId = documentId;
    a.fileName = fileName;
    a.mediaType = type;
    a.sizeBytes = static_cast<std::int64_t>(bytes.size());
    a.sha256Hex = QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
                      .toHex()
                      .toStdString();
    a.addedBy = actor.userId;
    a.atMs = nowMs;
    AuditEntry e;
    e.actorId = actor.userId;
    e.actorRole = actor.role;
    e.atMs = nowMs;
    e.kind = AuditKind::Attachment;
    for (const Document& doc : m_files.at(fileId).documents)
        if (doc.id == documentId)
            e.subject = "document:" + std::string(key(doc.kind));
    e.after = fileName;
    if (auto r = write(fileId, 0, {e}, [](FileData&) {}); !r)
        return r.error();
    m_bytes[a.sha256Hex] = bytes;
    m_attachments.push_back(a);
    return a;
}

Result<std::vector<Attachment>> FakeWorkflowStore::attachments(Id fileId)
{
    std::vector<Attachment> out;
    for (const Attachment& a : m_attachments)
        if (documentOwner(a.documentId) == fileId)
            out.push_back(a);
    return out;
}

Result<std::string> FakeWorkflowStore::attachmentBytes(const Attachment& attachment)
{
    auto it = m_bytes.find(attachment.sha256Hex);
    if (it == m_bytes.end())
        return makeError("The stored copy of " + attachment.fileName + " is gone.", ErrorCode::DatabaseIo);
    return it->second;
}

Result<std::vector<CreditMemo>> FakeWorkflowStore::memoVersions(Id fileId)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("No such file.", ErrorCode::NotFound);
    return d->memos;
}

Result<FileHistory> FakeWorkflowStore::history(Id fileId)
{
    FileData* d = find(fileId);
    if (!d)
        return makeError("No such file.", ErrorCode::NotFound);
    FileHistory h;
    h.entries = d->audit;
    h.verdict = forcedVerdict ? *forcedVerdict
                              : verifyAuditChain(d->audit, d->audit.empty() ? 0 : d->audit.back().seq,
                                                 d->audit.empty() ? std::string() : d->audit.back().hashHex);
    return h;
}

Result<std::vector<WorkItem>> FakeWorkflowStore::workFor(const Actor& actor)
{
    std::vector<WorkItem> out;
    for (const auto& [id, d] : m_files) {
        const LoanState s = d.file.state;
        bool mine = false;
        switch (actor.role) {
        case Role::Analyst:
            mine = s == LoanState::Draft && d.file.analystId == actor.userId;
            break;
        case Role::Appraiser:
            mine = s == LoanState::Submitted ||
                   (s == LoanState::Appraisal && d.file.appraiserId == actor.userId);
            break;
        case Role::Manager:
            mine = s == LoanState::AutoApproved || s == LoanState::ManualReview || s == LoanState::Declined ||
                   s == LoanState::Approved || s == LoanState::Default || s == LoanState::Disposal;
            break;
        }
        if (mine)
            out.push_back(
                WorkItem{id, d.file.fileNo, m_enterprise.nameZh, s, d.file.amount, d.file.updatedAtMs});
    }
    return out;
}

Result<void> FakeWorkflowStore::setAuthority(const AuthorityTable& table, const Actor& actor)
{
    if (actor.role != Role::Manager)
        return makeError("Only a manager can change the authority table.", ErrorCode::Forbidden);
    if (auto ok = table.check(); !ok)
        return ok;
    m_authority = table;
    return {};
}

} // namespace saggar::test
