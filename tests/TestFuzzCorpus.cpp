// Every kept fuzz input (the seed corpora and the inputs that once broke a reader, in
// tests/fuzz/corpus/ and tests/fuzz/regressions/) through the same invariant checks the fuzzers
// use, in the ordinary and the sanitizer builds: a fixed reader stays fixed without clang.
#include "ReaderChecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

using mlcarbon::fuzz::ReaderChecks;

class TestFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void keptInputs_data();
    void keptInputs();
    void generatedInputs_data();
    void generatedInputs();
};

void TestFuzzCorpus::keptInputs_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    int files = 0;
    for (std::size_t t = 0; t < ReaderChecks::targets().size(); ++t) {
        const QString name = QString::fromLatin1(ReaderChecks::targets()[t].name);
        for (const char* kind : {"corpus", "regressions"}) {
            const QDir dir(QStringLiteral(MLCARBON_SOURCE_DIR "/tests/fuzz/%1/%2").arg(QLatin1String(kind), name));
            for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3").arg(QLatin1String(kind), name, f)))
                    << static_cast<int>(t) << dir.filePath(f);
                ++files;
            }
        }
    }
    // The seeds are committed: an empty list means the path is wrong, not that all is well.
    QVERIFY2(files >= 50, qPrintable(QStringLiteral("only %1 kept fuzz inputs found").arg(files)));
}

void TestFuzzCorpus::keptInputs()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const std::string broken = ReaderChecks::targets()[static_cast<std::size_t>(target)].check(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    QVERIFY2(broken.empty(), broken.c_str());
}

void TestFuzzCorpus::generatedInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray head = "label,hardware,count,hours,country\n";
    QTest::newRow("batch: a 1 MB line among good rows")
        << "batch" << head + QByteArray(1 << 20, 'x') + ",test-gpu,1,1,XX\nb,test-gpu,2,2,XX\n";
    QTest::newRow("batch: a record just under the 1 MB cap")
        << "batch" << head + "a," + QByteArray((1 << 20) - 40, 'y') + ",1,1,XX\n";
    QTest::newRow("batch: 100,000 rows") << "batch" << head + QByteArray("r,test-gpu,8,24,XX\n").repeated(100000);
    QTest::newRow("database: 1 MB string")
        << "database"
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [
             {"id": "c", "name": ")")
               + QByteArray(1 << 20, 'n') + R"(", "kind": "npu", "tdp_w": 5, "source": "s", "source_year": 2025}]})";
    QTest::newRow("database: nested 100,000 deep") << "database" << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("project: nested 100,000 deep")
        << "project"
        << R"({"format": "mlcarbon-project", "version": 1, "x": )" + QByteArray(100000, '{').replace("{", "{\"a\":")
               + "1" + QByteArray(100000, '}') + ", \"items\": []}";
}

void TestFuzzCorpus::generatedInputs()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, bytes);
    for (const auto& t : ReaderChecks::targets()) {
        if (target == QLatin1String(t.name)) {
            const std::string broken =
                t.check(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
            QVERIFY2(broken.empty(), broken.c_str());
            return;
        }
    }
    QFAIL("unknown target");
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
