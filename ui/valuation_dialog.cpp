#include "valuation_dialog.h"

#include "display_names.h"
#include "tab_support.h"
#include "valuation_reasons_view.h"
#include "valuation_text.h"
#include "widgets/money_format.h"

#include <algorithm>
#include <memory>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

using valuation::LenderValues;

// A value derived linearly from the fair market value carries the same relative band.
Money scaled(Money value, Money bandEdge, Money fair)
{
    if (fair <= Money())
        return Money();
    const double ratio = static_cast<double>(bandEdge.fen()) / static_cast<double>(fair.fen());
    return Money::fromFen(static_cast<std::int64_t>(std::llround(static_cast<double>(value.fen()) * ratio)));
}

QString band(Money low, Money high)
{
    return ValuationDialog::tr("%1 – %2").arg(formatMoney(low), formatMoney(high));
}

QLabel* cell(const QString& text, QWidget* parent, bool strong = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

// Runs `work` on the thread pool and hands its answer to `done` on the UI thread, unless `receiver` is
// gone by then. The answer is posted to a relay object that only the UI thread deletes, so a receiver
// destroyed meanwhile is never posted to.
template <typename T>
void runOffThread(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
{
    auto* relay = new QObject;
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([relay, guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<T>(work());
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, result, done] {
                if (guard)
                    done(std::move(*result));
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    });
}

} // namespace

ValuationDialog::ValuationDialog(valuation::ValuationStore& store, const QString& assetName, QWidget* parent,
                                 std::function<QString(Id)> personName)
    : QDialog(parent), m_store(store), m_appraisal(makeError("Not valued yet.", ErrorCode::InvalidInput)),
      m_personName(std::move(personName))
{
    setObjectName(QStringLiteral("valuationDialog"));
    setWindowTitle(tr("Valuation of %1").arg(assetName));
    m_layout = new QVBoxLayout(this);
}

ValuationDialog::ValuationDialog(valuation::ValuationStore& store, Result<valuation::Appraisal> appraisal,
                                 const QString& assetName, QWidget* parent,
                                 std::function<QString(Id)> personName)
    : ValuationDialog(store, assetName, parent, std::move(personName))
{
    m_appraisal = std::move(appraisal);
    build();
}

ValuationDialog::ValuationDialog(valuation::ValuationStore& store,
                                 std::function<Result<valuation::Appraisal>()> work, const QString& assetName,
                                 QWidget* parent, std::function<QString(Id)> personName)
    : ValuationDialog(store, assetName, parent, std::move(personName))
{
    m_waiting = new QWidget(this);
    auto* waiting = new QVBoxLayout(m_waiting);
    auto* label = new QLabel(tr("Valuing… (reading telemetry)"), m_waiting);
    label->setObjectName(QStringLiteral("valuationProgress"));
    waiting->addWidget(label);
    waiting->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_waiting);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    waiting->addWidget(buttons);
    m_valuing = true;
    m_layout->addWidget(m_waiting);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 46);
    auto show = [this](Result<valuation::Appraisal> done) {
        // Hidden and kept: deleting it would destroy its Close button while QDialog still tracks it
        // as the default button (a crash in QDialogPrivate::setDefault).
        m_waiting->hide();
        m_waiting->setEnabled(false);
        m_valuing = false;
        m_appraisal = std::move(done);
        build();
    };
    runOffThread<Result<valuation::Appraisal>>(this, std::move(work), std::move(show));
}

