#pragma once
// Helpers shared by the Designer form's tests: choosing combo items, comparing specs, field marks.
#include "networkspec.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QWidget>

namespace designertest {

using namespace bp;

/// Picks the item whose data is value, as a user would (emits activated()).
inline void choose(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// Shows w tall enough for every field and waits until it is the active window, so keys reach it.
inline void showActive(QWidget& w)
{
    w.resize(500, 1400);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

/// Compares field by field (NetworkSpec's own == needs a LayerSpec == that core does not declare).
inline bool sameSpec(const bp::NetworkSpec& a, const bp::NetworkSpec& b)
{
    if (a.inputs != b.inputs || a.init != b.init || a.leakySlope != b.leakySlope || a.layers.size() != b.layers.size())
        return false;
    for (std::size_t i = 0; i < a.layers.size(); ++i)
        if (a.layers[i].neurons != b.layers[i].neurons || a.layers[i].activation != b.layers[i].activation)
            return false;
    return true;
}

/// True when the field is marked invalid.
inline bool marked(const QWidget* w) { return w && w->property("invalid").toBool(); }

/// Returns an inputs → 8 ReLU → 5 leaky ReLU → classes (out) network, He-initialised, slope 0.05.
inline bp::NetworkSpec classifier(int inputs, int classes, bp::Activation out)
{
    bp::NetworkSpec spec;
    spec.inputs = inputs;
    spec.layers = {{8, bp::Activation::ReLU}, {5, bp::Activation::LeakyReLU}, {classes, out}};
    spec.init = bp::Init::He;
    spec.leakySlope = 0.05f;
    return spec;
}

}  // namespace designertest
