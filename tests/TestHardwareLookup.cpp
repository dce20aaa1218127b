// Finding hardware and places as people type them, in the bundled databases.
#include "DatabaseLoader.h"
#include "HardwareLookup.h"
#include "InputError.h"
#include "LocationResolver.h"
#include "TextMatch.h"

#include <QtTest>

using namespace mlcarbon;

class TestHardwareLookup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keys_data();
    void keys();
    void finds_data();
    void finds();
    void ambiguousListsCandidates();
    void partOfANameIsOnlyACandidate_data();
    void partOfANameIsOnlyACandidate();
    void places_data();
    void places();
    void unknownSuggestsClosest();
    void searchRanksExactThenPrefixThenSubstring();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestHardwareLookup::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
}

void TestHardwareLookup::keys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case and spaces") << "a100 sxm4 80gb"
                                     << "A100 SXM4 80 GB" << true;
    QTest::newRow("punctuation") << "H100-SXM5_80GB"
                                 << "H100 SXM5 80GB" << true;
    QTest::newRow("plus kept apart") << "9800 GTX+"
                                     << "9800 GTX" << false;
    QTest::newRow("unicode kept") << "华北2（北京）"
                                  << "华北2（北京）" << true;
}

void TestHardwareLookup::keys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(TextMatch::key(a.toStdString()) == TextMatch::key(b.toStdString()), same);
}

void TestHardwareLookup::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("issue example") << "a100 sxm4 80gb"
                                   << "nvidia-a100-sxm4-80-gb";
    QTest::newRow("exact name") << "NVIDIA A100 SXM4 80 GB"
                                << "nvidia-a100-sxm4-80-gb";
    QTest::newRow("id") << "nvidia-a100-sxm4-80-gb"
                        << "nvidia-a100-sxm4-80-gb";
    QTest::newRow("id upper case") << "NVIDIA-A100-SXM4-80-GB"
                                   << "nvidia-a100-sxm4-80-gb";
    QTest::newRow("without vendor") << "TPU v3"
                                    << "google-tpu-v3";
    // "Intel Habana Gaudi3" without its vendor words is "gaudi3", the key of "Gaudi 3".
    QTest::newRow("vendor words and a space") << "Gaudi 3"
                                              << "intel-habana-gaudi3";
    // "AMD Instinct MI300X": AMD is a vendor word, Instinct is not (so "mi300x" alone is only a candidate).
    QTest::newRow("mi300x without vendor") << "instinct mi300x"
                                           << "amd-instinct-mi300x";
    // The devices of the silent guesses of issue 12, by their full names, ids and typed variants
    // (hardware_db/accelerators.json: "Amazon Trainium2" amazon-trainium2, "Google TPU v5e" google-tpu-v5e).
    QTest::newRow("trainium2 exact name") << "Amazon Trainium2"
                                          << "amazon-trainium2";
    QTest::newRow("trainium2 id") << "amazon-trainium2"
                                  << "amazon-trainium2";
    QTest::newRow("trainium2 case and punctuation") << "AMAZON trainium-2"
                                                    << "amazon-trainium2";
    QTest::newRow("tpu v5e without vendor") << "TPU v5e"
                                            << "google-tpu-v5e";
    QTest::newRow("tpu v5e case and punctuation") << "google tpu-V5E"
                                                  << "google-tpu-v5e";
    QTest::newRow("tpu v5e id upper case") << "GOOGLE-TPU-V5E"
                                           << "google-tpu-v5e";
    QTest::newRow("b200 exact beats gb200") << "B200"
                                            << "nvidia-b200";
    QTest::newRow("cpu") << "EPYC 7763"
                         << "amd-epyc-7763";
}

void TestHardwareLookup::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    HardwareLookup lookup(*m_catalog);
    auto r = lookup.find(query.toStdString());
    QVERIFY2(r.found, qPrintable(query));
    QCOMPARE(QString::fromStdString(r.found->id), id);
}

void TestHardwareLookup::ambiguousListsCandidates()
{
    HardwareLookup lookup(*m_catalog);
    auto r = lookup.find("H100");
    QVERIFY(!r.found);
    QVERIFY(r.candidates.size() >= 3);
    bool sxm = false;
    for (const Hardware* h : r.candidates)
        sxm = sxm || h->id == "nvidia-h100-sxm5-80gb";
    QVERIFY(sxm);
    try {
        lookup.resolve("H100");
        QFAIL("ambiguous name resolved");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("hardware"));
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("NVIDIA H100 SXM5 80GB")));
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("ambiguous")));
    }
}

