#include "gifsavejob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

#include <atomic>
#include <thread>

namespace bp {

GifSaveJob::GifSaveJob(std::shared_ptr<const bp::GifRecorder> recorder, std::vector<bp::HistoryEntry> history)
    : recorder_(std::move(recorder)), history_(std::move(history))
{
}

bool GifSaveJob::save(const QString& path, QProgressDialog* dialog, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!recorder_ || recorder_->frameCount() == 0)
        return fail(QCoreApplication::translate("GifSaveJob", "%1: there is no training to show yet; "
                                                              "train the network first").arg(path));
    // Shared: progress updates queued to the dialog may run after this function has returned.
    const auto cancelled = std::make_shared<std::atomic<bool>>(false);
    if (dialog)
        dialog->setLabelText(QCoreApplication::translate("GifSaveJob", "Drawing %1 frames…").arg(recorder_->gifFrameCount()));
    // A modal dialog's setValue handles pending events, so Cancel is seen between frames.
    const QList<QImage> frames = recorder_->renderFrames(history_, [dialog](int done, int total) {
        if (!dialog)
            return true;
        dialog->setMaximum(total);
        dialog->setValue(done);
        return !dialog->wasCanceled();
    });
    if (frames.isEmpty())
        return fail(QCoreApplication::translate("GifSaveJob", "%1: the GIF export was cancelled").arg(path));
    if (dialog) {
        dialog->setLabelText(QCoreApplication::translate("GifSaveJob", "Encoding %1 frames…").arg(frames.size()));
        dialog->setValue(0);
    }
    bool ok = false;
    QString message;
    QEventLoop loop;
    std::thread encoder([&] {
        ok = recorder_->encode(frames, path, [dialog, cancelled](int done, int total) {
            if (dialog)  // queued to the dialog's thread; dropped if the dialog is gone
                QMetaObject::invokeMethod(dialog, [dialog, cancelled, done, total] {
                    dialog->setMaximum(total);
                    dialog->setValue(done);
                    if (dialog->wasCanceled())
                        cancelled->store(true);
                }, Qt::QueuedConnection);
            return !cancelled->load();
        }, &message);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    encoder.join();
    return ok || fail(message);
}

} // namespace bp
