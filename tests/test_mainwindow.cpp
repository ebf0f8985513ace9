// The studio window end to end: open the autoencoder example, train, pause, save, open the file
// in a second window, and find the very same weights there; a failed build is filed under the
// part of the design at fault, whatever the words of its message.
#include "builtindata.h"
#include "designerwidget.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "session.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
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

    void aCsvNamedLikeTheNetworkIsStillADataError()
    {
        // A path starting with "network" once read as an error of the network's fields.
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("network-data.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a,b,c\n1,2,x\n3,oops,y\n");
        csv.close();
        const QString home = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));  // the path is typed as it is, relative
        const auto back = qScopeGuard([&home] { QDir::setCurrent(home); });
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* designer = window.findChild<DesignerWidget*>();
        QVERIFY(studiodriver::chooseData(window.findChild<QComboBox*>(QStringLiteral("dataSource")), QStringLiteral("csv:")));
        studiodriver::typeInto(window.findChild<QLineEdit*>(QStringLiteral("csvPath")), QStringLiteral("network-data.csv"));
        const auto* dataProblem = window.findChild<QLabel*>(QStringLiteral("dataProblem"));
        QTRY_VERIFY(dataProblem->isVisible());
        QVERIFY2(dataProblem->text().startsWith(QStringLiteral("network-data.csv:3:2: ")), qPrintable(dataProblem->text()));
        QVERIFY2(designer->problem().startsWith(QStringLiteral("Data: network-data.csv:3:2")), qPrintable(designer->problem()));
        const auto* banner = window.findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("network-data.csv")));
    }

    void aTrainedNetworkThatMisfitsItsDataIsADesignError()
    {
        // XOR's trained weights (2 inputs, 1 output) saved with the iris data (4 features, 3 classes).
        bp::Project p = bp::ProjectFile::fromJson(*bp::presetText(QStringLiteral("xor")), "xor");
        bp::Session session(p, bp::builtinReader());
        session.trainer().run(2);
        p = session.project();
        p.data.kind = bp::DataSource::Kind::Builtin;
        p.data.name = "iris";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("misfit.json"));
        bp::ProjectFile::save(p, path.toStdString());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        auto* designer = window.findChild<DesignerWidget*>();
        QTRY_VERIFY(!designer->isValid());
        QVERIFY2(designer->problem().contains(QStringLiteral("4 features")), qPrintable(designer->problem()));
        QVERIFY(!designer->problem().startsWith(QStringLiteral("Data:")));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("dataProblem"))->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("banner"))->text().contains(QStringLiteral("4 features")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
