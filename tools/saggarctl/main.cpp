// saggarctl: the command line over Saggar's libraries.
#include "arguments.h"
#include "commands.h"

#include <iostream>

int main(int argc, char* argv[])
{
    const auto args = saggar::ctl::parseArguments(
        argc, argv,
        {"workspace", "seed", "files", "enterprises", "trucks", "kilns", "as", "csv", "mapping", "out",
         "model", "folds", "repeats", "review-rate", "decline-below", "approve-from", "rows", "now"});
    return saggar::ctl::run(args, std::cout, std::cerr);
}
