// The schema step that adds early-warning alerts (see schema.cpp for its number).
#pragma once

namespace saggar {

// alerts (one row per episode of a rule on an asset or file, with its queue state and response
// clock), alert_evidence (the readings and figures that fired it), alert_watermarks (how far the
// evaluator has read each asset's telemetry).
const char* alertsSchemaSql();

} // namespace saggar
