#include "telemetry_import_dialog.h"

#include "dialog_seam.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

TelemetryImportDialog::TelemetryImportDialog(TelemetryImporter& importer, QWidget* parent)
    : QDialog(parent), m_importer(importer), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Choose…"), this)),
      m_skipBad(new QRadioButton(tr("Import the good lines and list the bad ones"), this)),
      m_allOrNothing(new QRadioButton(tr("Import nothing if any line is bad"), this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)), m_result(new QLabel(this)),
      m_counts(new QWidget(this)), m_filler(new QWidget(this)), m_badLines(new QTableWidget(0, 3, this)),
      m_copy(new QPushButton(tr("Co&py list"), this)), m_import(new QPushButton(tr("&Import"), this)),
      m_cancel(new QPushButton(tr("Cancel import"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import telemetry"));
    setObjectName(QStringLiteral("telemetryImportDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Readings exported by another platform: a CSV file with one reading a line "
                                "(asset_kind,asset,channel,time,value and an optional device_seq; a header "
                                "line is optional). Readings already stored are ignored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    connect(m_browse, &QPushButton::clicked, this, &TelemetryImportDialog::chooseFile);

    auto* modeBox = new QGroupBox(tr("When a line is bad"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    m_skipBad->setObjectName(QStringLiteral("skipBad"));
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_skipBad->setChecked(true);
    modeLayout->addWidget(m_skipBad);
    modeLayout->addWidget(m_allOrNothing);
    layout->addWidget(modeBox);

    auto* startRow = new QHBoxLayout;
    m_import->setObjectName(QStringLiteral("startImport"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_import->setDefault(true);
    startRow->addWidget(m_import);
    startRow->addWidget(m_cancel);
    startRow->addWidget(m_progress, 1);
    layout->addLayout(startRow);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    layout->addWidget(m_progressText);
    connect(m_import, &QPushButton::clicked, this, &TelemetryImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &TelemetryImportDialog::cancelImport);

    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    auto* grid = new QGridLayout(m_counts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    grid->setColumnStretch(5, 1);
    m_counts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // never cut; the list gives way
    layout->addWidget(m_counts);

    m_badLines->setObjectName(QStringLiteral("badLines"));
    m_badLines->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Details")});
    m_badLines->verticalHeader()->setVisible(false);
    m_badLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_badLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_badLines->horizontalHeader()->setStretchLastSection(true);
    m_badLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badLines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badLines->setWordWrap(false);
    m_badLines->setMinimumHeight(m_badLines->horizontalHeader()->sizeHint().height() +
                                 4 * m_badLines->verticalHeader()->defaultSectionSize());
    layout->addWidget(m_badLines, 1);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);
    auto* copyRow = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("copyBadLines"));
    copyRow->addWidget(m_copy);
    copyRow->addStretch(1);
    copyRow->addWidget(m_buttons);
    layout->addLayout(copyRow);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(badLinesText()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TelemetryImportDialog::reject);

    m_badLines->setVisible(false);
    m_copy->setVisible(false);
    m_counts->setVisible(false);
    setRunning(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 62, em * 46);
}

TelemetryImportDialog::~TelemetryImportDialog()
{
    if (m_thread) {
        m_cancelFlag->store(true);
        joinWorker();
    }
}

void TelemetryImportDialog::joinWorker()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_importer.release();
}

QString TelemetryImportDialog::reasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Malformed:
        return tr("malformed line");
    case RejectReason::UnknownAsset:
        return tr("unknown asset");
    case RejectReason::UnknownChannel:
        return tr("unknown channel");
    case RejectReason::OutOfRange:
        return tr("value out of range");
    case RejectReason::FutureTimestamp:
        return tr("time in the future");
    case RejectReason::CounterBackwards:
        return tr("counter went backwards");
    }
    return QString::fromUtf8(key(reason).data(), static_cast<qsizetype>(key(reason).size()));
}

void TelemetryImportDialog::chooseFile()
{
    const QString path = ui::chooseFile(this, FileChoice::Open, tr("Import telemetry"), m_path->text(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void TelemetryImportDialog::setRunning(bool running)
{
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_skipBad->setEnabled(!running);
    m_allOrNothing->setEnabled(!running);
}

void TelemetryImportDialog::startImport()
{
    if (m_thread)
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showFailure(tr("Choose a file to import."));
        return;
    }
    if (!m_importer.claim()) {
        m_outcome = {};
        m_outcome.failure = ImportFailure::Busy;
        showFailure(tr("Another telemetry import is running. Wait until it has finished, then try again. "
                       "Nothing was imported from this file."));
        return;
    }
    m_fileName = QFileInfo(path).fileName();
    m_lastTotalBytes = 0;
    showFailure({});
    m_progress->setValue(0);
    m_progressText->setText(tr("Reading %1…").arg(m_fileName));
    setRunning(true);

    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    TelemetryImportRequest request;
    request.path = path.toStdString();
    request.mode = m_allOrNothing->isChecked() ? ImportMode::AllOrNothing : ImportMode::SkipBad;
    request.cancel = m_cancelFlag.get();
    // Called on the worker: the numbers travel to the UI thread. The destructor waits for the worker,
    // so `this` outlives every call.
    request.progress = [this](const ImportProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, request, cancel = m_cancelFlag] {
        TelemetryImportOutcome outcome = m_importer.importFile(request);
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome)] {
                if (!m_thread)
                    return;
                joinWorker();
                setRunning(false);
                m_outcome = outcome;
                showOutcome(outcome);
                emit importFinished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("telemetry-import"));
    m_thread->start();
}

void TelemetryImportDialog::cancelImport()
{
    if (!m_thread)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling…"));
}

void TelemetryImportDialog::reject()
{
    if (m_thread) {
        // Closing stops the import; it writes nothing and the dialog closes once it has stopped.
        cancelImport();
        connect(this, &TelemetryImportDialog::importFinished, this, &QDialog::reject,
                Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void TelemetryImportDialog::showProgress(const ImportProgress& p)
{
    if (!m_thread)
        return;
    m_lastTotalBytes = p.totalBytes;
    if (p.totalBytes > 0) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(static_cast<int>(std::min<std::int64_t>(p.bytesRead, p.totalBytes) *
                                              kProgressSteps / p.totalBytes));
        m_progressText->setText(tr("%1 lines read (%2 of %3)")
                                    .arg(locale().toString(static_cast<qlonglong>(p.lines)),
                                         locale().formattedDataSize(p.bytesRead),
                                         locale().formattedDataSize(p.totalBytes)));
    } else {
        m_progress->setRange(0, 0); // busy
        m_progressText->setText(tr("%1 lines read").arg(locale().toString(static_cast<qlonglong>(p.lines))));
    }
    if (m_cancelFlag && m_cancelFlag->load())
        m_progressText->setText(tr("Cancelling…"));
    emit progressed(p.lines, p.bytesRead, p.totalBytes);
}

QString TelemetryImportDialog::failureText(const TelemetryImportOutcome& outcome) const
{
    const QString detail = QString::fromStdString(outcome.detail);
    switch (outcome.failure) {
    case ImportFailure::None:
        return {};
    case ImportFailure::Busy:
        return tr("Another telemetry import is running. Wait until it has finished, then try again.");
    case ImportFailure::CannotOpen: {
        const QFileInfo file(m_path->text().trimmed());
        const QString why = !file.exists() ? tr("there is no such file")
                            : file.isDir() ? tr("it is a folder")
                                           : tr("it may not be read (%1)").arg(detail);
        return tr("Could not open %1: %2. Check the path.").arg(m_fileName, why);
    }
    case ImportFailure::Empty:
        return tr("%1 holds no readings.").arg(m_fileName);
    case ImportFailure::WrongHeader:
        return tr("%1 is not a telemetry CSV file: its first line “%2” is not the header "
                  "asset_kind,asset,channel,time,value,device_seq.")
            .arg(m_fileName, detail);
    case ImportFailure::ReadFailed:
        return tr("%1 could not be read to its end (%2).").arg(m_fileName, detail);
    case ImportFailure::StoreFailed:
        return tr("The telemetry store could not take the readings: %1").arg(detail);
    }
    return {};
}

void TelemetryImportDialog::showFailure(const QString& text)
{
    m_result->setText(text);
    m_counts->setVisible(false);
    m_badLines->setRowCount(0);
    m_badLines->setVisible(false);
    m_copy->setVisible(false);
    m_filler->setVisible(true);
}

void TelemetryImportDialog::showOutcome(const TelemetryImportOutcome& outcome)
{
    const auto number = [this](std::int64_t n) { return locale().toString(static_cast<qlonglong>(n)); };
    if (!outcome.ok()) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(0);
        m_progressText->clear();
        showFailure(failureText(outcome) + QLatin1Char(' ') + tr("Nothing was imported."));
        return;
    }
    const ImportReport& r = outcome.report;
    const std::int64_t bad = r.rejected.total();
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(r.cancelled ? m_progress->value() : kProgressSteps);
    if (r.cancelled)
        m_progressText->clear(); // else it keeps the last count: lines and bytes read
    if (r.cancelled)
        m_result->setText(tr("Import cancelled after %1 lines. Nothing was imported.").arg(number(r.lines)));
    else if (!r.committed)
        m_result->setText(
            tr("Nothing was imported: %1 of %2 lines are bad, and you chose to import nothing if "
               "any line is bad. Correct the lines listed below, or import the good lines only.")
                .arg(number(bad), number(r.lines)));
    else if (bad > 0)
        m_result->setText(
            tr("Imported %1 readings from %2. %3 bad lines were skipped; they are listed below.")
                .arg(number(r.inserted), m_fileName, number(bad)));
    else if (r.inserted == 0 && r.duplicates > 0)
        m_result->setText(tr("%1 holds nothing new: all %2 readings were already stored.")
                              .arg(m_fileName, number(r.duplicates)));
    else
        m_result->setText(tr("Imported %1 readings from %2.").arg(number(r.inserted), m_fileName));

    // Two columns: what was read and stored on the left, the bad lines by reason on the right.
    auto* grid = static_cast<QGridLayout*>(m_counts->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto add = [this, grid](int row, int column, const QString& name, std::int64_t n, bool indent) {
        auto* label = new QLabel(name, m_counts);
        if (indent)
            label->setIndent(fontMetrics().horizontalAdvance(QLatin1Char('M')));
        auto* value = new QLabel(locale().toString(static_cast<qlonglong>(n)), m_counts);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, row, column);
        grid->addWidget(value, row, column + 1);
    };
    add(0, 0, tr("Lines read"), r.lines, false);
    add(1, 0, tr("Good readings"), r.samples, false);
    add(2, 0, tr("Readings imported"), r.committed ? r.inserted : 0, false);
    add(3, 0, tr("Duplicates ignored (already stored)"), r.committed ? r.duplicates : 0, false);
    add(0, 3, tr("Bad lines"), bad, false);
    int row = 1;
    for (std::size_t i = 0; i < kRejectReasonCount; ++i) {
        const auto reason = static_cast<RejectReason>(i);
        if (r.rejected[reason] > 0)
            add(row++, 3, reasonName(reason), r.rejected[reason], true);
    }
    grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    m_counts->setVisible(!r.cancelled);

    m_badLines->setRowCount(static_cast<int>(r.errors.size()));
    for (int i = 0; i < static_cast<int>(r.errors.size()); ++i) {
        const ImportLineError& e = r.errors[static_cast<std::size_t>(i)];
        auto* line = new QTableWidgetItem(number(e.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line->setData(Qt::UserRole, e.line);
        m_badLines->setItem(i, 0, line);
        m_badLines->setItem(i, 1, new QTableWidgetItem(reasonName(e.reason)));
        auto* details = new QTableWidgetItem(QString::fromStdString(e.message));
        details->setToolTip(details->text());
        m_badLines->setItem(i, 2, details);
    }
    const bool listed = !r.cancelled && !r.errors.empty();
    m_badLines->setVisible(listed);
    m_copy->setVisible(listed);
    m_filler->setVisible(!listed);
    if (listed && bad > static_cast<std::int64_t>(r.errors.size()))
        m_result->setText(
            m_result->text() + QLatin1Char(' ') +
            tr("The first %1 bad lines are listed.").arg(number(static_cast<std::int64_t>(r.errors.size()))));
}

QString TelemetryImportDialog::countsText() const
{
    QString text;
    auto* grid = static_cast<QGridLayout*>(m_counts->layout());
    for (int column : {0, 3})
        for (int row = 0; row < grid->rowCount(); ++row) {
            QLayoutItem* name = grid->itemAtPosition(row, column);
            QLayoutItem* value = grid->itemAtPosition(row, column + 1);
            if (name && value)
                text += static_cast<QLabel*>(name->widget())->text() + QLatin1Char('\t') +
                        static_cast<QLabel*>(value->widget())->text() + QLatin1Char('\n');
        }
    return text;
}

QString TelemetryImportDialog::badLinesText() const
{
    QString text;
    for (int i = 0; i < m_badLines->rowCount(); ++i)
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(m_badLines->item(i, 0)->data(Qt::UserRole).toInt())
                    .arg(m_badLines->item(i, 1)->text(), m_badLines->item(i, 2)->text());
    return text;
}

} // namespace saggar::ui
