#include "user_repository.h"

#include "repository_support.h"

namespace saggar {
namespace {

constexpr const char* kSelectUser = "SELECT id, login, display_name, role, password_hash, active FROM users";

User readUser(const Statement& s)
{
    User u;
    u.id = s.columnInt64(0);
    u.login = s.columnText(1);
    u.displayName = s.columnText(2);
    u.role = enumColumn(s, 3, Role::Analyst);
    u.passwordHash = s.columnText(4);
    u.active = s.columnInt64(5) != 0;
    return u;
}

} // namespace

const char* const kInsertUserSql = "INSERT INTO users (id, login, display_name, role, password_hash, active) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

Result<void> bindUser(Statement& stmt, const User& u)
{
    return stmt.bindAll(nullIfZero(u.id), u.login, u.displayName, key(u.role), u.passwordHash, u.active);
}

Result<void> validateUserRecord(const User& user)
{
    std::vector<std::string> problems;
    if (auto bad = checkText(user.login, true, 64))
        problems.push_back("login: " + bad->message);
    if (auto bad = checkText(user.displayName, true, 100))
        problems.push_back("display name: " + bad->message);
    if (problems.empty())
        return {};
    std::string message = "The user was not saved: ";
    for (std::size_t i = 0; i < problems.size(); ++i)
        message += (i > 0 ? "; " : "") + problems[i];
    return makeError(message, ErrorCode::InvalidInput);
}

Result<Id> insertUser(Database& db, const User& user)
{
    if (auto r = validateUserRecord(user); !r)
        return r.error();
    return insertRow(
        db, kInsertUserSql, [&](Statement& s) { return bindUser(s, user); },
        "The user '" + user.login + "' was not saved");
}

Result<User> getUser(const Database& db, Id id)
{
    return readOne<User>(db, std::string(kSelectUser) + " WHERE id = ?1", id, readUser,
                         "There is no user with id " + std::to_string(id) + ".");
}

Result<User> findUserByLogin(const Database& db, std::string_view login)
{
    auto stmt = db.prepare(std::string(kSelectUser) + " WHERE login = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindText(1, login); !r)
        return r.error();
    auto users = readAll<User>(*stmt, readUser);
    if (!users)
        return users.error();
    if (users->empty())
        return makeError("There is no user with the login '" + std::string(login) + "'.",
                         ErrorCode::NotFound);
    return users->front();
}

Result<std::vector<User>> listUsers(const Database& db)
{
    return readMany<User>(db, std::string(kSelectUser) + " ORDER BY display_name, id", 0, readUser);
}

} // namespace saggar
