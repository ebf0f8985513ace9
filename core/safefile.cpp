#include "safefile.h"

#include "inputerror.h"
#include "systemerror.h"
#include "temporaryfiles.h"

#include <cerrno>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
constexpr int kAttempts = 100;  // fresh names tried before giving up on a folder full of look-alikes
constexpr int kMaxLinks = 40;   // links followed before the chain counts as a loop, as the kernel does

// The words for error, to follow "cannot …: "; a file that cannot be created lacks its folder.
std::string cause(int error)
{
    return error == ENOENT ? "the folder does not exist" : systemErrorText(error);
}

// The folder of path, for opening or checking it: "." for a bare name.
std::string folderOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

// ".name.XXXXXXXXXX.tmp" beside path: hidden, unguessable, and short enough for any file name.
std::string temporaryName(const std::string& path)
{
    static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937_64 random{(std::uint64_t(std::random_device{}()) << 32) ^ std::random_device{}()
                                        ^ std::uint64_t(::getpid())};
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    const std::string name = path.substr(folder.size()).substr(0, 200);
    std::string suffix(10, ' ');
    for (char& c : suffix)
        c = letters[random() % (sizeof letters - 1)];
    return folder + "." + name + "." + suffix + ".tmp";
}

}  // namespace

SafeFile::SafeFile(std::string path) : path_(std::move(path))
{
    requireWritable(path_);
    target_ = finalTarget(path_);
    buffer_.reserve(kBufferSize);
    for (int attempt = 0; attempt < kAttempts && fd_ < 0; ++attempt) {
        temporary_ = temporaryName(target_);
        // O_EXCL: a name that exists (a file, or a link planted there) is never reused or followed.
        fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd_ < 0 && errno != EEXIST)
            break;
    }
    if (fd_ < 0) {
        const int error = errno;
        temporary_.clear();
        throw InputError(path_, "cannot be written: " + cause(error));
    }
    slot_ = TemporaryFiles::remember(temporary_);
}

SafeFile::~SafeFile() { discard(); }

void SafeFile::write(const void* data, std::size_t size)
{
    if (fd_ < 0)
        throw InputError(path_, "cannot be written: the file is already closed");
    buffer_.append(static_cast<const char*>(data), size);
    if (buffer_.size() >= kBufferSize)
        flush();
}

void SafeFile::flush()
{
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("cannot be written", n < 0 ? errno : ENOSPC);
        done += std::size_t(n);
    }
    buffer_.clear();
}

void SafeFile::commit()
{
    if (fd_ < 0)
        throw InputError(path_, "cannot be written: the file is already closed");
    flush();
    struct stat old {};
    if (::lstat(target_.c_str(), &old) == 0 && S_ISREG(old.st_mode) && ::fchmod(fd_, old.st_mode & 07777) != 0)
        fail("cannot be written", errno);
    if (::fsync(fd_) != 0)
        fail("cannot be written", errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0)
        fail("cannot be written", errno);
    if (::rename(temporary_.c_str(), target_.c_str()) != 0)
        fail("cannot replace the file", errno);
    TemporaryFiles::forget(slot_);
    slot_ = -1;
    temporary_.clear();
    // Sync the folder too, so the new name survives a power cut; a failure here loses nothing written.
    const int dir = ::open(folderOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void SafeFile::discard() noexcept
{
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
    if (!temporary_.empty())
        ::unlink(temporary_.c_str());
    TemporaryFiles::forget(slot_);
    slot_ = -1;
    temporary_.clear();
    buffer_.clear();
}

void SafeFile::fail(const char* doing, int error)
{
    discard();
    throw InputError(path_, std::string(doing) + ": " + cause(error));
}

std::string SafeFile::finalTarget(const std::string& path)
{
    std::string target = path;
    for (int links = 0;; ++links) {
        struct stat st {};
        if (::lstat(target.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
            return target;  // a file, or nothing yet: the write creates it
        if (links == kMaxLinks)
            throw InputError(path, "cannot be written: " + systemErrorText(ELOOP));
        std::string link(std::size_t(st.st_size > 0 ? st.st_size : 4095) + 1, '\0');
        const ssize_t n = ::readlink(target.c_str(), link.data(), link.size());
        if (n < 0 || std::size_t(n) >= link.size())
            throw InputError(path, "cannot be written: the link cannot be read");
        link.resize(std::size_t(n));
        // A relative link is relative to the folder holding it.
        target = link.starts_with('/') || target.find('/') == std::string::npos ? link : folderOf(target) + "/" + link;
    }
}

void SafeFile::requireWritable(const std::string& path)
{
    struct stat st {};
    if (path.empty() || path.back() == '/' || (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)))
        throw InputError(path, "cannot be written: it is a folder, not a file");
    const std::string target = finalTarget(path);
    if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        throw InputError(path, "cannot be written: it is not a regular file");
    const std::string folder = folderOf(target);
    if (::stat(folder.c_str(), &st) != 0)
        throw InputError(path, "cannot be written: " + cause(errno));
    if (!S_ISDIR(st.st_mode))
        throw InputError(path, "cannot be written: " + folder + " is not a folder");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw InputError(path, "cannot be written: " + cause(errno));
}

void SafeFile::writeAll(const std::string& path, std::string_view bytes)
{
    SafeFile file(path);
    file.write(bytes);
    file.commit();
}

}  // namespace bp
