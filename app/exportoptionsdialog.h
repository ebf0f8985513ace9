#pragma once
// Asks how an architecture picture should look: its scale (PNG only) and its background.
#include "networkpainter.h"

#include <QDialog>

class QComboBox;

namespace bp {

class ExportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// Builds the dialog; withScale offers 1×, 2× and 4× (a PNG), otherwise only the background.
    ExportOptionsDialog(bool withScale, QWidget* parent = nullptr);

    /// Returns the chosen scale: 1, 2 or 4 device pixels per logical pixel.
    qreal scale() const;

    /// Returns the chosen background: light (white) or transparent.
    bp::NetworkPainter::Background background() const;

private:
    QComboBox* scale_ = nullptr;
    QComboBox* background_;
};

} // namespace bp
