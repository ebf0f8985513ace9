#pragma once
// Turns the first Ctrl-C (SIGINT) or SIGTERM into a flag the trainer checks between batches, so
// a long command can stop cleanly and still write what the user asked for; a second one ends the
// program at once, as usual, after removing the temporary file of any write under way.
#include <atomic>

namespace bp {

class InterruptFlag {
public:
    /// Catches SIGINT and SIGTERM until destroyed; only one InterruptFlag may exist at a time.
    /// With quitAtOnce, for a command with nothing to stop cleanly, the first signal already
    /// ends the program after removing the temporary files (and raised() is true from the start).
    explicit InterruptFlag(bool quitAtOnce = false);
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag&) = delete;
    InterruptFlag& operator=(const InterruptFlag&) = delete;

    /// The flag, true once a signal came; hand it to Trainer::run as its stop flag.
    const std::atomic<bool>* flag() const;

    /// True once a signal came.
    bool raised() const { return flag()->load(); }
};

}  // namespace bp
