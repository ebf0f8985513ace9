#include "layereditor.h"

#include "namedcombo.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bp {

namespace {

constexpr int maxVisibleRows = 8;  // taller stacks scroll

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
    body_ = new QWidget;
    body_->setObjectName("hiddenLayers");
    body_->setFocusPolicy(Qt::TabFocus);  // so the "Hidden layers" shortcut reaches its focus proxy; Tab passes it by
    grid_ = new QGridLayout(body_);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(6);
    grid_->setVerticalSpacing(4);
    LayerRow::addTitles(grid_);

    scroll_ = new QScrollArea;
    scroll_->setWidget(body_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->viewport()->setAutoFillBackground(false);  // the rows sit on the form itself
    body_->setAutoFillBackground(false);
    scroll_->setToolTip(tr("Hidden layers from input (1) to output"));
    empty_ = new QLabel(tr("No hidden layers: the inputs feed the output layer directly."));
    empty_->setWordWrap(true);

    add_ = new QToolButton;
    add_->setObjectName("addLayer");
    add_->setIcon(QIcon::fromTheme("list-add", plusIcon()));
    add_->setText(tr("Add layer"));
    add_->setToolTip(tr("Add a hidden layer after the last one, as a copy of it"));
    add_->setAccessibleName(tr("Add a hidden layer"));
    add_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add_->setFocusPolicy(Qt::StrongFocus);
    connect(add_, &QToolButton::clicked, this, &LayerEditor::addLayer);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(scroll_);
    layout->addWidget(empty_);
    layout->addWidget(add_, 0, Qt::AlignLeft);
    updateRows();
}

void LayerEditor::fillActivations(QComboBox* combo, bool withSoftmax)
{
    addNamedItems(combo, activationNames);
    if (!withSoftmax)
        combo->removeItem(combo->findData(int(Activation::Softmax)));
}

void LayerEditor::selectActivation(QComboBox* combo, bp::Activation f)
{
    if (combo->findData(int(f)) < 0)
        combo->addItem(QString::fromUtf8(bp::activationName(f).data()), int(f));
    combo->setCurrentIndex(combo->findData(int(f)));
}

void LayerEditor::setLayers(const std::vector<bp::LayerSpec>& hidden)
{
    showLayers(hidden);
    setCurrentLayer(0);
}

std::vector<bp::LayerSpec> LayerEditor::layers() const
{
    std::vector<bp::LayerSpec> hidden;
    for (const LayerRow& row : rows_)
        hidden.push_back(row.layer());
    return hidden;
}

int LayerEditor::currentLayer() const
{
    if (rows_.empty())
        return -1;
    for (int i = 0; i < int(rows_.size()); ++i)
        if (rows_[std::size_t(i)].hasFocus())
            return i;
    return std::clamp(current_, 0, int(rows_.size()) - 1);
}

void LayerEditor::setCurrentLayer(int row)
{
    if (rows_.empty())
        return;
    current_ = std::clamp(row, 0, int(rows_.size()) - 1);
    scroll_->ensureWidgetVisible(rows_[std::size_t(current_)].neurons);
    // A row just added has its place only once the grid is laid out: look again then.
    QTimer::singleShot(0, this, [this] {
        if (current_ < int(rows_.size()))
            scroll_->ensureWidgetVisible(rows_[std::size_t(current_)].neurons);
    });
}

QSpinBox* LayerEditor::neuronsField(int row) const
{
    return row >= 0 && row < int(rows_.size()) ? rows_[std::size_t(row)].neurons : nullptr;
}

QComboBox* LayerEditor::activationField(int row) const
{
    return row >= 0 && row < int(rows_.size()) ? rows_[std::size_t(row)].activation : nullptr;
}

void LayerEditor::addLayer()
{
    std::vector<bp::LayerSpec> hidden = layers();
    hidden.push_back(hidden.empty() ? bp::LayerSpec{4, bp::Activation::Tanh} : hidden.back());
    showLayers(hidden);
    setCurrentLayer(int(hidden.size()) - 1);
    emit changed();
}

void LayerEditor::removeLayer(int row)
{
    std::vector<bp::LayerSpec> hidden = layers();
    if (row < 0 || row >= int(hidden.size()))
        return;
    hidden.erase(hidden.begin() + row);
    const int next = std::min(row, int(hidden.size()) - 1);  // the row that now shows the next layer
    if (rows_[std::size_t(row)].remove->hasFocus())  // the focus stays on a remove button
        (next < 0 ? add_ : rows_[std::size_t(next)].remove)->setFocus(Qt::OtherFocusReason);
    showLayers(hidden);
    setCurrentLayer(next);
    emit changed();
}

void LayerEditor::moveUp(int row) { moveLayer(row, row - 1, &LayerRow::up); }

void LayerEditor::moveDown(int row) { moveLayer(row, row + 1, &LayerRow::down); }

void LayerEditor::moveLayer(int from, int to, QToolButton* LayerRow::*button)
{
    std::vector<bp::LayerSpec> hidden = layers();
    if (from < 0 || to < 0 || from >= int(hidden.size()) || to >= int(hidden.size()))
        return;
    const bool followFocus = (rows_[std::size_t(from)].*button)->hasFocus();
    std::swap(hidden[std::size_t(from)], hidden[std::size_t(to)]);
    showLayers(hidden);
    if (followFocus) {  // the focus follows the layer; at the top or bottom, onto the other arrow
        const LayerRow& r = rows_[std::size_t(to)];
        QToolButton* target = r.*button;
        (target->isEnabled() ? target : (target == r.up ? r.down : r.up))->setFocus(Qt::OtherFocusReason);
    }
    setCurrentLayer(to);
    emit changed();
}

void LayerEditor::appendRow()
{
    const int i = int(rows_.size());
    const LayerRow& row = rows_.emplace_back(grid_, i);
    auto edited = [this, i] {
        current_ = i;
        emit changed();
    };
    connect(row.neurons, &QSpinBox::valueChanged, this, edited);
    connect(row.activation, &QComboBox::currentIndexChanged, this, edited);
    connect(row.up, &QToolButton::clicked, this, [this, i] { moveUp(i); });
    connect(row.down, &QToolButton::clicked, this, [this, i] { moveDown(i); });
    connect(row.remove, &QToolButton::clicked, this, [this, i] { removeLayer(i); });
}

void LayerEditor::showLayers(const std::vector<bp::LayerSpec>& hidden)
{
    while (rows_.size() < hidden.size())
        appendRow();
    while (rows_.size() > hidden.size()) {
        rows_.back().destroy(grid_);
        rows_.pop_back();
    }
    for (std::size_t i = 0; i < hidden.size(); ++i)
        rows_[i].show(hidden[i]);
    updateRows();
}

void LayerEditor::updateRows()
{
    const int n = int(rows_.size());
    QWidget* previous = this;  // Tab walks the rows in order, each from left to right, then Add
    for (int i = 0; i < n; ++i) {
        const LayerRow& r = rows_[std::size_t(i)];
        r.setMovable(i > 0, i + 1 < n);
        for (QWidget* w : r.focusable()) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    setTabOrder(previous, add_);
    body_->setFocusProxy(n > 0 ? static_cast<QWidget*>(rows_[0].neurons) : add_);  // the "Hidden layers" shortcut
    scroll_->setVisible(n > 0);
    empty_->setVisible(n == 0);
    if (n == 0)
        return;
    const LayerRow& r = rows_[0];
    const int rowHeight = std::max({r.neurons->sizeHint().height(), r.activation->sizeHint().height(),
                                    r.up->sizeHint().height()});
    const int titleHeight = r.number->sizeHint().height();  // the titles are labels like the row's number
    const int shown = std::min(n, maxVisibleRows);
    scroll_->setFixedHeight(titleHeight + shown * (rowHeight + grid_->verticalSpacing()));
}

} // namespace bp
