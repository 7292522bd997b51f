// The Credit memo tab: the preparer writes seven sections and saves versions; the version list and
// preview show each; the approved version is frozen and read-only; typed text survives a crash; a
// refused save keeps the text; a version exports to PDF.
#include "page_fixture.h"

#include "typing.h"
#include "ui/memo_tab.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

void writeEverySection(ui::MemoTab* tab, const QString& prefix)
{
    for (MemoSection s : allValues<MemoSection>()) {
        QPlainTextEdit* e = tab->editor(s);
        e->clear();
        testing_support::typeText(e, prefix + QString::fromLatin1(key(s)));
    }
}

} // namespace

class TestMemoTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_memo_tab"); }

    void everySaveIsANewVersion()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Memo);
        ui::MemoTab* tab = f.page->memoTab();
        QVERIFY(tab->isEditable());
        QVERIFY(!f.find<QPushButton>("exportMemo")->isEnabled()); // nothing saved yet

        writeEverySection(tab, QStringLiteral("v1 "));
        QTest::mouseClick(f.find<QPushButton>("saveMemo"), Qt::LeftButton);
        QVERIFY(f.answers.messages.isEmpty());
        tab->editor(MemoSection::Risk)->clear();
        testing_support::typeText(tab->editor(MemoSection::Risk), QStringLiteral("窑炉能耗偏高，需监控"));
        QTest::mouseClick(f.find<QPushButton>("saveMemo"), Qt::LeftButton);

        auto versions = f.store.memoVersions(file);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), std::size_t(2));
        QCOMPARE(versions->back().section(MemoSection::Risk), std::string("窑炉能耗偏高，需监控"));
        QCOMPARE(versions->back().section(MemoSection::Borrower), std::string("v1 borrower"));
        QListWidget* list = tab->versionList();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Version 2")));
        auto* preview = f.find<QTextBrowser>("memoPreview");
        QVERIFY(preview->toPlainText().contains(QStringLiteral("窑炉能耗偏高")));
        list->setCurrentRow(1);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("v1 risk")));
        QCOMPARE(tab->editor(MemoSection::Risk)->toPlainText(), QStringLiteral("窑炉能耗偏高，需监控"));
    }

    void approvedVersionIsFrozen()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Approved);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Memo);
        ui::MemoTab* tab = f.page->memoTab();
        QVERIFY(!tab->isEditable());
        QVERIFY(tab->editor(MemoSection::Borrower)->isReadOnly());
        QVERIFY(!f.find<QPushButton>("saveMemo")->isVisible());
        auto* state = f.find<QLabel>("memoState");
        QVERIFY(state->isVisible());
        QVERIFY2(state->text().contains(QStringLiteral("frozen")), qPrintable(state->text()));
        QVERIFY(tab->versionList()->item(0)->text().contains(QStringLiteral("approved, frozen")));
    }

    void onlyThePreparerWritesADraft()
    {
        PageFixture f;
        f.open(Fake::kOtherAnalyst, f.store.addFile(LoanState::Draft));
        f.showTab(ui::LoanFilePage::Memo);
        QVERIFY(!f.page->memoTab()->isEditable());
        auto* state = f.find<QLabel>("memoState");
        QVERIFY2(state->text().contains(QStringLiteral("李娜")), qPrintable(state->text()));
    }

    void typedTextSurvivesACrash()
    {
        Id file = 0;
        {
            PageFixture f;
            file = f.store.addFile(LoanState::Draft);
            f.open(Fake::kAnalyst, file);
            testing_support::typeText(f.page->memoTab()->editor(MemoSection::Purpose),
                                      QStringLiteral("Replace two shuttle kilns"));
            QTRY_VERIFY(QSettings().contains(QStringLiteral("drafts/memo-%1").arg(file)));
            // the page goes away without saving, as in a crash
        }
        PageFixture again;
        QCOMPARE(again.store.addFile(LoanState::Draft), file); // the same id in a fresh store
        again.open(Fake::kAnalyst, file);
        again.showTab(ui::LoanFilePage::Memo);
        QCOMPARE(again.page->memoTab()->editor(MemoSection::Purpose)->toPlainText(),
                 QStringLiteral("Replace two shuttle kilns"));
        QVERIFY(again.find<QLabel>("memoState")->isVisible());

        // saved: the draft is gone
        QTest::mouseClick(again.find<QPushButton>("saveMemo"), Qt::LeftButton);
        QVERIFY(!QSettings().contains(QStringLiteral("drafts/memo-%1").arg(file)));
    }

    void refusedSaveKeepsTheText()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        const QString tooLong(20'001, QLatin1Char('x'));
        f.page->memoTab()->editor(MemoSection::Borrower)->setPlainText(tooLong);
        QTest::mouseClick(f.find<QPushButton>("saveMemo"), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 1);
        QVERIFY2(f.answers.messages.first().contains(QStringLiteral("too long")),
                 qPrintable(f.answers.messages.first()));
        QCOMPARE(f.store.writes, 0);
        QCOMPARE(f.page->memoTab()->editor(MemoSection::Borrower)->toPlainText(), tooLong);
    }

    void exportsAVersionToPdf()
    {
        PageFixture f;
        QTemporaryDir dir;
        const Id file = f.store.addFile(LoanState::Submitted);
        f.open(Fake::kManager, file);
        f.showTab(ui::LoanFilePage::Memo);
        auto* exportButton = f.find<QPushButton>("exportMemo");
        QVERIFY(exportButton->isEnabled());
        const QString target = dir.filePath(QStringLiteral("memo")); // the suffix is added
        f.answers.files.push_back(target);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(f.answers.messages.isEmpty());
        QFile pdf(target + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 1000);

        // an unwritable place is explained
        f.answers.files.push_back(dir.filePath(QStringLiteral("no/such/folder/memo.pdf")));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 1);
    }
};

QTEST_MAIN(TestMemoTab)
#include "tst_memo_tab.moc"
