// mlcarbon-cli: the command-line front end. QCoreApplication (not QApplication) so that it
// runs without a display, in scripts and CI.
#include "CliApplication.h"
#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <memory>

namespace {

// stderr is for our messages (one line naming the option, the file, the path), which CliApplication
// returns and main() writes; none of them goes through Qt's logging. Qt's own debug, info and warning
// messages are dropped: e.g. "QStandardPaths: XDG_RUNTIME_DIR not set" (or "wrong permissions on runtime
// directory") when the PDF path starts a QGuiApplication, font and platform-plugin notes. A handler rather
// than a made-up XDG_RUNTIME_DIR: it covers every such warning, not only the one seen so far, and leaves
// nothing on disk to clean up. Critical and fatal messages (a Qt failure we cannot work around, e.g. no
// platform plugin) still reach stderr through Qt's own handler.
QtMessageHandler qtHandler = nullptr;

void cliMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && qtHandler != nullptr)
        qtHandler(type, context, message);
}

}  // namespace

int main(int argc, char* argv[])
{
    qtHandler = qInstallMessageHandler(cliMessageHandler);  // before the application object warns
    // A PDF report needs QtGui's fonts and painting: a QGuiApplication on the offscreen platform,
    // so that it runs without a display too. Everything else is QCoreApplication.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || QByteArray(argv[i]) == "--pdf" || QByteArray(argv[i]).startsWith("--pdf=");
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mlcarbon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLCARBON_VERSION));

    std::vector<std::string> args;
    for (const QString& a : QCoreApplication::arguments())
        args.push_back(a.toStdString());
    std::string out;
    std::string err;
    const int code = mlcarbon::CliApplication().run(args, out, err);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fwrite(err.data(), 1, err.size(), stderr);
    return code;
}
