#include "inspection_dialog.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "form_draft.h"
#include "inspection_lines.h"
#include "tab_support.h"
#include "widgets/validated_form.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

using valuation::ConditionGrade;

constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;
constexpr int kMaxPlaceChars = 200;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QComboBox* gradeBox(const char* name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->addItem(InspectionDialog::tr("A — as new"));
    box->addItem(InspectionDialog::tr("B — good, normal wear"));
    box->addItem(InspectionDialog::tr("C — fair, repairs due"));
    box->addItem(InspectionDialog::tr("D — poor, major repair needed"));
    box->addItem(InspectionDialog::tr("E — unfit for use"));
    return box;
}

QPlainTextEdit* listEdit(const char* name, const QString& placeholder, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // Room for a few more lines than the example; the list scrolls beyond, so the form never hides the
    // photo buttons below the fold.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 3) + 12);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 72);
    return edit;
}

// A number typed with the user's or the C locale's decimal point.
std::optional<double> number(QString text)
{
    text = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

InspectionDialog::InspectionDialog(valuation::ValuationStore& store, InspectionSubject subject,
                                   std::function<QString(Id)> personName, QWidget* parent)
    : QDialog(parent), m_store(store), m_subject(std::move(subject)), m_personName(std::move(personName))
{
    setObjectName(QStringLiteral("inspectionDialog"));
    setWindowTitle(tr("Inspection of %1").arg(m_subject.assetName));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* historyLabel = new QLabel(tr("Inspection"), this);
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("inspectionHistory"));
    historyLabel->setBuddy(m_history);
    top->addWidget(historyLabel);
    top->addWidget(m_history, 1);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form keeps its natural height at the top; spare room stays below it rather than between rows.
    auto* holder = new QWidget(scroll);
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ValidatedForm(holder);
    holderLayout->addWidget(m_form);
    holderLayout->addStretch(1);
    buildForm();
    scroll->setWidget(holder);
    layout->addWidget(scroll, 1);

    m_signature = new QLabel(this);
    m_signature->setObjectName(QStringLiteral("inspectionSignature"));
    m_signature->setWordWrap(true);
    layout->addWidget(m_signature);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inspectionStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (m_subject.mayInspect) {
        m_sign = buttons->addButton(tr("Sign and store"), QDialogButtonBox::ActionRole);
        m_sign->setObjectName(QStringLiteral("signInspection"));
        m_sign->setToolTip(tr("Stores the inspection signed by you; it cannot be changed afterwards"));
        connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Everything visible at once on a 1600 × 1000 screen; the scroll area covers smaller ones.
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 62);

    if (auto past = m_store.inspectionsOf(m_subject.kind, m_subject.assetId))
        m_past = std::move(past).value();
    else
        m_status->setText(DisplayNames::error(past.error()));
    if (m_subject.mayInspect)
        m_draft = new FormDraft(QStringLiteral("inspection-%1-%2-%3")
                                    .arg(QString::fromStdString(m_subject.kind))
                                    .arg(m_subject.assetId)
                                    .arg(m_subject.userId),
                                m_form, this);
    listHistory(m_subject.mayInspect);
    connect(m_history, &QComboBox::currentIndexChanged, this, &InspectionDialog::showChosen);
    showChosen(0);
    if (m_subject.mayInspect && m_status->text().isEmpty())
        m_status->setText(tr("What you type is kept as a draft until you sign, even if Saggar closes."));
}

InspectionDialog::~InspectionDialog()
{
    // Typing since the last debounce is kept too (not a past inspection that happens to be shown).
    if (m_draft && m_showingNew && !m_frozen)
        m_draft->saveNow();
}

