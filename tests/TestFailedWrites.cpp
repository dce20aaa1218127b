// Writes that fail: a full disk (a tiny tmpfs, filled up), a read-only folder (a tmpfs mounted
// read-only: it stops root too), a missing folder, and a process killed mid-write. Every writer of
// a file a person keeps (CLI report and batch output, the window's project save and exports) must
// leave the earlier file at that path byte for byte, say what happened, and leave no temporary
// file behind when it could clean up.
//
// The mounts are made in a private mount namespace of this test process (unshare + mount, which
// need root, as CI has); the CLI runs started from here inherit it, and it vanishes with the
// process. Without root those cases are skipped and say so; the others run anywhere.
#include "AtomicFile.h"
#include "DatabaseLoader.h"
#include "EstimateForm.h"
#include "MainWindow.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>

using namespace mlcarbon;

class TestFailedWrites : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void failedWriteKeepsEarlierFile_data();
    void failedWriteKeepsEarlierFile();
    void killedMidWriteKeepsEarlierFile();
    void cleanupTestCase();

private:
    enum class Failure { DiskFull, ReadOnly, MissingFolder };
    // A folder where writes fail the given way, holding `earlier.*` files written before.
    QString prepare(Failure failure);
    // Runs one writer to `path`; returns its error text ("" when it says it succeeded).
    QString write(const QString& writer, const QString& path);
    QByteArray earlierBytes() const { return QByteArray("the earlier file, kept whole\n").repeated(100); }

    bool m_mounts = false;
    QString m_whyNoMounts;
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_folders = 0;
    QStringList m_mounted;
};

void TestFailedWrites::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (unshare(CLONE_NEWNS) != 0)
        m_whyNoMounts = QStringLiteral("no private mount namespace (needs root): %1").arg(qt_error_string(errno));
    else if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        m_whyNoMounts = QStringLiteral("mounts not private: %1").arg(qt_error_string(errno));
    else
        m_mounts = true;
    m_catalog = DatabaseLoader::load({}, {}).catalog;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("mlcarbon.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_settings);
    m_window->setUnsavedChangesQuestion([] { return int(QMessageBox::Discard); });
    QVERIFY(m_window->currentEstimate());  // the default job: exports have something to write
}

QString TestFailedWrites::prepare(Failure failure)
{
    const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_folders));
    QDir().mkpath(dir);
    if (failure == Failure::MissingFolder)
        return dir + QStringLiteral("/no-such-folder");
    if (mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=256k") != 0)
        qFatal("tmpfs mount failed: %s", qPrintable(qt_error_string(errno)));
    m_mounted << dir;
    for (const char* name :
         {"earlier.pdf", "earlier.csv", "earlier.batch.csv", "earlier.mlcarbon.json", "earlier.md"}) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(earlierBytes()) != earlierBytes().size())
            qFatal("cannot write the earlier file");
    }
    if (failure == Failure::DiskFull) {
        // Fill what is left: every later write of data fails with ENOSPC.
        QFile filler(dir + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            qFatal("cannot open the filler");
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) { }
        QFile more(dir + QStringLiteral("/filler2"));  // the last partial page
        if (more.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            while (more.write("f", 1) == 1) { }
        }
    } else if (mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
        qFatal("read-only remount failed: %s", qPrintable(qt_error_string(errno)));
    }
    return dir;
}

