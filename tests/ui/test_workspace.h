// A small demo workspace in a temporary folder, for tests that need a real store.
#pragma once

#include "core/demo_portfolio.h"
#include "storage/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace saggar::test {

inline constexpr const char* kPassword = "test-password";

struct TestWorkspace
{
    QTemporaryDir dir;
    PortfolioSnapshot snapshot;
    std::unique_ptr<Workspace> workspace; // open read-write on dir/saggar.db

    // Generates a demo portfolio (small by default), gives the three sign-in users kPassword
    // (hashed at the cheapest cost) and saves it. ok() says whether all of it worked.
    explicit TestWorkspace(DemoOptions options = smallOptions());
    bool ok() const { return workspace != nullptr; }
    std::string databasePath() const { return workspace->databasePath(); }
    static DemoOptions smallOptions();
};

} // namespace saggar::test
