// The loan-file page's History tab: the file's audit trail (when, who, role, what, before → after,
// why) under a banner saying whether its hash chain verifies — and if not, where and how it breaks.
#pragma once

#include "core/workflow_types.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace saggar::ui {

class FileController;
struct FileView;

class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

    QLabel* banner() const { return m_banner; }
    QTableWidget* table() const { return m_table; }

private:
    QString what(const AuditEntry& entry) const; // "Document: Business licence"

    FileController& m_controller;
    QLabel* m_banner;
    QTableWidget* m_table;
};

} // namespace saggar::ui
