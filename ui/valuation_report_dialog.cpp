#include "valuation_report_dialog.h"

#include "dialog_seam.h"
#include "message_seam.h"
#include "report_language.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace saggar::ui {

ValuationReportDialog::ValuationReportDialog(const valuation::ValuationStore& store,
                                             std::shared_ptr<TelemetryChartSource> charts,
                                             const valuation::SalesStore* sales, ReportSubject subject,
                                             std::vector<valuation::ValuationRecord> valuations, Id preselect,
                                             std::function<QString(Id)> personName, QWidget* parent)
    : QDialog(parent), m_store(store), m_charts(std::move(charts)), m_sales(sales),
      m_subject(std::move(subject)), m_records(std::move(valuations)), m_personName(std::move(personName))
{
    setObjectName(QStringLiteral("valuationReportDialog"));
    setWindowTitle(tr("Valuation report"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A PDF of one stored valuation: the asset, the inspection with its photos and "
                      "signature, the twelve indicators, telemetry charts, the values with their "
                      "bands, comparable sales and the versions used."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_valuations = new QComboBox(this);
    m_valuations->setObjectName(QStringLiteral("reportValuation"));
    for (const valuation::ValuationRecord& r : m_records) {
        m_valuations->addItem(tr("#%1 of %2: %3 (model %4)")
                                  .arg(r.id)
                                  .arg(formatTimestamp(r.atMs), formatMoney(r.values.market.fairMarket),
                                       QString::fromStdString(r.modelVersion).left(18)),
                              QVariant::fromValue<qlonglong>(r.id));
        if (r.id == preselect)
            m_valuations->setCurrentIndex(m_valuations->count() - 1);
    }
    form->addRow(tr("Valuation"), m_valuations);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("English"), int(ReportLanguage::Choice::English));
    m_language->addItem(QStringLiteral("中文（简体）"), int(ReportLanguage::Choice::Chinese));
    m_language->setCurrentIndex(ReportLanguage::uiChoice() == ReportLanguage::Choice::Chinese ? 1 : 0);
    form->addRow(tr("Written in"), m_language);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* browse = new QPushButton(tr("Choose…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Save as"), pathRow);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, warningColour());
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_records.empty());
    layout->addWidget(buttons);

    suggestPath();
    connect(m_valuations, &QComboBox::currentIndexChanged, this, [this] { suggestPath(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { suggestPath(); });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(browse, &QPushButton::clicked, this, &ValuationReportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (writeReport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ValuationReportDialog::suggestPath()
{
    if (m_pathEdited || m_valuations->currentIndex() < 0)
        return;
    const bool chinese = m_language->currentData().toInt() == int(ReportLanguage::Choice::Chinese);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    m_path->setText(QDir(dir).filePath(QStringLiteral("valuation-%1-%2.pdf")
                                           .arg(m_valuations->currentData().toLongLong())
                                           .arg(chinese ? QStringLiteral("zh") : QStringLiteral("en"))));
}

void ValuationReportDialog::browse()
{
    const QString chosen = chooseFile(this, FileChoice::Save, tr("Save the valuation report"), m_path->text(),
                                      tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_pathEdited = true;
}

QString ValuationReportDialog::problem() const
{
    return m_problem->text();
}

bool ValuationReportDialog::writeReport()
{
    m_problem->clear();
    const int index = m_valuations->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_records.size())) {
        m_problem->setText(tr("There is no stored valuation to report."));
        return false;
    }
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_problem->setText(tr("Choose where to save the report."));
        return false;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    auto gathered =
        gatherValuationReport(m_store, m_charts.get(), m_sales, m_records[static_cast<std::size_t>(index)],
                              m_subject, m_personName);
    if (!gathered) {
        m_problem->setText(
            tr("The report could not be made: %1").arg(QString::fromStdString(gathered.error().message)));
        return false;
    }
    const ReportLanguage language(static_cast<ReportLanguage::Choice>(m_language->currentData().toInt()));
    auto document = ValuationReport::document(*gathered, language);
    if (const QString why =
            ValuationReport::writePdf(*document, path, ValuationReport::title(*gathered, language));
        !why.isEmpty()) {
        m_problem->setText(
            tr("%1 could not be written: %2. Nothing was saved.").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    m_path->setText(path);
    return true;
}

void showValuationReport(QWidget* parent, const valuation::ValuationStore& store,
                         std::shared_ptr<TelemetryChartSource> charts, const valuation::SalesStore* sales,
                         const ReportSubject& subject, Id assetId, Id preselect,
                         const std::function<QString(Id)>& personName)
{
    auto stored = store.valuationsOf(subject.kiln ? "kiln" : "truck", assetId);
    if (!stored) {
        showMessage(parent, MessageKind::Warning, ValuationReportDialog::tr("Valuation report"),
                    ValuationReportDialog::tr("The stored valuations could not be read: %1")
                        .arg(QString::fromStdString(stored.error().message)));
        return;
    }
    if (stored->empty()) {
        showMessage(
            parent, MessageKind::Information, ValuationReportDialog::tr("Valuation report"),
            ValuationReportDialog::tr("This asset has no stored valuation yet. Press “Value…” and then "
                                      "“Store valuation”; its report can then be printed."));
        return;
    }
    std::reverse(stored->begin(), stored->end()); // newest first
    ValuationReportDialog dialog(store, std::move(charts), sales, subject, std::move(*stored), preselect,
                                 personName, parent);
    execDialog(dialog);
}

} // namespace saggar::ui
