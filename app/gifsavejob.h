#pragma once
// Writes a recorded training run as a GIF from the studio: the frames are drawn on the GUI thread
// (the data view is a widget; a modal progress dialog keeps the window painting meanwhile), then
// encoded by QtConcurrent::run on Qt's thread pool, watched by a QFutureWatcher whose progress
// drives the dialog while the event loop runs on. Cancel (the dialog's button, or cancel()) stops
// either stage and leaves no file, not even a temporary one. The job reports once, by finished().
#include "gifrecorder.h"

#include <QFutureWatcher>
#include <QList>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QProgressDialog;

namespace bp {

class GifSaveJob : public QObject {
    Q_OBJECT
public:
    /// Prepares to save recorder's frames to path, with history the run's full loss history.
    GifSaveJob(std::shared_ptr<const GifRecorder> recorder, std::vector<HistoryEntry> history, QString path,
               QObject* parent = nullptr);
    /// Stops an unfinished job and waits for its encoder to let go of the file (one frame at most).
    ~GifSaveJob() override;

    /// Starts the save, showing progress in dialog when given (its Cancel stops the job); returns at once.
    void start(QProgressDialog* dialog = nullptr);
    /// Asks the job to stop; it then finishes with an error saying it was cancelled.
    void cancel();
    /// Returns the file being written.
    const QString& path() const { return path_; }

signals:
    /// The save ended: ok, or error naming the file and the cause, or saying it was cancelled.
    void finished(bool ok, const QString& error);

private:
    void draw();
    void encode(QList<QImage> frames);
    void onEncoded();
    void end(bool ok, const QString& error);

    std::shared_ptr<const GifRecorder> recorder_;
    std::vector<HistoryEntry> history_;
    QString path_;
    QPointer<QProgressDialog> dialog_;
    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<QString> watcher_;  // the encoder's error, empty when it succeeded
    bool ended_ = false;
};

}  // namespace bp
