// The risk-decision tables (a schema step in storage/schema.cpp): enterprises' accounts, every stored
// score with its model version and inputs, the routing bands as saved (append-only), review claims.
#pragma once

namespace saggar {

const char* riskDecisionSchemaSql();

} // namespace saggar
