#include "gifframe.h"

#include "gifpalette.h"

#include <cstring>

namespace bp {
namespace {

const QRgb* row(const QImage& image, int y) { return reinterpret_cast<const QRgb*>(image.constScanLine(y)); }

}  // namespace

QRect GifFrame::changedRect(const QImage& current, const QImage& previous)
{
    const int w = current.width();
    if (previous.isNull())
        return current.rect();
    int top = -1, bottom = -1;
    for (int y = 0; y < current.height(); ++y) {
        if (std::memcmp(row(current, y), row(previous, y), std::size_t(w) * sizeof(QRgb)) != 0) {
            if (top < 0)
                top = y;
            bottom = y;
        }
    }
    if (top < 0)
        return {};
    int left = w, right = -1;
    for (int y = top; y <= bottom; ++y) {
        const QRgb* a = row(current, y);
        const QRgb* b = row(previous, y);
        for (int x = 0; x < left; ++x)
            if (a[x] != b[x]) {
                left = x;
                break;
            }
        for (int x = w - 1; x > right; --x)
            if (a[x] != b[x]) {
                right = x;
                break;
            }
    }
    return right < left ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

GifFrame GifFrame::withPalette(const QImage& current, const QImage& previous, QRect rect, GifPalette& palette)
{
    GifFrame frame;
    frame.rect = rect;
    frame.indices.resize(std::size_t(rect.width()) * std::size_t(rect.height()));
    const bool keepBelow = !previous.isNull();
    const std::uint8_t clear = std::uint8_t(palette.size());
    if (keepBelow)
        frame.transparent = palette.size();
    std::uint8_t* out = frame.indices.data();
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb* a = row(current, y);
        const QRgb* b = keepBelow ? row(previous, y) : a;
        QRgb last = a[rect.left()] ^ 1u;  // a colour that cannot match, to start the run cache
        std::uint8_t lastIndex = 0;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb c = a[x];
            if (keepBelow && c == b[x]) {
                *out++ = clear;
                continue;
            }
            if (c != last) {
                last = c;
                lastIndex = palette.indexOf(c);
            }
            *out++ = lastIndex;
        }
    }
    return frame;
}

}  // namespace bp
