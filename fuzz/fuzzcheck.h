#pragma once
// What a harness does when a reader breaks a promise without crashing: it says which promise and
// aborts, so that libFuzzer keeps the input as a finding, as it does for a crash.
#include <cstdio>
#include <cstdlib>

namespace bp::fuzz {

/// Returns when holds is true; otherwise prints the broken promise and aborts.
inline void require(bool holds, const char* promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

}  // namespace bp::fuzz
