// The audit trail's hash chain: SHA-256 over a canonical, length-prefixed encoding of each entry, and the
// verifier that explains the first place where a stored history stops matching its own hashes.
#include "audit_chain.h"

#include <sodium.h>

#include <array>

namespace saggar {
namespace {

void ensureSodium()
{
    // crypto_hash_sha256 works without it, but libsodium asks for sodium_init() before any use; a
    // function-local static runs it exactly once even when several threads hash at the same time.
    static const bool ready = sodium_init() >= 0;
    (void)ready;
}

// Every field is written as an 8-byte big-endian length followed by its bytes, so no two different
// entries share an encoding (no separator can be forged from inside a field).
void appendField(std::string& out, std::string_view field)
{
    auto size = static_cast<std::uint64_t>(field.size());
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((size >> shift) & 0xFF));
    out.append(field);
}

std::string canonicalEncoding(const AuditEntry& e)
{
    std::string out;
    appendField(out, "saggar-audit-v1");
    appendField(out, std::to_string(e.loanFileId));
    appendField(out, std::to_string(e.seq));
    appendField(out, std::to_string(e.actorId));
    appendField(out, key(e.actorRole));
    appendField(out, std::to_string(e.atMs));
    appendField(out, key(e.kind));
    appendField(out, e.subject);
    appendField(out, e.before);
    appendField(out, e.after);
    appendField(out, e.reason);
    appendField(out, e.prevHashHex);
    return out;
}

std::string entryName(std::int64_t seq)
{
    return "entry " + std::to_string(seq);
}

ChainVerdict verdict(ChainProblem problem, std::int64_t seq, std::string message)
{
    return ChainVerdict{problem, seq, std::move(message)};
}

// The seq the entry at `index` should carry was skipped: it is either later in the list (reordered)
// or nowhere (missing).
ChainVerdict seqProblem(const std::vector<AuditEntry>& entries, std::size_t index, std::int64_t expected)
{
    const AuditEntry& e = entries[index];
    if (e.seq == expected - 1)
        return verdict(ChainProblem::Reordered, e.seq,
                       "The history is out of order: " + entryName(e.seq) + " appears twice.");
    if (e.seq < expected)
        return verdict(ChainProblem::Reordered, e.seq,
                       "The history is out of order: " + entryName(e.seq) + " comes after " +
                           entryName(expected - 1) + ".");
    for (std::size_t later = index + 1; later < entries.size(); ++later)
        if (entries[later].seq >= expected && entries[later].seq < e.seq)
            return verdict(ChainProblem::Reordered, e.seq,
                           "The history is out of order: " + entryName(e.seq) + " comes before " +
                               entryName(entries[later].seq) + ".");
    const std::string gap = e.seq == expected + 1
                                ? entryName(expected)
                                : "entries " + std::to_string(expected) + " to " + std::to_string(e.seq - 1);
    return verdict(ChainProblem::MissingEntry, expected,
                   "The history is incomplete: " + gap + (e.seq == expected + 1 ? " is" : " are") +
                       " missing before " + entryName(e.seq) + ".");
}

ChainVerdict headProblem(const std::vector<AuditEntry>& entries, std::int64_t headSeq)
{
    if (entries.empty())
        return verdict(ChainProblem::HeadMismatch, headSeq,
                       "The history is empty, but the file records " + std::to_string(headSeq) +
                           " entries: they were deleted.");
    const AuditEntry& last = entries.back();
    if (last.seq < headSeq) {
        const std::string lost = last.seq + 1 == headSeq ? entryName(headSeq) + " was"
                                                         : "entries " + std::to_string(last.seq + 1) +
                                                               " to " + std::to_string(headSeq) + " were";
        return verdict(ChainProblem::HeadMismatch, last.seq + 1,
                       "The history ends at " + entryName(last.seq) + ", but the file records " +
                           std::to_string(headSeq) + " entries: " + lost + " deleted.");
    }
    if (last.seq > headSeq)
        return verdict(ChainProblem::HeadMismatch, last.seq,
                       "The history goes on to " + entryName(last.seq) + ", but the file records only " +
                           std::to_string(headSeq) + " entries: entries were added outside the workflow.");
    return verdict(ChainProblem::HeadMismatch, last.seq,
                   "The last " + entryName(last.seq) +
                       " is not the one the file recorded: it was replaced after it was written.");
}

} // namespace

std::string auditEntryHash(const AuditEntry& entry)
{
    ensureSodium();
    const std::string encoded = canonicalEncoding(entry);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(encoded.data()), encoded.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

void chainAuditEntries(std::vector<AuditEntry>& entries, std::int64_t lastSeq, const std::string& lastHashHex)
{
    std::string prev = lastHashHex.empty() ? std::string(kGenesisHash) : lastHashHex;
    for (AuditEntry& e : entries) {
        e.seq = ++lastSeq;
        e.prevHashHex = prev;
        e.hashHex = auditEntryHash(e);
        prev = e.hashHex;
    }
}

ChainVerdict verifyAuditChain(const std::vector<AuditEntry>& entries, std::int64_t headSeq,
                              const std::string& headHashHex)
{
    // Checked in this order so the message names the cause rather than a consequence: an edited field
    // shows as a hash mismatch before it could look like a gap or a broken link.
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries[i];
        // Everything before this entry checked out, so its position says which seq it should carry
        // (its own seq field may be what was edited).
        const std::int64_t expected = i == 0 ? 1 : entries[i - 1].seq + 1;
        if (auditEntryHash(e) != e.hashHex)
            return verdict(ChainProblem::EditedEntry, expected,
                           "Entry " + std::to_string(expected) +
                               " was edited after it was written: its content no longer matches its hash.");
        if (e.seq != expected)
            return seqProblem(entries, i, expected);
        const std::string& prev = i == 0 ? std::string(kGenesisHash) : entries[i - 1].hashHex;
        if (e.prevHashHex != prev)
            return verdict(ChainProblem::BrokenLink, e.seq,
                           "Entry " + std::to_string(e.seq) + " does not follow " +
                               (i == 0 ? std::string("the start of the history") : entryName(e.seq - 1)) +
                               ": the link between them is broken, so an entry was changed or replaced.");
    }
    if (headHashHex.empty() || (entries.empty() && headSeq == 0))
        return {}; // no head recorded, or a head that says the history is empty
    if (entries.empty() || entries.back().seq != headSeq || entries.back().hashHex != headHashHex)
        return headProblem(entries, headSeq);
    return {};
}

} // namespace saggar