void InspectionDialog::buildForm()
{
    const bool truck = m_subject.kind == "truck";
    m_place = new QLineEdit(m_form);
    m_place->setObjectName(QStringLiteral("inspectionPlace"));
    m_place->setPlaceholderText(tr("site or address, e.g. 佛山市南海区 yard 3"));
    m_form->addField(Place, tr("Place"), m_place);
    m_time = new QLineEdit(m_form);
    m_time->setObjectName(QStringLiteral("inspectionTime"));
    m_time->setPlaceholderText(tr("local time, e.g. 2026-11-20 14:30"));
    m_form->addField(Time, tr("Time"), m_time);
    m_position = new QLineEdit(m_form);
    m_position->setObjectName(QStringLiteral("inspectionPosition"));
    m_position->setPlaceholderText(tr("optional: latitude, longitude, e.g. 23.0215, 113.1214"));
    m_form->addField(Position, tr("Position"), m_position);

    m_overall = gradeBox("gradeOverall", m_form);
    m_form->addRow(tr("Overall condition"), m_overall);
    m_structure = gradeBox("gradeStructure", m_form);
    m_form->addRow(truck ? tr("Chassis and body") : tr("Shell and refractory"), m_structure);
    m_mechanism = gradeBox("gradeMechanism", m_form);
    m_form->addRow(truck ? tr("Engine and drive") : tr("Burners, rollers and fans"), m_mechanism);
    m_wear = new QLineEdit(m_form);
    m_wear->setObjectName(QStringLiteral("surfaceWear"));
    m_wear->setPlaceholderText(tr("0 to 100, e.g. 25"));
    m_form->addField(Wear, truck ? tr("Paint and body wear (%)") : tr("Lining and glaze wear (%)"), m_wear);
    m_servicesDue = new QSpinBox(m_form);
    m_servicesDue->setObjectName(QStringLiteral("servicesDue"));
    m_servicesDue->setRange(0, 99);
    m_servicesDue->setToolTip(tr("Scheduled services the maker's plan asks for since the last inspection"));
    m_form->addRow(tr("Scheduled services due"), m_servicesDue);

    m_maintenance = listEdit("maintenanceLines",
                             tr("one a line: date; work; who did it; scheduled or repair\n"
                                "2026-10-12; oil and filters; Foshan Jiefang service; scheduled"),
                             4, m_form);
    m_form->addField(Maintenance, tr("Maintenance records"), m_maintenance);
    m_defects =
        listEdit("defectLines",
                 tr("one a line: part; what is wrong; severity 1 cosmetic, 2 needs repair, 3 stops use\n"
                    "rear axle; oil leak at the seal; 2"),
                 3, m_form);
    m_form->addField(Defects, tr("Defects"), m_defects);

    auto* photos = new QWidget(m_form);
    auto* photosLayout = new QVBoxLayout(photos);
    photosLayout->setContentsMargins(0, 0, 0, 0);
    m_photos = listEdit("photoLines",
                        tr("No photo yet. Photos are kept with the file's attachments by their "
                           "SHA-256."),
                        3, photos);
    m_photos->setReadOnly(true);
    photosLayout->addWidget(m_photos);
    auto* photoButtons = new QHBoxLayout;
    m_addPhotos = new QPushButton(tr("Add photo…"), photos);
    m_addPhotos->setObjectName(QStringLiteral("addInspectionPhoto"));
    m_clearPhotos = new QPushButton(tr("Remove photos"), photos);
    m_clearPhotos->setObjectName(QStringLiteral("clearInspectionPhotos"));
    photoButtons->addWidget(m_addPhotos);
    photoButtons->addWidget(m_clearPhotos);
    photoButtons->addStretch(1);
    photosLayout->addLayout(photoButtons);
    m_form->addField(Photos, tr("Photos"), photos);
    connect(m_addPhotos, &QPushButton::clicked, this, &InspectionDialog::choosePhotos);
    connect(m_clearPhotos, &QPushButton::clicked, this, [this] { m_photos->clear(); });
}

void InspectionDialog::listHistory(bool offerNew)
{
    m_history->clear();
    if (offerNew)
        m_history->addItem(tr("New inspection"), -1);
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(m_past.size()); ++i) {
        const valuation::Inspection& in = m_past[static_cast<std::size_t>(i)];
        m_history->addItem(
            tr("%1 — %2 — %3")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(in.atMs), QLocale::ShortFormat),
                     m_personName ? m_personName(in.appraiserId) : QString::number(in.appraiserId),
                     in.signature.empty() ? tr("not signed") : tr("signed")),
            i);
    }
}

