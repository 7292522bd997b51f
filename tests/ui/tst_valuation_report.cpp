// The valuation report: a fixture valuation written in English and in Chinese carries the asset's
// identity, the twelve indicators in that language, the versions, the values and bands as formatted,
// the appraiser's signature and the photos; the PDF is written whole or not at all; the report gathered
// from a real workspace reads the inspection's photos and the telemetry; the Value… dialog offers the
// report once the valuation is stored, and the report dialog refuses a path it cannot write.
#include "page_fixture.h"

#include "core/valuation_appraisal.h"
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_sales_store.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "ui/collateral_tab.h"
#include "ui/report_language.h"
#include "ui/valuation_dialog.h"
#include "ui/valuation_report.h"
#include "ui/valuation_report_data.h"
#include "ui/valuation_report_dialog.h"
#include "widgets/money_format.h"

#include <cmath>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <unistd.h>

using namespace saggar;
using namespace saggar::valuation;
using saggar::ui::ReportLanguage;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18
constexpr TimestampMs kDay = 24 * 3600 * 1000;

const char* const kIndicatorNames[] = {"Age",
                                       "Odometer or hours in use",
                                       "Utilisation",
                                       "Fuel or energy use against the norm",
                                       "Harsh events",
                                       "Idle ratio",
                                       "Surface or glaze wear",
                                       "Maintenance compliance",
                                       "Firing cycles",
                                       "Temperature stability at peak",
                                       "Operating days a month",
                                       "Time inside the permitted region"};

QImage testPhoto(QColor colour)
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.fillRect(100, 100, 300, 200, Qt::white);
    return image;
}

