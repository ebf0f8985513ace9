// The studio window end to end: open the autoencoder example, train, pause, save, open the file
// in a second window, and find the very same weights there.
#include "mainwindow.h"
#include "projectfile.h"
#include "studiosettings.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bp;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
    }

    void trainSaveAndReopenKeepsTheWeights()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("autoencoder.json"));

        MainWindow window;
        QVERIFY(window.openExample(QStringLiteral("autoencoder")));
        window.train();
        QTRY_VERIFY_WITH_TIMEOUT(window.epoch() >= 50, 60000);
        window.pause();
        QTRY_COMPARE(window.state(), TrainingWorker::State::Paused);

        // Saving asks the worker for the project after the pause, so by the time it is saved the
        // pause's final snapshot (sent before the project) has reached the window.
        QSignalSpy saved(&window, &MainWindow::saved);
        window.saveTo(path);
        QTRY_COMPARE(saved.count(), 1);
        const int epoch = window.epoch();
        const bp::Project written = bp::ProjectFile::load(path.toStdString());
        QCOMPARE(int(written.history.size()), epoch);
        QCOMPARE(written.weights.size(), std::size_t(8));  // 7 hidden layers and the output

        // A second window opens the file: its worker must hold exactly the saved weights.
        MainWindow again;
        QVERIFY(again.openFile(path));
        QTRY_COMPARE(again.epoch(), epoch);
        QSignalSpy saved2(&again, &MainWindow::saved);
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        again.saveTo(copy);
        QTRY_COMPARE(saved2.count(), 1);
        const bp::Project reopened = bp::ProjectFile::load(copy.toStdString());
        QVERIFY(reopened == written);
    }

    void aBadProjectFileIsRefusedWithItsPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"backprop-studio-project\", ");
        file.close();
        MainWindow window;
        // The warning box is modal: close it as soon as it appears and check what it said.
        QString shown;
        QTimer::singleShot(0, [&shown] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openFile(path));
        QVERIFY2(shown.contains(path), qPrintable(shown));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
