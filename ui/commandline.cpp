#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tw::ui {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tweetworthy: the guest relations desk for hotels."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        tr("Open the database at <url>, e.g. sqlite:///path/to/file.db or postgresql://user@host:5432/name. "
           "Without it: $TWEETWORTHY_DB, else the database chosen in Settings, else tweetworthy.db in your data "
           "folder."),
        tr("url"));
    parser.addOption(dbOption);
    QCommandLineOption screenshotOption(u"screenshot-dir"_s, tr("Save a picture of each page into <folder> and quit."),
                                        tr("folder"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);

    CommandLine result;
    const QString program
        = arguments.isEmpty() ? QCoreApplication::applicationName() : QFileInfo(arguments.constFirst()).fileName();
    const auto fail = [&](const QString &message) {
        result.m_action = Action::Fail;
        result.m_output = message + u'\n' + tr("Run \"%1 --help\" to see the options.").arg(program) + u'\n';
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.m_action = Action::ShowHelp;
        result.m_output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.m_action = Action::ShowVersion;
        result.m_output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return fail(tr("Unexpected argument \"%1\": Tweetworthy takes only options.").arg(extra.constFirst()));
    if (parser.isSet(dbOption)) {
        auto url = storage::DatabaseUrl::parse(parser.value(dbOption));
        if (!url)
            return fail(tr("The database URL given with --db is not valid: %1").arg(url.error()));
        result.m_databaseUrl = std::move(url).value();
    }
    if (parser.isSet(screenshotOption)) {
        result.m_screenshotDirectory = parser.value(screenshotOption).trimmed();
        if (result.m_screenshotDirectory.isEmpty())
            return fail(tr("--screenshot-dir needs a folder."));
    }
    return result;
}

bool CommandLine::needsWindow(const QStringList &arguments)
{
    static const QStringList terminalOnly{u"-h"_s, u"--help"_s, u"-?"_s, u"--help-all"_s, u"-v"_s, u"--version"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (terminalOnly.contains(arguments.at(i)))
            return false;
    }
    return true;
}

} // namespace tw::ui
