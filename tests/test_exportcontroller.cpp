// The studio's exports: architecture PNG and SVG at the documented size, loss history CSV that
// reads back exactly, a GIF of any run (no recording switch), and a cancelled GIF that leaves no
// file. Long runs and the GIF dialog's options are tested in test_gifexport.
#include "threadspy.h"
#include "architectureexport.h"
#include "studiofixture.h"
#include "builtindata.h"
#include "charttheme.h"
#include "exportcontroller.h"
#include "exportoptionsdialog.h"
#include "historycsv.h"
#include "networkgraphwidget.h"
#include "projectfile.h"
#include "studioactions.h"
#include "studioviews.h"
#include "trainingthread.h"
#include "studiosettings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gif_lib.h>

using namespace bp;

namespace {

using namespace studiotest;

int gifImageCount(const QString& path, QSize* size)
{
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return -1;
    const int count = DGifSlurp(gif) == GIF_OK ? gif->ImageCount : -1;
    *size = QSize(gif->SWidth, gif->SHeight);
    DGifCloseFile(gif, &error);
    return count;
}

}  // namespace

class TestExportController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }
    void architecturePngAndSvg();
    void unknownSuffixIsRefused();
    void lossCsvRoundTripAndPng();
    void recordedGifHasEveryFourthEpoch();
    void gifCancelLeavesNoFile();
    void gifSaveLeavesTheWindowResponsive();
    void gifCancelWhileEncodingLeavesNoFile();
};

void TestExportController::architecturePngAndSvg()
{
    Studio s;
    s.window.resize(900, 600);
    s.window.show();
    s.loadXor();
    QTemporaryDir dir;
    // The size the README documents for the CLI, whatever the graph's size on screen.
    const QSize logical(1280, 720);
    QCOMPARE(bp::architectureExportSize, logical);
    QVERIFY(s.views->graph->size() != logical);
    QString error;
    const QString png = dir.filePath(QStringLiteral("net.png"));
    QVERIFY2(s.exports->exportArchitectureTo(png, 2, bp::NetworkPainter::Background::Transparent, &error),
             qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), logical * 2);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);  // transparent corner
    const QString light = dir.filePath(QStringLiteral("light.png"));
    QVERIFY(s.exports->exportArchitectureTo(light, 1, bp::NetworkPainter::Background::Light, &error));
    QCOMPARE(QImage(light).size(), logical);
    QCOMPARE(QImage(light).pixel(0, 0), qRgb(255, 255, 255));
    const QString svg = dir.filePath(QStringLiteral("net.svg"));
    QVERIFY2(s.exports->exportArchitectureTo(svg, 1, bp::NetworkPainter::Background::Light, &error),
             qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(logical));

    // Ctrl+E's options name the pixels each scale gives; choosing 4× gives exactly those.
    ExportOptionsDialog options(true, &s.window);
    QComboBox* scale = nullptr;
    for (QComboBox* box : options.findChildren<QComboBox*>())
        scale = box->itemText(0).contains(QStringLiteral("1280 × 720")) ? box : scale;
    QVERIFY(scale);
    QCOMPARE(scale->currentText(), QStringLiteral("2× (2560 × 1440 pixels)"));
    QTest::keyClick(scale, Qt::Key_Down);
    QCOMPARE(options.scale(), 4.0);
    const QString big = dir.filePath(QStringLiteral("big.png"));
    QVERIFY(s.exports->exportArchitectureTo(big, options.scale(), options.background(), &error));
    QCOMPARE(QImage(big).size(), QSize(5120, 2880));
}

