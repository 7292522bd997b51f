// The sync pieces of the window, offscreen: the status-bar text for sync off, online, offline, waiting
// edits and conflicts (with the last error in the tooltip), and the settings dialog's server address,
// refused unless it reads as host:port.
#include "ui/settings_dialog.h"
#include "ui/sync_status_label.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace saggar;
using namespace saggar::ui;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusTexts()
    {
        SyncStatusLabel label;
        QCOMPARE(label.text(), QStringLiteral("Sync off (no server configured)"));
        SyncSnapshot s;
        s.configured = true;
        s.pending = 1;
        label.setSnapshot(s);
        QCOMPARE(label.text(), QStringLiteral("Server offline · 1 edit(s) waiting · never synced"));
        s.online = true;
        s.pending = 0;
        s.conflicts = 2;
        s.lastSuccessMs = 1795100000000;
        s.lastError = "HTTP 503: overloaded";
        label.setSnapshot(s);
        QVERIFY(label.text().startsWith(
            QStringLiteral("Server online · 0 edit(s) waiting · 2 conflict(s) to resolve · "
                           "last synced ")));
        QCOMPARE(label.toolTip(),
                 QStringLiteral("Last error: HTTP 503: overloaded\nLive telemetry: not connected"));
        s.lastError.clear();
        label.setSnapshot(s);
        QCOMPARE(label.toolTip(), QStringLiteral("Live telemetry: not connected"));

        // The live stream: its asset count in the text, its readings and failure in the tooltip.
        s.liveConnected = true;
        s.liveFollowed = 12;
        s.liveReadings = 3400;
        label.setSnapshot(s);
        QVERIFY(label.text().endsWith(QStringLiteral(" · live: 12 asset(s)")));
        QCOMPARE(
            label.toolTip(),
            QStringLiteral("Live telemetry: following 12 asset(s), 3400 reading(s) stored this session"));
        s.liveConnected = false;
        s.liveError = "The server closed the live telemetry stream.";
        label.setSnapshot(s);
        QVERIFY(!label.text().contains(QStringLiteral("live:")));
        QVERIFY(label.toolTip().contains(QStringLiteral("Live telemetry error: The server closed")));
        label.setSnapshot(SyncSnapshot{});
        QVERIFY(label.toolTip().isEmpty()); // sync off: nothing about the stream
    }

    void serverAddressIsChecked()
    {
        SettingsDialog dialog(QString(), QStringLiteral("/tmp/ws"), QStringLiteral("old:1"));
        auto* server = dialog.findChild<QLineEdit*>(QStringLiteral("serverAddress"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("serverError"));
        QVERIFY(server && error);
        QCOMPARE(server->text(), QStringLiteral("old:1"));
        dialog.show();
        for (const char* bad : {"no port", "host:", "host:99999", "host:0", "a b:80", "http://x:80"}) {
            server->setText(QString::fromLatin1(bad));
            dialog.accept();
            QVERIFY2(dialog.isVisible(), bad);
            QVERIFY(error->isVisible());
        }
        server->setText(QStringLiteral("  10.1.2.3:8443 "));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.serverAddress(), QStringLiteral("10.1.2.3:8443"));

        SettingsDialog off(QString(), QStringLiteral("/tmp/ws"), QStringLiteral("old:1"));
        off.findChild<QLineEdit*>(QStringLiteral("serverAddress"))->clear();
        off.accept();
        QCOMPARE(off.result(), int(QDialog::Accepted));
        QVERIFY(off.serverAddress().isEmpty());
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_sync_status.moc"
