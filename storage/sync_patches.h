// The contract's field patches (docs/sync-api.md) for the edits storage writes, built as JSON text so
// storage needs no JSON library.
#pragma once

#include "core/domain.h"
#include "core/workflow.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace saggar {

// {"add":{"trucks":[{…}]}} and {"add":{"kilns":[{…}]}} for a newly pledged asset.
std::string truckAddPatch(const Truck& truck);
std::string kilnAddPatch(const Kiln& kiln);

// {"set":{"amountFen":…,"purpose":…}}: the draft fields that differ between `before` and `after`
// (amountFen, termMonths, annualRatePct, purpose), one path each, so the server merges edits of
// different fields and refuses two edits of the same one. Empty when nothing differs.
std::string draftFieldsPatch(const LoanFile& before, const LoanFile& after);

// {"set":{"memo/sections/<section>":"…"}} for the sections `after` changes from `before` (none: every
// section that is not empty). Empty when nothing differs.
std::string memoPatch(const std::optional<CreditMemo>& before, const CreditMemo& after);

// {"set":{"documents/<id>/status":"received","documents/<id>/note":"…"}} for what differs, plus
// "documents/<id>/justification" for a waiver (not a field: the server needs it to grant the waiver).
std::string documentPatch(const Document& before, const Document& after, const std::string& justification);

// A workflow move as the body of POST /api/v1/files/{id}/actions, kept in the outbox like a patch:
// {"action":"approve","reason":"…","grade":"b","rationale":"…"} (grade and rationale only for
// assess_risk: the grade and rationale the rules settled on, the scorecard's included).
std::string workflowActionBody(const WorkflowChange& change);

// Whether an outbox row holds a workflow move (sent to …/actions) rather than a field patch.
bool isWorkflowActionBody(std::string_view json);

// A document's new attachment, kept in the outbox until its content is on the server:
// {"attach":<documentId>,"body":{"fileName","mediaType","sizeBytes","sha256Hex","atMs"}} — the body is
// what POST /api/v1/files/{id}/documents/{documentId}/attachments takes, after PUT /api/v1/blobs/{sha256}.
std::string attachmentOutboxBody(const Attachment& attachment);
bool isAttachmentBody(std::string_view json);

// A new condition or covenant: {"add":{"covenants":[{kind, metric, description, threshold, status,
// note}]}} (the server gives it its id).
std::string covenantAddPatch(const Covenant& covenant);
// {"set":{"covenants/<id>/status":…,"covenants/<id>/note":…}} for what differs (kind, metric,
// description, threshold, status, note), plus "covenants/<id>/justification" for a waiver (not a
// field: it becomes the policy exception's justification). Empty when nothing differs.
std::string covenantPatch(const Covenant& before, const Covenant& after, const std::string& justification);
// {"set":{"trucks/<id>/appraisedValueFen":…}} (kilns/<id>/… for a kiln); appraisedBy is the caller.
std::string valuationPatch(bool truck, Id assetId, Money value);

} // namespace saggar
