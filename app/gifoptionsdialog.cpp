#include "gifoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace bp {

namespace {
const QSize sizes[] = {{480, 270}, {640, 360}, {800, 450}, {960, 540}, {1280, 720}};
}  // namespace

GifOptionsDialog::GifOptionsDialog(const bp::GifRecorder::Options& initial, std::vector<int> epochs,
                                   int recordedEvery, QWidget* parent)
    : QDialog(parent), initial_(initial), epochs_(std::move(epochs)), size_(new QComboBox), fps_(new QSpinBox),
      every_(new QSpinBox), chart_(new QCheckBox(tr("Loss chart"))), data_(new QCheckBox(tr("Data view"))),
      frames_(new QLabel)
{
    setWindowTitle(tr("Save Training GIF"));
    auto* form = new QFormLayout(this);
    for (const QSize& s : sizes)
        size_->addItem(tr("%1 × %2").arg(s.width()).arg(s.height()), s);
    const int current = size_->findData(initial.frame.size);
    if (current < 0)
        size_->addItem(tr("%1 × %2").arg(initial.frame.size.width()).arg(initial.frame.size.height()), initial.frame.size);
    size_->setCurrentIndex(current >= 0 ? current : size_->count() - 1);
    form->addRow(tr("Frame size"), size_);

    fps_->setRange(1, 50);  // as the CLI's --gif-fps
    fps_->setValue(int(initial.fps));
    fps_->setSuffix(tr(" frames/s"));
    form->addRow(tr("Speed"), fps_);

    const int step = std::max(1, recordedEvery);
    const int last = epochs_.empty() ? step : std::max(step, epochs_.back());
    every_->setRange(step, last);
    every_->setSingleStep(step);
    every_->setValue(std::clamp(initial.every, step, last));
    every_->setPrefix(tr("every "));
    every_->setSuffix(tr(" epochs"));
    every_->setToolTip(tr("The run was recorded every %1 epochs; a frame cannot come more often").arg(step));
    form->addRow(tr("Frames"), every_);

    auto* beside = new QVBoxLayout;
    chart_->setChecked(initial.frame.chart);
    data_->setChecked(initial.frame.data);
    beside->addWidget(chart_);
    beside->addWidget(data_);
    form->addRow(tr("Beside the graph"), beside);
    form->addRow(QString(), frames_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(every_, &QSpinBox::valueChanged, this, &GifOptionsDialog::showFrameCount);
    connect(fps_, &QSpinBox::valueChanged, this, &GifOptionsDialog::showFrameCount);
    showFrameCount();
}

bp::GifRecorder::Options GifOptionsDialog::options() const
{
    bp::GifRecorder::Options o = initial_;
    o.frame.size = size_->currentData().toSize();
    o.fps = fps_->value();
    o.every = every_->value();
    o.frame.chart = chart_->isChecked();
    o.frame.data = data_->isChecked();
    return o;
}

int GifOptionsDialog::frameCount() const
{
    return int(bp::GifRecorder::spacedFrames(epochs_, every_->value()).size());
}

void GifOptionsDialog::showFrameCount()
{
    const int n = frameCount();
    const double seconds = n / double(fps_->value()) + initial_.holdSeconds;
    frames_->setText(tr("%1 frames, epochs %2 to %3, about %4 s")
                         .arg(n)
                         .arg(epochs_.empty() ? 0 : epochs_.front())
                         .arg(epochs_.empty() ? 0 : epochs_.back())
                         .arg(seconds, 0, 'f', 1));
}

} // namespace bp
