#pragma once
// The studio timing itself: how long the window takes to first paint, how many epochs per second
// it trains with every view live, how late the event loop runs meanwhile, and how that rate
// compares with the core training the same preset without any window.
#include "project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

namespace bp {

class MainWindow;

class StudioBenchmark : public QObject {
    Q_OBJECT
public:
    static constexpr int probeMs = 5;                // the latency probe's interval
    static constexpr int benchmarkEpochs = 1000000;  // more than the timed stretch reaches

    /// Prepares a benchmark of the shipped preset for the given seconds of training.
    StudioBenchmark(QString preset, double seconds);
    ~StudioBenchmark() override;

    /// Opens the studio, trains, prints the STUDIO line and returns the exit code (0 on success,
    /// 2 with a message on stderr when the preset or the seconds are unusable).
    int run();

    /// Returns the milliseconds since this process was started, read from /proc; -1 if unknown.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSnapshot(int epoch, bool ended);
    void finishStudio();
    void finish(int epoch);
    double coreEpochsPerSecond(int epochs) const;
    void probeTick();

    QString preset_;
    double seconds_;
    bp::Project project_;              // the preset with its epoch count raised
    QTemporaryDir sandbox_;            // settings and the project file live here, not in the user's
    std::unique_ptr<MainWindow> window_;
    double coldStartMs_ = -1;
    bool trainingSeen_ = false;        // a snapshot while training has arrived
    QElapsedTimer sinceFirst_;         // since the first training snapshot
    int epochFirst_ = 0;               // its epoch
    double studioSeconds_ = 0;         // from the first training snapshot to the pause
    QTimer probe_;                     // fires every probeMs on the GUI thread
    QElapsedTimer sinceTick_;
    std::vector<double> latenciesMs_;  // actual interval − probeMs, per tick
};

} // namespace bp
