#pragma once
// The studio's files: opening projects and examples, saving, the current path and recent files.
#include "project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace bp {

class TrainingWorker;

class ProjectController : public QObject {
    Q_OBJECT
public:
    static constexpr int recentCount = 8;

    /// Makes a controller whose message boxes are parented to window, and which lists an opened
    /// file in Recent files once worker has built its network (never when that fails).
    ProjectController(QWidget* window, const TrainingWorker* worker);

    /// Reads the project file at path; on failure (running out of memory too) shows the exact
    /// reason and returns nothing. The file joins Recent files once worker has built its network.
    std::optional<bp::Project> open(const QString& path);


    /// Reads a shipped example by name; it has no path, so Save asks for one.
    std::optional<bp::Project> openExample(const QString& name);

    /// Forgets the current path: the next Save asks where.
    void clearPath();

    /// Writes project to path and makes it the current path; on failure shows why and returns false.
    bool save(const bp::Project& project, const QString& path);

    /// Asks for a project file to open; empty when cancelled.
    QString askOpenPath();

    /// Asks where to save; empty when cancelled.
    QString askSavePath();

    /// Returns the path of the open project, empty for a new design or an example.
    QString path() const { return path_; }

    /// Returns up to recentCount recently opened or saved paths, newest first.
    QStringList recentFiles() const;

signals:
    /// The recent files list changed.
    void recentFilesChanged(const QStringList& paths);

private:
    void remember(const QString& path);

    QWidget* window_;
    QString path_;
    QString opening_;  // opened, not yet built: not in Recent files yet
};

} // namespace bp
