#pragma once
#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace mlcarbon {

// Writes a file so that a failure, or a kill mid-write, leaves any earlier file at the path
// whole (QSaveFile: a temporary file renamed over the target on success). Errors name the
// path and the reason (missing folder, permission, disk full, ...).
class AtomicFile {
public:
    // Returns an empty string on success, else "PATH: reason".
    static QString write(const QString& path, const QByteArray& bytes);
    // The producer writes into the device; returning false (with a reason) abandons the write.
    static QString write(const QString& path, const std::function<bool(QIODevice& device, QString& reason)>& produce);
};

}  // namespace mlcarbon
