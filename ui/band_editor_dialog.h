// The manager's band editor: set the score bands that route files to automatic approval, manual review
// or automatic decline, and see before saving the approval, review and decline rates they would give on
// the portfolio's latest scores. Saving needs a written reason and is kept with who and when.
#pragma once

#include "core/risk_decision_service.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace saggar::ui {

class BandEditorDialog : public QDialog
{
    Q_OBJECT
public:
    BandEditorDialog(risk::RiskDecisionService& service, const Actor& actor, QWidget* parent = nullptr);

    QDoubleSpinBox* declineBelow() const { return m_decline; }
    QDoubleSpinBox* approveFrom() const { return m_approve; }
    QPlainTextEdit* justification() const { return m_reason; }
    QLabel* preview() const { return m_preview; }
    QPushButton* saveButton() const { return m_save; }
    // The rates shown for the bands on screen (nothing when the bands are crossed).
    std::optional<risk::RoutingRates> shownRates() const { return m_rates; }

    void save();

private:
    void updatePreview();
    void suggest();

    risk::RiskDecisionService& m_service;
    Actor m_actor;
    std::vector<double> m_scores;
    QDoubleSpinBox* m_decline;
    QDoubleSpinBox* m_approve;
    QLabel* m_current;
    QLabel* m_preview;
    QPlainTextEdit* m_reason;
    QPushButton* m_save;
    std::optional<risk::RoutingRates> m_rates;
};

} // namespace saggar::ui
