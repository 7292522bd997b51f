#include "sync_status_label.h"

#include <QDateTime>
#include <QLocale>

namespace saggar::ui {

SyncStatusLabel::SyncStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setSnapshot({});
}

QString SyncStatusLabel::describe(const SyncSnapshot& s)
{
    if (!s.configured)
        return tr("Sync off (no server configured)");
    QStringList parts;
    parts << (s.online ? tr("Server online") : tr("Server offline"));
    parts << tr("%n edit(s) waiting", nullptr, static_cast<int>(s.pending));
    if (s.conflicts > 0)
        parts << tr("%n conflict(s) to resolve", nullptr, static_cast<int>(s.conflicts));
    if (s.lastSuccessMs > 0)
        parts << tr("last synced %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.lastSuccessMs),
                                             QLocale::ShortFormat));
    else
        parts << tr("never synced");
    if (s.liveConnected)
        parts << tr("live: %n asset(s)", nullptr, static_cast<int>(s.liveFollowed));
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusLabel::setSnapshot(const SyncSnapshot& s)
{
    setText(describe(s));
    QStringList tip;
    if (!s.lastError.empty())
        tip << tr("Last error: %1").arg(QString::fromStdString(s.lastError));
    if (s.configured)
        tip << (s.liveConnected
                    ? tr("Live telemetry: following %n asset(s), ", nullptr,
                         static_cast<int>(s.liveFollowed)) +
                          tr("%n reading(s) stored this session", nullptr, static_cast<int>(s.liveReadings))
                    : tr("Live telemetry: not connected"));
    if (!s.liveError.empty())
        tip << tr("Live telemetry error: %1").arg(QString::fromStdString(s.liveError));
    setToolTip(tip.join(QLatin1Char('\n')));
    setStyleSheet(s.configured && (!s.online || s.conflicts > 0) ? QStringLiteral("color: #a33;")
                                                                 : QString());
}

} // namespace saggar::ui
