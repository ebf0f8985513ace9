#pragma once
// The bounds of a design, in one place. The project reader refuses what lies outside them, the
// command line's options and the designer's fields offer only what lies inside, and the
// generators and the CSV reader refuse data that would need more, so whatever the studio or the
// command line can save, the reader reads back.
#include <cstdint>

namespace bp::limits {

// ── Network ──────────────────────────────────────────────────────────────────────────────────
// Features a network takes: one input per feature column, so also the most feature columns a CSV
// file may have. Past this a first layer of 100 neurons alone is more than the parameter budget.
inline constexpr int maxInputs = 100000;
// Neurons in one layer, hidden or output (so also the most classes or regression targets a
// dataset may have). A batch of B samples holds B × neurons activations per layer.
inline constexpr int maxNeurons = 100000;
static_assert(maxInputs <= maxNeurons, "an autoencoder's output layer is as wide as its input");
// The most the designer's neurons field offers with its arrows and typing; a wider layer from a
// file or the command line is shown as it is. Past this the graph is a solid block of edges.
inline constexpr int formNeurons = 4096;
// Hidden layers; past a few dozen a dense network of this kind no longer learns anything.
inline constexpr int maxHiddenLayers = 1000;
// Weights and biases of the whole network. Training holds eight floats per parameter (the weight,
// its gradient, its values when this epoch and the one before began, Adam's two moments and a
// report's copies of the weight and its change: 32 bytes, so 320 MB of the memory budget below at
// the limit), and a saved project spells each weight out in JSON (about 21 characters with its
// indentation, so some 210 MB of text, and several times that while it is parsed). The largest network the shipped
// examples train (784-128-10) has about 100,000; the limit leaves a hundredfold room.
inline constexpr std::int64_t maxParameters = 10000000;

// Memory training may take in all, as trainingBytes (trainingmemory.h) counts it: the weights with
// their gradients, the optimizer's state and a report's copies (eight floats each); a batch's
// activations and their gradients through every layer; one pass of every sample through the
// network (validation, the studio's predictions); the dataset with its split; the studio's decision
// map. It is checked before anything is allocated, so a design that would exhaust the machine is
// refused with its figure instead of dying on the way. A network at maxParameters takes some
// 320 MB of it; the rest is room for batches and data on a machine with a few gigabytes.
inline constexpr std::int64_t maxTrainingBytes = std::int64_t(1) << 30;

// ── Data ─────────────────────────────────────────────────────────────────────────────────────
// Points a generator makes: the whole set is held in memory as floats and drawn in the data view.
inline constexpr int minSamples = 4;  // xor's truth table
inline constexpr int maxSamples = 1000000;
// Classes of the gaussian-blobs generator; each blob gets its own colour in the data view.
inline constexpr int minClasses = 2;
inline constexpr int maxClasses = 10;
// Standard deviation of a generator's noise; the features lie in about [−1, 1], so 10 is noise alone.
inline constexpr double maxNoise = 10.0;

// ── Training ─────────────────────────────────────────────────────────────────────────────────
// Epochs of one run: at the fastest (a few µs an epoch) this is still hours of training.
inline constexpr int maxEpochs = 100000000;
// Samples per batch (0 means the whole set); more than any dataset holds, so it never binds.
inline constexpr int maxBatchSize = 100000000;
// Fraction of the samples held out for validation; at least a tenth is left to train on.
inline constexpr double maxValidationSplit = 0.9;
// Learning rate η: below 1e-6 float weights (about 7 digits) no longer move; above 1e6 every
// step diverges at once, which is still worth being able to show.
inline constexpr double minLearningRate = 1e-6;
inline constexpr double maxLearningRate = 1e6;
// Adam's ε: below 1e-12 it vanishes next to any float square root; above 1 it swamps the step.
inline constexpr double minEpsilon = 1e-12;
inline constexpr double maxEpsilon = 1.0;
// Gradient-norm clipping's limit c (0 turns it off): below 1e-6 a step of η·c no longer moves float
// weights at any usual η; above 1e6 it never binds before the loss itself overflows.
inline constexpr double minClipNorm = 1e-6;
inline constexpr double maxClipNorm = 1e6;

// ── Files ────────────────────────────────────────────────────────────────────────────────────
// Nesting of arrays and objects in a project file. A valid project nests five deep (weights, layer,
// W, row); reading a deeper document recurses once per level and, some hundred thousand levels
// down, overflows the stack. 64 leaves ample room and stays far from any stack.
inline constexpr int maxJsonDepth = 64;
// Only regular files are read, never a pipe or a device, and none larger than these sizes; a
// larger (or sparse) file is refused before a byte of it is read.
// A project at maxParameters spells out some 210 MB of weights (see above) and, packed, 107 MB of
// Adam's two moments: 384 MiB holds that with room to spare, so a design within the budget always
// saves its optimizer's state and resumes exactly. Reading it holds the text and its parsed document.
inline constexpr std::int64_t maxProjectBytes = std::int64_t(384) << 20;
// A CSV file: maxSamples rows of a few dozen numbers fill about 256 MB. While it is read, the text
// and its cells take several times the file's size, so a larger file would exceed a gigabyte.
inline constexpr std::int64_t maxCsvBytes = std::int64_t(256) << 20;
// Numbers a CSV dataset holds: cells in the file, and features plus outputs (one-hot classes
// included) over its rows. 2^25 floats are 128 MiB; reading such a file keeps its cells packed
// (their text and 4 bytes each) beside the file's text, within about a gigabyte at maxCsvBytes.
// A million rows of 33 numbers, or 10,000 rows of the 784 pixels and 10 classes of MNIST, fit.
inline constexpr std::int64_t maxDatasetValues = std::int64_t(1) << 25;
// Distinct labels in a CSV's class column. Each class is an output neuron and a row of one-hot
// targets (classes × rows floats), so 10,000 labels in a 156 KB file once took 1.6 GB; 1000 covers
// the largest common benchmarks (ImageNet) and keeps 100,000 rows' targets at 400 MB.
inline constexpr int maxCsvClasses = 1000;

}  // namespace bp::limits
