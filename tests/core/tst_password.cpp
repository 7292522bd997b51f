// Tests for password hashing and sign-in: Argon2id strings, verification, and the uniform failure answer.
#include "core/password.h"

#include <QObject>
#include <QTest>

#include <map>

using namespace saggar;

class TestPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashVerifies();
    void saltsDiffer();
    void wrongPasswordFails();
    void emptyPasswordRefused();
    void malformedHashFails_data();
    void malformedHashFails();
    void moderateCost();
    void authenticate_data();
    void authenticate();
    void storageErrorIsNotDisguised();

private:
    std::string m_hash; // of "kiln-fire-1300", shared so the suite pays for few slow hashes
};

namespace {

constexpr std::string_view kPassword = "kiln-fire-1300";

// A directory in memory; `failWith` simulates a broken store.
class FakeDirectory : public UserDirectory
{
public:
    std::map<std::string, User, std::less<>> users;
    std::optional<Error> failWith;
    int lookups = 0;

    Result<User> findByLogin(std::string_view login) override
    {
        ++lookups;
        if (failWith)
            return *failWith;
        const auto it = users.find(login);
        if (it == users.end())
            return makeError("No such user.", ErrorCode::NotFound);
        return it->second;
    }
    Result<std::vector<User>> allUsers() override
    {
        std::vector<User> out;
        for (const auto& [login, user] : users)
            out.push_back(user);
        return out;
    }
};

} // namespace

void TestPassword::initTestCase()
{
    auto hash = hashPassword(kPassword);
    QVERIFY2(hash.ok(), hash.ok() ? "" : hash.error().message.c_str());
    m_hash = *hash;
}

void TestPassword::hashVerifies()
{
    QVERIFY2(m_hash.rfind("$argon2id$", 0) == 0, m_hash.c_str());
    QVERIFY(m_hash.find(std::string(kPassword)) == std::string::npos);
    QVERIFY(verifyPassword(m_hash, kPassword));
}

void TestPassword::saltsDiffer()
{
    auto again = hashPassword(kPassword);
    QVERIFY(again.ok());
    QVERIFY(*again != m_hash);
    QVERIFY(verifyPassword(*again, kPassword));
}

void TestPassword::wrongPasswordFails()
{
    QVERIFY(!verifyPassword(m_hash, "kiln-fire-1301"));
    QVERIFY(!verifyPassword(m_hash, "KILN-FIRE-1300"));
    QVERIFY(!verifyPassword(m_hash, ""));
    QVERIFY(!verifyPassword(m_hash, std::string(kPassword) + '\0')); // the length counts, not a C string
}

void TestPassword::emptyPasswordRefused()
{
    const auto hash = hashPassword("");
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, int(ErrorCode::InvalidInput));
}

void TestPassword::malformedHashFails_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("plain text") << QByteArray(kPassword.data(), qsizetype(kPassword.size()));
    QTest::newRow("truncated") << QByteArray::fromStdString(m_hash.substr(0, m_hash.size() - 5));
    QTest::newRow("overlong") << QByteArray::fromStdString(m_hash + std::string(200, 'A'));
}

void TestPassword::malformedHashFails()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!verifyPassword(stored.toStdString(), kPassword));
}

void TestPassword::moderateCost()
{
    const auto hash = hashPassword(kPassword, HashCost::Moderate);
    QVERIFY(hash.ok());
    // Moderate is libsodium's 256 MiB setting; interactive is 64 MiB.
    QVERIFY2(hash->find("m=262144") != std::string::npos, hash->c_str());
    QVERIFY2(m_hash.find("m=65536") != std::string::npos, m_hash.c_str());
    QVERIFY(verifyPassword(*hash, kPassword));
}

void TestPassword::authenticate_data()
{
    QTest::addColumn<QByteArray>("login");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("succeeds");
    const QByteArray right(kPassword.data(), qsizetype(kPassword.size()));
    QTest::newRow("success") << QByteArray("li.na") << right << true;
    QTest::newRow("wrong password") << QByteArray("li.na") << QByteArray("guess") << false;
    QTest::newRow("empty password") << QByteArray("li.na") << QByteArray("") << false;
    QTest::newRow("unknown user") << QByteArray("nobody") << right << false;
    QTest::newRow("login differs in case") << QByteArray("LI.NA") << right << false;
    QTest::newRow("inactive, right password") << QByteArray("wang.wei") << right << false;
    QTest::newRow("no password set") << QByteArray("zhao.min") << QByteArray("") << false;
}

void TestPassword::authenticate()
{
    QFETCH(QByteArray, login);
    QFETCH(QByteArray, password);
    QFETCH(bool, succeeds);
    FakeDirectory directory;
    directory.users["li.na"] = User{7, "li.na", "Li Na", Role::Analyst, m_hash, true};
    directory.users["wang.wei"] = User{8, "wang.wei", "Wang Wei", Role::Manager, m_hash, false};
    directory.users["zhao.min"] = User{9, "zhao.min", "Zhao Min", Role::Appraiser, "", true};

    const auto user = saggar::authenticate(directory, login.toStdString(), password.toStdString());
    QCOMPARE(directory.lookups, 1);
    QCOMPARE(user.ok(), succeeds);
    if (succeeds) {
        QCOMPARE(user->id, Id(7));
        QCOMPARE(user->displayName, std::string("Li Na"));
        return;
    }
    // One answer for every failure, so a login cannot be probed.
    QCOMPARE(user.error().code, int(ErrorCode::AuthFailed));
    QCOMPARE(QByteArray::fromStdString(user.error().message), QByteArray("Unknown user or wrong password."));
}

void TestPassword::storageErrorIsNotDisguised()
{
    FakeDirectory directory;
    directory.failWith =
        makeError("The database file is locked by another program.", ErrorCode::DatabaseLocked);
    const auto user = saggar::authenticate(directory, "li.na", kPassword);
    QVERIFY(!user.ok());
    QCOMPARE(user.error().code, int(ErrorCode::DatabaseLocked));
}

QTEST_APPLESS_MAIN(TestPassword)
#include "tst_password.moc"
