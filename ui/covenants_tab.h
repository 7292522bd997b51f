// The loan-file page's Covenants tab: conditions precedent (met or waived before disbursement) and
// covenants (monitored after it), each with its status; add, edit, and waive with a justification. Under
// them the file's LTV over time (ltv_panel.h); an LTV covenant the model-based LTV now exceeds reads as
// breached, naming the values it rests on.
#pragma once

#include "core/workflow_types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace saggar::ui {

class FileController;
class LtvPanel;
struct FileView;

class CovenantsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CovenantsTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

    QTableWidget* table() const { return m_table; }
    LtvPanel* ltvPanel() const { return m_ltv; }
    void addCovenant();
    void editSelected();
    void waiveSelected();

private:
    const Covenant* selected() const;
    void edit(const Covenant& covenant);
    void updateButtons();

    FileController& m_controller;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_waive;
    LtvPanel* m_ltv;
    bool m_definitionsOpen = false; // conditions can still be added or redefined
};

} // namespace saggar::ui