void TestExportController::unknownSuffixIsRefused()
{
    Studio s;
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("net.jpg"));
    QVERIFY(!s.exports->exportArchitectureTo(path, 1, bp::NetworkPainter::Background::Light, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String(".svg")), qPrintable(error));
    QVERIFY(!s.exports->exportLossTo(path, &error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!s.exports->exportLossTo(dir.filePath(QStringLiteral("missing/loss.csv")), &error));
    QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    // Nothing trained: the GIF is refused with a reason, and no file appears.
    QVERIFY(!s.exports->startGifSave(dir.filePath(QStringLiteral("t.gif")), &error));
    QVERIFY2(error.contains(QLatin1String("train the network first")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.gif"))));
}

void TestExportController::lossCsvRoundTripAndPng()
{
    Studio s;
    s.loadXor();
    s.trainToEnd();
    QTemporaryDir dir;
    QString error;
    const QString csv = dir.filePath(QStringLiteral("loss.csv"));
    QVERIFY2(s.exports->exportLossTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto back = bp::historyFromCsv(file.readAll().toStdString(), "loss.csv");
    QCOMPARE(int(back.size()), runEpochs);
    QVERIFY(back == s.exports->history());
    QCOMPARE(back.front().epoch, 1);
    QCOMPARE(back.back().epoch, runEpochs);
    QVERIFY(back.back().trainLoss > 0);
    const QString png = dir.filePath(QStringLiteral("loss.png"));
    QVERIFY2(s.exports->exportLossTo(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), bp::charttheme::exportSize);
}

void TestExportController::recordedGifHasEveryFourthEpoch()
{
    Studio s;
    s.loadXor();
    QVERIFY(!s.actions->saveGif->isEnabled());  // nothing trained yet
    ThreadSpy recorded(s.host.worker(), &TrainingWorker::recorded);
    s.trainToEnd();  // every run is recorded: there is no switch to turn on first
    QTRY_COMPARE(recorded.count(), runEpochs / every);
    for (int i = 0; i < recorded.count(); ++i)
        QCOMPARE(recorded.at(i).at(0).value<bp::EpochReport>().epoch, every * (i + 1));
    QCOMPARE(s.exports->recordedFrames(), runEpochs / every);
    QVERIFY(s.actions->saveGif->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.gif"));
    QString error;
    QVERIFY2(s.saveGif(path, &error), qPrintable(error));
    QSize size;
    QCOMPARE(gifImageCount(path, &size), runEpochs / every + holdFrames);
    QCOMPARE(size, QSize(ExportController::gifWidth, ExportController::gifHeight));
}

void TestExportController::gifCancelLeavesNoFile()
{
    Studio s;
    s.window.show();
    s.loadXor();
    s.trainToEnd();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.gif"));
    QProgressDialog dialog(QStringLiteral("Saving"), QStringLiteral("Cancel"), 0, 1, &s.window);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    // Cancel as soon as the event loop runs: during the first frames, drawn with the dialog's events handled.
    QTimer::singleShot(0, &dialog, &QProgressDialog::cancel);
    QString error;
    QVERIFY(!s.saveGif(path, &error, &dialog));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());  // no temporary file either
}

void TestExportController::gifSaveLeavesTheWindowResponsive()
{
    Studio s;
    s.window.show();
    s.loadXor();
    s.trainToEnd();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.gif"));
    QSignalSpy saved(s.exports, &ExportController::gifSaved);
    int ticks = 0;  // a timer on the GUI thread keeps firing while the GIF is drawn and encoded
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    QString error;
    QVERIFY2(s.exports->startGifSave(path, &error), qPrintable(error));
    QCOMPARE(saved.count(), 0);  // it returned at once; the outcome comes later
    QVERIFY(!s.exports->startGifSave(path, &error));  // one save at a time
    QVERIFY2(error.contains(QLatin1String("another GIF")), qPrintable(error));
    QVERIFY(saved.wait(60000));
    QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
    QCOMPARE(saved.first().at(0).toString(), path);
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    QSize size;
    QCOMPARE(gifImageCount(path, &size), runEpochs / every + holdFrames);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("run.gif")}));
}

void TestExportController::gifCancelWhileEncodingLeavesNoFile()
{
    constexpr int epochs = 200;  // a frame per epoch: encoding lasts long enough to cancel in the middle
    Studio s;
    s.window.show();
    s.loadXor(epochs);
    s.trainToEnd(epochs, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.gif"));
    QProgressDialog dialog(QStringLiteral("Saving"), QStringLiteral("Cancel"), 0, 1, &s.window);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    auto* bar = dialog.findChild<QProgressBar*>();
    auto* cancel = dialog.findChild<QPushButton*>();
    QVERIFY(bar && cancel);
    bool clicked = false;  // the Cancel button, clicked once the encoder reports its first frames
    connect(bar, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (!clicked && value >= 2 && dialog.labelText().startsWith(QLatin1String("Encoding"))) {
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QString error;
    QVERIFY(!s.saveGif(path, &error, &dialog));
    QVERIFY(clicked);
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestExportController)
#include "test_exportcontroller.moc"
