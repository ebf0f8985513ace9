#pragma once
// Asks how a training GIF should look before it is written: frame size, frames per second, the
// epochs between frames, and whether the loss chart and the data view appear beside the graph.
// It shows how many frames the choice gives.
#include "gifrecorder.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace bp {

class GifOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// Builds the dialog showing initial; epochs are those of the recorded frames (increasing),
    /// recordedEvery their spacing, the smallest "every" it offers.
    GifOptionsDialog(const bp::GifRecorder::Options& initial, std::vector<int> epochs, int recordedEvery,
                     QWidget* parent = nullptr);

    /// Returns the chosen options: initial's, with the size, fps, spacing, chart and data view chosen.
    bp::GifRecorder::Options options() const;

    /// Returns the frames the chosen spacing keeps, without the held copies of the last one.
    int frameCount() const;

    /// The size, fps, spacing, chart and data view controls, for tests that drive them.
    QComboBox* sizeBox() const { return size_; }
    QSpinBox* fpsBox() const { return fps_; }
    QSpinBox* everyBox() const { return every_; }
    QCheckBox* chartBox() const { return chart_; }
    QCheckBox* dataBox() const { return data_; }

private:
    void showFrameCount();

    bp::GifRecorder::Options initial_;
    std::vector<int> epochs_;
    QComboBox* size_;
    QSpinBox* fps_;
    QSpinBox* every_;
    QCheckBox* chart_;
    QCheckBox* data_;
    QLabel* frames_;
};

} // namespace bp
