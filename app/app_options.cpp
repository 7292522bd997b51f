#include "app_options.h"

#include "ui/display_names.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace saggar::app {

QString defaultWorkspace()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("saggar/demo"));
}

AppOptions parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Underwriting workstation for loans secured by trucks and kilns"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Workspace folder (default: %1).").arg(defaultWorkspace()),
        QStringLiteral("dir"), defaultWorkspace());
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "Screen language: en or zh_CN."),
                                      QStringLiteral("name"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Bank server to sync with, host:port (kept as the Settings value)."),
        QStringLiteral("address"));
    parser.addOption(workspace);
    parser.addOption(language);
    parser.addOption(server);
    parser.process(app);

    AppOptions options;
    options.workspace = parser.value(workspace);
    if (parser.isSet(language))
        options.language = parser.value(language);
    if (parser.isSet(server))
        options.server = parser.value(server);
    const QString preset = qEnvironmentVariable("SAGGAR_SIGN_IN");
    const qsizetype colon = preset.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        options.presetLogin = preset.left(colon);
        options.presetPassword = preset.mid(colon + 1);
    }
    return options;
}

QString workspaceErrorText(const QString& workspace, const Error& error)
{
    QString text = QCoreApplication::translate("main", "The workspace %1 could not be opened.\n\n%2")
                       .arg(workspace, ui::DisplayNames::error(error));
    if (error.code == ErrorCode::DatabaseMissing)
        text += QStringLiteral("\n\n") +
                QCoreApplication::translate(
                    "main", "To create the demo workspace, run:\n  saggarctl demo create --workspace \"%1\"")
                    .arg(workspace);
    else
        text += QStringLiteral("\n\n") +
                QCoreApplication::translate("main",
                                            "The file has not been changed. Keep it for your administrator.");
    return text;
}

} // namespace saggar::app
