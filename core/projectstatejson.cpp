#include "projectstatejson.h"

#include "floatbase64.h"
#include "inputerror.h"

#include <climits>
#include <cmath>

namespace bp {

namespace {

Json numbers(const Vector& v, const std::string& field)
{
    Json out = Json::array();
    for (Index i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v(i)))
            throw InputError({}, 0, 0, field + "[" + std::to_string(i) + "]",
                             "is not a finite number, so it cannot be saved");
        out.push_back(jsonNumber(v(i)));
    }
    return out;
}

Json names(const std::vector<std::string>& list)
{
    Json out = Json::array();
    for (const std::string& name : list)
        out.push_back(name);
    return out;
}

// Reads an array of exactly n finite floats; what says what n counts ("parameters").
Vector readNumbers(const JsonField& f, Index n, const std::string& what)
{
    if (Index(f.size()) != n)
        f.fail("expected " + std::to_string(n) + " values (one per " + what + "), got " + std::to_string(f.size()));
    Vector v(n);
    for (Index i = 0; i < n; ++i)
        v(i) = f[std::size_t(i)].scalar();
    return v;
}

// Returns v's floats packed in base64, refusing values that are not finite.
Json packed(const Vector& v, const std::string& field)
{
    if (!v.allFinite())
        throw InputError({}, 0, 0, field, "holds a value that is not a finite number, so it cannot be saved");
    return FloatBase64::encode(v);
}

// Reads exactly n finite floats packed in base64.
Vector readPacked(const JsonField& f, Index n)
{
    const std::string text = f.text();
    const std::size_t chars = (std::size_t(n) * 4 + 2) / 3 * 4;  // the base64 of n floats' 4n bytes
    if (text.size() > chars)  // refused before decoding, so no length gets a buffer of its size
        f.fail("expected " + std::to_string(n) + " values (one per parameter), got more");
    const std::optional<Vector> v = FloatBase64::decode(text);
    if (!v)
        f.fail("expected the base64 of " + std::to_string(n) + " little-endian 32-bit floats (one per parameter)");
    if (v->size() != n)
        f.fail("expected " + std::to_string(n) + " values (one per parameter), got " + std::to_string(v->size()));
    if (!v->allFinite())
        f.fail("holds a value that is not a finite number");
    return *v;
}

std::vector<std::string> readNames(const JsonField& f, std::size_t n, const std::string& what)
{
    if (f.size() != n)
        f.fail("expected " + std::to_string(n) + " names (one per " + what + "), got " + std::to_string(f.size()));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(f[i].text());
    return out;
}

}  // namespace

Json ProjectStateJson::optimizerJson(const Project& p)
{
    const OptimizerState& s = p.optimizerState;
    if (!p.trained() || s.empty() || s.kind != p.training.optimizer.kind)
        return nullptr;
    if (s.kind == OptimizerKind::Momentum)
        return {{"velocity", packed(s.first, "optimizerState.velocity")}};
    return {{"steps", s.steps}, {"m", packed(s.first, "optimizerState.m")}, {"v", packed(s.second, "optimizerState.v")}};
}

Json ProjectStateJson::columnsJson(const Project& p)
{
    const DataColumns& c = p.columns;
    if (!p.trained() || c.empty())
        return nullptr;
    return {{"features", names(c.features)}, {"targets", names(c.targets)}, {"classes", names(c.classes)},
            {"shift", numbers(c.shift, "columns.shift")}, {"scale", numbers(c.scale, "columns.scale")}};
}

void ProjectStateJson::readOptimizer(const JsonField& f, Project& p)
{
    f.allowOnly({"velocity", "steps", "m", "v"});
    if (!p.trained())
        f.fail("an optimizer state needs the weights it was saved with, and the project has none");
    // The state of an optimizer the project no longer trains with is dropped, as the studio does
    // when the optimizer changes.
    const OptimizerKind kind = p.training.optimizer.kind;
    const auto n = Index(parameterCount(p.network));
    OptimizerState s;
    s.kind = kind;
    if (kind == OptimizerKind::Momentum) {
        s.first = readPacked(f.at("velocity"), n);
    } else if (kind == OptimizerKind::Adam) {
        s.steps = long(f.at("steps").integer(0, LONG_MAX));
        s.first = readPacked(f.at("m"), n);
        s.second = readPacked(f.at("v"), n);
        if ((s.second.array() < 0).any())
            f.at("v").fail("Adam's second moment is a mean of squares and cannot be negative");
    }
    p.optimizerState = std::move(s);
}

void ProjectStateJson::readColumns(const JsonField& f, Project& p)
{
    f.allowOnly({"features", "targets", "classes", "shift", "scale"});
    const auto inputs = std::size_t(p.network.inputs), outputs = std::size_t(p.network.outputs());
    DataColumns c;
    c.features = readNames(f.at("features"), inputs, "input of the network");
    c.targets = readNames(f.at("targets"), outputs, "output of the network");
    if (auto x = f.find("classes"); x && x->size() > 0)
        c.classes = readNames(*x, std::max<std::size_t>(2, outputs), outputs == 1 ? "class of one output (two)" : "output");
    const auto shift = f.find("shift"), scale = f.find("scale");
    if (shift && shift->size() > 0) {
        c.shift = readNumbers(*shift, Index(inputs), "input");
        c.scale = readNumbers(f.at("scale"), Index(inputs), "input");
        for (Index i = 0; i < c.scale.size(); ++i)
            if (const JsonField x = f.at("scale")[std::size_t(i)]; !(c.scale(i) > 0))
                x.fail("a feature's scale must be above 0, got " + x.value.dump());
    } else if (scale && scale->size() > 0) {
        scale->fail("a scale needs its shift: both or neither");
    }
    p.columns = std::move(c);
}

}  // namespace bp
