// Sign-in: a login and a password checked against the stored salted hashes.
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saggar::ui {

using Authenticator = std::function<Result<User>(const QString& login, const QString& password)>;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Authenticator authenticate, const QString& workspaceLabel, QWidget* parent = nullptr);

    const User& user() const { return m_user; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

public slots:
    void accept() override; // signs in, or shows why not and stays open

private:
    Authenticator m_authenticate;
    User m_user;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace saggar::ui
