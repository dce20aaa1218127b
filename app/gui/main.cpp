// mlcarbon: the desktop front end.
#include "DataError.h"
#include "DatabaseLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

// `mlcarbon --startup-probe`: prints the time from main() to the window's first paint and quits
// (the start-up benchmark's measurement; the process's own loading comes on top).
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

}  // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mlcarbon"));
    QApplication::setOrganizationName(QStringLiteral("mlcarbon"));
    QApplication::setApplicationVersion(QStringLiteral(MLCARBON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mlcarbon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mlcarbon.svg")));

    mlcarbon::DatabaseLoader::Result data;
    try {
        data = mlcarbon::DatabaseLoader::load();
    } catch (const mlcarbon::DataError& e) {
        QMessageBox::critical(nullptr, QStringLiteral("mlcarbon"),
                              QStringLiteral("The hardware and region data cannot be loaded:\n%1")
                                  .arg(QString::fromStdString(e.what())));
        return 3;
    }
    QStringList warnings;
    for (const auto& w : data.warnings)
        warnings << QString::fromStdString(w);

    QSettings settings;
    mlcarbon::MainWindow window(*data.catalog, settings, warnings);
    FirstPaintProbe probe(clock);
    if (QApplication::arguments().contains(QStringLiteral("--startup-probe")))
        window.installEventFilter(&probe);
    window.show();
    // `mlcarbon FILE.mlcarbon.json` opens a project (the .desktop file passes %f).
    const QStringList args = QApplication::arguments().mid(1);
    for (const QString& arg : args) {
        if (arg.startsWith(QLatin1String("--")))
            continue;
        window.openProjectAndTell(arg);
        break;
    }
    return app.exec();
}