void TestHardwareLookup::partOfANameIsOnlyACandidate_data()
{
    // A query that is only part of names: never found, the names are candidates, and resolve()
    // throws InputError naming them. Expected candidates: the names in hardware_db/accelerators.json
    // and cpus.json whose key contains the query's key (checked by hand with grep -i on the names).
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("message");  // must appear in the InputError
    // Only "Amazon Trainium2" contains "trainium" (500 W): the guess the CLI used to make silently.
    QTest::newRow("Trainium") << "Trainium" << QStringList{"amazon-trainium2"}
                              << "'Trainium' is ambiguous (only part of a name); did you mean: Amazon Trainium2 "
                                 "[amazon-trainium2]? Give the full name or the id";
    // Amazon is not a vendor word, so the model name alone is part of "Amazon Trainium2" too.
    QTest::newRow("Trainium2") << "trainium2" << QStringList{"amazon-trainium2"}
                               << "did you mean: Amazon Trainium2 [amazon-trainium2]";
    // Only "Google TPU v5e" contains "tpuv5" (there is no v5p in the database).
    QTest::newRow("TPU v5") << "TPU v5" << QStringList{"google-tpu-v5e"}
                            << "did you mean: Google TPU v5e [google-tpu-v5e]";
    // Only "AMD Instinct MI300X" contains "mi300x".
    QTest::newRow("mi300x") << "mi300x" << QStringList{"amd-instinct-mi300x"}
                            << "did you mean: AMD Instinct MI300X [amd-instinct-mi300x]";
}

void TestHardwareLookup::partOfANameIsOnlyACandidate()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    QFETCH(QString, message);
    HardwareLookup lookup(*m_catalog);
    auto r = lookup.find(query.toStdString());
    QVERIFY2(!r.found, r.found ? r.found->id.c_str() : "");
    QStringList candidates;
    for (const Hardware* h : r.candidates)
        candidates << QString::fromStdString(h->id);
    QCOMPARE(candidates, ids);
    try {
        lookup.resolve(query.toStdString());
        QFAIL("part of a name resolved");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("hardware"));
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        QVERIFY2(!QString::fromStdString(e.what()).contains(QStringLiteral("devices")),
                 e.what());  // one, not "1 devices"
    }
}

void TestHardwareLookup::places_data()
{
    // Codes and names from regions_db/grid_zones.json: GE "Georgia" (country), US-GA "Georgia"
    // (subdivision of US), FR "France" (country), US "USA" with country_name "United States",
    // US-CAL-CISO "CAISO" (grid zone). "Georgia" is the only name shared by two places there.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");     // empty: ambiguous
    QTest::addColumn<QString>("message");  // for an ambiguous name, must appear in the InputError
    QTest::newRow("Georgia") << "Georgia" << QString()
                             << "country: 'Georgia' is ambiguous; give one of: GE (Georgia, country), US-GA "
                                "(Georgia, subdivision of US)";
    QTest::newRow("georgia lower case") << "georgia" << QString() << "US-GA (Georgia, subdivision of US)";
    QTest::newRow("GE") << "GE"
                        << "GE" << QString();
    QTest::newRow("ge lower case") << "ge"
                                   << "GE" << QString();
    QTest::newRow("US-GA") << "US-GA"
                           << "US-GA" << QString();
    QTest::newRow("us-ga lower case") << "us-ga"
                                      << "US-GA" << QString();
    QTest::newRow("France") << "France"
                            << "FR" << QString();
    QTest::newRow("france lower case") << "FRANCE"
                                       << "FR" << QString();
    QTest::newRow("FR") << "FR"
                        << "FR" << QString();
    QTest::newRow("United States by its ISO name") << "United States"
                                                   << "US" << QString();
    QTest::newRow("grid zone code") << "US-CAL-CISO"
                                    << "US-CAL-CISO" << QString();
}

void TestHardwareLookup::places()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, message);
    LocationResolver places(*m_catalog);
    if (!code.isEmpty()) {
        QCOMPARE(QString::fromStdString(places.zone(query.toStdString()).code), code);
        return;
    }
    try {
        const GridZone& z = places.zone(query.toStdString());
        QFAIL(qPrintable(QStringLiteral("ambiguous name resolved to ") + QString::fromStdString(z.code)));
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("country"));
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

void TestHardwareLookup::unknownSuggestsClosest()
{
    HardwareLookup lookup(*m_catalog);
    auto r = lookup.find("NVIDIA A100 SXM5 80 GB");  // a typo: SXM5 instead of SXM4
    QVERIFY(!r.found);
    QVERIFY(r.candidates.empty());
    QVERIFY(!r.suggestions.empty());
    QCOMPARE(QString::fromStdString(r.suggestions.front()->id), QStringLiteral("nvidia-a100-sxm4-80-gb"));
    QVERIFY_THROWS_EXCEPTION(InputError, lookup.resolve("Quantum Toaster 3000"));
}

void TestHardwareLookup::searchRanksExactThenPrefixThenSubstring()
{
    HardwareLookup lookup(*m_catalog);
    auto results = lookup.search("TPU v4");
    QVERIFY(results.size() >= 2);
    QCOMPARE(results[0]->id, std::string("google-tpu-v4"));  // exact (without vendor)
    // "TPU v4i" is a prefix match and comes after the exact one; nothing unrelated is listed.
    for (const Hardware* h : results)
        QVERIFY2(TextMatch::key(h->name).find("tpuv4") != std::string::npos, h->name.c_str());
}

QTEST_GUILESS_MAIN(TestHardwareLookup)
#include "TestHardwareLookup.moc"
