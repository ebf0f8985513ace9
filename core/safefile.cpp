#include "safefile.h"

#include "inputerror.h"
#include "temporaryfiles.h"

#include <cerrno>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
constexpr int kAttempts = 100;  // fresh names tried before giving up on a folder full of look-alikes

// The system's words for error, starting in lower case to follow "cannot …: ".
std::string cause(int error)
{
    if (error == ENOENT)
        return "the folder does not exist";
    std::string text = std::error_code(error, std::generic_category()).message();
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = char(text[0] - 'A' + 'a');
    return text;
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
    struct stat target {};
    if (path_.empty() || path_.back() == '/' || (::stat(path_.c_str(), &target) == 0 && S_ISDIR(target.st_mode)))
        throw InputError(path_, "cannot be written: it is a folder, not a file");
    buffer_.reserve(kBufferSize);
    for (int attempt = 0; attempt < kAttempts && fd_ < 0; ++attempt) {
        temporary_ = temporaryName(path_);
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
    if (::lstat(path_.c_str(), &old) == 0 && S_ISREG(old.st_mode) && ::fchmod(fd_, old.st_mode & 07777) != 0)
        fail("cannot be written", errno);
    if (::fsync(fd_) != 0)
        fail("cannot be written", errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0)
        fail("cannot be written", errno);
    if (::rename(temporary_.c_str(), path_.c_str()) != 0)
        fail("cannot replace the file", errno);
    TemporaryFiles::forget(slot_);
    slot_ = -1;
    temporary_.clear();
    // Sync the folder too, so the new name survives a power cut; a failure here loses nothing written.
    const std::size_t slash = path_.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path_.substr(0, slash);
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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

void SafeFile::writeAll(const std::string& path, std::string_view bytes)
{
    SafeFile file(path);
    file.write(bytes);
    file.commit();
}

}  // namespace bp
