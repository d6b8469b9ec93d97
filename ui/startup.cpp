#include "startup.h"

#include "commandline.h"
#include "logging.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace tw::ui {

void Startup::applyIdentity()
{
    // The same application name and (no) organisation as tweetworthy-cli, so
    // both find the same default database in ~/.local/share/tweetworthy.
    QCoreApplication::setApplicationName(u"tweetworthy"_s);
    QCoreApplication::setOrganizationDomain(u"tweetworthy.example"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Tweetworthy"_s);
    QGuiApplication::setDesktopFileName(u"io.tweetworthy.Tweetworthy"_s);
}

core::Result<Startup::DatabaseChoice> Startup::chooseDatabase(const CommandLine &commandLine, const Settings &settings,
                                                              const QProcessEnvironment &environment)
{
    using Failure = core::Result<DatabaseChoice>;
    if (commandLine.databaseUrl())
        return DatabaseChoice{*commandLine.databaseUrl(), Source::CommandLine, false};

    if (const QString fromEnvironment = environment.value(u"TWEETWORTHY_DB"_s).trimmed(); !fromEnvironment.isEmpty()) {
        auto url = storage::DatabaseUrl::parse(fromEnvironment);
        if (!url) {
            return Failure::failure(tr("The environment variable TWEETWORTHY_DB does not name a database: %1\n\n"
                                       "Correct or unset it, or start Tweetworthy with --db URL.")
                                        .arg(url.error()));
        }
        return DatabaseChoice{std::move(url).value(), Source::Environment, false};
    }

    const QString configured = settings.databaseUrl().trimmed();
    if (configured.isEmpty()) {
        DatabaseChoice choice{storage::DatabaseUrl::defaultUrl(), Source::Default, false};
        choice.firstStart = !QFileInfo::exists(choice.url.path);
        return choice;
    }

    auto url = storage::DatabaseUrl::parse(configured);
    if (!url) {
        return Failure::failure(tr("The database configured in %1 is not a valid database URL: %2\n\n"
                                   "Correct or remove the \"%3\" entry there, or start Tweetworthy with --db URL.")
                                    .arg(QDir::toNativeSeparators(settings.fileName()), url.error(),
                                         Settings::name(Settings::Key::DatabaseUrl)));
    }
    return DatabaseChoice{std::move(url).value(), Source::Settings, false};
}

core::Result<storage::DatabaseUrl> Startup::chooseDatabaseUrl(const CommandLine &commandLine, const Settings &settings,
                                                              const QProcessEnvironment &environment)
{
    auto choice = chooseDatabase(commandLine, settings, environment);
    if (!choice)
        return core::Result<storage::DatabaseUrl>::failure(choice.error());
    return std::move(choice).value().url;
}

core::Result<std::unique_ptr<storage::Database>> Startup::openDatabase(const storage::DatabaseUrl &url)
{
    using Failure = core::Result<std::unique_ptr<storage::Database>>;
    const QString shown = url.toDisplayString();
    const QString advice = tr("Check that the database is reachable and that you may write to it, or start "
                              "Tweetworthy with --db URL to open another one.");

    // A first start has no data folder yet; SQLite creates the file but not
    // the folders above it.
    if (url.engine == storage::Engine::Sqlite && !url.isInMemory()) {
        const QString folder = QFileInfo(url.path).absolutePath();
        if (!QDir().mkpath(folder)) {
            return Failure::failure(tr("Tweetworthy could not create the folder %1 for the database %2.\n\n%3")
                                        .arg(QDir::toNativeSeparators(folder), shown, advice));
        }
    }

    auto database = storage::Database::open(url);
    if (!database) {
        qCWarning(lcUi) << "cannot open" << shown << database.error();
        return Failure::failure(
            tr("Tweetworthy could not open the database %1:\n%2\n\n%3").arg(shown, database.error(), advice));
    }
    if (auto migrated = database.value()->migrate(); !migrated) {
        qCWarning(lcUi) << "cannot migrate" << shown << migrated.error();
        return Failure::failure(tr("Tweetworthy opened the database %1 but could not bring it up to date:\n%2\n\n"
                                   "If a newer version of Tweetworthy made this database, open it with that "
                                   "version; otherwise restore the database from a backup.")
                                    .arg(shown, migrated.error()));
    }
    qCInfo(lcUi) << "opened" << shown << "at schema version" << database.value()->schemaVersion();
    return std::move(database).value();
}

} // namespace tw::ui
