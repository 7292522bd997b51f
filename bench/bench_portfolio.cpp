// Portfolio benchmark: for each size (10,000 and 100,000 loan files by default) it
//   1. creates a demo workspace with `saggarctl demo create` (reused when it already exists),
//   2. starts the real `saggar` workstation (offscreen, signed in through SAGGAR_SIGN_IN, with
//      SAGGAR_STARTUP_PROBE=1) and times process start → first portfolio rows painted, and reads the
//      workstation's peak resident memory,
//   3. times filters over the portfolio model exactly as the portfolio page applies them: from setFilter
//      to the matching count known and the first block of rows readable.
// It prints one line per figure and a summary table; it never fails on a slow figure.
#include "storage/sqlite_portfolio_source.h"
#include "ui/portfolio_model.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace saggar;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool ensureWorkspace(const QString& dir, int files)
{
    if (QFileInfo::exists(dir + QStringLiteral("/saggar.db"))) {
        out() << "  reusing workspace " << dir << Qt::endl;
        return true;
    }
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(QStringLiteral(SAGGARCTL_PATH),
              {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), dir,
               QStringLiteral("--files"), QString::number(files), QStringLiteral("--seed"),
               QStringLiteral("7")});
    if (!ctl.waitForFinished(30 * 60 * 1000) || ctl.exitCode() != 0) {
        out() << "  saggarctl failed: " << ctl.readAll() << Qt::endl;
        return false;
    }
    out() << "  " << QString::fromUtf8(ctl.readAll()).section(QLatin1Char('\n'), 0, 0) << Qt::endl;
    return true;
}

struct StartFigures
{
    double wallMs = 0;  // spawn → probe line read, as a user would wait
    double shownMs = 0; // main() → rows painted, as the workstation measures itself
    double peakMiB = 0;
};

