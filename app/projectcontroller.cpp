#include "projectcontroller.h"

#include "builtindata.h"
#include "inputerror.h"
#include "outofmemory.h"
#include "projectfile.h"
#include "trainingworker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

#include <utility>

namespace bp {

namespace {
const QString recentKey = QStringLiteral("recentFiles");
const QString filter = QObject::tr("Backprop Studio projects (*.json);;All files (*)");
}  // namespace

ProjectController::ProjectController(QWidget* window, const TrainingWorker* worker)
    : QObject(window), window_(window)
{
    connect(worker, &TrainingWorker::loaded, this, [this] {
        if (!opening_.isEmpty())
            remember(std::exchange(opening_, {}));
    });
    connect(worker, &TrainingWorker::failed, this, [this] { opening_.clear(); });
}

std::optional<bp::Project> ProjectController::open(const QString& path)
{
    try {
        bp::Project project = bp::ProjectFile::load(path.toStdString());
        path_ = path;
        opening_ = path;  // listed in Recent files once its network is built
        return project;
    } catch (const bp::InputError& error) {
        QMessageBox::warning(window_, tr("Cannot open project"), QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        if (!bp::isOutOfMemory(error))
            throw;
        QMessageBox::warning(window_, tr("Cannot open project"),
                             tr("%1: there is not enough memory to open this project.").arg(path));
    }
    return std::nullopt;
}

std::optional<bp::Project> ProjectController::openExample(const QString& name)
{
    const std::optional<std::string> text = bp::presetText(name);
    try {
        if (!text)
            throw bp::InputError(name.toStdString(), "there is no example of that name");
        bp::Project project = bp::ProjectFile::fromJson(*text, bp::presetPath(name).toStdString());
        path_.clear();
        opening_.clear();
        return project;
    } catch (const bp::InputError& error) {
        QMessageBox::warning(window_, tr("Cannot open example"), QString::fromStdString(error.what()));
        return std::nullopt;
    }
}

void ProjectController::clearPath()
{
    path_.clear();
    opening_.clear();
}

bool ProjectController::save(const bp::Project& project, const QString& path)
{
    try {
        bp::ProjectFile::save(project, path.toStdString());
        path_ = path;
        remember(path);
        return true;
    } catch (const bp::InputError& error) {
        QMessageBox::warning(window_, tr("Cannot save project"), QString::fromStdString(error.what()));
        return false;
    }
}

QString ProjectController::askOpenPath()
{
    return QFileDialog::getOpenFileName(window_, tr("Open project"), QFileInfo(path_).absolutePath(), filter);
}

QString ProjectController::askSavePath()
{
    QString path = QFileDialog::getSaveFileName(window_, tr("Save project"), path_, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

QStringList ProjectController::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void ProjectController::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentFiles();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > recentCount)
        paths.removeLast();
    QSettings().setValue(recentKey, paths);
    emit recentFilesChanged(paths);
}

} // namespace bp
