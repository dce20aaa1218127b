#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace mlcarbon {

namespace {

// QSaveFile says only "Existing file ... is not writable" for a read-only disk or a folder without
// write permission; the system's reason is what a person can act on.
QString openFailure(const QString& path, const QSaveFile& file)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    if (::access(target.constData(), W_OK) != 0)
        return QStringLiteral("%1 (%2)").arg(file.errorString(), QString::fromLocal8Bit(std::strerror(errno)));
    return file.errorString();
}

}  // namespace

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
        return QStringLiteral("%1: the folder %2 does not exist")
            .arg(path, QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return QStringLiteral("%1: is a folder, not a file").arg(path);
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() reports success when the flush of its buffer fails,
    // and renames a truncated file over the earlier one (a full disk left it empty; found by
    // TestFailedWrites). Unbuffered, every write's error is seen where it happens.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QStringLiteral("%1: cannot be written: %2").arg(path, openFailure(path, file));
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
    // commit() ignores a failed sync; a disk that defers its errors reports them here, before the
    // rename, while the earlier file is still in place.
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return QStringLiteral("%1: not written: %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("%1: not written: %2").arg(path, file.errorString());
    return {};
}

}  // namespace mlcarbon
