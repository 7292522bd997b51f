// Reads an outbox body (a field patch, a workflow move, a delete, an attachment, a new file) into the
// EditSummary the queue view shows. Never fails: a body it cannot read is EditKind::Other.
#pragma once

#include "core/sync_queue.h"

#include <string_view>

namespace saggar {

EditSummary summarizeEdit(std::string_view body);

} // namespace saggar
