#include "demo_seed.h"

#include "core/demo_portfolio.h"
#include "core/password.h"
#include "storage/portfolio_writer.h"
#include "storage/user_repository.h"

#include <Poco/RandomStream.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace saggar::server {

std::string defaultServerDirectory()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/saggar/server";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/saggar/server";
}

Result<std::string> serverSecret(const std::string& dir)
{
    const auto path = std::filesystem::path(dir) / "token.secret";
    if (std::ifstream in(path); in) {
        std::string secret;
        std::getline(in, secret);
        if (secret.size() >= 32)
            return secret;
        return Error{"the token secret " + path.string() + " is too short; remove it to make a new one",
                     ErrorCode::InvalidInput,
                     {}};
    }
    Poco::RandomInputStream random;
    std::ostringstream hex;
    for (int i = 0; i < 32; ++i)
        hex << std::hex << std::setw(2) << std::setfill('0') << (random.get() & 0xff);
    std::ofstream out(path);
    out << hex.str() << '\n';
    out.close();
    if (!out)
        return Error{"cannot write the token secret " + path.string(), ErrorCode::DatabaseIo, {}};
    ::chmod(path.c_str(), S_IRUSR | S_IWUSR);
    return hex.str();
}

Result<void> seedDemoIfEmpty(Database& db)
{
    auto users = listUsers(db);
    if (!users)
        return users.error();
    if (!users.value().empty())
        return {};
    PortfolioSnapshot snapshot = generateDemoPortfolio(DemoOptions{});
    for (User& user : snapshot.users) {
        if (user.login != "analyst" && user.login != "appraiser" && user.login != "manager")
            continue;
        auto hash = hashPassword(kDemoPassword);
        if (!hash)
            return hash.error();
        user.passwordHash = std::move(hash).value();
    }
    return savePortfolio(db, snapshot);
}

} // namespace saggar::server
