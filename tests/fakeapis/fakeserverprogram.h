#pragma once

#include <QString>
#include <QUrl>

#include <optional>

class QCoreApplication;

namespace tw::fakeapis {

// What the fake servers share as programs (fake-x-server, fake-mastodon-server):
// the command line "--scenario FILE [--port N]", the one line with the base
// URL on stdout once listening, and a clean exit (status 0) on SIGTERM or SIGINT.
class FakeServerProgram
{
public:
    struct Arguments
    {
        QString scenarioFile;
        quint16 port = 0; // 0: any free port
    };

    // Reads the command line; on a mistake prints "<application name>: why" on
    // stderr and returns nothing (the program exits with status 2).
    static std::optional<Arguments> parse(QCoreApplication &app, const QString &description);
    // Prints "<application name>: message" on stderr and returns status.
    static int fail(const QString &message, int status);
    // Quits the event loop on SIGTERM or SIGINT, prints the base URL, runs the
    // event loop and returns its status.
    static int serve(QCoreApplication &app, const QUrl &baseUrl);
};

} // namespace tw::fakeapis
