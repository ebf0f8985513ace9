// The designer's spin boxes act on a committed value, not on each keystroke: typing 600 into
// Epochs must not first train for 6, then 60 epochs. Return, leaving the field or an arrow step
// commits; every spin box of the form behaves so.
#include "designertestdata.h"
#include "designerwidget.h"
#include "layereditor.h"
#include "trainingform.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace bp;

class TestSpinCommit : public QObject {
    Q_OBJECT
private slots:
    void typingEpochsChangesTheFormOnceOnReturn()
    {
        DesignerWidget w;
        designertest::showActive(w);
        auto* form = w.findChild<TrainingForm*>();
        auto* epochs = w.findChild<QSpinBox*>("epochs");
        QVERIFY(form && epochs);
        const int before = w.trainConfig().epochs;
        QVERIFY(before != 600);
        QTest::mouseClick(epochs, Qt::LeftButton);
        QTRY_VERIFY(epochs->hasFocus());
        QTest::keyClick(epochs, Qt::Key_A, Qt::ControlModifier);
        QSignalSpy changed(form, &TrainingForm::changed);
        QSignalSpy training(&w, &DesignerWidget::trainingChanged);
        QTest::keyClicks(epochs, QStringLiteral("600"));
        QCOMPARE(changed.count(), 0);  // not at "6", nor at "60"
        QCOMPARE(w.trainConfig().epochs, before);
        QTest::keyClick(epochs, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(training.count(), 1);
        QCOMPARE(w.trainConfig().epochs, 600);
    }

    void leavingAFieldCommitsWhatWasTyped()
    {
        DesignerWidget w;
        designertest::showActive(w);
        QSpinBox* neurons = w.findChild<LayerEditor*>()->neuronsField(0);
        QVERIFY(neurons);
        QSignalSpy architecture(&w, &DesignerWidget::architectureChanged);
        QTest::mouseClick(neurons, Qt::LeftButton);
        QTRY_VERIFY(neurons->hasFocus());
        QTest::keyClick(neurons, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(neurons, QStringLiteral("12"));
        QCOMPARE(architecture.count(), 0);
        QTest::keyClick(neurons, Qt::Key_Tab);  // on to the activation: the count is committed
        QVERIFY(!neurons->hasFocus());
        QCOMPARE(architecture.count(), 1);
        QCOMPARE(w.networkSpec().layers[0].neurons, 12);
        QTest::keyClick(neurons, Qt::Key_Up);  // an arrow step acts at once
        QCOMPARE(architecture.count(), 2);
        QCOMPARE(w.networkSpec().layers[0].neurons, 13);
    }

    void everySpinBoxWaitsForACommit()
    {
        DesignerWidget w;
        const QList<QAbstractSpinBox*> boxes = w.findChildren<QAbstractSpinBox*>();
        QVERIFY(boxes.size() >= 10);
        for (const QAbstractSpinBox* box : boxes)
            QVERIFY2(!box->keyboardTracking(), qPrintable(box->objectName() + " " + box->toolTip()));
    }
};

QTEST_MAIN(TestSpinCommit)
#include "test_spincommit.moc"
