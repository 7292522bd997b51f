// Audit entries in words: the stable subjects and values the workflow records ("document:
// business_licence", "draft", a user id, a yuan amount) as a person reads them, in their language.
#pragma once

#include "core/workflow_types.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class FileController;

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // What the entry is about, e.g. "Business licence", "Appraised value of truck 粤E12345".
    static QString subject(const std::string& subject, const FileController& file);
    // A before or after value of an entry about `subject`.
    static QString value(const std::string& subject, const std::string& value, const FileController& file);
    // Why: what a person wrote, as written; the reasons the system records itself, in words.
    static QString reason(const std::string& reason);
};

} // namespace saggar::ui
