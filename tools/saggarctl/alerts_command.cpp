// saggarctl alerts evaluate|list: run the early-warning rules over a workspace's new telemetry (and
// escalate alerts whose response clock ran out), or list the alert queue.
#include "commands.h"

#include "core/clock.h"
#include "core/telemetry_time.h"
#include "storage/alert_evaluator.h"
#include "storage/workspace.h"

#include <chrono>
#include <iomanip>
#include <ostream>

namespace saggar::ctl {
namespace {

std::string subject(const Alert& a)
{
    if (!a.finding.asset)
        return "file";
    return std::string(key(a.finding.asset->kind)) + ":" + std::to_string(a.finding.asset->id) +
           (a.assetLabel.empty() ? "" : " " + a.assetLabel);
}

int evaluate(const Arguments& args, Workspace& workspace, TimestampMs nowMs, std::ostream& out,
             std::ostream& err)
{
    auto telemetry = TelemetryStore::openInWorkspace(workspace.directory(), OpenMode::CreateReadWrite);
    if (!telemetry) {
        err << telemetry.error().message << '\n';
        return 2;
    }
    (void)args;
    AlertEvaluator evaluator(workspace.db(), **telemetry);
    const auto started = std::chrono::steady_clock::now();
    auto stats = evaluator.evaluate(nowMs);
    if (!stats) {
        err << "The alerts were not evaluated: " << stats.error().message << '\n';
        return 2;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    SqliteAlertStore store(workspace.db());
    ManualClock clock(nowMs);
    AlertService service(store, clock);
    auto escalated = service.escalateOverdue();
    if (!escalated) {
        err << "Overdue alerts were not escalated: " << escalated.error().message << '\n';
        return 2;
    }
    out << stats->assetsWatched << " pledged assets watched, " << stats->assetsEvaluated
        << " with new readings (" << stats->readings << " readings) in " << std::fixed << std::setprecision(2)
        << seconds << " s\n"
        << stats->findings << " findings: " << stats->stored.raised << " new alerts, "
        << stats->stored.updated << " updated, " << stats->stored.unchanged << " unchanged; " << *escalated
        << " escalated\n";
    return 0;
}

int list(const Arguments& args, Workspace& workspace, TimestampMs nowMs, std::ostream& out, std::ostream& err)
{
    SqliteAlertStore store(workspace.db());
    AlertFilter filter;
    filter.includeResolved = args.has("all");
    auto alerts = store.alerts(filter);
    if (!alerts) {
        err << alerts.error().message << '\n';
        return 2;
    }
    for (const Alert& a : *alerts) {
        const auto left = responseTimeLeft(a, nowMs);
        out << a.id << '\t' << key(a.finding.severity) << '\t' << key(a.finding.rule) << '\t' << key(a.state)
            << '\t' << a.fileNo << '\t' << subject(a) << '\t' << formatTelemetryTime(a.finding.startedMs)
            << '\t'
            << (left ? (*left >= 0 ? std::to_string(*left / 60000) + " min left" : "overdue") : "answered")
            << '\t' << a.finding.detail << (a.finding.active ? "" : " (over)") << '\n';
    }
    out << alerts->size() << " alerts\n";
    return 0;
}

} // namespace

int alerts(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const std::string noun = args.words.size() > 1 ? args.words[1] : "";
    if ((noun != "evaluate" && noun != "list") || args.words.size() != 2) {
        err << "usage: saggarctl alerts evaluate [--workspace DIR] [--now TIME]\n"
               "       saggarctl alerts list [--workspace DIR] [--all] [--now TIME]\n";
        return 2;
    }
    TimestampMs nowMs = SystemClock().nowMs();
    if (auto text = args.option("now")) {
        const auto parsed = parseTelemetryTime(*text);
        if (!parsed) {
            err << "--now: '" << *text << "' is not a time (ISO-8601 with a zone, or epoch ms).\n";
            return 2;
        }
        nowMs = *parsed;
    }
    auto workspace = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!workspace) {
        err << workspace.error().message << '\n';
        return 2;
    }
    return noun == "evaluate" ? evaluate(args, **workspace, nowMs, out, err)
                              : list(args, **workspace, nowMs, out, err);
}

} // namespace saggar::ctl
