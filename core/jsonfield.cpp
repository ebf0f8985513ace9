#include "jsonfield.h"

#include "designlimits.h"
#include "inputerror.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace bp {

JsonField::JsonField(const Json& value, std::string path, const std::string& file)
    : value(value), path(std::move(path)), file_(file)
{
}

void JsonField::fail(const std::string& message) const { throw InputError(file_, 0, 0, path, message); }

std::string JsonField::typeName() const
{
    if (value.is_number_integer())
        return "an integer";
    if (value.is_number())
        return "a number";
    if (value.is_string())
        return "a string";
    if (value.is_boolean())
        return "a boolean";
    if (value.is_array())
        return "an array";
    if (value.is_object())
        return "an object";
    return "null";
}

JsonField JsonField::at(const char* key) const
{
    const std::string child = path.empty() ? key : path + "." + key;
    if (!value.is_object())
        fail("expected an object, got " + typeName());
    const auto it = value.find(key);
    if (it == value.end())
        throw InputError(file_, 0, 0, child, "missing");
    return JsonField(*it, child, file_);
}

std::optional<JsonField> JsonField::find(const char* key) const
{
    if (!value.is_object())
        fail("expected an object, got " + typeName());
    const auto it = value.find(key);
    if (it == value.end() || it->is_null())
        return std::nullopt;
    return JsonField(*it, path.empty() ? key : path + "." + key, file_);
}

void JsonField::allowOnly(std::initializer_list<const char*> keys) const
{
    if (!value.is_object())
        fail("expected an object, got " + typeName());
    for (const auto& item : value.items()) {
        const std::string& key = item.key();  // not a structured binding: clang 14 cannot capture one
        const bool known = std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
        if (!known)
            fail("unknown field \"" + key + "\"");
    }
}

std::size_t JsonField::size() const
{
    if (!value.is_array())
        fail("expected an array, got " + typeName());
    return value.size();
}

JsonField JsonField::operator[](std::size_t i) const
{
    return JsonField(value.at(i), path + "[" + std::to_string(i) + "]", file_);
}

std::string JsonField::text() const
{
    if (!value.is_string())
        fail("expected a string, got " + typeName());
    return value.get<std::string>();
}

bool JsonField::flag() const
{
    if (!value.is_boolean())
        fail("expected true or false, got " + typeName());
    return value.get<bool>();
}

long long JsonField::integer(long long lo, long long hi) const
{
    if (!value.is_number_integer())
        fail("expected an integer, got " + typeName());
    const bool huge = value.is_number_unsigned()
                      && value.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<long long>::max());
    const long long x = huge ? std::numeric_limits<long long>::max() : value.get<long long>();
    if (x < lo || x > hi)
        fail("must be " + (hi == std::numeric_limits<int>::max() ? "at least " + std::to_string(lo)
                                                                 : "from " + std::to_string(lo) + " to " + std::to_string(hi))
             + ", got " + value.dump());
    return x;
}

std::uint64_t JsonField::unsignedInteger() const
{
    if (!value.is_number_integer())
        fail("expected an integer, got " + typeName());
    if (!value.is_number_unsigned())
        fail("must not be negative, got " + value.dump());
    return value.get<std::uint64_t>();
}

double JsonField::number() const
{
    if (!value.is_number())
        fail("expected a number, got " + typeName());
    const double x = value.get<double>();
    if (!std::isfinite(x))
        fail("must be a finite number");
    return x;
}

float JsonField::scalar() const
{
    const auto x = float(number());  // rounds to the nearest float; beyond its range becomes ±∞
    if (!std::isfinite(x))
        fail("is beyond single precision's range (±3.4e38), got " + value.dump());
    return x;
}

namespace {

// Returns the error for text that is not JSON, at the line and column of byte offset (0-based).
InputError notJson(const std::string& file, const std::string& text, std::size_t offset, const std::string& what)
{
    offset = std::min(offset, text.size());
    const int line = 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n'));
    const auto lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
    const int column = int(offset - (lineStart == std::string::npos ? 0 : lineStart + 1)) + 1;
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
    const auto tag = what.find("] ");
    std::string reason = tag == std::string::npos ? what : what.substr(tag + 2);
    if (const auto colon = reason.find(": "); reason.rfind("parse error", 0) == 0 && colon != std::string::npos)
        reason = reason.substr(colon + 2);
    return InputError(file, line, column, {}, "not valid JSON: " + reason);
}

// Returns the byte offset of the first bracket that nests deeper than limits::maxJsonDepth, or
// npos. Brackets inside strings do not count; the parser judges everything else.
std::size_t tooDeep(const std::string& text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;  // skip the escaped character, which may be a quote
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limits::maxJsonDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string::npos;
}

}  // namespace

Json parseJson(const std::string& text, const std::string& file)
{
    // Refused before parsing: nlohmann's parser, copies and destructor all recurse per level.
    if (const auto at = tooDeep(text); at != std::string::npos)
        throw notJson(file, text, at, "arrays and objects nest more than " + std::to_string(limits::maxJsonDepth)
                                          + " levels deep");
    try {
        return Json::parse(text);
    } catch (const Json::parse_error& e) {
        // e.byte is the 1-based offset of the last byte read.
        throw notJson(file, text, e.byte == 0 ? 0 : e.byte - 1, e.what());
    } catch (const Json::exception& e) {
        // A number too large for a double ("number overflow parsing '1e999'"): point at the number.
        const std::string what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        const auto at = open < close ? text.find(what.substr(open + 1, close - open - 1)) : std::string::npos;
        throw notJson(file, text, at == std::string::npos ? text.size() : at, what);
    }
}

double jsonNumber(float x)
{
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, x).ptr;  // shortest round-trip form
    double shortest = 0;
    std::from_chars(digits, end, shortest);
    return float(shortest) == x && std::signbit(float(shortest)) == std::signbit(x) ? shortest : double(x);
}

}  // namespace bp
