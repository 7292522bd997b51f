// Documents of a loan file (the checklist and what was received) in the store: insert, get, list.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <vector>

namespace saggar {

// Refuses an over-long note (InvalidInput) and a file that is not stored (Conflict).
[[nodiscard]] Result<Id> insertDocument(Database& db, const Document& document);
[[nodiscard]] Result<Document> getDocument(const Database& db, Id id);
[[nodiscard]] Result<std::vector<Document>> listDocumentsOfFile(const Database& db, Id loanFileId); // by id

// For bulk writers.
[[nodiscard]] Result<void> validateDocumentRecord(const Document& document);
extern const char* const kInsertDocumentSql;
[[nodiscard]] Result<void> bindDocument(Statement& stmt, const Document& document);

} // namespace saggar
