#pragma once
// A QIODevice over SafeFile, so Qt writers (QImage::save, QSvgGenerator, QPixmap::save) stream into
// the same safe write as every other file: a temporary file beside the target, created
// exclusively, synced and renamed over the target by commit(). Used like QSaveFile.
#include <QIODevice>
#include <QImage>
#include <QString>

#include <memory>

namespace bp {

class SafeFile;

class SafeFileDevice : public QIODevice {
public:
    /// Prepares to write path; nothing is created before open().
    explicit SafeFileDevice(QString path);
    /// Removes the temporary file unless commit() succeeded.
    ~SafeFileDevice() override;

    /// Creates the temporary file (write-only modes only); false with errorString() naming the path and cause.
    bool open(OpenMode mode) override;
    /// Renames what was written over the target; false with errorString() naming the path and
    /// cause. The temporary file is gone afterwards either way.
    bool commit();
    /// Abandons what was written: the temporary file goes and the target stays as it was.
    void cancelWriting();
    /// Returns the target path.
    const QString& path() const { return path_; }
    /// Encodes image as format ("PNG") into path safely; false with *error naming the path and cause.
    static bool writeImage(const QImage& image, const QString& path, const char* format, QString* error = nullptr);

    /// Returns true: bytes only go forward.
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 size) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    void fail(const QString& message);

    QString path_;
    bool failed_ = false;  // errorString() holds our "path: cause"
    std::unique_ptr<SafeFile> file_;
};

}  // namespace bp
