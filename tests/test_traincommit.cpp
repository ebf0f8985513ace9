// A count typed into a spin box but not yet committed with Return or Tab still counts when the
// user clicks Train: the studio trains for the epochs the field shows, not the ones before. When
// the window closes instead, the half-typed value is dropped without a question.
#include "mainwindow.h"
#include "studioactions.h"
#include "studiosettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace bp;

class TestTrainCommit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
        StudioActions::rememberSpeed(TrainingPace::fastest);  // runs here train to their end untamed
    }

    void trainingUsesTheEpochsTypedSoFar()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* epochs = window.findChild<QSpinBox*>("epochs");
        QVERIFY(epochs);
        QTest::mouseClick(epochs, Qt::LeftButton);
        QTRY_VERIFY(epochs->hasFocus());
        QTest::keyClick(epochs, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(epochs, QStringLiteral("7"));  // no Return: the field still has the focus

        QToolButton* train = nullptr;
        for (QToolBar* bar : window.findChildren<QToolBar*>())
            for (QAction* action : bar->actions())
                if (action->text() == QStringLiteral("Train"))
                    train = qobject_cast<QToolButton*>(bar->widgetForAction(action));
        QVERIFY(train);
        QTest::mouseClick(train, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == TrainingWorker::State::Finished, 30000);
        QTRY_COMPARE(window.epoch(), 7);  // the run's last snapshot follows its state change
    }

    void closingWithAValueStillBeingTypedAsksOnlyAboutSaving()
    {
        auto* window = new MainWindow;
        window->resize(1600, 1000);
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->train();
        QTRY_VERIFY_WITH_TIMEOUT(window->state() == TrainingWorker::State::Finished, 30000);
        QTRY_VERIFY(window->epoch() > 0);  // the run's last snapshot follows its state change
        auto* epochs = window->findChild<QSpinBox*>("epochs");
        QTest::mouseClick(epochs, Qt::LeftButton);
        QTest::keyClick(epochs, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(epochs, QStringLiteral("7"));

        QStringList asked;  // every question the window puts; "discard" answers the one about saving
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked << box->windowTitle();
            if (QAbstractButton* discard = box->button(QMessageBox::Discard); discard && asked.size() == 1)
                discard->click();
            else
                box->reject();
        });
        answer.start(10);
        QVERIFY(window->close());
        delete window;
        QCOMPARE(asked.join(" / "), QStringLiteral("Save trained weights?"));

        // Deleted without being closed (as a test does), the window asks nothing at all.
        window = new MainWindow;
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->train();
        QTRY_VERIFY_WITH_TIMEOUT(window->state() == TrainingWorker::State::Finished, 30000);
        QTRY_VERIFY(window->epoch() > 0);  // the run's last snapshot follows its state change
        epochs = window->findChild<QSpinBox*>("epochs");
        QTest::mouseClick(epochs, Qt::LeftButton);
        QTest::keyClick(epochs, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(epochs, QStringLiteral("7"));
        asked.clear();
        delete window;
        QCOMPARE(asked.join(" / "), QString());
    }
};

QTEST_MAIN(TestTrainCommit)
#include "test_traincommit.moc"
