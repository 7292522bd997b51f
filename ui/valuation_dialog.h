// The valuation of one pledged truck or kiln: what the champion model and the current library say it
// would fetch (fair market, orderly liquidation, forced sale along the auction ladder, net recovery, time
// to cash) with the 80 % and 90 % bands as measured, the twelve indicators with their sources (the
// record, the latest signed inspection: its date and appraiser) and coverage, and the versions used; "Store
// valuation" keeps it (reproducible from what it records). Without a library or a champion model the dialog
// says so and how to get one.
#pragma once

#include "core/valuation_appraisal.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace saggar::ui {

class ValuationDialog : public QDialog
{
    Q_OBJECT
public:
    // `personName` names the appraiser of the inspection read in (else "user #7").
    ValuationDialog(valuation::ValuationStore& store, Result<valuation::Appraisal> appraisal,
                    const QString& assetName, QWidget* parent = nullptr,
                    std::function<QString(Id)> personName = {});
    // Runs `work` (reading a year of telemetry takes a while) on the thread pool, showing "Valuing…" until
    // it answers; `work` must be safe off the UI thread (valuation::Appraiser). Closing the dialog first
    // is safe: the answer is dropped.
    ValuationDialog(valuation::ValuationStore& store, std::function<Result<valuation::Appraisal>()> work,
                    const QString& assetName, QWidget* parent = nullptr,
                    std::function<QString(Id)> personName = {});

    bool isValuing() const { return m_valuing; }

    // Stores the valuation once; returns its id (0 when nothing was stored).
    Id storeValuation();
    Id storedId() const { return m_storedId; }
    // Offers "Report (PDF)…" once the valuation is stored; `report` is called with the stored id.
    void setReportAction(std::function<void(Id)> report);

signals:
    // The appraisal is in and shown (at once for the first constructor, when the work answers for the
    // second).
    void appraised();

private:
    ValuationDialog(valuation::ValuationStore& store, const QString& assetName, QWidget* parent,
                    std::function<QString(Id)> personName);
    void build();
    void buildValues(QWidget* page);
    QWidget* buildLadder();
    QWidget* buildIndicators();
    QString sourceText(const valuation::Provenance& provenance) const;

    valuation::ValuationStore& m_store;
    Result<valuation::Appraisal> m_appraisal;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_waiting = nullptr; // "Valuing…" while the work runs (hidden after)
    bool m_valuing = false;
    std::function<QString(Id)> m_personName;
    QPushButton* m_storeButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    std::function<void(Id)> m_report;
    QLabel* m_status = nullptr;
    Id m_storedId = 0;
};

} // namespace saggar::ui
