// fake-mastodon-server --scenario FILE.json [--port N]
//
// Serves the scenario on 127.0.0.1, prints "http://127.0.0.1:PORT" on one line
// and serves until SIGTERM or SIGINT, which end it with exit status 0.
#include "fakemastodonserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Nothing else is safe in a signal handler; the event loop does the rest.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

bool quitOnTermination(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[1], &byte, 1);
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
    QCoreApplication::setApplicationName(u"fake-mastodon-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Mastodon hashtag stream and timeline with scripted faults, for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(u"scenario"_s, u"The scenario to serve (JSON, see README.md)."_s,
                                            u"FILE"_s);
    const QCommandLineOption portOption(u"port"_s, u"The port to listen on (0 or absent: any free port)."_s, u"N"_s,
                                        u"0"_s);
    parser.addOption(scenarioOption);
    parser.addOption(portOption);
    parser.process(app);

    if (!parser.isSet(scenarioOption)) {
        std::fprintf(stderr, "fake-mastodon-server: --scenario FILE is required\n");
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "fake-mastodon-server: --port wants a number from 0 to 65535\n");
        return 2;
    }

    tw::fakeapis::FakeMastodonServer server;
    QString error;
    if (!server.loadScenarioFile(parser.value(scenarioOption), &error)) {
        std::fprintf(stderr, "fake-mastodon-server: %s\n", qPrintable(error));
        return 2;
    }
    if (!server.start(quint16(port))) {
        std::fprintf(stderr, "fake-mastodon-server: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    if (!quitOnTermination(app)) {
        std::fprintf(stderr, "fake-mastodon-server: cannot watch for SIGTERM and SIGINT\n");
        return 1;
    }

    std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
