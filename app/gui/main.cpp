// mlcarbon: the desktop front end.
#include "DataError.h"
#include "DatabaseLoader.h"
#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <ctime>
#include <future>

namespace {

// `mlcarbon --startup-probe`: prints when the window first painted, measured from main(), with
// the steps before it, and the CLOCK_MONOTONIC time of the paint so that the start-up benchmark
// can measure from the moment it started the process (dynamic loading comes before main()).
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }
    void mark(const char* step)
    {
        m_steps += QStringLiteral("%1 %2 ms, ").arg(QLatin1String(step)).arg(m_clock.elapsed());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first paint after %lld ms (%sthen painted); monotonic %lld ns\n",
                        static_cast<long long>(m_clock.elapsed()), qPrintable(m_steps),
                        static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    QString m_steps;
    bool m_done = false;
};

}  // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    // The first QObject makes its thread Qt's main thread: it must be this one, before the
    // loader's threads create theirs (or QApplication warns it is not in the main thread).
    FirstPaintProbe probe(clock);
    // The databases need no QApplication: they load on other threads while Qt starts up, which
    // takes a third of the start-up time off on two cores.
    auto loading = std::async(std::launch::async, [] { return mlcarbon::DatabaseLoader::load(); });
    QApplication app(argc, argv);
    probe.mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("mlcarbon"));
    QApplication::setOrganizationName(QStringLiteral("mlcarbon"));
    QApplication::setApplicationVersion(QStringLiteral(MLCARBON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mlcarbon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mlcarbon.svg")));

    // While the databases load: the work Qt does on first use of fonts and the style, which
    // would otherwise come after them.
    QFontMetrics(QApplication::font()).horizontalAdvance(QStringLiteral("mlcarbon 0123456789"));
    QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).height();
    QApplication::style();

    mlcarbon::DatabaseLoader::Result data;
    try {
        data = loading.get();
    } catch (const mlcarbon::DataError& e) {
        QMessageBox::critical(
            nullptr, QStringLiteral("mlcarbon"),
            QStringLiteral("The hardware and region data cannot be loaded:\n%1").arg(QString::fromStdString(e.what())));
        return 3;
    }
    probe.mark("databases");
    QStringList warnings;
    for (const auto& w : data.warnings)
        warnings << QString::fromStdString(w);

    QSettings settings;
    mlcarbon::MainWindow window(*data.catalog, settings, warnings);
    probe.mark("window");
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
    return QApplication::exec();
}
