// Projects that resume exactly and travel: save → load → train on equals one uninterrupted run,
// bit for bit, for every optimizer with shuffling on; the dataset's path is stored relative to the
// project file; version 1 files still load.
#include "floatbase64.h"
#include "inputerror.h"
#include "projectfile.h"
#include "resumetestdata.h"
#include "session.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

using namespace bp;
namespace fs = std::filesystem;

namespace {

BuiltinReader noBuiltins()
{
    return [](const std::string&) { return std::optional<std::string>(); };
}

// Two moons, 2 → 8 → 8 → 1, batches of 16 drawn in a new shuffled order every epoch, a fifth held
// out for validation: every source of state a resumed run must carry over.
Project moons(OptimizerKind kind, int epochs)
{
    Project p;
    p.data.name = "moons";
    p.data.samples = 200;
    p.data.noise = 0.2;
    p.network.inputs = 2;
    p.network.layers = {{8, Activation::Tanh}, {8, Activation::Tanh}, {1, Activation::Sigmoid}};
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.optimizer.kind = kind;
    p.training.optimizer.learningRate = kind == OptimizerKind::Adam ? 0.01f : 0.1f;
    p.training.epochs = epochs;
    p.training.batchSize = 16;
    p.training.shuffle = true;
    p.training.validationSplit = 0.2;
    p.training.seed = 11;
    return p;
}

bool sameBits(const Vector& a, const Vector& b)
{
    return a.size() == b.size()
           && (a.size() == 0 || std::memcmp(a.data(), b.data(), sizeof(Scalar) * std::size_t(a.size())) == 0);
}

bool sameBits(const std::optional<Scalar>& a, const std::optional<Scalar>& b)
{
    return a.has_value() == b.has_value() && (!a || std::memcmp(&*a, &*b, sizeof(Scalar)) == 0);
}

bool sameHistory(const std::vector<HistoryEntry>& a, const std::vector<HistoryEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].epoch != b[i].epoch || !sameBits(a[i].trainLoss, b[i].trainLoss)
            || !sameBits(a[i].validationLoss, b[i].validationLoss) || !sameBits(a[i].accuracy, b[i].accuracy)
            || !sameBits(a[i].validationAccuracy, b[i].validationAccuracy))
            return false;
    return true;
}

std::string readText(const std::string& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Writes a two-feature CSV of 24 rows with classes a and b.
void writeCsv(const std::string& path)
{
    std::ofstream out(path);
    out << "x,y,kind\n";
    for (int row = 0; row < 24; ++row)
        out << row % 5 << ',' << (row * 7) % 11 << ',' << (row % 5 + (row * 7) % 11 > 7 ? 'a' : 'b') << '\n';
}

Project csvProject(const std::string& path)
{
    Project p;
    p.data.kind = DataSource::Kind::Csv;
    p.data.path = path;
    p.data.csv.scaling = Scaling::Standardize;
    p.network.layers = {{3, Activation::Tanh}, {2, Activation::Softmax}};
    p.training.loss = Loss::CategoricalCrossEntropy;
    p.training.epochs = 2;
    return p;
}

// Trains a CSV project briefly and saves it at projectPath.
void trainAndSave(const std::string& dataPath, const std::string& projectPath)
{
    Session session(csvProject(dataPath), noBuiltins());
    session.trainer().run();
    ProjectFile::save(session.project(), projectPath);
}

}  // namespace

class TestResume : public QObject {
    Q_OBJECT
private slots:
    void resumingEqualsAnUninterruptedRun_data();
    void resumingEqualsAnUninterruptedRun();
    void aProjectMovedWithItsCsvFindsIt();
    void aCsvElsewhereIsStoredRelativeToTheProject();
    void versionOneFilesStillLoad();
    void columnsAndStateAreSavedAndChecked();
    void packedFloatsKeepEveryBit();
};

void TestResume::resumingEqualsAnUninterruptedRun_data()
{
    QTest::addColumn<OptimizerKind>("kind");
    for (const auto& o : optimizerNames)
        QTest::newRow(o.name.data()) << o.value;
}

void TestResume::resumingEqualsAnUninterruptedRun()
{
    QFETCH(OptimizerKind, kind);
    Session straight(moons(kind, 50), noBuiltins());
    QCOMPARE(straight.trainer().run(), Trainer::Outcome::Finished);

    QTemporaryDir dir;
    const std::string path = dir.filePath("half.json").toStdString();
    {
        Session first(moons(kind, 25), noBuiltins());
        QCOMPARE(first.trainer().run(), Trainer::Outcome::Finished);
        ProjectFile::save(first.project(), path);
    }
    Project saved = ProjectFile::load(path);
    QCOMPARE(saved.optimizerState.empty(), kind == OptimizerKind::SGD);
    saved.training.epochs = 50;
    Session resumed(saved, noBuiltins());
    QCOMPARE(resumed.trainer().run(), Trainer::Outcome::Finished);

    QVERIFY(sameBits(resumed.network().parameters(), straight.network().parameters()));
    QVERIFY(sameHistory(resumed.trainer().history(), straight.trainer().history()));
    const OptimizerState a = resumed.trainer().optimizerState(), b = straight.trainer().optimizerState();
    QVERIFY(a.steps == b.steps && sameBits(a.first, b.first) && sameBits(a.second, b.second));
}

