// The queue view's words for an edit waiting for the bank server: what it does ("Pledge truck 粤E12345",
// "Change amount, purpose", "Approve"), a field path as a label ("amount", "memo: risk", "condition 5:
// status") and a field's JSON value as the user reads it (money in yuan, text unquoted).
#pragma once

#include "core/sync_queue.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class SyncEditText
{
    Q_DECLARE_TR_FUNCTIONS(saggar::ui::SyncEditText)
public:
    static QString describe(const EditSummary& summary);
    static QString fieldLabel(const std::string& path);
    static QString value(const std::string& path, const std::string& json);
};

} // namespace saggar::ui