void InspectionDialog::showChosen(int index)
{
    const QVariant chosen = m_history->itemData(index); // nothing listed: an empty form
    const int past = chosen.isValid() ? chosen.toInt() : -1;
    // Leaving the new inspection for a past one: keep the typing now, before the debounce could fire
    // while the past record is on screen.
    if (m_draft && m_showingNew && !m_frozen)
        m_draft->saveNow();
    m_showingNew = past < 0;
    const auto blocked = m_form->findChildren<QWidget*>();
    for (QWidget* w : blocked) // filling is not typing: the draft must not see it
        w->blockSignals(true);
    if (past < 0) {
        fill(valuation::Inspection{});
        m_time->setText(QDateTime::currentDateTime().toString(kTimeFormat));
    } else {
        fill(m_past[static_cast<std::size_t>(past)]);
    }
    for (QWidget* w : blocked)
        w->blockSignals(false);
    m_form->clearErrors();
    if (past < 0) {
        if (m_draft && m_draft->restore())
            m_status->setText(tr("Restored what you typed earlier; it is kept until you sign."));
        setFrozen(false);
        m_signature->setText(
            tr("Signing stores this inspection as signed by %1 (appraiser) and freezes it: a "
               "signed inspection cannot be changed.")
                .arg(m_subject.userName));
    } else {
        setFrozen(true);
        const valuation::Inspection& in = m_past[static_cast<std::size_t>(past)];
        m_signature->setText(
            in.signature.empty()
                ? tr("Not signed: this inspection is not used for valuation.")
                : tr("Signed: %1. A signed inspection cannot be changed.").arg(qs(in.signature)));
    }
    if (past < 0 && !m_subject.mayInspect)
        m_signature->clear();
    if (!m_subject.mayInspect && m_past.empty()) {
        m_form->setEnabled(false);
        m_status->setText(tr("No inspection of this asset has been recorded yet. Only an appraiser can "
                             "record one."));
    } else if (!m_subject.mayInspect) {
        m_status->setText(tr("You can read the recorded inspections; only an appraiser can record one."));
    }
}

void InspectionDialog::fill(const valuation::Inspection& in)
{
    const QLocale locale;
    m_place->setText(qs(in.place));
    m_time->setText(in.atMs > 0 ? QDateTime::fromMSecsSinceEpoch(in.atMs).toString(kTimeFormat) : QString());
    m_position->setText(
        in.latitude ? QStringLiteral("%1, %2").arg(*in.latitude, 0, 'f', 5).arg(*in.longitude, 0, 'f', 5)
                    : QString());
    m_overall->setCurrentIndex(static_cast<int>(in.atMs > 0 ? in.overall : ConditionGrade::B));
    m_structure->setCurrentIndex(static_cast<int>(in.atMs > 0 ? in.structure : ConditionGrade::B));
    m_mechanism->setCurrentIndex(static_cast<int>(in.atMs > 0 ? in.mechanism : ConditionGrade::B));
    m_wear->setText(in.atMs > 0 ? locale.toString(in.surfaceWearPct, 'f', 1) : QString());
    m_servicesDue->setValue(in.servicesDue);
    m_maintenance->setPlainText(InspectionLines::maintenanceText(in.maintenance));
    m_defects->setPlainText(InspectionLines::defectsText(in.defects));
    m_photos->setPlainText(InspectionLines::photosText(in.photoSha256));
}

void InspectionDialog::setFrozen(bool frozen)
{
    const bool editable = !frozen && m_subject.mayInspect;
    for (QLineEdit* e : {m_place, m_time, m_position, m_wear})
        e->setReadOnly(!editable);
    for (QComboBox* c : {m_overall, m_structure, m_mechanism})
        c->setEnabled(editable);
    m_servicesDue->setEnabled(editable);
    m_maintenance->setReadOnly(!editable);
    m_defects->setReadOnly(!editable);
    m_addPhotos->setVisible(editable);
    m_clearPhotos->setVisible(editable);
    if (m_sign)
        m_sign->setVisible(editable);
}

