#include "ratelimiter.h"

#include <algorithm>

namespace bp {

RateLimiter::RateLimiter(int intervalMs, std::function<void()> action, QObject* parent)
    : QObject(parent), intervalMs_(intervalMs), action_(std::move(action))
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &RateLimiter::run);
}

void RateLimiter::request()
{
    if (timer_.isActive())
        return;  // already waiting: that run will show the newest state
    const qint64 elapsed = since_.isValid() ? since_.elapsed() : intervalMs_;
    if (elapsed >= intervalMs_)
        run();
    else
        timer_.start(int(std::max<qint64>(1, intervalMs_ - elapsed)));
}

void RateLimiter::flush()
{
    if (timer_.isActive())
        run();
}

void RateLimiter::run()
{
    timer_.stop();
    since_.start();
    action_();
}

}  // namespace bp
