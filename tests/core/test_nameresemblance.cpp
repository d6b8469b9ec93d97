#include <core/nameresemblance.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::Id;
using tw::core::NameResemblance;

namespace {

QList<std::pair<Id, int>> asPairs(const QList<NameResemblance::Match> &matches)
{
    QList<std::pair<Id, int>> pairs;
    for (const NameResemblance::Match &m : matches)
        pairs.append({m.guestId, m.score});
    return pairs;
}

} // namespace

class TestNameResemblance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void editDistance_data();
    void editDistance();
    void resembles_data();
    void resembles();
    void differs_data();
    void differs();
    void exactBeatsClose();
    void findRanksBestFirst();
    void findUsesTheHandle();
    void findAgreesWithScore();
    void guestsWithHalfANameAreLeftOut();
};

void TestNameResemblance::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("middle initial") << u"Ana M. Silva"_s << QStringList{u"ana"_s, u"m"_s, u"silva"_s};
    QTest::newRow("accents") << u"Zo\u00eb  \u00c5ngstr\u00f6m"_s << QStringList{u"zoe"_s, u"angstrom"_s};
    QTest::newRow("apostrophe") << u"Se\u00e1n O\u2019Brien"_s << QStringList{u"sean"_s, u"obrien"_s};
    QTest::newRow("handle with digits") << u"ana_silva84"_s << QStringList{u"ana"_s, u"silva"_s};
    QTest::newRow("emoji") << u"\U0001F334 Ana \U0001F334"_s << QStringList{u"ana"_s};
    QTest::newRow("comma") << u"Silva, Ana"_s << QStringList{u"silva"_s, u"ana"_s};
    QTest::newRow("hyphen") << u"Anna-Lena"_s << QStringList{u"anna"_s, u"lena"_s};
    QTest::newRow("nothing") << u"  \u2600\ufe0f 1234 "_s << QStringList{};
}

void TestNameResemblance::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(NameResemblance::tokens(text), expected);
}

void TestNameResemblance::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << u"silva"_s << u"silva"_s << 2 << 0;
    QTest::newRow("swap") << u"silva"_s << u"sliva"_s << 2 << 1;
    QTest::newRow("substitution") << u"silva"_s << u"sylva"_s << 2 << 1;
    QTest::newRow("insertion") << u"silva"_s << u"silvaa"_s << 2 << 1;
    QTest::newRow("classic") << u"kitten"_s << u"sitting"_s << 3 << 3;
    QTest::newRow("beyond the limit") << u"abc"_s << u"xyz"_s << 1 << 2;
    QTest::newRow("lengths too far apart") << u"ab"_s << u"abcdef"_s << 2 << 3;
    QTest::newRow("empty") << QString() << u"ab"_s << 2 << 2;
}

void TestNameResemblance::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QCOMPARE(NameResemblance::editDistance(a, b, limit), expected);
    QCOMPARE(NameResemblance::editDistance(b, a, limit), expected);
}

void TestNameResemblance::resembles_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<int>("score");

    const QString ana = u"Ana"_s;
    const QString silva = u"Silva"_s;
    QTest::newRow("same name") << u"Ana Silva"_s << QString() << ana << silva << 6;
    QTest::newRow("middle initial") << u"Ana M. Silva"_s << QString() << ana << silva << 6;
    QTest::newRow("surname first") << u"Silva, Ana"_s << QString() << ana << silva << 6;
    QTest::newRow("shouting and emoji") << u"ANA SILVA \U0001F334"_s << QString() << ana << silva << 6;
    QTest::newRow("accents either side") << u"\u00c1na S\u00edlva"_s << QString() << ana << silva << 6;
    QTest::newRow("folded letters") << u"Zoe Angstrom"_s << QString() << u"Zo\u00eb"_s << u"\u00c5ngstr\u00f6m"_s << 6;
    QTest::newRow("apostrophes") << u"Sean O'Brien"_s << QString() << u"Se\u00e1n"_s << u"O\u2019Brien"_s << 6;
    QTest::newRow("swapped letters in surname") << u"Ana Sliva"_s << QString() << ana << silva << 5;
    QTest::newRow("letter too many") << u"Ana Silvaa"_s << QString() << ana << silva << 5;
    QTest::newRow("two typos in a long surname")
        << u"Piotr Wojciehowsky"_s << QString() << u"Piotr"_s << u"Wojciechowski"_s << 5;
    QTest::newRow("first name typo") << u"Anna Silva"_s << QString() << ana << silva << 5;
    QTest::newRow("short form") << u"Alex Johnson"_s << QString() << u"Alexander"_s << u"Johnson"_s << 5;
    QTest::newRow("initial") << u"A. Silva"_s << QString() << ana << silva << 4;
    QTest::newRow("particle") << u"Jan de Vries"_s << QString() << u"Jan"_s << u"de Vries"_s << 6;
    QTest::newRow("double surname, one half")
        << u"Maria Garcia"_s << QString() << u"Mar\u00eda"_s << u"Garc\u00eda L\u00f3pez"_s << 6;
    QTest::newRow("hyphenated first name") << u"Lena Schmidt"_s << QString() << u"Anna-Lena"_s << u"Schmidt"_s << 6;
    QTest::newRow("one-piece display name") << u"AnaSilva"_s << QString() << ana << silva << 6;
    QTest::newRow("handle initial and surname") << u"Travel lover"_s << u"asilva"_s << ana << silva << 4;
    QTest::newRow("handle with underscore") << u"\u2600\ufe0f"_s << u"@ana_silva"_s << ana << silva << 6;
    QTest::newRow("handle in one piece with digits")
        << QString() << u"@anasilva84@mastodon.social"_s << ana << silva << 6;
    QTest::newRow("handle surname first") << QString() << u"silvaana"_s << ana << silva << 6;
    QTest::newRow("handle with particle") << QString() << u"jandevries"_s << u"Jan"_s << u"de Vries"_s << 6;
}

