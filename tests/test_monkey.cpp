// A seeded monkey: thousands of random real input events inside the studio window (clicks
// weighted toward the Designer, wheel turns, Tab and Shift+Tab, digits, Return, Escape, Space,
// F10, Ctrl+R), every modal dialog answered at random. After every event the window must keep
// its promises (studioprobe.h), and the process must live.
// MONKEY_EVENTS (default 2000) and MONKEY_SEED (default 20261130) change the run.
#include "studiodriver.h"
#include "studiosettings.h"

#include <QMenu>
#include <QToolBar>
#include <QSet>
#include <QMenuBar>
#include <QTimer>
#include <QWheelEvent>

#include <cstdio>
#include <deque>

using namespace bp;

namespace {

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The visible widgets under root that a click could reach.
QList<QWidget*> visibleWidgets(QWidget* root)
{
    QList<QWidget*> shown;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (w->isVisible() && w->width() > 0 && w->height() > 0)
            shown << w;
    return shown;
}

QPoint pointIn(QRandomGenerator& rng, const QWidget* w)
{
    return {int(rng.bounded(std::max(1, w->width()))), int(rng.bounded(std::max(1, w->height())))};
}

void wheel(QWidget* w, QPoint at, int steps)
{
    const QPointF global = w->mapToGlobal(QPointF(at));
    QWheelEvent event(QPointF(at), global, QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

class Monkey {
public:
    Monkey(MainWindow& window, quint32 seed) : window_(window), rng_(seed) {}

    // Sends one random event and returns what it was, for the log.
    QString act()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            return inPopup(popup);
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window_;
        const int dice = int(rng_.bounded(100));
        if (dice < 4)
            return clickTrain();
        if (dice < 45)
            return click(designer());
        if (dice < 60)
            return click(&window_);
        if (dice < 68) {
            QWidget* target = pick(designer());
            const QPoint at = pointIn(rng_, target);
            const int steps = rng_.bounded(2) ? 1 : -1;
            const QString what = QStringLiteral("wheel %1 on %2").arg(steps).arg(describe(target));
            wheel(target, at, steps);
            return what;
        }
        struct Key { Qt::Key key; Qt::KeyboardModifiers modifiers; const char* name; };
        static const Key keys[] = {
            {Qt::Key_Tab, Qt::NoModifier, "Tab"},        {Qt::Key_Backtab, Qt::ShiftModifier, "Shift+Tab"},
            {Qt::Key_Return, Qt::NoModifier, "Return"},  {Qt::Key_Escape, Qt::NoModifier, "Escape"},
            {Qt::Key_Space, Qt::NoModifier, "Space"},    {Qt::Key_F10, Qt::NoModifier, "F10"},
            {Qt::Key_R, Qt::ControlModifier, "Ctrl+R"},  {Qt::Key_Backspace, Qt::NoModifier, "Backspace"},
            {Qt::Key_Up, Qt::NoModifier, "Up"},          {Qt::Key_Down, Qt::NoModifier, "Down"},
        };
        if (dice < 82) {
            const char digit = char('0' + rng_.bounded(10));
            const QString what = QStringLiteral("digit %1 into %2").arg(QChar(digit)).arg(describe(focus));
            QTest::keyClick(focus, digit);
            return what;
        }
        const Key& k = keys[rng_.bounded(int(std::size(keys)))];
        const QString what = QStringLiteral("%1 in %2").arg(QLatin1String(k.name), describe(focus));
        QTest::keyClick(focus, k.key, k.modifiers);
        return what;
    }

    // Waits a little, as a person would between two inputs, now and then.
    void pause() { dawdle(); }

    // Answers an open modal dialog at random; empty when none was open.
    QString answer() { return studioprobe::answerDialog(&rng_); }

private:
    QWidget* designer() { return window_.findChild<DesignerWidget*>(); }

    QWidget* pick(QWidget* root)
    {
        const QList<QWidget*> shown = visibleWidgets(root);
        return shown.isEmpty() ? root : shown[int(rng_.bounded(shown.size()))];
    }

    QString click(QWidget* root)
    {
        QWidget* target = pick(root);
        const QString what = QStringLiteral("click on %1").arg(describe(target));
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, pointIn(rng_, target));
        return what;
    }

    // The toolbar's Train/Pause button: what a person clicks most, and the way into every state.
    QString clickTrain()
    {
        QToolButton* button = studiodriver::trainButton(window_);
        if (!button)
            return QStringLiteral("no Train button");
        QTest::mouseClick(button, Qt::LeftButton);
        return QStringLiteral("click on Train/Pause");
    }

    // A person pauses now and then; training goes on meanwhile.
    void dawdle() { QTest::qWait(rng_.bounded(4) == 0 ? int(rng_.bounded(30)) : 0); }

    QString inPopup(QWidget* popup)
    {
        const int dice = int(rng_.bounded(10));
        if (dice < 5) {
            QWidget* target = pick(popup);
            // Leave the quit entry alone: the window closing is tested elsewhere, not by chance.
            if (auto* menu = qobject_cast<QMenu*>(popup)) {
                QAction* action = menu->actionAt(pointIn(rng_, menu));
                if (action && action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Q")))
                    return QStringLiteral("skipped Quit");
                target = menu;
            }
            const QString what = QStringLiteral("click in popup %1").arg(describe(target));
            QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, pointIn(rng_, target));
            return what;
        }
        const Qt::Key key = dice < 7 ? Qt::Key_Down : dice < 9 ? Qt::Key_Return : Qt::Key_Escape;
        QTest::keyClick(popup, key);
        return QStringLiteral("key %1 in popup").arg(int(key), 0, 16);
    }

    static QString describe(const QWidget* w)
    {
        QString name = w->objectName().isEmpty() ? w->accessibleName() : w->objectName();
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), name);
    }

    MainWindow& window_;
    QRandomGenerator rng_;
};

}  // namespace

