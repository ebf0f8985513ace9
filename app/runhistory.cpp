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

bool RunHistory::rewind(int epoch)
{
    const std::size_t before = entries_.size();
    while (!entries_.empty() && entries_.back().epoch > epoch)
        entries_.pop_back();
    return entries_.size() != before;
}

void RunHistory::clear()
{
    run_ = 0;
    entries_.clear();
}

}  // namespace bp
