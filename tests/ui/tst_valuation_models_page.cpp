// The Models page, offscreen, on a real store: both models' figures side by side (held-out at training
// and against realised sales, worked out by hand below); a manager's Promote challenger asks a reason
// (cancel changes nothing), then the challenger is champion, the old one retired, and the entry with the
// reason and the manager's name is listed; a non-manager gets no button and the slot does nothing; the main
// window shows the page to everyone and gives managers Valuation → Valuation models….
#include "seam_answers.h"

#include "../storage/storage_test_data.h"
#include "storage/asset_repository.h"
#include "storage/enterprise_repository.h"
#include "storage/loan_file_repository.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_sales_store.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/user_repository.h"

#include "core/valuation_generator.h"
#include "core/workflow_service.h"
#include "ui/main_window.h"
#include "ui/reason_dialog.h"
#include "ui/valuation_models_page.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::ui;
using namespace saggar::valuation;
namespace td = saggar::testdata;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000;

std::string roleOf(const Database& db, const std::string& version)
{
    auto stmt = db.prepare("SELECT role FROM valuation_models WHERE version = ?1");
    (void)stmt->bindText(1, version);
    return *stmt->step() ? stmt->columnText(0) : std::string();
}

// A stored valuation reduced to what the page reads (the test may write SQL; the page may not).
void valued(Database& db, Id truck, const char* model, TimestampMs at, std::int64_t fairYuan)
{
    const std::int64_t f = fairYuan * 100;
    const std::string sql =
        "INSERT INTO valuations (asset_kind, asset_id, at_ms, library_version, model_version, model_role, "
        "inputs, "
        "indicators, fair_market_fen, low80_fen, high80_fen, low90_fen, high90_fen, orderly_fen, "
        "forced_sale_fen, "
        "recovery_costs_fen, net_recovery_fen, unsold_chance, days_to_cash) VALUES ('truck', " +
        std::to_string(truck) + ", " + std::to_string(at) + ", '2026.11', '" + model +
        "', 'champion', '', '', " + std::to_string(f) + ", " + std::to_string(f * 8 / 10) + ", " +
        std::to_string(f * 12 / 10) + ", " + std::to_string(f * 7 / 10) + ", " + std::to_string(f * 13 / 10) +
        ", 0, 0, 0, 0, 0, 0)";
    QVERIFY2(db.exec(sql).ok(), sql.c_str());
}

} // namespace

class TestValuationModelsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    testing_support::SeamAnswers m_answers;
    User m_manager = td::user(1, "manager", "李经理", Role::Manager);
    User m_analyst = td::user(2, "analyst", "张分析", Role::Analyst);

    std::unique_ptr<ValuationModelsPage> page(const User& user, SqliteValuationStore& models,
                                              SqliteSalesStore& sales)
    {
        auto p = std::make_unique<ValuationModelsPage>(models, sales, user, [] { return kNow; });
        p->resize(1200, 800);
        p->show();
        return p;
    }

    static QString cell(QTableWidget* t, int row, int column)
    {
        auto* item = t->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void init()
    {
        m_answers.install();
        m_db = std::make_unique<Database>(
            td::freshDatabase(m_dir.filePath(QString("models-%1.db").arg(++m_n)).toStdString()));
        QVERIFY(insertUser(*m_db, m_manager).ok());
        QVERIFY(insertUser(*m_db, m_analyst).ok());
        QVERIFY(insertEnterprise(*m_db, td::enterprise(1, 1, "淄博陶瓷", "Zibo Ceramics")).ok());
        QVERIFY(insertLoanFile(*m_db, td::file(1, "SG-2026-0001", 1)).ok());
        QVERIFY(insertTruck(*m_db, td::truck(7, 1, 1, 1)).ok());
        QVERIFY(insertTruck(*m_db, td::truck(8, 2, 1, 1)).ok());
        SqliteValuationStore store(*m_db);
        QVERIFY(store.importLibrary(writeLibrary(generateLibrary()), 1, 1000).ok());
        Figures a, b;
        a.medianApe = 0.093;
        a.coverage80 = 0.817;
        a.coverage90 = 0.893;
        b.medianApe = 0.101;
        b.coverage80 = 0.79;
        b.coverage90 = 0.905;
        QVERIFY(
            store.saveModel({"vm-a", "2026.11", "demo:a", a, "champion", kNow - 86'400'000, "body a"}).ok());
        QVERIFY(
            store.saveModel({"vm-b", "2026.11", "demo:b", b, "challenger", kNow - 3'600'000, "body b"}).ok());
        // Truck 7 valued 90,000 by the champion, truck 8 130,000 by the challenger; both sold for 100,000
        // the next month: champion −10 %, challenger +30 %.
        valued(*m_db, 7, "vm-a", kNow - 60 * 86'400'000LL, 90'000);
        valued(*m_db, 8, "vm-b", kNow - 60 * 86'400'000LL, 130'000);
        RealisedSale s;
        s.assetKind = "truck";
        s.typeCode = "TRK-TRACTOR-6X4-FAW-DIESEL";
        s.saleDate = "2026-11-01";
        s.price = Money::fromYuan(100'000);
        s.assetId = 7;
        RealisedSale t = s;
        t.assetId = 8;
        RealisedSale outside = s;
        outside.assetKind.clear();
        outside.assetId = 0;
        QVERIFY(SqliteSalesStore(*m_db).importSales({s, t, outside}, 1, kNow).ok());
    }
    void cleanup()
    {
        testing_support::SeamAnswers::uninstall();
        m_answers = {};
        m_db.reset();
    }

    void figuresSideBySide()
    {
        SqliteValuationStore models(*m_db);
        SqliteSalesStore sales(*m_db);
        auto p = page(m_manager, models, sales);
        QTableWidget* t = p->table();
        QCOMPARE(t->columnCount(), 2);
        QCOMPARE(p->versionAt(0), QString("vm-a")); // the champion first
        QCOMPARE(p->versionAt(1), QString("vm-b"));
        QCOMPARE(cell(t, 0, 0), QString("Champion"));
        QCOMPARE(cell(t, 0, 1), QString("Challenger"));
        QCOMPARE(cell(t, 2, 0), QString("demo:a"));
        QCOMPARE(cell(t, 3, 1), QString("2026.11"));
        QVERIFY2(cell(t, 4, 0) == "75 % of assets; has valued 1 of 2", qPrintable(cell(t, 4, 0)));
        QCOMPARE(cell(t, 4, 1), QString("25 % of assets; has valued 1 of 2"));
        QCOMPARE(cell(t, 6, 0), QString("9.3 %"));  // held-out median error
        QCOMPARE(cell(t, 7, 1), QString("79.0 %")); // held-out 80 % band
        QCOMPARE(cell(t, 10, 0), QString("1"));     // sales judged
        QCOMPARE(cell(t, 11, 0), QString("10.0 %"));
        QCOMPARE(cell(t, 11, 1), QString("30.0 %"));
        QCOMPARE(cell(t, 12, 0), QString("100.0 %")); // within ±10 %
        QCOMPARE(cell(t, 12, 1), QString("0.0 %"));
        QCOMPARE(cell(t, 14, 0), QString("100.0 %")); // 100,000 inside 72,000–108,000
        QCOMPARE(cell(t, 14, 1), QString("0.0 %"));   // not inside 104,000–156,000
        QCOMPARE(cell(t, 15, 1), QString("100.0 %")); // inside 91,000–169,000
        QCOMPARE(cell(t, 16, 0), QString("-10.0 %"));
        QCOMPARE(cell(t, 16, 1), QString("+30.0 %"));
        QVERIFY(p->findChild<QLabel*>("modelsSummary")->text().contains("2 realised sale prices"));
        QVERIFY(p->findChild<QLabel*>("modelsSummary")->text().contains("1 outside comparables"));
    }

    void promoteAsksReasonAndRecordsIt()
    {
        SqliteValuationStore models(*m_db);
        SqliteSalesStore sales(*m_db);
        auto p = page(m_manager, models, sales);
        QVERIFY(p->promoteButton());
        QVERIFY(p->promoteButton()->isEnabled()); // the one challenger
        // Cancelled: nothing changes.
        m_answers.dialogs.push_back([](QDialog&) { return int(QDialog::Rejected); });
        QTest::mouseClick(p->promoteButton(), Qt::LeftButton);
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("champion"));
        QCOMPARE(p->history()->rowCount(), 0);
        // With a reason.
        QString prompt;
        m_answers.dialogs.push_back([&prompt](QDialog& d) {
            auto& reason = dynamic_cast<ReasonDialog&>(d);
            prompt = d.windowTitle();
            reason.textEdit()->setPlainText("Lower error on realised sales for three months");
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(p->promoteButton(), Qt::LeftButton);
        QCOMPARE(prompt, QString("Promote challenger"));
        QCOMPARE(m_answers.unexpectedDialogs, 0);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join("; ")));
        QCOMPARE(roleOf(*m_db, "vm-b"), std::string("champion"));
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("retired"));
        // The page shows it: roles, the log entry with who and why, the status line.
        QCOMPARE(p->versionAt(0), QString("vm-b"));
        QCOMPARE(cell(p->table(), 0, 1), QString("Retired"));
        QCOMPARE(p->history()->rowCount(), 1);
        QVERIFY(cell(p->history(), 0, 1).startsWith("李经理"));
        QCOMPARE(cell(p->history(), 0, 2), QString("vm-a"));
        QCOMPARE(cell(p->history(), 0, 3), QString("vm-b"));
        QCOMPARE(cell(p->history(), 0, 4), QString("Lower error on realised sales for three months"));
        QVERIFY(p->status()->text().contains("vm-b is the champion now"));
        // No challenger left: the button is off.
        QVERIFY(!p->promoteButton()->isEnabled());
        auto log = sales.modelRoleChanges();
        QCOMPARE(log->front().atMs, kNow);
        QCOMPARE(log->front().actorId, m_manager.id);
    }

    void nonManagerCannotPromote()
    {
        SqliteValuationStore models(*m_db);
        SqliteSalesStore sales(*m_db);
        auto p = page(m_analyst, models, sales);
        QVERIFY(!p->promoteButton());
        QVERIFY(!p->findChild<QPushButton*>("promoteChallenger"));
        QCOMPARE(p->table()->columnCount(), 2); // reads the figures
        p->promote();                           // the slot does nothing for them
        QCOMPARE(m_answers.unexpectedDialogs, 0);
        QCOMPARE(roleOf(*m_db, "vm-a"), std::string("champion"));
        // And the store refuses them too.
        QCOMPARE(sales.promoteChallenger("vm-b", m_analyst.id, Role::Analyst, "x", kNow).error().code,
                 int(ErrorCode::Forbidden));
    }

    void mainWindowReachesThePage()
    {
        SqliteValuationStore models(*m_db);
        SqliteSalesStore sales(*m_db);
        SqliteLoanFileStore files(*m_db);
        SqliteWorkflowStore workflowStore(*m_db, m_dir.filePath("attachments").toStdString());
        WorkflowService workflow(workflowStore, [] { return kNow; });
        for (const User& user : {m_manager, m_analyst}) {
            Session session;
            session.user = user;
            session.store = &files;
            session.workflow = &workflow;
            session.valuations = &models;
            session.sales = &sales;
            session.portfolioSource = [] {
                return Result<std::unique_ptr<PortfolioSource>>(makeError("none"));
            };
            MainWindow window(session);
            window.show();
            ValuationModelsPage* page = window.valuationModelsPage();
            QVERIFY(page); // the Models page, for everyone
            auto* action = window.findChild<QAction*>("actionValuationModels");
            if (user.role == Role::Manager) {
                QVERIFY(action); // Valuation → Valuation models… for managers
                action->trigger();
                QCOMPARE(window.currentPage(), MainWindow::ModelsPage);
                QVERIFY(page->promoteButton());
            } else {
                QVERIFY(!action);
                window.showPage(MainWindow::ModelsPage);
                QVERIFY(!page->promoteButton()); // read only
            }
            QCOMPARE(page->table()->columnCount(), 2);
        }
        // Without a sales store the placeholder stays.
        Session bare;
        bare.user = m_manager;
        bare.store = &files;
        bare.workflow = &workflow;
        bare.portfolioSource = [] { return Result<std::unique_ptr<PortfolioSource>>(makeError("none")); };
        MainWindow window(bare);
        QVERIFY(!window.valuationModelsPage());
        QVERIFY(!window.findChild<QAction*>("actionValuationModels"));
    }
};

QTEST_MAIN(TestValuationModelsPage)
#include "tst_valuation_models_page.moc"
