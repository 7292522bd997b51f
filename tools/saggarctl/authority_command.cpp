// saggarctl authority list|set: the delegated-authority table of a workspace (who may approve what).
#include "commands.h"

#include "core/money.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/workspace.h"

#include <limits>
#include <ostream>

namespace saggar::ctl {
namespace {

constexpr std::int64_t kEveryAmount = std::numeric_limits<std::int64_t>::max();

std::string gradeLetter(RiskGrade grade)
{
    return std::string(1, static_cast<char>(key(grade)[0] - 'a' + 'A'));
}

// "MAX:GRADE:APPROVERS", e.g. "5000000:B:1" or "any:E:2" (MAX in yuan; "any" for every amount).
std::optional<AuthorityLimit> parseRow(const std::string& text)
{
    const auto first = text.find(':');
    const auto second = first == std::string::npos ? first : text.find(':', first + 1);
    if (second == std::string::npos)
        return std::nullopt;
    AuthorityLimit limit;
    const std::string amount = text.substr(0, first);
    if (amount == "any") {
        limit.maxAmount = Money::fromFen(kEveryAmount);
    } else {
        const auto parsed = Money::parseYuan(amount);
        if (!parsed)
            return std::nullopt;
        limit.maxAmount = *parsed;
    }
    std::string grade = text.substr(first + 1, second - first - 1);
    if (grade.size() != 1)
        return std::nullopt;
    grade[0] = static_cast<char>(grade[0] >= 'A' && grade[0] <= 'Z' ? grade[0] - 'A' + 'a' : grade[0]);
    const auto worst = fromKey<RiskGrade>(grade);
    const auto approvers = parseCount(text.substr(second + 1));
    if (!worst || !approvers || *approvers > 100)
        return std::nullopt;
    limit.worstGrade = *worst;
    limit.approvers = static_cast<int>(*approvers);
    return limit;
}

void print(const AuthorityTable& table, std::ostream& out)
{
    int row = 0;
    for (const AuthorityLimit& limit : table.limits)
        out << ++row << '\t'
            << (limit.maxAmount.fen() == kEveryAmount ? std::string("any amount")
                                                      : "up to " + limit.maxAmount.toPlainYuan() + " yuan")
            << (limit.worstGrade == RiskGrade::A ? "\tgrade A"
                                                 : "\tgrades A-" + gradeLetter(limit.worstGrade))
            << '\t' << limit.approvers << (limit.approvers == 1 ? " approver" : " approvers") << '\n';
}

} // namespace

int authority(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const std::string& noun = args.words.size() > 1 ? args.words[1] : std::string();
    const bool set = noun == "set";
    if ((noun != "list" && !set) || (!set && args.words.size() != 2) || (set && args.words.size() < 3)) {
        err << "usage: saggarctl authority list [--workspace DIR]\n"
               "       saggarctl authority set --as MANAGER_LOGIN [--workspace DIR] MAX:GRADE:APPROVERS…\n"
               "         e.g. authority set --as manager 5000000:B:1 any:E:2\n";
        return 2;
    }
    const std::string dir = args.option("workspace").value_or(defaultWorkspace());
    auto workspace = Workspace::open(dir, false);
    if (!workspace) {
        err << workspace.error().message << '\n';
        return 2;
    }
    Database& db = workspace.value()->db();
    SqliteWorkflowStore store(db, workspace.value()->attachmentsDirectory());
    if (set) {
        const auto login = args.option("as");
        if (!login) {
            err << "Say who sets the table with --as LOGIN (a manager); the change is recorded under that "
                   "name.\n";
            return 2;
        }
        auto user = SqliteLoanFileStore(db).findByLogin(*login);
        if (!user) {
            err << user.error().message << '\n';
            return 1;
        }
        AuthorityTable table;
        for (std::size_t i = 2; i < args.words.size(); ++i) {
            const auto row = parseRow(args.words[i]);
            if (!row) {
                err << "'" << args.words[i]
                    << "' is not a row: write MAX:GRADE:APPROVERS, for example 5000000:B:1, or any:E:2 for "
                       "the "
                       "last row.\n";
                return 1;
            }
            table.limits.push_back(*row);
        }
        const Actor actor{user->id, user->role, user->displayName};
        if (auto r = store.setAuthority(table, actor); !r) {
            err << r.error().message << '\n';
            return 1;
        }
    }
    auto table = store.authority();
    if (!table) {
        err << table.error().message << '\n';
        return 1;
    }
    print(*table, out);
    return 0;
}

} // namespace saggar::ctl
