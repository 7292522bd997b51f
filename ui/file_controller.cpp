#include "file_controller.h"

#include "display_names.h"
#include "message_seam.h"

namespace saggar::ui {

FileController::FileController(LoanFileStore& files, WorkflowService& workflow, const User& user,
                               QObject* parent)
    : QObject(parent), m_files(files), m_workflow(workflow), m_actor{user.id, user.role, user.displayName}
{}

Result<void> FileController::load(Id fileId)
{
    auto detail = m_files.loadFile(fileId);
    if (!detail) {
        m_view.reset();
        return detail.error();
    }
    auto ctx = m_workflow.context(fileId);
    if (!ctx) {
        m_view.reset();
        return ctx.error();
    }
    m_view = FileView{std::move(detail).value(), std::move(ctx).value()};
    return {};
}

QString FileController::personName(Id userId) const
{
    if (userId == m_actor.userId)
        return qs(m_actor.displayName);
    if (m_view) {
        const auto& names = m_view->ctx.userNames;
        if (auto it = names.find(userId); it != names.end())
            return qs(it->second);
        const LoanFileDetail& d = m_view->detail;
        if (userId == d.file.analystId && !d.analystName.empty())
            return qs(d.analystName);
        if (userId == d.file.appraiserId && !d.appraiserName.empty())
            return qs(d.appraiserName);
        if (userId == d.file.managerId && !d.managerName.empty())
            return qs(d.managerName);
    }
    return tr("user #%1").arg(userId);
}

bool FileController::report(QWidget* parent, const QString& what, const Result<void>& result)
{
    if (!result)
        showMessage(parent, MessageKind::Warning, what, DisplayNames::error(result.error()));
    const Id id = fileId();
    emit reloadRequested();
    if (result)
        emit fileChanged(id);
    return result.ok();
}

void FileController::changed()
{
    const Id id = fileId();
    emit reloadRequested();
    emit fileChanged(id);
}

} // namespace saggar::ui
