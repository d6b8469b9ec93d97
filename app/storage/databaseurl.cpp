#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

core::Result<DatabaseUrl> fail(const QString &text)
{
    return core::Result<DatabaseUrl>::failure(text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict: a "%" must start a two-digit hex escape, so typos are reported rather
// than silently kept as part of a name or password.
std::optional<QString> percentDecoded(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '%') {
            out.append(utf8[i]);
            continue;
        }
        const int high = i + 1 < utf8.size() ? hexValue(utf8[i + 1]) : -1;
        const int low = i + 2 < utf8.size() ? hexValue(utf8[i + 2]) : -1;
        if (high < 0 || low < 0)
            return std::nullopt;
        out.append(char(high * 16 + low));
        i += 2;
    }
    return QString::fromUtf8(out);
}

// Only what would change the meaning of the URL is escaped, so display strings
// stay readable ("sqlite:///home/anna/My Hotel.db").
QString percentEncoded(const QString &text, QStringView special)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || special.contains(c) || c.unicode() < 0x20) {
            const QByteArray bytes = QString(c).toUtf8();
            for (const char b : bytes)
                out += u'%' + QString::number(uchar(b), 16).toUpper().rightJustified(2, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

// For error messages: the text as typed, with any password replaced.
QString masked(const QString &text)
{
    // Up to the last "@": a password may contain anything, even an unescaped "/".
    static const QRegularExpression password(u"^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):.*@"_s);
    QString copy = text;
    return copy.replace(password, u"\\1:***@"_s);
}

QString usageHint()
{
    return QCoreApplication::translate("tw::storage::DatabaseUrl",
                                       "Use sqlite:///path/to/file.db, sqlite::memory: or "
                                       "postgresql://user@host:port/database.");
}

core::Result<DatabaseUrl> parseSqlite(const QString &text, QStringView rest)
{
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    if (rest == u":memory:") {
        url.path = u":memory:"_s;
        return url;
    }
    if (rest.contains(u'?') || rest.contains(u'#')) {
        return fail(
            QCoreApplication::translate("tw::storage::DatabaseUrl",
                                        "\"%1\": SQLite URLs take no options after \"?\" or \"#\". Write the file path "
                                        "only (a \"?\" or \"#\" in a file name is written %3F or %23).")
                .arg(text));
    }
    QStringView encodedPath = rest;
    if (rest.startsWith(u"//")) {
        encodedPath = rest.mid(2);
        if (!encodedPath.startsWith(u'/')) {
            return fail(
                QCoreApplication::translate("tw::storage::DatabaseUrl",
                                            "\"%1\": after sqlite:// comes an absolute path, so the URL has three "
                                            "slashes (sqlite:///home/anna/tweetworthy.db). For a path relative to the "
                                            "current folder write sqlite:folder/file.db.")
                    .arg(text));
        }
    }
    const std::optional<QString> decoded = percentDecoded(encodedPath);
    if (!decoded)
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                "\"%1\" has a \"%\" that is not followed by two hexadecimal digits.")
                        .arg(text));
    QString path = *decoded;
    if (path.isEmpty())
        return fail(
            QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\" names no file. %2").arg(text, usageHint()));

    static const QRegularExpression drivePath(u"^/[A-Za-z]:/"_s);
    if (drivePath.match(path).hasMatch())
        path.remove(0, 1); // sqlite:///C:/data/tw.db on Windows
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    if (QDir::isRelativePath(path))
        path = QDir::current().absoluteFilePath(path);
    url.path = QDir::cleanPath(path);
    return url;
}

