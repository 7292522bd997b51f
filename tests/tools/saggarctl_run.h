// Runs a saggarctl command line in-process with its own output streams, for the command-line tests.
#pragma once

#include "commands.h"

#include <sstream>
#include <string>
#include <vector>

namespace saggar::ctl::testing {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

// `valued` names the options that take a value, as main() does.
inline Run runSaggarctl(const std::vector<std::string>& words, const std::vector<std::string>& valued)
{
    std::vector<const char*> argv{"saggarctl"};
    for (const auto& w : words)
        argv.push_back(w.c_str());
    const auto args = parseArguments(static_cast<int>(argv.size()), argv.data(), valued);
    std::ostringstream out, err;
    const int code = run(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace saggar::ctl::testing
