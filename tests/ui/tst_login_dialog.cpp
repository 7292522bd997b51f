// Sign-in dialog: refuses empty and wrong credentials with a message and stays open; accepts the
// right ones and hands back the user.
#include "ui/login_dialog.h"

#include <QLineEdit>
#include <QTest>

using namespace saggar;

class TestLoginDialog : public QObject
{
    Q_OBJECT
private:
    static Result<User> fakeAuth(const QString& login, const QString& password)
    {
        if (login == QStringLiteral("manager") && password == QStringLiteral("right"))
            return User{3, "manager", "张伟", Role::Manager, "hash", true};
        return makeError("Unknown user or wrong password", ErrorCode::AuthFailed);
    }

private slots:
    void emptyFieldsAreRefused()
    {
        ui::LoginDialog dialog(fakeAuth, QStringLiteral("/tmp/ws"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorText().isEmpty());
    }

    void wrongPasswordKeepsLoginAndClearsPassword()
    {
        ui::LoginDialog dialog(fakeAuth, QStringLiteral("/tmp/ws"));
        QTest::keyClicks(dialog.loginEdit(), QStringLiteral("manager"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), QStringLiteral("Unknown user or wrong password."));
        QCOMPARE(dialog.loginEdit()->text(), QStringLiteral("manager"));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QCOMPARE(dialog.user().id, Id{0});
    }

    void rightPasswordSignsIn()
    {
        ui::LoginDialog dialog(fakeAuth, QStringLiteral("/tmp/ws"));
        QTest::keyClicks(dialog.loginEdit(), QStringLiteral(" manager "));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("right"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().role, Role::Manager);
        QVERIFY(dialog.errorText().isEmpty());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
