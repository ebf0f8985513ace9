// A count typed into a spin box but not yet committed with Return or Tab still counts when the
// user clicks Train: the studio trains for the epochs the field shows, not the ones before.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QSpinBox>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

class TestTrainCommit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Backprop Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_traincommit"));
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
        QCOMPARE(window.epoch(), 7);
    }
};

QTEST_MAIN(TestTrainCommit)
#include "test_traincommit.moc"
