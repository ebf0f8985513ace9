#pragma once
// A colour table of at most 256 entries for GIF frames, with a fast nearest-colour lookup.
#include <QImage>
#include <QList>
#include <QRgb>

#include <cstdint>
#include <vector>

namespace bp {

class GifPalette {
public:
    /// Builds at most maxColours colours (1..256) that represent the pixels of the sample
    /// frames; when the sample holds no more than maxColours distinct colours they are kept exactly.
    static GifPalette fromSample(const QList<QImage>& sample, int maxColours);

    /// Returns the number of colours in the table.
    int size() const { return int(m_colours.size()); }
    /// Returns the table's colours as 0xffRRGGBB.
    const std::vector<QRgb>& colours() const { return m_colours; }

    /// Returns the index of the table colour nearest to rgb (alpha ignored); colours that share
    /// one 6-bit-per-channel cell share the answer of the first one asked.
    std::uint8_t indexOf(QRgb rgb)
    {
        // cell = r₅..r₀ g₅..g₀ b₅..b₀: the top six bits of each channel.
        const std::uint32_t cell = ((rgb >> 6) & 0x3f000u) | ((rgb >> 4) & 0xfc0u) | ((rgb >> 2) & 0x3fu);
        std::uint16_t& hit = m_lookup[cell];
        if (hit == kUnknown)
            hit = nearest(rgb);
        return std::uint8_t(hit);
    }

private:
    static constexpr std::uint16_t kUnknown = 0xffff;

    explicit GifPalette(std::vector<QRgb> colours);
    std::uint8_t nearest(QRgb rgb) const;

    std::vector<QRgb> m_colours;          // size() ≤ 256
    std::vector<std::uint16_t> m_lookup;  // 2¹⁸ cells → index, kUnknown until first asked
};

}  // namespace bp
