// fake-mastodon-server --scenario FILE.json [--port N]
//
// Serves the scenario on 127.0.0.1, prints "http://127.0.0.1:PORT" on one line
// and serves until SIGTERM or SIGINT, which end it with exit status 0.
#include "fakemastodonserver.h"

#include <fakeserverprogram.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using tw::fakeapis::FakeServerProgram;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-mastodon-server"_s);
    const auto arguments = FakeServerProgram::parse(
        app, u"A local Mastodon hashtag stream and timeline with scripted faults, for tests."_s);
    if (!arguments)
        return 2;

    tw::fakeapis::FakeMastodonServer server;
    QString error;
    if (!server.loadScenarioFile(arguments->scenarioFile, &error))
        return FakeServerProgram::fail(error, 2);
    if (!server.start(arguments->port))
        return FakeServerProgram::fail(u"cannot listen on 127.0.0.1:%1"_s.arg(QString::number(arguments->port)), 1);
    return FakeServerProgram::serve(app, server.baseUrl());
}
