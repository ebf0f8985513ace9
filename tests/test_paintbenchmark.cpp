// backprop-studio --paint-benchmark: it runs headless and prints the paint time of both large
// networks with its target beside it. The figures are for a person to read, not asserted.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestPaintBenchmark : public QObject {
    Q_OBJECT
private slots:
    void printsBothNetworksWithTheirTargets()
    {
        QProcess studio;
        studio.start(QStringLiteral(BACKPROP_STUDIO), {QStringLiteral("--paint-benchmark")});
        QVERIFY(studio.waitForFinished(120000));
        QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
        QCOMPARE(studio.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(studio.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        qInfo().noquote() << lines.join('\n');
        QCOMPARE(lines.size(), 2);
        const QRegularExpression shape(QStringLiteral(
            R"(^PAINT network=(\S+) edges=(\d+) size=1280x720 median_ms=(\d+\.\d\d) cpu_ms=(\d+\.\d\d) )"
            R"(target_ms=(\d+) (met|missed)$)"));
        const QStringList networks{QStringLiteral("64-128-64-10"), QStringLiteral("784-128-10")};
        const QStringList edges{QStringLiteral("17024"), QStringLiteral("101632")};
        const QStringList targets{QStringLiteral("8"), QStringLiteral("16")};
        for (int k = 0; k < 2; ++k) {
            const QRegularExpressionMatch m = shape.match(lines[k]);
            QVERIFY2(m.hasMatch(), qPrintable(lines[k]));
            QCOMPARE(m.captured(1), networks[k]);
            QCOMPARE(m.captured(2), edges[k]);
            QVERIFY(m.captured(3).toDouble() > 0);
            QCOMPARE(m.captured(5), targets[k]);
            QCOMPARE(m.captured(6) == QStringLiteral("met"), m.captured(3).toDouble() < targets[k].toDouble());
        }
    }
};

QTEST_GUILESS_MAIN(TestPaintBenchmark)
#include "test_paintbenchmark.moc"
