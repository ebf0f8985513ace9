#include "studioviews.h"

#include "confusionmatrixwidget.h"
#include "dataview.h"
#include "designerwidget.h"
#include "dockwidthkeeper.h"
#include "gradientmeterwidget.h"
#include "losschartwidget.h"
#include "networkgraphwidget.h"
#include "ratelimiter.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace bp {

StudioViews::StudioViews(QMainWindow* window)
    : QObject(window), designer(new DesignerWidget), graph(new bp::NetworkGraphWidget),
      chart(new bp::LossChartWidget), dataView(new bp::DataView),
      meter(new bp::GradientMeterWidget), confusion(new bp::ConfusionMatrixWidget), banner(new QLabel),
      dataUpdates_(new bp::RateLimiter(dataViewMs, [this] { showData(); }, this))
{
    banner->setObjectName(QStringLiteral("banner"));
    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(banner);
    column->addWidget(graph, 1);
    window->setCentralWidget(central);
    graph->setFocusPolicy(Qt::StrongFocus);
    window->setFocusProxy(graph);  // not the designer's first field, where a key would change the design

    auto* scroll = new QScrollArea;
    scroll->setWidget(designer);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(designer->sizeHint().width() + 20);
    auto* left = new QDockWidget(tr("Designer"), window);
    left->setObjectName(QStringLiteral("designerDock"));
    left->setWidget(scroll);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::LeftDockWidgetArea, left);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(chart);
    split->addWidget(dataView);
    split->setSizes({400, 400});
    auto* right = new QDockWidget(tr("Loss and data"), window);
    right->setObjectName(QStringLiteral("chartDock"));
    right->setWidget(split);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, right);
    window->resizeDocks({left, right}, {360, rightDockWidth}, Qt::Horizontal);
    rightWidth = new DockWidthKeeper(window, right, rightDockWidth);

    // Below the graph only: the side docks keep the window's full height.
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto* bottom = new QDockWidget(tr("Gradients"), window);
    bottom->setObjectName(QStringLiteral("meterDock"));
    bottom->setWidget(meter);
    bottom->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, bottom);
    window->resizeDocks({bottom}, {meterDockHeight}, Qt::Vertical);

    auto* confusionDock = new QDockWidget(tr("Confusion matrix"), window);
    confusionDock->setObjectName(QStringLiteral("confusionDock"));
    confusionDock->setWidget(confusion);
    confusionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->tabifyDockWidget(right, confusionDock);
    right->raise();  // the loss and data stay in front; the matrix is a tab away
}

void StudioViews::showLoaded(bool classification, const bp::NetworkSpec& fitted, const bp::Dataset& data)
{
    dataUpdates_->cancel();  // a waiting decision map belongs to the network before
    graph->setNetwork(fitted);
    graph->setNames(data.featureNames, classification ? data.classNames : data.targetNames);
    history_.clear();
    chart->clear();
    meter->clear();
    chart->setClassifier(classification);
    dataView->setDataset(data);
    confusion->setClassNames(classification ? data.classNames : std::vector<std::string>{});
}

void StudioViews::showSnapshot(const Snapshot& s)
{
    // A divergence rolls the run back an epoch or two: the chart drops them too.
    const bool rewound = history_.run() == s.report.run && history_.rewind(s.report.epoch);
    if (history_.add(s.report.run, s.newHistory) || rewound)
        chart->setHistory(history_.entries());  // a new or rewound run: the chart starts over with it
    else
        chart->append(s.newHistory);
    graph->setReport(s.report);
    meter->setReport(s.report);
    if (s.grid.empty() && s.curve.empty() && s.predicted.empty() && s.samples.cols() == 0)
        return;
    grid_ = s.grid;
    curve_ = s.curve;
    predicted_ = s.predicted;
    samples_ = s.samples;
    reconstructions_ = s.reconstructions;
    trainingConfusion_ = s.trainingConfusion;
    validationConfusion_ = s.validationConfusion;
    dataUpdates_->request();
}

void StudioViews::showData()
{
    if (!grid_.empty())
        dataView->setDecisionGrid(grid_);
    if (!curve_.empty())
        dataView->setPredictionCurve(curve_);
    if (!predicted_.empty())
        dataView->setPredictedClasses(predicted_);
    if (samples_.cols() > 0)
        dataView->setReconstructions(samples_, reconstructions_);
    if (trainingConfusion_.classes() > 0)
        confusion->setMatrices(trainingConfusion_, validationConfusion_);
}

} // namespace bp
