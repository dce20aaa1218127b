// mlcarbon: the desktop front end.
#include "DataError.h"
#include "DatabaseLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
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
    window.show();
    return app.exec();
}