void TestNameResemblance::resembles()
{
    QFETCH(QString, displayName);
    QFETCH(QString, handle);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(int, score);
    QCOMPARE(NameResemblance::score(displayName, handle, firstName, lastName), score);
    QVERIFY(NameResemblance::resembles(displayName, handle, firstName, lastName));

    NameResemblance index;
    index.addGuest(7, firstName, lastName);
    const QList<NameResemblance::Match> found = index.find(displayName, handle);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().guestId, Id(7));
    QCOMPARE(found.first().score, score);
}

void TestNameResemblance::differs_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");

    const QString ana = u"Ana"_s;
    const QString silva = u"Silva"_s;
    QTest::newRow("first name only, other surname") << u"Ana Costa"_s << QString() << ana << silva;
    QTest::newRow("first name alone") << u"Ana"_s << QString() << ana << silva;
    QTest::newRow("first name in handle") << u"Ana"_s << u"ana_travels"_s << ana << silva;
    QTest::newRow("surname only, other first name") << u"Maria Silva"_s << QString() << ana << silva;
    QTest::newRow("surname alone") << u"Silva"_s << QString() << ana << silva;
    QTest::newRow("surname of a fan club") << u"Silva Fans"_s << u"silvafan"_s << ana << silva;
    QTest::newRow("one half each from name and handle") << u"Ana"_s << u"silva_travels"_s << ana << silva;
    QTest::newRow("short surnames must match exactly") << u"Mark Hill"_s << QString() << u"Mark"_s << u"Hall"_s;
    QTest::newRow("longer surname") << u"Ana Silveira"_s << QString() << ana << silva;
    QTest::newRow("close surname, other first letter") << u"Ana Nilson"_s << QString() << ana << u"Wilson"_s;
    QTest::newRow("initial needs the exact surname") << u"A. Sliva"_s << QString() << ana << silva;
    QTest::newRow("other initial") << u"M. Silva"_s << QString() << ana << silva;
    QTest::newRow("short first names must match exactly") << u"Tim Smith"_s << QString() << u"Tom"_s << u"Smith"_s;
    QTest::newRow("stranger") << u"Traveller 12345"_s << u"traveller12345"_s << ana << silva;
    QTest::newRow("guest without surname") << u"Ana Silva"_s << QString() << ana << QString();
    QTest::newRow("guest without first name") << u"Ana Silva"_s << QString() << QString() << silva;
    QTest::newRow("empty author") << QString() << QString() << ana << silva;
}

void TestNameResemblance::differs()
{
    QFETCH(QString, displayName);
    QFETCH(QString, handle);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QCOMPARE(NameResemblance::score(displayName, handle, firstName, lastName), 0);
    QVERIFY(!NameResemblance::resembles(displayName, handle, firstName, lastName));
    NameResemblance index;
    index.addGuest(7, firstName, lastName);
    QVERIFY(index.find(displayName, handle).isEmpty());
}

void TestNameResemblance::exactBeatsClose()
{
    QVERIFY(NameResemblance::score(u"Ana Silva"_s, {}, u"Ana"_s, u"Silva"_s)
            > NameResemblance::score(u"Ana Sliva"_s, {}, u"Ana"_s, u"Silva"_s));
    QVERIFY(NameResemblance::score(u"Ana Sliva"_s, {}, u"Ana"_s, u"Silva"_s)
            > NameResemblance::score(u"A Silva"_s, {}, u"Ana"_s, u"Silva"_s));
}

