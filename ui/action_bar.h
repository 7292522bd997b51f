// The row of workflow actions on the loan-file page: one button per action the rules offer the
// signed-in person in the file's state (offeredActions), each asking for what it needs first.
#pragma once

#include "core/domain.h"
#include "core/workflow_types.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace saggar::ui {

class FileController;
struct FileView;

class ActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActionBar(FileController& controller, QWidget* parent = nullptr);

    void showFile(const FileView& view);
    // The button of `action`, or nullptr when it is not offered (objectName "action_<key>").
    QPushButton* button(WorkflowAction action) const;
    QList<WorkflowAction> offered() const { return m_offered; }
    // Takes `action` as if its button was clicked (dialogs go through the seams).
    void run(WorkflowAction action);
    // "Delete draft…" (objectName "deleteDraft"), offered on a draft to its analyst and to managers:
    // asks first, then deletes it (kept as a tombstone, queued for the server) and says so.
    void deleteDraft();

signals:
    void draftDeleted(saggar::Id fileId);

private:
    QString prompt(WorkflowAction action, const FileView& view) const;

    FileController& m_controller;
    QHBoxLayout* m_buttons;
    QLabel* m_none;
    QList<WorkflowAction> m_offered;
};

} // namespace saggar::ui
