#include "interruptflag.h"

#include "temporaryfiles.h"

#include <csignal>

namespace bp {

namespace {
std::atomic<bool> raisedFlag{false};  // lock-free, so a signal handler may set it
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onSignal(int signal)
{
    if (!raisedFlag.exchange(true))
        return;
    // The second signal ends the program as the default action would, without leaving a half-written file.
    TemporaryFiles::removeAll();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
}  // namespace

InterruptFlag::InterruptFlag(bool quitAtOnce)
{
    raisedFlag.store(quitAtOnce);
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
