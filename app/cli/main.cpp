#include "context.h"
#include "dispatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler s_previousHandler = nullptr;

// Qt warns on stderr when XDG_RUNTIME_DIR is unset, as it is for services and
// cron jobs, and then uses a private folder of its own, which is all a painting
// command needs. Scripts read stderr for our messages, so that one is dropped.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith("QStandardPaths: XDG_RUNTIME_DIR not set"_L1))
        return;
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
        return;
    }
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

// Cards and slips are painted, which needs a QGuiApplication (fonts, PDF
// output); every other command keeps to QCoreApplication so that it runs where
// no display or platform plugin is present. A server has no display, so the
// painting commands use the "offscreen" platform unless told otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], const tw::cli::Dispatcher &dispatcher)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!dispatcher.needsGui(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    s_previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(s_previousHandler);
    return app;
}

} // namespace

int main(int argc, char *argv[])
{
    tw::cli::Dispatcher dispatcher;
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, dispatcher);
    // The same name as the desktop app, so both find the same default database.
    QCoreApplication::setApplicationName(u"tweetworthy"_s);
    QCoreApplication::setApplicationVersion(tw::cli::Dispatcher::version());
    // stderr is for messages to the person or script running the command;
    // QT_LOGGING_RULES (applied after these) turns the chatter back on.
    QLoggingCategory::setFilterRules(u"tw.*.debug=false\ntw.*.info=false"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    tw::cli::Context context(out, err);
    context.setStderrIsTerminal(isatty(fileno(stderr)) != 0);

    const int code = dispatcher.run(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return code;
}
