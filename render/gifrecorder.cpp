#include "gifrecorder.h"

#include "gifencoder.h"

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

GifEncoder::Options encoderOptions()
{
    GifEncoder::Options o;
    o.loopForever = true;
    o.changedRectOnly = true;
    o.paletteSampleFrames = 8;
    return o;
}

}  // namespace

int GifRecorder::automaticEvery(int epochs) { return std::max(1, epochs / 200); }

GifRecorder::GifRecorder(const NetworkSpec& spec, bool classifier, int totalEpochs, const Options& options)
    : spec_(spec), classifier_(classifier), totalEpochs_(totalEpochs), options_(options),
      every_(options.every > 0 ? options.every : automaticEvery(totalEpochs))
{
}

bool GifRecorder::record(const EpochReport& report)
{
    if (!reports_.empty() && report.epoch <= reports_.back().epoch)
        return false;
    const bool ends = report.epoch >= totalEpochs_ || report.diverged;
    if (report.epoch % every_ != 0 && !ends)
        return false;
    reports_.push_back(report);
    if (options_.maxFrames > 1 && int(reports_.size()) > options_.maxFrames)
        thin(ends);
    return true;
}

void GifRecorder::thin(bool keepNewest)
{
    // Keep the multiples of the doubled spacing (and the newest report when it ends the run);
    // the rest go, so the frames stay evenly spread.
    every_ *= 2;
    std::vector<EpochReport> kept;
    kept.reserve(reports_.size() / 2 + 2);
    for (std::size_t k = 0; k < reports_.size(); ++k)
        if (reports_[k].epoch % every_ == 0 || (keepNewest && k + 1 == reports_.size()))
            kept.push_back(std::move(reports_[k]));
    reports_ = std::move(kept);
}

std::vector<int> GifRecorder::frameEpochs() const
{
    std::vector<int> epochs;
    for (const EpochReport& r : reports_)
        epochs.push_back(r.epoch);
    return epochs;
}

std::vector<std::size_t> GifRecorder::spacedFrames(const std::vector<int>& epochs, int every)
{
    std::vector<std::size_t> kept;
    for (std::size_t k = 0; k < epochs.size(); ++k)
        if (kept.empty() || k + 1 == epochs.size() || epochs[k] - epochs[kept.back()] >= every)
            kept.push_back(k);
    return kept;
}

GifRecorder GifRecorder::resampled(const Options& options) const
{
    GifRecorder copy(spec_, classifier_, totalEpochs_, options);
    copy.options_.maxFrames = 0;  // a copy for one save keeps the frames chosen: one more is not a reason to thin
    copy.every_ = std::max(every_, options.every);
    copy.makePanel_ = makePanel_;
    for (std::size_t k : spacedFrames(frameEpochs(), options.every))
        copy.reports_.push_back(reports_[k]);
    return copy;
}

bool GifRecorder::recordFinal(const EpochReport& report)
{
    if (report.epoch <= 0 || (!reports_.empty() && report.epoch <= reports_.back().epoch))
        return false;
    reports_.push_back(report);
    if (options_.maxFrames > 1 && int(reports_.size()) > options_.maxFrames)
        thin(true);
    return true;
}

int GifRecorder::holdCount() const
{
    return reports_.empty() ? 0 : int(std::lround(std::max(0.0, options_.holdSeconds) * options_.fps));
}

int GifRecorder::gifFrameCount() const { return frameCount() + holdCount(); }

QList<QImage> GifRecorder::renderFrames(const std::vector<HistoryEntry>& history, const Progress& progress) const
{
    TrainingFrame frame(spec_, classifier_, options_.frame);
    frame.setRun(history);
    if (makePanel_)
        frame.setPanel(makePanel_());
    QList<QImage> frames;
    const int total = frameCount();  // the held copies of the last frame cost no drawing
    for (const EpochReport& r : reports_) {
        frames.append(frame.render(r, history));
        if (progress && !progress(int(frames.size()), total))
            return {};
    }
    for (int k = 0; k < holdCount(); ++k)
        frames.append(frames.back());  // shared data: no copy of the pixels
    return frames;
}

bool GifRecorder::encode(const QList<QImage>& frames, const QString& path, const Progress& progress,
                         QString* error) const
{
    // The palette comes from the recorded frames, as save() samples it: one run, one palette.
    return GifEncoder::encodeAll(frames, path, options_.fps, encoderOptions(), progress, error, frameCount());
}

bool GifRecorder::save(const QString& path, const std::vector<HistoryEntry>& history, const Progress& progress,
                       QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (reports_.empty())
        return fail(QStringLiteral("%1: no epochs were recorded for the GIF").arg(path));
    TrainingFrame frame(spec_, classifier_, options_.frame);
    frame.setRun(history);
    if (makePanel_)
        frame.setPanel(makePanel_());
    GifEncoder encoder(path, options_.frame.size, options_.fps, encoderOptions());
    encoder.samplePalette(frameCount(), [&](int k) { return frame.render(reports_[std::size_t(k)], history); });
    const int total = gifFrameCount();
    QImage last;
    for (int k = 0; k < total; ++k) {
        if (k < frameCount())
            last = frame.render(reports_[std::size_t(k)], history);
        if (!encoder.addFrame(last))
            return fail(encoder.errorString());
        if (progress && !progress(k + 1, total)) {
            encoder.cancel();
            return fail(QStringLiteral("%1: the GIF export was cancelled").arg(path));
        }
    }
    return encoder.finish() || fail(encoder.errorString());
}

}  // namespace bp
