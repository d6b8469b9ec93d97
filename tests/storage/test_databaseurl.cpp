#include <storage/databaseurl.h>

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using storage::DatabaseUrl;
using storage::Engine;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite_data();
    void sqlite();
    void relativePaths();
    void postgres_data();
    void postgres();
    void invalid_data();
    void invalid();
    void passwordNeverInErrors_data();
    void passwordNeverInErrors();
    void displayString_data();
    void displayString();
    void displayStringParsesBack_data();
    void displayStringParsesBack();
    void defaultUrl();
};

void TestDatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute") << u"sqlite:///tmp/tw.db"_s << u"/tmp/tw.db"_s;
    QTest::newRow("scheme in capitals") << u"SQLite:///tmp/tw.db"_s << u"/tmp/tw.db"_s;
    QTest::newRow("surrounding spaces") << u"  sqlite:///tmp/tw.db \n"_s << u"/tmp/tw.db"_s;
    QTest::newRow("percent-encoded") << u"sqlite:///home/anna/My%20Hotel%3F.db"_s << u"/home/anna/My Hotel?.db"_s;
    QTest::newRow("utf-8 escapes") << u"sqlite:///tmp/h%C3%B4tel.db"_s << u"/tmp/hôtel.db"_s;
    QTest::newRow("plain spaces") << u"sqlite:///home/anna/My Hotel.db"_s << u"/home/anna/My Hotel.db"_s;
    QTest::newRow("one slash") << u"sqlite:/tmp/tw.db"_s << u"/tmp/tw.db"_s;
    QTest::newRow("cleaned") << u"sqlite:///tmp/a/../tw.db"_s << u"/tmp/tw.db"_s;
    QTest::newRow("memory") << u"sqlite::memory:"_s << u":memory:"_s;
}

void TestDatabaseUrl::sqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->engine, Engine::Sqlite);
    QCOMPARE(url->path, path);
    QCOMPARE(url->isInMemory(), path == u":memory:"_s);
}

void TestDatabaseUrl::relativePaths()
{
    const auto relative = DatabaseUrl::parse(u"sqlite:data/tw.db"_s);
    QVERIFY2(relative, qPrintable(relative.error()));
    QCOMPARE(relative->path, QDir::current().absoluteFilePath(u"data/tw.db"_s));

    const auto home = DatabaseUrl::parse(u"sqlite:~/tw.db"_s);
    QVERIFY2(home, qPrintable(home.error()));
    QCOMPARE(home->path, QDir::homePath() + u"/tw.db"_s);
}

void TestDatabaseUrl::postgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("full") << u"postgresql://anna@db.example:5433/tweetworthy"_s << u"anna"_s << QString()
                          << u"db.example"_s << 5433 << u"tweetworthy"_s;
    QTest::newRow("postgres scheme, password, default port")
        << u"postgres://anna:s3cret@db.example/tw"_s << u"anna"_s << u"s3cret"_s << u"db.example"_s << 5432 << u"tw"_s;
    QTest::newRow("escaped password") << u"postgresql://anna:p%40ss%3Aword%2F%25@localhost/tw"_s << u"anna"_s
                                      << u"p@ss:word/%"_s << u"localhost"_s << 5432 << u"tw"_s;
    QTest::newRow("password with a colon")
        << u"postgresql://anna:a:b@localhost/tw"_s << u"anna"_s << u"a:b"_s << u"localhost"_s << 5432 << u"tw"_s;
    QTest::newRow("unicode user and database") << u"postgresql://j%C3%B6rg@localhost/tw%20prod"_s << u"jörg"_s
                                               << QString() << u"localhost"_s << 5432 << u"tw prod"_s;
    QTest::newRow("no user") << u"postgresql://localhost/tw"_s << QString() << QString() << u"localhost"_s << 5432
                             << u"tw"_s;
    QTest::newRow("ipv6 with port") << u"postgresql://anna@[::1]:6543/tw"_s << u"anna"_s << QString() << u"::1"_s
                                    << 6543 << u"tw"_s;
    QTest::newRow("ipv6") << u"postgresql://anna@[fe80::1]/tw"_s << u"anna"_s << QString() << u"fe80::1"_s << 5432
                          << u"tw"_s;
    QTest::newRow("scheme in capitals") << u"PostgreSQL://anna@h/tw"_s << u"anna"_s << QString() << u"h"_s << 5432
                                        << u"tw"_s;
}

void TestDatabaseUrl::postgres()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->engine, Engine::Postgres);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->database, database);
    QVERIFY(!url->isInMemory());
}

