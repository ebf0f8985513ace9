// The studio's CSV form: the delimiter choice, driven with real clicks and keys, decides how the
// file splits into cells, and the Data section says so when a choice leaves one column.
#include "mainwindow.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;
using studioprobe::actionFor;

class TestCsvForm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void theDelimiterChoiceSplitsTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("semicolons.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a;b;label\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n9;1;x\n2;3;y\n");
        csv.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* source = window.findChild<QComboBox*>(QStringLiteral("dataSource"));
        auto* path = window.findChild<QLineEdit*>(QStringLiteral("csvPath"));
        auto* delimiter = window.findChild<QComboBox*>(QStringLiteral("csvDelimiter"));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("banner"));
        QAction* step = actionFor(window, QKeySequence(Qt::Key_F10));
        QVERIFY(source && path && delimiter && banner && step);
        QVERIFY(studiodriver::chooseData(source, QStringLiteral("csv:")));
        QVERIFY(delimiter->isVisible());
        QCOMPARE(delimiter->currentData().toInt(), int(Delimiter::Auto));
        studiodriver::typeInto(path, file);
        QTRY_VERIFY(step->isEnabled());  // detected: semicolons
        QVERIFY(banner->isHidden());

        QVERIFY(studiodriver::chooseData(delimiter, int(Delimiter::Comma)));  // a click in the pop-up
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("one column only")), qPrintable(banner->text()));
        QVERIFY(!step->isEnabled());

        delimiter->setFocus();
        QTest::keyClick(delimiter, Qt::Key_Down);  // Comma → Semicolon, from the keyboard
        QCOMPARE(delimiter->currentData().toInt(), int(Delimiter::Semicolon));
        QTRY_VERIFY(banner->isHidden());
        QTRY_VERIFY(step->isEnabled());

        QVERIFY(studiodriver::chooseData(source, QStringLiteral("generator:moons")));
        QTRY_VERIFY(delimiter->isHidden());  // a generator has no cells to separate
    }
};

QTEST_MAIN(TestCsvForm)
#include "test_csvform.moc"