Truck fixtureTruck()
{
    Truck t;
    t.id = 41;
    t.brand = "Sinotruk";
    t.model = "HOWO TX";
    t.vin = "LZZ5BLSF1MN123456";
    t.plate = "粤E12345";
    t.year = 2021;
    t.purchasePrice = Money::fromYuan(420'000);
    return t;
}

Inspection fixtureInspection()
{
    Inspection in;
    in.id = 5;
    in.assetKind = "truck";
    in.assetId = 41;
    in.atMs = kNow - 2 * kDay;
    in.place = "Foshan, Nanzhuang yard 3";
    in.appraiserId = 7;
    in.overall = ConditionGrade::B;
    in.structure = ConditionGrade::C;
    in.mechanism = ConditionGrade::B;
    in.surfaceWearPct = 22.5;
    in.servicesDue = 2;
    in.maintenance = {{kNow - 40 * kDay, "oil and filters", true, "Foshan Jiefang service"}};
    in.defects = {{"rear axle", "oil leak", 2}};
    in.signature = "王强, appraiser, 2026-11-16 06:30 UTC";
    return in;
}

// A stored valuation as the report reads it, without a workspace.
ui::ValuationReportData fixture()
{
    ui::ValuationReportData d;
    ValuationRecord& v = d.valuation;
    v.id = 12;
    v.assetKind = "truck";
    v.assetId = 41;
    v.atMs = kNow;
    v.libraryVersion = "2026.11";
    v.modelVersion = "vm-3f2a9c1d7e";
    v.inspectionId = 5;
    v.valuedBy = 7;
    v.inputs.typeCode = "TRK-TRACTOR-6X4-HOWO-DIESEL";
    v.inputs.cluster = Cluster::Foshan;
    for (int i = 0; i < kIndicatorCount; ++i) {
        Indicator& ind = v.indicators[static_cast<std::size_t>(i)];
        ind.id = static_cast<IndicatorId>(i);
        ind.provenance.source = ProvenanceSource::Missing;
    }
    v.indicators[0].value = 5.4;
    v.indicators[0].coverage = 1.0;
    v.indicators[0].provenance.source = ProvenanceSource::Record;
    v.indicators[1].value = 312'000;
    v.indicators[1].coverage = 0.93;
    v.indicators[1].provenance.source = ProvenanceSource::Telemetry;
    v.indicators[1].provenance.range = {kNow - 30 * kDay, kNow};
    v.indicators[6].value = 22.5;
    v.indicators[6].coverage = 1.0;
    v.indicators[6].provenance.source = ProvenanceSource::Inspection;
    v.indicators[6].provenance.inspectionId = 5;
    v.indicators[8].provenance.source = ProvenanceSource::NotApplicable;
    MarketEstimate& m = v.values.market;
    m.fairMarket = Money::fromYuan(236'500);
    m.low80 = Money::fromYuan(201'000);
    m.high80 = Money::fromYuan(271'000);
    m.low90 = Money::fromYuan(190'000);
    m.high90 = Money::fromYuan(290'000);
    v.values.orderlyLiquidation = Money::fromYuan(210'000);
    v.values.forcedSale = Money::fromYuan(150'000);
    v.values.recoveryCosts = Money::fromYuan(14'000);
    v.values.netRecovery = Money::fromYuan(128'000);
    v.values.daysToCash = 131;
    d.type.code = v.inputs.typeCode;
    d.type.name = "Sinotruk HOWO tractor 6x4, diesel";
    d.type.category = Category::Truck;
    d.model.version = v.modelVersion;
    d.model.dataHash = "sha256:ab12cd34";
    d.model.trainedAtMs = kNow - 10 * kDay;
    d.model.measured.assets = 600;
    d.model.measured.medianApe = 0.093;
    d.model.measured.coverage80 = 0.817;
    d.model.measured.coverage90 = 0.893;
    d.libraryEffective = "2026-11-01";
    d.truck = fixtureTruck();
    d.enterpriseZh = "佛山市南庄宏达陶瓷有限公司";
    d.enterpriseEn = "Foshan Nanzhuang Hongda Ceramics Co., Ltd.";
    d.fileNo = "SG-2026-000123";
    d.valuedBy = QStringLiteral("王强");
    d.inspection = fixtureInspection();
    d.inspection->photoSha256 = {std::string(64, 'a'), std::string(64, 'b'), std::string(64, 'c')};
    d.appraiser = QStringLiteral("王强");
    d.photos = {testPhoto(Qt::darkRed), testPhoto(Qt::darkBlue)};
    d.photosMissing = 1;
    d.telemetryRange = {kNow - 30 * kDay, kNow};
    ui::ReportChannel odometer{ChannelId::Odometer, {}};
    ui::ReportChannel speed{ChannelId::Speed, {}};
    for (int i = 0; i < 30 * 24; ++i) {
        const TimestampMs t = kNow - 30 * kDay + i * 3600 * 1000LL;
        odometer.points.push_back({t, 300'000.0 + i * 16.0});
        speed.points.push_back({t, (i % 24) < 10 ? 55.0 + (i % 7) : 0.0});
    }
    d.telemetry = {odometer, speed};
    ui::ReportComparable c;
    c.typeName = "Sinotruk HOWO tractor 6x4, diesel";
    c.saleDate = "2026-09-14";
    c.price = Money::fromYuan(228'000);
    c.ageYears = 5.0;
    c.usage = 298'000;
    c.similarity = 0.87;
    d.comparables = {c};
    return d;
}

QString chinese(const char* context, const char* source)
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm"));
    return loaded ? translator.translate(context, source) : QString();
}

QByteArray pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Telemetry for the report gathered from a workspace: a reading an hour over the asked range.
class HourlySource : public TelemetryChartSource
{
public:
    Result<ChartLoad> load(const SeriesKey& series, TimeRange range, int) override
    {
        asked.push_back(series.channel);
        ChartLoad out;
        for (TimestampMs t = range.fromMs; t < range.toMs; t += 3600 * 1000)
            out.points.push_back({t, static_cast<double>(t - range.fromMs) / 3.6e6});
        return out;
    }
    std::vector<ChannelId> asked;
};

// The report's pages as the PDF lays them out (A4 less 18 mm margins at 96 dpi), drawn twice the size;
// saved as PNG files when SAGGAR_REPORT_SHOTS names a folder, for a person to look at.
std::vector<QImage> pages(const QTextDocument& document, const QString& name)
{
    std::unique_ptr<QTextDocument> doc(document.clone());
    const QSizeF page(174.0 / 25.4 * 96.0, 261.0 / 25.4 * 96.0);
    doc->setPageSize(page);
    std::vector<QImage> out;
    for (int i = 0; i < doc->pageCount(); ++i) {
        QImage image((page * 2).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(2, 2);
        p.translate(0, -i * page.height());
        doc->drawContents(&p, QRectF(QPointF(0, i * page.height()), page));
        p.end();
        out.push_back(image);
        if (const QByteArray dir = qgetenv("SAGGAR_REPORT_SHOTS"); !dir.isEmpty())
            image.save(QStringLiteral("%1/%2-%3.png").arg(QString::fromLocal8Bit(dir), name).arg(i + 1));
    }
    return out;
}

int inkedRows(const QImage& image)
{
    int rows = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) < 128) {
                ++rows;
                break;
            }
    }
    return rows;
}

} // namespace

class TestValuationReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_valuation_report"); }

    void englishReportCarriesEverything()
    {
        const ui::ValuationReportData d = fixture();
        const ReportLanguage english(ReportLanguage::Choice::English);
        auto doc = ui::ValuationReport::document(d, english);
        const QString text = doc->toPlainText();
        for (const char* word : {"Valuation report #12",
                                 "Sinotruk",
                                 "HOWO TX",
                                 "LZZ5BLSF1MN123456",
                                 "粤E12345",
                                 "2021",
                                 "SG-2026-000123",
                                 "Foshan Nanzhuang Hongda Ceramics",
                                 "2026.11",
                                 "vm-3f2a9c1d7e",
                                 "TRK-TRACTOR-6X4-HOWO-DIESEL",
                                 "王强, appraiser, 2026-11-16",
                                 "3 photos recorded",
                                 "1 of them could not be read",
                                 "Foshan, Nanzhuang yard 3",
                                 "rear axle",
                                 "oil and filters",
                                 "measured figures, not promises",
                                 "reproducible from its recorded inputs",
                                 "Comparable sales",
                                 "2026-09-14",
                                 "131 days from seizure"})
            QVERIFY2(text.contains(QString::fromUtf8(word)), word);
        for (const char* name : kIndicatorNames)
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        const QLocale locale = english.locale();
        const auto money = [&](int yuan) { return ui::formatMoney(Money::fromYuan(yuan), locale); };
        QVERIFY(text.contains(money(236'500)));
        QVERIFY(text.contains(QStringLiteral("%1 – %2").arg(money(201'000), money(271'000))));
        QVERIFY(text.contains(QStringLiteral("%1 – %2").arg(money(190'000), money(290'000))));
        QVERIFY(text.contains(money(128'000)));
        QVERIFY(text.contains(QStringLiteral("81.7 %"))); // the 80 % band's measured coverage
        QVERIFY(text.contains(QStringLiteral("First auction")));
        // Two photos and two charts are images in the document.
        int images = 0;
        for (int i = 0; i < 8; ++i)
            if (!doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("report:image/%1").arg(i)))
                     .isNull())
                ++images;
        QCOMPARE(images, 4);
        QVERIFY(!text.contains(QStringLiteral("里程"))); // nothing of the Chinese screens
    }

    void kilnReportNamesTheKiln()
    {
        ui::ValuationReportData d = fixture();
        d.truck.reset();
        Kiln k;
        k.id = 9;
        k.type = KilnType::Roller;
        k.fuel = KilnFuel::Gas;
        k.lengthM = 180;
        k.yearInstalled = 2022;
        k.gatewayId = "GW-0A1B2C3D";
        d.kiln = k;
        d.valuation.assetKind = "kiln";
        d.telemetry = {{ChannelId::Zone3Temp, {}}, {ChannelId::FiringCycles, {}}};
        for (auto choice : {ReportLanguage::Choice::English, ReportLanguage::Choice::Chinese}) {
            const ReportLanguage language(choice);
            const QString text = ui::ValuationReport::document(d, language)->toPlainText();
            const bool zh = choice == ReportLanguage::Choice::Chinese;
            QVERIFY(
                text.contains(zh ? chinese("DisplayNames", "Roller kiln") : QStringLiteral("Roller kiln")));
            QVERIFY(
                text.contains(zh ? chinese("DisplayNames", "Natural gas") : QStringLiteral("Natural gas")));
            QVERIFY(text.contains(QStringLiteral("GW-0A1B2C3D")));
            QVERIFY(text.contains(QStringLiteral("180.0")));
            QVERIFY(text.contains(QStringLiteral("2022")));
            QVERIFY(!text.contains(QStringLiteral("LZZ5BLSF1MN123456")));
            // No readings: each channel says so instead of an empty chart.
            const QString none = zh ? chinese("ValuationReport", "%1: no readings in these 30 days.")
                                    : QStringLiteral("%1: no readings in these 30 days.");
            QVERIFY(text.contains(none.arg(zh ? chinese("TelemetryText", "Zone 3 (firing)")
                                              : QStringLiteral("Zone 3 (firing)"))));
        }
    }

    void chineseReportIsInChinese()
    {
        const ui::ValuationReportData d = fixture();
        const ReportLanguage zh(ReportLanguage::Choice::Chinese);
        auto doc = ui::ValuationReport::document(d, zh);
        const QString text = doc->toPlainText();
        for (const char* name : kIndicatorNames) {
            const QString translated = chinese("ValuationText", name);
            QVERIFY2(!translated.isEmpty(), name);
            QVERIFY2(text.contains(translated), name);
            QVERIFY2(!text.contains(QString::fromUtf8(name) + QLatin1Char('\t')), name);
        }
        QVERIFY(text.contains(chinese("ValuationReport", "Valuation report #%1").arg(12)));
        QVERIFY(text.contains(chinese("saggar::ui::ValuationDialog", "Fair market value")));
        QVERIFY(!text.contains(QStringLiteral("Fair market value")));
        QVERIFY(!text.contains(QStringLiteral("Comparable sales")));
        QVERIFY(!text.contains(QStringLiteral("measured figures")));
        const QLocale locale = zh.locale();
        QVERIFY(text.contains(ui::formatMoney(Money::fromYuan(236'500), locale)));
        QVERIFY(text.contains(QStringLiteral("23.65万元")));
        QVERIFY(
            text.contains(QStringLiteral("%1 – %2").arg(ui::formatMoney(Money::fromYuan(201'000), locale),
                                                        ui::formatMoney(Money::fromYuan(271'000), locale))));
        for (const char* word : {"LZZ5BLSF1MN123456", "粤E12345", "佛山市南庄宏达陶瓷有限公司", "2026.11",
                                 "vm-3f2a9c1d7e", "王强, appraiser, 2026-11-16"})
            QVERIFY2(text.contains(QString::fromUtf8(word)), word);
        QVERIFY(text.contains(QStringLiteral("3")));
        QVERIFY(text.contains(chinese("ValuationReport", "Photos")));
    }

    void pagesAreLaidOutInBothLanguages()
    {
        const ui::ValuationReportData d = fixture();
        for (auto choice : {ReportLanguage::Choice::English, ReportLanguage::Choice::Chinese}) {
            const ReportLanguage language(choice);
            auto doc = ui::ValuationReport::document(d, language);
            const auto shots = pages(*doc, choice == ReportLanguage::Choice::Chinese ? "zh" : "en");
            QVERIFY(shots.size() >= 2 && shots.size() <= 6);
            for (const QImage& page : shots)
                QVERIFY(inkedRows(page) > page.height() / 10); // no blank page
        }
    }

    void reportDialogInBothLanguages()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path().toStdString(), true);
        QVERIFY(ws);
        SqliteValuationStore store((*ws)->db());
        const ui::ValuationReportData d = fixture();
        for (const bool chineseScreens : {false, true}) {
            QTranslator translator;
            if (chineseScreens) {
                QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
            }
            ui::ReportSubject subject;
            subject.truck = d.truck;
            ui::ValuationReportDialog dialog(store, nullptr, nullptr, subject, {d.valuation}, 0, {});
            dialog.show();
            // The report is written in the screens' language unless the appraiser picks the other.
            QCOMPARE(dialog.language()->currentIndex(), chineseScreens ? 1 : 0);
            QVERIFY(dialog.path()->text().endsWith(chineseScreens ? "valuation-12-zh.pdf"
                                                                  : "valuation-12-en.pdf"));
            QVERIFY(dialog.windowTitle() ==
                    (chineseScreens ? QStringLiteral("估值报告") : QStringLiteral("Valuation report")));
            // The valuation's line is not cut: the combo is as wide as its text.
            QVERIFY(dialog.valuations()->width() >=
                    dialog.valuations()->fontMetrics().horizontalAdvance(dialog.valuations()->currentText()));
            if (const QByteArray shots = qgetenv("SAGGAR_REPORT_SHOTS"); !shots.isEmpty())
                dialog.grab().save(QStringLiteral("%1/dialog-%2.png")
                                       .arg(QString::fromLocal8Bit(shots), chineseScreens ? "zh" : "en"));
            if (chineseScreens) {
                QCoreApplication::removeTranslator(&translator);
                QLocale::setDefault(QLocale(QStringLiteral("en_US")));
            }
        }
    }

    void collateralTabPrintsTheReport()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path().toStdString(), true);
        QVERIFY(ws);
        QVERIFY(addDemoValuation((*ws)->db(), 5, kNow, 300));
        using Fake = test::FakeWorkflowStore;
        QVERIFY(insertUser((*ws)->db(), User{Fake::kAnalyst, "analyst", "李娜", Role::Analyst, "", true}));
        SqliteValuationStore store((*ws)->db());
        testing_support::PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAnalyst, file);
        f.page->controller()->setValuations(&store);
        f.page->openFile(file);
        f.showTab(ui::LoanFilePage::Collateral);
        auto* report = f.find<QPushButton>("reportTruck");
        QVERIFY(report->isVisible());
        QVERIFY(!report->isEnabled()); // nothing selected
        f.page->collateralTab()->selectAsset(true, 0);
        QVERIFY(report->isEnabled());
        if (const QByteArray shots = qgetenv("SAGGAR_REPORT_SHOTS"); !shots.isEmpty())
            f.page->grab().save(QString::fromLocal8Bit(shots) + "/collateral.png");

        // Nothing stored yet: it says so and opens nothing.
        QTest::mouseClick(report, Qt::LeftButton);
        QVERIFY(!f.answers.messages.isEmpty());
        QVERIFY(f.answers.messages.last().contains(QStringLiteral("no stored valuation")));

        // Value…, store, then Report (PDF)… in the same dialog opens the report on that valuation.
        const QString path = dir.filePath("from-value.pdf");
        Id offered = 0;
        f.answers.dialogs.push_back([&](QDialog& d) {
            auto& valueDialog = static_cast<ui::ValuationDialog&>(d);
            const Id stored = valueDialog.storeValuation();
            f.answers.dialogs.push_back([&, stored](QDialog& r) {
                auto& reportDialog = static_cast<ui::ValuationReportDialog&>(r);
                offered = reportDialog.valuations()->currentData().toLongLong();
                if (offered != stored)
                    return int(QDialog::Rejected);
                reportDialog.path()->setText(path);
                return reportDialog.writeReport() ? int(QDialog::Accepted) : int(QDialog::Rejected);
            });
            QTest::mouseClick(valueDialog.findChild<QPushButton*>("valuationReport"), Qt::LeftButton);
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(f.find<QPushButton>("valueTruck"), Qt::LeftButton);
        QVERIFY(offered > 0);
        QVERIFY(QFile::exists(path));
        QCOMPARE(f.answers.unexpectedDialogs, 0);
    }

    void pdfIsWrittenWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const ui::ValuationReportData d = fixture();
        for (auto choice : {ReportLanguage::Choice::English, ReportLanguage::Choice::Chinese}) {
            const ReportLanguage language(choice);
            auto doc = ui::ValuationReport::document(d, language);
            const QString path =
                dir.filePath(choice == ReportLanguage::Choice::Chinese ? "zh.pdf" : "en.pdf");
            QCOMPARE(ui::ValuationReport::writePdf(*doc, path, ui::ValuationReport::title(d, language)),
                     QString());
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
            QVERIFY(pdf.size() > 20'000); // text, two photos and two charts
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                        bytes.count("/Type /Page ") + bytes.count("/Type /Page/") +
                        bytes.count("/Type /Page>") >=
                    2); // more than one page
        }
        // A folder that does not exist: the reason, and no file anywhere.
        auto doc = ui::ValuationReport::document(d, ReportLanguage(ReportLanguage::Choice::English));
        const QString missing = dir.filePath("no/such/folder/report.pdf");
        QVERIFY(!ui::ValuationReport::writePdf(*doc, missing, "r").isEmpty());
        QVERIFY(!QFile::exists(missing));
        // A read-only folder: refused, nothing left behind (no temporary file either).
        const QString locked = dir.filePath("locked");
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const QString inLocked = locked + QStringLiteral("/report.pdf");
        const QString why = ui::ValuationReport::writePdf(*doc, inLocked, "r");
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (::geteuid() != 0) { // root writes into a read-only folder all the same
            QVERIFY(!why.isEmpty());
            QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden).size(), 0);
        }
        // A path that is a folder: refused, the folder untouched.
        QVERIFY(!ui::ValuationReport::writePdf(*doc, locked, "r").isEmpty());
        QVERIFY(QFileInfo(locked).isDir());
    }

    void gatheredFromAWorkspaceAndPrintedFromTheDialogs()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        auto stats = addDemoValuation((*ws)->db(), 3, kNow, 300);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        QVERIFY(insertUser((*ws)->db(), User{7, "user7", "王强", Role::Appraiser, "", true}));
        SqliteValuationStore store((*ws)->db(), dir.filePath("attachments").toStdString());
        QVERIFY(QDir().mkpath(dir.filePath("attachments")));
        const QByteArray red = pngBytes(testPhoto(Qt::red));
        const QByteArray blue = pngBytes(testPhoto(Qt::blue));
        auto redSha =
            store.storePhoto(std::string_view(red.constData(), static_cast<std::size_t>(red.size())));
        auto blueSha =
            store.storePhoto(std::string_view(blue.constData(), static_cast<std::size_t>(blue.size())));
        QVERIFY(redSha && blueSha);
        Inspection in = fixtureInspection();
        in.id = 0;
        in.photoSha256 = {*redSha, *blueSha};
        auto inspectionId = store.saveInspection(in);
        QVERIFY2(inspectionId, inspectionId ? "" : inspectionId.error().message.c_str());
        QVERIFY(QFile::remove(dir.filePath("attachments/" + QString::fromStdString(*blueSha)))); // lost since

        const Truck truck = fixtureTruck();
        AssetToValue asset{"truck", truck.id, truck.year, Cluster::Foshan, &truck, nullptr};
        auto appraisal = appraiseAsset(store, asset, kNow, 7);
        QVERIFY2(appraisal, appraisal ? "" : appraisal.error().message.c_str());
        QCOMPARE(appraisal->record.inspectionId, *inspectionId);

        // The Value… dialog offers the report once the valuation is stored.
        ui::ValuationDialog valueDialog(store, appraisal, QStringLiteral("Truck 粤E12345"));
        Id reported = 0;
        valueDialog.setReportAction([&](Id id) { reported = id; });
        auto* reportButton = valueDialog.findChild<QPushButton*>("valuationReport");
        QVERIFY(reportButton);
        QVERIFY(reportButton->isHidden());
        const Id stored = valueDialog.storeValuation();
        QVERIFY(stored > 0);
        QVERIFY(!reportButton->isHidden());
        if (const QByteArray shots = qgetenv("SAGGAR_REPORT_SHOTS"); !shots.isEmpty()) {
            valueDialog.show();
            valueDialog.grab().save(QString::fromLocal8Bit(shots) + "/value-dialog.png");
        }
        QTest::mouseClick(reportButton, Qt::LeftButton);
        QCOMPARE(reported, stored);

        auto records = store.valuationsOf("truck", truck.id);
        QVERIFY(records && records->size() == 1);
        ui::ReportSubject subject;
        subject.truck = truck;
        subject.enterpriseZh = "佛山市南庄宏达陶瓷有限公司";
        subject.fileNo = "SG-2026-000123";
        // Realised sales: two of the same type (one older, one younger), one of another category.
        SqliteSalesStore sales((*ws)->db());
        std::vector<RealisedSale> sold(3);
        for (RealisedSale& s : sold) {
            s.typeCode = records->front().inputs.typeCode;
            s.saleDate = "2026-09-14";
            s.price = Money::fromYuan(228'000);
            s.cluster = Cluster::Foshan;
            s.source = "court notice";
        }
        sold[0].ageYears = 5.0;
        sold[1].ageYears = 9.0;
        sold[1].saleDate = "2026-06-02";
        sold[2].typeCode = "KLN-ROLLER-100-25-ELEC";
        auto imported = sales.importSales(sold, 0, kNow);
        QVERIFY2(imported, imported ? "" : imported.error().message.c_str());

        auto source = std::make_shared<HourlySource>();
        auto data = ui::gatherValuationReport(store, source.get(), &sales, records->front(), subject,
                                              [](Id) { return QStringLiteral("王强"); });
        QVERIFY2(data, data ? "" : data.error().message.c_str());
        QCOMPARE(data->photos.size(), std::size_t(1));
        QCOMPARE(data->photosMissing, 1);
        QVERIFY(data->photos.front().width() <= 600);
        QCOMPARE(data->type.code, records->front().inputs.typeCode);
        QCOMPARE(data->model.measured.assets, std::size_t(300));
        QCOMPARE(data->telemetryRange.toMs, kNow);
        QCOMPARE(data->telemetryRange.length(), 30 * kDay);
        QCOMPARE(source->asked, (std::vector<ChannelId>{ChannelId::Odometer, ChannelId::Speed}));
        QCOMPARE(data->telemetry.size(), std::size_t(2));
        QCOMPARE(data->telemetry[0].points.size(), std::size_t(30 * 24));
        QVERIFY(data->inspection && data->inspection->signature == in.signature);
        // The truck sales are its comparables, nearest (same age) first; the kiln's is not one.
        QCOMPARE(data->comparables.size(), std::size_t(2));
        QCOMPARE(data->comparables[0].ageYears, std::optional<double>(5.0));
        QVERIFY(data->comparables[0].similarity > data->comparables[1].similarity);
        // Why this value, recomputed from the record: the yuan parts add up to value − baseline.
        QVERIFY2(data->why, qPrintable(data->whyProblem));
        QVERIFY(!data->why->reasons.empty());
        double parts = 0;
        for (const Reason& r : data->why->reasons)
            parts += r.yuanEffect;
        QVERIFY(std::abs(parts - (data->why->valueYuan - data->why->baselineYuan)) < 1.0);
        const auto gathered =
            ui::ValuationReport::document(*data, ReportLanguage(ReportLanguage::Choice::English));
        const QString text = gathered->toPlainText();
        pages(*gathered, "gathered-en");
        pages(*ui::ValuationReport::document(*data, ReportLanguage(ReportLanguage::Choice::Chinese)),
              "gathered-zh");
        QVERIFY(text.contains(QStringLiteral("Why this value")));
        QVERIFY(text.contains(QStringLiteral("Age and the library's depreciation curve")));
        QVERIFY(text.contains(QStringLiteral("2026-06-02")));
        QVERIFY(!text.contains(QStringLiteral("No comparable sales recorded")));

        // The report dialog: a path it cannot write is named and nothing is saved; then the report is.
        ui::ValuationReportDialog dialog(store, source, &sales, subject, *records, stored,
                                         [](Id) { return QStringLiteral("王强"); });
        QCOMPARE(dialog.valuations()->count(), 1);
        dialog.language()->setCurrentIndex(1); // 中文
        const QString bad = dir.filePath("missing-folder/report.pdf");
        dialog.path()->setText(bad);
        QVERIFY(!dialog.writeReport());
        QVERIFY(dialog.problem().contains(QStringLiteral("missing-folder")));
        QVERIFY(!QFile::exists(bad));
        const QString good = dir.filePath("report"); // ".pdf" is added
        dialog.path()->setText(good);
        QVERIFY2(dialog.writeReport(), qPrintable(dialog.problem()));
        QFile pdf(good + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(dialog.problem().isEmpty());
    }
};

QTEST_MAIN(TestValuationReport)
#include "tst_valuation_report.moc"
