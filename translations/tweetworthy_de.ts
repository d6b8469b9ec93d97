<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Tweetworthy cannot start</source>
        <translation>Tweetworthy kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tw::cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::Command</name>
    <message>
        <source>Usage: tweetworthy-cli [--db URL] [--actor NAME] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing option --%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to use: sqlite:///path/file.db or postgresql://user@host:port/db. Default: $TWEETWORTHY_DB, else the desktop app&apos;s own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff name recorded in the audit log. Default: $TWEETWORTHY_ACTOR, else the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (UTF-8) for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::Context</name>
    <message>
        <source>cannot open the database %1: %2. Check that it exists and is reachable, or name another one with --db URL or $TWEETWORTHY_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bring the database %1 up to the current schema: %2. Check that the account may change the schema, then run tweetworthy-cli migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; see %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::DemoSeedCommand</name>
    <message>
        <source>Add a believable demo hotel: a property, a few hundred guests with stays around today, handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the demo hotel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed and day give the same hotel (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the stays are arranged around (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meant for trying the app on a database of its own, e.g. --db sqlite:///tmp/demo.db. Seeding again with the same seed and day changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the demo hotel %1 (%2) around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel %1 (%2) is up to date for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrivals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departures today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed, %2 suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: tweetworthy-cli inhouse --property %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::Dispatcher</name>
    <message>
        <source>option %1 needs a value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor needs a staff name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: there is no such command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tweetworthy-cli [--db URL] [--actor NAME] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy from scripts and services: properties, stay imports, guests, handles and who is in house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 import finished with rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tweetworthy-cli help COMMAND&quot; for a command&apos;s arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands starting with &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tweetworthy-cli help %1 SUBCOMMAND&quot; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TWEETWORTHY_DB does not name a database: %1 Fix or unset it, or pass --db URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no subcommand %2; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::GuestShowCommand</name>
    <message>
        <source>Show a guest&apos;s profile with their stays and social handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be a guest number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guest %1; find the number with tweetworthy-cli guests search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIRMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARRIVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; link one with tweetworthy-cli handles link %1 NETWORK HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINKED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINKED AT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::GuestsSearchCommand</name>
    <message>
        <source>Show at most N guests (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find guests by name, e-mail, phone, loyalty number, social handle or room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names match by prefix (&quot;ann smi&quot; finds Anna Smith); a room number finds its guests, newest stay first. Put &quot;--&quot; before TEXT when it starts with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOYALTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::HandlesCommand</name>
    <message>
        <source>Link a social handle to a guest (confirmed by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a social handle from a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORK is x, mastodon or bluesky. HANDLE may be typed as people write it: &quot;@Anna&quot; on X, &quot;@anna@example.social&quot; or a profile URL on Mastodon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUEST_ID must be a guest number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network &quot;%1&quot;; use x, mastodon or bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 handle: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guest %1; find the number with tweetworthy-cli guests search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link %1 to guest %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 (%2) to guest %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unlink %1 from guest %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 (%2) from guest %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::ImportStaysCommand</name>
    <message>
        <source>Property for rows that name none (or when the file has no property column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping: a built-in name (%1) or a JSON mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and count everything, then write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stays and guests from a PMS export (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row; the canonical columns are confirmation, property, first_name, last_name, email, phone, loyalty_number, vip, room, arrival, departure, status, x_handle, mastodon_handle and notes, in any order. Importing the same file again changes nothing. Rejected rows are listed on stderr as &quot;line N: reason&quot; and the exit code is then 3; the good rows are imported all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1; check that it is a file you may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1 interrupted; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records read; guests: %2 new, %3 updated; %4 handles linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::InHouseCommand</name>
    <message>
        <source>Only this property (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instant to ask about, e.g. 2026-03-02T08:00:00+01:00 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the guests in house now or at a given instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest is in house from the property&apos;s check-in time (or the actual check-in) on the arrival day until its check-out time (or the actual check-out) on the departure day, in the property&apos;s time zone; cancelled and no-show stays never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not an ISO 8601 date and time with an offset; write e.g. 2026-03-02T08:00:00+01:00 or 2026-03-02T07:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no property &quot;%1&quot;; see the codes with tweetworthy-cli property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in house at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARRIVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::MigrateCommand</name>
    <message>
        <source>Bring the database to the newest schema and report the version reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other command does this on its own first, so a new database file just works; run it explicitly after an upgrade or to create a PostgreSQL schema ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the database %1: %2. The schema is now at version %3; fix the cause and run migrate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (already up to date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (migrated from %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::PropertyAddCommand</name>
    <message>
        <source>The hotel&apos;s name as guests know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotel&apos;s IANA time zone, e.g. Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard check-in time (default 15:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard check-out time (default 11:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a property (hotel) with its time zone and check-in/check-out times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE is the short, unique name that imports and other commands use for the property (e.g. LIS). The check-in and check-out times decide who counts as in house on arrival and departure days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time; write it as HH:MM, e.g. 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add property %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added property %1 (%2), time zone %3, check-in %4, check-out %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::PropertyListCommand</name>
    <message>
        <source>List the properties with their codes, time zones and check-in/check-out times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties yet; add one with tweetworthy-cli property add CODE --name NAME --time-zone IANA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK-OUT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::core::HandleNormalizer</name>
    <message>
        <source>&quot;%1&quot; is not a link to an X profile. Paste the profile address (https://x.com/name) or type the handle (@name).</source>
        <translation>„%1“ ist kein Link zu einem X-Profil. Fügen Sie die Profiladresse (https://x.com/name) ein oder geben Sie den Benutzernamen (@name) ein.</translation>
    </message>
    <message>
        <source>The X handle is empty. Type it as @name.</source>
        <translation>Der X-Benutzername ist leer. Geben Sie ihn als @name ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an X handle: X handles have at most %2 characters.</source>
        <translation>„%1“ ist kein X-Benutzername: X-Benutzernamen haben höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an X handle: X handles have only letters, digits and underscores.</source>
        <translation>„%1“ ist kein X-Benutzername: X-Benutzernamen bestehen nur aus Buchstaben, Ziffern und Unterstrichen.</translation>
    </message>
    <message>
        <source>The Mastodon handle is empty. Type it as user@instance.</source>
        <translation>Der Mastodon-Benutzername ist leer. Geben Sie ihn als benutzer@instanz ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link to a Mastodon profile. Paste the profile address (https://instance/@user) or type user@instance.</source>
        <translation>„%1“ ist kein Link zu einem Mastodon-Profil. Fügen Sie die Profiladresse (https://instanz/@benutzer) ein oder geben Sie benutzer@instanz ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no server: Mastodon handles are written user@instance, e.g. anna@mastodon.social.</source>
        <translation>„%1“ nennt keinen Server: Mastodon-Benutzernamen schreibt man benutzer@instanz, z. B. anna@mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mastodon handle. Write it as user@instance, e.g. anna@mastodon.social.</source>
        <translation>„%1“ ist kein Mastodon-Benutzername. Schreiben Sie ihn als benutzer@instanz, z. B. anna@mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mastodon handle: the user name before the &quot;@&quot; must be letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;.</source>
        <translation>„%1“ ist kein Mastodon-Benutzername: Der Name vor dem „@“ darf nur aus Buchstaben, Ziffern, „_“, „.“ und „-“ bestehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mastodon handle: &quot;%2&quot; is not a server name. Write it as user@instance, e.g. anna@mastodon.social.</source>
        <translation>„%1“ ist kein Mastodon-Benutzername: „%2“ ist kein Servername. Schreiben Sie ihn als benutzer@instanz, z. B. anna@mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link to a Bluesky profile. Paste the profile address (https://bsky.app/profile/name.bsky.social) or type the handle.</source>
        <translation>„%1“ ist kein Link zu einem Bluesky-Profil. Fügen Sie die Profiladresse (https://bsky.app/profile/name.bsky.social) ein oder geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The Bluesky handle is empty. Type it as name.bsky.social.</source>
        <translation>Der Bluesky-Benutzername ist leer. Geben Sie ihn als name.bsky.social ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Bluesky account id, not a handle. Type the handle, e.g. name.bsky.social.</source>
        <translation>„%1“ ist eine Bluesky-Konto-ID, kein Benutzername. Geben Sie den Benutzernamen ein, z. B. name.bsky.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bluesky handle: handles look like a web address, e.g. name.bsky.social.</source>
        <translation>„%1“ ist kein Bluesky-Benutzername: Benutzernamen sehen wie eine Webadresse aus, z. B. name.bsky.social.</translation>
    </message>
    <message>
        <source>This social network is not supported.</source>
        <translation>Dieses soziale Netzwerk wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>tw::pms::ColumnMapping</name>
    <message>
        <source>The column mapping file %1 does not exist. Check the path, or use one of the built-in mappings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in column mapping called %1. Built-in mappings: %2; or give the path of a JSON mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the column mapping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 is not valid JSON (at character %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 has an unknown setting %2. Known settings: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, &quot;columns&quot; must be an object of header names and column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, the header %2 maps to %3, which is not a column. Columns: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, the date format %2 cannot be used. Write it with dd, MM and yyyy, e.g. &quot;dd.MM.yyyy&quot; or &quot;MM/dd/yyyy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, &quot;status_values&quot; must be an object of status words and statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, the status %2 maps to %3, which is not a status. Statuses: reserved, in_house, checked_out, cancelled, no_show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, the name format %2 is unknown. Use &quot;last_first&quot; for &quot;Smith, Anna&quot; or &quot;first_last&quot; for &quot;Anna Smith&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the column mapping %1, the delimiter must be a comma (,), a semicolon (;) or tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms::CsvReader</name>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot;) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed: the file ends inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stray quote in field %1: a field that contains quotes must be enclosed in quotes, with each quote inside it doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1: a field that contains quotes must be enclosed in quotes, with each quote inside it doubled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms::DemoHotel</name>
    <message>
        <source>The demo hotel needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo reservations could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo reservations were imported with %1 rejected rows, the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel&apos;s handles could not be saved: no transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel&apos;s handles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms::ImportRun</name>
    <message>
        <source>the %1 handle %2 already belongs to another guest (%3, id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused to start the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stay could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handle %1 could not be linked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms::StayImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. A stay export starts with a header line that names its columns (confirmation, arrival, departure, first_name, last_name, email, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line (line %1) cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for %1. Its header line has %2. Rename those columns in the file, or import it with a column mapping that names them (built in: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no property with the code %1. Add the property first, or check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no property column, so the property the stays belong to must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped at line %1 and saved nothing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the whole file (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not save the import: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms::StayRowParser</name>
    <message>
        <source>confirmation (the confirmation number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival (the arrival date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure (the departure date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest&apos;s name or e-mail address (first_name, last_name or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing confirmation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad e-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest name and no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad arrival date %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad departure date %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure %1 is before arrival %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure %1 is the day of arrival; a stay needs at least one night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (expected reserved, in_house, checked_out, cancelled or no_show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad X handle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad Mastodon handle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown social consent %1 (expected yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has %1 fields but the header has %2; a field that contains the delimiter must be enclosed in quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::AuditLog</name>
    <message>
        <source>An audit entry needs an action and the type of what it is about.</source>
        <translation>Ein Eintrag im Änderungsprotokoll braucht eine Aktion und die Art des Objekts, das er betrifft.</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1.</source>
        <translation>Das Änderungsprotokoll kann nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>tw::storage::Database</name>
    <message>
        <source>The migration %1 built into this program cannot be read: %2.</source>
        <translation>Die in dieses Programm eingebaute Migration %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>this database was written by a newer Tweetworthy (schema %1); update the app. This version knows schema %2 at most.</source>
        <translation>diese Datenbank wurde von einer neueren Tweetworthy-Version geschrieben (Schema %1); aktualisieren Sie die App. Diese Version kennt höchstens Schema %2.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed. Install the package libqt6sql6-sqlite and start Tweetworthy again.</source>
        <translation>Der SQLite-Treiber für Qt (QSQLITE) ist nicht installiert. Installieren Sie das Paket libqt6sql6-sqlite und starten Sie Tweetworthy erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed. Install the package libqt6sql6-psql and start Tweetworthy again.</source>
        <translation>Der PostgreSQL-Treiber für Qt (QPSQL) ist nicht installiert. Installieren Sie das Paket libqt6sql6-psql und starten Sie Tweetworthy erneut.</translation>
    </message>
    <message>
        <source>No SQLite database file was given.</source>
        <translation>Es wurde keine SQLite-Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: the folder %2 does not exist. Create it or choose another location.</source>
        <translation>die SQLite-Datenbank %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: it is a folder, not a file.</source>
        <translation>die SQLite-Datenbank %1 kann nicht geöffnet werden: Sie ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: %2. Check that the file is a Tweetworthy database and that you may write to it and its folder.</source>
        <translation>die SQLite-Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei eine Tweetworthy-Datenbank ist und ob Sie in die Datei und ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2 as %3: %4. Check that the server is running and accepts connections from this computer, and that the user name, password and database name are right.</source>
        <translation>keine Verbindung zu PostgreSQL auf %1:%2 als %3: %4. Prüfen Sie, ob der Server läuft und Verbindungen von diesem Computer annimmt und ob Benutzername, Passwort und Datenbankname stimmen.</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>The database cannot be updated inside another transaction.</source>
        <translation>Die Datenbank kann nicht innerhalb einer anderen Transaktion aktualisiert werden.</translation>
    </message>
    <message>
        <source>No database migrations are built into this program; it was built incorrectly.</source>
        <translation>In dieses Programm sind keine Datenbankmigrationen eingebaut; es wurde fehlerhaft gebaut.</translation>
    </message>
    <message>
        <source>The database migrations built into this program are not numbered 1, 2, 3...; it was built incorrectly (found %1).</source>
        <translation>Die in dieses Programm eingebauten Datenbankmigrationen sind nicht 1, 2, 3 … nummeriert; es wurde fehlerhaft gebaut (gefunden: %1).</translation>
    </message>
    <message>
        <source>The database cannot be prepared for updates: %1.</source>
        <translation>Die Datenbank kann nicht für Aktualisierungen vorbereitet werden: %1.</translation>
    </message>
    <message>
        <source>The database cannot be updated: %1.</source>
        <translation>Die Datenbank kann nicht aktualisiert werden: %1.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed at statement %3: %4. The database is unchanged and still at schema %5.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 (%2) ist bei Anweisung %3 gescheitert: %4. Die Datenbank ist unverändert und weiterhin auf Schema %5.</translation>
    </message>
    <message>
        <source>The database cannot start a transaction: %1.</source>
        <translation>Die Datenbank kann keine Transaktion beginnen: %1.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
    <message>
        <source>The database did not save the change: %1.</source>
        <translation>Die Datenbank hat die Änderung nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>tw::storage::DatabaseUrl</name>
    <message>
        <source>Use sqlite:///path/to/file.db, sqlite::memory: or postgresql://user@host:port/database.</source>
        <translation>Verwenden Sie sqlite:///pfad/zur/datei.db, sqlite::memory: oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: SQLite URLs take no options after &quot;?&quot; or &quot;#&quot;. Write the file path only (a &quot;?&quot; or &quot;#&quot; in a file name is written %3F or %23).</source>
        <translation>„%1“: SQLite-URLs haben keine Optionen nach „?“ oder „#“. Schreiben Sie nur den Dateipfad (ein „?“ oder „#“ im Dateinamen wird %3F bzw. %23 geschrieben).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: after sqlite:// comes an absolute path, so the URL has three slashes (sqlite:///home/anna/tweetworthy.db). For a path relative to the current folder write sqlite:folder/file.db.</source>
        <translation>„%1“: Nach sqlite:// folgt ein absoluter Pfad, die URL hat also drei Schrägstriche (sqlite:///home/anna/tweetworthy.db). Für einen Pfad relativ zum aktuellen Ordner schreiben Sie sqlite:ordner/datei.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;%&quot; that is not followed by two hexadecimal digits.</source>
        <translation>„%1“ enthält ein „%“, auf das keine zwei Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no file. %2</source>
        <translation>„%1“ nennt keine Datei. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL. %2</source>
        <translation>„%1“ ist keine PostgreSQL-URL. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: options after &quot;?&quot; are not supported in database URLs; configure them in the PostgreSQL client environment (PGSSLMODE and friends).</source>
        <translation>„%1“: Optionen nach „?“ werden in Datenbank-URLs nicht unterstützt; stellen Sie sie in der Umgebung des PostgreSQL-Clients ein (PGSSLMODE und verwandte Variablen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database: add it after a slash, as in postgresql://anna@db.example:5432/tweetworthy.</source>
        <translation>„%1“ nennt keine Datenbank: Fügen Sie sie nach einem Schrägstrich an, wie in postgresql://anna@db.example:5432/tweetworthy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user name or password has a &quot;%&quot; that is not followed by two hexadecimal digits (write a literal &quot;%&quot; as %25).</source>
        <translation>„%1“: Benutzername oder Passwort enthalten ein „%“, auf das keine zwei Hexadezimalziffern folgen (ein „%“ selbst wird %25 geschrieben).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a password but no user name.</source>
        <translation>„%1“ enthält ein Passwort, aber keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address has no closing &quot;]&quot;.</source>
        <translation>„%1“: Der IPv6-Adresse fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected text after the IPv6 address.</source>
        <translation>„%1“: unerwarteter Text nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port after &quot;:&quot; is missing.</source>
        <translation>„%1“: Der Port nach „:“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no server: write its host name, as in postgresql://anna@localhost/tweetworthy.</source>
        <translation>„%1“ nennt keinen Server: Schreiben Sie seinen Hostnamen, wie in postgresql://anna@localhost/tweetworthy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port number (1 to 65535).</source>
        <translation>„%1“: „%2“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a database name cannot contain &quot;/&quot; (write it as %2F).</source>
        <translation>„%1“: Ein Datenbankname darf kein „/“ enthalten (schreiben Sie es als %2F).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the database name has a &quot;%&quot; that is not followed by two hexadecimal digits.</source>
        <translation>„%1“: Der Datenbankname enthält ein „%“, auf das keine zwei Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database: add it after the slash, as in postgresql://anna@db.example:5432/tweetworthy.</source>
        <translation>„%1“ nennt keine Datenbank: Fügen Sie sie nach dem Schrägstrich an, wie in postgresql://anna@db.example:5432/tweetworthy.</translation>
    </message>
    <message>
        <source>No database URL given. %1</source>
        <translation>Keine Datenbank-URL angegeben. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file path, not a database URL: write sqlite:%1 (or sqlite://%1 for an absolute path).</source>
        <translation>„%1“ ist ein Dateipfad, keine Datenbank-URL: Schreiben Sie sqlite:%1 (oder sqlite://%1 für einen absoluten Pfad).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL. %2</source>
        <translation>„%1“ ist keine Datenbank-URL. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Tweetworthy does not know the database type &quot;%2&quot;. %3</source>
        <translation>„%1“: Tweetworthy kennt den Datenbanktyp „%2“ nicht. %3</translation>
    </message>
</context>
<context>
    <name>tw::storage::GuestRepository</name>
    <message>
        <source>A guest needs at least a first name, a last name or an e-mail address.</source>
        <translation>Ein Gast braucht mindestens einen Vornamen, einen Nachnamen oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The guest %1 was not saved: %2.</source>
        <translation>Der Gast %1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <source>This guest has not been saved yet, so it cannot be updated.</source>
        <translation>Dieser Gast ist noch nicht gespeichert und kann daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>someone else changed this guest since you opened it; reload and apply your change again</source>
        <translation>jemand anderes hat diesen Gast geändert, seit Sie ihn geöffnet haben; laden Sie ihn neu und wiederholen Sie Ihre Änderung</translation>
    </message>
    <message>
        <source>This guest no longer exists; someone may have removed it. Reload the list.</source>
        <translation>Diesen Gast gibt es nicht mehr; vielleicht hat ihn jemand entfernt. Laden Sie die Liste neu.</translation>
    </message>
</context>
<context>
    <name>tw::storage::PropertyRepository</name>
    <message>
        <source>A property needs a code, a short name such as PAL used by imports.</source>
        <translation>Ein Hotel braucht ein Kürzel, einen kurzen Namen wie PAL, den Importe verwenden.</translation>
    </message>
    <message>
        <source>The property code &quot;%1&quot; contains spaces; use letters, digits and - or _.</source>
        <translation>Das Hotelkürzel „%1“ enthält Leerzeichen; verwenden Sie Buchstaben, Ziffern und - oder _.</translation>
    </message>
    <message>
        <source>The property %1 needs a name.</source>
        <translation>Das Hotel %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use an IANA name such as Europe/Paris or America/New_York.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Verwenden Sie einen IANA-Namen wie Europe/Paris oder America/New_York.</translation>
    </message>
    <message>
        <source>The property %1 needs check-in and check-out times.</source>
        <translation>Das Hotel %1 braucht Check-in- und Check-out-Zeiten.</translation>
    </message>
    <message>
        <source>A property with the code %1 already exists; choose another code.</source>
        <translation>Ein Hotel mit dem Kürzel %1 gibt es bereits; wählen Sie ein anderes Kürzel.</translation>
    </message>
    <message>
        <source>The property %1 was not saved: %2.</source>
        <translation>Das Hotel %1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <source>Another property already has the code %1; choose another code.</source>
        <translation>Ein anderes Hotel hat bereits das Kürzel %1; wählen Sie ein anderes Kürzel.</translation>
    </message>
    <message>
        <source>The property %1 no longer exists.</source>
        <translation>Das Hotel %1 gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tw::storage::SocialAccountRepository</name>
    <message>
        <source>There is no guest #%1 to link %2 to.</source>
        <translation>Es gibt keinen Gast Nr. %1, mit dem %2 verknüpft werden könnte.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2. Unlink it there first if it belongs to %3.</source>
        <translation>%1 ist bereits mit %2 verknüpft. Lösen Sie die Verknüpfung dort zuerst, wenn das Konto zu %3 gehört.</translation>
    </message>
    <message>
        <source>This %1 account (now %2) is already linked to %3 as %4. Unlink it there first if it belongs to %5.</source>
        <translation>Dieses %1-Konto (jetzt %2) ist bereits als %4 mit %3 verknüpft. Lösen Sie die Verknüpfung dort zuerst, wenn das Konto zu %5 gehört.</translation>
    </message>
    <message>
        <source>%1 was not linked: %2.</source>
        <translation>%1 wurde nicht verknüpft: %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to this guest; nothing was changed.</source>
        <translation>%1 ist nicht mit diesem Gast verknüpft; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was not unlinked: %2.</source>
        <translation>Die Verknüpfung von %1 wurde nicht gelöst: %2.</translation>
    </message>
    <message>
        <source>This social account link no longer exists; reload the guest.</source>
        <translation>Diese Verknüpfung mit einem Social-Media-Konto gibt es nicht mehr; laden Sie den Gast neu.</translation>
    </message>
    <message>
        <source>%1 was not confirmed: %2.</source>
        <translation>%1 wurde nicht bestätigt: %2.</translation>
    </message>
    <message>
        <source>The %1 account id %2 already belongs to %3.</source>
        <translation>Die %1-Konto-ID %2 gehört bereits zu %3.</translation>
    </message>
    <message>
        <source>The account id was not saved: %1.</source>
        <translation>Die Konto-ID wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>tw::storage::StaffRepository</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <source>The staff member %1 was not saved: %2.</source>
        <translation>Der Mitarbeiter %1 wurde nicht gespeichert: %2.</translation>
    </message>
</context>
<context>
    <name>tw::storage::StayRepository</name>
    <message>
        <source>The stay has no confirmation number.</source>
        <translation>Der Aufenthalt hat keine Bestätigungsnummer.</translation>
    </message>
    <message>
        <source>The stay %1 names no property.</source>
        <translation>Der Aufenthalt %1 nennt kein Hotel.</translation>
    </message>
    <message>
        <source>The stay %1 names no guest.</source>
        <translation>Der Aufenthalt %1 nennt keinen Gast.</translation>
    </message>
    <message>
        <source>The stay %1 needs valid arrival and departure dates.</source>
        <translation>Der Aufenthalt %1 braucht gültige An- und Abreisedaten.</translation>
    </message>
    <message>
        <source>The stay %1 departs (%2) before it arrives (%3).</source>
        <translation>Beim Aufenthalt %1 liegt die Abreise (%2) vor der Anreise (%3).</translation>
    </message>
    <message>
        <source>The stay %1 was not saved: %2.</source>
        <translation>Der Aufenthalt %1 wurde nicht gespeichert: %2.</translation>
    </message>
</context>
<context>
    <name>tw::ui::CommandLine</name>
    <message>
        <source>Tweetworthy: the guest relations desk for hotels.</source>
        <translation>Tweetworthy: die Gästebetreuung für Hotels.</translation>
    </message>
    <message>
        <source>Open the database at &lt;url&gt; instead of the configured one, e.g. sqlite:///path/to/file.db or postgresql://user@host:5432/name.</source>
        <translation>Öffnet die Datenbank unter &lt;url&gt; statt der eingestellten, z. B. sqlite:///pfad/zur/datei.db oder postgresql://benutzer@host:5432/name.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the options.</source>
        <translation>„%1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: Tweetworthy takes only options.</source>
        <translation>Unerwartetes Argument „%1“: Tweetworthy nimmt nur Optionen an.</translation>
    </message>
    <message>
        <source>The database URL given with --db is not valid: %1</source>
        <translation>Die mit --db angegebene Datenbank-URL ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::DatabaseSummary</name>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Tweetworthy</source>
        <translation>Tweetworthy schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload what the current page shows</source>
        <translation>Lädt neu, was die aktuelle Seite zeigt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tweetworthy</source>
        <translation>Ü&amp;ber Tweetworthy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The database this window works on. Start Tweetworthy with --db URL to open another one.</source>
        <translation>Die Datenbank, mit der dieses Fenster arbeitet. Starten Sie Tweetworthy mit --db URL, um eine andere zu öffnen.</translation>
    </message>
    <message>
        <source>Current property</source>
        <translation>Aktuelles Hotel</translation>
    </message>
    <message>
        <source>Staff at the desk</source>
        <translation>Person am Empfang</translation>
    </message>
    <message>
        <source>No property chosen</source>
        <translation>Kein Hotel gewählt</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Hotel: %1</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>Am Empfang: %1</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Zeigt die Seite „%1“</translation>
    </message>
    <message>
        <source>About Tweetworthy</source>
        <translation>Über Tweetworthy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tweetworthy %1&lt;/h3&gt;&lt;p&gt;The guest relations desk for hotels: know who is in house when they post about you, answer like a person, and follow up with a handwritten card or a treat sent to the room.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tweetworthy %1&lt;/h3&gt;&lt;p&gt;Die Gästebetreuung für Hotels: Sehen Sie, wer im Haus ist, wenn über Sie geschrieben wird, antworten Sie wie ein Mensch, und fassen Sie mit einer handgeschriebenen Karte oder einer Aufmerksamkeit auf dem Zimmer nach.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tw::ui::Startup</name>
    <message>
        <source>The database configured in %1 is not a valid database URL: %2

Correct or remove the &quot;%3&quot; entry there, or start Tweetworthy with --db URL.</source>
        <translation>Die in %1 eingestellte Datenbank ist keine gültige Datenbank-URL: %2

Korrigieren oder entfernen Sie dort den Eintrag „%3“, oder starten Sie Tweetworthy mit --db URL.</translation>
    </message>
    <message>
        <source>Check that the database is reachable and that you may write to it, or start Tweetworthy with --db URL to open another one.</source>
        <translation>Prüfen Sie, ob die Datenbank erreichbar ist und Sie darin schreiben dürfen, oder starten Sie Tweetworthy mit --db URL, um eine andere zu öffnen.</translation>
    </message>
    <message>
        <source>Tweetworthy could not create the folder %1 for the database %2.

%3</source>
        <translation>Tweetworthy konnte den Ordner %1 für die Datenbank %2 nicht anlegen.

%3</translation>
    </message>
    <message>
        <source>Tweetworthy could not open the database %1:
%2

%3</source>
        <translation>Tweetworthy konnte die Datenbank %1 nicht öffnen:
%2

%3</translation>
    </message>
    <message>
        <source>Tweetworthy opened the database %1 but could not bring it up to date:
%2

If a newer version of Tweetworthy made this database, open it with that version; otherwise restore the database from a backup.</source>
        <translation>Tweetworthy hat die Datenbank %1 geöffnet, konnte sie aber nicht auf den neuesten Stand bringen:
%2

Wenn eine neuere Version von Tweetworthy diese Datenbank angelegt hat, öffnen Sie sie mit dieser Version; andernfalls stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>tw::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Guests and stays</source>
        <translation>Gäste und Aufenthalte</translation>
    </message>
    <message>
        <source>Counting guests and stays…</source>
        <translation>Gäste und Aufenthalte werden gezählt …</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again once the database can be reached.</source>
        <translation>%1
Drücken Sie F5, um es erneut zu versuchen, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stay(s)</source>
        <translation>
            <numerusform>%Ln Aufenthalt</numerusform>
            <numerusform>%Ln Aufenthalte</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds %1 and %2.</source>
        <translation>Diese Datenbank enthält %1 und %2.</translation>
    </message>
</context>
</TS>
