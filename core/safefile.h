#pragma once
// Writes a file so that a reader finds the old file or the whole new one, never half of one: the
// bytes go to a temporary file beside the target (a fresh random name, created exclusively, never
// through a link), are synced to the disk, then renamed over the target. Until commit() succeeds
// the target is untouched; a SafeFile destroyed or discarded before then removes its temporary
// file, and TemporaryFiles::removeAll() does so from a signal handler.
//
// Every failure throws InputError naming the target and the cause ("no space left on the device").
// A target that is a symbolic link is written through: the file at the end of the link chain is
// replaced (its temporary file beside it, so the rename stays atomic) and the link stays a link.
#include <cstddef>
#include <string>
#include <string_view>

namespace bp {

class SafeFile {
public:
    /// Creates the temporary file beside path (beside its final target when path is a link);
    /// throws InputError naming path when it cannot (no such folder, not allowed, path is a
    /// folder or a device, or anything else but a regular file).
    explicit SafeFile(std::string path);
    /// Removes the temporary file unless commit() succeeded.
    ~SafeFile();
    SafeFile(const SafeFile&) = delete;
    SafeFile& operator=(const SafeFile&) = delete;

    /// Appends bytes (buffered); throws InputError naming the target, and discards, on a write error.
    void write(const void* data, std::size_t size);
    /// Appends bytes, as above.
    void write(std::string_view bytes) { write(bytes.data(), bytes.size()); }

    /// Syncs the bytes to the disk and renames the file over the target, keeping an old target's
    /// permissions; throws InputError naming the target, and discards, on failure.
    void commit();

    /// Closes and removes the temporary file, leaving the target as it was; harmless when done.
    void discard() noexcept;

    /// Returns the target path.
    const std::string& path() const { return path_; }
    /// Returns the temporary file's path while it exists (before commit or discard), else "".
    const std::string& temporaryPath() const { return temporary_; }

    /// Writes bytes to path as one SafeFile: the whole new file, or InputError and the old one.
    static void writeAll(const std::string& path, std::string_view bytes);

    /// Throws the InputError a SafeFile for path would throw before writing (a folder, not a regular
    /// file, no such folder, a folder it may not write in); creates nothing.
    static void requireWritable(const std::string& path);

    /// Returns the file path names once its symbolic links are followed (path itself when it is none).
    static std::string finalTarget(const std::string& path);

private:
    void flush();
    [[noreturn]] void fail(const char* doing, int error);

    std::string path_;
    std::string target_;  // path_ with its links followed: the file the rename replaces
    std::string temporary_;
    std::string buffer_;
    int fd_ = -1;
    int slot_ = -1;  // TemporaryFiles slot of temporary_
};

}  // namespace bp
