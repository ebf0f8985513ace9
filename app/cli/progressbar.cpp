#include "progressbar.h"

#include <unistd.h>

#include <algorithm>
#include <string>

namespace bp {

ProgressBar::ProgressBar(std::FILE* out, int epochs)
    : out_(out), epochs_(std::max(1, epochs)), terminal_(isatty(fileno(out)) != 0),
      last_(std::chrono::steady_clock::now())
{
}

void ProgressBar::show(const EpochReport& r)
{
    const auto now = std::chrono::steady_clock::now();
    const bool last = r.epoch >= epochs_ || r.diverged;
    if (terminal_) {
        if (!last && now - last_ < std::chrono::milliseconds(50))
            return;
        last_ = now;
        constexpr int width = 30;
        const int filled = int(double(width) * r.epoch / epochs_);
        const std::string bar = std::string(std::size_t(filled), '#') + std::string(std::size_t(width - filled), '-');
        std::fprintf(out_, "\r[%s] %3d%%  epoch %d/%d  loss %.6g", bar.c_str(), 100 * r.epoch / epochs_, r.epoch,
                     epochs_, double(r.trainLoss));
        if (r.validationLoss)
            std::fprintf(out_, "  val %.6g", double(*r.validationLoss));
        printGradients(r);
        std::fprintf(out_, "\033[K");
        std::fflush(out_);
        drawn_ = true;
        return;
    }
    if (r.epoch < nextLine_ && !last && now - last_ < std::chrono::seconds(5))
        return;
    last_ = now;
    nextLine_ = r.epoch + std::max(1, epochs_ / 10);
    std::fprintf(out_, "epoch %d/%d loss %.6g", r.epoch, epochs_, double(r.trainLoss));
    if (r.validationLoss)
        std::fprintf(out_, " validation %.6g", double(*r.validationLoss));
    printGradients(r);
    std::fprintf(out_, "\n");
    std::fflush(out_);  // a log or a pipe sees each line as it comes
}

void ProgressBar::printGradients(const EpochReport& r) const
{
    if (!gradients_)
        return;
    std::fprintf(out_, " gradients");
    for (const LayerChange& layer : r.layers)
        std::fprintf(out_, " %.6g", double(layer.gradNorm));
}

void ProgressBar::finish()
{
    if (drawn_)
        std::fprintf(out_, "\n");
    drawn_ = false;
}

}  // namespace bp
