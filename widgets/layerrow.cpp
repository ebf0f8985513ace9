#include "layerrow.h"

#include "layereditor.h"
#include "designlimits.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace bp {

namespace {

enum Column { NumberColumn, NeuronsColumn, ActivationColumn, UpColumn, DownColumn, RemoveColumn };

// An icon button of a row, named for tests and screen readers alike.
QToolButton* rowButton(const QIcon& icon, const QString& name, const QString& objectName)
{
    auto* button = new QToolButton;
    button->setIcon(icon);
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);  // a click takes the focus, so a typed count is committed first
    return button;
}

}  // namespace

LayerRow::LayerRow(QGridLayout* grid, int row)
{
    const QString n = QString::number(row + 1);
    number = new QLabel(n);
    number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    neurons = new QSpinBox;
    neurons->setObjectName("layerNeurons" + n);
    neurons->setAccessibleName(LayerEditor::tr("Neurons in hidden layer %1").arg(n));
    neurons->setToolTip(neurons->accessibleName());
    neurons->setRange(1, limits::formNeurons);
    neurons->setKeyboardTracking(false);  // one change per committed count, not per keystroke
    activation = new QComboBox;
    activation->setObjectName("layerActivation" + n);
    activation->setAccessibleName(LayerEditor::tr("Activation of hidden layer %1").arg(n));
    activation->setToolTip(activation->accessibleName());
    LayerEditor::fillActivations(activation, false);
    QStyle* s = QApplication::style();
    up = rowButton(s->standardIcon(QStyle::SP_ArrowUp), LayerEditor::tr("Move hidden layer %1 up").arg(n),
                   "moveLayerUp" + n);
    down = rowButton(s->standardIcon(QStyle::SP_ArrowDown), LayerEditor::tr("Move hidden layer %1 down").arg(n),
                     "moveLayerDown" + n);
    remove = rowButton(QIcon::fromTheme("list-remove", s->standardIcon(QStyle::SP_TrashIcon)),
                       LayerEditor::tr("Remove hidden layer %1").arg(n), "removeLayer" + n);
    QWidget* cells[] = {number, neurons, activation, up, down, remove};
    for (int column = NumberColumn; column <= RemoveColumn; ++column) {
        grid->addWidget(cells[column], row + 1, column);
        cells[column]->show();  // at once, not when the layout next gets round to it
    }
}

void LayerRow::addTitles(QGridLayout* grid)
{
    grid->addWidget(new QLabel(LayerEditor::tr("Neurons")), 0, NeuronsColumn);
    grid->addWidget(new QLabel(LayerEditor::tr("Activation")), 0, ActivationColumn);
    grid->setColumnMinimumWidth(NumberColumn, QFontMetrics(QApplication::font()).horizontalAdvance("99"));
    grid->setColumnStretch(ActivationColumn, 1);
}

void LayerRow::show(const bp::LayerSpec& layer) const
{
    const QSignalBlocker blockNeurons(neurons);
    const QSignalBlocker blockActivation(activation);
    neurons->setRange(std::min(1, layer.neurons), std::max(limits::formNeurons, layer.neurons));  // a stored 0 is marked, not fixed
    neurons->setValue(layer.neurons);
    activation->clear();  // drops an activation another layer brought along (softmax)
    LayerEditor::fillActivations(activation, false);
    LayerEditor::selectActivation(activation, layer.activation);
}

bp::LayerSpec LayerRow::layer() const
{
    return {neurons->value(), bp::Activation(activation->currentData().toInt())};
}

std::array<QWidget*, 5> LayerRow::focusable() const { return {neurons, activation, up, down, remove}; }

bool LayerRow::hasFocus() const
{
    const QWidget* focus = QApplication::focusWidget();
    const std::array<QWidget*, 5> widgets = focusable();
    return focus && std::any_of(widgets.begin(), widgets.end(),
                                [focus](const QWidget* w) { return w == focus || w->isAncestorOf(focus); });
}

void LayerRow::setMovable(bool canUp, bool canDown) const
{
    up->setEnabled(canUp);
    down->setEnabled(canDown);
}

void LayerRow::destroy(QGridLayout* grid) const
{
    for (QWidget* w : {static_cast<QWidget*>(number), static_cast<QWidget*>(neurons), static_cast<QWidget*>(activation),
                       static_cast<QWidget*>(up), static_cast<QWidget*>(down), static_cast<QWidget*>(remove)}) {
        grid->removeWidget(w);
        w->hide();
        w->setParent(nullptr);  // gone from the form at once
        w->deleteLater();       // a button may be inside its own clicked()
    }
}

} // namespace bp
