// Session: the data decides the network's widths at both ends, the design everything between; a
// trained network that does not fit its data is refused with the data's name and both widths, and a
// validation split that leaves nothing to train on is refused with the split and the sample count.
#include "inputerror.h"
#include "session.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace bp;

namespace {

BuiltinReader noBuiltins()
{
    return [](const std::string&) { return std::optional<std::string>(); };
}

// Writes a CSV of 12 rows: `features` numeric columns and a last column of classes a/b/c.
std::string writeCsv(const QTemporaryDir& dir, const char* name, int features)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream out(path);
    for (int i = 0; i < features; ++i)
        out << "x" << i << ',';
    out << "kind\n";
    for (int row = 0; row < 12; ++row) {
        for (int i = 0; i < features; ++i)
            out << (row * (i + 2)) % 7 << ',';
        out << "abc"[row % 3] << '\n';
    }
    return path;
}

Project csvProject(const std::string& path)
{
    Project p;
    p.data.kind = DataSource::Kind::Csv;
    p.data.path = path;
    p.network.inputs = 2;  // neither end matches the file: both come from the data
    p.network.layers = {{5, Activation::Tanh}, {7, Activation::Sigmoid}, {1, Activation::Sigmoid}};
    p.training.epochs = 3;
    return p;
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void widthsAtBothEndsComeFromTheData()
    {
        QTemporaryDir dir;
        const Session session(csvProject(writeCsv(dir, "four.csv", 4)), noBuiltins());
        const NetworkSpec& spec = session.network().spec();
        QCOMPARE(spec.inputs, 4);
        QCOMPARE(spec.layers.size(), std::size_t(3));
        QCOMPARE(spec.layers[0].neurons, 5);  // the hidden layers are the design's
        QCOMPARE(spec.layers[1].neurons, 7);
        QCOMPARE(spec.layers[2].neurons, 3);  // three classes, one-hot
        QCOMPARE(spec.layers[2].activation, Activation::Sigmoid);
        QCOMPARE(session.project().network, spec);
        QCOMPARE(session.network().predict(session.data().X).rows(), Index(3));
    }

    void trainedNetworkOnWiderDataIsRefused()
    {
        QTemporaryDir dir;
        Project trained;
        {
            Session session(csvProject(writeCsv(dir, "two.csv", 2)), noBuiltins());
            session.trainer().run();
            trained = session.project();
        }
        QVERIFY(trained.trained());
        QCOMPARE(trained.network.inputs, 2);

        const std::string wider = writeCsv(dir, "four.csv", 4);
        trained.data.path = wider;
        try {
            Session refused(trained, noBuiltins());
            QFAIL("a network trained on 2 inputs was given 4 features");
        } catch (const InputError& error) {
            const QString what = QString::fromStdString(error.what());
            // The fault is the project's (its network), so the error leaves the file for the caller
            // to name, and says which dataset it met.
            QCOMPARE(error.file, std::string());
            QCOMPARE(error.field, std::string("network"));
            QVERIFY2(what.contains("maps 2 inputs to 3 outputs")
                         && what.contains("the dataset " + QString::fromStdString(wider) + " has 4 features and 3 targets"),
                     qPrintable(what));
        }

        // The same weights on data of their own widths load again.
        trained.data.path = dir.filePath("two.csv").toStdString();
        const Session again(trained, noBuiltins());
        QCOMPARE(again.trainer().epoch(), 3);
    }

    void trainedNetworkWithOtherOutputsIsRefused()
    {
        QTemporaryDir dir;
        Project trained;
        {
            Project p = csvProject(writeCsv(dir, "two.csv", 2));
            Session session(p, noBuiltins());
            session.trainer().run();
            trained = session.project();
        }
        trained.data = DataSource{};  // the XOR generator: 2 features, 1 target
        try {
            Session refused(trained, noBuiltins());
            QFAIL("a network with 3 outputs was given 1 target");
        } catch (const InputError& error) {
            QCOMPARE(error.file, std::string());
            QVERIFY2(QString(error.what()).contains("the dataset xor has 2 features and 1 targets"), error.what());
        }
    }

    void aSplitThatLeavesNoTrainingSampleIsRefused()
    {
        QTemporaryDir dir;
        Project p = csvProject(writeCsv(dir, "twelve.csv", 2));
        p.training.validationSplit = 0.99;  // rounds to all 12 rows
        try {
            Session refused(p, noBuiltins());
            QFAIL("a split holding out every sample was accepted");
        } catch (const InputError& error) {
            QCOMPARE(error.field, std::string("training.validationSplit"));
            QVERIFY2(QString(error.what()).contains("0.99") && QString(error.what()).contains("all 12 samples"), error.what());
        }
        p.training.validationSplit = 0.9;  // holds out 11, trains on 1
        const Session kept(p, noBuiltins());
        QCOMPARE(kept.trainer().report().epoch, 0);
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "test_session.moc"