void ValuationDialog::build()
{
    auto* layout = m_layout;

    if (!m_appraisal) {
        auto* why = new QLabel(this);
        why->setObjectName(QStringLiteral("valuationUnavailable"));
        why->setWordWrap(true);
        const bool noModel = m_appraisal.error().code == ErrorCode::NotFound;
        why->setText(
            noModel ? tr("This workspace cannot value assets yet: it needs a valuation library and a "
                         "champion price model. A demo workspace made with “saggarctl demo create” has "
                         "both. For another workspace, import the library with “saggarctl valuation "
                         "library import resources/valuation/library.tsv --workspace DIR” and train a "
                         "model with “saggarctl valuation train --demo --out MODEL --workspace DIR” (the "
                         "generated demo history) or on the bank's sales with --csv.")
                    : tr("The asset could not be valued: %1")
                          .arg(QString::fromStdString(m_appraisal.error().message)));
        why->setMinimumWidth(why->fontMetrics().averageCharWidth() * 70);
        layout->addWidget(why);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        emit appraised();
        return;
    }

    const valuation::Appraisal& a = *m_appraisal;
    const QLocale locale;
    auto* versions = new QLabel(this);
    versions->setObjectName(QStringLiteral("valuationVersions"));
    versions->setWordWrap(true);
    versions->setText(
        tr("Library type %1 (%2). Valued with library %3 and champion model %4, trained %5 on %6.")
            .arg(QString::fromStdString(a.type.name), QString::fromStdString(a.type.code),
                 QString::fromStdString(a.record.libraryVersion),
                 QString::fromStdString(a.record.modelVersion),
                 locale.toString(QDateTime::fromMSecsSinceEpoch(a.model.trainedAtMs).date(),
                                 QLocale::ShortFormat),
                 QString::fromStdString(a.model.dataHash)));
    layout->addWidget(versions);

    auto* measured = new QLabel(this);
    measured->setObjectName(QStringLiteral("valuationMeasured"));
    measured->setWordWrap(true);
    const valuation::Figures& f = a.measured;
    if (f.assets > 0)
        measured->setText(tr("How sure: on %n sales the model had not seen, its median error was %1; the "
                             "80 % band held %2 of the prices and the 90 % band %3. These are measured "
                             "figures, not promises.",
                             nullptr, static_cast<int>(f.assets))
                              .arg(ValuationText::percent(f.medianApe, 1),
                                   ValuationText::percent(f.coverage80, 1),
                                   ValuationText::percent(f.coverage90, 1)));
    else
        measured->setText(tr("The model's error and band coverage were not measured when it was trained; "
                             "read the bands with care."));
    layout->addWidget(measured);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    buildValues(page);
    auto* reasons = new ValuationReasonsView(page);
    // Worked out with the appraisal (on the worker when there is one); else read back from the store.
    reasons->setExplanation(a.explanation ? *a.explanation : valuation::explainValuation(m_store, a.record));
    pageLayout->addWidget(reasons);
    pageLayout->addWidget(buildLadder());
    pageLayout->addWidget(buildIndicators());
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("valuationStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_storeButton = buttons->addButton(tr("Store valuation"), QDialogButtonBox::ActionRole);
    m_storeButton->setObjectName(QStringLiteral("storeValuation"));
    connect(m_storeButton, &QPushButton::clicked, this, [this] { storeValuation(); });
    m_reportButton = buttons->addButton(tr("Report (PDF)…"), QDialogButtonBox::ActionRole);
    m_reportButton->setObjectName(QStringLiteral("valuationReport"));
    m_reportButton->setToolTip(tr("Print this stored valuation as a PDF in English or Chinese"));
    m_reportButton->setVisible(false);
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        if (m_report && m_storedId != 0)
            m_report(m_storedId);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 46);
    // At least as wide as the page (the values' bands), so no column is cut off at the right.
    const QMargins margins = layout->contentsMargins();
    resize(std::max(width(), page->minimumSizeHint().width() +
                                 scroll->verticalScrollBar()->sizeHint().width() + margins.left() +
                                 margins.right()),
           height());
    emit appraised();
}

void ValuationDialog::buildValues(QWidget* page)
{
    const LenderValues& v = m_appraisal->record.values;
    const valuation::MarketEstimate& m = v.market;
    auto* box = new QGroupBox(tr("Values"), page);
    auto* grid = new QGridLayout(box);
    grid->setObjectName(QStringLiteral("valuationValues"));
    grid->addWidget(cell(tr("Value"), box, true), 0, 1);
    grid->addWidget(cell(tr("80 % band"), box, true), 0, 2);
    grid->addWidget(cell(tr("90 % band"), box, true), 0, 3);
    struct Row
    {
        QString name;
        Money value;
    };
    const Row rows[] = {{tr("Fair market value"), m.fairMarket},
                        {tr("Orderly liquidation"), v.orderlyLiquidation},
                        {tr("Forced sale (auction ladder)"), v.forcedSale},
                        {tr("Net recovery after costs and time"), v.netRecovery}};
    int r = 1;
    for (const Row& row : rows) {
        grid->addWidget(cell(row.name, box), r, 0);
        auto* value = cell(formatMoney(row.value), box, true);
        value->setObjectName(QStringLiteral("value%1").arg(r));
        grid->addWidget(value, r, 1);
        grid->addWidget(
            cell(band(scaled(row.value, m.low80, m.fairMarket), scaled(row.value, m.high80, m.fairMarket)),
                 box),
            r, 2);
        grid->addWidget(
            cell(band(scaled(row.value, m.low90, m.fairMarket), scaled(row.value, m.high90, m.fairMarket)),
                 box),
            r, 3);
        ++r;
    }
    grid->addWidget(cell(tr("Recovery costs"), box), r, 0);
    grid->addWidget(cell(formatMoney(v.recoveryCosts), box), r, 1);
    ++r;
    grid->addWidget(cell(tr("Time to cash"), box), r, 0);
    grid->addWidget(cell(tr("%n days from seizure (expected)", nullptr, v.daysToCash), box, true), r, 1);
    ++r;
    auto* note =
        cell(tr("The bands of the other values follow the fair market value's, since each is a share "
                "of it for this type."),
             box);
    note->setWordWrap(true);
    grid->addWidget(note, r, 0, 1, 4);
    grid->setColumnStretch(4, 1);
    page->layout()->addWidget(box);
}