bool InspectionDialog::read(valuation::Inspection& out)
{
    m_form->clearErrors();
    out = {};
    out.assetKind = m_subject.kind;
    out.assetId = m_subject.assetId;
    out.appraiserId = m_subject.userId;

    const QString place = m_place->text().trimmed();
    if (place.isEmpty())
        m_form->setError(Place, tr("Say where the asset was inspected: the site or the address."));
    else if (place.size() > kMaxPlaceChars)
        m_form->setError(Place, tr("Keep the place under %1 characters.").arg(kMaxPlaceChars));
    out.place = place.toStdString();

    const QDateTime at = QDateTime::fromString(m_time->text().trimmed(), kTimeFormat);
    if (!at.isValid())
        m_form->setError(Time, tr("Write the time of the inspection as 2026-11-20 14:30."));
    else if (at > QDateTime::currentDateTime().addSecs(10 * 60))
        m_form->setError(Time, tr("The inspection cannot be in the future."));
    else
        out.atMs = at.toMSecsSinceEpoch();

    const QString position = m_position->text().trimmed();
    if (!position.isEmpty()) {
        static const QRegularExpression split(QStringLiteral("\\s*[,，\\s]\\s*"));
        const QStringList p = position.split(split, Qt::SkipEmptyParts);
        const auto lat = p.size() == 2 ? number(p[0]) : std::nullopt;
        const auto lon = p.size() == 2 ? number(p[1]) : std::nullopt;
        if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180)
            m_form->setError(Position, tr("Write the latitude (−90 to 90) and the longitude (−180 to 180) "
                                          "separated by a comma, or leave the position empty."));
        else {
            out.latitude = lat;
            out.longitude = lon;
        }
    }

    out.overall = static_cast<ConditionGrade>(m_overall->currentIndex());
    out.structure = static_cast<ConditionGrade>(m_structure->currentIndex());
    out.mechanism = static_cast<ConditionGrade>(m_mechanism->currentIndex());
    QString wearText = m_wear->text().trimmed();
    wearText.remove(QLatin1Char('%'));
    const auto wear = number(wearText);
    if (!wear || !std::isfinite(*wear) || *wear < 0 || *wear > 100)
        m_form->setError(Wear, tr("Enter the wear as a percentage from 0 to 100."));
    else
        out.surfaceWearPct = *wear;
    out.servicesDue = m_servicesDue->value();

    QString error;
    out.maintenance = InspectionLines::maintenance(
        m_maintenance->toPlainText(), out.atMs > 0 ? out.atMs : QDateTime::currentMSecsSinceEpoch(), &error);
    if (!error.isEmpty())
        m_form->setError(Maintenance, error);
    error.clear();
    out.defects = InspectionLines::defects(m_defects->toPlainText(), &error);
    if (!error.isEmpty())
        m_form->setError(Defects, error);
    error.clear();
    out.photoSha256 = InspectionLines::photoDigests(m_photos->toPlainText(), &error);
    if (!error.isEmpty())
        m_form->setError(Photos, error);
    return !m_form->hasErrors();
}

Id InspectionDialog::sign()
{
    if (!m_subject.mayInspect) {
        m_status->setText(tr("Only an appraiser can record and sign an inspection."));
        return 0;
    }
    if (m_frozen)
        return m_signedId;
    if (m_history->currentData().toInt() >= 0) {
        m_status->setText(tr("A recorded inspection cannot be signed again; choose “New inspection”."));
        return 0;
    }
    valuation::Inspection in;
    if (!read(in)) {
        m_status->setText(tr("Not signed: correct the fields marked in red. Nothing was stored."));
        m_form->focusFirstError();
        return 0;
    }
    in.signature = tr("%1, appraiser, %2 UTC")
                       .arg(m_subject.userName, QDateTime::currentDateTimeUtc().toString(kTimeFormat))
                       .toStdString();
    auto stored = m_store.saveInspection(in);
    if (!stored) {
        m_status->setText(tr("Not signed: %1 Nothing was stored.").arg(DisplayNames::error(stored.error())));
        return 0;
    }
    m_signedId = *stored;
    m_frozen = true;
    m_draft->clear();
    in.id = m_signedId;
    m_past.insert(m_past.begin(), in);
    // One inspection per sitting: the history now starts with the signed one, shown frozen.
    {
        const QSignalBlocker block(m_history);
        listHistory(false);
        m_history->setCurrentIndex(0);
    }
    setFrozen(true);
    m_signature->setText(tr("Signed: %1. A signed inspection cannot be changed.").arg(qs(in.signature)));
    m_status->setText(tr("Stored as inspection #%1. The next valuation of this asset reads its wear and "
                         "maintenance.")
                          .arg(m_signedId));
    return m_signedId;
}

void InspectionDialog::choosePhotos()
{
    const QString path = chooseFile(this, FileChoice::Open, tr("Add a photo of %1").arg(m_subject.assetName),
                                    QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                    tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        addPhotos({path});
}

void InspectionDialog::addPhotos(const QStringList& paths)
{
    if (m_frozen || !m_subject.mayInspect)
        return;
    QStringList problems;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (file.size() > kMaxPhotoBytes) {
            problems << tr("%1 is larger than 20 MB.").arg(name);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1 could not be read: %2").arg(name, file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
        auto digest =
            m_store.storePhoto(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        if (!digest) {
            problems << tr("%1: %2").arg(name, DisplayNames::error(digest.error()));
            continue;
        }
        const QString hex = QString::fromStdString(*digest);
        if (m_photos->toPlainText().contains(hex))
            continue;
        QString text = m_photos->toPlainText();
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        m_photos->setPlainText(text + hex + QStringLiteral("  ") + name);
    }
    m_form->setError(Photos, problems.join(QLatin1Char(' ')));
}

} // namespace saggar::ui
