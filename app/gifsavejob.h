#pragma once
// Writes a recorded training run as a GIF from the studio: the frames are drawn on the GUI thread
// (the data view is a widget), then encoded on a thread of their own while a progress dialog stays
// responsive. Cancel stops either stage and leaves no file.
#include "gifrecorder.h"

#include <QString>

#include <memory>
#include <vector>

class QProgressDialog;

namespace bp {

class GifSaveJob {
public:
    /// Prepares to save recorder's frames, with history the run's full loss history.
    GifSaveJob(std::shared_ptr<const bp::GifRecorder> recorder, std::vector<bp::HistoryEntry> history);

    /// Renders and encodes to path, reporting to dialog when given (its Cancel stops the job);
    /// runs a local event loop while encoding. False with *error saying why, or that it was cancelled.
    bool save(const QString& path, QProgressDialog* dialog = nullptr, QString* error = nullptr);

private:
    std::shared_ptr<const bp::GifRecorder> recorder_;
    std::vector<bp::HistoryEntry> history_;
};

} // namespace bp
