// The Designer form: what it shows is what its getters return, edits change the spec, and
// problems make it invalid, marked on the field at fault, without any dialog.
#include "designertestdata.h"
#include "designerwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace bp;

using namespace designertest;

class TestDesigner : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreValid()
    {
        DesignerWidget w;
        QVERIFY2(w.isValid(), qPrintable(w.problem()));
        QCOMPARE(w.networkSpec().layers.size(), std::size_t(3));
        QCOMPARE(w.dataSource().name, std::string("xor"));
    }

    void setStateRoundTrips()
    {
        DesignerWidget w;
        bp::DataSource data;
        data.name = "gaussian";
        data.samples = 1234;
        data.noise = 0.25;
        data.classes = 5;
        data.seed = 42;
        data.autoencoder = true;
        const bp::NetworkSpec spec = classifier(3, 5, bp::Activation::Softmax);
        bp::TrainConfig config;
        config.loss = bp::Loss::CategoricalCrossEntropy;
        config.optimizer.kind = bp::OptimizerKind::Momentum;
        config.optimizer.learningRate = 0.003f;
        config.optimizer.momentum = 0.8f;
        config.epochs = 2500;
        config.batchSize = 16;
        config.shuffle = false;
        config.validationSplit = 0.2;
        config.seed = 7;
        w.setState(data, spec, config);
        QVERIFY(w.dataSource() == data);
        QVERIFY(sameSpec(w.networkSpec(), spec));
        const bp::TrainConfig back = w.trainConfig();
        QCOMPARE(back.loss, config.loss);
        QCOMPARE(back.optimizer.kind, config.optimizer.kind);
        QCOMPARE(back.optimizer.learningRate, 0.003f);
        QCOMPARE(back.optimizer.momentum, 0.8f);
        QCOMPARE(back.epochs, 2500);
        QCOMPARE(back.batchSize, 16);
        QCOMPARE(back.shuffle, false);
        QCOMPARE(back.validationSplit, 0.2);
        QCOMPARE(back.seed, std::uint64_t(7));
        QVERIFY2(w.isValid(), qPrintable(w.problem()));

        bp::DataSource csv;
        csv.kind = bp::DataSource::Kind::Csv;
        csv.path = "/data/wine.csv";
        csv.csv.targets = {"quality", "3"};
        csv.csv.header = bp::HeaderMode::Present;
        csv.csv.scaling = bp::Scaling::MinMax;
        w.setState(csv, spec, config);
        QVERIFY(w.dataSource() == csv);

        // The XOR preset generates 4 samples, the fewest a generator takes; the form must show 4.
        data.name = "xor";
        data.autoencoder = false;
        data.samples = 4;
        w.setState(data, spec, config);
        QCOMPARE(w.dataSource().samples, 4);
    }

    void datasetShapeSetsWidths()
    {
        DesignerWidget w;
        w.setDatasetShape(4, 3, true);
        const bp::NetworkSpec spec = w.networkSpec();
        QCOMPARE(spec.inputs, 4);
        QCOMPARE(spec.outputs(), 3);
        QCOMPARE(w.findChild<QLabel*>("inputWidth")->text(), QString("4 features"));
        QVERIFY(w.findChild<QLabel*>("outputWidth")->text().startsWith("3 neurons"));
    }

    void softmaxWithBinaryCrossEntropyIsInvalid()
    {
        DesignerWidget w;
        bp::TrainConfig config;
        config.loss = bp::Loss::CategoricalCrossEntropy;
        w.setState({}, classifier(4, 3, bp::Activation::Softmax), config);
        QVERIFY2(w.isValid(), qPrintable(w.problem()));
        QSignalSpy validity(&w, &DesignerWidget::validityChanged);
        auto* loss = w.findChild<QComboBox*>("loss");
        choose(loss, int(bp::Loss::BinaryCrossEntropy));
        QVERIFY(!w.isValid());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QVERIFY2(w.problem().startsWith("Loss:") && w.problem().contains("binary cross-entropy"), qPrintable(w.problem()));
        QVERIFY(marked(loss));
        QVERIFY(marked(w.findChild<QComboBox*>("outputActivation")));
        QVERIFY(w.findChild<QLabel*>("trainingProblem")->isVisibleTo(&w));

        emit w.findChild<QLabel*>("trainingProblem")->linkActivated("fix");  // "Use softmax + cce"
        QVERIFY2(w.isValid(), qPrintable(w.problem()));
        QCOMPARE(w.trainConfig().loss, bp::Loss::CategoricalCrossEntropy);
        QVERIFY(!marked(loss));
        QCOMPARE(validity.count(), 2);
    }

    void softmaxOnOneOutputAndCceWithoutSoftmaxAreInvalid()
    {
        DesignerWidget w;
        w.setState({}, classifier(2, 1, bp::Activation::Softmax), {});
        QVERIFY(!w.isValid());
        QVERIFY2(w.problem().startsWith("Output layer:"), qPrintable(w.problem()));
        QVERIFY(marked(w.findChild<QComboBox*>("outputActivation")));

        bp::TrainConfig cce;
        cce.loss = bp::Loss::CategoricalCrossEntropy;
        w.setState({}, classifier(2, 3, bp::Activation::Sigmoid), cce);
        QVERIFY(!w.isValid());
        QVERIFY2(w.problem().contains("softmax"), qPrintable(w.problem()));
    }

    void datasetErrorInvalidatesUntilCleared()
    {
        DesignerWidget w;
        QSignalSpy validity(&w, &DesignerWidget::validityChanged);
        w.setDatasetError("iris.csv:12:3: not a number");
        QVERIFY(!w.isValid());
        QVERIFY(w.problem().contains("iris.csv:12:3"));
        QVERIFY(w.findChild<QLabel*>("dataProblem")->isVisibleTo(&w));
        QVERIFY(marked(w.findChild<QComboBox*>("dataSource")));
        w.setDatasetError({});
        QVERIFY(w.isValid());
        QCOMPARE(validity.count(), 2);
        QCOMPARE(validity.at(1).at(0).toBool(), true);
    }

    void learningRateEditsAreSignalled()
    {
        DesignerWidget w;
        QSignalSpy rate(&w, &DesignerWidget::learningRateChanged);
        auto* field = w.findChild<QLineEdit*>("learningRate");
        field->selectAll();
        QTest::keyClicks(field, "0.003");
        QVERIFY(rate.count() >= 1);
        QCOMPARE(rate.last().at(0).toDouble(), 0.003);
        QCOMPARE(w.trainConfig().optimizer.learningRate, 0.003f);

        field->selectAll();
        QTest::keyClicks(field, "abc");
        QTest::keyClick(field, Qt::Key_Return);  // leaving it unreadable is an error, not a silent fix
        QVERIFY(!w.isValid());
        QVERIFY2(w.problem().startsWith("Learning rate:"), qPrintable(w.problem()));
        QVERIFY(marked(field));
        QCOMPARE(w.trainConfig().optimizer.learningRate, 0.003f);
    }

    void setStateEmitsNothing()
    {
        DesignerWidget w;
        QSignalSpy data(&w, &DesignerWidget::dataSourceChanged), arch(&w, &DesignerWidget::architectureChanged),
            training(&w, &DesignerWidget::trainingChanged), rate(&w, &DesignerWidget::learningRateChanged),
            validity(&w, &DesignerWidget::validityChanged);
        bp::DataSource iris;
        iris.kind = bp::DataSource::Kind::Builtin;
        iris.name = "iris";
        bp::TrainConfig config;
        config.loss = bp::Loss::BinaryCrossEntropy;  // invalid with softmax: validity changes silently
        config.optimizer.learningRate = 0.5f;
        w.setState(iris, classifier(4, 3, bp::Activation::Softmax), config);
        QVERIFY(!w.isValid());
        for (QSignalSpy* spy : {&data, &arch, &training, &rate, &validity})
            QCOMPARE(spy->count(), 0);
    }
};

QTEST_MAIN(TestDesigner)
#include "test_designer.moc"
