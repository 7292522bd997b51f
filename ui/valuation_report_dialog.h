// "Valuation report": choose one of an asset's stored valuations, the language the report is written in
// (English or Chinese, the screens' language first) and where to save the PDF. A path that cannot be
// written is named with the reason under it, the dialog stays open and no file is left behind.
#pragma once

#include "valuation_report_data.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace saggar::ui {

class ValuationReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `valuations` in the order to list them (newest first); `preselect` the id to start on (0: the newest).
    // `sales` (may be null) gives the comparables.
    ValuationReportDialog(const valuation::ValuationStore& store,
                          std::shared_ptr<TelemetryChartSource> charts, const valuation::SalesStore* sales,
                          ReportSubject subject, std::vector<valuation::ValuationRecord> valuations,
                          Id preselect, std::function<QString(Id)> personName, QWidget* parent = nullptr);

    // Writes the chosen valuation's report to the path shown; true when the file was written. On a
    // failure the reason is shown in the dialog (and returned by problem()).
    bool writeReport();
    QString problem() const;

    QComboBox* valuations() const { return m_valuations; }
    QComboBox* language() const { return m_language; }
    QLineEdit* path() const { return m_path; }

private:
    void browse();
    void suggestPath();

    const valuation::ValuationStore& m_store;
    std::shared_ptr<TelemetryChartSource> m_charts;
    const valuation::SalesStore* m_sales;
    ReportSubject m_subject;
    std::vector<valuation::ValuationRecord> m_records;
    std::function<QString(Id)> m_personName;
    QComboBox* m_valuations = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_problem = nullptr;
    bool m_pathEdited = false;
};

// Opens the dialog for one asset's stored valuations; says so when there is none yet.
void showValuationReport(QWidget* parent, const valuation::ValuationStore& store,
                         std::shared_ptr<TelemetryChartSource> charts, const valuation::SalesStore* sales,
                         const ReportSubject& subject, Id assetId, Id preselect,
                         const std::function<QString(Id)>& personName);

} // namespace saggar::ui
