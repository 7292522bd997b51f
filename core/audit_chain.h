// The audit trail's hash chain: each entry's hash covers the previous entry's hash and every field
// of the entry, so an edited, deleted or reordered entry breaks the chain. Pure computation.
#pragma once

#include "workflow_types.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar {

inline constexpr const char* kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) of prevHashHex and the entry's fields in a canonical, length-prefixed encoding.
std::string auditEntryHash(const AuditEntry& entry);

// Gives `entries` (in order) seq numbers after `lastSeq` and chains them after `lastHashHex`.
void chainAuditEntries(std::vector<AuditEntry>& entries, std::int64_t lastSeq,
                       const std::string& lastHashHex);

enum class ChainProblem { None, EditedEntry, MissingEntry, Reordered, BrokenLink, HeadMismatch };

struct ChainVerdict
{
    ChainProblem problem = ChainProblem::None;
    std::int64_t seq = 0; // the first entry where it shows
    std::string message;  // in words, for the person reading the history
    bool ok() const { return problem == ChainProblem::None; }
};

// Checks the entries of one file, in stored order, against each other and against the head the
// file records (the last seq and hash); an empty headHashHex means "no head recorded".
ChainVerdict verifyAuditChain(const std::vector<AuditEntry>& entries, std::int64_t headSeq,
                              const std::string& headHashHex);

} // namespace saggar