void TestResume::aProjectMovedWithItsCsvFindsIt()
{
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    fs::create_directories(root / "before" / "data");
    writeCsv((root / "before" / "data" / "points.csv").string());
    trainAndSave((root / "before" / "data" / "points.csv").string(), (root / "before" / "p.json").string());
    QVERIFY(readText((root / "before" / "p.json").string()).find("\"path\": \"data/points.csv\"") != std::string::npos);

    fs::rename(root / "before", root / "after");
    const Project moved = ProjectFile::load((root / "after" / "p.json").string());
    QCOMPARE(moved.data.path, (root / "after" / "data" / "points.csv").generic_string());
    const Session session(moved, noBuiltins());
    QCOMPARE(session.data().samples(), Index(24));
}

void TestResume::aCsvElsewhereIsStoredRelativeToTheProject()
{
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    fs::create_directories(root / "data");
    fs::create_directories(root / "projects");
    writeCsv((root / "data" / "points.csv").string());
    // Given relative to the current directory, stored relative to the project, read back from anywhere.
    const QString home = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    trainAndSave("data/points.csv", "projects/p.json");
    QVERIFY(QDir::setCurrent(home));
    QVERIFY(readText((root / "projects" / "p.json").string()).find("\"path\": \"../data/points.csv\"") != std::string::npos);
    const Project p = ProjectFile::load((root / "projects" / "p.json").string());
    QCOMPARE(p.data.path, (root / "data" / "points.csv").generic_string());
}

void TestResume::versionOneFilesStillLoad()
{
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    const std::string csv = (root / "points.csv").string();
    writeCsv(csv);
    // An absolute path, as version 1 stored what it was given.
    std::ofstream(root / "old.json") << resumetest::versionOneProject(csv);
    Project p = ProjectFile::load((root / "old.json").string());
    QCOMPARE(p.data.path, csv);
    QVERIFY(p.trained() && p.optimizerState.empty() && p.columns.empty());
    QCOMPARE(p.history.size(), std::size_t(3));
    Session session(p, noBuiltins());
    QCOMPARE(session.trainer().run(), Trainer::Outcome::Finished);
    QCOMPARE(session.trainer().history().size(), std::size_t(6));
    // A relative path meant the current directory; a project that moved with its CSV still finds it.
    std::ofstream(root / "old.json") << resumetest::versionOneProject("points.csv");
    QCOMPARE(ProjectFile::load((root / "old.json").string()).data.path, (root / "points.csv").generic_string());
    // Saving writes version 2.
    ProjectFile::save(session.project(), (root / "new.json").string());
    QVERIFY(readText((root / "new.json").string()).find("\"version\": 2") != std::string::npos);
}

void TestResume::columnsAndStateAreSavedAndChecked()
{
    QTemporaryDir dir;
    const std::string csv = dir.filePath("points.csv").toStdString(), path = dir.filePath("p.json").toStdString();
    writeCsv(csv);
    Project p = csvProject(csv);
    p.training.optimizer.kind = OptimizerKind::Adam;
    Session session(p, noBuiltins());
    session.trainer().run();
    const Project trained = session.project();
    ProjectFile::save(trained, path);
    const Project q = ProjectFile::load(path);
    QVERIFY(q == trained);
    QCOMPARE(q.columns.features, (std::vector<std::string>{"x", "y"}));
    QCOMPARE(q.columns.classes, (std::vector<std::string>{"a", "b"}));
    QVERIFY(sameBits(q.columns.shift, session.data().featureShift) && sameBits(q.columns.scale, session.data().featureScale));
    QCOMPARE(q.optimizerState.steps, 2L);  // two epochs of one full batch
    // Adam's second moment is never negative.
    Vector negative = q.optimizerState.second;
    negative(3) = -1.0f;
    std::string text = readText(path);
    const auto v = text.find("\"v\": \"") + 6;
    text.replace(v, text.find('"', v) - v, FloatBase64::encode(negative));
    try {
        ProjectFile::fromJson(text, "cut.json");
        QFAIL("a negative second moment was accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field), QString("optimizerState.v"));
        QVERIFY2(e.message.find("cannot be negative") != std::string::npos, e.what());
    }
}

void TestResume::packedFloatsKeepEveryBit()
{
    Vector all(7);
    all << -0.0f, std::numeric_limits<float>::denorm_min(), std::numeric_limits<float>::max(), 0.1f, 1.0f / 3.0f,
        -std::numeric_limits<float>::min(), std::nextafter(1.0f, 2.0f);
    for (Index n = 0; n <= all.size(); ++n) {  // every padding: 4n bytes leave 0, 1 or 2 over
        const Vector v = all.head(n);
        const std::optional<Vector> back = FloatBase64::decode(FloatBase64::encode(v));
        QVERIFY(back && sameBits(*back, v));
    }
    QCOMPARE(FloatBase64::encode(Vector::Constant(1, 0.5f)), std::string("AAAAPw=="));
    for (const char* bad : {"AAAAPw=", "AAAAP===", "AA=APw==", "AAA", "AAAA"})  // a float is 4 bytes, not 3
        QVERIFY2(!FloatBase64::decode(bad), bad);
}

QTEST_GUILESS_MAIN(TestResume)
#include "test_resume.moc"
