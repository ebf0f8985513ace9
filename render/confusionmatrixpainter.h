#pragma once
// A confusion matrix drawn with QPainter, for the studio's view and its exported PNG: true classes
// down the left, predicted classes along the top, each cell's count shaded by its share of the
// true class (green on the diagonal, red off it), each class's accuracy at the right and the
// overall accuracy below. It only draws; the counts come from the core (ConfusionMatrix).
#include "confusionmatrix.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <string>
#include <vector>

class QPainter;

namespace bp {

class ConfusionMatrixPainter {
public:
    /// The size of an exported confusion matrix picture.
    static constexpr QSize exportSize{900, 700};

    /// Names the classes, in the order of the matrix's rows; missing names read "class k".
    void setClassNames(std::vector<std::string> names) { names_ = std::move(names); }

    /// Sets the line above the matrix, e.g. "Training samples".
    void setTitle(QString title) { title_ = std::move(title); }

    /// Sets the text shown instead of a matrix when it has no classes or no samples.
    void setEmptyText(QString text) { emptyText_ = std::move(text); }

    /// Returns the name shown for class k.
    QString className(int k) const;

    /// Returns the fill of a cell holding count samples of a true class with rowTotal samples:
    /// the canvas at 0, deepening toward green (diagonal) or red (off it) as the share grows.
    static QColor cellColour(bool diagonal, Index count, Index rowTotal);

    /// Paints m into rect: title, axis names, class names, shaded cells with counts, the
    /// per-class accuracy column and the overall accuracy; the empty text when m is empty.
    void paint(QPainter& p, const QRectF& rect, const ConfusionMatrix& m) const;

    /// Returns m painted on the canvas colour as a picture of the given size.
    QImage image(QSize size, const ConfusionMatrix& m) const;

private:
    std::vector<std::string> names_;
    QString title_;
    QString emptyText_;
};

}  // namespace bp
