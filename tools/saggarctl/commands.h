// saggarctl's commands, callable from tests with their own output streams.
#pragma once

#include "arguments.h"

#include <iosfwd>

namespace saggar::ctl {

// Runs the command the arguments name; returns the process exit code
// (0 done, 1 the input was refused, 2 usage or environment error).
int run(const Arguments& args, std::ostream& out, std::ostream& err);

int demoCreate(const Arguments& args, std::ostream& out, std::ostream& err);
int authority(const Arguments& args, std::ostream& out, std::ostream& err); // list | set
int explainValuationCommand(const Arguments& args, std::ostream& out, std::ostream& err); // valuation explain
int revalue(const Arguments& args, std::ostream& out, std::ostream& err);   // valuation revalue
int sales(const Arguments& args, std::ostream& out, std::ostream& err);     // valuation sales …

// The demo users' shared password (the README lists it with their logins).
inline constexpr const char* kDemoPassword = "saggar-demo";

} // namespace saggar::ctl
