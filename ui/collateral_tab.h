// The loan-file page's Collateral tab: the pledged trucks and kilns with their appraised values, and
// below them the selected asset's telemetry (AssetTelemetryPanel).
// The analyst adds assets to a draft; the file's appraiser enters appraised values during Appraisal.
#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace saggar::ui {

class AssetTelemetryPanel;
class FileController;
struct FileView;

class CollateralTab : public QWidget
{
    Q_OBJECT
public:
    explicit CollateralTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

    // Selects a pledged asset for valuation (as a click in its table does) and shows its telemetry.
    void selectAsset(bool truck, int row);
    // Saves the value typed for the selected asset.
    void saveValue();
    // Opens the model's valuation of the selected truck (or kiln) in a dialog (through the dialog seam).
    void valueSelected(bool truck);
    // Opens the inspections of the selected truck (or kiln): an appraiser records and signs a new one,
    // others read the past ones.
    void inspectSelected(bool truck);
    // Prints a stored valuation of the selected truck (or kiln) as a PDF; `preselect` the valuation to
    // start on (0: the newest); `over` the window it opens over (0: this tab).
    void reportSelected(bool truck, Id preselect = 0, QWidget* over = nullptr);

private:
    void addAsset(bool truck);
    void onSelection(bool truck);

    FileController& m_controller;
    QTableWidget* m_trucks;
    QTableWidget* m_kilns;
    QPushButton* m_addTruck;
    QPushButton* m_addKiln;
    QPushButton* m_valueTruck;
    QPushButton* m_valueKiln;
    QPushButton* m_inspectTruck;
    QPushButton* m_inspectKiln;
    QPushButton* m_reportTruck;
    QPushButton* m_reportKiln;
    QWidget* m_valuation;
    QLabel* m_selected;
    QLineEdit* m_value;
    QPushButton* m_save;
    QLabel* m_valueError;
    QLabel* m_totals;
    AssetTelemetryPanel* m_telemetry;
    Id m_fileId = 0;
    bool m_selectedTruck = true;
    Id m_selectedId = 0;
};

} // namespace saggar::ui