QString TestFailedWrites::write(const QString& writer, const QString& path)
{
    if (writer == QLatin1String("window: save project"))
        return m_window->saveProject(path);
    if (writer == QLatin1String("window: export Markdown"))
        return m_window->exportTo(MainWindow::ExportFormat::Markdown, path);
    if (writer == QLatin1String("AtomicFile"))
        return AtomicFile::write(path, QByteArray(200000, 'x'));
    QStringList args;
    const QStringList job = {
        "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24", "--provider", "gcp", "--region",
        "us-central1"};
    if (writer == QLatin1String("cli: report --pdf"))
        args = QStringList{"report"} + job + QStringList{"--pdf", path};
    else if (writer == QLatin1String("cli: report --csv"))
        args = QStringList{"report"} + job + QStringList{"--csv", path};
    else if (writer == QLatin1String("cli: batch -o"))
        args = {"batch", QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/jobs.csv"), "-o", path};
    else
        qFatal("unknown writer");
    QProcess p;
    p.start(QStringLiteral(MLCARBON_CLI_PATH), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("the CLI crashed or hung");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() == 0)
        return {};
    return err.isEmpty() ? QStringLiteral("exit %1 without a message").arg(p.exitCode()) : err;
}

void TestFailedWrites::failedWriteKeepsEarlierFile_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("reason");
    const struct {
        const char* writer;
        const char* file;
    } writers[] = {
        {"cli: report --pdf", "earlier.pdf"},      {"cli: report --csv", "earlier.csv"},
        {"cli: batch -o", "earlier.batch.csv"},    {"window: save project", "earlier.mlcarbon.json"},
        {"window: export Markdown", "earlier.md"}, {"AtomicFile", "earlier.csv"},
    };
    const struct {
        const char* name;
        Failure failure;
        const char* reason;  // what the message must say (strerror's text for the mounts)
    } failures[] = {
        {"disk full", Failure::DiskFull, "No space left on device"},
        {"read-only folder", Failure::ReadOnly, "Read-only file system"},
        {"missing folder", Failure::MissingFolder, "does not exist"},
    };
    for (const auto& f : failures) {
        for (const auto& w : writers) {
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(w.writer), QLatin1String(f.name))))
                << QString::fromLatin1(w.writer) << QString::fromLatin1(w.file) << static_cast<int>(f.failure)
                << QString::fromLatin1(f.reason);
        }
    }
}

void TestFailedWrites::failedWriteKeepsEarlierFile()
{
    QFETCH(QString, writer);
    QFETCH(QString, file);
    QFETCH(int, failure);
    QFETCH(QString, reason);
    const auto kind = static_cast<Failure>(failure);
    if (kind != Failure::MissingFolder && !m_mounts)
        QSKIP(qPrintable(m_whyNoMounts));
    const QString dir = prepare(kind);
    const QString path = dir + QLatin1Char('/') + file;
    const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);

    const QString error = write(writer, path);

    QVERIFY2(!error.isEmpty(), "the writer reported success");
    QVERIFY2(error.contains(path) || error.contains(file), qPrintable(QStringLiteral("no path in: ") + error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(QStringLiteral("no reason in: ") + error));
    if (kind != Failure::MissingFolder) {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), earlierBytes());
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), before);
    }
}

// SIGKILL while the batch output is being written: the earlier file stays whole, and nothing else
// is left in the folder (the partial output was an unnamed temporary file).
void TestFailedWrites::killedMidWriteKeepsEarlierFile()
{
    const QString dir = m_dir.filePath(QStringLiteral("killed"));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/out.csv");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(earlierBytes());
    }
    QProcess p;
    p.start(QStringLiteral(MLCARBON_CLI_PATH), {"batch", "-", "-o", path});
    QVERIFY(p.waitForStarted());
    // 3 MB of rows: the runner writes 1 MB blocks, so part of the output is on disk when it is killed;
    // standard input stays open, so the process is still mid-write.
    p.write("label,hardware,count,hours,country\n");
    const QByteArray rows = QByteArray("job,nvidia-a100-sxm4-80-gb,8,24,FR\n").repeated(90000);
    p.write(rows);
    QVERIFY(p.waitForBytesWritten(30000));
    // The output is being written when a file of the process under that folder has data (Qt writes
    // to an unnamed O_TMPFILE there, so it is found through /proc, not in the folder's list).
    bool midWrite = false;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(p.processId());
    for (int i = 0; i < 300 && !midWrite; ++i) {
        for (const QFileInfo& fd : QDir(fds).entryInfoList(QDir::Files | QDir::System)) {
            if (fd.symLinkTarget().startsWith(dir) && !fd.symLinkTarget().endsWith(QLatin1String("/out.csv"))
                && QFileInfo(fd.filePath()).size() > 0)
                midWrite = true;
        }
        if (!midWrite)
            QTest::qWait(50);
    }
    QVERIFY2(midWrite, "the CLI never had a partly written output open");
    p.kill();
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), earlierBytes());
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

void TestFailedWrites::cleanupTestCase()
{
    m_window.reset();
    for (const QString& dir : m_mounted)  // so that the temporary folder can be removed
        umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

QTEST_MAIN(TestFailedWrites)
#include "TestFailedWrites.moc"