bool startOnce(const QString& dir, StartFigures& figures)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAGGAR_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("SAGGAR_SIGN_IN"), QStringLiteral("analyst:saggar-demo"));
    app.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    app.start(QStringLiteral(SAGGAR_PATH),
              {QStringLiteral("--workspace"), dir, QStringLiteral("--language"), QStringLiteral("zh_CN")});
    QByteArray output;
    static const QRegularExpression probe(QStringLiteral("portfolio_shown_ms=(\\d+) peak_rss_kib=(\\d+)"));
    QRegularExpressionMatch match;
    while (app.waitForReadyRead(60'000)) {
        output += app.readAllStandardOutput();
        match = probe.match(QString::fromUtf8(output));
        if (match.hasMatch())
            break;
    }
    figures.wallMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    app.waitForFinished(30'000);
    if (!match.hasMatch()) {
        out() << "  the workstation did not report: " << output << app.readAllStandardError() << Qt::endl;
        return false;
    }
    figures.shownMs = match.captured(1).toDouble();
    figures.peakMiB = match.captured(2).toDouble() / 1024.0;
    return true;
}

// Time from setFilter to the count known and the first rows readable, as the page sees it.
double timeFilter(ui::PortfolioModel& model, const PortfolioFilter& filter, int& matches)
{
    QSignalSpy counted(&model, &ui::PortfolioModel::countChanged);
    QSignalSpy arrived(&model, &ui::PortfolioModel::rowsArrived);
    QElapsedTimer clock;
    clock.start();
    model.setFilter(filter);
    while (counted.isEmpty())
        counted.wait(10'000);
    matches = counted.takeLast().at(0).toInt();
    if (matches > 0) {
        (void)model.data(model.index(0, 0)); // what the view does when it paints the first row
        while (arrived.isEmpty())
            arrived.wait(10'000);
    }
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

struct Row
{
    int files;
    double startWall, startShown, peakMiB, filterWorst;
};

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the benchmark needs no screen, and passes this on
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saggar portfolio benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated portfolio sizes."),
                      QStringLiteral("list"), QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per figure (median reported)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where benchmark workspaces are kept."),
                      QStringLiteral("path"), QDir::tempPath() + QStringLiteral("/saggar-bench")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    std::vector<Row> table;
    for (const QString& sizeText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int files = sizeText.toInt();
        if (files <= 0)
            continue;
        const QString dir = parser.value(QStringLiteral("dir")) + QStringLiteral("/files-") + sizeText;
        out() << "== " << files << " loan files" << Qt::endl;
        if (!ensureWorkspace(dir, files))
            return 1;

        std::vector<double> wall, shown, peak;
        for (int i = 0; i < runs; ++i) {
            StartFigures f;
            if (!startOnce(dir, f))
                return 1;
            out() << "  start run " << i + 1 << ": spawn→shown " << qRound(f.wallMs) << " ms (in-process "
                  << qRound(f.shownMs) << " ms), peak RSS " << QString::number(f.peakMiB, 'f', 1) << " MiB"
                  << Qt::endl;
            wall.push_back(f.wallMs);
            shown.push_back(f.shownMs);
            peak.push_back(f.peakMiB);
        }

        const std::string dbPath = (dir + QStringLiteral("/saggar.db")).toStdString();
        ui::PortfolioModel model([dbPath]() -> Result<std::unique_ptr<PortfolioSource>> {
            auto source = SqlitePortfolioSource::open(dbPath);
            if (!source)
                return source.error();
            return std::unique_ptr<PortfolioSource>(std::move(source).value());
        });
        int matches = 0;
        timeFilter(model, PortfolioFilter{}, matches); // warm the worker's connection and the page cache

        struct Case
        {
            const char* name;
            PortfolioFilter filter;
        };
        std::vector<Case> cases;
        cases.push_back({"text '陶瓷'", PortfolioFilter{}});
        cases.back().filter.text = "陶瓷";
        cases.push_back({"text plate '粤E'", PortfolioFilter{}});
        cases.back().filter.text = "粤E";
        cases.push_back({"state Monitoring", PortfolioFilter{}});
        cases.back().filter.state = LoanState::Monitoring;
        cases.push_back({"cluster Foshan + amount 1–5M", PortfolioFilter{}});
        cases.back().filter.cluster = Cluster::Foshan;
        cases.back().filter.minAmount = Money::fromYuan(1'000'000);
        cases.back().filter.maxAmount = Money::fromYuan(5'000'000);
        cases.push_back({"assignee 1, sort by enterprise", PortfolioFilter{}});
        cases.back().filter.assigneeId = 1;
        cases.back().filter.sortKey = PortfolioSortKey::Enterprise;
        cases.push_back({"everything, sort by amount", PortfolioFilter{}});
        cases.back().filter.sortKey = PortfolioSortKey::Amount;

        double worst = 0;
        for (const Case& c : cases) {
            std::vector<double> times;
            for (int i = 0; i < runs; ++i) {
                timeFilter(model, PortfolioFilter{}, matches); // a change every time, as a user makes it
                times.push_back(timeFilter(model, c.filter, matches));
            }
            const double m = median(times);
            worst = std::max(worst, m);
            out() << "  filter " << QString::fromUtf8(c.name) << ": " << matches << " matches, median "
                  << QString::number(m, 'f', 1) << " ms" << Qt::endl;
        }
        table.push_back(
            {files, median(wall), median(shown), *std::max_element(peak.begin(), peak.end()), worst});
    }

    out() << Qt::endl
          << "| files | start → portfolio shown (spawn) | in-process | slowest filter (median) | peak RSS |"
          << Qt::endl
          << "|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const Row& r : table)
        out() << "| " << r.files << " | " << qRound(r.startWall) << " ms | " << qRound(r.startShown)
              << " ms | " << QString::number(r.filterWorst, 'f', 1) << " ms | "
              << QString::number(r.peakMiB, 'f', 0) << " MiB |" << Qt::endl;
    return 0;
}
