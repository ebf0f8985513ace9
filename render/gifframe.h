#pragma once
// One GIF image block before compression: a rectangle of indices into the shared palette.
#include <QImage>
#include <QRect>
#include <QRgb>

#include <cstdint>
#include <vector>

namespace bp {

class GifPalette;

class GifFrame {
public:
    /// Returns the bounding box of the pixels where two equal-sized Format_RGB32 frames differ
    /// (empty when they are equal); a null previous frame means the whole frame changed.
    static QRect changedRect(const QImage& current, const QImage& previous);

    /// Indexes rect of current with the shared palette; when previous is not null, pixels equal to it
    /// get the transparent index palette.size() so the picture below shows through.
    static GifFrame withPalette(const QImage& current, const QImage& previous, QRect rect, GifPalette& palette);

    QRect rect;                          // where the block sits on the canvas
    std::vector<std::uint8_t> indices;   // rect.height() × rect.width(), row-major
    int transparent = -1;                // index shown as "keep what is below", -1 if none
};

}  // namespace bp
