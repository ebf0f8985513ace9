#include "trainingworker.h"

#include "builtindata.h"
#include "fieldtitle.h"
#include "inputerror.h"
#include "metrics.h"
#include "outofmemory.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr int chunkTargetMs = 12;     // a chunk of epochs lasts about this long
constexpr int snapshotGapMs = 34;     // at most 30 snapshots a second while training
constexpr int rateWindowMs = 250;     // epochs per second are measured over at least this long
constexpr int curvePoints = 200;
constexpr int tileCount = 8;
}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent)
{
    registerSnapshotTypes();
    qRegisterMetaType<bp::EpochReport>();
    sinceSnapshot_.start();
    rateClock_.start();
}

TrainingWorker::~TrainingWorker() = default;

template <typename Work>
void TrainingWorker::guarded(const char* doing, Work&& work)
{
    try {
        work();
    } catch (const std::exception& e) {
        if (!bp::isOutOfMemory(e))
            throw;
        stop_.store(true);
        session_.reset();  // its state is half made or half updated; what it held is freed
        setState(State::Idle);
        const std::string message = std::string("There is not enough memory to ") + doing
                                    + " this network. Try narrower layers, fewer samples or smaller batches.";
        emit failed(bp::InputError({}, 0, 0, "network", message), QString::fromStdString(message));
    }
}

void TrainingWorker::load(const bp::Project& project, bool fitOutput)
{
    stop_.store(true);
    session_.reset();
    rate_ = 0;  // a new run: no speed measured yet
    guarded("build", [&] { build(project, fitOutput); });
}

void TrainingWorker::build(const bp::Project& project, bool fitOutput)
{
    try {
        session_ = std::make_unique<bp::Session>(project, bp::builtinReader(), fitOutput);
    } catch (const bp::InputError& error) {
        setState(State::Idle);
        emit failed(error, QString::fromStdString(bp::readableError(error, project.network.layers.size())));
        return;
    }
    if (fitOutput)  // even when unchanged: it overrides a fit of data the window switched away from
        emit outputFitted(session_->network().spec().layers.back().activation, session_->loss());
    eta_ = session_->trainer().optimizerConfig().learningRate;
    rateEpoch_ = session_->trainer().epoch();  // a loaded run's epochs were not trained just now
    rateClock_.restart();
    runEpochs_ = session_->trainer().config().epochs;
    const bp::Dataset& data = session_->data();
    viewPair_ = bp::mostInformativePair(data);
    samples_.resize(0, 0);
    if (project.data.autoencoder && data.features() == 64) {
        // Evenly spaced samples, fixed for the session, so the tiles stay put while they sharpen.
        const bp::Index n = std::min<bp::Index>(tileCount, data.samples());
        samples_.resize(data.features(), n);
        for (bp::Index k = 0; k < n; ++k)
            samples_.col(k) = data.X.col(k * data.samples() / n);
    }
    emit loaded(int(data.features()), int(data.targets()), data.isClassification(),
                session_->network().spec(), data);
    const bp::Trainer& t = session_->trainer();
    settle(t.finished() ? State::Finished : t.epoch() > 0 ? State::Paused : State::Idle);
}

void TrainingWorker::train()
{
    if (!session_ || state_ == State::Training)
        return;
    trainOnPastTheEnd();
    stop_.store(false);
    setState(State::Training);
    restartPace();
    rateClock_.restart();
    rateEpoch_ = session_->trainer().epoch();
    postChunk(0);
}

void TrainingWorker::pause()
{
    stop_.store(true);
    if (state_ != State::Training)
        return;
    settle(State::Paused);
}

void TrainingWorker::step()
{
    if (!session_ || state_ == State::Training)
        return;
    trainOnPastTheEnd();
    stop_.store(false);
    bp::Trainer& trainer = session_->trainer();
    auto outcome = bp::Trainer::Outcome::Stopped;
    guarded("train", [&] { outcome = trainer.run(1, &stop_); });
    if (!session_)
        return;
    settle(outcome == bp::Trainer::Outcome::Diverged ? State::Diverged
             : trainer.finished()                        ? State::Finished
                                                         : State::Paused);
}

