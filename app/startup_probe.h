// For the start-up benchmark: with SAGGAR_STARTUP_PROBE=1 in the environment, prints how long it took
// from main() to the first portfolio rows on screen, and the peak memory, then quits.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace saggar::app {

class Shell;

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe();
    void watch(Shell& shell);
    static long peakResidentKiB(); // VmHWM of this process, 0 where unknown

private:
    void report();
    QElapsedTimer m_clock;
    bool m_enabled;
    bool m_reported = false;
};

} // namespace saggar::app
