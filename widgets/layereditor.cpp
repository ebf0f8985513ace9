#include "layereditor.h"

#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int maxVisibleRows = 8;  // taller stacks scroll inside the table

QToolButton* makeButton(QWidget* parent, const QIcon& icon, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(false);
    button->setToolButtonStyle(text.isEmpty() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    return button;
}

// A green plus, for systems whose icon theme has no "list-add".
QIcon plusIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(bp::theme::increase(), 6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(16, 5), QPointF(16, 27));
    painter.drawLine(QPointF(5, 16), QPointF(27, 16));
    return QIcon(pixmap);
}

}  // namespace

LayerEditor::LayerEditor(QWidget* parent) : QWidget(parent)
{
    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName("hiddenLayers");
    table_->setHorizontalHeaderLabels({tr("Neurons"), tr("Activation")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    table_->horizontalHeader()->resizeSection(0, fontMetrics().horizontalAdvance("4096") + 56);  // digits + arrows
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setToolTip(tr("Hidden layers from input to output; select a row to remove or move it"));
    connect(table_, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });

    QStyle* s = style();
    add_ = makeButton(this, QIcon::fromTheme("list-add", plusIcon()),
                      tr("Add"), tr("Add a hidden layer after the selected one"));
    remove_ = makeButton(this, QIcon::fromTheme("list-remove", s->standardIcon(QStyle::SP_TrashIcon)),
                         tr("Remove"), tr("Remove the selected hidden layer"));
    up_ = makeButton(this, s->standardIcon(QStyle::SP_ArrowUp), {}, tr("Move the selected layer up (nearer the input)"));
    down_ = makeButton(this, s->standardIcon(QStyle::SP_ArrowDown), {}, tr("Move the selected layer down (nearer the output)"));
    add_->setObjectName("addLayer");
    remove_->setObjectName("removeLayer");
    up_->setObjectName("moveLayerUp");
    down_->setObjectName("moveLayerDown");
    connect(add_, &QToolButton::clicked, this, &LayerEditor::addLayer);
    connect(remove_, &QToolButton::clicked, this, &LayerEditor::removeLayer);
    connect(up_, &QToolButton::clicked, this, &LayerEditor::moveUp);
    connect(down_, &QToolButton::clicked, this, &LayerEditor::moveDown);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QToolButton* b : {add_, remove_, up_, down_})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(table_);
    layout->addLayout(buttons);
    rebuild({});
}

void LayerEditor::fillActivations(QComboBox* combo, bool withSoftmax)
{
    using bp::Activation;
    combo->addItem(tr("sigmoid"), int(Activation::Sigmoid));
    combo->addItem(tr("tanh"), int(Activation::Tanh));
    combo->addItem(tr("ReLU"), int(Activation::ReLU));
    combo->addItem(tr("leaky ReLU"), int(Activation::LeakyReLU));
    combo->addItem(tr("linear"), int(Activation::Linear));
    if (withSoftmax)
        combo->addItem(tr("softmax"), int(Activation::Softmax));
}

void LayerEditor::selectActivation(QComboBox* combo, bp::Activation f)
{
    if (combo->findData(int(f)) < 0)
        combo->addItem(QString::fromUtf8(bp::activationName(f).data()), int(f));
    combo->setCurrentIndex(combo->findData(int(f)));
}

void LayerEditor::setLayers(const std::vector<bp::LayerSpec>& hidden)
{
    rebuild(hidden);
    setCurrentLayer(0);
}

