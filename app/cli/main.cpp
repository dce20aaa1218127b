// mlcarbon-cli: the command-line front end. QCoreApplication (not QApplication) so that it
// runs without a display, in scripts and CI.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
