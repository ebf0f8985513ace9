#pragma once
// The temporary files a SafeFile has made and not yet renamed or removed, kept where a signal
// handler may read them: a handler about to end the program (the CLI's second Ctrl-C) calls
// removeAll() so no temporary file outlives the process.
#include <string>

namespace bp {

class TemporaryFiles {
public:
    static constexpr int capacity = 32;  // files open at once; more are still removed by their owner

    /// Remembers path; returns its slot for forget(), or -1 when every slot is taken or path is too long.
    static int remember(const std::string& path) noexcept;

    /// Forgets the path in slot (from remember); -1 does nothing.
    static void forget(int slot) noexcept;

    /// Unlinks every remembered path; async-signal-safe (atomics and unlink only).
    static void removeAll() noexcept;
};

}  // namespace bp