core::Result<DatabaseUrl> parsePostgres(const QString &text, QStringView rest)
{
    DatabaseUrl url;
    url.engine = Engine::Postgres;
    const QString shown = masked(text);
    if (!rest.startsWith(u"//"))
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\" is not a PostgreSQL URL. %2")
                        .arg(shown, usageHint()));
    rest = rest.mid(2);
    if (rest.contains(u'?') || rest.contains(u'#')) {
        return fail(
            QCoreApplication::translate("tw::storage::DatabaseUrl",
                                        "\"%1\": options after \"?\" are not supported in database URLs; configure "
                                        "them in the PostgreSQL client environment (PGSSLMODE and friends).")
                .arg(shown));
    }

    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                "\"%1\" names no database: add it after a slash, as in "
                                                "postgresql://anna@db.example:5432/tweetworthy.")
                        .arg(shown));
    const QStringView authority = rest.left(slash);
    const QStringView dbPart = rest.mid(slash + 1);

    QStringView hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const auto user = percentDecoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        const auto password = colon >= 0 ? percentDecoded(userInfo.mid(colon + 1)) : std::optional<QString>(QString());
        if (!user || !password)
            return fail(
                QCoreApplication::translate("tw::storage::DatabaseUrl",
                                            "\"%1\": the user name or password has a \"%\" that is not followed by two "
                                            "hexadecimal digits (write a literal \"%\" as %25).")
                    .arg(shown));
        url.user = *user;
        url.password = *password;
        if (url.user.isEmpty() && !url.password.isEmpty())
            return fail(
                QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\" has a password but no user name.")
                    .arg(shown));
    }

    QStringView hostView = hostPort;
    QStringView portView;
    if (hostPort.startsWith(u'[')) { // IPv6 literal: [::1]:5432
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                    "\"%1\": the IPv6 address has no closing \"]\".")
                            .arg(shown));
        hostView = hostPort.mid(1, close - 1);
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                    "\"%1\": unexpected text after the IPv6 address.")
                            .arg(shown));
        portView = after.mid(1);
        if (after.startsWith(u':') && portView.isEmpty())
            return fail(
                QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\": the port after \":\" is missing.")
                    .arg(shown));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        if (colon >= 0) {
            hostView = hostPort.left(colon);
            portView = hostPort.mid(colon + 1);
            if (portView.isEmpty())
                return fail(
                    QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\": the port after \":\" is missing.")
                        .arg(shown));
        }
    }
    const auto host = percentDecoded(hostView);
    if (!host || host->isEmpty())
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                "\"%1\" names no server: write its host name, as in "
                                                "postgresql://anna@localhost/tweetworthy.")
                        .arg(shown));
    url.host = *host;
    if (!portView.isEmpty()) {
        bool ok = false;
        const int port = portView.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                    "\"%1\": \"%2\" is not a port number (1 to 65535).")
                            // In a malformed URL the "port" may be part of a password.
                            .arg(shown, shown == text ? portView.toString() : u"***"_s));
        url.port = port;
    }

    if (dbPart.contains(u'/'))
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                "\"%1\": a database name cannot contain \"/\" (write it as %2F).")
                        .arg(shown));
    const auto database = percentDecoded(dbPart);
    if (!database)
        return fail(
            QCoreApplication::translate("tw::storage::DatabaseUrl",
                                        "\"%1\": the database name has a \"%\" that is not followed by two hexadecimal "
                                        "digits.")
                .arg(shown));
    if (database->isEmpty())
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                                "\"%1\" names no database: add it after the slash, as in "
                                                "postgresql://anna@db.example:5432/tweetworthy.")
                        .arg(shown));
    url.database = *database;
    return url;
}

} // namespace

core::Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(
            QCoreApplication::translate("tw::storage::DatabaseUrl", "No database URL given. %1").arg(usageHint()));

    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    const QRegularExpressionMatch scheme = schemePattern.match(text);
    // "C:/x.db" has a one-letter "scheme": it is a Windows path, not a URL.
    if (!scheme.hasMatch() || scheme.capturedLength(1) == 1) {
        if (text.startsWith(u'/') || text.endsWith(u".db"_s, Qt::CaseInsensitive)
            || text.endsWith(u".sqlite"_s, Qt::CaseInsensitive)) {
            return fail(QCoreApplication::translate(
                            "tw::storage::DatabaseUrl",
                            "\"%1\" is a file path, not a database URL: write sqlite:%1 (or sqlite://%1 "
                            "for an absolute path).")
                            .arg(text));
        }
        return fail(QCoreApplication::translate("tw::storage::DatabaseUrl", "\"%1\" is not a database URL. %2")
                        .arg(masked(text), usageHint()));
    }

    const QString name = scheme.captured(1).toLower();
    const QStringView rest = QStringView(text).mid(scheme.capturedLength(0));
    if (name == u"sqlite"_s || name == u"sqlite3"_s)
        return parseSqlite(text, rest);
    if (name == u"postgresql"_s || name == u"postgres"_s)
        return parsePostgres(text, rest);
    return fail(QCoreApplication::translate("tw::storage::DatabaseUrl",
                                            "\"%1\": Tweetworthy does not know the database type \"%2\". %3")
                    .arg(masked(text), scheme.captured(1), usageHint()));
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path = QDir(folder).filePath(u"tweetworthy.db"_s);
    return url;
}

QString DatabaseUrl::toDisplayString() const
{
    if (engine == Engine::Sqlite) {
        if (isInMemory())
            return u"sqlite::memory:"_s;
        const QString encoded = percentEncoded(path, u"?#");
        return encoded.startsWith(u'/') ? u"sqlite://"_s + encoded : u"sqlite:///"_s + encoded;
    }
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += percentEncoded(user, u":@/?#[]") + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : percentEncoded(host, u":@/?#[]");
    text += u':' + QString::number(port) + u'/' + percentEncoded(database, u"/?#");
    return text;
}

} // namespace tw::storage
