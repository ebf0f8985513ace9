#include "featurepairpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace bp {

FeaturePairPicker::FeaturePairPicker(QWidget* parent)
    : QWidget(parent), xBox_(new QComboBox), yBox_(new QComboBox)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 0);
    row->setSpacing(6);
    for (int which : {0, 1}) {
        QComboBox* b = box(which);
        b->setObjectName(which == 0 ? QStringLiteral("xFeature") : QStringLiteral("yFeature"));
        b->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        b->setToolTip(which == 0 ? tr("The feature along the horizontal axis")
                                 : tr("The feature along the vertical axis"));
        auto* label = new QLabel(which == 0 ? tr("x:") : tr("y:"));
        label->setBuddy(b);
        row->addWidget(label);
        row->addWidget(b, 1);
        connect(b, &QComboBox::activated, this, [this, which](int index) { choose(which, index); });
    }
}

void FeaturePairPicker::setFeatures(const QStringList& names, FeaturePair pair)
{
    pair_ = pair;
    for (int which : {0, 1}) {
        const QSignalBlocker quiet(box(which));
        box(which)->clear();
        box(which)->addItems(names);
        box(which)->setCurrentIndex(which == 0 ? pair.x : pair.y);
    }
}

void FeaturePairPicker::choose(int which, int feature)
{
    FeaturePair next = pair_;
    int& mine = which == 0 ? next.x : next.y;
    int& other = which == 0 ? next.y : next.x;
    if (feature == other)  // the same feature on both axes would be a diagonal line: swap instead
        other = mine;
    mine = feature;
    if (next == pair_)
        return;
    setFeatures([this] {
        QStringList names;
        for (int i = 0; i < xBox_->count(); ++i)
            names << xBox_->itemText(i);
        return names;
    }(), next);
    emit pairChosen(next.x, next.y);
}

}  // namespace bp
