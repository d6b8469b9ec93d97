// fake-x-server --scenario FILE.json [--port N]
//
// Serves the X API v2 imitation on 127.0.0.1, prints "http://127.0.0.1:PORT" on
// one line once it listens, and runs until SIGTERM or SIGINT (exit status 0).

#include "fakexserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// Signals end the event loop through a socket pair, the one thing a handler may
// safely do.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const ssize_t bytes = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-x-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local imitation of the X API v2 filtered stream, its rules and recent search, for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(u"scenario"_s, u"The scenario to play (JSON, see README.md)."_s, u"file"_s);
    const QCommandLineOption portOption(u"port"_s, u"The port on 127.0.0.1; 0 or absent: any free port."_s, u"port"_s,
                                        u"0"_s);
    parser.addOption(scenarioOption);
    parser.addOption(portOption);
    parser.process(app);

    if (!parser.isSet(scenarioOption)) {
        std::fprintf(stderr, "fake-x-server: --scenario FILE is required\n");
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "fake-x-server: --port takes a number from 0 to 65535\n");
        return 2;
    }
    QString error;
    std::optional<tw::fakeapis::FakeXScenario> scenario
        = tw::fakeapis::FakeXScenario::fromFile(parser.value(scenarioOption), &error);
    if (!scenario) {
        std::fprintf(stderr, "fake-x-server: %s\n", qUtf8Printable(error));
        return 2;
    }
    if (!quitOnSignals(app)) {
        std::fprintf(stderr, "fake-x-server: cannot watch for signals\n");
        return 1;
    }

    tw::fakeapis::FakeXServer server(std::move(*scenario));
    if (!server.start(quint16(port))) {
        std::fprintf(stderr, "fake-x-server: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qUtf8Printable(server.errorString()));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
