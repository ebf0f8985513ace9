// `backprop train --report gradients`: every progress line ends with each layer's ‖∂L/∂W‖, the
// same numbers the core reports for the same seeded run; a wrong value is a usage error naming
// the option, and the help lists it.
#include "builtindata.h"
#include "clirun.h"
#include "projectfile.h"
#include "session.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <map>

using namespace bp;
using namespace clitest;

namespace {

constexpr int epochs = 10;

// Every epoch's gradient norms the core reports for preset trained epochs epochs.
std::map<int, std::vector<Scalar>> coreNorms(const QString& preset)
{
    Project p = ProjectFile::fromJson(*presetText(preset), preset.toStdString());
    p.training.epochs = epochs;
    Session session(p, builtinReader());
    std::map<int, std::vector<Scalar>> norms;
    session.trainer().setObserver([&norms](const EpochReport& r) {
        for (const LayerChange& c : r.layers)
            norms[r.epoch].push_back(c.gradNorm);
    });
    session.trainer().run();
    return norms;
}

}  // namespace

class TestCliGradients : public QObject {
    Q_OBJECT
private slots:
    void progressLinesCarryTheCoresNorms_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("deep") << QStringLiteral("deep");
        QTest::newRow("xor") << QStringLiteral("xor");
    }

    void progressLinesCarryTheCoresNorms()
    {
        QFETCH(QString, preset);
        const Run r = backprop({"train", "--preset", preset, "--epochs", QString::number(epochs), "--report", "gradients",
                                "--report-every", "1"});
        QCOMPARE(r.exitCode, 0);
        const std::map<int, std::vector<Scalar>> want = coreNorms(preset);
        const QRegularExpression line(QStringLiteral("^epoch (\\d+)/%1 .* gradients ((?:\\S+ ?)+)$").arg(epochs),
                                      QRegularExpression::MultilineOption);
        int lines = 0;
        for (auto m = line.globalMatch(r.out); m.hasNext(); ++lines) {
            const QRegularExpressionMatch hit = m.next();
            const int epoch = hit.captured(1).toInt();
            const QStringList printed = hit.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(want.count(epoch), qPrintable(hit.captured()));
            const std::vector<Scalar>& norms = want.at(epoch);
            QCOMPARE(printed.size(), qsizetype(norms.size()));
            for (qsizetype i = 0; i < printed.size(); ++i) {
                bool ok = false;
                const double got = printed[i].toDouble(&ok);
                QVERIFY2(ok && norms[std::size_t(i)] > 0, qPrintable(hit.captured()));
                QVERIFY2(std::abs(got - norms[std::size_t(i)]) <= 1e-5 * norms[std::size_t(i)],
                         qPrintable(QStringLiteral("epoch %1 layer %2: printed %3, core %4")
                                        .arg(epoch).arg(i + 1).arg(printed[i]).arg(norms[std::size_t(i)])));
            }
        }
        QCOMPARE(lines, epochs);  // a pipe gets a line every tenth of the run: here every epoch
    }

    void withoutTheOptionLinesHaveNoNorms()
    {
        const Run r = backprop({"train", "--preset", "xor", "--epochs", "5"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("epoch 5/5")));
        QVERIFY(!r.out.contains(QStringLiteral("gradients")));
    }

    void aWrongValueIsAUsageError_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown") << QStringLiteral("weights");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitals") << QStringLiteral("GRADIENTS ");
    }

    void aWrongValueIsAUsageError()
    {
        QFETCH(QString, value);
        const Run r = backprop({"train", "--preset", "xor", "--epochs", "5", "--report", value});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--report:")) && r.err.contains(QStringLiteral("gradients")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("epoch ")));  // refused before training
    }

    void helpListsTheOption()
    {
        const Run r = backprop({"train", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--report <what>")) && r.out.contains(QStringLiteral("gradients")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliGradients)
#include "test_cligradients.moc"
