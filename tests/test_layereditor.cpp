// The Designer's layer editor: adding, moving and removing hidden layers with each row's own
// buttons changes the spec; Tab walks the rows in order; a tall stack scrolls; a layer cannot be
// given zero neurons, and a stored design with an empty layer is marked.
#include "designertestdata.h"
#include "designerwidget.h"
#include "layereditor.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace bp;

using namespace designertest;

class TestLayerEditor : public QObject {
    Q_OBJECT
private slots:
    void clickingTheRowButtonsChangesTheSpec()
    {
        DesignerWidget w;
        w.setState({}, classifier(2, 1, bp::Activation::Sigmoid), {});  // 8 ReLU, 5 leaky, output
        designertest::showActive(w);
        QSignalSpy architecture(&w, &DesignerWidget::architectureChanged);
        QVERIFY(!button(w, "moveLayerUp1")->isEnabled());
        QVERIFY(!button(w, "moveLayerDown2")->isEnabled());
        QTest::mouseClick(button(w, "addLayer"), Qt::LeftButton);  // a copy of the last: 5 leaky
        bp::NetworkSpec spec = w.networkSpec();
        QCOMPARE(spec.layers.size(), std::size_t(4));
        QCOMPARE(spec.layers[2].neurons, 5);
        QCOMPARE(spec.layers[2].activation, bp::Activation::LeakyReLU);
        QCOMPARE(spec.layers[3].activation, bp::Activation::Sigmoid);  // the output stays last
        QVERIFY(button(w, "moveLayerDown2")->isEnabled());

        QSpinBox* third = w.findChild<QSpinBox*>("layerNeurons3");
        QVERIFY(third);
        QTest::mouseClick(third, Qt::LeftButton);
        QTest::keyClick(third, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(third, QStringLiteral("12"));
        QTest::keyClick(third, Qt::Key_Return);
        QTest::mouseClick(button(w, "moveLayerUp3"), Qt::LeftButton);  // 8, 12 leaky, 5 leaky
        spec = w.networkSpec();
        QCOMPARE(spec.layers[1].neurons, 12);
        QCOMPARE(spec.layers[2].neurons, 5);
        QVERIFY(button(w, "moveLayerUp2")->hasFocus());  // the focus follows the layer it moved
        QTest::mouseClick(button(w, "moveLayerDown1"), Qt::LeftButton);  // 12, 8 ReLU, 5
        spec = w.networkSpec();
        QCOMPARE(spec.layers[0].neurons, 12);
        QCOMPARE(spec.layers[1].activation, bp::Activation::ReLU);

        QTest::mouseClick(button(w, "removeLayer1"), Qt::LeftButton);  // 8 ReLU, 5 leaky
        spec = w.networkSpec();
        QCOMPARE(spec.layers.size(), std::size_t(3));
        QCOMPARE(spec.layers[0].neurons, 8);
        QCOMPARE(spec.layers[1].neurons, 5);
        QVERIFY(button(w, "removeLayer1")->hasFocus());  // on the row that took the removed one's place
        QTest::mouseClick(button(w, "removeLayer2"), Qt::LeftButton);
        QTest::mouseClick(button(w, "removeLayer1"), Qt::LeftButton);
        QCOMPARE(w.networkSpec().layers.size(), std::size_t(1));  // only the output is left
        QVERIFY(!w.findChild<QSpinBox*>("layerNeurons1"));
        QVERIFY(button(w, "addLayer")->hasFocus());
        QTest::mouseClick(button(w, "addLayer"), Qt::LeftButton);  // from nothing: 4 tanh
        QCOMPARE(w.networkSpec().layers[0].neurons, 4);
        QCOMPARE(w.networkSpec().layers[0].activation, bp::Activation::Tanh);
        QCOMPARE(architecture.count(), 8);
    }

    void spaceOnAnArrowMovesTheLayerAndTheFocusFollows()
    {
        DesignerWidget w;
        w.setState({}, classifier(2, 1, bp::Activation::Sigmoid), {});
        designertest::showActive(w);
        QToolButton* down = button(w, "moveLayerDown1");
        down->setFocus(Qt::TabFocusReason);
        QTest::keyClick(down, Qt::Key_Space);
        QCOMPARE(w.networkSpec().layers[0].neurons, 5);
        QCOMPARE(w.networkSpec().layers[1].neurons, 8);
        QVERIFY(button(w, "moveLayerUp2")->hasFocus());  // row 2 has no way down: the other arrow
    }

    void tabWalksTheRowsInOrder()
    {
        DesignerWidget w;
        w.setState({}, classifier(2, 1, bp::Activation::Sigmoid), {});
        designertest::showActive(w);
        const char* order[] = {"layerNeurons1", "layerActivation1", "moveLayerDown1", "removeLayer1",
                               "layerNeurons2", "layerActivation2", "moveLayerUp2", "removeLayer2", "addLayer"};
        QTest::mouseClick(w.findChild<QWidget*>(order[0]), Qt::LeftButton);
        for (const char* name : order) {
            QCOMPARE(QApplication::focusWidget()->objectName(), QString(name));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QString("addLayer"));
    }

    void aTallStackScrolls()
    {
        DesignerWidget w;
        auto* editor = w.findChild<LayerEditor*>();
        editor->setLayers(std::vector<bp::LayerSpec>(8, {3, bp::Activation::Tanh}));
        const int eight = editor->sizeHint().height();
        editor->setLayers(std::vector<bp::LayerSpec>(20, {3, bp::Activation::Tanh}));
        QCOMPARE(editor->sizeHint().height(), eight);  // no taller than 8 rows
        QCOMPARE(int(editor->layers().size()), 20);
        designertest::showActive(w);
        editor->setCurrentLayer(19);  // a problem in the last layer scrolls it into view
        auto* scroll = editor->findChild<QScrollArea*>();
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        QVERIFY(editor->neuronsField(19)->visibleRegion().boundingRect().height() > 0);
        editor->setCurrentLayer(0);
        QTest::mouseClick(button(w, "addLayer"), Qt::LeftButton);  // the new last row comes into view
        QTRY_VERIFY(editor->neuronsField(20) && editor->neuronsField(20)->visibleRegion().boundingRect().height() > 0);
        QCOMPARE(editor->neuronsField(20)->visibleRegion().boundingRect().height(), editor->neuronsField(20)->height());
    }

    void zeroNeuronsAreImpossibleOrInvalid()
    {
        DesignerWidget w;
        auto* editor = w.findChild<LayerEditor*>();
        editor->neuronsField(0)->setValue(0);
        QCOMPARE(editor->neuronsField(0)->value(), 1);  // the user cannot pick 0
        bp::NetworkSpec spec = classifier(2, 1, bp::Activation::Sigmoid);
        spec.layers[1].neurons = 0;  // a stored design with an empty layer is shown, and marked
        w.setState({}, spec, {});
        QVERIFY(!w.isValid());
        QVERIFY2(w.problem().startsWith("Hidden layer 2:"), qPrintable(w.problem()));
        QVERIFY(marked(editor->neuronsField(1)));
        QCOMPARE(w.networkSpec().layers[1].neurons, 0);
    }

private:
    static QToolButton* button(const QWidget& w, const char* name)
    {
        auto* b = w.findChild<QToolButton*>(name);
        if (!b)
            qWarning("no button %s", name);
        return b;
    }
};

QTEST_MAIN(TestLayerEditor)
#include "test_layereditor.moc"
