// saggar-sim's commands, callable from tests with their own output streams and stop flag.
//   history: writes --days of readings for the selected assets straight into <workspace>/telemetry.db
//   live:    appends readings every --interval-ms in real time until --duration has passed or stop
// Until the bank server (issue 5) exists, live mode writes telemetry.db directly; once it does, live
// mode will post the devices' reports to the server, which streams them to the workstations.
#pragma once

#include "arguments.h"

#include <atomic>
#include <iosfwd>
#include <string>
#include <vector>

namespace saggar::simtool {

// Options that take a value (the rest are flags).
const std::vector<std::string>& valuedOptions();

// Runs the command the arguments name; returns the exit code (0 done, 1 refused, 2 usage or
// environment error). `stop` ends a live run early (SIGINT in the executable).
int run(const ctl::Arguments& args, std::ostream& out, std::ostream& err,
        const std::atomic<bool>* stop = nullptr);

int history(const ctl::Arguments& args, std::ostream& out, std::ostream& err);
int live(const ctl::Arguments& args, std::ostream& out, std::ostream& err, const std::atomic<bool>* stop);

} // namespace saggar::simtool
