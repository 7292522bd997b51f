#include "startup_probe.h"

#include "shell.h"
#include "ui/main_window.h"
#include "ui/portfolio_page.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace saggar::app {

StartupProbe::StartupProbe() : m_enabled(qEnvironmentVariableIntValue("SAGGAR_STARTUP_PROBE") == 1)
{
    m_clock.start();
}

void StartupProbe::watch(Shell& shell)
{
    if (!m_enabled)
        return;
    connect(&shell, &Shell::mainWindowShown, this, [this](ui::MainWindow* window) {
        connect(window->portfolioPage()->model(), &ui::PortfolioModel::rowsArrived, this, [this] {
            QTimer::singleShot(0, this, &StartupProbe::report); // after the rows are painted
        });
    });
}

long StartupProbe::peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

void StartupProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    std::printf("portfolio_shown_ms=%lld peak_rss_kib=%ld\n", static_cast<long long>(m_clock.elapsed()),
                peakResidentKiB());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace saggar::app
