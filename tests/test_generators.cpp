// Tests of the seeded toy datasets: shapes, balance, determinism, noise and bad parameters.
#include "generators.h"
#include "inputerror.h"

#include <QtTest>

#include <cmath>

using namespace bp;

namespace {

// Returns how many samples of d carry each class label.
std::vector<int> classCounts(const Dataset& d)
{
    std::vector<int> counts(d.classNames.size(), 0);
    for (Index j = 0; j < d.samples(); ++j)
        ++counts[std::size_t(d.label(j))];
    return counts;
}

// Returns the field of the InputError that generate() throws, or "" when it throws none.
QString errorField(const std::string& name, int samples, double noise, int classes)
{
    try {
        generate(name, samples, noise, classes, 1);
    } catch (const InputError& e) {
        return QString::fromStdString(e.field);
    }
    return {};
}

}  // namespace

class TestGenerators : public QObject {
    Q_OBJECT

private slots:
    void binaryShapesAndBalance_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"xor", "circles", "spiral", "moons"})
            QTest::newRow(name) << QString(name);
    }

    void binaryShapesAndBalance()
    {
        QFETCH(QString, name);
        const Dataset d = generate(name.toStdString(), 1001, 0.1, 3, 7);
        QCOMPARE(d.name, name.toStdString());
        QCOMPARE(d.X.rows(), Index(2));
        QCOMPARE(d.X.cols(), Index(1001));
        QCOMPARE(d.Y.rows(), Index(1));
        QCOMPARE(d.featureNames, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(d.classNames, (std::vector<std::string>{"0", "1"}));
        QCOMPARE(d.targetNames.size(), std::size_t(1));
        QCOMPARE(classCounts(d), (std::vector<int>{501, 500}));
        for (Index j = 0; j < d.samples(); ++j)
            QVERIFY(d.Y(0, j) == 0.0f || d.Y(0, j) == 1.0f);
        QVERIFY(d.X.array().abs().maxCoeff() < 1.6f);  // noise 0.1 cannot leave [-1, 1] by much
    }

    void cleanDataIsInRangeAndObeysTheRule()
    {
        const Dataset x = generate("xor", 400, 0.0, 2, 3);
        for (Index j = 0; j < x.samples(); ++j)
            QCOMPARE(x.label(j), x.X(0, j) * x.X(1, j) > 0 ? 0 : 1);
        const Dataset c = generate("circles", 400, 0.0, 2, 3);
        for (Index j = 0; j < c.samples(); ++j) {
            const float r = c.X.col(j).norm();
            QVERIFY(c.label(j) == 0 ? r <= 0.5f + 1e-5f : (r >= 0.7f - 1e-5f && r <= 1.0f + 1e-5f));
        }
        for (const char* name : {"xor", "circles", "spiral", "moons", "gaussian"})
            QVERIFY(generate(name, 500, 0.0, 2, 9).X.array().abs().maxCoeff() <= 1.05f);
    }

    void xorStartsWithItsTruthTable()
    {
        const Dataset four = generate("xor", 4, 0.0, 2, 5);
        Matrix X(2, 4), Y(1, 4);
        X << -1, -1, 1, 1,
             -1, 1, 1, -1;
        Y << 0, 1, 0, 1;  // x1 xor x2, reading −1 as false and 1 as true
        QCOMPARE(four.X, X);
        QCOMPARE(four.Y, Y);
        const Dataset many = generate("xor", 300, 0.0, 2, 5);
        QCOMPARE(Matrix(many.X.leftCols(4)), X);  // the corners first, then spread points
        QVERIFY(many.X.rightCols(296).array().abs().maxCoeff() < 1.0f);
    }

    void spiralMakesOneAndAHalfTurns()
    {
        // The benchmark: two spirals, 1.5 turns, 1,000 points. Radius t and angle 3π·t + cπ.
        const Dataset d = generate("spiral", 1000, 0.0, 2, 1);
        QCOMPARE(d.samples(), Index(1000));
        QCOMPARE(classCounts(d), (std::vector<int>{500, 500}));
        for (Index j = 0; j < d.samples(); ++j) {
            const double t = d.X.col(j).cast<double>().norm();
            const double expected = 3.0 * M_PI * t + (d.label(j) == 1 ? M_PI : 0.0);
            const double angle = std::atan2(double(d.X(1, j)), double(d.X(0, j)));
            const double miss = std::remainder(angle - expected, 2 * M_PI);
            QVERIFY2(std::abs(miss) < 1e-3, qPrintable(QString("sample %1 off by %2").arg(j).arg(miss)));
        }
    }

    void gaussianTargets()
    {
        const Dataset two = generate("gaussian", 100, 0.0, 2, 5);
        QCOMPARE(two.Y.rows(), Index(1));
        QCOMPARE(classCounts(two), (std::vector<int>{50, 50}));
        const Dataset five = generate("gaussian", 103, 0.05, 5, 5);
        QCOMPARE(five.Y.rows(), Index(5));
        QCOMPARE(five.classNames.size(), std::size_t(5));
        QCOMPARE(five.targetNames.size(), std::size_t(5));
        QCOMPARE(classCounts(five), (std::vector<int>{21, 21, 21, 20, 20}));
        for (Index j = 0; j < five.samples(); ++j) {
            QCOMPARE(five.Y.col(j).sum(), 1.0f);  // exactly one 1 per column
            QCOMPARE(five.Y.col(j).maxCoeff(), 1.0f);
        }
        // A blob's mean lies near its centre on the radius-0.7 circle.
        Eigen::Vector2f mean = Eigen::Vector2f::Zero();
        int n = 0;
        for (Index j = 0; j < five.samples(); ++j)
            if (five.label(j) == 0) {
                mean += five.X.col(j);
                ++n;
            }
        QVERIFY(std::abs((mean / float(n)).norm() - 0.7f) < 0.06f);
    }

    void sineIsRegression()
    {
        const Dataset d = generate("sine", 300, 0.0, 3, 2);
        QCOMPARE(d.X.rows(), Index(1));
        QCOMPARE(d.Y.rows(), Index(1));
        QVERIFY(d.classNames.empty());
        QVERIFY(!d.isClassification());
        QVERIFY(d.X.minCoeff() >= -1.0f && d.X.maxCoeff() <= 1.0f);
        for (Index j = 0; j < d.samples(); ++j)
            QVERIFY(std::abs(d.Y(0, j) - std::sin(float(M_PI) * d.X(0, j))) < 1e-5f);
        const Dataset noisy = generate("sine", 2000, 0.2, 3, 2);
        const Matrix residual = noisy.Y - noisy.X.unaryExpr([](float x) { return std::sin(float(M_PI) * x); });
        const float sd = std::sqrt(residual.array().square().mean());
        QVERIFY2(std::abs(sd - 0.2f) < 0.02f, qPrintable(QString::number(sd)));
    }

    void sameSeedSameData()
    {
        for (const GeneratorName& g : generatorTable) {
            const std::string name(g.name);
            const Dataset a = generate(name, 200, 0.1, 4, 42);
            const Dataset b = generate(name, 200, 0.1, 4, 42);
            const Dataset c = generate(name, 200, 0.1, 4, 43);
            QVERIFY(a.X == b.X && a.Y == b.Y);
            QVERIFY(a.X != c.X);
        }
    }

    void noiseMovesThePoints()
    {
        for (const char* name : {"xor", "circles", "spiral", "moons", "gaussian"}) {
            const Dataset clean = generate(name, 2000, 0.0, 3, 11);
            const Dataset noisy = generate(name, 2000, 0.3, 3, 11);
            QCOMPARE(clean.Y, noisy.Y);  // same labels, points moved by σ = 0.3 on each axis
            const float sd = std::sqrt((noisy.X - clean.X).array().square().mean());
            QVERIFY2(std::abs(sd - 0.3f) < 0.02f, qPrintable(QString("%1: %2").arg(name).arg(sd)));
        }
    }

    void badParameters()
    {
        QCOMPARE(errorField("swirl", 100, 0.1, 2), QString("dataset.name"));
        QCOMPARE(errorField("xor", 3, 0.1, 2), QString("dataset.samples"));
        QCOMPARE(errorField("xor", 1000001, 0.1, 2), QString("dataset.samples"));
        QCOMPARE(errorField("xor", -5, 0.1, 2), QString("dataset.samples"));
        QCOMPARE(errorField("moons", 100, -0.01, 2), QString("dataset.noise"));
        QCOMPARE(errorField("moons", 100, std::nan(""), 2), QString("dataset.noise"));
        QCOMPARE(errorField("gaussian", 100, 0.1, 1), QString("dataset.classes"));
        QCOMPARE(errorField("gaussian", 100, 0.1, 11), QString("dataset.classes"));
        QCOMPARE(errorField("gaussian", 10, 0.1, 6), QString("dataset.samples"));
        QCOMPARE(errorField("xor", 4, 0.0, 2), QString());
        QCOMPARE(errorField("gaussian", 20, 0.0, 10), QString());
        try {
            generate("swirl", 100, 0.1, 2, 1);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY(std::string(e.what()).find("swirl") != std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestGenerators)
#include "test_generators.moc"
