#pragma once
// Writes an animated GIF frame by frame; the file appears only when finish() succeeds.
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

struct GifFileType;

namespace bp {

class GifPalette;
class SafeFile;

class GifEncoder {
public:
    // Every frame is indexed with one colour table built from a sample of frames.
    struct Options {
        bool loopForever = true;       // NETSCAPE2.0 extension with loop count 0
        bool changedRectOnly = true;   // emit only the changed bounding box, unchanged pixels transparent
        int colours = 255;             // global palette size, 2..255 (fewer: smaller file, coarser colours)
        int paletteSampleFrames = 8;   // frames the global palette is built from: the first ones added unless sampled
    };

    /// Opens a temporary file beside path (a SafeFile) for frames of the given size shown at fps frames per second;
    /// on failure errorString() says why and every later call returns false.
    GifEncoder(QString path, QSize size, double fps);
    /// Same as above with explicit options.
    GifEncoder(QString path, QSize size, double fps, const Options& options);
    /// Removes the temporary file unless finish() succeeded.
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    /// Builds the global palette from these frames instead of the first paletteSampleFrames frames added
    /// (which are held in memory until then); call before addFrame. Colours never seen map to the nearest.
    void setPaletteSample(const QList<QImage>& sample);
    /// Builds the global palette from paletteSampleFrames of frameCount frames spread evenly from the
    /// first to the last, so late colours get entries too; frameAt(k) draws frame k.
    void samplePalette(int frameCount, const std::function<QImage(int k)>& frameAt);
    /// Appends a frame, scaled to the GIF's size if it differs; returns false after an error.
    bool addFrame(const QImage& frame);
    /// Completes the file, syncs it and renames it over the target path; returns false (and leaves
    /// no temporary file, and any old target untouched) on error.
    bool finish();
    /// Abandons an unfinished export: closes and removes the temporary file; the target path is left untouched.
    void cancel();

    /// Returns the last error, naming the target path, or an empty string.
    QString errorString() const { return m_error; }
    /// Returns the number of frames accepted so far.
    int frameCount() const { return m_frames; }
    /// Returns the temporary file written until finish() or cancel(), else an empty string.
    QString temporaryPath() const;

    /// Encodes all frames (size of the first) to path, the palette sampled from the first
    /// distinctFrames (all when -1; a recording's held copies of its last frame are not sampled),
    /// calling progress(done, total) after each; stops, removes the file and returns false when
    /// progress returns false or on error.
    static bool encodeAll(const QList<QImage>& frames, const QString& path, double fps, const Options& options,
                          const std::function<bool(int done, int total)>& progress = {}, QString* error = nullptr,
                          int distinctFrames = -1);

private:
    static int output(GifFileType* gif, const unsigned char* bytes, int length);
    bool fail(const QString& what, int gifError);
    bool writeHeader();
    bool writeFrame(const QImage& frame);
    int delayOfFrame(int k) const;

    QString m_path;
    QSize m_size;
    double m_fps;
    Options m_options;
    GifFileType* m_gif = nullptr;
    std::unique_ptr<GifPalette> m_palette;   // once built
    QList<QImage> m_pending;                 // frames waiting for the global palette
    QImage m_previous;                       // last frame written, Format_RGB32
    std::unique_ptr<SafeFile> m_file;        // the temporary file, until finished or cancelled
    QString m_writeError;                    // the file's last write error, naming path and cause
    bool m_headerWritten = false;
    bool m_finished = false;
    int m_frames = 0;
    int m_written = 0;
    QString m_error;
};

}  // namespace bp
