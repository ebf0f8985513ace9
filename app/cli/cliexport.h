#pragma once
// The picture and data exports of `backprop train` and `backprop export`: the architecture
// (PNG or SVG), a training GIF recorded while training runs, and the loss history (CSV or PNG).
#include "session.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

namespace bp {

class GifRecorder;

class CliExport {
public:
    /// Adds --export-architecture, --scale, --export-loss and, with gif, the --export-gif options.
    static void addOptions(QCommandLineParser& parser, bool gif);

    /// Reads the export options; throws UsageError for a bad value or file extension.
    explicit CliExport(const QCommandLineParser& parser);
    ~CliExport();

    /// Starts recording the GIF, if asked, for the session's coming run; returns the epochs
    /// between recorded frames, or 0 when no GIF is asked for.
    int beginRecording(const Session& session);

    /// Keeps the report for the GIF when it falls on a frame's epoch.
    void record(const EpochReport& report);

    /// Gives the GIF the run's last epoch as its final frame, for a run stopped before its end.
    void recordFinal(const EpochReport& report);

    /// Writes every asked export of the session (the GIF only after beginRecording); prints one
    /// line per file; throws InputError naming the path when one cannot be written. When stop
    /// turns true while the GIF is written, the GIF is abandoned and leaves no file.
    void write(const Session& session, const std::atomic<bool>* stop = nullptr);

    /// Returns true when any export was asked for.
    bool any() const { return !architecture_.isEmpty() || !loss_.isEmpty() || !gif_.isEmpty(); }

private:
    void writeArchitecture(const Session& session) const;
    void writeLoss(const Session& session) const;
    void writeGif(const Session& session, const std::atomic<bool>* stop) const;

    QString architecture_, loss_, gif_;  // target paths; empty when not asked
    qreal scale_ = 1;
    int gifEvery_ = 0;  // 0 = automatic
    double gifFps_ = 15;
    QSize gifSize_{960, 540};
    bool gifChart_ = false;
    std::unique_ptr<GifRecorder> recorder_;
};

}  // namespace bp
