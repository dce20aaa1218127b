// WrappedLabel: the height cache gives QLabel's own answer, and a new text or font is laid out
// again (a stale height would cut text off or leave a gap in the result view).
#include "WrappedLabel.h"

#include <QApplication>
#include <QTest>

using mlcarbon::WrappedLabel;

class TestWrappedLabel : public QObject {
    Q_OBJECT
private slots:
    void sameAnswerAsQLabel_data();
    void sameAnswerAsQLabel();
    void repeatedWidthIsLaidOutOnce();
    void newTextOrFontIsLaidOutAgain();
};

void TestWrappedLabel::sameAnswerAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("rich");
    const QString words = QStringLiteral("Energy = 8 devices x 24 h x 400 W x 1.1 PUE = 84.5 kWh; ").repeated(6);
    QTest::newRow("plain") << words << false;
    QTest::newRow("rich table") << QStringLiteral("<table><tr><td>Devices</td><td>%1</td></tr></table>").arg(words)
                                << true;
    QTest::newRow("empty") << QString() << false;
}

void TestWrappedLabel::sameAnswerAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(bool, rich);
    WrappedLabel cached;
    QLabel plain;
    plain.setWordWrap(true);
    for (QLabel* l : {static_cast<QLabel*>(&cached), &plain}) {
        l->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
        l->setText(text);
    }
    for (int width : {80, 200, 80, 640, 200, 1200, 80})  // repeats come from the cache
        QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
}

void TestWrappedLabel::repeatedWidthIsLaidOutOnce()
{
    WrappedLabel label;
    label.setText(QStringLiteral("a few words that wrap at a narrow width ").repeated(4));
    for (int i = 0; i < 10; ++i)
        label.heightForWidth(150);
    QCOMPARE(label.layoutCount(), 1);
    // Four widths are remembered; a fifth pushes out the oldest (150).
    for (int width : {160, 170, 180, 190})
        label.heightForWidth(width);
    QCOMPARE(label.layoutCount(), 5);
    label.heightForWidth(150);
    QCOMPARE(label.layoutCount(), 6);
}

void TestWrappedLabel::newTextOrFontIsLaidOutAgain()
{
    WrappedLabel label;
    label.setText(QStringLiteral("short"));
    const int oneLine = label.heightForWidth(200);
    label.setText(QStringLiteral("now a much longer text that needs several lines at this width ").repeated(5));
    const int several = label.heightForWidth(200);
    QVERIFY2(several > 2 * oneLine, qPrintable(QStringLiteral("%1 vs %2").arg(several).arg(oneLine)));
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    QVERIFY(label.heightForWidth(200) > several);
    QCOMPARE(label.layoutCount(), 3);
}

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
