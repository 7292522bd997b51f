#include "settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace saggar::ui {

SettingsDialog::SettingsDialog(const QString& language, const QString& workspacePath,
                               const QString& serverAddress, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_server(new QLineEdit(serverAddress, this)),
      m_serverError(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(language);
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    form->addRow(tr("Language"), m_language);
    auto* path = new QLabel(workspacePath, this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    form->addRow(tr("Workspace"), path);
    m_server->setObjectName(QStringLiteral("serverAddress"));
    m_server->setPlaceholderText(tr("host:port, empty for no sync"));
    m_server->setMinimumWidth(fontMetrics().horizontalAdvance(m_server->placeholderText()) + 24);
    form->addRow(tr("Bank server"), m_server);
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverError->setStyleSheet(QStringLiteral("color: #a33;"));
    m_serverError->setWordWrap(true);
    m_serverError->hide();
    form->addRow(QString(), m_serverError);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SettingsDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

void SettingsDialog::accept()
{
    const QString address = serverAddress();
    if (!address.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9.-]+:([0-9]{1,5})$"));
        const auto match = shape.match(address);
        const int port = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (port < 1 || port > 65535) {
            m_serverError->setText(tr("Write the server as host:port, for example 10.1.2.3:8443."));
            m_serverError->show();
            m_server->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace saggar::ui
