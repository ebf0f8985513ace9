// The studio's CSV form: the delimiter choice, driven with real clicks and keys, decides how the
// file splits into cells, and the Data section says so when a choice leaves one column.
#include "mainwindow.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;

namespace {

template <typename T>
T* child(QWidget& window, const char* name)
{
    T* widget = window.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QAction* action(QWidget& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    qFatal("no action %s", qPrintable(text));
}

}  // namespace

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
        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("csv:")));
        auto* delimiter = child<QComboBox>(window, "csvDelimiter");
        QVERIFY(delimiter->isVisible());
        QCOMPARE(delimiter->currentData().toInt(), int(Delimiter::Auto));
        studiodriver::typeInto(child<QLineEdit>(window, "csvPath"), file);
        auto* banner = child<QLabel>(window, "banner");
        QTRY_VERIFY(action(window, tr("Step"))->isEnabled());  // detected: semicolons
        QVERIFY(banner->isHidden());

        QVERIFY(studiodriver::chooseData(delimiter, int(Delimiter::Comma)));  // a click in the pop-up
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("one column only")), qPrintable(banner->text()));
        QVERIFY(!action(window, tr("Step"))->isEnabled());

        delimiter->setFocus();
        QTest::keyClick(delimiter, Qt::Key_Down);  // Comma → Semicolon, from the keyboard
        QCOMPARE(delimiter->currentData().toInt(), int(Delimiter::Semicolon));
        QTRY_VERIFY(banner->isHidden());
        QTRY_VERIFY(action(window, tr("Step"))->isEnabled());

        QVERIFY(studiodriver::chooseData(child<QComboBox>(window, "dataSource"), QStringLiteral("generator:moons")));
        QTRY_VERIFY(delimiter->isHidden());  // a generator has no cells to separate
    }
};

QTEST_MAIN(TestCsvForm)
#include "test_csvform.moc"
