#pragma once
// Where a static chart's axes put their ticks, and what the labels say: round steps of 1, 2,
// 2.5 or 5 × 10ᵏ, powers of ten on a log axis, as the on-screen chart's tickers choose them.
#include <QString>

#include <vector>

namespace bp {

struct AxisTick {
    double value = 0;
    QString label;
};

class AxisTicks {
public:
    /// Returns the ticks in [lower, upper] about count apart at a round step; with a unit, the
    /// step is a whole multiple of it (epochs: 1). Labels show three significant digits, or
    /// whole numbers with a unit.
    static std::vector<AxisTick> linear(double lower, double upper, int count, double unit = 0);

    /// Returns the ticks of a log axis over [lower, upper] (both > 0): powers of ten, every
    /// k-th one so that about count are shown; a span under 1.6 decades gets linear ticks.
    static std::vector<AxisTick> log(double lower, double upper, int count);

    /// Returns the percent ticks 0 %, step %, … 100 %.
    static std::vector<AxisTick> percent(int step);

    /// Returns v as the chart labels numbers: three significant digits, and an exponent, where
    /// that needs one, written with superscripts (1e-05 → 1·10⁻⁵).
    static QString label(double v);

private:
    static double roundStep(double exact);
};

}  // namespace bp
