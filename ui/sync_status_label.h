// The status bar's sync indicator: off / online / offline, pending edits, conflicts, last success,
// with the last error in the tooltip.
#pragma once

#include "core/sync_snapshot.h"

#include <QLabel>

namespace saggar::ui {

class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget* parent = nullptr);
    void setSnapshot(const SyncSnapshot& snapshot);
    static QString describe(const SyncSnapshot& snapshot);
};

} // namespace saggar::ui
