#include "interruptflag.h"

#include <csignal>

namespace bp {

namespace {
std::atomic<bool> raisedFlag{false};  // lock-free, so a signal handler may set it
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onSignal(int signal)
{
    raisedFlag.store(true);
    std::signal(signal, SIG_DFL);  // a second signal of the same kind ends the program
}
}  // namespace

InterruptFlag::InterruptFlag()
{
    raisedFlag.store(false);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

InterruptFlag::~InterruptFlag()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic<bool>* InterruptFlag::flag() const { return &raisedFlag; }

}  // namespace bp
