// File → Import telemetry…: readings exported by other platforms (a CSV file, format in
// core/telemetry_csv.h) into the workspace's telemetry store. The person picks the file and what
// happens to bad lines, starts, watches the progress and may cancel; at the end the dialog says
// what was read, imported, ignored and refused, and lists every bad line with its number and reason
// (copyable). The import runs on a thread of its own through core's TelemetryImporter; a
// cancellation or a failure writes nothing.
#pragma once

#include "core/telemetry_importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

namespace saggar::ui {

class TelemetryImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TelemetryImportDialog(TelemetryImporter& importer, QWidget* parent = nullptr);
    ~TelemetryImportDialog() override;

    // Starts the import of the file in the path box (the Import button). Refused with a message when
    // no file is named or another import is running.
    void startImport();
    // Asks the running import to stop (the Cancel button); it then writes nothing.
    void cancelImport();
    bool running() const { return m_thread != nullptr; }
    // Close and Esc: while an import runs, cancel it and close once it has stopped.
    void reject() override;
    const TelemetryImportOutcome& lastOutcome() const { return m_outcome; }

    // The bad lines as text, one a line: "LINE<TAB>reason<TAB>details" (the Copy list button).
    QString badLinesText() const;
    static QString reasonName(RejectReason reason);

    QLineEdit* pathEdit() const { return m_path; }
    QRadioButton* skipBadButton() const { return m_skipBad; }
    QRadioButton* allOrNothingButton() const { return m_allOrNothing; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    QWidget* countsBox() const { return m_counts; }
    QString countsText() const; // "name<TAB>number" a line, as shown
    QTableWidget* badLinesTable() const { return m_badLines; }

signals:
    void progressed(qint64 lines, qint64 bytesRead, qint64 totalBytes);
    void importFinished(); // the outcome is in lastOutcome()

private:
    void chooseFile();
    void showProgress(const ImportProgress& progress);
    void showOutcome(const TelemetryImportOutcome& outcome);
    void showFailure(const QString& text);
    void setRunning(bool running);
    QString failureText(const TelemetryImportOutcome& outcome) const;
    void joinWorker();

    TelemetryImporter& m_importer;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QRadioButton* m_skipBad;
    QRadioButton* m_allOrNothing;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_result;
    QWidget* m_counts; // a grid of names and numbers
    QWidget* m_filler; // takes the room of the bad-line list while there is none
    QTableWidget* m_badLines;
    QPushButton* m_copy;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QDialogButtonBox* m_buttons;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QString m_fileName; // of the running or last import, for the messages
    std::int64_t m_lastTotalBytes = 0;
    TelemetryImportOutcome m_outcome;
};

} // namespace saggar::ui
