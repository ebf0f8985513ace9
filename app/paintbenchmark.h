#pragma once
// The network graph timing itself: how long one paint of a large network takes, the graph lit by
// a report as it is while training, at the size of a full-screen graph view.
#include "networkspec.h"

#include <QSize>
#include <QString>

#include <utility>
#include <vector>

namespace bp {

class PaintBenchmark {
public:
    static constexpr int paints = 21;          // the median of this many paints is reported
    static inline const QSize area{1280, 720};

    /// One network to time and the paint time it should stay under.
    struct Case {
        std::vector<int> widths;  // inputs, then each layer's neurons
        double targetMs;
    };

    /// Returns the cases timed: 64-128-64-10 (about 17,000 edges, < 8 ms) and 784-128-10
    /// (about 100,000 edges, < 16 ms).
    static std::vector<Case> cases();

    /// Times every case and prints one PAINT line each on stdout; returns 0.
    static int run();

private:
    /// Returns the median wall and thread-CPU milliseconds of `paints` paints of a network of these
    /// widths, every edge lit by a made-up report with a different ΔW on each.
    static std::pair<double, double> medianPaintMs(const std::vector<int>& widths);

    /// Returns the PAINT line for a case and its measured medians.
    static QString line(const Case& c, double wallMs, double cpuMs);
};

}  // namespace bp
