// Finding hardware as people type it, in the bundled database.
#include "DatabaseLoader.h"
#include "HardwareLookup.h"
#include "InputError.h"
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
    QTest::newRow("unique substring") << "Gaudi 3"
                                      << "intel-habana-gaudi3";
    QTest::newRow("mi300x") << "mi300x"
                            << "amd-instinct-mi300x";
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
