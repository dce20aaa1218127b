#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mlcarbon {

QString AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&](QIODevice& device, QString& reason) {
        if (device.write(bytes) != bytes.size()) {
            reason = device.errorString();
            return false;
        }
        return true;
    });
}

QString AtomicFile::write(const QString& path, const std::function<bool(QIODevice&, QString&)>& produce)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return QStringLiteral("(no file name): give a file to write");
    if (!info.absoluteDir().exists())
        return QStringLiteral("%1: the folder %2 does not exist").arg(path, QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return QStringLiteral("%1: is a folder, not a file").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
    QString reason;
    bool ok = false;
    try {
        ok = produce(file, reason);
    } catch (const std::exception& e) {
        reason = QString::fromUtf8(e.what());
    }
    if (!ok || file.error() != QFileDevice::NoError) {
        if (reason.isEmpty())
            reason = file.errorString();
        file.cancelWriting();  // the earlier file, if any, stays as it was
        return QStringLiteral("%1: not written: %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("%1: not written: %2").arg(path, file.errorString());
    return {};
}

}  // namespace mlcarbon
