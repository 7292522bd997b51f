#include "alert_notifier.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QStyle>
#include <QSystemTrayIcon>

namespace saggar::ui {
namespace {

NotifyHandler& handler()
{
    static NotifyHandler h;
    return h;
}

} // namespace

void setNotifyHandler(NotifyHandler h)
{
    handler() = std::move(h);
}

void notifyDesktop(const QString& title, const QString& text)
{
    if (handler()) {
        handler()(title, text);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    // One tray icon for the application's life, owned by the application object.
    static QPointer<QSystemTrayIcon> tray;
    if (!tray) {
        tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                       ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                       : QApplication::windowIcon(),
                                   qApp);
        tray->show();
    }
    tray->showMessage(title, text, QSystemTrayIcon::Warning, 10'000);
}

} // namespace saggar::ui
