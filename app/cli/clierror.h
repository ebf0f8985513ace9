#pragma once
// What ends a `backprop` command early, and the exit code it gives.
#include <stdexcept>
#include <string>

namespace bp {

enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitBadInput = 3, ExitDiverged = 4, ExitInterrupted = 130 };

/// A wrong or missing option: the program prints the message and exits with ExitUsage.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace bp