void TrainingWorker::reset()
{
    stop_.store(true);
    if (!session_)
        return;
    guarded("build", [this] { session_->reset(); });
    if (!session_)
        return;
    session_->trainer().setLearningRate(bp::Scalar(eta_));
    session_->trainer().setEpochs(runEpochs_);
    rate_ = 0;
    rateEpoch_ = 0;
    rateClock_.restart();
    settle(State::Idle);
}

void TrainingWorker::setLearningRate(double eta)
{
    eta_ = eta;
    if (session_)
        session_->trainer().setLearningRate(bp::Scalar(eta));
}

void TrainingWorker::setSpeed(int speed)
{
    speed_ = speed;
    restartPace();
}

void TrainingWorker::setViewPair(int x, int y)
{
    viewPair_ = {x, y};
    if (state_ != State::Training)
        emitSnapshot();
}

void TrainingWorker::setEpochs(int epochs)
{
    runEpochs_ = std::max(1, epochs);
    restartPace();  // a watchable pace follows the run's length
    if (!session_)
        return;
    bp::Trainer& trainer = session_->trainer();
    trainer.setEpochs(runEpochs_);
    // While training, the next chunk ends the run if the count is already reached.
    if (state_ == State::Finished && !trainer.finished()) {
        settle(State::Paused);
    } else if ((state_ == State::Paused || state_ == State::Idle) && trainer.finished()) {
        settle(State::Finished);
    }
}

void TrainingWorker::requestProject()
{
    if (!session_)
        return;
    guarded("save", [this] {
        bp::Project project = session_->project();
        project.training.epochs = runEpochs_;  // a run's length, which Train goes on by after the end
        emit projectReady(project);
    });
}

void TrainingWorker::restartPace()
{
    paceClock_.start();
    paceEpoch0_ = session_ ? session_->trainer().epoch() : 0;
}

void TrainingWorker::postChunk(int delayMs)
{
    if (chunkPending_)
        return;
    chunkPending_ = true;
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, &TrainingWorker::runChunk);
    else
        QMetaObject::invokeMethod(this, &TrainingWorker::runChunk, Qt::QueuedConnection);
}

void TrainingWorker::runChunk()
{
    chunkPending_ = false;
    if (state_ != State::Training || !session_ || stop_.load())
        return;
    bp::Trainer& trainer = session_->trainer();
    int k = chunkEpochs_;
    if (const int cap = TrainingPace::cap(speed_, runEpochs_); cap > 0) {
        // Allowed so far: cap · elapsed seconds; wait for the next epoch's turn when ahead.
        const double elapsed = double(paceClock_.nsecsElapsed()) * 1e-9;
        const int allowed = int(cap * elapsed) + 1 - (trainer.epoch() - paceEpoch0_);
        if (allowed <= 0) {
            postChunk(std::max(1, int(std::ceil(1000.0 / cap))));
            return;
        }
        k = std::min(k, allowed);
    }
    QElapsedTimer clock;
    clock.start();
    auto outcome = bp::Trainer::Outcome::Stopped;
    guarded("train", [&] { outcome = trainer.run(k, &stop_); });
    if (!session_)
        return;
    const double ms = double(clock.nsecsElapsed()) * 1e-6;
    // Retune k toward a chunk of chunkTargetMs, moving at most ×2 per chunk to stay steady.
    if (k == chunkEpochs_) {
        const double ideal = ms > 0.05 ? chunkEpochs_ * chunkTargetMs / ms : chunkEpochs_ * 2.0;
        chunkEpochs_ = std::clamp(int(std::clamp(ideal, chunkEpochs_ / 2.0, chunkEpochs_ * 2.0)), 1, 100000);
    }
    if (outcome == bp::Trainer::Outcome::Diverged) {
        settle(State::Diverged);
        return;
    }
    if (outcome == bp::Trainer::Outcome::Finished) {
        settle(State::Finished);
        return;
    }
    if (stop_.load())
        return;  // a pause or shutdown is on its way
    if (sinceSnapshot_.elapsed() >= snapshotGapMs)
        emitSnapshot();
    postChunk(0);
}

