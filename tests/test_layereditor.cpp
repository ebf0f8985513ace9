// The Designer's layer editor: adding, moving and removing hidden layers changes the spec; a
// layer cannot be given zero neurons, and a stored design with an empty layer is marked.
#include "designertestdata.h"
#include "designerwidget.h"
#include "layereditor.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace designertest;

class TestLayerEditor : public QObject {
    Q_OBJECT
private slots:
    void editingLayersChangesTheSpec()
    {
        DesignerWidget w;
        w.setState({}, classifier(2, 1, bp::Activation::Sigmoid), {});
        auto* editor = w.findChild<LayerEditor*>();
        QVERIFY(editor);
        QSignalSpy architecture(&w, &DesignerWidget::architectureChanged);
        editor->setCurrentLayer(0);
        QTest::mouseClick(w.findChild<QToolButton*>("addLayer"), Qt::LeftButton);  // copy of 8 ReLU after row 0
        QCOMPARE(w.networkSpec().layers.size(), std::size_t(4));
        QCOMPARE(w.networkSpec().layers[1].neurons, 8);
        editor->neuronsField(1)->setValue(12);
        editor->moveDown();  // 8, 5 leaky, 12, output
        bp::NetworkSpec spec = w.networkSpec();
        QCOMPARE(spec.layers[1].activation, bp::Activation::LeakyReLU);
        QCOMPARE(spec.layers[2].neurons, 12);
        QCOMPARE(spec.layers[3].activation, bp::Activation::Sigmoid);  // the output stays last
        editor->setCurrentLayer(0);
        editor->removeLayer();
        spec = w.networkSpec();
        QCOMPARE(spec.layers.size(), std::size_t(3));
        QCOMPARE(spec.layers[0].neurons, 5);
        QCOMPARE(architecture.count(), 4);
        QVERIFY(!w.findChild<QToolButton*>("moveLayerUp")->isEnabled());  // row 0 selected
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
};

QTEST_MAIN(TestLayerEditor)
#include "test_layereditor.moc"
