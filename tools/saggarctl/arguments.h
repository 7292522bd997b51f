// A small parser for saggarctl's "verb noun --option value" command lines.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace saggar::ctl {

struct Arguments
{
    std::vector<std::string> words;              // positional, in order
    std::map<std::string, std::string> options;  // --name value (or --name=value)
    std::vector<std::string> flags;              // --name without a value

    bool has(const std::string& flag) const;
    std::optional<std::string> option(const std::string& name) const;
};

// Options named in `valued` take a value; any other --name is a flag.
Arguments parseArguments(int argc, const char* const argv[], const std::vector<std::string>& valued);

// Parses a whole non-negative decimal number; nothing for anything else.
std::optional<long long> parseCount(const std::string& text);

std::string defaultWorkspace(); // $XDG_DATA_HOME/saggar/demo or ~/.local/share/saggar/demo

} // namespace saggar::ctl
