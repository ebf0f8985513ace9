#include "runhistory.h"

namespace bp {

bool RunHistory::add(std::uint64_t run, const std::vector<HistoryEntry>& entries)
{
    const bool fresh = run != run_;
    if (fresh) {
        run_ = run;
        entries_.clear();
    }
    entries_.insert(entries_.end(), entries.begin(), entries.end());
    return fresh;
}

void RunHistory::clear()
{
    run_ = 0;
    entries_.clear();
}

}  // namespace bp
