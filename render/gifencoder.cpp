#include "gifencoder.h"

#include "gifframe.h"
#include "gifpalette.h"
#include "inputerror.h"
#include "safefile.h"

#include <QFile>
#include <gif_lib.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bp {
namespace {

using ColourMap = std::unique_ptr<ColorMapObject, void (*)(ColorMapObject*)>;

// A GIF colour map holds a power of two ≥ entries colours (at least 2); unused slots stay black.
ColourMap makeMap(const std::vector<QRgb>& colours, int entries)
{
    int size = 2;
    while (size < entries)
        size *= 2;
    std::vector<GifColorType> padded(std::size_t(size), GifColorType{0, 0, 0});
    for (std::size_t i = 0; i < colours.size(); ++i)
        padded[i] = {GifByteType(qRed(colours[i])), GifByteType(qGreen(colours[i])), GifByteType(qBlue(colours[i]))};
    return ColourMap(GifMakeMapObject(size, padded.data()), GifFreeMapObject);
}

QImage asRgb32(const QImage& frame, QSize size)
{
    QImage image = frame.size() == size
        ? frame : frame.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
}

}  // namespace

GifEncoder::GifEncoder(QString path, QSize size, double fps) : GifEncoder(std::move(path), size, fps, Options{}) {}

GifEncoder::GifEncoder(QString path, QSize size, double fps, const Options& options)
    : m_path(std::move(path)), m_size(size), m_fps(fps), m_options(options)
{
    if (size.isEmpty() || size.width() > 65535 || size.height() > 65535 || !(fps > 0)) {
        m_error = QStringLiteral("Cannot write GIF '%1': size %2×%3 at %4 fps is not a valid animation")
                      .arg(m_path).arg(size.width()).arg(size.height()).arg(fps);
        return;
    }
    try {
        m_file = std::make_unique<SafeFile>(QFile::encodeName(m_path).toStdString());
    } catch (const InputError& e) {
        m_error = QString::fromStdString(e.what());  // "path: cannot be written: cause"
        return;
    }
    int error = 0;
    m_gif = EGifOpen(this, &GifEncoder::output, &error);
    if (!m_gif)
        fail(QStringLiteral("Cannot create GIF"), error);
}

int GifEncoder::output(GifFileType* gif, const GifByteType* bytes, int length)
{
    // giflib is C: no exception may cross it, so a write error is kept and reported as a short write.
    auto* self = static_cast<GifEncoder*>(gif->UserData);
    try {
        self->m_file->write(bytes, std::size_t(length));
        return length;
    } catch (const InputError& e) {
        self->m_writeError = QString::fromStdString(e.what());
        return 0;
    }
}

GifEncoder::~GifEncoder()
{
    if (!m_finished)
        cancel();
}

QString GifEncoder::temporaryPath() const
{
    return m_file ? QFile::decodeName(QByteArray::fromStdString(m_file->temporaryPath())) : QString();
}

void GifEncoder::setPaletteSample(const QList<QImage>& sample)
{
    if (!m_headerWritten && !sample.isEmpty())
        m_palette = std::make_unique<GifPalette>(
            GifPalette::fromSample(sample, std::clamp(m_options.colours, 2, 255)));
}

void GifEncoder::samplePalette(int frameCount, const std::function<QImage(int)>& frameAt)
{
    // k-th of count samples: frame ⌊k·(frameCount − 1) / (count − 1)⌋, so the first and the last are in.
    const int count = std::max(1, std::min(m_options.paletteSampleFrames, frameCount));
    QList<QImage> sample;
    for (int k = 0; k < count && frameCount > 0; ++k)
        sample.append(frameAt(int(qint64(k) * (frameCount - 1) / std::max(1, count - 1))));
    setPaletteSample(sample);
}

bool GifEncoder::addFrame(const QImage& frame)
{
    if (!m_gif) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("GIF '%1' is already complete").arg(m_path);
        return false;
    }
    if (frame.isNull())
        return fail(QStringLiteral("Empty frame for GIF"), 0);
    ++m_frames;
    const QImage image = asRgb32(frame, m_size);
    if (m_headerWritten)
        return writeFrame(image);
    m_pending.append(image);
    return !m_palette && m_pending.size() < m_options.paletteSampleFrames ? true : writeHeader();
}

bool GifEncoder::finish()
{
    if (!m_gif || m_finished)
        return m_finished;
    if (m_frames == 0)
        return fail(QStringLiteral("No frames to write to GIF"), 0);
    if (!m_headerWritten && !writeHeader())
        return false;
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;  // freed by giflib either way
    if (closed != GIF_OK)
        return fail(QStringLiteral("Cannot complete GIF"), error);
    try {
        m_file->commit();
    } catch (const InputError& e) {
        m_writeError = QString::fromStdString(e.what());
        return fail(QStringLiteral("Cannot save GIF"), 0);
    }
    m_file.reset();
    m_finished = true;
    return true;
}