QWidget* ValuationDialog::buildLadder()
{
    const LenderValues& v = m_appraisal->record.values;
    auto* box = new QGroupBox(tr("Forced sale: the judicial-auction ladder"));
    auto* layout = new QVBoxLayout(box);
    QTableWidget* table = makeTable(
        {tr("Step"), tr("Starts at"), tr("Starting price"), tr("Chance of selling"), tr("Days to cash")},
        box);
    table->setObjectName(QStringLiteral("auctionLadder"));
    table->setRowCount(static_cast<int>(v.ladder.size()));
    for (int i = 0; i < table->rowCount(); ++i) {
        const valuation::AuctionStep& s = v.ladder[static_cast<std::size_t>(i)];
        setRow(table, i,
               {ValuationText::auctionStep(s.name),
                tr("%1 of the appraisal").arg(ValuationText::percent(s.startShare)),
                formatMoney(s.startPrice), ValuationText::percent(s.sellChance),
                QLocale().toString(s.daysToCash)});
    }
    fitColumns(table);
    table->setMinimumHeight(table->horizontalHeader()->height() +
                            table->rowCount() * table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(table);
    auto* unsold =
        cell(tr("Still unsold after the ladder: %1 (taken in lieu at the second price and sold later).")
                 .arg(ValuationText::percent(v.unsoldChance)),
             box);
    unsold->setWordWrap(true);
    layout->addWidget(unsold);
    return box;
}

QWidget* ValuationDialog::buildIndicators()
{
    auto* box = new QGroupBox(tr("The twelve indicators"));
    auto* layout = new QVBoxLayout(box);
    QTableWidget* table = makeTable({tr("Indicator"), tr("Value"), tr("Source"), tr("Coverage")}, box);
    table->setObjectName(QStringLiteral("valuationIndicators"));
    const auto& indicators = m_appraisal->record.indicators;
    table->setRowCount(valuation::kIndicatorCount);
    for (int i = 0; i < valuation::kIndicatorCount; ++i) {
        const valuation::Indicator& ind = indicators[static_cast<std::size_t>(i)];
        const bool counted = ind.provenance.source != valuation::ProvenanceSource::NotApplicable &&
                             ind.provenance.source != valuation::ProvenanceSource::Missing;
        setRow(table, i,
               {ValuationText::indicator(ind.id), ValuationText::indicatorValue(ind),
                sourceText(ind.provenance),
                counted ? ValuationText::percent(ind.coverage) : QStringLiteral("—")});
    }
    fitColumns(table);
    table->setMinimumHeight(table->horizontalHeader()->height() +
                            valuation::kIndicatorCount * table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(table);
    QString noteText;
    if (const auto& in = m_appraisal->inspection) {
        int defects[3] = {0, 0, 0};
        for (const valuation::Defect& d : in->defects)
            ++defects[std::clamp(d.severity, 1, 3) - 1];
        noteText = tr("Condition at that inspection: overall %1, structure %2, mechanism %3; defects: %4 "
                      "cosmetic, %5 needing repair, %6 stopping use. The model reads the wear and the "
                      "maintenance; the grades are shown for the appraiser.")
                       .arg(QString::fromLatin1(valuation::key(in->overall)),
                            QString::fromLatin1(valuation::key(in->structure)),
                            QString::fromLatin1(valuation::key(in->mechanism)))
                       .arg(defects[0])
                       .arg(defects[1])
                       .arg(defects[2]);
    } else {
        noteText = tr("No signed inspection of this asset yet: an appraiser records one with “Inspect…” on "
                      "the Collateral tab; the model treats missing indicators as missing.");
    }
    auto* note = cell(noteText, box);
    note->setObjectName(QStringLiteral("valuationInspectionNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* telemetry = cell(ValuationText::telemetryNote(*m_appraisal), box);
    telemetry->setObjectName(QStringLiteral("valuationTelemetryNote"));
    telemetry->setWordWrap(true);
    layout->addWidget(telemetry);
    return box;
}

QString ValuationDialog::sourceText(const valuation::Provenance& p) const
{
    const auto& in = m_appraisal->inspection;
    if (p.source != valuation::ProvenanceSource::Inspection || !in || in->id != p.inspectionId)
        return ValuationText::source(p);
    return tr("Inspection %1 by %2")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(in->atMs).date(), QLocale::ShortFormat),
             m_personName ? m_personName(in->appraiserId) : tr("user #%1").arg(in->appraiserId));
}

void ValuationDialog::setReportAction(std::function<void(Id)> report)
{
    m_report = std::move(report);
    if (m_reportButton)
        m_reportButton->setVisible(m_report && m_storedId != 0);
}

Id ValuationDialog::storeValuation()
{
    if (!m_appraisal || m_storedId != 0)
        return m_storedId;
    auto saved = m_store.saveValuation(m_appraisal->record);
    if (!saved) {
        m_status->setText(
            tr("The valuation was not stored: %1").arg(QString::fromStdString(saved.error().message)));
        return 0;
    }
    m_storedId = *saved;
    m_storeButton->setEnabled(false);
    m_reportButton->setVisible(static_cast<bool>(m_report));
    m_status->setText(tr("Stored as valuation #%1, with its inputs, library %2 and model %3, so it can be "
                         "reproduced.")
                          .arg(m_storedId)
                          .arg(QString::fromStdString(m_appraisal->record.libraryVersion),
                               QString::fromStdString(m_appraisal->record.modelVersion)));
    return m_storedId;
}

} // namespace saggar::ui
