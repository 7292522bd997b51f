// The Documents tab: each required document's status, the steps the rules allow per role (receive,
// verify, mark missing; waive for managers, with a justification), what blocks submission, and files
// attached through the file chooser, opened and saved back unchanged.
#include "page_fixture.h"

#include "typing.h"
#include "ui/display_names.h"
#include "ui/documents_tab.h"
#include "ui/reason_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

const Document& documentOf(Fake& store, Id file, DocumentKind kind)
{
    for (const Document& d : store.documents(file))
        if (d.kind == kind)
            return d;
    qFatal("no such document");
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray pngBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x');
}

} // namespace

class TestDocumentsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_documents_tab"); }

    void missingDocumentsBlockSubmission()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Documents);
        auto* banner = f.find<QLabel>("missingDocuments");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(ui::DisplayNames::documentKind(DocumentKind::BusinessLicence)),
                 qPrintable(banner->text()));
        QVERIFY(f.find<QLabel>("documentSummary")->text().contains(QLatin1Char('1')));

        // received: the banner goes, and the tab says every document is on file
        f.page->documentsTab()->selectDocument(DocumentKind::BusinessLicence);
        QTest::mouseClick(f.find<QPushButton>("receiveDocument"), Qt::LeftButton);
        QCOMPARE(documentOf(f.store, file, DocumentKind::BusinessLicence).status, DocumentStatus::Received);
        QVERIFY(!banner->isVisible());
        QCOMPARE(f.find<QLabel>("documentSummary")->text(),
                 QStringLiteral("Every required document is on file."));
    }

    void stepsFollowTheRules()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Documents);
        auto* tab = f.page->documentsTab();
        auto* receive = f.find<QPushButton>("receiveDocument");
        auto* verify = f.find<QPushButton>("verifyDocument");
        auto* waive = f.find<QPushButton>("waiveDocument");
        QVERIFY2(!waive->isVisible(), "only managers waive");
        QVERIFY(!receive->isEnabled()); // nothing selected

        tab->selectDocument(DocumentKind::BusinessLicence);
        QVERIFY(receive->isEnabled());
        QVERIFY(!verify->isEnabled());
        QVERIFY2(!verify->toolTip().isEmpty(), "a disabled step says why");

        testing_support::typeText(f.find<QLineEdit>("documentNote"), QStringLiteral("原件已核对"));
        QTest::mouseClick(receive, Qt::LeftButton);
        QTest::mouseClick(verify, Qt::LeftButton);
        const Document& doc = documentOf(f.store, file, DocumentKind::BusinessLicence);
        QCOMPARE(doc.status, DocumentStatus::Verified);
        QCOMPARE(doc.note, std::string("原件已核对"));
        auto* table = tab->table();
        QCOMPARE(table->item(0, 1)->text(), ui::DisplayNames::documentStatus(DocumentStatus::Verified));
        QVERIFY(table->selectionModel()->isRowSelected(0, {})); // the selection survives the reload
        QVERIFY(f.answers.messages.isEmpty());
    }

    void appraisersSeeButDoNotChange()
    {
        PageFixture f;
        f.open(Fake::kAppraiser, f.store.addFile(LoanState::Appraisal));
        f.showTab(ui::LoanFilePage::Documents);
        QVERIFY(!f.find<QPushButton>("receiveDocument")->isVisible());
        QVERIFY(!f.find<QPushButton>("attachFile")->isVisible());
        QVERIFY(f.page->documentsTab()->table()->rowCount() >= 5);
    }

    void managerWaivesWithAJustification()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kManager, file);
        f.showTab(ui::LoanFilePage::Documents);
        f.page->documentsTab()->selectDocument(DocumentKind::BusinessLicence);
        auto* waive = f.find<QPushButton>("waiveDocument");
        QVERIFY(waive->isVisible() && waive->isEnabled());

        bool okWhenShort = true;
        f.answers.dialogs.push_back([&](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(d.textEdit(), QStringLiteral("年检中"));
            okWhenShort = d.okButton()->isEnabled();
            testing_support::typeText(d.textEdit(), QStringLiteral("，工商局回执已核对，原件下周补交"));
            d.accept();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(waive, Qt::LeftButton);
        QVERIFY(!okWhenShort);
        QCOMPARE(documentOf(f.store, file, DocumentKind::BusinessLicence).status, DocumentStatus::Waived);
        auto* exceptions = f.find<QTableWidget>("exceptionsTable");
        QCOMPARE(exceptions->rowCount(), 1);
        QCOMPARE(exceptions->item(0, 1)->text(),
                 ui::DisplayNames::documentKind(DocumentKind::BusinessLicence));
        QCOMPARE(exceptions->item(0, 3)->text(), QStringLiteral("陈静"));
        QVERIFY(!waive->isEnabled()); // already waived
    }

    void attachOpenAndSaveAs()
    {
        PageFixture f;
        QTemporaryDir dir;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Documents);
        auto* tab = f.page->documentsTab();
        tab->selectDocument(DocumentKind::BankStatements);
        auto* list = f.find<QListWidget>("attachmentList");
        QCOMPARE(list->count(), 0);

        // a text file pretending to be a scan is refused, with the reason
        f.answers.files.push_back(writeFile(dir, QStringLiteral("notes.pdf"), "just text"));
        QTest::mouseClick(f.find<QPushButton>("attachFile"), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 1);
        QVERIFY2(f.answers.messages.first().contains(QStringLiteral("notes.pdf")),
                 qPrintable(f.answers.messages.first()));
        QCOMPARE(f.store.storedAttachments().size(), std::size_t(0));

        // a PNG is kept and listed under its document
        f.answers.clear();
        f.answers.files.push_back(writeFile(dir, QStringLiteral("流水.png"), pngBytes()));
        QTest::mouseClick(f.find<QPushButton>("attachFile"), Qt::LeftButton);
        QVERIFY(f.answers.messages.isEmpty());
        QCOMPARE(f.store.storedAttachments().size(), std::size_t(1));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("流水.png")));
        const int bankRow = tab->table()->selectionModel()->selectedRows().first().row();
        QCOMPARE(tab->table()->item(bankRow, 4)->text(), QStringLiteral("1"));

        // open: the viewer gets a copy with the same bytes
        list->setCurrentRow(0);
        QTest::mouseClick(f.find<QPushButton>("openAttachment"), Qt::LeftButton);
        QCOMPARE(f.answers.opened.size(), 1);
        QFile opened(f.answers.opened.first());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), pngBytes());

        // save as: written where the person chose
        const QString target = dir.filePath(QStringLiteral("copy.png"));
        f.answers.files.push_back(target);
        QTest::mouseClick(f.find<QPushButton>("saveAttachment"), Qt::LeftButton);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pngBytes());

        // another document has no files
        tab->selectDocument(DocumentKind::InsurancePolicy);
        QCOMPARE(list->count(), 0);
        QVERIFY(!f.find<QPushButton>("openAttachment")->isEnabled());
    }

    void cancelledChooserChangesNothing()
    {
        PageFixture f;
        f.open(Fake::kAnalyst, f.store.addFile(LoanState::Draft));
        f.showTab(ui::LoanFilePage::Documents);
        f.page->documentsTab()->selectDocument(DocumentKind::BankStatements);
        QTest::mouseClick(f.find<QPushButton>("attachFile"), Qt::LeftButton); // no path queued: cancelled
        QCOMPARE(f.answers.fileCaptions.size(), 1);
        QCOMPARE(f.store.writes, 0);
        QVERIFY(f.answers.messages.isEmpty());
    }
};

QTEST_MAIN(TestDocumentsTab)
#include "tst_documents_tab.moc"
