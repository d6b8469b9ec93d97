#include "fakeserverprogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onSignal(int)
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

std::optional<FakeServerProgram::Arguments> FakeServerProgram::parse(QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(u"scenario"_s, u"The scenario to serve (JSON, see README.md)."_s,
                                            u"FILE"_s);
    const QCommandLineOption portOption(u"port"_s, u"The port on 127.0.0.1; 0 or absent: any free port."_s, u"N"_s,
                                        u"0"_s);
    parser.addOption(scenarioOption);
    parser.addOption(portOption);
    parser.process(app);

    if (!parser.isSet(scenarioOption)) {
        fail(u"--scenario FILE is required"_s, 2);
        return std::nullopt;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        fail(u"--port takes a number from 0 to 65535"_s, 2);
        return std::nullopt;
    }
    return Arguments{parser.value(scenarioOption), quint16(port)};
}

int FakeServerProgram::fail(const QString &message, int status)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()), qUtf8Printable(message));
    return status;
}

int FakeServerProgram::serve(QCoreApplication &app, const QUrl &baseUrl)
{
    if (!quitOnSignals(app))
        return fail(u"cannot watch for SIGTERM and SIGINT"_s, 1);
    std::printf("%s\n", qUtf8Printable(baseUrl.toString()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace tw::fakeapis
