#pragma once
// Runs an action at most once per interval: the first request at once, later ones folded into one
// run when the interval is up, so the newest state is always shown and never more often than that.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace bp {

class RateLimiter : public QObject {
    Q_OBJECT
public:
    /// Makes a limiter that runs action at most once every intervalMs milliseconds.
    RateLimiter(int intervalMs, std::function<void()> action, QObject* parent = nullptr);

    /// Runs the action now if the interval has passed since it last ran, else once when it has.
    void request();

    /// Runs a waiting action now; does nothing if none waits.
    void flush();

    /// Forgets a waiting action.
    void cancel() { timer_.stop(); }

    /// Returns true while an action waits for its turn.
    bool pending() const { return timer_.isActive(); }

private:
    void run();

    int intervalMs_;
    std::function<void()> action_;
    QTimer timer_;       // single shot, armed while an action waits
    QElapsedTimer since_;  // since the action last ran; invalid before the first run
};

}  // namespace bp
