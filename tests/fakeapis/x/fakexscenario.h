#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::fakeapis {

struct FakeXUser
{
    QString id;
    QString username;
    QString name;
};

// A post the fake server knows. It is found by recent search once published,
// and delivered on the stream when a step sends it.
struct FakeXPost
{
    QString id; // decimal digits; the order of ids is the order of posting, as on X
    QString text;
    QString longText;  // for a post over 280 characters: served as note_tweet.text
    QString createdAt; // ISO 8601 UTC, e.g. "2026-05-01T12:00:00.000Z"
    FakeXUser author;
    // Rule values the post matches; empty: every rule on the server.
    QStringList matches;
    bool published = false; // searchable from the start
};

struct FakeXRule
{
    QString id;
    QString value;
    QString tag;

    bool operator==(const FakeXRule &) const = default;
};

// A scripted answer: an HTTP status with X's error body for it (or the given
// body), and for 429 the x-rate-limit-reset header that many seconds ahead.
struct FakeXResponse
{
    int status = 200;
    int resetInSeconds = -1; // < 0: no reset header beyond the usual ones
    QJsonObject body;        // empty: X's documented body for the status
    QString method;          // rules faults: only for this method ("GET", "POST"); empty: any
};

// What one stream connection does: its answer, and for 200 the steps it plays
// (see README.md) before it idles with keep-alives.
struct FakeXConnection
{
    FakeXResponse response;
    QJsonArray steps;
};

// Everything the fake X server is told to do, read from the scenario JSON
// documented in README.md.
struct FakeXScenario
{
    QString token = QStringLiteral("test-bearer");
    int keepAliveMs = 1000; // an idle stream's keep-alive interval
    int stepDelayMs = 20;   // pause between stream steps
    int splitPauseMs = 50;  // pause inside a line split across packets
    QList<FakeXPost> posts;
    QList<FakeXRule> rules;               // on the server from the start (e.g. another tool's)
    QHash<QString, QString> invalidRules; // rule value -> X's details for refusing it
    QList<FakeXConnection> connections;   // one per stream connection, in order
    QList<FakeXResponse> searchFaults;    // answers to the next recent searches, in order
    QList<FakeXResponse> rulesFaults;     // answers to the next rules requests, in order

    // Reads a scenario; the error names what is wrong and where.
    static std::optional<FakeXScenario> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<FakeXScenario> fromFile(const QString &path, QString *error = nullptr);
    static std::optional<FakeXConnection> connectionFromJson(const QJsonObject &object, QString *error = nullptr);
    static FakeXResponse responseFromJson(const QJsonObject &object);
};

} // namespace tw::fakeapis