void GifEncoder::cancel()
{
    if (m_finished || !m_file)
        return;
    int error = 0;
    if (m_gif)
        EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    m_file.reset();  // removes the temporary file
    m_pending.clear();
    if (m_error.isEmpty())
        m_error = QStringLiteral("Export of GIF '%1' was cancelled").arg(m_path);
}

bool GifEncoder::fail(const QString& what, int gifError)
{
    // A write error (from SafeFile) names the path and the system's cause; giflib's only says "write failed".
    if (!m_writeError.isEmpty())
        m_error = m_writeError;
    else if (gifError != 0)
        m_error = QStringLiteral("%1 '%2': %3").arg(what, m_path, QString::fromLatin1(GifErrorString(gifError)));
    else
        m_error = QStringLiteral("%1 '%2'").arg(what, m_path);
    cancel();
    return false;
}

bool GifEncoder::writeHeader()
{
    if (!m_palette)
        setPaletteSample(m_pending);
    const ColourMap global = makeMap(m_palette->colours(), m_palette->size() + 1);  // one more slot: the transparent index
    EGifSetGifVersion(m_gif, true);  // GIF89a, needed for the extensions
    if (EGifPutScreenDesc(m_gif, m_size.width(), m_size.height(), 8, 0, global.get()) != GIF_OK)
        return fail(QStringLiteral("Cannot write GIF"), m_gif->Error);
    if (m_options.loopForever) {
        // NETSCAPE2.0 application block; sub-block {1, loop count low, high} with count 0 = forever.
        static const GifByteType app[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
        static const GifByteType loop[] = {1, 0, 0};
        if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK
            || EGifPutExtensionBlock(m_gif, sizeof app, app) != GIF_OK
            || EGifPutExtensionBlock(m_gif, sizeof loop, loop) != GIF_OK
            || EGifPutExtensionTrailer(m_gif) != GIF_OK)
            return fail(QStringLiteral("Cannot write GIF"), m_gif->Error);
    }
    m_headerWritten = true;
    const QList<QImage> pending = std::exchange(m_pending, {});
    for (const QImage& image : pending)
        if (!writeFrame(image))
            return false;
    return true;
}

int GifEncoder::delayOfFrame(int k) const
{
    // Frame k ends at round(100·(k+1)/fps) centiseconds, so rounding errors never accumulate;
    // viewers treat delays below 2 as slow, so faster than 50 fps plays at 50.
    const auto end = [this](int j) { return int(std::lround(100.0 * j / m_fps)); };
    return std::max(2, end(k + 1) - end(k));
}

bool GifEncoder::writeFrame(const QImage& frame)
{
    const QImage& previous = m_options.changedRectOnly ? m_previous : QImage();
    QRect rect = GifFrame::changedRect(frame, previous);
    if (rect.isEmpty())
        rect = QRect(0, 0, 1, 1);  // nothing changed: one transparent pixel carries the delay
    const GifFrame block = GifFrame::withPalette(frame, previous, rect, *m_palette);

    GraphicsControlBlock control{DISPOSE_DO_NOT, false, delayOfFrame(m_written), block.transparent};
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) != GIF_OK)
        return fail(QStringLiteral("Cannot write GIF"), m_gif->Error);

    if (EGifPutImageDesc(m_gif, rect.left(), rect.top(), rect.width(), rect.height(), false, nullptr) != GIF_OK)
        return fail(QStringLiteral("Cannot write GIF"), m_gif->Error);
    for (int y = 0; y < rect.height(); ++y) {
        auto* line = const_cast<GifPixelType*>(block.indices.data() + std::size_t(y) * std::size_t(rect.width()));
        if (EGifPutLine(m_gif, line, rect.width()) != GIF_OK)
            return fail(QStringLiteral("Cannot write GIF"), m_gif->Error);
    }
    m_previous = frame;
    ++m_written;
    return true;
}

bool GifEncoder::encodeAll(const QList<QImage>& frames, const QString& path, double fps, const Options& options,
                           const std::function<bool(int, int)>& progress, QString* error, int distinctFrames)
{
    const auto report = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (frames.isEmpty())
        return report(QStringLiteral("No frames to write to GIF '%1'").arg(path));
    GifEncoder encoder(path, frames.first().size(), fps, options);
    const int sampled = distinctFrames < 0 ? int(frames.size()) : std::min(distinctFrames, int(frames.size()));
    encoder.samplePalette(sampled, [&frames](int k) { return frames[k]; });
    for (int i = 0; i < frames.size(); ++i) {
        if (!encoder.addFrame(frames[i]))
            return report(encoder.errorString());
        if (progress && !progress(i + 1, int(frames.size()))) {
            encoder.cancel();
            return report(encoder.errorString());
        }
    }
    return encoder.finish() || report(encoder.errorString());
}

}  // namespace bp
