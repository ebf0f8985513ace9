#include "studioactions.h"

#include "builtindata.h"
#include "trainingpace.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace bp {

namespace {
QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& keys, const QString& tip)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(keys);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    return action;
}

const QString speedKey = QStringLiteral("trainingSpeed");
}  // namespace

StudioActions::StudioActions(QMainWindow* window) : QObject(window)
{
    QStyle* style = window->style();
    newProject = makeAction(this, tr("&New"), QKeySequence::New, tr("Start a new design"));
    open = makeAction(this, tr("&Open…"), QKeySequence::Open, tr("Open a project file"));
    save = makeAction(this, tr("&Save"), QKeySequence::Save, tr("Save the project with its weights"));
    saveAs = makeAction(this, tr("Save &As…"), QKeySequence(QStringLiteral("Ctrl+Shift+S")), tr("Save under a new name"));
    quit = makeAction(this, tr("&Quit"), QKeySequence(QStringLiteral("Ctrl+Q")), tr("Quit"));
    trainPause = makeAction(this, tr("Train"), QKeySequence(Qt::Key_Space), tr("Train or pause"));
    step = makeAction(this, tr("Step"), QKeySequence(Qt::Key_F10), tr("Train one epoch"));
    reset = makeAction(this, tr("Reset"), QKeySequence(QStringLiteral("Ctrl+R")), tr("Draw the initial weights again"));
    logScale = makeAction(this, tr("Log scale"), {}, tr("Show the loss on a logarithmic axis"));
    logScale->setCheckable(true);
    exportArchitecture = makeAction(this, tr("Export &Architecture…"), QKeySequence(QStringLiteral("Ctrl+E")),
                                    tr("Save the network graph as a PNG or SVG picture"));
    exportLoss = makeAction(this, tr("Export &Loss Chart…"), {}, tr("Save the loss chart as a PNG picture or a CSV table"));
    exportConfusion = makeAction(this, tr("Export &Confusion Matrix…"), {},
                                 tr("Save the confusion matrix shown (training or validation) as a PNG picture"));
    saveGif = makeAction(this, tr("Save Training &GIF…"), {}, tr("Save the training run as an animated GIF"));
    trainPause->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    step->setIcon(style->standardIcon(QStyle::SP_MediaSeekForward));
    reset->setIcon(style->standardIcon(QStyle::SP_BrowserReload));

    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->addActions({newProject, open});
    recent_ = file->addMenu(tr("Recent files"));
    QMenu* examples = file->addMenu(tr("Examples"));
    for (const QString& name : bp::presetNames())
        examples->addAction(name, this, [this, name] { emit exampleChosen(name); });
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addActions({exportArchitecture, exportLoss, exportConfusion, saveGif});
    file->addSeparator();
    file->addAction(quit);

    QMenu* training = window->menuBar()->addMenu(tr("&Training"));
    training->addActions({trainPause, step, reset});
    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    view->addAction(logScale);

    // Watchable first and by default (why: trainingpace.h); the last choice made is remembered.
    speed_ = new QComboBox;
    speed_->setObjectName(QStringLiteral("speed"));
    speed_->addItem(tr("Watchable"), TrainingPace::watchable);
    for (int cap : {10, 30, 100, 1000})
        speed_->addItem(tr("%1 epochs/s").arg(cap), cap);
    speed_->addItem(tr("As fast as possible"), TrainingPace::fastest);
    const int remembered = speed_->findData(QSettings().value(speedKey, TrainingPace::watchable).toInt());
    speed_->setCurrentIndex(std::max(0, remembered));
    speed_->setToolTip(tr("How fast training goes. Watchable spreads a run over about %1 s, at %2 to %3 epochs/s")
                           .arg(TrainingPace::watchableSeconds)
                           .arg(TrainingPace::watchableFloor)
                           .arg(TrainingPace::watchableCeiling));
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] {
        rememberSpeed(speed());
        emit speedChosen(speed());
    });

    mode_ = new QComboBox;
    mode_->addItem(tr("ΔW"), int(bp::GraphMode::Delta));
    mode_->addItem(tr("Weights"), int(bp::GraphMode::Weights));
    mode_->addItem(tr("Gradient"), int(bp::GraphMode::Gradient));
    mode_->setToolTip(tr("What the edges of the graph show"));
    connect(mode_, &QComboBox::currentIndexChanged, this,
            [this] { emit modeChosen(bp::GraphMode(mode_->currentData().toInt())); });

    QToolBar* bar = window->addToolBar(tr("Training"));
    bar->setObjectName(QStringLiteral("trainingToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({trainPause, step, reset});
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Speed ")));
    bar->addWidget(speed_);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Edges show ")));
    bar->addWidget(mode_);
    bar->addSeparator();
    bar->addAction(logScale);
}

void StudioActions::setTraining(bool training)
{
    trainPause->setText(training ? tr("Pause") : tr("Train"));
    auto* window = qobject_cast<QMainWindow*>(parent());
    trainPause->setIcon(window->style()->standardIcon(training ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void StudioActions::setRecentFiles(const QStringList& paths)
{
    recent_->clear();
    for (const QString& path : paths)
        recent_->addAction(QFileInfo(path).fileName(), this, [this, path] { emit recentChosen(path); })
            ->setToolTip(path);
    recent_->setEnabled(!paths.isEmpty());
}

int StudioActions::speed() const { return speed_->currentData().toInt(); }

void StudioActions::rememberSpeed(int speed) { QSettings().setValue(speedKey, speed); }

} // namespace bp
