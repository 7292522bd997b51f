#include "file_tombstone_schema.h"

namespace saggar {

const char* fileTombstoneSchemaSql()
{
    return R"sql(
ALTER TABLE loan_files ADD COLUMN deleted_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE loan_files ADD COLUMN deleted_by TEXT NOT NULL DEFAULT '';
)sql";
}

} // namespace saggar
