#pragma once
// The loss history of the run the studio shows, kept once on the window's side: the worker's
// snapshots feed it, the chart and the exports read it. Each snapshot names its run
// (EpochReport::run); a new name means a new run began (fresh weights, a reset, a load), so the
// history starts over with that snapshot's entries. Within a run it only grows.
#include "epochreport.h"

#include <cstdint>
#include <vector>

namespace bp {

class RunHistory {
public:
    /// Adds entries, the history since the previous snapshot of run: appended when run is the
    /// run held, else they start the history of run afresh. Returns true when run is a new run.
    bool add(std::uint64_t run, const std::vector<HistoryEntry>& entries);

    /// Drops the entries after epoch, as a run rolled back from a divergence has; returns true when
    /// it dropped any.
    bool rewind(int epoch);

    /// Forgets the run and its entries (nothing loaded); the next add() starts a new run.
    void clear();

    /// Returns the run held; 0 when none.
    std::uint64_t run() const { return run_; }

    /// Returns the run's entries, one per epoch, in epoch order.
    const std::vector<HistoryEntry>& entries() const { return entries_; }

private:
    std::uint64_t run_ = 0;
    std::vector<HistoryEntry> entries_;
};

}  // namespace bp
