// The studio stays consistent when the data or the design changes, and asks before losing work:
// driven through the real window's widgets with mouse clicks and keys.
#include "fieldtitle.h"
#include "inputerror.h"
#include "mainwindow.h"
#include "outputfit.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace bp;

namespace {

template <typename T>
T* child(QWidget& window, const char* name)
{
    T* widget = window.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QAction* action(QWidget& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    qFatal("no action %s", qPrintable(text));
}

// Answers the next modal message box with button and returns what it said through text.
void answerNextBox(QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(0, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        *text = box->text();
        box->button(button)->click();
    });
}

int current(QComboBox* combo) { return combo->currentData().toInt(); }

// Clicks the start of a problem label's last line, where its quick-fix link is, once laid out.
void clickLastLine(QLabel* label)
{
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
    const QRect r = label->contentsRect();
    const QFontMetrics metrics(label->font());
    const QPoint link(r.left() + metrics.horizontalAdvance(QStringLiteral("Use")) / 2, r.bottom() - metrics.height() / 2);
    QTest::mouseClick(label, Qt::LeftButton, {}, link);
}

// Presses Space where the keyboard focus is, as a person would, and checks that training starts.
void spaceTrains(MainWindow& window)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Space);
    QTRY_VERIFY(window.epoch() > 0);
    window.pause();
    QTRY_VERIFY(window.state() != TrainingWorker::State::Training);
}

}  // namespace

