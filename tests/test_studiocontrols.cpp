// Every control of the studio, driven by real input in every training state (idle, training,
// paused, finished): each entry of each Designer combo, the arrows, wheel and typing of each
// spin box, each field, box and button, and every menu and toolbar action. After each event
// the window must keep its promises (studioprobe.h).
#include "studiodriver.h"
#include "studiosettings.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

using namespace bp;

using State = TrainingWorker::State;
using namespace studiodriver;

namespace {

const char* stateName(State s)
{
    switch (s) {
    case State::Idle: return "idle";
    case State::Training: return "training";
    case State::Paused: return "paused";
    case State::Finished: return "finished";
    case State::Diverged: return "diverged";
    }
    return "?";
}

}  // namespace

class TestStudioControls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
        // Dialogs open nested event loops; this answers them from there, Cancel and Discard by turns.
        connect(&answerer_, &QTimer::timeout, this, [this] { studioprobe::answerDialog(&answers_, prefer_); });
        answerer_.start(15);
    }

    void everyDesignerControlInEveryState_data()
    {
        QTest::addColumn<State>("state");
        for (State s : {State::Idle, State::Training, State::Paused, State::Finished})
            QTest::newRow(stateName(s)) << s;
    }

    void everyDesignerControlInEveryState()
    {
        QFETCH(State, state);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        reach(window, state);
        QList<QPointer<QWidget>> controls;
        for (QWidget* w : window.findChild<DesignerWidget*>()->findChildren<QWidget*>())
            if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w)
                || qobject_cast<QAbstractButton*>(w))
                if (!qobject_cast<QLineEdit*>(w) || !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                    controls << w;
        int exercised = 0;
        for (const QPointer<QWidget>& control : controls) {
            if (window.state() != state)
                reach(window, state);
            if (!control || !control->isVisible() || !control->isEnabled())
                continue;
            exercise(window, control);
            if (QTest::currentTestFailed())
                return;
            ++exercised;
        }
        QVERIFY2(exercised >= 12, qPrintable(QString::number(exercised)));
    }

    void everyMenuAndToolbarActionInEveryState_data() { everyDesignerControlInEveryState_data(); }

    void everyMenuAndToolbarActionInEveryState()
    {
        QFETCH(State, state);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int clicked = 0;
        for (QAction* title : window.menuBar()->actions()) {
            const QString menuName = title->text().remove(QLatin1Char('&'));
            for (QAction* action : title->menu()->actions()) {
                if (action->isSeparator() || action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Q")))
                    continue;
                const QList<QAction*> entries = action->menu() ? action->menu()->actions() : QList<QAction*>{action};
                for (QAction* entry : entries) {
                    reach(window, state);
                    QMenu* menu = openMenu(window, menuName);
                    QVERIFY2(menu, qPrintable(menuName));
                    if (!action->isEnabled()) {
                        QTest::keyClick(menu, Qt::Key_Escape);
                        continue;
                    }
                    clickInMenu(menu, action);
                    if (action->menu())
                        clickInMenu(action->menu(), entry);
                    while (QApplication::activePopupWidget())
                        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
                    check(window, QStringLiteral("%1 › %2 › %3").arg(menuName, action->text(), entry->text()));
                    if (QTest::currentTestFailed())
                        return;
                    ++clicked;
                }
            }
        }
        for (QToolBar* bar : window.findChildren<QToolBar*>())
            for (QAction* action : bar->actions()) {
                auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
                if (!button)
                    continue;
                reach(window, state);
                QTest::mouseClick(button, Qt::LeftButton);
                check(window, QStringLiteral("toolbar %1").arg(action->text()));
                if (QTest::currentTestFailed())
                    return;
                ++clicked;
            }
        QVERIFY2(clicked >= 15, qPrintable(QString::number(clicked)));
    }

private:
    // Starts a new design and brings it into state through the toolbar, as a person would.
    void reach(MainWindow& window, State state)
    {
        while (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        prefer_ = QMessageBox::Discard;  // a new design, whatever was trained
        QAction* newProject = studioprobe::actionFor(window, QKeySequence(QKeySequence::New));
        QVERIFY(newProject);
        clickInMenu(openMenu(window, QStringLiteral("File")), newProject);
        QTRY_VERIFY2(window.epoch() == 0 && window.state() == State::Idle,
                     qPrintable(QStringLiteral("New after %1 left epoch %2, %3").arg(last_).arg(window.epoch()).arg(stateName(window.state()))));
        prefer_ = QMessageBox::NoButton;
        if (state == State::Idle)
            return;
        chooseSpeed(window, state == State::Finished ? QStringLiteral("As fast") : QStringLiteral("10 epochs/s"));
        QToolButton* train = trainButton(window);
        QVERIFY(train);
        QTest::mouseClick(train, Qt::LeftButton);
        if (state == State::Finished) {
            QTRY_COMPARE_WITH_TIMEOUT(window.state(), State::Finished, 30000);
            return;
        }
        QTRY_COMPARE(window.state(), State::Training);
        if (state == State::Paused) {
            QTRY_VERIFY(window.epoch() > 0);
            QTest::mouseClick(train, Qt::LeftButton);
            QTRY_COMPARE(window.state(), State::Paused);
        }
    }

    // Sends a control every kind of input it takes, checking the promises after each event.
    void exercise(MainWindow& window, QWidget* control)
    {
        const QString name = QStringLiteral("%1 \"%2\"").arg(QLatin1String(control->metaObject()->className()),
                                                            control->objectName() + control->accessibleName());
        if (auto* combo = qobject_cast<QComboBox*>(control)) {
            for (int i = 0; i < combo->count() && combo && combo->isVisible(); ++i) {
                const QString entry = combo->itemText(i);
                chooseEntry(combo, i);
                check(window, QStringLiteral("%1, entry \"%2\"").arg(name, entry));
            }
        } else if (auto* box = qobject_cast<QAbstractSpinBox*>(control)) {
            QPointer<QAbstractSpinBox> alive(box);
            const QString text = box->text();
            for (int step = 0; step < 5 && alive && alive->isVisible(); ++step) {
                if (step < 2)
                    clickArrow(box, step == 0);
                else if (step < 4)
                    wheel(box, step == 2 ? 1 : -1);
                else
                    typeInto(box, text);
                check(window, QStringLiteral("%1, input %2").arg(name).arg(step));
            }
        } else if (auto* field = qobject_cast<QLineEdit*>(control)) {
            const QString text = field->text();
            QPointer<QLineEdit> alive(field);
            for (const QString& typed : {QStringLiteral("x!"), text})
                if (alive && alive->isVisible()) {
                    typeInto(field, typed);
                    check(window, QStringLiteral("%1, typed \"%2\"").arg(name, typed));
                }
        } else if (auto* button = qobject_cast<QAbstractButton*>(control)) {
            QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
            check(window, QStringLiteral("%1, clicked").arg(name));
        }
    }

    void check(MainWindow& window, const QString& what)
    {
        last_ = what;
        const QString broken = studioprobe::settle(window);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("after %1 (%2): %3").arg(what, stateName(window.state()), broken)));
    }

    QTimer answerer_;
    QRandomGenerator answers_{1};
    QMessageBox::StandardButton prefer_ = QMessageBox::NoButton;  // the answer wanted now, if offered
    QString last_;  // the last input checked, to say how a state was left
};

QTEST_MAIN(TestStudioControls)
#include "test_studiocontrols.moc"
