// Command-line options of the workstation and the wording of start-up failures.
#pragma once

#include "core/result.h"

#include <QString>

class QCoreApplication;

namespace saggar::app {

struct AppOptions
{
    QString workspace;   // folder holding saggar.db
    QString language;    // null: use the stored setting
    QString presetLogin; // from SAGGAR_SIGN_IN="login:password" (scripted demos and benchmarks)
    QString presetPassword;
    QString server; // null: the server address kept in Settings; "" turns sync off
};

AppOptions parseOptions(const QCoreApplication& app);
QString defaultWorkspace(); // the demo workspace the README's first command creates
QString workspaceErrorText(const QString& workspace, const Error& error);

} // namespace saggar::app