void TrainingWorker::trainOnPastTheEnd()
{
    bp::Trainer& trainer = session_->trainer();
    if (trainer.finished())  // another run's length from where the last one ended
        trainer.setEpochs(int(std::min<long>(INT_MAX, long(trainer.epoch()) + runEpochs_)));
}

void TrainingWorker::setState(State state)
{
    if (state == state_)
        return;
    state_ = state;
    emit stateChanged(state);
}

void TrainingWorker::settle(State state)
{
    const bool changed = state != state_;
    state_ = state;
    emitSnapshot();
    if (changed)
        emit stateChanged(state);
}

void TrainingWorker::emitSnapshot()
{
    if (!session_)
        return;
    guarded("show", [this] {
        const bp::Trainer& trainer = session_->trainer();
        Snapshot s;
        s.report = trainer.report();
        const auto& history = trainer.history();
        if (trainer.runId() != runSent_) {  // a new run: its whole history goes
            runSent_ = trainer.runId();
            historySent_ = 0;
        }
        historySent_ = std::min(historySent_, history.size());  // a divergence drops an epoch
        s.newHistory.assign(history.begin() + long(historySent_), history.end());
        historySent_ = history.size();
        const bp::Dataset& data = session_->data();
        if (samples_.cols() == 0) {  // views of the data; an autoencoder shows its tiles instead
            s.grid = bp::makeDecisionGrid(session_->network(), data, bp::decisionGridResolution, viewPair_);
            s.curve = bp::makePredictionCurve(session_->network(), data, curvePoints);
            if (data.isClassification()) {
                s.predicted = bp::predictedClasses(session_->network().predict(data.X));
                s.trainingConfusion = bp::ConfusionMatrix::of(session_->network(), session_->trainSet());
                s.validationConfusion = bp::ConfusionMatrix::of(session_->network(), session_->validationSet());
            }
        }
        if (samples_.cols() > 0) {
            s.samples = samples_;
            s.reconstructions = session_->network().predict(samples_);
        }
        // Epochs per second over a window of at least rateWindowMs; 0 when not training.
        const qint64 windowMs = rateClock_.elapsed();
        if (state_ != State::Training) {
            // Training just ended or paused: the rest of the window counts if it is long enough
            // (a whole short run may take a few milliseconds only).
            const double windowS = double(rateClock_.nsecsElapsed()) * 1e-9;
            if (windowS >= 0.002 && trainer.epoch() > rateEpoch_)
                rate_ = (trainer.epoch() - rateEpoch_) / windowS;
            rateClock_.restart();
            rateEpoch_ = trainer.epoch();
        } else if (windowMs >= rateWindowMs) {
            rate_ = (trainer.epoch() - rateEpoch_) * 1000.0 / double(windowMs);
            rateClock_.restart();
            rateEpoch_ = trainer.epoch();
        }
        s.epochsPerSecond = rate_;
        s.finished = trainer.finished();
        s.diverged = state_ == State::Diverged;
        s.message = QString::fromStdString(trainer.message());
        s.report.diverged = s.diverged;
        s.report.message = trainer.message();
        sinceSnapshot_.restart();
        emit snapshot(s);
    });
}

void TrainingWorker::setRecordEvery(int n)
{
    if (!session_)
        return;
    if (n <= 0)
        session_->trainer().setObserver({});
    else
        session_->trainer().setObserver([this](const bp::EpochReport& r) { emit recorded(r); }, n);
}

} // namespace bp
