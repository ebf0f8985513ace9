#include "temporaryfiles.h"

#include <atomic>
#include <climits>
#include <cstring>

#include <unistd.h>

namespace bp {

namespace {

enum State : int { Free, Filling, Ready };

struct Slot {
    std::atomic<int> state{Free};
    char path[PATH_MAX];
};
static_assert(std::atomic<int>::is_always_lock_free);

Slot slots[TemporaryFiles::capacity];

}  // namespace

int TemporaryFiles::remember(const std::string& path) noexcept
{
    if (path.size() >= PATH_MAX)
        return -1;
    for (int k = 0; k < capacity; ++k) {
        int expected = Free;
        if (!slots[k].state.compare_exchange_strong(expected, Filling))
            continue;
        std::memcpy(slots[k].path, path.c_str(), path.size() + 1);
        slots[k].state.store(Ready);  // published only once the whole path is in place
        return k;
    }
    return -1;
}

void TemporaryFiles::forget(int slot) noexcept
{
    if (slot >= 0 && slot < capacity)
        slots[slot].state.store(Free);
}

void TemporaryFiles::removeAll() noexcept
{
    for (Slot& slot : slots)
        if (slot.state.load() == Ready)
            ::unlink(slot.path);
}

}  // namespace bp
