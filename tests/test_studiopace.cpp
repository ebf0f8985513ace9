// The studio's pace and run length, through its real controls: the Speed box starts on Watchable
// and remembers what is picked, and a finished run trains on when Epochs is raised or Train is
// pressed again, keeping its weights and never asking to discard them.
#include "mainwindow.h"
#include "studioactions.h"
#include "studiosettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include "studiodriver.h"

using namespace bp;

namespace {

QComboBox* speedBox(QWidget* window) { return window->findChild<QComboBox*>(QStringLiteral("speed")); }

// Picks the Speed box's item reading text with the mouse: a click opens the list, a click on the item picks it.
void clickSpeed(QComboBox* box, const QString& text)
{
    const int row = box->findText(text);
    QVERIFY(row >= 0);
    studiodriver::chooseEntry(box, row);
    QTRY_VERIFY(!box->view()->isVisible());
}

}  // namespace

class TestStudioPace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
        QSettings().clear();
    }

    void speedStartsWatchableAndIsRemembered()
    {
        {
            QMainWindow window;
            auto* actions = new StudioActions(&window);
            window.show();
            QComboBox* box = speedBox(&window);
            QVERIFY(box);
            QCOMPARE(box->currentText(), QStringLiteral("Watchable"));
            QCOMPARE(actions->speed(), TrainingPace::watchable);

            QSignalSpy chosen(actions, &StudioActions::speedChosen);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_End);  // the last choice, one key away
            QCOMPARE(box->currentText(), QStringLiteral("As fast as possible"));
            QCOMPARE(chosen.count(), 1);
            QCOMPARE(chosen.last().at(0).toInt(), TrainingPace::fastest);

            clickSpeed(box, QStringLiteral("30 epochs/s"));
            QCOMPARE(actions->speed(), 30);
            QCOMPARE(chosen.last().at(0).toInt(), 30);
        }
        QCOMPARE(QSettings().value(QStringLiteral("trainingSpeed")).toInt(), 30);
        QMainWindow next;  // a later studio starts with the choice made last
        auto* actions = new StudioActions(&next);
        QCOMPARE(speedBox(&next)->currentText(), QStringLiteral("30 epochs/s"));
        QCOMPARE(actions->speed(), 30);
    }

    void raisedEpochsAndTrainAgainTrainOn()
    {
        StudioActions::rememberSpeed(TrainingPace::fastest);
        MainWindow window;  // the default design: XOR, 500 epochs
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* epochs = window.findChild<QSpinBox*>(QStringLiteral("epochs"));
        QVERIFY(epochs);
        QCOMPARE(epochs->value(), 500);
        // Any question would be modal and hold the test up: note it and answer Cancel.
        QString asked;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&asked] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                asked = modal->windowTitle();
                modal->close();
            }
        });
        watch.start(50);

        window.train();
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == TrainingWorker::State::Finished, 20000);
        QTRY_COMPARE(window.epoch(), 500);

        // Raise Epochs by typing into the real field: no new network, the run goes on from 500.
        epochs->setFocus();
        QTest::keyClick(epochs, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(epochs, QStringLiteral("800"));
        QTest::keyClick(epochs, Qt::Key_Return);
        QTRY_COMPARE(window.state(), TrainingWorker::State::Paused);
        QCOMPARE(window.epoch(), 500);
        window.train();
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == TrainingWorker::State::Finished, 20000);
        QTRY_COMPARE(window.epoch(), 800);

        // Train after the end: another run of 800.
        window.train();
        QTRY_VERIFY_WITH_TIMEOUT(window.epoch() == 1600 && window.state() == TrainingWorker::State::Finished, 20000);
        QVERIFY2(asked.isEmpty(), qPrintable(QStringLiteral("asked: ") + asked));
    }
};

QTEST_MAIN(TestStudioPace)
#include "test_studiopace.moc"
