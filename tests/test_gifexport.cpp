// The studio's training GIF: any run can be saved, without switching recording on first; long
// runs are thinned to a bounded number of frames that still end on the last epoch; and the save
// dialog's size, spacing, chart and data view, chosen through its widgets, shape the file.
#include "threadspy.h"
#include "gifdecode.h"
#include "gifoptionsdialog.h"
#include "studiofixture.h"
#include "dataviewframe.h"
#include "trainingframe.h"
#include "studiosettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace bp;

using namespace studiotest;
using giftest::decode;

namespace {

/// Mean absolute difference per channel of two images of one size.
double difference(const QImage& a, const QImage& b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}

/// Calls handle with the next modal dialog of type T as soon as it is open (polling the event loop).
template <class T>
void whenOpen(const std::function<void(T*)>& handle)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (T* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

}  // namespace

class TestGifExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        studiotest::useTestSettings();
    }

    void longRunStaysWithinTheCapAndEndsOnTheLastEpoch()
    {
        constexpr int epochs = 1000;
        Studio s;
        s.loadXor(epochs);
        ThreadSpy recorded(s.host.worker(), &TrainingWorker::recorded);
        ThreadSpy snaps(s.host.worker(), &TrainingWorker::snapshot);
        s.trainToEnd(epochs, 1);  // the worker starts by sending every epoch; the recording thins
        const int cap = bp::GifRecorder::Options{}.maxFrames;
        QVERIFY2(s.exports->recordedFrames() <= cap && s.exports->recordedFrames() >= cap / 2,
                 qPrintable(QString::number(s.exports->recordedFrames())));
        QVERIFY(s.exports->recordedEvery() >= 1000 / cap);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.gif"));
        QString error;
        QVERIFY2(s.saveGif(path, &error), qPrintable(error));
        const giftest::Decoded d = decode(path);
        QCOMPARE(d.imageCount, s.exports->recordedFrames() + holdFrames);
        QVERIFY(d.imageCount <= cap + holdFrames);

        // The last frame shows epoch 1000: it matches that epoch's frame far better than one 100 earlier.
        const bp::GifRecorder::Options o = s.exports->gifOptions();
        bp::TrainingFrame frame(s.spec, true, o.frame);
        frame.setRun(s.exports->history());
        frame.setPanel(std::make_unique<bp::DataViewFrame>(s.spec, std::make_shared<const bp::Dataset>(s.data)));
        const bp::EpochReport last = snaps.last().at(0).value<Snapshot>().report;
        QCOMPARE(last.epoch, epochs);
        bp::EpochReport earlier;
        for (const QList<QVariant>& args : recorded)
            if (args.at(0).value<bp::EpochReport>().epoch <= epochs - 100)
                earlier = args.at(0).value<bp::EpochReport>();
        const QImage earlierFrame = frame.render(earlier, s.exports->history());
        const QImage lastFrame = frame.render(last, s.exports->history());
        const double toLast = difference(d.canvases.last(), lastFrame);
        const double toEarlier = difference(d.canvases.last(), earlierFrame);
        QVERIFY2(toLast < 1.0 && toLast * 3 < toEarlier, qPrintable(QString("%1 vs %2").arg(toLast).arg(toEarlier)));
    }

    void dialogOptionsShapeTheGif()
    {
        Studio s;
        s.window.show();
        s.loadXor();
        s.trainToEnd();
        QVERIFY(s.actions->saveGif->isEnabled());
        QTemporaryDir dir;
        // Save through File → Save Training GIF…: the options dialog, then the file dialog.
        struct Seen {
            QString size;
            int every = 0, frames = 0;
            bp::GifRecorder::Options options;
        };
        auto save = [&](const QString& name, bool chart, Seen* seen) {
            whenOpen<GifOptionsDialog>([chart, seen](GifOptionsDialog* dialog) {
                seen->size = dialog->sizeBox()->currentText();
                seen->every = dialog->everyBox()->value();
                QTest::keyClick(dialog->sizeBox(), Qt::Key_Up);   // 640 × 360
                QTest::keyClick(dialog->everyBox(), Qt::Key_Up);  // every 8: a step is the recorded spacing
                QTest::keyClick(dialog->everyBox(), Qt::Key_Up);  // every 12
                if (!chart)
                    QTest::keyClick(dialog->chartBox(), Qt::Key_Space);
                QTest::keyClick(dialog->dataBox(), Qt::Key_Space);  // no data view
                seen->frames = dialog->frameCount();
                seen->options = dialog->options();
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            });
            whenOpen<QFileDialog>([path = dir.filePath(name)](QFileDialog* files) {
                auto* edit = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                if (!edit)
                    return files->reject();
                edit->setText(path);
                QTest::keyClick(edit, Qt::Key_Return);
            });
            QSignalSpy saved(s.exports, &ExportController::exported);
            s.actions->saveGif->trigger();
            if (!saved.wait(60000))  // the GIF is encoded beside the event loop
                qWarning("the GIF save did not report");
            return decode(dir.filePath(name));
        };
        Seen first, second;
        const giftest::Decoded withChart = save(QStringLiteral("chart.gif"), true, &first);
        const giftest::Decoded graphOnly = save(QStringLiteral("graph.gif"), false, &second);
        QCOMPARE(first.size, QStringLiteral("800 × 450"));  // the dialog starts from the defaults
        QCOMPARE(first.every, every);                       // and the recorded spacing
        for (const Seen* seen : {&first, &second}) {
            QCOMPARE(seen->frames, 4);  // epochs 4, 16, 28, 40
            QCOMPARE(seen->options.frame.size, QSize(640, 360));
            QCOMPARE(seen->options.every, 12);
            QVERIFY(!seen->options.frame.data);
        }
        QVERIFY(first.options.frame.chart && !second.options.frame.chart);
        for (const giftest::Decoded* d : {&withChart, &graphOnly}) {
            QCOMPARE(QSize(d->width, d->height), QSize(640, 360));
            QCOMPARE(d->imageCount, 4 + holdFrames);
        }
        // Without the chart the graph takes the whole width: the right-hand column differs.
        const QImage a = withChart.canvases.last(), b = graphOnly.canvases.last();
        const QRect right(a.width() * 62 / 100, a.height() / 4, a.width() * 36 / 100, a.height() / 2);
        QVERIFY2(difference(a.copy(right), b.copy(right)) > 5, qPrintable(QString::number(difference(a.copy(right), b.copy(right)))));
    }
};

QTEST_MAIN(TestGifExport)
#include "test_gifexport.moc"
