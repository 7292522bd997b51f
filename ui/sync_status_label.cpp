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
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusLabel::setSnapshot(const SyncSnapshot& s)
{
    setText(describe(s));
    setToolTip(s.lastError.empty() ? QString()
                                   : tr("Last error: %1").arg(QString::fromStdString(s.lastError)));
    setStyleSheet(s.configured && (!s.online || s.conflicts > 0) ? QStringLiteral("color: #a33;")
                                                                 : QString());
}

} // namespace saggar::ui
