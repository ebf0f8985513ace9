// The designer offers what core's tables and limits say: each combo box lists its enum table's
// entries in order, each field's range is a limit, a design over the parameter budget is marked
// with its figures, and a fresh designer shows core's default design.
#include "defaultproject.h"
#include "designertestdata.h"
#include "designerwidget.h"
#include "designlimits.h"
#include "generators.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTest>

using namespace bp;

namespace {

QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Checks that combo lists exactly table's labels, in its order, each with int(value) as its data;
// skip is an enumerator the combo leaves out (or -1).
template <typename E, std::size_t N>
bool listsTable(const QComboBox* combo, const NamedValue<E> (&table)[N], int skip = -1)
{
    int row = 0;
    for (const NamedValue<E>& entry : table) {
        if (int(entry.value) == skip)
            continue;
        if (row >= combo->count() || combo->itemText(row) != text(entry.label) || combo->itemData(row).toInt() != int(entry.value))
            return false;
        ++row;
    }
    return row == combo->count();
}

template <typename T>
T* field(const QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(name);
    if (!found)
        qFatal("no field %s", name);
    return found;
}

}  // namespace

class TestNameTables : public QObject {
    Q_OBJECT
private slots:
    void combosListTheirTables()
    {
        DesignerWidget w;
        QVERIFY(listsTable(field<QComboBox>(w, "loss"), lossNames));
        QVERIFY(listsTable(field<QComboBox>(w, "optimizer"), optimizerNames));
        QVERIFY(listsTable(field<QComboBox>(w, "init"), initNames));
        QVERIFY(listsTable(field<QComboBox>(w, "outputActivation"), activationNames));
        QVERIFY(listsTable(field<QComboBox>(w, "layerActivation1"), activationNames, int(Activation::Softmax)));
        QVERIFY(listsTable(field<QComboBox>(w, "scaling"), scalingNames));
        QVERIFY(listsTable(field<QComboBox>(w, "csvHeader"), headerNames));
        QVERIFY(listsTable(field<QComboBox>(w, "csvDelimiter"), delimiterNames));
    }

    void theSourceComboListsTheGeneratorsAndBuiltins()
    {
        DesignerWidget w;
        const QComboBox* source = field<QComboBox>(w, "dataSource");
        QStringList keys;
        for (int i = 0; i < source->count(); ++i)
            if (!source->itemData(i).toString().isEmpty())  // separators carry no data
                keys << source->itemData(i).toString();
        QStringList expected;
        for (const GeneratorName& g : generatorTable)
            expected << "generator:" + text(g.name);
        for (const BuiltinDataset& b : builtinDatasets)
            expected << "builtin:" + text(b.name);
        expected << "csv:";
        QCOMPARE(keys, expected);
    }

    void fieldRangesAreTheLimits()
    {
        DesignerWidget w;
        const auto* samples = field<QSpinBox>(w, "samples");
        QCOMPARE(samples->minimum(), limits::minSamples);
        QCOMPARE(samples->maximum(), limits::maxSamples);
        const auto* classes = field<QSpinBox>(w, "classes");
        QCOMPARE(classes->minimum(), limits::minClasses);
        QCOMPARE(classes->maximum(), limits::maxClasses);
        QCOMPARE(field<QDoubleSpinBox>(w, "noise")->maximum(), limits::maxNoise);
        QCOMPARE(field<QSpinBox>(w, "epochs")->maximum(), limits::maxEpochs);
        QCOMPARE(field<QSpinBox>(w, "batchSize")->maximum(), limits::maxBatchSize);
        QCOMPARE(field<QDoubleSpinBox>(w, "validation")->maximum(), limits::maxValidationSplit * 100.0);
        QCOMPARE(field<QSpinBox>(w, "layerNeurons1")->maximum(), limits::formNeurons);
    }

    void aDesignOverTheParameterBudgetIsMarkedWithTheFigures()
    {
        DesignerWidget w;
        w.resize(420, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const char* name : {"layerNeurons1", "layerNeurons2"}) {  // 2 → 4096 → 4096 → 1
            auto* neurons = field<QSpinBox>(w, name);
            neurons->setFocus();
            neurons->selectAll();
            QTest::keyClicks(neurons, QString::number(limits::formNeurons));
            QTest::keyClick(neurons, Qt::Key_Return);
        }
        QVERIFY(!w.isValid());
        QVERIFY2(w.problem().contains("16,797,697 weights and biases") && w.problem().contains("the most is 10,000,000"),
                 qPrintable(w.problem()));
        QVERIFY(designertest::marked(field<QSpinBox>(w, "layerNeurons2")));  // the layer holding most of them
    }

    void aFreshDesignerShowsTheDefaultProject()
    {
        DesignerWidget w;
        const Project first = defaultProject();
        QVERIFY(w.dataSource() == first.data);
        QVERIFY(w.networkSpec() == first.network);
        QVERIFY(w.trainConfig() == first.training);
        QVERIFY(w.isValid());
        // The default is a real choice, not the structs' own defaults.
        QVERIFY(!(first.training == TrainConfig{}));
    }
};

QTEST_MAIN(TestNameTables)
#include "test_nametables.moc"
