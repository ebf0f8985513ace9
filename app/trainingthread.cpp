#include "trainingthread.h"

namespace bp {

TrainingThread::TrainingThread(QObject* parent) : QObject(parent), worker_(new TrainingWorker)
{
    thread_.setObjectName(QStringLiteral("training"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

TrainingThread::~TrainingThread()
{
    worker_->requestStop();
    thread_.quit();
    thread_.wait();
}

void TrainingThread::pause()
{
    worker_->requestStop();
    invoke([w = worker_] { w->pause(); });
}

} // namespace bp
