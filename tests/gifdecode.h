#pragma once
// Reads a GIF back with giflib, compositing each frame onto the canvas, for the GIF tests.
#include <QFile>
#include <QImage>
#include <QList>
#include <QString>
#include <gif_lib.h>

#include <cstring>

namespace giftest {

/// The decoded file: every frame composited onto the canvas, plus delays and the loop count.
struct Decoded {
    int width = 0, height = 0, imageCount = 0;
    int loopCount = -1;  // -1: no NETSCAPE2.0 extension
    bool keepsCanvas = true;  // every frame says "do not dispose", as the compositing below assumes
    QList<int> delays;
    QList<QImage> canvases;
};

/// Decodes the GIF at path; a file that cannot be read gives imageCount 0, which fails every check.
inline Decoded decode(const QString& path)
{
    Decoded out;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return out;  // imageCount 0 fails every check
    if (DGifSlurp(gif) != GIF_OK) {
        DGifCloseFile(gif, &error);
        return out;
    }
    out.width = gif->SWidth;
    out.height = gif->SHeight;
    out.imageCount = gif->ImageCount;
    QImage canvas(out.width, out.height, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        for (int b = 0; b + 1 < image.ExtensionBlockCount; ++b) {
            const ExtensionBlock& block = image.ExtensionBlocks[b];
            const ExtensionBlock& next = image.ExtensionBlocks[b + 1];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11
                && std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0 && next.ByteCount == 3 && next.Bytes[0] == 1)
                out.loopCount = next.Bytes[1] | (next.Bytes[2] << 8);
        }
        GraphicsControlBlock control{};
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        DGifSavedExtensionToGCB(gif, i, &control);
        out.delays.append(control.DelayTime);
        out.keepsCanvas = out.keepsCanvas && control.DisposalMode == DISPOSE_DO_NOT;
        const ColorMapObject* map = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc& d = image.ImageDesc;
        for (int y = 0; y < d.Height; ++y)
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                if (index == control.TransparentColor)
                    continue;
                const GifColorType c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        out.canvases.append(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    return out;
}

}  // namespace giftest
