// The loan-file page's Documents tab: the required checklist with each item's status, the steps
// the rules allow (receive, verify, mark missing, waive with a justification), the files attached
// to each document, and — while the file is a draft — what still blocks submission.
#pragma once

#include "core/workflow_types.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace saggar::ui {

class FileController;
struct FileView;

class DocumentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

    QTableWidget* table() const { return m_table; }
    void selectDocument(DocumentKind kind);
    // The steps, as their buttons take them.
    void moveSelected(DocumentStatus to);
    void waiveSelected();
    void addAttachment();
    void openAttachment();
    void saveAttachmentAs();

private:
    const Document* selectedDocument() const;
    const Attachment* selectedAttachment() const;
    void updateButtons();
    QString attachmentLabel(const Attachment& a) const;

    FileController& m_controller;
    QLabel* m_summary;
    QLabel* m_blocked;
    QTableWidget* m_table;
    QLineEdit* m_note;
    QPushButton* m_receive;
    QPushButton* m_verify;
    QPushButton* m_missing;
    QPushButton* m_waive;
    QWidget* m_steps;
    QListWidget* m_attachmentList;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QLabel* m_attachmentsTitle;
    std::vector<Attachment> m_attachments; // of the whole file
    Id m_selectedId = 0;
};

} // namespace saggar::ui