std::vector<bp::LayerSpec> LayerEditor::layers() const
{
    std::vector<bp::LayerSpec> hidden(std::size_t(table_->rowCount()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        hidden[std::size_t(row)].neurons = neuronsField(row)->value();
        hidden[std::size_t(row)].activation = bp::Activation(activationField(row)->currentData().toInt());
    }
    return hidden;
}

int LayerEditor::currentLayer() const { return table_->rowCount() == 0 ? -1 : std::max(0, table_->currentRow()); }

void LayerEditor::setCurrentLayer(int row)
{
    if (table_->rowCount() > 0)
        table_->setCurrentCell(std::clamp(row, 0, table_->rowCount() - 1), 0);
    updateButtons();
}

QSpinBox* LayerEditor::neuronsField(int row) const { return qobject_cast<QSpinBox*>(table_->cellWidget(row, 0)); }

QComboBox* LayerEditor::activationField(int row) const { return qobject_cast<QComboBox*>(table_->cellWidget(row, 1)); }

void LayerEditor::addLayer()
{
    std::vector<bp::LayerSpec> hidden = layers();
    const int row = currentLayer();
    const bp::LayerSpec copy = row < 0 ? bp::LayerSpec{4, bp::Activation::Tanh} : hidden[std::size_t(row)];
    hidden.insert(hidden.begin() + (row + 1), copy);
    replaceAndSelect(hidden, row + 1);
}

void LayerEditor::removeLayer()
{
    const int row = currentLayer();
    if (row < 0)
        return;
    std::vector<bp::LayerSpec> hidden = layers();
    hidden.erase(hidden.begin() + row);
    replaceAndSelect(hidden, std::min(row, int(hidden.size()) - 1));
}

void LayerEditor::moveUp()
{
    const int row = currentLayer();
    if (row < 1)
        return;
    std::vector<bp::LayerSpec> hidden = layers();
    std::swap(hidden[std::size_t(row)], hidden[std::size_t(row - 1)]);
    replaceAndSelect(hidden, row - 1);
}

void LayerEditor::moveDown()
{
    const int row = currentLayer();
    if (row < 0 || row + 1 >= table_->rowCount())
        return;
    std::vector<bp::LayerSpec> hidden = layers();
    std::swap(hidden[std::size_t(row)], hidden[std::size_t(row + 1)]);
    replaceAndSelect(hidden, row + 1);
}

void LayerEditor::replaceAndSelect(const std::vector<bp::LayerSpec>& hidden, int row)
{
    rebuild(hidden);
    setCurrentLayer(row);
    emit changed();
}

void LayerEditor::rebuild(const std::vector<bp::LayerSpec>& hidden)
{
    const int n = int(hidden.size());
    table_->setRowCount(0);
    table_->setRowCount(n);
    QWidget* previous = table_;  // Tab walks the rows in order, then the buttons
    for (int row = 0; row < n; ++row) {
        auto* neurons = new QSpinBox;
        const int count = hidden[std::size_t(row)].neurons;
        neurons->setRange(std::min(1, count), std::max(4096, count));  // show a stored 0 as it is: it is marked, not fixed
        neurons->setValue(count);
        neurons->setKeyboardTracking(false);
        neurons->setAccessibleName(tr("Neurons in hidden layer %1").arg(row + 1));
        auto* activation = new QComboBox;
        fillActivations(activation, false);
        selectActivation(activation, hidden[std::size_t(row)].activation);
        activation->setAccessibleName(tr("Activation of hidden layer %1").arg(row + 1));
        connect(neurons, &QSpinBox::valueChanged, this, &LayerEditor::changed);
        connect(activation, &QComboBox::currentIndexChanged, this, &LayerEditor::changed);
        table_->setCellWidget(row, 0, neurons);
        table_->setCellWidget(row, 1, activation);
        for (QWidget* w : {static_cast<QWidget*>(neurons), static_cast<QWidget*>(activation)}) {
            w->setProperty("layerRow", row);
            w->installEventFilter(this);
            setTabOrder(previous, w);
            previous = w;
        }
    }
    for (QWidget* w : {add_, remove_, up_, down_}) {
        setTabOrder(previous, w);
        previous = w;
    }
    const int rowHeight = table_->verticalHeader()->defaultSectionSize();
    const int visible = std::clamp(n, 1, maxVisibleRows);
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() + visible * rowHeight
                           + 2 * table_->frameWidth());
    updateButtons();
}

void LayerEditor::updateButtons()
{
    const int row = currentLayer();
    remove_->setEnabled(row >= 0);
    up_->setEnabled(row > 0);
    down_->setEnabled(row >= 0 && row + 1 < table_->rowCount());
}

bool LayerEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A row becomes the selected one when one of its fields takes the keyboard focus.
    if (event->type() == QEvent::FocusIn && watched->property("layerRow").isValid())
        table_->setCurrentCell(watched->property("layerRow").toInt(), 0);
    return QWidget::eventFilter(watched, event);
}
