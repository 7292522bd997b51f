// The loan-file page's Decision tab: the risk assessment (grade and rationale), the approvals of the
// current decision round against the delegated authority the file needs, and the policy exceptions
// granted on it.
#pragma once

#include "core/risk_application.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace saggar::ui {

class FileController;
struct FileView;

class DecisionTab : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

private:
    void showScore(const risk::StoredScore& score);

    FileController& m_controller;
    QFormLayout* m_risk;
    QLabel* m_approvalSummary;
    QLabel* m_authority;
    QTableWidget* m_approvals;
    QTableWidget* m_exceptions;
};

} // namespace saggar::ui
