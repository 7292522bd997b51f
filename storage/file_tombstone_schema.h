#pragma once

namespace saggar {

// Schema step: a loan file deleted (locally, or on the server as the feed's tombstone) is kept,
// marked with when and by whom, and left out of the portfolio (storage/sync_tombstones.h).
const char* fileTombstoneSchemaSql();

} // namespace saggar
