#pragma once
// Training progress on the terminal: a live bar on a terminal, plain lines in a pipe or log.
#include "epochreport.h"
#include "namedvalue.h"

#include <chrono>
#include <cstdio>

namespace bp {

/// What `train --report` adds to every progress line.
enum class ProgressReport { Gradients };
inline constexpr NamedValue<ProgressReport> progressReports[] = {
    {ProgressReport::Gradients, "gradients", "each layer's gradient norm"},
};

class ProgressBar {
public:
    /// Prepares to show progress towards `epochs` epochs on out.
    ProgressBar(std::FILE* out, int epochs);

    /// Adds every layer's ‖∂L/∂W‖ (of the epoch's last batch, input side first) to each line and
    /// the bar, after "gradients".
    void showGradients(bool show) { gradients_ = show; }

    /// Shows the report: redraws the bar at most 20 times a second on a terminal; otherwise prints
    /// (and flushes) a line at every tenth of the run, and after 5 s without one on long runs.
    void show(const EpochReport& report);

    /// Ends the bar's line, so the summary starts on a fresh one.
    void finish();

private:
    void printGradients(const EpochReport& report) const;

    std::FILE* out_;
    int epochs_;
    bool terminal_;
    int nextLine_ = 0;  // the epoch at which the next plain line is due
    std::chrono::steady_clock::time_point last_{};  // when the bar or the last line was drawn
    bool drawn_ = false;
    bool gradients_ = false;
};

}  // namespace bp
