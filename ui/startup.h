#pragma once

#include <core/result.h>
#include <storage/database.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

namespace tw::ui {

class CommandLine;
class Settings;

// The steps between parsing the command line and showing the main window:
// the application's identity, which database to open, opening and migrating it.
// Failures come back as messages for the caller to show.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::Startup)

public:
    // Organisation, name, version and desktop file id: they decide where
    // settings and the default database live, so set them before anything else.
    static void applyIdentity();

    // Where the database to open was named, in the order that decides: --db,
    // then $TWEETWORTHY_DB (as for tweetworthy-cli), then the settings, then the
    // default file in the user's data folder.
    enum class Source { CommandLine, Environment, Settings, Default };

    struct DatabaseChoice
    {
        storage::DatabaseUrl url;
        Source source = Source::Default;
        // Nobody named a database and the default file does not exist yet: the
        // app creates it and offers the demo hotel.
        bool firstStart = false;
    };

    static core::Result<DatabaseChoice> chooseDatabase(const CommandLine &commandLine, const Settings &settings,
                                                       const QProcessEnvironment &environment
                                                       = QProcessEnvironment::systemEnvironment());
    // chooseDatabase()'s URL alone.
    static core::Result<storage::DatabaseUrl>
    chooseDatabaseUrl(const CommandLine &commandLine, const Settings &settings,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Opens the database and brings its schema up to date. The message on
    // failure says what happened and what to do.
    static core::Result<std::unique_ptr<storage::Database>> openDatabase(const storage::DatabaseUrl &url);
};

} // namespace tw::ui
