// saggarctl demo create: a believable demo workspace, generated from a seed and saved in one go.
#include "commands.h"

#include "core/demo_portfolio.h"
#include "core/password.h"
#include "core/risk_default_model.h"
#include "core/telemetry_time.h"
#include "storage/demo_realised_sales.h"
#include "storage/demo_risk_history.h"
#include "storage/demo_valuation_history.h"
#include "storage/demo_valuation_model.h"
#include "storage/portfolio_writer.h"
#include "storage/workspace.h"

#include <chrono>
#include <filesystem>
#include <ostream>

namespace saggar::ctl {
namespace {

bool readCount(const Arguments& args, const std::string& name, int& target, std::ostream& err)
{
    const auto text = args.option(name);
    if (!text)
        return true;
    const auto value = parseCount(*text);
    if (!value || *value < 1 || *value > 10'000'000) {
        err << "--" << name << " takes a whole number from 1 to 10000000, not '" << *text << "'\n";
        return false;
    }
    target = static_cast<int>(*value);
    return true;
}

} // namespace

int demoCreate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    DemoOptions options;
    if (const auto seed = args.option("seed")) {
        const auto value = parseCount(*seed);
        if (!value) {
            err << "--seed takes a whole number, not '" << *seed << "'\n";
            return 2;
        }
        options.seed = static_cast<std::uint64_t>(*value);
    }
    if (const auto now = args.option("now")) {
        // The demo's "today": a fixed default keeps a seed's workspace identical; the first command passes
        // the real date so that ages and review clocks read as they would in a bank this morning.
        const auto parsed = parseTelemetryTime(*now);
        if (!parsed) {
            err << "--now: '" << *now << "' is not a time (ISO-8601 with a zone, or epoch ms).\n";
            return 2;
        }
        options.nowMs = *parsed;
    }
    if (!readCount(args, "files", options.files, err) ||
        !readCount(args, "enterprises", options.enterprises, err) ||
        !readCount(args, "trucks", options.trucks, err) || !readCount(args, "kilns", options.kilns, err))
        return 2;
    if (args.option("files") && !args.option("enterprises")) {
        // Scale the rest of the portfolio with the number of files, as in the default mix.
        options.enterprises = std::max(1, options.files * 3 / 4);
        options.trucks = options.files * 4;
        options.kilns = options.files;
    }

    const std::string dir = args.option("workspace").value_or(defaultWorkspace());
    const auto dbPath = std::filesystem::path(dir) / Workspace::kDatabaseFileName;
    std::error_code ec;
    if (std::filesystem::exists(dbPath, ec)) {
        err << "A workspace already exists at " << dbPath.string()
            << "; it was left untouched. Choose another --workspace folder, or remove that one first.\n";
        return 1;
    }

    const auto started = std::chrono::steady_clock::now();
    PortfolioSnapshot snapshot = generateDemoPortfolio(options);
    for (User& user : snapshot.users) {
        if (user.login != "analyst" && user.login != "appraiser" && user.login != "manager")
            continue;
        auto hash = hashPassword(kDemoPassword);
        if (!hash) {
            err << hash.error().message << '\n';
            return 2;
        }
        user.passwordHash = std::move(hash).value();
    }

    auto workspace = Workspace::open(dir, true);
    if (!workspace) {
        err << workspace.error().message << '\n';
        return 2;
    }
    if (auto saved = savePortfolio(workspace.value()->db(), snapshot); !saved) {
        err << "The demo portfolio was not saved: " << saved.error().message << '\n';
        return 1;
    }
    const auto& model = risk::defaultApplicationModel();
    if (!model) {
        err << model.error().message << '\n';
        return 2;
    }
    auto risk = addDemoRiskHistory(workspace.value()->db(), workspace.value()->attachmentsDirectory(), *model,
                                   options.seed, options.nowMs);
    if (!risk) {
        err << "The demo's risk history was not saved: " << risk.error().message << '\n';
        return 1;
    }
    auto valuation = addDemoValuation(workspace.value()->db(), options.seed, options.nowMs);
    if (!valuation) {
        err << "The demo's valuation library and model were not saved: " << valuation.error().message << '\n';
        return 1;
    }
    auto ltvHistory = addDemoValuationHistory(workspace.value()->db(), options.seed, options.nowMs);
    if (!ltvHistory) {
        err << "The demo's valuation history was not saved: " << ltvHistory.error().message << '\n';
        return 1;
    }
    auto realised = addDemoRealisedSales(workspace.value()->db(), options.seed, options.nowMs);
    if (!realised) {
        err << "The demo's challenger model and realised sales were not saved: " << realised.error().message
            << '\n';
        return 1;
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    out << "Created demo workspace " << workspace.value()->databasePath() << " in " << ms
        << " ms: " << snapshot.enterprises.size() << " enterprises, " << snapshot.files.size()
        << " loan files, " << snapshot.trucks.size() << " trucks, " << snapshot.kilns.size()
        << " kilns (seed " << options.seed << "); " << risk->scored << " decided files scored by model "
        << model->version << " (" << risk->routedAsRecorded
        << " routed as recorded); valuation library " << valuation->libraryVersion << ", champion model "
        << valuation->modelVersion << " trained on " << valuation->sales << " generated sales; "
        << ltvHistory->valuations << " monthly valuations of " << ltvHistory->assets
        << " pledged assets over " << ltvHistory->months << " months, " << ltvHistory->covenants
        << " LTV covenants (" << ltvHistory->breached << " breached now).\nSign in as analyst, appraiser or manager with the password "
        << kDemoPassword << ".\n";
    out << "Challenger model " << realised->challengerVersion << " values " << realised->challengerAssets << " of "
        << realised->soldAssets << " sold assets; " << realised->soldAssets + realised->outsideSales
        << " realised sales (" << realised->soldAssets << " of pledged assets, " << realised->outsideSales
        << " outside comparables) and " << realised->valuations << " valuations made before them.\n";
    return 0;
}

} // namespace saggar::ctl
