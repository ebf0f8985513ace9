#include "modelsummary.h"

#include <string>

namespace bp {

namespace {

// Prints one row of the table: name, neurons, activation, parameters; empty cells stay blank and
// the line has no trailing spaces.
void printRow(std::FILE* out, const std::string& name, const std::string& neurons, const std::string& activation,
              const std::string& parameters)
{
    char line[160];
    std::snprintf(line, sizeof line, "%-10s %8s  %-11s %11s", name.c_str(), neurons.c_str(), activation.c_str(),
                  parameters.c_str());
    std::string text(line);
    text.erase(text.find_last_not_of(' ') + 1);
    std::fprintf(out, "%s\n", text.c_str());
}

}  // namespace

void printModelSummary(std::FILE* out, const NetworkSpec& spec)
{
    printRow(out, "layer", "neurons", "activation", "parameters");
    printRow(out, "input", std::to_string(spec.inputs), "", "");
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const LayerSpec& layer = spec.layers[i];
        const bool output = i + 1 == spec.layers.size();
        const std::string name = output ? "output" : "hidden " + std::to_string(i + 1);
        printRow(out, name, std::to_string(layer.neurons), std::string(activationName(layer.activation)),
                 std::to_string(layerParameterCount(spec, i)));
    }
    printRow(out, "total", "", "", std::to_string(parameterCount(spec)));
    std::fflush(out);
}

}  // namespace bp