class TestDesignConsistency : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
    }

    void anOutputPickedRightAfterADataSwitchIsKept()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* activation = child<QComboBox>(window, "outputActivation");
        QTRY_VERIFY(window.findChild<DesignerWidget*>()->isValid());
        // The switch to regression sends a load that refits the output; before its answer comes,
        // the person picks the next output activation with the keyboard (a second load).
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:sine")));
        activation->setFocus();
        QTest::keyClick(activation, Qt::Key_Down);
        const int picked = current(activation);
        QVERIFY(picked != int(bp::Activation::Linear));
        // Both loads answered: the network the worker built has the pick ...
        QTRY_COMPARE(int(window.findChild<bp::NetworkGraphWidget*>()->painter().spec().layers.back().activation), picked);
        const QString broken = studioprobe::settle(window);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QCOMPARE(current(activation), picked);  // ... and the late refit did not overwrite it in the form
    }

    void irisToSineFitsTheOutputToRegression()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* source = child<QComboBox>(window, "dataSource");
        auto* inputs = child<QLabel>(window, "inputWidth");
        auto* outputs = child<QLabel>(window, "outputWidth");
        auto* activation = child<QComboBox>(window, "outputActivation");
        auto* loss = child<QComboBox>(window, "loss");
        auto* banner = child<QLabel>(window, "banner");

        QVERIFY(studiodriver::chooseData(source, QStringLiteral("builtin:iris")));
        QTRY_COMPARE(inputs->text(), QStringLiteral("4 features"));
        QTRY_COMPARE(outputs->text(), QStringLiteral("3 neurons ·"));
        QCOMPARE(current(activation), int(bp::Activation::Softmax));
        QCOMPARE(current(loss), int(bp::Loss::CategoricalCrossEntropy));

        QVERIFY(studiodriver::chooseData(source, QStringLiteral("generator:sine")));
        QTRY_COMPARE(inputs->text(), QStringLiteral("1 feature"));
        QTRY_COMPARE(outputs->text(), QStringLiteral("1 neuron ·"));
        QTRY_COMPARE(current(activation), int(bp::Activation::Linear));
        QCOMPARE(current(loss), int(bp::Loss::MSE));
        QCOMPARE(QApplication::focusWidget(), source);  // the keys stay where the person is
        QTest::qWait(200);  // a failure would come after the load
        QVERIFY2(banner->isHidden(), qPrintable(banner->text()));
        QVERIFY(action(window, tr("Train"))->isEnabled());
    }

    void xorToIrisFitsTheOutputToThreeClasses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* activation = child<QComboBox>(window, "outputActivation");
        auto* loss = child<QComboBox>(window, "loss");
        QCOMPARE(current(activation), int(bp::Activation::Sigmoid));  // the first design: XOR
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("builtin:iris")));
        QTRY_COMPARE(current(activation), int(bp::Activation::Softmax));
        QCOMPARE(current(loss), int(bp::Loss::CategoricalCrossEntropy));
        QTRY_COMPARE(child<QLabel>(window, "outputWidth")->text(), QStringLiteral("3 neurons ·"));

        // Back to two classes: one sigmoid output with binary cross-entropy.
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:moons")));
        QTRY_COMPARE(current(activation), int(bp::Activation::Sigmoid));
        QCOMPARE(current(loss), int(bp::Loss::BinaryCrossEntropy));
        QVERIFY(child<QLabel>(window, "banner")->isHidden());
    }

    void aBannerAboutDataLeftBehindIsCleared()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = child<QLabel>(window, "banner");
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("csv:")));
        auto* path = child<QLineEdit>(window, "csvPath");
        path->setFocus();
        QTest::keyClicks(path, QStringLiteral("/nonexistent/table.csv"));
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("/nonexistent/table.csv")), qPrintable(banner->text()));
        QVERIFY(!action(window, tr("Step"))->isEnabled());

        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:moons")));
        QTRY_VERIFY(banner->isHidden());
        QVERIFY(child<QLabel>(window, "dataProblem")->isHidden());
        QTRY_VERIFY(action(window, tr("Step"))->isEnabled());
    }

    void aDataProblemSpeaksTheFormsWords()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("one-column.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("y\n1\n2\n3\n4\n");  // a target and no feature
        csv.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("csv:")));
        auto* path = child<QLineEdit>(window, "csvPath");
        path->setFocus();
        QTest::keyClicks(path, file);
        QTest::keyClick(path, Qt::Key_Return);
        auto* banner = child<QLabel>(window, "banner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Targets: ")), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QStringLiteral("csv.")), qPrintable(banner->text()));
    }

    void aQuickFixForRegressionDoesNotLeadBack()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* activation = child<QComboBox>(window, "outputActivation");
        auto* loss = child<QComboBox>(window, "loss");
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:sine")));
        QTRY_COMPARE(current(activation), int(bp::Activation::Linear));
        // Binary cross-entropy on a linear output: the fix offered must suit regression.
        QVERIFY(studiodriver::chooseData(loss, int(bp::Loss::BinaryCrossEntropy)));
        auto* message = child<QLabel>(window, "trainingProblem");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("linear + mean squared error")), qPrintable(message->text()));
        clickLastLine(message);
        QTRY_COMPARE(current(loss), int(bp::Loss::MSE));
        QCOMPARE(current(activation), int(bp::Activation::Linear));
        QVERIFY(message->isHidden());
        QVERIFY(action(window, tr("Train"))->isEnabled());
    }

    void stepIsDisabledWhileTheDesignIsInvalid()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* bar = child<QToolBar>(window, "trainingToolBar");
        QAction* step = action(window, tr("Step"));
        auto* stepButton = qobject_cast<QToolButton*>(bar->widgetForAction(step));
        QVERIFY(stepButton);
        QTRY_VERIFY(step->isEnabled());

        // A CSV source with no file chosen: neither Train nor Step may run the old data.
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("csv:")));
        QVERIFY(!step->isEnabled());
        QVERIFY(!action(window, tr("Train"))->isEnabled());
        QTest::mouseClick(stepButton, Qt::LeftButton);
        QTest::keyClick(&window, Qt::Key_F10);
        QTest::qWait(300);
        QCOMPARE(window.epoch(), 0);

        // Back to XOR, then a loss that does not fit the sigmoid output.
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:xor")));
        QTRY_VERIFY(step->isEnabled());
        auto* loss = child<QComboBox>(window, "loss");
        QVERIFY(studiodriver::chooseData(loss, int(bp::Loss::CategoricalCrossEntropy)));
        QVERIFY(!step->isEnabled());
        QTest::mouseClick(stepButton, Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(window.epoch(), 0);

        // Valid again: Step trains exactly one epoch.
        QVERIFY(studiodriver::chooseData(loss, int(bp::Loss::MSE)));
        QTRY_VERIFY(step->isEnabled());
        QTest::mouseClick(stepButton, Qt::LeftButton);
        QTRY_COMPARE(window.epoch(), 1);
    }

    void spaceTrainsRightAfterStartUp()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        spaceTrains(window);
    }

    void spaceTrainsRightAfterOpeningAnExample()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QWidget>(window, "epochs")->setFocus();  // a spin box, which eats Space
        QVERIFY(window.openExample(QStringLiteral("spiral")));
        spaceTrains(window);
    }

    void openingAnExampleOverTrainedWeightsAsks()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* step = action(window, tr("Step"));
        QTRY_VERIFY(step->isEnabled());
        step->trigger();
        QTRY_COMPARE(window.epoch(), 1);

        QString asked;
        answerNextBox(QMessageBox::Cancel, &asked);
        QVERIFY(!window.openExample(QStringLiteral("iris")));
        QVERIFY2(asked.contains(QStringLiteral("1 epochs")), qPrintable(asked));
        QCOMPARE(window.epoch(), 1);
        QCOMPARE(child<QComboBox>(window, "dataSource")->currentData().toString(), QStringLiteral("generator:xor"));

        asked.clear();
        answerNextBox(QMessageBox::Discard, &asked);
        QVERIFY(window.openExample(QStringLiteral("iris")));
        QVERIFY(!asked.isEmpty());
        QTRY_COMPARE(window.epoch(), 0);
        QCOMPARE(child<QComboBox>(window, "dataSource")->currentData().toString(), QStringLiteral("builtin:iris"));
    }

    void resetOverTrainedWeightsAsks()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* step = action(window, tr("Step"));
        QTRY_VERIFY(step->isEnabled());
        step->trigger();
        step->trigger();
        QTRY_COMPARE(window.epoch(), 2);
        QString asked;
        answerNextBox(QMessageBox::Cancel, &asked);
        action(window, tr("Reset"))->trigger();
        QVERIFY(!asked.isEmpty());
        QTest::qWait(200);
        QCOMPARE(window.epoch(), 2);
        answerNextBox(QMessageBox::Discard, &asked);
        action(window, tr("Reset"))->trigger();
        QTRY_COMPARE(window.epoch(), 0);
    }

    void aNewLearningRateMarksTheProjectModified()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.windowTitle().contains(QStringLiteral(" *")));
        auto* rate = child<QLineEdit>(window, "learningRate");
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("0.02"));
        QTest::keyClick(rate, Qt::Key_Return);
        QVERIFY2(window.windowTitle().contains(QStringLiteral(" *")), qPrintable(window.windowTitle()));
    }

    void anOutputIsReplacedOnlyWhenItCannotLearnTheTask()
    {
        using bp::Activation, bp::Loss;
        bp::NetworkSpec spec;
        spec.layers = {{8, Activation::Tanh}, {64, Activation::Sigmoid}};
        Loss loss = Loss::MSE;
        // Reconstructing min-max scaled pixels: sigmoid reaches every target, so it stays.
        QVERIFY(!bp::fitOutputToTask(spec, loss, {64, false, 0.0f, 1.0f}));
        // Values beyond (0, 1): linear + mse.
        QVERIFY(bp::fitOutputToTask(spec, loss, {64, false, -1.2f, 1.1f}));
        QCOMPARE(spec.layers.back().activation, Activation::Linear);
        QCOMPARE(loss, Loss::MSE);
        // Two classes keep a sigmoid output with sum of squares; three classes take softmax + cce.
        spec.layers.back() = {1, Activation::Sigmoid};
        loss = Loss::SumSquares;
        QVERIFY(!bp::fitOutputToTask(spec, loss, {1, true, 0.0f, 1.0f}));
        QVERIFY(bp::fitOutputToTask(spec, loss, {3, true, 0.0f, 1.0f}));
        QCOMPARE(spec.layers.back().activation, Activation::Softmax);
        QCOMPARE(loss, Loss::CategoricalCrossEntropy);
        // Whatever it picks passes the checks for that width.
        for (const bp::Task& task : {bp::Task{1, true, 0, 1}, bp::Task{3, true, 0, 1}, bp::Task{2, false, -5, 5}}) {
            const bp::OutputChoice pick = bp::suitedOutput(task.outputs, task.classification);
            QVERIFY(bp::suitsTask(pick, task));
            spec.layers.back() = {task.outputs, pick.activation};
            QVERIFY(!bp::checkSpec(spec, pick.loss));
        }
    }

    void fieldsAreNamedInThePersonsWords()
    {
        const bp::InputError output({}, 0, 0, "network.layers[1].activation", "softmax on one output is always 1");
        QCOMPARE(bp::readableError(output, 2), std::string("Output layer: softmax on one output is always 1"));
        QCOMPARE(bp::fieldTitle("network.layers[1].neurons", 3), std::string("Hidden layer 2"));
        QCOMPARE(bp::fieldTitle("layers[0].activation", 2), std::string("Hidden layer 1"));
        QCOMPARE(bp::fieldTitle("training.loss", 2), std::string("Loss"));
        QCOMPARE(bp::fieldTitle("loss", 2), std::string("Loss"));
        QCOMPARE(bp::fieldTitle("csv.targets", 2), std::string("Targets"));
        const bp::InputError cell("data.csv", 3, 2, {}, "not a number");
        QCOMPARE(bp::readableError(cell, 2), std::string(cell.what()));  // no field: unchanged
    }
};

QTEST_MAIN(TestDesignConsistency)
#include "test_designconsistency.moc"
