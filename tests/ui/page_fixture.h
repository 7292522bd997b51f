// A loan-file page over the in-memory store, opened as one of the fake store's people, with every
// seam answered by the test. Time moves a second per change.
#pragma once

#include "fake_workflow_store.h"
#include "seam_answers.h"

#include "core/workflow_service.h"
#include "ui/action_bar.h"
#include "ui/file_controller.h"
#include "ui/loan_file_page.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>

#include <memory>

namespace testing_support {

struct PageFixture
{
    saggar::test::FakeWorkflowStore store;
    saggar::TimestampMs now = 1'800'000'000'000;
    saggar::WorkflowService service{store, [this] { return now += 1000; }};
    SeamAnswers answers;
    std::unique_ptr<saggar::ui::LoanFilePage> page;

    PageFixture() { answers.install(); }
    ~PageFixture()
    {
        page.reset();
        SeamAnswers::uninstall();
    }

    saggar::ui::LoanFilePage& open(saggar::Id userId, saggar::Id fileId)
    {
        page = std::make_unique<saggar::ui::LoanFilePage>(store, service, store.user(userId));
        page->resize(1400, 900);
        page->openFile(fileId);
        page->show();
        return *page;
    }

    // Brings a tab to the front, as a click on it does.
    void showTab(saggar::ui::LoanFilePage::Tab tab) const { page->tabs()->setCurrentIndex(tab); }

    QPushButton* action(saggar::WorkflowAction a) const { return page->actions()->button(a); }

    template <typename T> T* find(const char* name) const { return page->findChild<T*>(QLatin1String(name)); }
};

// Test runs share no settings: drafts and language live in a test-only organisation.
inline void isolateSettings(const char* application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaggarTest"));
    QCoreApplication::setApplicationName(QLatin1String(application));
    QSettings().clear();
}

} // namespace testing_support
