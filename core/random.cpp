#include "random.h"

#include <cmath>
#include <numbers>

namespace bp {

float Random::normal()
{
    // Box–Muller: z = √(−2 ln u1) · cos(2π u2), with u1 in (0, 1].
    const float u1 = 1.0f - uniform();
    const float u2 = uniform();
    return std::sqrt(-2.0f * std::log(u1)) * std::cos(2.0f * std::numbers::pi_v<float> * u2);
}

}  // namespace bp
