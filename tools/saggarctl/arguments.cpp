#include "arguments.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace saggar::ctl {

bool Arguments::has(const std::string& flag) const
{
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::optional<std::string> Arguments::option(const std::string& name) const
{
    const auto it = options.find(name);
    if (it == options.end())
        return std::nullopt;
    return it->second;
}

Arguments parseArguments(int argc, const char* const argv[], const std::vector<std::string>& valued)
{
    Arguments args;
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word.rfind("--", 0) != 0) {
            args.words.push_back(word);
            continue;
        }
        word.erase(0, 2);
        const auto eq = word.find('=');
        if (eq != std::string::npos) {
            args.options[word.substr(0, eq)] = word.substr(eq + 1);
        } else if (std::find(valued.begin(), valued.end(), word) != valued.end() && i + 1 < argc) {
            args.options[word] = argv[++i];
        } else {
            args.flags.push_back(word);
        }
    }
    return args;
}

std::optional<long long> parseCount(const std::string& text)
{
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0)
        return std::nullopt;
    return value;
}

std::string defaultWorkspace()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/saggar/demo";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/saggar/demo";
}

} // namespace saggar::ctl