class TestMonkey : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
    }

    void randomInputKeepsEveryPromise()
    {
        const int events = environmentNumber("MONKEY_EVENTS", 2000);
        const quint32 seed = quint32(environmentNumber("MONKEY_SEED", 20261130));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Monkey monkey(window, seed);
        std::deque<QString> log;  // the last events, to say how a failure was reached
        auto remember = [&log](const QString& line) {
            log.push_back(line);
            if (log.size() > 25)
                log.pop_front();
        };
        // Dialogs open nested event loops inside an event; this timer answers them from there.
        QTimer answerer;
        answerer.setInterval(15);
        connect(&answerer, &QTimer::timeout, [&] {
            if (const QString what = monkey.answer(); !what.isEmpty())
                remember(what);
        });
        answerer.start();
        QSet<TrainingWorker::State> seen;  // the states the run went through
        int mostEpochs = 0;
        for (int i = 0; i < events; ++i) {
            remember(QStringLiteral("#%1 %2").arg(i).arg(monkey.act()));
            monkey.pause();
            seen.insert(window.state());
            mostEpochs = std::max(mostEpochs, window.epoch());
            if (!window.isVisible()) {  // closed through a dialog's answer: open it again
                window.show();
                remember(QStringLiteral("shown again"));
            }
            const QString broken = studioprobe::settle(window);
            if (!broken.isEmpty()) {
                QString trail;
                for (const QString& line : log)
                    trail += QStringLiteral("\n  ") + line;
                QFAIL(qPrintable(QStringLiteral("seed %1, event %2: %3; the last events:%4")
                                     .arg(seed).arg(i).arg(broken, trail)));
            }
        }
        answerer.stop();
        while (QApplication::activePopupWidget())
            QApplication::activePopupWidget()->close();
        std::printf("MONKEY %d events with seed %u: %lld training states seen, at most %d epochs trained\n", events, seed,
                    qint64(seen.size()), mostEpochs);
        if (qEnvironmentVariableIsSet("MONKEY_LOG"))
            for (const QString& line : log)
                qInfo("%s", qPrintable(line));
        // A monkey that never got the studio training would prove little.
        QVERIFY(seen.contains(TrainingWorker::State::Training) && mostEpochs > 0);
    }
};

QTEST_MAIN(TestMonkey)
#include "test_monkey.moc"
