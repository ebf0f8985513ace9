// Tests of CSV errors: every refusal names the file, line and column; random input never crashes.
#include "csvreader.h"
#include "csvtesttext.h"
#include "inputerror.h"

#include <QtTest>

#include <fstream>
#include <random>
#include <sstream>

using namespace bp;

namespace {

using csvtest::datasets;
using csvtest::errorOf;
using csvtest::read;

}  // namespace

class TestCsvErrors : public QObject {
    Q_OBJECT

private slots:
    void fileErrors()
    {
        const std::string missing = "/nonexistent/folder/data.csv";
        try {
            readCsvFile(missing, {});
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file, missing);
            QVERIFY(std::string(e.what()).starts_with(missing + ": "));
        }
        try {
            readCsvFile(datasets, {});
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file, datasets);
        }
        QTemporaryDir dir;
        const std::string empty = dir.filePath("empty.csv").toStdString();
        std::ofstream(empty).close();
        try {
            readCsvFile(empty, {});
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file, empty);
            QCOMPARE(e.line, 0);
            QVERIFY(e.message.find("no data rows") != std::string::npos);
        }
    }

    void errorPositions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        const int autoKind = int(TargetKind::Auto), values = int(TargetKind::Values), classes = int(TargetKind::Classes);
        QTest::newRow("empty") << "" << QStringList() << autoKind << 0 << 0 << "no data rows";
        QTest::newRow("blank lines only") << "\n \r\n\n" << QStringList() << autoKind << 0 << 0 << "no data rows";
        QTest::newRow("header only") << "a,b,c\r\n" << QStringList() << autoKind << 0 << 0 << "no data rows";
        QTest::newRow("short row") << "a,b,c\n1,2,x\n\n4,5\n" << QStringList() << autoKind << 4 << 3
                                   << "expected 3 columns, found 2";
        QTest::newRow("long row") << "a,b,c\n1,2,x\n4,5,6,7\n" << QStringList() << autoKind << 3 << 4
                                  << "expected 3 columns, found 4";
        QTest::newRow("text feature") << "a,b,c\n1,2,x\n3,oops,y\n" << QStringList() << autoKind << 3 << 2
                                      << "'oops'";
        QTest::newRow("nan feature") << "a,b,c\n1,nan,x\n3,4,y\n" << QStringList() << autoKind << 2 << 2 << "'nan'";
        QTest::newRow("empty feature") << "a,b,c\n1,,x\n3,4,y\n" << QStringList() << autoKind << 2 << 2 << "''";
        QTest::newRow("one class") << "a,b\n1,x\n2,x\n" << QStringList() << autoKind << 2 << 2 << "'x'";
        QTest::newRow("unknown target") << "a,b,c\n1,2,x\n3,4,y\n" << QStringList{"species"} << autoKind << 1
                                        << 0 << "'species'";
        QTest::newRow("target number") << "a,b,c\n1,2,x\n3,4,y\n" << QStringList{"9"} << autoKind << 1 << 0
                                       << "target column 9";
        QTest::newRow("name without header") << "1,2,x\n3,4,y\n" << QStringList{"c"} << autoKind << 0 << 0
                                             << "no header";
        QTest::newRow("text regression target") << "a,b\n1,2\n3,x\n" << QStringList() << values << 3 << 2
                                                << "'x'";
        QTest::newRow("two class targets") << "a,b,c\n1,2,3\n3,4,5\n" << QStringList{"b", "c"} << classes << 1
                                           << 0 << "exactly one";
        QTest::newRow("text in two targets") << "a,b,c\n1,2,x\n3,4,y\n" << QStringList{"b", "c"} << autoKind
                                             << 2 << 3 << "'x'";
        QTest::newRow("no features") << "a\n1\n2\n" << QStringList() << autoKind << 1 << 0 << "one column only";
        QTest::newRow("all targets") << "a,b\n1,2\n3,4\n" << QStringList{"a", "b"} << autoKind << 1 << 0
                                     << "no features remain";
        QTest::newRow("open quote") << "a,b,c\n1,\"2,x\n" << QStringList() << autoKind << 2 << 2 << "never closed";
        QTest::newRow("after quote") << "a,b,c\n1,\"2\"x,y\n" << QStringList() << autoKind << 2 << 2
                                     << "after the closing quote";
        QTest::newRow("stray quote") << "a,b,c\n1,2\"x,y\n" << QStringList() << autoKind << 2 << 2
                                     << "does not begin with one";
        QTest::newRow("open quote over lines") << "a,b,c\n1,2,x\n3,4,\"y\n5,6,z\n" << QStringList() << autoKind
                                               << 3 << 3 << "never closed";
        QTest::newRow("error after a multi-line cell") << "a,b,c\n1,2,\"x\r\ny\"\n3,4,z\n5,oops,x\n"
                                                       << QStringList() << autoKind << 5 << 2 << "'oops'";
        QTest::newRow("overflowing feature") << "a,b,c\n1,2,x\n3,1e400,y\n" << QStringList() << autoKind << 3 << 2
                                             << "'1e400' is too large";
        QTest::newRow("overflowing target") << "a,b\n1,2.5\n3,-4e38\n" << QStringList() << autoKind << 3 << 2
                                            << "'-4e38' is too large";
        QTest::newRow("overflowing class label") << "a,b\n1,2\n3,1e39\n" << QStringList() << autoKind << 3 << 2
                                                 << "too large";
    }

    void errorPositions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, targets);
        QFETCH(int, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        CsvOptions options;
        for (const QString& t : targets)
            options.targets.push_back(t.toStdString());
        options.targetKind = TargetKind(kind);
        const InputError e = errorOf(text.toStdString(), options);
        QCOMPARE(QString::fromStdString(e.file), QString("test.csv"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.find(says.toStdString()) != std::string::npos, e.what());
        QVERIFY(std::string(e.what()).starts_with("test.csv"));
    }

    void whatNamesFileLineAndColumn()
    {
        QCOMPARE(std::string(errorOf("a,b,c\n1,2,x\n3,oops,y\n").what()),
                 std::string("test.csv:3:2: feature 'b' needs a number, found 'oops'"));
    }

    void longNamesAreCutInMessages()
    {
        const std::string name(1 << 20, 'n');
        const InputError feature = errorOf("a," + name + ",c\n1,oops,x\n3,4,y\n");
        QVERIFY2(feature.message.size() < 200, feature.message.substr(0, 300).c_str());
        QVERIFY(feature.message.starts_with("feature '" + name.substr(0, 40) + "…' needs a number"));
        CsvOptions target;
        target.targets = {name};
        const InputError missing = errorOf("a,b,c\n1,2,x\n3,4,y\n", target);
        QVERIFY2(missing.message.size() < 200, missing.message.substr(0, 300).c_str());
    }

    void randomBytesNeverCrash()
    {
        std::mt19937 engine(12345);
        std::ifstream file(datasets + "iris.csv");
        const std::string iris((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        const std::string alphabet = "0123456789.,;\"\r\n -+eE\tab\xEF\xBB\xBF";
        int read_ok = 0, errors = 0;
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            if (round % 3 == 0) {  // raw bytes
                for (int i = int(engine() % 200); i > 0; --i)
                    text += char(engine() % 256);
            } else if (round % 3 == 1) {  // text from CSV characters
                for (int i = int(engine() % 200); i > 0; --i)
                    text += alphabet[engine() % alphabet.size()];
            } else {  // iris with a few bytes changed
                text = iris.substr(0, iris.find('\n', 200 + engine() % 3000));
                for (int i = int(engine() % 3); i > 0; --i)
                    text[engine() % text.size()] = alphabet[engine() % alphabet.size()];
            }
            CsvOptions options;
            options.scaling = Scaling(round % 3);
            options.header = HeaderMode(engine() % (round % 3 == 2 ? 2 : 3));  // iris has a header
            options.targetKind = TargetKind(engine() % 3);
            try {
                const Dataset d = read(text, options);
                QCOMPARE(d.Y.cols(), d.X.cols());
                QCOMPARE(Index(d.featureNames.size()), d.X.rows());
                QCOMPARE(Index(d.targetNames.size()), d.Y.rows());
                QVERIFY(d.X.allFinite() && d.Y.allFinite());
                ++read_ok;
            } catch (const InputError&) {
                ++errors;
            }
        }
        QVERIFY2(read_ok > 100 && errors > 100, qPrintable(QString("%1 read, %2 refused").arg(read_ok).arg(errors)));
    }
};

QTEST_APPLESS_MAIN(TestCsvErrors)
#include "test_csverrors.moc"
