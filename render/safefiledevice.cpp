#include "safefiledevice.h"

#include "inputerror.h"
#include "safefile.h"

#include <QFile>

namespace bp {

SafeFileDevice::SafeFileDevice(QString path) : path_(std::move(path)) {}

SafeFileDevice::~SafeFileDevice() = default;

bool SafeFileDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly)) {
        fail(path_ + QStringLiteral(": can only be written"));
        return false;
    }
    try {
        file_ = std::make_unique<SafeFile>(QFile::encodeName(path_).toStdString());
    } catch (const InputError& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

bool SafeFileDevice::commit()
{
    if (!file_) {
        if (!failed_)
            fail(path_ + QStringLiteral(": cannot be written: the file is not open"));
        return false;
    }
    QIODevice::close();
    try {
        file_->commit();
        file_.reset();
        return true;
    } catch (const InputError& e) {
        fail(QString::fromStdString(e.what()));
        file_.reset();
        return false;
    }
}

void SafeFileDevice::cancelWriting()
{
    if (isOpen())
        QIODevice::close();
    file_.reset();
}

bool SafeFileDevice::writeImage(const QImage& image, const QString& path, const char* format, QString* error)
{
    SafeFileDevice file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    const bool encoded = opened && image.save(&file, format);
    if (encoded && file.commit())
        return true;
    if (error)  // the device's error names the path and the cause; without one the encoder failed
        *error = file.failed_ ? file.errorString() : QStringLiteral("%1: the %2 could not be encoded").arg(path, format);
    return false;
}

void SafeFileDevice::fail(const QString& message)
{
    failed_ = true;
    setErrorString(message);
}

qint64 SafeFileDevice::readData(char*, qint64) { return -1; }

qint64 SafeFileDevice::writeData(const char* data, qint64 size)
{
    if (!file_)
        return -1;
    try {
        file_->write(data, std::size_t(size));
        return size;
    } catch (const InputError& e) {
        fail(QString::fromStdString(e.what()));
        file_.reset();  // the temporary file is already gone
        return -1;
    }
}

}  // namespace bp
