#include "login_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saggar::ui {

LoginDialog::LoginDialog(Authenticator authenticate, const QString& workspaceLabel, QWidget* parent)
    : QDialog(parent), m_authenticate(std::move(authenticate)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Saggar"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Saggar"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("Underwriting workstation for loans secured by trucks and kilns"), this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    auto* where = new QLabel(tr("Workspace: %1").arg(workspaceLabel), this);
    where->setStyleSheet(QStringLiteral("color: #666;"));
    where->setWordWrap(true);
    layout->addWidget(where);

    auto* form = new QFormLayout;
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User"), m_login);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your user name and password."));
        return;
    }
    auto result = m_authenticate(login, m_password->text());
    if (!result) {
        m_error->setText(tr("Unknown user or wrong password."));
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = std::move(result).value();
    m_error->clear();
    QDialog::accept();
}

} // namespace saggar::ui
