#pragma once
// Drives the studio as a person does, through real mouse, wheel and keyboard events on its
// child widgets: picks combo entries from their pop-ups, types into fields, opens menus and
// clicks their entries, and brings the window into each training state.
#include "studioprobe.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QToolBar>
#include <QToolButton>
#include <QWheelEvent>

namespace studiodriver {

using namespace bp;

/// Opens combo's pop-up with a click and clicks the entry at index in it (after the double-click
/// interval: a pop-up ignores a release sooner, as it may be the end of the opening click).
inline void chooseEntry(QComboBox* combo, int index)
{
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView* view = combo->view();
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex item = view->model()->index(index, combo->modelColumn(), view->rootIndex());
    view->scrollTo(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(item).center());
    if (view->isVisible())  // an entry that cannot be chosen leaves the pop-up open
        QTest::keyClick(view, Qt::Key_Escape);
}

/// Chooses the entry whose data is key as chooseEntry does; false when there is none or it did not take.
inline bool chooseData(QComboBox* combo, const QVariant& key)
{
    const int index = combo->findData(key);
    if (index < 0)
        return false;
    chooseEntry(combo, index);
    return combo->currentIndex() == index;
}

/// Clicks into field, selects all its text and types text, then Return.
inline void typeInto(QWidget* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton, Qt::NoModifier, QPoint(8, field->height() / 2));
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Turns the mouse wheel over w by steps notches (positive: up).
inline void wheel(QWidget* w, int steps)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

/// Clicks the up (or down) arrow of a spin box.
inline void clickArrow(QAbstractSpinBox* box, bool up)
{
    QStyleOptionSpinBox option;
    option.initFrom(box);
    option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.frame = box->hasFrame();
    const QRect arrow = box->style()->subControlRect(QStyle::CC_SpinBox, &option,
                                                     up ? QStyle::SC_SpinBoxUp : QStyle::SC_SpinBoxDown, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, arrow.center());
}

/// Opens the menu bar's menu titled like title (ampersands ignored) with a click, and returns it.
inline QMenu* openMenu(QMainWindow& window, const QString& title)
{
    QMenuBar* bar = window.menuBar();
    for (QAction* entry : bar->actions()) {
        if (entry->text().remove(QLatin1Char('&')) != title || !entry->menu())
            continue;
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->actionGeometry(entry).center());
        if (!entry->menu()->isVisible())
            return nullptr;
        return entry->menu();
    }
    return nullptr;
}

/// Clicks action in the open menu (opening the sub-menu first when path has two parts).
inline bool clickInMenu(QMenu* menu, QAction* action)
{
    if (!menu || !menu->isVisible())
        return false;
    QTest::mouseMove(menu, menu->actionGeometry(action).center());
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
    return true;
}

/// Returns the toolbar button of the Train/Pause action (bound to Space), or nullptr.
inline QToolButton* trainButton(MainWindow& window)
{
    QAction* train = studioprobe::actionFor(window, QKeySequence(Qt::Key_Space));
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(train)))
            return button;
    return nullptr;
}

/// Returns the toolbar combo whose first entry's text contains word (e.g. "epochs/s").
inline QComboBox* toolbarCombo(QMainWindow& window, const QString& word)
{
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        for (QComboBox* combo : bar->findChildren<QComboBox*>())
            for (int i = 0; i < combo->count(); ++i)
                if (combo->itemText(i).contains(word))
                    return combo;
    return nullptr;
}

/// Chooses the Speed entry whose text contains word ("As fast", "10 epochs/s").
inline void chooseSpeed(QMainWindow& window, const QString& word)
{
    QComboBox* speed = toolbarCombo(window, QStringLiteral("epochs/s"));
    QVERIFY(speed);
    const int index = speed->findText(word, Qt::MatchContains);
    QVERIFY2(index >= 0, qPrintable(word));
    if (speed->currentIndex() == index)
        return;
    chooseEntry(speed, index);
    QCOMPARE(speed->currentIndex(), index);
}

}  // namespace studiodriver
