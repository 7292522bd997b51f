// Changing a draft's terms from the Overview tab: offered to the draft's analyst only, checked field
// by field before anything is stored, saved on the version shown and shown after the reload.
#include "page_fixture.h"

#include "core/validation.h"
#include "ui/terms_dialog.h"
#include "widgets/validated_form.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace saggar;
using saggar::test::FakeWorkflowStore;
using testing_support::PageFixture;

class TestTermsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_terms_dialog"); }

    void offeredOnlyToTheDraftsAnalyst()
    {
        PageFixture f;
        const Id draft = f.store.addFile(LoanState::Draft);
        const Id submitted = f.store.addFile(LoanState::Submitted);
        f.open(FakeWorkflowStore::kAnalyst, draft);
        QVERIFY(f.find<QPushButton>("changeTerms"));
        f.open(FakeWorkflowStore::kManager, draft);
        QVERIFY(!f.find<QPushButton>("changeTerms"));
        f.open(FakeWorkflowStore::kOtherAnalyst, draft);
        QVERIFY(!f.find<QPushButton>("changeTerms"));
        f.open(FakeWorkflowStore::kAnalyst, submitted);
        QVERIFY(!f.find<QPushButton>("changeTerms"));
    }

    void changedTermsAreSavedAndShown()
    {
        PageFixture f;
        const Id draft = f.store.addFile(LoanState::Draft);
        f.open(FakeWorkflowStore::kAnalyst, draft);
        const std::int64_t version = f.store.file(draft).version;
        f.answers.dialogs.push_back([](QDialog& dialog) {
            dialog.findChild<QLineEdit*>("amount")->setText("4500000");
            dialog.findChild<QSpinBox*>("term")->setValue(48);
            dialog.findChild<QPlainTextEdit*>("purpose")->setPlainText("三台辊道窑改造");
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(f.find<QPushButton>("changeTerms"), Qt::LeftButton);
        QCoreApplication::processEvents(); // the page reloads after the click
        QCOMPARE(f.answers.unexpectedDialogs, 0);
        QVERIFY(f.answers.messages.isEmpty());
        const LoanFile& file = f.store.file(draft);
        QCOMPARE(file.amount, Money::fromYuan(4'500'000));
        QCOMPARE(file.termMonths, 48);
        QCOMPARE(file.purpose, std::string("三台辊道窑改造"));
        QCOMPARE(file.version, version + 1);
        QVERIFY(f.find<QPushButton>("changeTerms")); // the reloaded tab offers it again
    }

    void invalidTermsStayInTheDialog()
    {
        FakeWorkflowStore store;
        const Id draft = store.addFile(LoanState::Draft);
        const LoanFile before = store.file(draft);
        ui::TermsDialog dialog(store, before, FakeWorkflowStore::kAnalyst);
        dialog.findChild<QSpinBox*>("term")->setValue(0);
        dialog.findChild<QLineEdit*>("amount")->setText("lots");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.form()->hasErrors());
        QVERIFY(!dialog.form()->errorText(static_cast<int>(Field::TermMonths)).isEmpty());
        QVERIFY(!dialog.form()->errorText(static_cast<int>(Field::Amount)).isEmpty());
        QCOMPARE(store.file(draft).version, before.version);
        QCOMPARE(store.file(draft).termMonths, before.termMonths);
    }

    void aRefusalIsShown()
    {
        testing_support::SeamAnswers answers;
        answers.install();
        FakeWorkflowStore store;
        const Id draft = store.addFile(LoanState::Draft);
        LoanFile shown = store.file(draft);
        store.file(draft).state = LoanState::Submitted; // moved on since the page was loaded
        ui::TermsDialog dialog(store, shown, FakeWorkflowStore::kAnalyst);
        dialog.findChild<QSpinBox*>("term")->setValue(shown.termMonths + 12);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(answers.titles.size(), 1);
        QCOMPARE(store.file(draft).termMonths, shown.termMonths);
        testing_support::SeamAnswers::uninstall();
    }
};

QTEST_MAIN(TestTermsDialog)
#include "tst_terms_dialog.moc"
