#include "axisticks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bp {

double AxisTicks::roundStep(double exact)
{
    // exact = m · 10ᵏ with 1 ≤ m < 10; m moves to the closest of 1, 2, 2.5, 5, 10.
    const double magnitude = std::pow(10.0, std::floor(std::log10(exact)));
    const double mantissa = exact / magnitude;
    constexpr std::array<double, 5> round{1, 2, 2.5, 5, 10};
    const double* best = std::min_element(round.begin(), round.end(), [mantissa](double a, double b) {
        return std::abs(a - mantissa) < std::abs(b - mantissa);
    });
    return *best * magnitude;
}

std::vector<AxisTick> AxisTicks::linear(double lower, double upper, int count, double unit)
{
    std::vector<AxisTick> ticks;
    if (!(upper > lower) || count < 1)
        return ticks;
    const double exact = (upper - lower) / count;
    double step = roundStep(exact);
    if (unit > 0)
        step = exact < unit ? unit : std::max(1.0, std::round(roundStep(exact / unit))) * unit;
    const double tolerance = step * 1e-9;
    for (double k = std::ceil((lower - tolerance) / step); k * step <= upper + tolerance; ++k) {
        const double v = std::abs(k * step) < tolerance ? 0 : k * step;
        ticks.push_back({v, unit > 0 ? QString::number(std::llround(v)) : label(v)});
    }
    return ticks;
}

std::vector<AxisTick> AxisTicks::log(double lower, double upper, int count)
{
    if (!(lower > 0) || !(upper > lower))
        return {};
    const double decades = std::log10(upper / lower);
    if (decades < 1.6)
        return linear(lower, upper, count);
    const int every = std::max(1, int(roundStep(decades / std::max(count, 1))));
    std::vector<AxisTick> ticks;
    const int first = int(std::ceil(std::log10(lower) / every - 1e-9)) * every;
    for (int power = first; std::pow(10.0, power) <= upper * (1 + 1e-9); power += every)
        ticks.push_back({std::pow(10.0, power), label(std::pow(10.0, power))});
    return ticks;
}

std::vector<AxisTick> AxisTicks::percent(int step)
{
    std::vector<AxisTick> ticks;
    for (int p = 0; p <= 100; p += std::max(step, 1))
        ticks.push_back({double(p), QStringLiteral("%1 %").arg(p)});
    return ticks;
}

QString AxisTicks::label(double v)
{
    QString text = QString::number(v, 'g', 3);
    const qsizetype e = text.indexOf('e');
    if (e < 0)
        return text;
    // 1e-05 → 1·10⁻⁵: superscript digits and sign, leading zeros dropped.
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    const int exponent = text.mid(e + 1).toInt();
    QString power;
    for (QChar digit : QString::number(std::abs(exponent)))
        power += superscripts.at(digit.digitValue());
    return text.left(e) + QStringLiteral("·10") + (exponent < 0 ? QStringLiteral("⁻") : QString()) + power;
}

}  // namespace bp
