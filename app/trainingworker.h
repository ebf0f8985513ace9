#pragma once
// Trains a project's network on its own thread in short chunks, so that pause, step and a new
// learning rate get in between, and sends the window snapshots at most about 30 times a second.
#include "snapshot.h"
#include "session.h"
#include "trainingpace.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

namespace bp {

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Training, Paused, Finished, Diverged };
    Q_ENUM(State)

    /// Makes a worker without a session; load() gives it one.
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    /// Asks a running chunk to stop before its next batch; safe from any thread. The queued
    /// pause() that should follow makes the state Paused.
    void requestStop() { stop_.store(true); }

public slots:
    /// Builds the session of project, a new run; emits loaded() and a snapshot, or failed() with the reason.
    /// With fitOutput (the data was switched) an output activation and loss that do not suit the
    /// new data are replaced by the pair that does; outputFitted() then tells the pair before loaded().
    void load(const bp::Project& project, bool fitOutput = false);
    /// Starts or resumes training until the epoch count; a finished run trains on for another
    /// run's length (the epoch count set last), keeping its weights.
    void train();
    /// Stops training after the current batch and sends a snapshot.
    void pause();
    /// Trains exactly one epoch (finishing the one under way) and sends a snapshot; after the end
    /// of a run it starts the next run's stretch, as train() does.
    void step();
    /// Draws the seeded initial weights again and forgets the history: a new run, by its id.
    void reset();
    /// Applies a new learning rate η from the next batch on.
    void setLearningRate(double eta);
    /// Sets the pace: a cap in epochs per second, TrainingPace::fastest or TrainingPace::watchable.
    void setSpeed(int speed);
    /// Sets the epoch count a run trains to, keeping the weights: a higher one lets a finished
    /// run train on, one at or below the epochs trained makes the run finished as it stands.
    void setEpochs(int epochs);
    /// Computes the decision map over features x and y from now on (others at their mean), and
    /// sends a snapshot with it unless training will send one shortly.
    void setViewPair(int x, int y);
    /// Emits projectReady() with the current weights and history.
    void requestProject();
    /// Emits recorded() with the report of every nth epoch, the last one and a divergence;
    /// 0 stops. Lasts until the next load() or reset().
    void setRecordEvery(int n);

signals:
    void snapshot(const Snapshot& snapshot);
    void stateChanged(TrainingWorker::State state);
    /// The session could not be built: error says what is wrong and where, its field the part of the
    /// project at fault (see Session::dataAtFault); message says it in the studio's words.
    void failed(const bp::InputError& error, const QString& message);
    /// load(project, true) trains the output layer with activation f and this loss, to suit the data.
    void outputFitted(bp::Activation f, bp::Loss loss);
    void projectReady(const bp::Project& project);
    /// A report kept for recording (see setRecordEvery), sent from the training thread.
    void recorded(const bp::EpochReport& report);
    void loaded(int inputs, int outputs, bool classification, const bp::NetworkSpec& fitted,
                const bp::Dataset& data);

private:
    // Runs work; when memory runs out on the way, drops the session and emits failed() saying
    // what could not be done ("build", "train"), so the window shows it instead of the process dying.
    template <typename Work>
    void guarded(const char* doing, Work&& work);
    void build(const bp::Project& project, bool fitOutput);  // load's work
    void runChunk();
    void postChunk(int delayMs);
    void setState(State state);
    /// Enters state after sending its snapshot, so whoever sees the state has the epoch it holds.
    void settle(State state);
    void emitSnapshot();
    void trainOnPastTheEnd();  // a finished run's end moves one run's length on
    void restartPace();

    std::unique_ptr<bp::Session> session_;
    std::atomic<bool> stop_{false};
    State state_ = State::Idle;
    bool chunkPending_ = false;  // a runChunk call is queued or timed
    int chunkEpochs_ = 1;        // k: epochs per chunk, tuned so a chunk lasts about 12 ms
    int speed_ = TrainingPace::fastest;  // as setSpeed() was given it
    int runEpochs_ = 1;          // a run's length: the epoch count last loaded or set
    double eta_ = 0;             // the learning rate now (survives reset)
    std::uint64_t runSent_ = 0;    // the run of the last snapshot sent
    std::size_t historySent_ = 0;  // entries of that run's history already sent
    QElapsedTimer sinceSnapshot_;
    QElapsedTimer paceClock_;    // since training (re)started or the cap changed
    int paceEpoch0_ = 0;         // the epoch when paceClock_ started
    QElapsedTimer rateClock_;    // since rateEpoch_ was taken
    int rateEpoch_ = 0;
    double rate_ = 0;            // epochs per second, last measured
    bp::Matrix samples_;         // autoencoder tiles: 8 fixed inputs, 64 × 8
    bp::FeaturePair viewPair_;   // the features the decision map spans
};

} // namespace bp

Q_DECLARE_METATYPE(bp::TrainingWorker::State)
Q_DECLARE_METATYPE(bp::EpochReport)
