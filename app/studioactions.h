#pragma once
// The studio's commands: every action with its shortcut, the menus and the toolbar that show them.
#include "graphmode.h"

#include <QObject>
#include <QStringList>

class QAction;
class QComboBox;
class QMainWindow;
class QMenu;

class StudioActions : public QObject {
    Q_OBJECT
public:
    /// Builds the actions and puts them into window's menu bar and a toolbar.
    explicit StudioActions(QMainWindow* window);

    /// Shows Train or Pause on the train/pause action.
    void setTraining(bool training);

    /// Fills File → Recent files with paths, newest first.
    void setRecentFiles(const QStringList& paths);

    /// Returns the epochs-per-second cap chosen in the speed box; 0 = as fast as possible.
    int speed() const;

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
    QAction* saveGif;     // enabled when a run has trained at least one epoch and is not training

signals:
    void recentChosen(const QString& path);
    void exampleChosen(const QString& name);
    void speedChosen(int epochsPerSecondCap);
    void modeChosen(bp::GraphMode mode);

private:
    QMenu* recent_;
    QComboBox* speed_;
    QComboBox* mode_;
};
