#include "band_editor_dialog.h"

#include "display_names.h"
#include "message_seam.h"
#include "risk_text.h"
#include "widgets/money_format.h"

#include "core/workflow_support.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QStringLiteral(" %");
}

QDoubleSpinBox* scoreBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 1000);
    box->setDecimals(1);
    box->setSingleStep(1);
    return box;
}

} // namespace

BandEditorDialog::BandEditorDialog(risk::RiskDecisionService& service, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_decline(scoreBox(this)),
      m_approve(scoreBox(this)), m_current(new QLabel(this)), m_preview(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_save(new QPushButton(tr("Save bands"), this))
{
    setObjectName(QStringLiteral("bandEditor"));
    setWindowTitle(tr("Routing bands"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Scores below the decline band are declined automatically, scores from the "
                                "approval band up are approved automatically, and the files in between go to "
                                "manual review. Policy rules still decline or refer whatever the score. The "
                                "bank aims at about %1 of files in manual review.")
                                 .arg(percent(risk::kDefaultReviewRate)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_current->setObjectName(QStringLiteral("currentBands"));
    m_current->setWordWrap(true);
    layout->addWidget(m_current);

    auto* form = new QFormLayout;
    m_decline->setObjectName(QStringLiteral("declineBelow"));
    m_approve->setObjectName(QStringLiteral("approveFrom"));
    form->addRow(tr("Decline below"), m_decline);
    form->addRow(tr("Approve from"), m_approve);
    auto* suggestButton =
        new QPushButton(tr("Suggest bands for %1 review").arg(percent(risk::kDefaultReviewRate)), this);
    suggestButton->setObjectName(QStringLiteral("suggestBands"));
    form->addRow(QString(), suggestButton);
    layout->addLayout(form);
    m_preview->setObjectName(QStringLiteral("bandPreview"));
    m_preview->setWordWrap(true);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    layout->addWidget(m_preview);
    layout->addWidget(new QLabel(tr("Why the bands change (kept with them):"), this));
    m_reason->setObjectName(QStringLiteral("bandReason"));
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("saveBands"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    if (auto scores = service.store().portfolioScores())
        m_scores = std::move(scores).value();
    const auto bandsNow = service.bandsInForce();
    const risk::ScoreBands inForce = bandsNow ? *bandsNow : service.model().bands;
    auto saved = service.store().bands();
    m_current->setText(saved && *saved
                           ? tr("In force: decline below %1, approve from %2 — set by %3 on %4 (“%5”).")
                                 .arg(RiskText::score(inForce.declineBelow),
                                      RiskText::score(inForce.approveFrom), qs((*saved)->setByName),
                                      formatTimestamp((*saved)->atMs), qs((*saved)->justification))
                           : tr("In force: decline below %1, approve from %2 — the model %3's own bands.")
                                 .arg(RiskText::score(inForce.declineBelow),
                                      RiskText::score(inForce.approveFrom), qs(service.model().version)));
    m_decline->setValue(inForce.declineBelow);
    m_approve->setValue(inForce.approveFrom);

    connect(m_decline, &QDoubleSpinBox::valueChanged, this, &BandEditorDialog::updatePreview);
    connect(m_approve, &QDoubleSpinBox::valueChanged, this, &BandEditorDialog::updatePreview);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BandEditorDialog::updatePreview);
    connect(suggestButton, &QPushButton::clicked, this, &BandEditorDialog::suggest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(m_save, nullptr, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &BandEditorDialog::save);
    updatePreview();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, sizeHint().height());
}

void BandEditorDialog::updatePreview()
{
    const risk::ScoreBands bands{m_decline->value(), m_approve->value()};
    m_rates.reset();
    if (!bands.check()) {
        m_preview->setText(tr("The decline band must not be above the approval band."));
    } else if (m_scores.empty()) {
        m_rates = risk::routingRates(bands, m_scores);
        m_preview->setText(tr("No file of the portfolio has been scored yet, so no rates can be shown."));
    } else {
        m_rates = risk::routingRates(bands, m_scores);
        m_preview->setText(tr("On the %n scored file(s) of the portfolio: approve %1, review %2, decline %3.",
                              nullptr, static_cast<int>(m_rates->files))
                               .arg(percent(m_rates->approvalRate()), percent(m_rates->reviewRate()),
                                    percent(m_rates->declineRate())));
    }
    m_save->setEnabled(m_rates.has_value() && detail::reasonIsEnough(m_reason->toPlainText().toStdString()));
}

void BandEditorDialog::suggest()
{
    if (m_scores.empty())
        return;
    const risk::ScoreBands b = risk::bandsForReviewRate(
        m_scores, m_service.model().scorecard.scaling().offset(), risk::kDefaultReviewRate);
    m_decline->setValue(b.declineBelow);
    m_approve->setValue(b.approveFrom);
}

void BandEditorDialog::save()
{
    const Result<void> saved =
        m_service.saveBands(m_actor, risk::ScoreBands{m_decline->value(), m_approve->value()},
                            m_reason->toPlainText().toStdString());
    if (!saved) {
        showMessage(this, MessageKind::Warning, windowTitle(), DisplayNames::error(saved.error()));
        return;
    }
    accept();
}

} // namespace saggar::ui
