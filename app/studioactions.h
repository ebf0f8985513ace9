#pragma once
// The studio's commands: every action with its shortcut, the menus and the toolbar that show them.
#include "graphmode.h"

#include <QObject>
#include <QStringList>

class QAction;
class QComboBox;
class QMainWindow;
class QMenu;

namespace bp {

class StudioActions : public QObject {
    Q_OBJECT
public:
    /// Builds the actions and puts them into window's menu bar and a toolbar.
    explicit StudioActions(QMainWindow* window);

    /// Shows Train or Pause on the train/pause action.
    void setTraining(bool training);

    /// Fills File → Recent files with paths, newest first.
    void setRecentFiles(const QStringList& paths);

    /// Returns the speed chosen in the speed box: a cap in epochs per second,
    /// TrainingPace::fastest or TrainingPace::watchable.
    int speed() const;

    /// Makes speed the choice the next StudioActions starts with (a choice of the user's is kept so too).
    static void rememberSpeed(int speed);

    QAction* newProject;
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* quit;
    QAction* trainPause;  // Space
    QAction* step;        // F10
    QAction* reset;       // Ctrl+R
    QAction* logScale;    // checkable
    QAction* exportArchitecture;  // Ctrl+E
    QAction* exportLoss;
    QAction* exportConfusion;  // enabled for classifiers
    QAction* saveGif;     // enabled when a run has trained at least one epoch and is not training

signals:
    void recentChosen(const QString& path);
    void exampleChosen(const QString& name);
    void speedChosen(int speed);
    void modeChosen(bp::GraphMode mode);

private:
    QMenu* recent_;
    QComboBox* speed_;
    QComboBox* mode_;
};

} // namespace bp
