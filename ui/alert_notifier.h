// Desktop notifications for high-severity alerts: the system tray's balloon where the desktop has a
// tray, through a replaceable handler so tests see what would have been shown.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace saggar::ui {

using NotifyHandler = std::function<void(const QString& title, const QString& text)>;
void setNotifyHandler(NotifyHandler handler); // empty: the system tray (nothing when there is none)
void notifyDesktop(const QString& title, const QString& text);

} // namespace saggar::ui
