#include "sim_setup.h"

#include "core/telemetry_time.h"
#include "storage/telemetry_asset_source.h"
#include "storage/workspace.h"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <ostream>

namespace saggar::simtool {
namespace {

std::optional<Id> parseId(std::string_view text)
{
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

TimestampMs wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string withThousands(std::int64_t n)
{
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

Result<std::vector<TelemetryAsset>> selectAssets(const std::vector<TelemetryAsset>& all,
                                                 const std::string& spec)
{
    if (spec.empty() || spec == "all")
        return all;
    std::vector<bool> chosen(all.size(), false);
    std::string_view rest = spec;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        const auto colon = item.find(':');
        const std::string_view kindText = item.substr(0, colon);
        const std::string_view value =
            colon == std::string_view::npos ? std::string_view{} : item.substr(colon + 1);
        const Error bad = makeError("--assets: '" + std::string(item) +
                                        "' is not like truck:12, truck:1-40, kiln:3, trucks:100 or kilns:20.",
                                    ErrorCode::InvalidInput);
        if (kindText == "trucks" || kindText == "kilns") {
            const auto n = parseId(value);
            if (!n)
                return bad;
            const AssetKind kind = kindText == "trucks" ? AssetKind::Truck : AssetKind::Kiln;
            Id taken = 0;
            for (std::size_t i = 0; i < all.size() && taken < *n; ++i)
                if (all[i].kind == kind)
                    chosen[i] = true, ++taken;
            continue;
        }
        const auto kind = fromKey<AssetKind>(kindText);
        const auto dash = value.find('-');
        const auto first = parseId(value.substr(0, dash));
        const auto last = dash == std::string_view::npos ? first : parseId(value.substr(dash + 1));
        if (!kind || !first || !last || *last < *first)
            return bad;
        bool any = false;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].kind == *kind && all[i].id >= *first && all[i].id <= *last)
                chosen[i] = true, any = true;
        if (!any)
            return makeError("--assets: the workspace has no " + std::string(kindText) + " " +
                                 std::string(value) + ".",
                             ErrorCode::InvalidInput);
    }
    std::vector<TelemetryAsset> out;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (chosen[i])
            out.push_back(all[i]);
    return out;
}

std::optional<TimestampMs> timeOption(const ctl::Arguments& args, const std::string& name, std::ostream& err,
                                      bool& bad)
{
    const auto text = args.option(name);
    if (!text)
        return std::nullopt;
    const auto t = parseTelemetryTime(*text);
    if (!t) {
        err << "--" << name
            << " takes an ISO-8601 time with a zone (2026-11-01T00:00:00Z) or epoch milliseconds, not '"
            << *text << "'\n";
        bad = true;
    }
    return t;
}

std::optional<SimSetup> prepare(const ctl::Arguments& args, std::ostream& err)
{
    SimSetup setup;
    setup.workspace = args.option("workspace").value_or(ctl::defaultWorkspace());
    if (const auto seed = args.option("seed")) {
        const auto value = ctl::parseCount(*seed);
        if (!value) {
            err << "--seed takes a whole number, not '" << *seed << "'\n";
            return std::nullopt;
        }
        setup.seed = static_cast<std::uint64_t>(*value);
    }
    const auto mainPath = std::filesystem::path(setup.workspace) / Workspace::kDatabaseFileName;
    // Read-only: the simulator learns the portfolio's assets and never writes the loan files.
    auto mainDb = Database::open(mainPath.string(), OpenMode::ExistingReadOnly);
    if (!mainDb) {
        err << mainDb.error().message << "\nCreate one first: saggarctl demo create --workspace "
            << setup.workspace << '\n';
        return std::nullopt;
    }
    auto all = loadTelemetryAssets(*mainDb);
    if (!all) {
        err << all.error().message << '\n';
        return std::nullopt;
    }
    auto selected = selectAssets(*all, args.option("assets").value_or("all"));
    if (!selected) {
        err << selected.error().message << '\n';
        return std::nullopt;
    }
    if (selected->empty()) {
        err << "The workspace has no trucks or kilns to simulate.\n";
        return std::nullopt;
    }
    setup.assets = std::move(*selected);
    return setup;
}

bool openStore(SimSetup& setup, std::ostream& err)
{
    auto store = TelemetryStore::openInWorkspace(setup.workspace, OpenMode::CreateReadWrite);
    if (!store) {
        err << store.error().message << '\n';
        return false;
    }
    setup.store = std::move(*store);
    return true;
}

std::optional<std::vector<sim::Fault>> faultsFor(const ctl::Arguments& args, const SimSetup& setup,
                                                 TimeRange window, bool startNow, std::ostream& err)
{
    auto specs = sim::parseFaultSpecs(args.option("faults").value_or(""));
    if (!specs) {
        err << specs.error().message << '\n';
        return std::nullopt;
    }
    if (startNow)
        for (sim::FaultSpec& spec : *specs)
            if (!spec.atMs && !spec.fromEndMs && !spec.fromStartMs)
                spec.fromStartMs = 0;
    auto faults = sim::resolveFaults(*specs, setup.assets, window, setup.seed);
    if (!faults) {
        err << faults.error().message << '\n';
        return std::nullopt;
    }
    return std::move(*faults);
}

} // namespace saggar::simtool