void TestNameResemblance::findRanksBestFirst()
{
    NameResemblance index;
    index.addGuest(4, u"Anna"_s, u"Silva"_s);
    index.addGuest(1, u"Ana"_s, u"Silva"_s);
    index.addGuest(2, u"Antonio"_s, u"Silva"_s);
    index.addGuest(3, u"Ana"_s, u"Costa"_s);
    QCOMPARE(index.size(), 4);

    using Pairs = QList<std::pair<Id, int>>;
    QCOMPARE(asPairs(index.find(u"Ana Silva"_s)), (Pairs{{1, 6}, {4, 5}}));
    QCOMPARE(asPairs(index.find(u"A. Silva"_s)), (Pairs{{1, 4}, {2, 4}, {4, 4}}));
    QCOMPARE(asPairs(index.find(u"Ana Sliva"_s)), (Pairs{{1, 5}, {4, 4}}));
    QCOMPARE(asPairs(index.find(u"Ana Costa"_s)), (Pairs{{3, 6}}));
    QVERIFY(index.find(u"Ana"_s).isEmpty());

    index.clear();
    QVERIFY(index.isEmpty());
    QVERIFY(index.find(u"Ana Silva"_s).isEmpty());
}

void TestNameResemblance::findUsesTheHandle()
{
    NameResemblance index;
    index.addGuest(1, u"Ana"_s, u"Silva"_s);
    index.addGuest(2, u"Bruno"_s, u"Costa"_s);
    using Pairs = QList<std::pair<Id, int>>;
    QCOMPARE(asPairs(index.find(u"Sunny days"_s, u"@asilva"_s)), (Pairs{{1, 4}}));
    QCOMPARE(asPairs(index.find(u"Bruno Costa"_s, u"ana_silva"_s)), (Pairs{{1, 6}, {2, 6}}));
    QVERIFY(index.find(u"Sunny days"_s, u"sunny"_s).isEmpty());
}

// The index only narrows down whom to compare: whatever it finds, and however
// it finds it, must be what comparing with every guest one by one gives.
void TestNameResemblance::findAgreesWithScore()
{
    const QList<std::pair<QString, QString>> guests{
        {u"Ana"_s, u"Silva"_s},
        {u"Anna"_s, u"Silva"_s},
        {u"Alexander"_s, u"Johnson"_s},
        {u"Piotr"_s, u"Wojciechowski"_s},
        {u"Jan"_s, u"de Vries"_s},
        {u"Mar\u00eda"_s, u"Garc\u00eda L\u00f3pez"_s},
        {u"Mark"_s, u"Hall"_s},
        {u"Wei"_s, u"Li"_s},
        {u"Zo\u00eb"_s, u"\u00c5ngstr\u00f6m"_s},
        {u"Se\u00e1n"_s, u"O\u2019Brien"_s},
        {u"Anna-Lena"_s, u"Schmidt"_s},
        {u"Tom"_s, u"Smith"_s},
    };
    const QList<std::pair<QString, QString>> authors{
        {u"Ana Silva"_s, {}},          {u"A. Silva"_s, u"asilva"_s},
        {u"Ana Sliva"_s, {}},          {u"Anna Silvaa"_s, {}},
        {u"Alex Jonson"_s, {}},        {u"Piotr Wojciehowsky"_s, {}},
        {u"Sunny"_s, u"jandevries"_s}, {u"Maria Lopez"_s, {}},
        {u"Mark Hill"_s, {}},          {u"Wei Li"_s, {}},
        {u"Li Wei"_s, u"weili"_s},     {u"Zoe Angstroem"_s, {}},
        {u"sean obrien"_s, {}},        {u"Lena"_s, u"lena_schmidt"_s},
        {u"Tim Smith"_s, {}},          {u"Traveller 42"_s, u"traveller42"_s},
        {QString(), u"silvaana"_s},    {u"T Smith"_s, {}},
    };
    NameResemblance index;
    for (qsizetype i = 0; i < guests.size(); ++i)
        index.addGuest(Id(i + 1), guests.at(i).first, guests.at(i).second);
    int resemblances = 0;
    for (const auto &[name, handle] : authors) {
        QList<std::pair<Id, int>> expected;
        for (qsizetype i = 0; i < guests.size(); ++i) {
            if (const int s = NameResemblance::score(name, handle, guests.at(i).first, guests.at(i).second); s > 0)
                expected.append({Id(i + 1), s});
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        resemblances += int(expected.size());
        QCOMPARE(asPairs(index.find(name, handle)), expected);
    }
    QVERIFY(resemblances >= 15); // the comparison is not trivially empty
}

void TestNameResemblance::guestsWithHalfANameAreLeftOut()
{
    NameResemblance index;
    index.addGuest(1, u"Ana"_s, QString());
    index.addGuest(2, QString(), u"Silva"_s);
    index.addGuest(3, u"\U0001F334"_s, u"Silva"_s);
    QVERIFY(index.isEmpty());
}

QTEST_GUILESS_MAIN(TestNameResemblance)
#include "test_nameresemblance.moc"
