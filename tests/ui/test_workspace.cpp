#include "test_workspace.h"

#include "core/password.h"
#include "storage/portfolio_writer.h"

namespace saggar::test {

DemoOptions TestWorkspace::smallOptions()
{
    DemoOptions o;
    o.seed = 7;
    o.enterprises = 40;
    o.files = 300;
    o.trucks = 160;
    o.kilns = 40;
    return o;
}

TestWorkspace::TestWorkspace(DemoOptions options)
{
    snapshot = generateDemoPortfolio(options);
    for (User& u : snapshot.users)
        if (u.login == "analyst" || u.login == "appraiser" || u.login == "manager") {
            auto hash = hashPassword(kPassword);
            if (!hash)
                return;
            u.passwordHash = hash.value();
        }
    auto opened = Workspace::open(dir.path().toStdString(), true);
    if (!opened)
        return;
    if (!savePortfolio(opened.value()->db(), snapshot))
        return;
    workspace = std::move(opened).value();
}

} // namespace saggar::test
