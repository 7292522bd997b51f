// An in-memory stand-in for the server's PATCH and change-feed endpoints, for the engine's logic tests
// until the real endpoints exist: files with versions, stored answers per idempotency key (a repeat
// replays the first answer with no new effect), and a script of faults for the next exchanges.
#pragma once

#include "sync/sync_transport.h"

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace saggar::test {

enum class Fault {
    None,
    BeforeDelivery,   // the request never reaches the server: an error, no effect
    AfterCommit,      // the server commits, the answer is lost: an error, one effect
    Unavailable,      // 503 with Retry-After
    MalformedSuccess, // 200 with a cut-off body after committing
    Conflict,         // 409 with a conflict body, no effect
    Unprocessable,    // 422, no effect
};

class ScriptedServer : public SyncTransport
{
public:
    Result<SyncReply> exchange(const SyncRequest& request) override;

    std::deque<Fault> script; // consumed one per exchange; None when empty
    std::string retryAfter = "120";
    std::vector<std::string> effects; // the idempotency keys applied, in order
    std::map<std::int64_t, std::int64_t> versions;
    std::vector<SyncRequest> requests;
    // The change feed: every page answers at most `pageSize` of these after the cursor.
    std::vector<std::string> feed; // JSON objects of changes, seq = index + 1
    std::size_t pageSize = 2;
    std::string feedOverride; // when set, the answer to every GET /changes

private:
    std::map<std::string, SyncReply> m_stored;
};

// A transport that hands every exchange to `server`, which outlives the engine that owns it.
std::unique_ptr<SyncTransport> forwardTo(ScriptedServer& server);

} // namespace saggar::test
