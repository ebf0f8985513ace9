// History CSV: a round trip keeps every float bit for bit and absent values absent; bad cells are named.
#include "historycsv.h"
#include "inputerror.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace bp;

class TestHistoryCsv : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryBit()
    {
        std::vector<HistoryEntry> history;
        for (int e = 1; e <= 50; ++e) {
            HistoryEntry h;
            h.epoch = e;
            h.trainLoss = 1.0f / float(e * 3 + 1) + 1e-7f * float(e);  // values with many digits
            if (e % 2 == 0)
                h.validationLoss = 0.1f + 1.0f / 3.0f / float(e);
            if (e % 3 != 0)
                h.accuracy = float(e) / 51.0f;
            if (e == 7)
                h.validationAccuracy = 0.123456789f;
            history.push_back(h);
        }
        const std::string text = historyToCsv(history);
        QVERIFY(text.rfind("epoch,train_loss,validation_loss,accuracy,validation_accuracy\n", 0) == 0);
        const std::vector<HistoryEntry> back = historyFromCsv(text, "mem.csv");
        QCOMPARE(back.size(), history.size());
        for (std::size_t i = 0; i < back.size(); ++i)
            QVERIFY2(back[i] == history[i], qPrintable(QString("entry %1 differs").arg(i)));
        QVERIFY(!back[0].validationLoss.has_value());
        QVERIFY(!back[2].accuracy.has_value());
        QVERIFY(back[6].validationAccuracy.has_value());
        QCOMPARE(*back[6].validationAccuracy, 0.123456789f);
    }

    void emptyCellForAbsentValues()
    {
        HistoryEntry h;
        h.epoch = 3;
        h.trainLoss = 0.5f;
        h.accuracy = 0.25f;
        QCOMPARE(historyToCsv({h}), std::string("epoch,train_loss,validation_loss,accuracy,validation_accuracy\n"
                                                "3,0.5,,0.25,\n"));
    }

    void badCellIsNamed()
    {
        const std::string text = "epoch,train_loss,validation_loss,accuracy,validation_accuracy\n"
                                 "1,0.5,,,\n2,zero,,,\n";
        try {
            historyFromCsv(text, "loss.csv");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.line, 3);
            QCOMPARE(e.column, 2);
            QVERIFY(std::string(e.what()).find("loss.csv:3:2") != std::string::npos);
        }
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/loss.csv").toStdString();
        HistoryEntry h;
        h.epoch = 1;
        h.trainLoss = 0.75f;
        saveHistoryCsv({h}, path);
        std::ifstream in(path);
        std::stringstream s;
        s << in.rdbuf();
        QCOMPARE(historyFromCsv(s.str(), path).front(), h);
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));
        const std::string bad = (dir.path() + "/missing/loss.csv").toStdString();
        try {
            saveHistoryCsv({h}, bad);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file, bad);
        }
        QVERIFY(!QFile::exists(QString::fromStdString(bad)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "test_historycsv.moc"
