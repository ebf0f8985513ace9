#include "gifsavejob.h"

#include "outofmemory.h"

#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace bp {

namespace {
QString outOfMemory(const QString& path)
{
    return QObject::tr("%1: there is not enough memory to make this GIF; choose fewer frames or a smaller size").arg(path);
}
}  // namespace

GifSaveJob::GifSaveJob(std::shared_ptr<const GifRecorder> recorder, std::vector<HistoryEntry> history, QString path,
                       QObject* parent)
    : QObject(parent), recorder_(std::move(recorder)), history_(std::move(history)), path_(std::move(path))
{
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, &GifSaveJob::onEncoded);
}

GifSaveJob::~GifSaveJob()
{
    cancelled_->store(true);
    watcher_.waitForFinished();
}

void GifSaveJob::start(QProgressDialog* dialog)
{
    dialog_ = dialog;
    if (!recorder_ || recorder_->frameCount() == 0) {
        const QString error = tr("%1: there is no training to show yet; train the network first").arg(path_);
        QTimer::singleShot(0, this, [this, error] { end(false, error); });
        return;
    }
    if (dialog_) {
        connect(dialog_, &QProgressDialog::canceled, this, &GifSaveJob::cancel);
        dialog_->setLabelText(tr("Drawing %1 frames…").arg(recorder_->frameCount()));
        dialog_->setRange(0, recorder_->frameCount());
        dialog_->setValue(0);
    }
    QTimer::singleShot(0, this, &GifSaveJob::draw);  // after this returns: the caller connects first
}

void GifSaveJob::cancel() { cancelled_->store(true); }

void GifSaveJob::draw()
{
    // A modal dialog's setValue handles pending events, so the window repaints and Cancel is seen
    // between frames; without a dialog nothing runs between them, as in the CLI.
    QList<QImage> frames;
    try {
        frames = recorder_->renderFrames(history_, [this](int done, int total) {
            if (dialog_) {
                dialog_->setMaximum(total);
                dialog_->setValue(done);
                if (dialog_->wasCanceled())
                    cancel();
            }
            return !cancelled_->load();
        });
    } catch (const std::exception& e) {
        if (!isOutOfMemory(e))
            throw;
        return end(false, outOfMemory(path_));
    }
    if (frames.isEmpty() || cancelled_->load())
        return end(false, tr("%1: the GIF export was cancelled").arg(path_));
    encode(std::move(frames));
}

void GifSaveJob::encode(QList<QImage> frames)
{
    if (dialog_) {
        dialog_->setLabelText(tr("Encoding %1 frames…").arg(frames.size()));
        dialog_->setValue(0);
        dialog_->setRange(0, int(frames.size()));
        connect(&watcher_, &QFutureWatcher<QString>::progressValueChanged, dialog_.data(), [this](int done) {
            dialog_->setValue(done);
            if (dialog_->wasCanceled())
                cancel();
        });
    }
    // The encoder owns the frames and shares the recorder and the flag, never this job.
    const auto encodeFrames = [recorder = recorder_, frames = std::move(frames), path = path_,
                               cancelled = cancelled_](QPromise<QString>& promise) {
        promise.setProgressRange(0, int(frames.size()));
        QString error;
        bool ok = false;
        try {
            ok = recorder->encode(frames, path, [&promise, &cancelled](int done, int) {
                promise.setProgressValue(done);
                return !cancelled->load();
            }, &error);
        } catch (const std::exception& e) {
            if (!isOutOfMemory(e))
                throw;
            error = outOfMemory(path);
        }
        promise.addResult(ok ? QString() : error.isEmpty() ? QStringLiteral("%1: the GIF could not be written").arg(path)
                                                           : error);
    };
    watcher_.setFuture(QtConcurrent::run(encodeFrames));
}

void GifSaveJob::onEncoded()
{
    const QString error = watcher_.future().resultCount() > 0 ? watcher_.result() : tr("%1: the GIF export stopped").arg(path_);
    if (cancelled_->load() && !error.isEmpty())
        return end(false, tr("%1: the GIF export was cancelled").arg(path_));
    end(error.isEmpty(), error);
}

void GifSaveJob::end(bool ok, const QString& error)
{
    if (ended_)
        return;
    ended_ = true;
    emit finished(ok, error);
}

}  // namespace bp
