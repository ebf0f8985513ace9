#include "studiobenchmark.h"

#include "builtindata.h"
#include "inputerror.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "session.h"
#include "studioactions.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>
#include <unistd.h>

namespace bp {

namespace {
constexpr int startTimeoutMs = 30000;  // training must have begun by then

/// Returns the q-quantile (0 ≤ q ≤ 1) of sorted values: the smallest value with at least q of them at or below it.
double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}
}  // namespace

StudioBenchmark::StudioBenchmark(QString preset, double seconds) : preset_(std::move(preset)), seconds_(seconds)
{
    probe_.setTimerType(Qt::PreciseTimer);
    probe_.setInterval(probeMs);
    connect(&probe_, &QTimer::timeout, this, &StudioBenchmark::probeTick);
}

StudioBenchmark::~StudioBenchmark() = default;

double StudioBenchmark::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot; now is CLOCK_BOOTTIME.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const std::string line = stat.readAll().toStdString();
    const std::size_t close = line.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    for (int k = 3; k <= 22 && fields >> field; ++k) {}
    timespec now{};
    if (!fields || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs = std::stod(field) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) * 1e-6 - startMs;
}

int StudioBenchmark::run()
{
    const std::optional<std::string> text = bp::presetText(preset_);
    if (!text || !(seconds_ > 0)) {
        std::fprintf(stderr, "--benchmark: %s\n",
                     !text ? qPrintable(QStringLiteral("there is no preset named \"%1\"").arg(preset_))
                           : "SECONDS must be a number above 0");
        return 2;
    }
    // The user's settings stay untouched: window geometry and recent files go to the sandbox.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, sandbox_.path());
    StudioActions::rememberSpeed(TrainingPace::fastest);  // the benchmark times training untamed
    const QString path = sandbox_.filePath(preset_ + QStringLiteral(".json"));
    try {
        project_ = bp::ProjectFile::fromJson(*text, bp::presetPath(preset_).toStdString());
        project_.training.epochs = benchmarkEpochs;  // so training outlasts the timed stretch
        bp::ProjectFile::save(project_, path.toStdString());
    } catch (const bp::InputError& error) {
        std::fprintf(stderr, "--benchmark: %s\n", error.what());
        return 2;
    }

    window_ = std::make_unique<MainWindow>();
    window_->installEventFilter(this);
    connect(window_.get(), &MainWindow::snapshotShown, this, [this](int epoch, bool ended) { onSnapshot(epoch, ended); });
    window_->show();
    if (!window_->openFile(path))
        return 2;
    window_->train();
    QTimer::singleShot(startTimeoutMs, this, [this] {
        if (trainingSeen_)
            return;
        std::fprintf(stderr, "--benchmark: training of %s did not start\n", qPrintable(preset_));
        QApplication::exit(1);
    });
    return QApplication::exec();
}

bool StudioBenchmark::eventFilter(QObject* watched, QEvent* event)
{
    if (coldStartMs_ < 0 && watched == window_.get() && event->type() == QEvent::Paint)
        coldStartMs_ = msSinceProcessStart();
    return QObject::eventFilter(watched, event);
}

void StudioBenchmark::onSnapshot(int epoch, bool ended)
{
    if (!trainingSeen_ && window_->state() == TrainingWorker::State::Training) {
        // Training is under way: the timed stretch and the probe start here.
        trainingSeen_ = true;
        epochFirst_ = epoch;
        sinceFirst_.start();
        sinceTick_.start();
        probe_.start();
        QTimer::singleShot(int(seconds_ * 1000.0), this, &StudioBenchmark::finishStudio);
    } else if (trainingSeen_ && ended && studioSeconds_ == 0) {
        // A small network can reach the epoch count before the timed stretch is over: time what ran.
        finishStudio();
    }
}

void StudioBenchmark::probeTick()
{
    const double intervalMs = double(sinceTick_.nsecsElapsed()) * 1e-6;
    sinceTick_.restart();
    latenciesMs_.push_back(intervalMs - probeMs);
}

void StudioBenchmark::finishStudio()
{
    if (studioSeconds_ > 0)
        return;  // the run ended early and has been reported
    probe_.stop();
    studioSeconds_ = double(sinceFirst_.nsecsElapsed()) * 1e-9;
    // The worker answers with a last snapshot and then the new state: once the window has left
    // Training, the epoch it shows is the last one trained, which ends the studio's part.
    connect(window_.get(), &MainWindow::stateShown, this, [this](TrainingWorker::State state) {
        if (state == TrainingWorker::State::Training)
            return;
        disconnect(window_.get(), &MainWindow::stateShown, this, nullptr);  // one report
        finish(window_->epoch());
    });
    if (window_->state() != TrainingWorker::State::Training)
        finish(window_->epoch());  // a run that ended by itself has already settled
    else
        window_->pause();
}

void StudioBenchmark::finish(int epoch)
{
    const int epochs = epoch - epochFirst_;
    const double studioRate = studioSeconds_ > 0 ? epochs / studioSeconds_ : 0;
    const double coreRate = coreEpochsPerSecond(std::max(1, epochs));
    std::sort(latenciesMs_.begin(), latenciesMs_.end());
    std::fprintf(stderr, "studio: %d epochs in %.3f s, %zu probe ticks\n", epochs, studioSeconds_, latenciesMs_.size());
    std::printf("STUDIO preset=%s epochs_per_s=%.1f core_epochs_per_s=%.1f ratio=%.3f latency_p50_ms=%.2f "
                "latency_p99_ms=%.2f latency_max_ms=%.2f cold_start_ms=%.0f\n",
                qPrintable(preset_), studioRate, coreRate, coreRate > 0 ? studioRate / coreRate : 0.0,
                quantile(latenciesMs_, 0.50), quantile(latenciesMs_, 0.99),
                latenciesMs_.empty() ? 0.0 : latenciesMs_.back(), coldStartMs_);
    std::fflush(stdout);
    QApplication::exit(0);
}

double StudioBenchmark::coreEpochsPerSecond(int epochs) const
{
    // The same project from its seed, trained for the studio's epoch count with no window at all.
    bp::Session session(project_, bp::builtinReader());
    QElapsedTimer clock;
    clock.start();
    session.trainer().run(epochs);
    const double seconds = double(clock.nsecsElapsed()) * 1e-9;
    std::fprintf(stderr, "core: %d epochs in %.3f s\n", epochs, seconds);
    return seconds > 0 ? epochs / seconds : 0;
}

} // namespace bp
