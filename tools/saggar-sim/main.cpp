// saggar-sim: the device simulator — a year of history for the portfolio, then live readings.
#include "sim_commands.h"

#include <csignal>
#include <iostream>

namespace {

std::atomic<bool> g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

} // namespace

int main(int argc, char* argv[])
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    const auto args = saggar::ctl::parseArguments(argc, argv, saggar::simtool::valuedOptions());
    return saggar::simtool::run(args, std::cout, std::cerr, &g_stop);
}
