#pragma once
// What the studio promises after any input, read off its real widgets: the checks that the
// interaction test and the monkey test both make after every event they send.
#include "dataview.h"
#include "designerwidget.h"
#include "mainwindow.h"
#include "networkgraphwidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace studioprobe {

using namespace bp;

/// Returns the window's action bound to keys (Space: Train/Pause, F10: Step), or nullptr.
inline QAction* actionFor(const MainWindow& window, const QKeySequence& keys)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == keys)
            return action;
    return nullptr;
}

/// Returns the first number in a label's text ("2 inputs" → 2), or -1 when it shows none.
inline int numberIn(const QLabel* label)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\d+")).match(label ? label->text() : QString());
    return m.hasMatch() ? m.captured().toInt() : -1;
}

/// Returns what is wrong with the window now, or an empty string when every promise holds:
/// Train and Step are enabled exactly when the design is valid (Train also to pause a run);
/// the input and output widths shown match the network the worker built from the dataset;
/// no banner shows an error that no longer applies; the data view fits the data's shape.
inline QString brokenPromise(const MainWindow& window)
{
    const auto* designer = window.findChild<DesignerWidget*>();
    const auto* graph = window.findChild<bp::NetworkGraphWidget*>();
    const auto* view = window.findChild<bp::DataView*>();
    const QAction* train = actionFor(window, QKeySequence(Qt::Key_Space));
    const QAction* step = actionFor(window, QKeySequence(Qt::Key_F10));
    if (!designer || !graph || !view || !train || !step)
        return QStringLiteral("a part of the window is missing");
    const bool valid = designer->isValid();
    const bool training = window.state() == TrainingWorker::State::Training;
    if (train->isEnabled() != (valid || training))
        return QStringLiteral("Train is %1 while the design is %2 (%3)")
            .arg(train->isEnabled() ? "enabled" : "disabled", valid ? "valid" : "invalid", designer->problem());
    if (step->isEnabled() != valid)
        return QStringLiteral("Step is %1 while the design is %2 (%3)")
            .arg(step->isEnabled() ? "enabled" : "disabled", valid ? "valid" : "invalid", designer->problem());
    for (const QLabel* banner : window.findChildren<QLabel*>(QStringLiteral("banner")))
        if (banner->isVisible() && valid && window.state() != TrainingWorker::State::Diverged)
            return QStringLiteral("the banner still says \"%1\" though the design is valid").arg(banner->text());
    if (!valid)
        return {};
    const bp::NetworkSpec& built = graph->painter().spec();
    const int inputs = numberIn(window.findChild<QLabel*>(QStringLiteral("inputWidth")));
    const int outputs = numberIn(window.findChild<QLabel*>(QStringLiteral("outputWidth")));
    if (inputs != built.inputs || outputs != built.outputs())
        return QStringLiteral("the form shows %1 inputs and %2 outputs, the network has %3 and %4")
            .arg(inputs).arg(outputs).arg(built.inputs).arg(built.outputs());
    using Mode = bp::DataView::Mode;
    const bool autoencoder = built.inputs == built.outputs() && built.inputs == 64;
    if (built.inputs == 1 && view->mode() != Mode::Curve)
        return QStringLiteral("one input, but the data view is not a curve");
    if (built.inputs == 2 && view->mode() != Mode::Plane)
        return QStringLiteral("two inputs, but the data view is not a plane");
    if (autoencoder && view->mode() != Mode::Tiles)
        return QStringLiteral("an autoencoder on images, but the data view shows no tiles");
    return {};
}

/// Waits up to timeoutMs for every promise to hold (the worker answers on its own thread);
/// returns the last broken one, or an empty string.
inline QString settle(const MainWindow& window, int timeoutMs = 3000)
{
    QString broken = brokenPromise(window);
    for (int waited = 0; !broken.isEmpty() && waited < timeoutMs; waited += 20) {
        QTest::qWait(20);
        broken = brokenPromise(window);
    }
    return broken;
}

/// Answers whatever modal dialog is open, as a hurried person would: file dialogs and other
/// dialogs are cancelled; a message box gets prefer when it has that button, else one of its
/// buttons chosen by rng (or Cancel when rng is null). Returns a word for what it did, empty
/// when nothing was open.
inline QString answerDialog(QRandomGenerator* rng, QMessageBox::StandardButton prefer = QMessageBox::NoButton)
{
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal)
        return {};
    if (auto* box = qobject_cast<QMessageBox*>(modal)) {
        const QList<QAbstractButton*> buttons = box->buttons();
        QAbstractButton* choice = box->button(QMessageBox::Cancel);
        if (rng && !buttons.isEmpty())
            choice = buttons[int(rng->bounded(buttons.size()))];
        if (prefer != QMessageBox::NoButton && box->button(prefer))
            choice = box->button(prefer);
        if (!choice && !buttons.isEmpty())
            choice = buttons.first();
        const QString text = choice ? choice->text() : QStringLiteral("close");
        if (choice)
            QTest::mouseClick(choice, Qt::LeftButton);
        else
            box->reject();
        return QStringLiteral("answered \"%1\" with %2").arg(box->text().left(40), text);
    }
    if (auto* dialog = qobject_cast<QDialog*>(modal)) {
        dialog->reject();
        return QStringLiteral("cancelled %1").arg(QString::fromLatin1(modal->metaObject()->className()));
    }
    modal->close();
    return QStringLiteral("closed a modal window");
}

}  // namespace studioprobe
