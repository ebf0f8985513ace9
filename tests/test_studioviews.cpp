// The studio's docked views: the right-hand dock gets its width back after the window shrinks
// and grows again, and keeps the width the person drags it to.
#include "studioviews.h"
#include "studiosettings.h"

#include "dockwidthkeeper.h"
#include "statuspanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QMainWindow>
#include <QTest>

using namespace bp;

namespace {

QDockWidget* rightDock(QMainWindow& window) { return window.findChild<QDockWidget*>(QStringLiteral("chartDock")); }

/// Resizes window and lets its layout and the keeper settle.
void resizeAndSettle(QMainWindow& window, int width)
{
    window.resize(width, 900);
    QTest::qWait(50);
}

}  // namespace

class TestStudioViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void rightDockRegainsItsWidth()
    {
        QMainWindow window;
        StudioViews views(&window);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QDockWidget* dock = rightDock(window);
        QVERIFY(dock);
        const int wide = dock->width();
        QVERIFY2(wide >= StudioViews::rightDockWidth - 30, qPrintable(QString::number(wide)));

        resizeAndSettle(window, 900);
        const int narrow = dock->width();
        QVERIFY2(narrow < wide - 60, qPrintable(QStringLiteral("%1 → %2").arg(wide).arg(narrow)));
        resizeAndSettle(window, 1500);
        QTRY_VERIFY2(std::abs(dock->width() - wide) <= 8,
                     qPrintable(QStringLiteral("%1 → %2 → %3").arg(wide).arg(narrow).arg(dock->width())));
        QCOMPARE(views.rightWidth->preferredWidth(), StudioViews::rightDockWidth);
    }

    void statusFieldsAreSeparatedAndTheSpeedIsTheRunsOwn()
    {
        QMainWindow window;
        QLabel banner;
        StatusPanel status(&window, &banner);
        window.resize(900, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Snapshot s;
        s.report.epoch = 12;
        s.epochsPerSecond = 0;  // nothing measured in this run yet
        status.show(s);
        QLabel* rate = window.statusBar()->findChild<QLabel*>(QStringLiteral("rate"));
        QVERIFY(rate);
        QCOMPARE(rate->text(), QStringLiteral("— epochs/s"));
        s.epochsPerSecond = 812.4;
        status.show(s);
        QCOMPARE(rate->text(), QStringLiteral("812 epochs/s"));

        // A dark rule stands at the left edge of every field, on the status bar's light ground.
        const QImage bar = window.statusBar()->grab().toImage();
        const QList<QLabel*> fields = window.statusBar()->findChildren<QLabel*>();
        QVERIFY(fields.size() >= 5);
        for (QLabel* field : fields) {
            if (!field->isVisible())
                continue;
            const QPoint mid = field->geometry().topLeft() + QPoint(0, field->height() / 2);
            const QColor rule = bar.pixelColor(mid * window.statusBar()->devicePixelRatio());
            const QColor ground = bar.pixelColor(mid + QPoint(4, 0));
            QVERIFY2(rule.lightness() < ground.lightness() - 40,
                     qPrintable(QStringLiteral("%1 vs %2").arg(rule.name(), ground.name())));
        }
    }
};

QTEST_MAIN(TestStudioViews)
#include "test_studioviews.moc"
