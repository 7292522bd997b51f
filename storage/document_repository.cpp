#include "document_repository.h"

#include "repository_support.h"

namespace saggar {
namespace {

constexpr int kMaxNoteChars = 2000;
constexpr const char* kSelectDocument =
    "SELECT id, loan_file_id, kind, status, note, updated_at_ms FROM documents";

Document readDocument(const Statement& s)
{
    Document d;
    d.id = s.columnInt64(0);
    d.loanFileId = s.columnInt64(1);
    d.kind = enumColumn(s, 2, DocumentKind::BusinessLicence);
    d.status = enumColumn(s, 3, DocumentStatus::Missing);
    d.note = s.columnText(4);
    d.updatedAtMs = s.columnInt64(5);
    return d;
}

} // namespace

const char* const kInsertDocumentSql =
    "INSERT INTO documents (id, loan_file_id, kind, status, note, updated_at_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

Result<void> bindDocument(Statement& stmt, const Document& d)
{
    return stmt.bindAll(nullIfZero(d.id), d.loanFileId, key(d.kind), key(d.status), d.note, d.updatedAtMs);
}

Result<void> validateDocumentRecord(const Document& document)
{
    if (auto bad = checkText(document.note, false, kMaxNoteChars))
        return makeError("The document was not saved: note: " + bad->message, ErrorCode::InvalidInput);
    return {};
}

Result<Id> insertDocument(Database& db, const Document& document)
{
    if (auto r = validateDocumentRecord(document); !r)
        return r.error();
    return insertRow(
        db, kInsertDocumentSql, [&](Statement& s) { return bindDocument(s, document); },
        "The document was not saved");
}

Result<Document> getDocument(const Database& db, Id id)
{
    return readOne<Document>(db, std::string(kSelectDocument) + " WHERE id = ?1", id, readDocument,
                             "There is no document with id " + std::to_string(id) + ".");
}

Result<std::vector<Document>> listDocumentsOfFile(const Database& db, Id loanFileId)
{
    return readMany<Document>(db, std::string(kSelectDocument) + " WHERE loan_file_id = ?1 ORDER BY id",
                              loanFileId, readDocument);
}

} // namespace saggar
