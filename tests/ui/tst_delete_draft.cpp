// "Delete draft…" on the loan-file page: offered on a draft to its analyst and to managers only, never
// past draft; asks first — No changes nothing —, then asks the store to delete with the signed-in
// person and the page says the draft is gone (the window leaves the page); a store's refusal is shown
// and nothing is announced.
#include "fake_workflow_store.h"
#include "seam_answers.h"

#include "core/workflow_service.h"
#include "ui/action_bar.h"
#include "ui/loan_file_page.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace saggar;
using Fake = test::FakeWorkflowStore;

Q_DECLARE_METATYPE(saggar::LoanState)

namespace {

// The fake store, recording deletes (and refusing them when told to).
struct RecordingStore : Fake
{
    std::vector<std::pair<Id, Id>> deletes; // (file, actor)
    bool refuse = false;
    Result<void> deleteDraft(Id fileId, Id actorId) override
    {
        if (refuse)
            return makeError("Only the file's analyst or a manager may delete the draft.",
                             ErrorCode::Forbidden);
        deletes.emplace_back(fileId, actorId);
        return {};
    }
};

} // namespace

class TestDeleteDraft : public QObject
{
    Q_OBJECT

    RecordingStore m_store;
    TimestampMs m_now = 1'800'000'000'000;
    WorkflowService m_service{m_store, [this] { return m_now += 1000; }};
    testing_support::SeamAnswers m_answers;

    std::unique_ptr<ui::LoanFilePage> open(Id user, Id file)
    {
        auto page = std::make_unique<ui::LoanFilePage>(m_store, m_service, m_store.user(user));
        page->resize(1400, 900);
        page->openFile(file);
        page->show();
        return page;
    }
    static QPushButton* deleteButton(const ui::LoanFilePage& page)
    {
        return page.actions()->findChild<QPushButton*>(QStringLiteral("deleteDraft"));
    }

private slots:
    void init()
    {
        m_answers = {};
        m_answers.install();
        m_store.deletes.clear();
        m_store.refuse = false;
    }
    void cleanup() { testing_support::SeamAnswers::uninstall(); }

    void offeredOnADraftToItsAnalystAndManagers_data()
    {
        QTest::addColumn<LoanState>("state");
        QTest::addColumn<Id>("user");
        QTest::addColumn<bool>("offered");
        QTest::newRow("draft, its analyst") << LoanState::Draft << Fake::kAnalyst << true;
        QTest::newRow("draft, a manager") << LoanState::Draft << Fake::kManager << true;
        QTest::newRow("draft, another analyst") << LoanState::Draft << Fake::kOtherAnalyst << false;
        QTest::newRow("draft, the appraiser") << LoanState::Draft << Fake::kAppraiser << false;
        QTest::newRow("submitted, its analyst") << LoanState::Submitted << Fake::kAnalyst << false;
        QTest::newRow("manual review, a manager") << LoanState::ManualReview << Fake::kManager << false;
    }
    void offeredOnADraftToItsAnalystAndManagers()
    {
        QFETCH(LoanState, state);
        QFETCH(Id, user);
        QFETCH(bool, offered);
        const Id file = m_store.addFile(state);
        auto page = open(user, file);
        QPushButton* button = deleteButton(*page);
        QCOMPARE(button != nullptr && button->isVisible(), offered);
        if (button)
            QVERIFY(button->text().endsWith(QStringLiteral("…")));
    }

    void askedFirstThenDeleted()
    {
        const Id file = m_store.addFile(LoanState::Draft);
        auto page = open(Fake::kAnalyst, file);
        QSignalSpy deleted(page.get(), &ui::LoanFilePage::fileDeleted);
        QPushButton* button = deleteButton(*page);
        QVERIFY(button);

        m_answers.answer = QMessageBox::No;
        button->click();
        QCOMPARE(m_answers.messages.size(), 1);
        QVERIFY(
            m_answers.messages.front().contains(QString::fromStdString(m_store.loadFile(file)->file.fileNo)));
        QVERIFY(m_store.deletes.empty());
        QCOMPARE(deleted.count(), 0);

        m_answers.answer = QMessageBox::Yes;
        deleteButton(*page)->click();
        QCOMPARE(m_store.deletes.size(), std::size_t{1});
        QCOMPARE(m_store.deletes.front(), std::make_pair(file, Fake::kAnalyst));
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.front().front().value<Id>(), file);
        QCOMPARE(m_answers.messages.size(), 2); // the question only: no warning
    }

    void aRefusalIsShown()
    {
        const Id file = m_store.addFile(LoanState::Draft);
        auto page = open(Fake::kManager, file);
        QSignalSpy deleted(page.get(), &ui::LoanFilePage::fileDeleted);
        m_store.refuse = true;
        deleteButton(*page)->click();
        QCOMPARE(m_answers.messages.size(), 2); // the question, then the refusal
        QVERIFY(m_answers.messages.back().contains(QStringLiteral("manager")));
        QCOMPARE(deleted.count(), 0);
    }
};

QTEST_MAIN(TestDeleteDraft)
#include "tst_delete_draft.moc"
