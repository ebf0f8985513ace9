// Tests of CSV reading: the shipped datasets, header detection, targets, scaling, quoting, data sources.
#include "csvnumber.h"
#include "csvreader.h"
#include "csvtesttext.h"
#include "datasource.h"
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

// Returns default options with one setting changed.
CsvOptions options(TargetKind kind) { CsvOptions o; o.targetKind = kind; return o; }
CsvOptions options(Scaling scaling) { CsvOptions o; o.scaling = scaling; return o; }
CsvOptions options(Delimiter delimiter) { CsvOptions o; o.delimiter = delimiter; return o; }
CsvOptions options(std::vector<std::string> targets) { CsvOptions o; o.targets = std::move(targets); return o; }

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void iris()
    {
        const Dataset d = readCsvFile(datasets + "iris.csv", {});
        QCOMPARE(d.name, std::string("iris"));
        QCOMPARE(d.X.rows(), Index(4));
        QCOMPARE(d.X.cols(), Index(150));
        QCOMPARE(d.Y.rows(), Index(3));
        QCOMPARE(d.classNames, (std::vector<std::string>{"setosa", "versicolor", "virginica"}));
        QCOMPARE(d.featureNames.front(), std::string("sepal_length"));
        QCOMPARE(d.X(0, 0), 5.1f);
        QCOMPARE(d.X(3, 0), 0.2f);
        QCOMPARE(d.label(0), 0);
        QCOMPARE(d.label(149), 2);
        QCOMPARE(d.Y.sum(), 150.0f);
        QCOMPARE(d.Y.row(1).sum(), 50.0f);

        CsvOptions byName;
        byName.targets = {"species"};
        CsvOptions byNumber;
        byNumber.targets = {"5"};
        QCOMPARE(readCsvFile(datasets + "iris.csv", byName).Y, d.Y);
        QCOMPARE(readCsvFile(datasets + "iris.csv", byNumber).Y, d.Y);

    }

    void digits()
    {
        CsvOptions options;
        options.scaling = Scaling::MinMax;
        const Dataset d = readCsvFile(datasets + "digits.csv", options);
        QCOMPARE(d.X.rows(), Index(64));
        QCOMPARE(d.X.cols(), Index(1797));
        QCOMPARE(d.Y.rows(), Index(10));
        QCOMPARE(d.classNames.front(), std::string("0"));
        QCOMPARE(d.classNames.back(), std::string("9"));
        QVERIFY(d.X.minCoeff() == 0.0f && d.X.maxCoeff() == 1.0f);
    }

    void headerDetection()
    {
        const Dataset named = read("a,b,label\n1,2,x\n3,4,y\n");
        QCOMPARE(named.samples(), Index(2));
        QCOMPARE(named.featureNames, (std::vector<std::string>{"a", "b"}));
        const Dataset textLabels = read("1,2,x\n3,4,y\n");  // text over text: not a header
        QCOMPARE(textLabels.samples(), Index(2));
        QCOMPARE(textLabels.featureNames, (std::vector<std::string>{"x1", "x2"}));
        const Dataset numbers = read("1,2,0\n3,4,1\n5,6,1\n");
        QCOMPARE(numbers.samples(), Index(3));
        QCOMPARE(numbers.X(0, 0), 1.0f);
        const Dataset numberedTarget = read("a,b,7\n1,2,3\n4,5,6\n");  // 'a' stands over a number
        QCOMPARE(numberedTarget.samples(), Index(2));
        QCOMPARE(numberedTarget.classNames, (std::vector<std::string>{"3", "6"}));
    }

    void headerModes()
    {
        CsvOptions present;
        present.header = HeaderMode::Present;
        const Dataset d = read("1,2,3\n4,5,6\n7,8,9\n", present);
        QCOMPARE(d.samples(), Index(2));
        QCOMPARE(d.featureNames, (std::vector<std::string>{"1", "2"}));
        CsvOptions absent;
        absent.header = HeaderMode::Absent;
        const InputError e = errorOf("a,b,c\n1,2,x\n", absent);
        QCOMPARE(e.line, 1);
        QCOMPARE(e.column, 1);
    }

    void classOrderAndKinds()
    {
        const Dataset numeric = read("x,y\n1,10\n2,2\n3,1\n4,2\n");
        QCOMPARE(numeric.classNames, (std::vector<std::string>{"1", "2", "10"}));
        QCOMPARE(numeric.label(0), 2);
        QCOMPARE(numeric.label(2), 0);
        const Dataset text = read("x,y\n1,b\n2,a\n3,c\n4,b\n");
        QCOMPARE(text.classNames, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(text.targetNames, text.classNames);
        QCOMPARE(text.label(0), 1);
        const Dataset two = read("x,y\n1,0\n2,1\n3,1\n");
        QCOMPARE(two.Y.rows(), Index(2));  // two classes still get two one-hot rows
        QCOMPARE(two.Y, (Matrix(2, 3) << 1, 0, 0, 0, 1, 1).finished());
        const Dataset fractional = read("x,y\n1,0.5\n2,1.5\n");
        QVERIFY(!fractional.isClassification());
        QCOMPARE(fractional.targetNames, (std::vector<std::string>{"y"}));
        QCOMPARE(fractional.Y(0, 1), 1.5f);
        std::string many = "x,y\n";
        for (int i = 0; i < 33; ++i)
            many += std::to_string(i) + "," + std::to_string(i) + "\n";
        QVERIFY(!read(many).isClassification());
        many += "33,33\n";
        QVERIFY(!read(many).isClassification());
        QCOMPARE(read(many, options(TargetKind::Classes)).Y.rows(), Index(34));
        const Dataset forced = read("x,y\n1,0\n2,1\n3,1\n", options(TargetKind::Values));
        QCOMPARE(forced.Y.rows(), Index(1));
        QVERIFY(!forced.isClassification());
    }

    void severalRegressionTargets()
    {
        const Dataset d = read("a,b,c,d\n1,2,3,4\n5,6,7,8\n", options(std::vector<std::string>{"d", "2"}));
        QCOMPARE(d.featureNames, (std::vector<std::string>{"a", "c"}));
        QCOMPARE(d.targetNames, (std::vector<std::string>{"d", "b"}));
        QCOMPARE(d.Y, (Matrix(2, 2) << 4, 8, 2, 6).finished());
        QCOMPARE(d.X, (Matrix(2, 2) << 1, 5, 3, 7).finished());
    }

    void scaling()
    {
        const std::string text = "a,b,c,t\n1,2,5,0\n2,4,5,1\n3,6,5,0\n4,8,5,1\n";
        const Dataset s = read(text, options(Scaling::Standardize));
        // a: μ = 2.5, σ = √1.25; b: μ = 5, σ = √5; c is constant and becomes 0.
        const float z = 1.5f / std::sqrt(1.25f);
        QVERIFY(std::abs(s.X(0, 0) + z) < 1e-6f);
        QVERIFY(std::abs(s.X(0, 3) - z) < 1e-6f);
        QVERIFY(std::abs(s.X(1, 1) + 1.0f / std::sqrt(5.0f)) < 1e-6f);
        QVERIFY(s.X.row(2).isZero(0));
        QVERIFY(s.X.allFinite());
        const Dataset m = read(text, options(Scaling::MinMax));
        QVERIFY(Matrix(m.X.row(0)) == (Matrix(1, 4) << 0.0f, 1.0f / 3, 2.0f / 3, 1.0f).finished());
        QVERIFY(m.X.row(1) == m.X.row(0));
        QVERIFY(m.X.row(2).isZero(0));
        QCOMPARE(m.Y, read(text).Y);  // targets are never scaled
    }

    void newRowsAreScaledAsTheTrainingData()
    {
        // predict takes raw rows: they must go through exactly the scaling X went through.
        const std::string text = "a,b,c,t\n1,2,5,0\n2,4,5,1\n3,6,5,0\n4,8,5,1\n";
        const Matrix raw = (Matrix(3, 4) << 1, 2, 3, 4, 2, 4, 6, 8, 5, 5, 5, 5).finished();
        for (const Scaling scaling : {Scaling::Standardize, Scaling::MinMax}) {
            const Dataset d = read(text, options(scaling));
            QCOMPARE(d.scaled(raw), d.X);  // bit for bit
            QVERIFY((d.unscaled(d.X) - raw).cwiseAbs().maxCoeff() < 1e-5f);
            const Matrix fresh = (Matrix(3, 1) << 2.5f, 5.0f, 7.0f).finished();  // the means, and c off by 2
            const Matrix z = d.scaled(fresh);
            if (scaling == Scaling::Standardize)
                QVERIFY(std::abs(z(0)) < 1e-6f && std::abs(z(1)) < 1e-6f);
            else
                QVERIFY(std::abs(z(0) - 0.5f) < 1e-6f && std::abs(z(1) - 0.5f) < 1e-6f);
            QCOMPARE(z(2), 2.0f);  // a constant column has shift 5, scale 1
            const auto [train, validation] = splitDataset(d, 0.5, 3);
            QCOMPARE(validation.scaled(fresh), z);  // subsets keep the scaling of the whole file
        }
        const Dataset plain = read(text);
        QCOMPARE(plain.scaled(raw), raw);
        QCOMPARE(plain.X, raw);
    }

    void quotesSpacesAndLineEndings()
    {
        const Dataset d = read("\xEF\xBB\xBF\"first, name\" , b ,label\r\n"
                               " \" 1.5 \",2 ,\"class \"\"A\"\"\"\r\n"
                               "3, 4,\"b,c\"\r\n\r\n  \r\n");
        QCOMPARE(d.featureNames, (std::vector<std::string>{"first, name", "b"}));
        QCOMPARE(d.classNames, (std::vector<std::string>{"b,c", "class \"A\""}));
        QCOMPARE(d.X, (Matrix(2, 2) << 1.5f, 3, 2, 4).finished());
        const Dataset tabs = read("a\tb\tc\n1\t2\tx\n3\t4\ty\n", options(Delimiter::Tab));
        QCOMPARE(tabs.X, (Matrix(2, 2) << 1, 3, 2, 4).finished());
    }

    void quotedCellsSpanLines()
    {
        // RFC 4180: a quoted cell holds line breaks; each break, in a cell or not, is a line.
        const std::string text = "x,\"long\r\nname\"\n1,\"class\none\"\r2,two\r\n\n3,two\n";
        const Dataset d = read(text);
        QCOMPARE(d.featureNames, (std::vector<std::string>{"x"}));
        QCOMPARE(d.classNames, (std::vector<std::string>{"class\none", "two"}));
        QCOMPARE(d.X, (Matrix(1, 3) << 1, 2, 3).finished());
        const InputError e = errorOf(text + "four,two\n");  // header 1-2, rows 3-4, 5, 7, then 8
        QCOMPARE(e.line, 8);
        QCOMPARE(e.column, 1);
    }

    void everyLineEndingEndsALine()
    {
        const Dataset cr = read("a,b,label\r1,2,x\r3,4,y\r");
        QCOMPARE(cr.X, (Matrix(2, 2) << 1, 3, 2, 4).finished());
        QCOMPARE(cr.classNames, (std::vector<std::string>{"x", "y"}));
        QCOMPARE(errorOf("a,b,label\r1,2,x\r\r3,oops,y\r").line, 4);
        QCOMPARE(errorOf("a,b,label\r\n1,2,x\n3,4,y\r5,oops,x").line, 4);
    }

    void delimiterIsDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("comma") << "a,b,label\n1,2,x\n3,4,y\n";
        QTest::newRow("semicolon") << "a;b;label\n1;2;x\n3;4;y\n";
        QTest::newRow("tab") << "a\tb\tlabel\n1\t2\tx\n3\t4\ty\n";
        QTest::newRow("semicolons in quotes") << "a,b,label\n1,2,\"x;y;z\"\n3,4,w\n";
        QTest::newRow("commas in labels") << "a;b;label\n1;2;x,y\n3;4;z\n";
        QTest::newRow("tabs and spaces") << "a\t b\t label\n 1\t2 \tx\n3\t4\ty\n";
    }

    void delimiterIsDetected()
    {
        QFETCH(QString, text);
        const Dataset d = read(text.toStdString());
        QCOMPARE(d.featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(d.X, (Matrix(2, 2) << 1, 3, 2, 4).finished());
    }

    void aGivenDelimiterWins()
    {
        const std::string semicolons = "a;b;label\n1;2;x\n3;4;y\n";
        QCOMPARE(read(semicolons, options(Delimiter::Semicolon)).X.rows(), Index(2));
        QVERIFY(errorOf(semicolons, options(Delimiter::Comma)).message.find("one column only") != std::string::npos);
        QVERIFY(errorOf(semicolons, options(Delimiter::Tab)).message.find("one column only") != std::string::npos);
        // One comma and one semicolon a line: detection takes the comma, but a given semicolon wins.
        const std::string both = "a,b;label\n1,2;x\n3,4;y\n";
        QCOMPARE(read(both).featureNames, (std::vector<std::string>{"a"}));
        const InputError e = errorOf(both, options(Delimiter::Semicolon));
        QVERIFY2(e.message.starts_with("feature 'a,b' needs a number, found '1,2'"), e.what());
    }

    void numbersBeyondTheFloatRange()
    {
        QCOMPARE(parseCsvNumber("1e-400"), std::optional(0.0));
        QCOMPARE(parseCsvNumber("-0.000001e-399"), std::optional(-0.0));
        QCOMPARE(parseCsvNumber("1e-99999999999999999999"), std::optional(0.0));
        QCOMPARE(parseCsvNumber("1e400"), std::optional(HUGE_VAL));
        QCOMPARE(parseCsvNumber("-12345e396"), std::optional(-HUGE_VAL));
        QCOMPARE(parseCsvNumber("4e38"), std::optional(HUGE_VAL));  // past the float range
        QCOMPARE(parseCsvNumber("0.0001e-300"), std::optional(1e-304));
        QCOMPARE(parseCsvNumber("inf"), std::nullopt);
        QCOMPARE(parseCsvNumber("nan"), std::nullopt);
        const Dataset d = read("a,b\n1e-400,1.5\n2,-1e-400\n3,2\n");
        QCOMPARE(d.X, (Matrix(1, 3) << 0, 2, 3).finished());
        QCOMPARE(d.Y, (Matrix(1, 3) << 1.5f, 0, 2).finished());
    }

    void dataSources()
    {
        std::ifstream file(datasets + "iris.csv");
        const std::string iris((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        const BuiltinReader builtins = [&](const std::string& name) -> std::optional<std::string> {
            return name == "iris" ? std::optional(iris) : std::nullopt;
        };
        DataSource source;
        source.kind = DataSource::Kind::Builtin;
        source.name = "iris";
        source.csv.scaling = Scaling::MinMax;
        const Dataset d = loadDataSource(source, builtins);
        QCOMPARE(d.samples(), Index(150));
        QCOMPARE(d.X.maxCoeff(), 1.0f);
        source.autoencoder = true;
        const Dataset a = loadDataSource(source, builtins);
        QCOMPARE(a.Y, a.X);
        QCOMPARE(a.targetNames, a.featureNames);
        QVERIFY(a.classNames.empty());
        source.name = "mnist";
        try {
            loadDataSource(source, builtins);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.field, std::string("dataset.name"));
        }
        source = DataSource{};
        source.name = "spiral";
        source.samples = 1000;
        QCOMPARE(loadDataSource(source, builtins).samples(), Index(1000));
        source.kind = DataSource::Kind::Csv;
        source.path = datasets + "digits.csv";
        QCOMPARE(loadDataSource(source, builtins).features(), Index(64));
        QCOMPARE(dataSourceKindName(DataSource::Kind::Builtin), std::string_view("builtin"));
        QCOMPARE(dataSourceKindName(DataSource::Kind::Csv), std::string_view("csv"));
        QCOMPARE(dataSourceKindName(DataSource::Kind::Generator), std::string_view("generator"));
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "test_csv.moc"
