#include "context.h"
#include "dispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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

    tw::cli::Dispatcher dispatcher;
    const int code = dispatcher.run(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return code;
}
