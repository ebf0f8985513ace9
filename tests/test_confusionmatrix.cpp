// The confusion matrix counted by the core: a hand-worked case, the one-output (sigmoid) rule,
// its overall accuracy against the core's accuracy metric on iris, and the validation split's
// matrix counting the held-out samples only.
#include "confusionmatrix.h"
#include "coretestdata.h"
#include "metrics.h"
#include "projectfile.h"
#include "session.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace bp;

namespace {

const std::string sourceDir = BACKPROP_SOURCE_DIR;

// The shipped datasets read from the source tree, as the programs read them from resources.
BuiltinReader sourceTreeReader()
{
    return [](const std::string& name) -> std::optional<std::string> {
        std::ifstream in(sourceDir + "/resources/datasets/" + name + ".csv");
        if (!in)
            return std::nullopt;
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
}

}  // namespace

class TestConfusionMatrix : public QObject {
    Q_OBJECT
private slots:
    void countsTheHandWorkedCase()
    {
        const ConfusionMatrix m = ConfusionMatrix::of(coretest::handNetwork(), coretest::handPairs());
        QCOMPARE(m.classes(), 2);
        QCOMPARE(m.count(0, 0), Index(1));
        QCOMPARE(m.count(0, 1), Index(1));  // the third sample
        QCOMPARE(m.count(1, 0), Index(0));
        QCOMPARE(m.count(1, 1), Index(2));
        QCOMPARE(m.total(), Index(4));
        QCOMPARE(m.correct(), Index(3));
        QCOMPARE(m.truthTotal(0), Index(2));
        QCOMPARE(m.predictedTotal(1), Index(3));
        QCOMPARE(m.classAccuracy(0).value_or(-1), 0.5f);
        QCOMPARE(m.classAccuracy(1).value_or(-1), 1.0f);
        QCOMPARE(m.accuracy(), 0.75f);
        QCOMPARE(m.largestCount(), Index(2));
    }

    void oneOutputSplitsAtOneHalf()
    {
        Matrix P(1, 5), Y(1, 5);
        P << 0.2f, 0.7f, 0.5f, 0.4f, 0.49f;
        Y << 0, 1, 0, 1, 0;
        const ConfusionMatrix m = ConfusionMatrix::fromPredictions(P, Y);
        QCOMPARE(m.classes(), 2);
        QCOMPARE(m.count(0, 0), Index(2));  // 0.2 and 0.49
        QCOMPARE(m.count(0, 1), Index(1));  // 0.5 counts as class 1, as the accuracy metric says
        QCOMPARE(m.count(1, 0), Index(1));  // 0.4
        QCOMPARE(m.count(1, 1), Index(1));
        QCOMPARE(m.accuracy(), accuracy(P, Y));
    }

    void aClassWithoutSamplesHasNoAccuracy()
    {
        ConfusionMatrix m(3);
        m.add(0, 0);
        m.add(2, 1);
        QVERIFY(!m.classAccuracy(1).has_value());
        QCOMPARE(m.classAccuracy(2).value_or(-1), 0.0f);
        QVERIFY(ConfusionMatrix().empty());
        QCOMPARE(ConfusionMatrix().accuracy(), 0.0f);
    }

    void refusesAClassOutsideTheMatrix()
    {
        ConfusionMatrix m(2);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, m.add(2, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, m.add(0, -1));
        QCOMPARE(m.total(), Index(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ConfusionMatrix::fromPredictions(Matrix(3, 2), Matrix(3, 4)));
    }

    void irisDiagonalIsTheCoreAccuracyAndValidationCountsHeldOutSamplesOnly()
    {
        Project project = ProjectFile::load(sourceDir + "/resources/presets/iris.json");
        Session session(project, sourceTreeReader());
        session.trainer().run(15);  // part-trained: some samples still wrong
        const Network& net = session.network();
        const Dataset &train = session.trainSet(), &validation = session.validationSet();
        QCOMPARE(train.samples(), Index(120));
        QCOMPARE(validation.samples(), Index(30));

        const ConfusionMatrix t = ConfusionMatrix::of(net, train);
        const ConfusionMatrix v = ConfusionMatrix::of(net, validation);
        QCOMPARE(t.classes(), 3);
        QCOMPARE(t.total(), Index(120));
        QCOMPARE(v.total(), Index(30));
        QCOMPARE(t.accuracy(), accuracy(net.predict(train.X), train.Y));
        QCOMPARE(t.correct(), correctCount(net.predict(train.X), train.Y));
        // The trainer scores validation with the weights the epoch ended with, as here.
        QCOMPARE(v.accuracy(), session.trainer().history().back().validationAccuracy.value_or(-1));
        QVERIFY2(v.accuracy() < 1.0f || t.accuracy() < 1.0f, "the test needs a sample still misclassified");

        // Every true class's row holds exactly that class's samples of each part.
        const ConfusionMatrix all = ConfusionMatrix::of(net, session.data());
        for (int truth = 0; truth < 3; ++truth) {
            Index inValidation = 0;
            for (Index j = 0; j < validation.samples(); ++j)
                inValidation += validation.label(j) == truth;
            QCOMPARE(v.truthTotal(truth), inValidation);
            for (int predicted = 0; predicted < 3; ++predicted)
                QCOMPARE(t.count(truth, predicted) + v.count(truth, predicted), all.count(truth, predicted));
        }
    }
};

QTEST_APPLESS_MAIN(TestConfusionMatrix)
#include "test_confusionmatrix.moc"
