#include "gifpalette.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace bp {
namespace {

struct Entry {
    QRgb rgb;             // 0x00RRGGBB
    std::uint32_t count;  // pixels of this colour in the sample
};

int channel(QRgb rgb, int axis) { return int((rgb >> (16 - 8 * axis)) & 0xff); }  // axis 0 = red

// A box of the median cut: entries [begin, end) and their spread.
struct Box {
    std::size_t begin = 0, end = 0;
    double sse = 0;  // Σ count·‖c − mean‖², the error if the box became one colour
    int axis = 0;    // channel of largest spread, where the box is cut next
};

void measure(const std::vector<Entry>& entries, Box& box)
{
    std::array<double, 3> sum{}, sumSq{};
    double n = 0;
    for (std::size_t i = box.begin; i < box.end; ++i) {
        const double w = entries[i].count;
        n += w;
        for (int a = 0; a < 3; ++a) {
            const double c = channel(entries[i].rgb, a);
            sum[a] += w * c;
            sumSq[a] += w * c * c;
        }
    }
    box.sse = 0;
    double widest = -1;
    for (int a = 0; a < 3; ++a) {
        const double spread = sumSq[a] - sum[a] * sum[a] / n;  // Σw·c² − (Σw·c)²/Σw
        box.sse += spread;
        if (spread > widest) {
            widest = spread;
            box.axis = a;
        }
    }
    if (box.end - box.begin < 2)
        box.sse = 0;
}

// The box's colour: its dominant colour when that holds half the pixels (flat fills stay exact),
// else the count-weighted mean.
QRgb representative(const std::vector<Entry>& entries, const Box& box)
{
    std::array<double, 3> sum{};
    double n = 0;
    const Entry* top = &entries[box.begin];
    for (std::size_t i = box.begin; i < box.end; ++i) {
        const Entry& e = entries[i];
        n += e.count;
        for (int a = 0; a < 3; ++a)
            sum[a] += double(e.count) * channel(e.rgb, a);
        if (e.count > top->count)
            top = &e;
    }
    if (2.0 * top->count >= n)
        return top->rgb | 0xff000000u;
    return qRgb(int(sum[0] / n + 0.5), int(sum[1] / n + 0.5), int(sum[2] / n + 0.5));
}

std::vector<Entry> histogram(const QList<QImage>& sample)
{
    std::unordered_map<QRgb, std::uint32_t> counts;
    for (const QImage& image : sample) {
        const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
            ? image : image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            const QRgb* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            int x = 0;
            while (x < rgb.width()) {  // count runs, so flat backgrounds cost one map update per run
                const QRgb c = row[x] & 0xffffffu;
                int run = 1;
                while (x + run < rgb.width() && (row[x + run] & 0xffffffu) == c)
                    ++run;
                counts[c] += std::uint32_t(run);
                x += run;
            }
        }
    }
    std::vector<Entry> entries;
    entries.reserve(counts.size());
    for (const auto& [rgb, count] : counts)
        entries.push_back({rgb, count});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.count != b.count ? a.count > b.count : a.rgb < b.rgb;
    });
    return entries;
}

}  // namespace

GifPalette GifPalette::fromSample(const QList<QImage>& sample, int maxColours)
{
    maxColours = std::clamp(maxColours, 1, 256);
    std::vector<Entry> entries = histogram(sample);
    if (entries.empty())
        return GifPalette({qRgb(255, 255, 255)});
    std::vector<QRgb> colours;
    if (int(entries.size()) <= maxColours) {
        for (const Entry& e : entries)
            colours.push_back(e.rgb | 0xff000000u);
        return GifPalette(std::move(colours));
    }
    // Median cut: split the box of largest squared error at the weighted median of its widest channel.
    std::vector<Box> boxes(1);
    boxes[0].end = entries.size();
    measure(entries, boxes[0]);
    while (int(boxes.size()) < maxColours) {
        auto worst = std::max_element(boxes.begin(), boxes.end(),
                                      [](const Box& a, const Box& b) { return a.sse < b.sse; });
        if (worst->sse <= 0)
            break;
        Box box = *worst;
        const int axis = box.axis;
        std::sort(entries.begin() + std::ptrdiff_t(box.begin), entries.begin() + std::ptrdiff_t(box.end),
                  [axis](const Entry& a, const Entry& b) { return channel(a.rgb, axis) < channel(b.rgb, axis); });
        double total = 0, seen = 0;
        for (std::size_t i = box.begin; i < box.end; ++i)
            total += entries[i].count;
        std::size_t cut = box.begin;
        while (cut < box.end && seen + entries[cut].count < total / 2)
            seen += entries[cut++].count;
        cut = std::clamp(cut + 1, box.begin + 1, box.end - 1);  // both halves keep at least one colour
        Box low = box, high = box;
        low.end = cut;
        high.begin = cut;
        measure(entries, low);
        measure(entries, high);
        *worst = low;
        boxes.push_back(high);
    }
    for (const Box& box : boxes)
        colours.push_back(representative(entries, box));
    return GifPalette(std::move(colours));
}

GifPalette::GifPalette(std::vector<QRgb> colours)
    : m_colours(std::move(colours)), m_lookup(std::size_t(1) << 18, kUnknown)
{
}

std::uint8_t GifPalette::nearest(QRgb rgb) const
{
    // argmin over i of ‖rgb − colours[i]‖² in plain RGB.
    int best = 0;
    int bestDistance = 1 << 30;
    for (int i = 0; i < size(); ++i) {
        const int dr = qRed(rgb) - qRed(m_colours[std::size_t(i)]);
        const int dg = qGreen(rgb) - qGreen(m_colours[std::size_t(i)]);
        const int db = qBlue(rgb) - qBlue(m_colours[std::size_t(i)]);
        const int distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return std::uint8_t(best);
}

}  // namespace bp
