#include "commands.h"

#include "core/validation.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/workspace.h"

#include <ostream>

namespace saggar::ctl {

int telemetryImport(const Arguments& args, std::ostream& out, std::ostream& err); // telemetry_command.cpp
int risk(const Arguments& args, std::ostream& out, std::ostream& err);            // risk_command.cpp
int valuation(const Arguments& args, std::ostream& out, std::ostream& err);       // valuation_command.cpp
int alerts(const Arguments& args, std::ostream& out, std::ostream& err);          // alerts_command.cpp

namespace {

constexpr const char* kUsage =
    "usage: saggarctl <command>\n"
    "  demo create [--workspace DIR] [--seed N] [--now TIME] [--files N] [--enterprises N] [--trucks N] "
    "[--kilns N]\n"
    "                       generate a demo workspace (refuses to touch an existing one)\n"
    "  validate uscc|vin|plate VALUE\n"
    "                       check a unified social credit code, VIN or Chinese plate\n"
    "  users list [--workspace DIR]\n"
    "  telemetry import FILE.csv [--workspace DIR] [--skip-bad | --all-or-nothing]\n"
    "                       import device readings (columns: "
    "asset_kind,asset,channel,time,value[,device_seq])\n"
    "  authority list [--workspace DIR]\n"
    "  authority set --as MANAGER_LOGIN [--workspace DIR] MAX:GRADE:APPROVERS...\n"
    "                       show or replace the approval authority table (MAX in yuan or 'any')\n"
    "  risk train --csv FILE --mapping MAPPING --out MODEL [--folds N] [--seed N]\n"
    "                       train the application scorecard, measure it by cross-validation, save a version\n"
    "  risk evaluate --csv FILE --mapping MAPPING [--folds N] [--seed N] [--repeats N] [--review-rate R]\n"
    "  risk evaluate --model MODEL --csv FILE --mapping MAPPING [--decline-below S --approve-from S]\n"
    "                       cross-validate, or measure a saved model and the rates its bands give\n"
    "  risk score --model MODEL --csv FILE --mapping MAPPING\n"
    "                       score each file with its route and top three adverse reasons\n"
    "  risk history --out FILE [--rows N] [--seed N]\n"
    "                       write the demo's application history (the shipped model's training data)\n"
    "  valuation library generate|import|list ...   valuation train|evaluate ...\n"
    "                       the valuation parameter library and price model (saggarctl valuation for "
    "details)\n"
    "  alerts evaluate [--workspace DIR] [--now TIME]\n"
    "                       run the early-warning rules over new telemetry, escalate overdue alerts\n"
    "  alerts list [--workspace DIR] [--all] [--now TIME]\n"
    "                       the alert queue (--all: resolved ones too)\n"
    "  --version\n";

int validate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    if (args.words.size() != 3) {
        err << kUsage;
        return 2;
    }
    const std::string& kind = args.words[1];
    const std::string& value = args.words[2];
    Validity result;
    if (kind == "uscc")
        result = checkUscc(value);
    else if (kind == "vin")
        result = checkVin(value);
    else if (kind == "plate")
        result = checkPlate(value);
    else {
        err << "Unknown kind '" << kind << "': use uscc, vin or plate.\n";
        return 2;
    }
    if (result) {
        out << value << ": " << result->message << '\n';
        return 1;
    }
    out << value << ": valid\n";
    return 0;
}

int listUsers(const Arguments& args, std::ostream& out, std::ostream& err)
{
    auto workspace = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!workspace) {
        err << workspace.error().message << '\n';
        return 2;
    }
    SqliteLoanFileStore store(workspace.value()->db());
    auto users = store.allUsers();
    if (!users) {
        err << users.error().message << '\n';
        return 2;
    }
    for (const User& u : users.value())
        out << u.login << '\t' << key(u.role) << '\t' << u.displayName
            << (u.passwordHash.empty() ? "\t(cannot sign in)" : "") << '\n';
    return 0;
}

} // namespace

int run(const Arguments& args, std::ostream& out, std::ostream& err)
{
    if (args.has("version")) {
        out << "saggarctl " << SAGGAR_VERSION << '\n';
        return 0;
    }
    if (args.words.empty() || args.has("help")) {
        (args.words.empty() && !args.has("help") ? err : out) << kUsage;
        return args.has("help") ? 0 : 2;
    }
    const std::string& verb = args.words[0];
    const std::string noun = args.words.size() > 1 ? args.words[1] : "";
    if (verb == "demo" && noun == "create" && args.words.size() == 2)
        return demoCreate(args, out, err);
    if (verb == "validate")
        return validate(args, out, err);
    if (verb == "telemetry" && noun == "import")
        return telemetryImport(args, out, err); // telemetry_command.cpp
    if (verb == "users" && noun == "list")
        return listUsers(args, out, err);
    if (verb == "authority")
        return authority(args, out, err);
    if (verb == "risk")
        return risk(args, out, err); // risk_command.cpp
    if (verb == "valuation")
        return valuation(args, out, err); // valuation_command.cpp
    if (verb == "alerts")
        return alerts(args, out, err); // alerts_command.cpp
    err << "Unknown command.\n" << kUsage;
    return 2;
}

} // namespace saggar::ctl