void TestDatabaseUrl::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u"  "_s << u"No database URL"_s;
    QTest::newRow("bare path") << u"/tmp/tw.db"_s << u"sqlite:/tmp/tw.db"_s;
    QTest::newRow("bare file") << u"tw.db"_s << u"file path"_s;
    QTest::newRow("windows path") << u"C:/data/tw.db"_s << u"file path"_s;
    QTest::newRow("words") << u"my database"_s << u"not a database URL"_s;
    QTest::newRow("unknown engine") << u"mysql://root@localhost/tw"_s << u"\"mysql\""_s;
    QTest::newRow("sqlite with two slashes") << u"sqlite://tmp/tw.db"_s << u"three slashes"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s << u"names no file"_s;
    QTest::newRow("sqlite without path after slashes") << u"sqlite://"_s << u"three slashes"_s;
    QTest::newRow("sqlite options") << u"sqlite:///tmp/tw.db?mode=ro"_s << u"options"_s;
    QTest::newRow("sqlite bad escape") << u"sqlite:///tmp/100%.db"_s << u"hexadecimal"_s;
    QTest::newRow("postgres without slashes") << u"postgresql:tw"_s << u"not a PostgreSQL URL"_s;
    QTest::newRow("postgres without database") << u"postgresql://anna@localhost"_s << u"names no database"_s;
    QTest::newRow("postgres empty database") << u"postgresql://anna@localhost/"_s << u"names no database"_s;
    QTest::newRow("postgres without host") << u"postgresql://anna@/tw"_s << u"names no server"_s;
    QTest::newRow("port too large") << u"postgresql://anna@localhost:99999/tw"_s << u"port number"_s;
    QTest::newRow("port not a number") << u"postgresql://anna@localhost:abc/tw"_s << u"port number"_s;
    QTest::newRow("port missing") << u"postgresql://anna@localhost:/tw"_s << u"port"_s;
    QTest::newRow("postgres options") << u"postgresql://anna@localhost/tw?sslmode=require"_s << u"PGSSLMODE"_s;
    QTest::newRow("password without user") << u"postgresql://:secret@localhost/tw"_s << u"no user name"_s;
    QTest::newRow("unclosed ipv6") << u"postgresql://anna@[::1/tw"_s << u"]"_s;
    QTest::newRow("slash in database") << u"postgresql://anna@localhost/a/b"_s << u"cannot contain"_s;
    QTest::newRow("bad escape in user") << u"postgresql://an%zzna@localhost/tw"_s << u"%25"_s;
}

void TestDatabaseUrl::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url);
    QVERIFY2(url.error().contains(expected), qPrintable(url.error()));
}

void TestDatabaseUrl::passwordNeverInErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no database") << u"postgresql://anna:hunter2@localhost"_s;
    QTest::newRow("bad port") << u"postgresql://anna:hunter2@localhost:99999/tw"_s;
    QTest::newRow("no host") << u"postgresql://anna:hunter2@/tw"_s;
    QTest::newRow("misspelt scheme") << u"postgresq://anna:hunter2@localhost/tw"_s;
    QTest::newRow("options") << u"postgres://anna:hunter2@localhost/tw?sslmode=require"_s;
    QTest::newRow("bad escape") << u"postgres://anna:hunter2@localhost/t%w"_s;
    QTest::newRow("unescaped slash in password") << u"postgres://anna:hun/ter2@localhost/tw"_s;
}

void TestDatabaseUrl::passwordNeverInErrors()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url);
    QVERIFY2(!url.error().contains(u"hunter2"_s), qPrintable(url.error()));
    QVERIFY2(!url.error().contains(u"hun"_s), qPrintable(url.error()));
    QVERIFY2(!url.error().contains(u"ter2"_s), qPrintable(url.error()));
}

void TestDatabaseUrl::displayString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("postgres with password")
        << u"postgresql://anna:hunter2@db.example:5433/tw"_s << u"postgresql://anna@db.example:5433/tw"_s;
    QTest::newRow("postgres defaults") << u"postgres://localhost/tw"_s << u"postgresql://localhost:5432/tw"_s;
    QTest::newRow("postgres escapes") << u"postgresql://a%40b@localhost/tw%2Fx"_s
                                      << u"postgresql://a%40b@localhost:5432/tw%2Fx"_s;
    QTest::newRow("ipv6") << u"postgresql://anna@[::1]:6543/tw"_s << u"postgresql://anna@[::1]:6543/tw"_s;
    QTest::newRow("sqlite") << u"sqlite:///home/anna/My Hotel.db"_s << u"sqlite:///home/anna/My Hotel.db"_s;
    QTest::newRow("sqlite escapes") << u"sqlite:///tmp/a%3Fb%25.db"_s << u"sqlite:///tmp/a%3Fb%25.db"_s;
    QTest::newRow("memory") << u"sqlite::memory:"_s << u"sqlite::memory:"_s;
}

void TestDatabaseUrl::displayString()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->toDisplayString(), display);
    QVERIFY(!url->toDisplayString().contains(u"hunter2"_s));
}

void TestDatabaseUrl::displayStringParsesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("postgres") << u"postgresql://j%C3%B6rg:pw@db.example:5433/tw%20prod"_s;
    QTest::newRow("odd user") << u"postgresql://a%3Ab%40c@localhost/tw"_s;
    QTest::newRow("sqlite") << u"sqlite:///tmp/h%C3%B4tel %23 1.db"_s;
}

void TestDatabaseUrl::displayStringParsesBack()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url.error()));
    const auto again = DatabaseUrl::parse(url->toDisplayString());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->engine, url->engine);
    QCOMPARE(again->path, url->path);
    QCOMPARE(again->user, url->user);
    QCOMPARE(again->host, url->host);
    QCOMPARE(again->port, url->port);
    QCOMPARE(again->database, url->database);
    QVERIFY(again->password.isEmpty());
}

void TestDatabaseUrl::defaultUrl()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    const bool existed = QDir(folder).exists();

    const DatabaseUrl url = DatabaseUrl::defaultUrl();
    QCOMPARE(url.engine, Engine::Sqlite);
    QCOMPARE(url.path, QDir(folder).filePath(u"tweetworthy.db"_s));
    QVERIFY(QDir(folder).exists());
    const auto parsed = DatabaseUrl::parse(url.toDisplayString());
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->path, url.path);

    if (!existed)
        QDir(folder).removeRecursively();
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_databaseurl.moc"
