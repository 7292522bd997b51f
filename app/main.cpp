// saggar: the underwriting workstation. Builds the application, opens the workspace, signs in.
#include "app_options.h"
#include "language.h"
#include "shell.h"
#include "startup_probe.h"
#include "storage/workspace.h"
#include "sync_bridge.h"
#include "ui/message_seam.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // Answer --version without a display, so installers and scripts can ask it anywhere.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("saggar %s\n", SAGGAR_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    saggar::app::StartupProbe probe; // measures start-up for the benchmark when asked to
    QCoreApplication::setOrganizationName(QStringLiteral("Saggar"));
    QCoreApplication::setApplicationName(QStringLiteral("Saggar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAGGAR_VERSION));

    const saggar::app::AppOptions options = saggar::app::parseOptions(app);
    const QString language = options.language.isNull() ? saggar::app::storedLanguage() : options.language;
    saggar::app::preferSimplifiedChineseGlyphs();
    saggar::app::applyLanguage(language);

    auto workspace = saggar::Workspace::open(options.workspace.toStdString(), false);
    if (!workspace) {
        saggar::ui::showMessage(nullptr, saggar::ui::MessageKind::Error,
                                QCoreApplication::translate("main", "Workspace not opened"),
                                saggar::app::workspaceErrorText(options.workspace, workspace.error()));
        return 2;
    }

    if (!options.server.isNull())
        saggar::app::storeServerAddress(options.server.trimmed());
    saggar::app::Shell shell(std::move(workspace).value(), language);
    probe.watch(shell);
    if (!shell.start(options.presetLogin, options.presetPassword))
        return 0;
    return app.exec();
}
