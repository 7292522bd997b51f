// The loan-file page's Credit memo tab: the seven sections the analyst writes (kept as typed until
// saved as a new version), the list of versions with the approved one marked frozen, a preview of
// the chosen version, and its export to PDF.
#pragma once

#include "core/workflow_types.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace saggar::ui {

class FileController;
class FormDraft;
struct FileView;

class MemoTab : public QWidget
{
    Q_OBJECT
public:
    explicit MemoTab(FileController& controller, QWidget* parent = nullptr);
    ~MemoTab() override;
    void showFile(const FileView& view);

    QPlainTextEdit* editor(MemoSection section) const;
    QListWidget* versionList() const { return m_versionList; }
    bool isEditable() const { return m_editable; }
    void saveVersion();
    void exportPdf();

private:
    void fill(const CreditMemo* memo);
    void showVersion(int row);
    CreditMemo typed() const;
    void forgetDraft();

    FileController& m_controller;
    QWidget* m_sections; // what the draft keeps
    std::vector<QPlainTextEdit*> m_editors;
    QLabel* m_state;
    QPushButton* m_save;
    QListWidget* m_versionList;
    QTextBrowser* m_preview;
    QPushButton* m_export;
    std::vector<CreditMemo> m_versions; // newest first
    FormDraft* m_draft = nullptr;
    Id m_fileId = 0;
    bool m_filling = false;
    bool m_dirty = false; // typed since the last save or fill
    bool m_editable = false;
};

} // namespace saggar::ui
