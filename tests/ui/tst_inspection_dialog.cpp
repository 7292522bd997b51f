// The appraiser's inspection form on a real workspace: bad values are refused field by field with a
// message and nothing is stored; a signed inspection is stored whole (grades, wear, maintenance with who
// did it, defects, photos by SHA-256, place, position, time, signature) and the form freezes; typing
// survives the dialog being destroyed unsigned; someone who is not an appraiser can read inspections but
// not record one; the history tab reads the audit entry; and the Value… dialog names the inspection it
// read (date and appraiser).
#include "page_fixture.h"

#include "core/valuation_appraisal.h"
#include "storage/content_hash.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "ui/audit_text.h"
#include "ui/collateral_tab.h"
#include "ui/display_names.h"
#include "ui/inspection_dialog.h"
#include "ui/valuation_dialog.h"
#include "widgets/validated_form.h"

#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;
using saggar::ui::InspectionDialog;
using saggar::ui::InspectionSubject;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18

InspectionSubject appraiserOn(Id truckId)
{
    return {"truck", truckId, QStringLiteral("Truck 粤E12345"), Fake::kAppraiser, QStringLiteral("王强"),
            true};
}

QString names(Id id)
{
    return id == Fake::kAppraiser ? QStringLiteral("王强") : QStringLiteral("user #%1").arg(id);
}

template <typename T> T* child(const QWidget& w, const char* name)
{
    return w.findChild<T*>(QLatin1String(name));
}

// Types a valid inspection; the time is yesterday so it is never in the future.
void fillValid(InspectionDialog& d)
{
    child<QLineEdit>(d, "inspectionPlace")->setText(QStringLiteral("淄博市张店区 yard 3"));
    child<QLineEdit>(d, "inspectionTime")
        ->setText(QDateTime::currentDateTime().addDays(-1).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    child<QLineEdit>(d, "inspectionPosition")->setText(QStringLiteral("36.8100, 118.0500"));
    child<QComboBox>(d, "gradeOverall")->setCurrentIndex(2);   // C
    child<QComboBox>(d, "gradeMechanism")->setCurrentIndex(3); // D
    child<QLineEdit>(d, "surfaceWear")->setText(QStringLiteral("35"));
    child<QSpinBox>(d, "servicesDue")->setValue(4);
    const QString day = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    child<QPlainTextEdit>(d, "maintenanceLines")
        ->setPlainText(day + QStringLiteral("; oil and filters; Zibo Jiefang service; scheduled\n") + day +
                       QStringLiteral("；刹车片；淄博服务站；scheduled\n") + day +
                       QStringLiteral("; windscreen; glass shop; repair"));
    child<QPlainTextEdit>(d, "defectLines")
        ->setPlainText(QStringLiteral("rear axle; oil leak at the seal; 2"));
}

} // namespace

class TestInspectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testing_support::isolateSettings("tst_inspection_dialog");
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        auto stats = addDemoValuation(m_ws->db(), 4, kNow, 300);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        for (const User& u : {User{Fake::kAnalyst, "a", "李娜", Role::Analyst, "", true},
                              User{Fake::kAppraiser, "p", "王强", Role::Appraiser, "", true}})
            QVERIFY(insertUser(m_ws->db(), u));
        m_store = std::make_unique<SqliteValuationStore>(m_ws->db(), m_ws->attachmentsDirectory());
    }

    void badValuesAreRefusedAndNothingIsStored()
    {
        InspectionDialog d(*m_store, appraiserOn(101), names);
        child<QLineEdit>(d, "inspectionTime")->setText(QStringLiteral("2026-13-45 25:00"));
        child<QLineEdit>(d, "inspectionPosition")->setText(QStringLiteral("95, 200"));
        child<QLineEdit>(d, "surfaceWear")->setText(QStringLiteral("120"));
        child<QPlainTextEdit>(d, "maintenanceLines")->setPlainText(QStringLiteral("2026-10-12; oil"));
        child<QPlainTextEdit>(d, "defectLines")->setPlainText(QStringLiteral("axle; leak; 5"));
        QCOMPARE(d.sign(), Id(0));
        ui::ValidatedForm* form = d.form();
        QVERIFY(form->errorText(InspectionDialog::Place).contains(QStringLiteral("where")));
        QVERIFY(form->errorText(InspectionDialog::Time).contains(QStringLiteral("2026-11-20 14:30")));
        QVERIFY(form->errorText(InspectionDialog::Position).contains(QStringLiteral("latitude")));
        QVERIFY(form->errorText(InspectionDialog::Wear).contains(QStringLiteral("0 to 100")));
        QVERIFY(form->errorText(InspectionDialog::Maintenance).startsWith(QStringLiteral("Line 1")));
        QVERIFY(form->errorText(InspectionDialog::Defects).contains(QStringLiteral("“5”")));
        QVERIFY(child<QLabel>(d, "inspectionStatus")->text().contains(QStringLiteral("Nothing was stored")));

        // One value right, the others still refused; a future time and a job after the inspection too.
        fillValid(d);
        child<QLineEdit>(d, "inspectionTime")
            ->setText(QDateTime::currentDateTime().addDays(2).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        child<QPlainTextEdit>(d, "maintenanceLines")
            ->setPlainText(QDate::currentDate().addDays(5).toString(Qt::ISODate) +
                           QStringLiteral("; oil; shop; sometimes"));
        QCOMPARE(d.sign(), Id(0));
        QVERIFY(form->errorText(InspectionDialog::Place).isEmpty());
        QVERIFY(form->errorText(InspectionDialog::Time).contains(QStringLiteral("future")));
        QVERIFY(!form->errorText(InspectionDialog::Maintenance).isEmpty());
        QVERIFY(!d.isFrozen());
        QVERIFY(m_store->inspectionsOf("truck", 101)->empty());
    }

    void photosAreKeptAndBadFilesRefused()
    {
        InspectionDialog d(*m_store, appraiserOn(102), names);
        QTemporaryDir files;
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        const QString png = files.filePath(QStringLiteral("cab.png"));
        QVERIFY(image.save(png));
        const QString text = files.filePath(QStringLiteral("notes.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        d.addPhotos({png, text});
        const QString listed = child<QPlainTextEdit>(d, "photoLines")->toPlainText();
        QFile readBack(png);
        QVERIFY(readBack.open(QIODevice::ReadOnly));
        const std::string digest = sha256Hex(readBack.readAll().toStdString());
        QVERIFY(listed.startsWith(QString::fromStdString(digest)));
        QVERIFY(QFile::exists(QString::fromStdString(m_ws->attachmentsDirectory() + "/" + digest)));
        QVERIFY(d.form()->errorText(InspectionDialog::Photos).contains(QStringLiteral("notes.png")));
        d.addPhotos({png}); // the same photo twice is listed once
        QCOMPARE(child<QPlainTextEdit>(d, "photoLines")->toPlainText().count(QLatin1Char('\n')), 0);
    }

    void signedInspectionIsStoredAndFrozen()
    {
        InspectionDialog d(*m_store, appraiserOn(103), names);
        fillValid(d);
        QTemporaryDir files;
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const QString png = files.filePath(QStringLiteral("glaze.png"));
        QVERIFY(image.save(png));
        d.addPhotos({png});
        auto* sign = child<QPushButton>(d, "signInspection");
        QVERIFY(sign);
        QTest::mouseClick(sign, Qt::LeftButton);
        const Id id = d.signedId();
        QVERIFY2(id > 0, qPrintable(child<QLabel>(d, "inspectionStatus")->text()));
        QVERIFY(d.isFrozen());
        QVERIFY(child<QLineEdit>(d, "inspectionPlace")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(d, "maintenanceLines")->isReadOnly());
        QVERIFY(!child<QComboBox>(d, "gradeOverall")->isEnabled());
        QVERIFY(sign->isHidden());
        QVERIFY(child<QLabel>(d, "inspectionSignature")->text().contains(QStringLiteral("王强")));
        QCOMPARE(d.sign(), id); // signing again stores nothing new

        auto stored = m_store->inspectionsOf("truck", 103);
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t(1));
        const Inspection& in = stored->front();
        QCOMPARE(in.id, id);
        QCOMPARE(in.appraiserId, Fake::kAppraiser);
        QCOMPARE(in.place, std::string("淄博市张店区 yard 3"));
        QCOMPARE(*in.latitude, 36.81);
        QCOMPARE(in.overall, ConditionGrade::C);
        QCOMPARE(in.structure, ConditionGrade::B);
        QCOMPARE(in.mechanism, ConditionGrade::D);
        QCOMPARE(in.surfaceWearPct, 35.0);
        QCOMPARE(in.servicesDue, 4);
        QCOMPARE(in.maintenance.size(), std::size_t(3));
        QCOMPARE(in.maintenance[1].work, std::string("刹车片"));
        QCOMPARE(in.maintenance[1].doneBy, std::string("淄博服务站"));
        QCOMPARE(in.maintenance[2].scheduled, false);
        QCOMPARE(in.defects.size(), std::size_t(1));
        QCOMPARE(in.defects[0].severity, 2);
        QCOMPARE(in.photoSha256.size(), std::size_t(1));
        QVERIFY(in.signature.starts_with("王强"));
        QCOMPARE(maintenanceCompliance(in), 0.5);
        // Frozen in the workspace too.
        QVERIFY(!m_ws->db()
                     .exec("UPDATE inspections SET surface_wear_pct = 1 WHERE id = " + std::to_string(id))
                     .ok());

        // Reopened, the signed inspection is listed and shown read-only next to a new one.
        InspectionDialog again(*m_store, appraiserOn(103), names);
        QCOMPARE(again.history()->count(), 2);
        again.history()->setCurrentIndex(1);
        QCOMPARE(child<QLineEdit>(again, "surfaceWear")->text(), QLocale().toString(35.0, 'f', 1));
        QVERIFY(child<QLineEdit>(again, "surfaceWear")->isReadOnly());
        QVERIFY(child<QPushButton>(again, "signInspection")->isHidden());
    }

    void draftSurvivesTheDialog()
    {
        {
            InspectionDialog d(*m_store, appraiserOn(104), names);
            d.show();
            QTest::keyClicks(child<QLineEdit>(d, "inspectionPlace"), QStringLiteral("Foshan yard 9"));
            QTest::keyClicks(child<QLineEdit>(d, "surfaceWear"), QStringLiteral("12"));
            child<QPlainTextEdit>(d, "defectLines")->setPlainText(QStringLiteral("door; dent; 1"));
        } // destroyed without signing, as a crash or Close would
        InspectionDialog d(*m_store, appraiserOn(104), names);
        QCOMPARE(child<QLineEdit>(d, "inspectionPlace")->text(), QStringLiteral("Foshan yard 9"));
        QCOMPARE(child<QLineEdit>(d, "surfaceWear")->text(), QStringLiteral("12"));
        QCOMPARE(child<QPlainTextEdit>(d, "defectLines")->toPlainText(), QStringLiteral("door; dent; 1"));
        QVERIFY(child<QLabel>(d, "inspectionStatus")->text().contains(QStringLiteral("Restored")));
        // Looking at a past inspection meanwhile does not overwrite the draft.
        InspectionDialog withPast(*m_store, appraiserOn(103), names);
        withPast.show();
        QTest::keyClicks(child<QLineEdit>(withPast, "inspectionPlace"), QStringLiteral("Zibo gate"));
        withPast.history()->setCurrentIndex(1);
        const QString draftKey = QStringLiteral("drafts/inspection-truck-103-%1").arg(Fake::kAppraiser);
        QCOMPARE(QSettings().value(draftKey).toMap().value("inspectionPlace").toString(),
                 QStringLiteral("Zibo gate"));
        QCOMPARE(child<QLineEdit>(withPast, "inspectionPlace")->text(),
                 QStringLiteral("淄博市张店区 yard 3"));
        withPast.history()->setCurrentIndex(0);
        QCOMPARE(child<QLineEdit>(withPast, "inspectionPlace")->text(), QStringLiteral("Zibo gate"));
        InspectionDialog other(*m_store, appraiserOn(105), names); // another asset starts empty
        QVERIFY(child<QLineEdit>(other, "inspectionPlace")->text().isEmpty());

        fillValid(d);
        QVERIFY(d.sign() > 0);
        InspectionDialog after(*m_store, appraiserOn(104), names); // signed: the draft is gone
        QVERIFY(child<QLineEdit>(after, "inspectionPlace")->text().isEmpty());
    }

    void othersReadButCannotInspect()
    {
        InspectionSubject analyst{
            "truck", 103, QStringLiteral("Truck 粤E12345"), Fake::kAnalyst, QStringLiteral("李娜"), false};
        InspectionDialog d(*m_store, analyst, names);
        QVERIFY(child<QPushButton>(d, "signInspection") == nullptr);
        QCOMPARE(d.history()->count(), 1); // the signed one; no "New inspection"
        QVERIFY(child<QLineEdit>(d, "inspectionPlace")->isReadOnly());
        QVERIFY(child<QPushButton>(d, "addInspectionPhoto")->isHidden());
        QCOMPARE(d.sign(), Id(0));
        QCOMPARE(m_store->inspectionsOf("truck", 103)->size(), std::size_t(1));

        InspectionSubject none = analyst;
        none.assetId = 199;
        InspectionDialog empty(*m_store, none, names);
        QVERIFY(child<QLabel>(empty, "inspectionStatus")->text().contains(QStringLiteral("appraiser")));
        QCOMPARE(empty.sign(), Id(0));
        QVERIFY(m_store->inspectionsOf("truck", 199)->empty());
    }

    void collateralTabOffersInspectionByRole()
    {
        for (const Id user : {Fake::kAnalyst, Fake::kAppraiser}) {
            PageFixture f;
            const Id file = f.store.addFile(LoanState::Appraisal);
            f.open(user, file);
            f.page->controller()->setValuations(m_store.get());
            f.page->openFile(file);
            f.showTab(ui::LoanFilePage::Collateral);
            auto* inspect = f.find<QPushButton>("inspectTruck");
            QVERIFY(inspect->isVisible());
            QCOMPARE(inspect->text(),
                     user == Fake::kAppraiser ? QStringLiteral("Inspect…") : QStringLiteral("Inspections…"));
            QVERIFY(!inspect->isEnabled());
            f.page->collateralTab()->selectAsset(true, 0);
            QVERIFY(inspect->isEnabled());
            bool canSign = false;
            f.answers.dialogs.push_back([&](QDialog& dialog) {
                canSign = dialog.findChild<QPushButton*>("signInspection") != nullptr;
                return int(QDialog::Rejected);
            });
            QTest::mouseClick(inspect, Qt::LeftButton);
            QCOMPARE(canSign, user == Fake::kAppraiser);
            QCOMPARE(f.answers.unexpectedDialogs, 0);
        }
    }

    void historyReadsTheAuditEntry()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAppraiser, file);
        const Truck& truck = f.page->controller()->view().detail.trucks.at(0);
        const std::string subject = "inspection:truck:" + std::to_string(truck.id);
        // As storage/sqlite_inspection_records.cpp writes it.
        const std::string after =
            "inspection 5 signed: overall C, structure B, mechanism D, surface wear 42.5 %, "
            "2 maintenance records, 1 defects, 3 photos";
        const ui::FileController& c = *f.page->controller();
        QCOMPARE(ui::AuditText::subject(subject, c),
                 QStringLiteral("Inspection of truck %1").arg(ui::qs(truck.plate)));
        QCOMPARE(ui::AuditText::subject("inspection:kiln:9", c), QStringLiteral("Inspection of kiln #9"));
        const QString shown = ui::AuditText::value(subject, after, c);
        QVERIFY2(shown.startsWith(QStringLiteral("Inspection #5, signed: overall C")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("3 photos")));
    }

    void valuationNamesTheInspection()
    {
        Truck truck;
        truck.id = 103; // inspected and signed above
        truck.brand = "Shacman";
        truck.year = 2021;
        truck.purchasePrice = Money::fromYuan(450'000);
        const AssetToValue asset{"truck", truck.id, truck.year, Cluster::Zibo, &truck, nullptr};
        auto appraisal =
            appraiseAsset(*m_store, asset, QDateTime::currentMSecsSinceEpoch(), Fake::kAppraiser);
        QVERIFY2(appraisal, appraisal ? "" : appraisal.error().message.c_str());
        const Id inspectionId = m_store->inspectionsOf("truck", 103)->front().id;
        QCOMPARE(appraisal->record.inspectionId, inspectionId);
        ui::ValuationDialog dialog(*m_store, appraisal, QStringLiteral("Truck 粤E12345"), nullptr, names);
        auto* table = dialog.findChild<QTableWidget*>("valuationIndicators");
        const int wearRow = static_cast<int>(IndicatorId::SurfaceWear);
        QVERIFY(table->item(wearRow, 2)->text().contains(QStringLiteral("王强")));
        QVERIFY(table->item(wearRow, 1)->text().contains(QStringLiteral("35")));
        QCOMPARE(table->item(wearRow, 3)->text(), QStringLiteral("100 %"));
        QVERIFY(table->item(static_cast<int>(IndicatorId::MaintenanceCompliance), 2)
                    ->text()
                    .contains(QStringLiteral("王强")));
        QVERIFY(dialog.findChild<QLabel*>("valuationInspectionNote")
                    ->text()
                    .contains(QStringLiteral("overall C")));
        QVERIFY(dialog.storeValuation() > 0);
        QCOMPARE(m_store->valuationsOf("truck", 103)->front().inspectionId, inspectionId);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SqliteValuationStore> m_store;
};

QTEST_MAIN(TestInspectionDialog)
#include "tst_inspection_dialog.moc"
