#pragma once
// Runs the backprop command line as a user does, for the CLI tests: its exit code and its output.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace clitest {

struct Run {
    int exitCode = -1;
    QString out, err;
};

// Runs backprop with arguments in folder (default: the current one); setup, when given, runs in
// the child before the program starts (a resource limit, another user).
inline Run backprop(const QStringList& arguments, const QString& folder = {}, std::function<void()> setup = {})
{
    QProcess p;
    p.setWorkingDirectory(folder.isEmpty() ? QDir::currentPath() : folder);
    if (setup)
        p.setChildProcessModifier(setup);
    p.start(QStringLiteral(BACKPROP_CLI), arguments);
    if (!p.waitForFinished(120000))
        qFatal("backprop did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Writes text to path, replacing what was there.
inline bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Returns the bytes of path, or nothing when it cannot be read.
inline QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace clitest
