// fake-x-server --scenario FILE.json [--port N]
//
// Serves the X API v2 imitation on 127.0.0.1, prints "http://127.0.0.1:PORT" on
// one line once it listens, and runs until SIGTERM or SIGINT (exit status 0).

#include "fakexserver.h"

#include <fakeserverprogram.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using tw::fakeapis::FakeServerProgram;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-x-server"_s);
    const auto arguments = FakeServerProgram::parse(
        app, u"A local imitation of the X API v2 filtered stream, its rules and recent search, for tests."_s);
    if (!arguments)
        return 2;

    QString error;
    std::optional<tw::fakeapis::FakeXScenario> scenario
        = tw::fakeapis::FakeXScenario::fromFile(arguments->scenarioFile, &error);
    if (!scenario)
        return FakeServerProgram::fail(error, 2);
    tw::fakeapis::FakeXServer server(std::move(*scenario));
    if (!server.start(arguments->port)) {
        return FakeServerProgram::fail(
            u"cannot listen on 127.0.0.1:%1: %2"_s.arg(QString::number(arguments->port), server.errorString()), 1);
    }
    return FakeServerProgram::serve(app, server.baseUrl());
}
