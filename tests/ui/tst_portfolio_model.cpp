// The lazy portfolio model over a real store: filters, sorting, block loading, failures, and Qt's
// model consistency checks (QAbstractItemModelTester).
#include "storage/sqlite_portfolio_source.h"
#include "test_workspace.h"
#include "ui/portfolio_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace saggar;
using saggar::ui::PortfolioModel;

class TestPortfolioModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestWorkspace> m_ws;

    ui::PortfolioSourceFactory factory() const
    {
        const std::string path = m_ws->databasePath();
        return [path]() -> Result<std::unique_ptr<PortfolioSource>> {
            auto s = SqlitePortfolioSource::open(path);
            if (!s)
                return s.error();
            return std::unique_ptr<PortfolioSource>(std::move(s).value());
        };
    }

    // Applies a filter and waits for its count.
    static int applied(PortfolioModel& model, const PortfolioFilter& filter)
    {
        QSignalSpy counted(&model, &PortfolioModel::countChanged);
        model.setFilter(filter);
        if (!counted.wait(10'000))
            return -1;
        return counted.last().at(0).toInt();
    }

    static void waitForRow(PortfolioModel& model, int row)
    {
        model.data(model.index(row, 0)); // asks for the block
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(row, 0)).toString() != QStringLiteral("…"), 10'000);
    }

    const LoanFile& fileById(Id id) const
    {
        return *std::find_if(m_ws->snapshot.files.begin(), m_ws->snapshot.files.end(),
                             [id](const LoanFile& f) { return f.id == id; });
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_ws->ok());
    }

    void countsEveryFileAndPassesModelTester()
    {
        PortfolioModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(applied(model, {}), static_cast<int>(m_ws->snapshot.files.size()));
        QCOMPARE(model.rowCount(), static_cast<int>(m_ws->snapshot.files.size()));
        QCOMPARE(model.columnCount(), static_cast<int>(PortfolioModel::ColumnCount));
        waitForRow(model, 0);
        waitForRow(model, model.rowCount() - 1);
    }

    void rowsLoadInBlocksOnDemand()
    {
        PortfolioModel model(factory());
        QCOMPARE(applied(model, {}), 300);
        QSignalSpy arrived(&model, &PortfolioModel::rowsArrived);
        const int row = PortfolioModel::kBlockSize + 5;
        QCOMPARE(model.data(model.index(row, PortfolioModel::FileNo)).toString(), QStringLiteral("…"));
        QVERIFY(arrived.wait(10'000) || !arrived.isEmpty());
        QTRY_VERIFY(std::any_of(arrived.begin(), arrived.end(), [](const QList<QVariant>& a) {
            return a.at(0).toInt() == PortfolioModel::kBlockSize;
        }));
        const Id id = model.data(model.index(row, 0), PortfolioModel::FileIdRole).toLongLong();
        QCOMPARE(model.data(model.index(row, PortfolioModel::FileNo)).toString(),
                 QString::fromStdString(fileById(id).fileNo));
    }

    void filtersByState()
    {
        PortfolioModel model(factory());
        PortfolioFilter f;
        f.state = LoanState::Monitoring;
        const auto expected = std::count_if(m_ws->snapshot.files.begin(), m_ws->snapshot.files.end(),
                                            [](const LoanFile& x) { return x.state == LoanState::Monitoring; });
        QVERIFY(expected > 0);
        QCOMPARE(applied(model, f), static_cast<int>(expected));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(fileById(model.fileIdAt(r)).state, LoanState::Monitoring);
    }

    void searchFindsAFileByTruckPlate()
    {
        const Truck* pledged = nullptr;
        for (const Truck& t : m_ws->snapshot.trucks)
            if (t.loanFileId != 0) {
                pledged = &t;
                break;
            }
        QVERIFY(pledged);
        PortfolioModel model(factory());
        PortfolioFilter f;
        f.text = pledged->plate;
        QVERIFY(applied(model, f) >= 1);
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r)
            found = found || model.fileIdAt(r) == pledged->loanFileId;
        QVERIFY(found);
    }

    void amountRangeAndSortAscending()
    {
        PortfolioModel model(factory());
        PortfolioFilter f;
        f.minAmount = Money::fromYuan(1'000'000);
        f.maxAmount = Money::fromYuan(20'000'000);
        f.sortKey = PortfolioSortKey::Amount;
        f.descending = false;
        const auto expected = std::count_if(m_ws->snapshot.files.begin(), m_ws->snapshot.files.end(), [&](auto& x) {
            return x.amount >= *f.minAmount && x.amount <= *f.maxAmount;
        });
        QCOMPARE(applied(model, f), static_cast<int>(expected));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(fileById(model.fileIdAt(r - 1)).amount <= fileById(model.fileIdAt(r)).amount);
    }

    void headerClickSortsDescending()
    {
        PortfolioModel model(factory());
        QCOMPARE(applied(model, {}), 300);
        QSignalSpy counted(&model, &PortfolioModel::countChanged);
        model.sort(PortfolioModel::Amount, Qt::DescendingOrder);
        QVERIFY(counted.wait(10'000));
        QCOMPARE(model.filter().sortKey, PortfolioSortKey::Amount);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(fileById(model.fileIdAt(r - 1)).amount >= fileById(model.fileIdAt(r)).amount);
    }

    void onlyTheLatestFilterWins()
    {
        PortfolioModel model(factory());
        QSignalSpy counted(&model, &PortfolioModel::countChanged);
        PortfolioFilter first;
        first.state = LoanState::Draft;
        PortfolioFilter second;
        second.state = LoanState::Closed;
        model.setFilter(first);
        model.setFilter(second);
        QVERIFY(counted.wait(10'000));
        QTRY_VERIFY(!model.isLoading());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(fileById(model.fileIdAt(r)).state, LoanState::Closed);
    }

    void unreadableStoreReportsFailure()
    {
        PortfolioModel model([]() -> Result<std::unique_ptr<PortfolioSource>> {
            return makeError("the store is gone", ErrorCode::DatabaseMissing);
        });
        QSignalSpy failed(&model, &PortfolioModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("the store is gone"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }
};

QTEST_MAIN(TestPortfolioModel)
#include "tst_portfolio_model.moc"
