#include "quotedexcerpt.h"

#include <algorithm>

namespace bp {

std::string quotedExcerpt(std::string_view text)
{
    std::size_t cut = std::min(text.size(), maxQuotedBytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // never split a UTF-8 character
    std::string quoted(1, '\'');
    quoted.append(text.substr(0, cut));
    quoted.append(cut < text.size() ? "…'" : "'");
    return quoted;
}

}  // namespace bp
