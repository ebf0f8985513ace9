#pragma once
// Owns the thread the training worker lives on, and joins it promptly when destroyed.
#include "trainingworker.h"

#include <QObject>
#include <QThread>

namespace bp {

class TrainingThread : public QObject {
    Q_OBJECT
public:
    /// Starts a thread with a fresh worker on it; the worker is deleted when the thread ends.
    explicit TrainingThread(QObject* parent = nullptr);

    /// Stops any training before its next batch, ends the thread's loop and waits for it.
    ~TrainingThread() override;

    /// Returns the worker; call its slots only through queued calls (invoke()).
    TrainingWorker* worker() const { return worker_; }

    /// Calls a worker slot on the worker's thread.
    template <typename F>
    void invoke(F&& call)
    {
        QMetaObject::invokeMethod(worker_, std::forward<F>(call), Qt::QueuedConnection);
    }

    /// Stops a running chunk at once and queues pause(): training halts within one batch.
    void pause();

private:
    QThread thread_;
    TrainingWorker* worker_;
};

} // namespace bp
