// The studio window survives ordinary focus moves among the hidden layers' fields: clicking a
// layer's activation, tabbing through the rows and clicking from one field to another once sent
// the focus back and forth without end. Each path is driven with real clicks and keys.
#include "layereditor.h"
#include "mainwindow.h"
#include "studiosettings.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>

using namespace bp;

class TestLayerFocus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
    }

    void clickingTheSecondLayersActivationOpensIt()
    {
        MainWindow window;
        show(window);
        QComboBox* activation = field<QComboBox>(window, QStringLiteral("Activation of hidden layer 2"));
        QVERIFY(activation);
        QTest::mouseClick(activation, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);  // the drop-down list is open
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activePopupWidget() == nullptr);
        QCOMPARE(QApplication::focusWidget(), activation);
        QCOMPARE(window.findChild<LayerEditor*>()->currentLayer(), 1);
    }

    void tabbingIntoTheLayersAndBackMovesOneFieldEachTime()
    {
        MainWindow window;  // as the studio starts: shown, then the example opened
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openExample(QStringLiteral("spiral")));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* start = QApplication::focusWidget();
        QVERIFY(start);
        const bool startedInLayers = window.findChild<LayerEditor*>()->isAncestorOf(start);
        QTest::keyClick(start, Qt::Key_Tab);
        QWidget* first = QApplication::focusWidget();
        QTest::keyClick(first, Qt::Key_Tab);
        QWidget* second = QApplication::focusWidget();
        QVERIFY(second != first);
        QTest::keyClick(second, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), first);
        // The same walk from a layer's neurons field: Tab, Tab, Shift+Tab ends on its activation.
        QSpinBox* neurons = field<QSpinBox>(window, QStringLiteral("Neurons in hidden layer 1"));
        QComboBox* activation = field<QComboBox>(window, QStringLiteral("Activation of hidden layer 1"));
        QVERIFY(neurons && activation);
        QTest::mouseClick(neurons, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), neurons);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), activation);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != activation);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), activation);
        QVERIFY2(!startedInLayers, "opening an example took the keyboard focus into the layers");
    }

    void clickingFromActivationToNeuronsInOneRow()
    {
        MainWindow window;
        show(window);
        QComboBox* activation = field<QComboBox>(window, QStringLiteral("Activation of hidden layer 1"));
        QSpinBox* neurons = field<QSpinBox>(window, QStringLiteral("Neurons in hidden layer 1"));
        QVERIFY(activation && neurons);
        QTest::mouseClick(activation, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activePopupWidget() == nullptr);
        QTest::mouseClick(neurons, Qt::LeftButton);
        QVERIFY(neurons->hasFocus());
        QCOMPARE(window.findChild<LayerEditor*>()->currentLayer(), 0);
    }

    void theHiddenLayersShortcutGoesToTheFirstNeuronsField()
    {
        MainWindow window;
        show(window);
        QTest::keyClick(&window, Qt::Key_Y, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), field<QSpinBox>(window, QStringLiteral("Neurons in hidden layer 1")));
    }

private:
    static void show(MainWindow& window)
    {
        window.resize(1600, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // The visible widget of type W with this accessible name, or nullptr.
    template <class W>
    static W* field(const QWidget& window, const QString& accessibleName)
    {
        for (W* w : window.findChildren<W*>())
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }
};

QTEST_MAIN(TestLayerFocus)
#include "test_layerfocus.moc"
