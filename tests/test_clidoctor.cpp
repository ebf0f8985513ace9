// `backprop train` when training diverges: the divergence doctor's diagnosis on stderr, the
// remedies as options, exit 4; the clipping it suggests trains; --clip-norm is checked (exit 2
// naming it) and saved in the project.
#include "clirun.h"
#include "projectfile.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;
using namespace clitest;

namespace {

// The sine at a plain-gradient learning rate far too high: the loss grows twentyfold in one epoch.
const QStringList tooHigh{"train", "--dataset", "sine", "--optimizer", "sgd", "--lr", "5", "--epochs", "200"};

}  // namespace

class TestCliDoctor : public QObject {
    Q_OBJECT
private slots:
    void divergencePrintsTheDiagnosisAndExitsFour()
    {
        const Run r = backprop(tooHigh);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith("backprop: training diverged at epoch 2: the loss went 1.43 → 32.6, 22.8× its best "
                                  "(1.43 at epoch 1). The learning rate 5 (sgd) is likely too high"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("The weights are back where training began."), qPrintable(r.err));
        QVERIFY2(r.err.contains(QRegularExpression(R"(\n  --lr 0\.5 +lower the learning rate to 0\.5 \(η ÷ 10\)\n)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QRegularExpression(R"(\n  --optimizer adam --lr 0\.05 +switch to Adam)")), qPrintable(r.err));
        QVERIFY2(!r.out.contains("loss nan"), qPrintable(r.out));  // no progress line for the rolled-back state
    }

    void theSuggestedClippingTrains()
    {
        const Run diverged = backprop(tooHigh);
        const QRegularExpressionMatch m = QRegularExpression(R"(--clip-norm (\S+) +clip the gradient norm at \1\n)").match(diverged.err);
        QVERIFY2(m.hasMatch(), qPrintable(diverged.err));
        const Run r = backprop(QStringList(tooHigh) << "--clip-norm" << m.captured(1));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("epochs 200"), qPrintable(r.out));
        const QRegularExpressionMatch loss = QRegularExpression(R"(\nloss (\S+) )").match(r.out);
        QVERIFY2(loss.hasMatch() && loss.captured(1).toDouble() < 0.143, qPrintable(r.out));  // a tenth of where it began
    }

    void clipNormIsCheckedAndSaved()
    {
        for (const char* bad : {"-1", "abc", "2e6", "1e-9", "nan"}) {
            const Run r = backprop({"train", "--clip-norm", bad, "--epochs", "1"});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--clip-norm") && r.err.contains(bad) && r.err.contains("0 (off)"), qPrintable(r.err));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("clipped.json");
        Run r = backprop({"train", "--clip-norm", "0.25", "--epochs", "2", "--save", path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ProjectFile::load(path.toStdString()).training.clipNorm, 0.25f);
        r = backprop({"train", "--load", path, "--epochs", "1", "--save", path});  // kept when trained on
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ProjectFile::load(path.toStdString()).training.clipNorm, 0.25f);
        r = backprop({"train", "--help"});
        QVERIFY2(r.out.contains("--clip-norm <c>"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "test_clidoctor.moc"
