// backprop-studio [FILE] [--preset NAME] [--train] [--screenshot PATH --after-epochs N] [--benchmark SECONDS]
//                  [--paint-benchmark]
#include "mainwindow.h"
#include "paintbenchmark.h"
#include "safefiledevice.h"
#include "studiobenchmark.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace bp;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setOrganizationName(QStringLiteral("Backprop Studio"));
    QApplication::setApplicationName(QStringLiteral("Backprop Studio"));
    QApplication::setApplicationVersion(bp::version);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design a neural network, train it and watch backpropagation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Project file to open."), QStringLiteral("[FILE]"));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Open a shipped example."), QStringLiteral("name"));
    const QCommandLineOption train(QStringLiteral("train"), QStringLiteral("Start training at once."));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window and quit."), QStringLiteral("path"));
    const QCommandLineOption after(QStringLiteral("after-epochs"), QStringLiteral("Epoch at which --screenshot is taken."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"), QStringLiteral("Train --preset for that long, print timings and quit."), QStringLiteral("seconds"));
    const QCommandLineOption paint(QStringLiteral("paint-benchmark"), QStringLiteral("Time painting two large network graphs, print them and quit."));
    parser.addOptions({preset, train, shot, after, benchmark, paint});
    parser.process(app);
    if (parser.isSet(paint))
        return PaintBenchmark::run();
    if (parser.isSet(benchmark))
        return StudioBenchmark(parser.value(preset), parser.value(benchmark).toDouble()).run();

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    else if (parser.isSet(preset))
        window.openExample(parser.value(preset));
    if (parser.isSet(train))
        window.train();

    if (parser.isSet(shot)) {
        const QString path = parser.value(shot);
        const int epochs = parser.value(after).toInt();
        bool taken = false;
        QObject::connect(&window, &MainWindow::snapshotShown, &window, [&](int epoch, bool ended) {
            if (taken || (epoch < epochs && !ended))
                return;
            taken = true;
            window.pause();
            std::printf("epoch %d after %.2f s\n", epoch, double(sinceStart.elapsed()) / 1000.0);
            // Let the views finish painting the newest snapshot before the picture is taken.
            QTimer::singleShot(250, &window, [&window, path] {
                const QByteArray format = QFileInfo(path).suffix().toUpper().toLatin1();
                QString error;
                const bool ok = bp::SafeFileDevice::writeImage(window.grab().toImage(), path, format.constData(), &error);
                if (ok)
                    std::printf("wrote %s at epoch %d\n", qPrintable(path), window.epoch());
                else
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}
