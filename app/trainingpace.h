#pragma once
// How fast the studio trains. A speed is a cap in epochs per second (> 0), fastest, or watchable.
//
// Watchable is the studio's first choice. Untamed, the XOR design's 500 epochs end in about a
// tenth of a second: the graph and the chart jump from start to end and nothing can be watched.
// Watchable paces each run to take about watchableSeconds, long enough to follow the loss curve
// bend and the edges settle, short enough not to wait on, and keeps the pace within
// [watchableFloor, watchableCeiling] epochs per second. The floor keeps short runs moving (50
// epochs still go at 20 a second, not 3); the ceiling is where the window stops seeing every
// epoch, since it is sent at most about 30 snapshots a second, so at 60 it shows every second
// one and faster runs would skip most. Networks too big to reach the pace train as fast as they can.
#include <algorithm>
#include <climits>
#include <cmath>

namespace bp {

class TrainingPace {
public:
    static constexpr int fastest = 0;     // no cap
    static constexpr int watchable = -1;  // each run paced to about watchableSeconds
    static constexpr double watchableSeconds = 18;
    static constexpr int watchableFloor = 20;    // epochs per second
    static constexpr int watchableCeiling = 60;  // epochs per second

    /// Returns the epochs-per-second cap speed means for a run of runEpochs epochs; 0 = none.
    static int cap(int speed, int runEpochs)
    {
        if (speed != watchable)
            return std::max(0, speed);
        const double even = double(std::max(1, runEpochs)) / watchableSeconds;
        return std::clamp(int(std::lround(even)), watchableFloor, watchableCeiling);
    }
};

} // namespace bp
