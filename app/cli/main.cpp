// mlcarbon-cli: the command-line front end. QCoreApplication (not QApplication) so that it
// runs without a display, in scripts and CI.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
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
