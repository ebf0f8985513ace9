#pragma once
// Internal to core (includes nlohmann::json): one value of a JSON document together with its path
// ("network.layers[2].activation"), with typed reads that throw InputError naming that path.
#include "namedvalue.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

namespace bp {

using Json = nlohmann::ordered_json;

class JsonField {
public:
    /// Wraps value, found at path in the document read from file.
    JsonField(const Json& value, std::string path, const std::string& file);

    /// Throws InputError(file, field = this path, message).
    [[noreturn]] void fail(const std::string& message) const;

    /// Returns the member key of this object; fails naming path.key if it is missing.
    JsonField at(const char* key) const;

    /// Returns the member key of this object, or nothing if it is missing or null.
    std::optional<JsonField> find(const char* key) const;

    /// Fails if this is not an object or has a member not in keys (a misspelt field).
    void allowOnly(std::initializer_list<const char*> keys) const;

    /// Returns the number of elements; fails if this is not an array.
    std::size_t size() const;

    /// Returns element i of this array as path[i].
    JsonField operator[](std::size_t i) const;

    /// Returns the string; fails if this is not a string.
    std::string text() const;

    /// Returns the boolean; fails if this is not true or false.
    bool flag() const;

    /// Returns the integer, checked to lie in [lo, hi].
    long long integer(long long lo, long long hi) const;

    /// Returns the non-negative integer, up to 2⁶⁴ − 1.
    std::uint64_t unsignedInteger() const;

    /// Returns the number; fails if it is not a finite number.
    double number() const;

    /// Returns the number as a float; fails if it is not finite or beyond float's range.
    float scalar() const;

    /// Returns the value whose name in table is this string; fails naming what it is
    /// ("activation") and listing the table's names.
    template <typename E, std::size_t N>
    E choice(const NamedValue<E> (&table)[N], const char* what) const
    {
        const std::string given = text();
        if (const auto value = valueOf(table, given))
            return *value;
        fail("unknown " + std::string(what) + " \"" + given + "\"; expected " + nameList(table));
    }

    const Json& value;
    const std::string path;

private:
    std::string typeName() const;

    const std::string& file_;
};

/// Parses text as JSON; throws InputError(file, line, column, "not valid JSON: …") if it is not,
/// or if it nests deeper than limits::maxJsonDepth (checked before parsing, so no depth can crash).
Json parseJson(const std::string& text, const std::string& file);

/// Returns the double that JSON should hold for x: the shortest decimal that reads back as x
/// when that is exact, else x itself, so float → JSON → float is bit-identical.
double jsonNumber(float x);

}  // namespace bp
