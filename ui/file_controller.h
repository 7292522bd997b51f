// The open loan file as every tab of the loan-file page sees it (the file with its children, its
// workflow context, the signed-in person), and the one place a tab reports the outcome of a change:
// a refusal is shown through the message seam, and either way the page reloads.
#pragma once

#include "core/asset_telemetry_source.h"
#include "core/loan_file_store.h"
#include "core/risk_decision_service.h"
#include "core/telemetry_chart_source.h"
#include "core/valuation_appraisal.h"
#include "core/valuation_sales_store.h"
#include "core/valuation_store.h"
#include "core/workflow_service.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace saggar::ui {

struct FileView
{
    LoanFileDetail detail;
    WorkflowContext ctx;
};

class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(LoanFileStore& files, WorkflowService& workflow, const User& user,
                   QObject* parent = nullptr);

    // Reads the file and its workflow context; on failure nothing is open.
    Result<void> load(Id fileId);
    bool isOpen() const { return m_view.has_value(); }
    const FileView& view() const { return *m_view; }
    Id fileId() const { return m_view ? m_view->detail.file.id : 0; }

    const Actor& actor() const { return m_actor; }
    LoanFileStore& files() { return m_files; }
    WorkflowService& workflow() { return m_workflow; }
    WorkflowStore& store() { return m_workflow.store(); }
    // The scorecard behind the risk-assessment step; without it the grade is chosen by hand.
    risk::RiskDecisionService* riskDecisions() const { return m_risk; }
    void setRiskDecisions(risk::RiskDecisionService* service) { m_risk = service; }
    // Where pledged assets are valued by the model; without it the Collateral tab offers no "Value…".
    valuation::ValuationStore* valuations() const { return m_valuations; }
    void setValuations(valuation::ValuationStore* store) { m_valuations = store; }
    // Realised sales: the valuation report's comparables; without them the report says there are none.
    valuation::SalesStore* sales() const { return m_sales; }
    void setSales(valuation::SalesStore* sales) { m_sales = sales; }
    // Where the Collateral tab's asset page reads telemetry; without them it shows none.
    void setTelemetry(std::shared_ptr<TelemetryChartSource> charts,
                      std::shared_ptr<AssetTelemetrySource> assets)
    {
        m_charts = std::move(charts);
        m_assetTelemetry = std::move(assets);
    }
    std::shared_ptr<TelemetryChartSource> chartSource() const { return m_charts; }
    std::shared_ptr<AssetTelemetrySource> assetTelemetry() const { return m_assetTelemetry; }
    // Values an asset with its telemetry on a worker thread (Value…); without it the dialog values on
    // the UI thread through valuations() and reads no telemetry.
    void setAppraiser(std::shared_ptr<valuation::Appraiser> appraiser) { m_appraiser = std::move(appraiser); }
    std::shared_ptr<valuation::Appraiser> appraiser() const { return m_appraiser; }

    // The name the file knows for a person, else "user #7".
    QString personName(Id userId) const;

    // Shows a refusal of `what` (a short title) through the message seam, in the user's language;
    // asks the page to reload either way and, on success, tells the window the file changed.
    bool report(QWidget* parent, const QString& what, const Result<void>& result);
    // After a change made outside the workflow service (an attachment): reload and announce.
    void changed();

signals:
    void reloadRequested();
    void fileChanged(saggar::Id fileId);

private:
    LoanFileStore& m_files;
    WorkflowService& m_workflow;
    Actor m_actor;
    std::optional<FileView> m_view;
    risk::RiskDecisionService* m_risk = nullptr;
    valuation::ValuationStore* m_valuations = nullptr;
    valuation::SalesStore* m_sales = nullptr;
    std::shared_ptr<TelemetryChartSource> m_charts;
    std::shared_ptr<AssetTelemetrySource> m_assetTelemetry;
    std::shared_ptr<valuation::Appraiser> m_appraiser;
};

} // namespace saggar::ui
