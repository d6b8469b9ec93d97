<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>There are no cards to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept another page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>tw::cli::CardCommand</name>
    <message>
        <source>The card stock: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card template, e.g. welcome, thank_you, apology, birthday, anniversary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name written under the text (default: the --actor name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handwriting font: a bundled one or any installed font (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest the card is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording to write instead of the template&apos;s; merge fields work the same and &quot;\n&quot; starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date, in the property&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests with this VIP code (&quot;*&quot;: any VIP code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests on their first stay (no earlier stay at any property).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests whose preferences or notes mention an anniversary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only arrivals at this property (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest whose cards to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a guest&apos;s note card to a PDF and print its card id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a card for each of a day&apos;s arrivals into one PDF and print how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an earlier card to a PDF again, exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cards a guest has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is merged with the guest&apos;s stay in house now, else the next arrival, else the last stay. A merge field that is unknown or has no value, or text that does not fit on the card, stops the command before anything is written or recorded. The card is recorded on the guest&apos;s timeline once the PDF is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals are stays arriving on the date that are not cancelled, ordered by room. If any card cannot be written, no PDF is written and nothing is recorded. With no matching arrival, prints 0 and writes no PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handwriting of a card follows from its id, so a reprint matches the first print exactly: same text, format, font and signature. Find card ids with tweetworthy-cli card list --guest ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guest needs a guest number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card format &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card for guest %1 was not written: %2 Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draft the card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vip needs a VIP code, or &quot;*&quot; for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no property &quot;%1&quot;; see the codes with tweetworthy-cli property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no card template &quot;%1&quot;; the templates are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrivals on %1 match; no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1 (%2, room %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no card was written, because %n card(s) cannot be merged:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draft the card for guest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARD_ID must be a card number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no card %1; find a guest&apos;s cards with tweetworthy-cli card list --guest ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 is in the format &quot;%2&quot;, which this version cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 was written in the font &quot;%2&quot;, which is not installed here; install it to reprint the card as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; is not installed or cannot write Latin text; use one of %2 or another installed font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not fit, so nothing was written or recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the cards: %1 The PDF was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record card %1: %2 The PDF was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1 has no printed or exported cards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST OUTPUT (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::CatalogCommand</name>
    <message>
        <source>Include retired items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivers it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost, e.g. 12.50 (or 12,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note that goes with it by default; may hold card merge fields such as {first_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the amenity catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the amenity catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire an item: earlier orders keep it, new orders cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME may be several words (&quot;catalog add Bath salts ...&quot;); names are unique whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are shown in your locale; --json gives them as &quot;12.50&quot; and in cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty; add items with tweetworthy-cli catalog add NAME --department D --cost AMOUNT.</source>
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
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add &quot;%1&quot; to the catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added item %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; in the catalog; see tweetworthy-cli catalog list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot retire &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired %1; earlier orders keep it.</source>
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
    <message>
        <source>there is no guest %1; find the number with tweetworthy-cli guests search TEXT</source>
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
    <message>
        <source>Tweetworthy from scripts and services: properties, stay imports, guests, handles, who is in house, note cards and amenity orders.</source>
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
    <name>tw::cli::ListenCommand</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, fetching posts missed while away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach the network&apos;s API at URL instead (a proxy or a test server); default https://api.x.com for X, each rule&apos;s instance for Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop once N new posts are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after S seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnect when nothing at all arrives for S seconds (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiply the reconnection delays by FACTOR (e.g. 0.01 against a local test server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to X or Mastodon and store matching posts (runs until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORK is x or mastodon. The token comes from TWEETWORTHY_X_BEARER_TOKEN (X, an app-only Bearer token) or TWEETWORTHY_MASTODON_TOKEN (Mastodon, a user access token) when set, else from the system keychain where the desktop app&apos;s Settings keep it. Prints one line per new post on stdout and the connection&apos;s state on stderr; SIGINT or SIGTERM stop it cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network &quot;%1&quot;; use x or mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base needs an http or https URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stop-after-posts needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stop-after-seconds needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-scale needs a factor between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no listening rules for %1; add one with tweetworthy-cli rules add %1 VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 token from the keychain: %2 Or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 token: set %2, or save the token in the desktop app&apos;s Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in house, room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 refused by the server: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tweetworthy-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new posts stored: %2, already stored: %3, unreadable payloads skipped: %4.</source>
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
    <name>tw::cli::OrderCommand</name>
    <message>
        <source>The guest the order is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog item and how many (default 1), e.g. &quot;Bath salts&quot; or &quot;Fruit plate:2&quot;; repeat for more items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivers it: %1 (default: the first item&apos;s department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is due, with an offset, e.g. 2026-03-02T18:30:00+01:00 (default: %1 minutes from now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to include; fields such as {first_name} are filled in as on a card (default: the first item&apos;s note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note card that goes with the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open orders (requested, accepted or in progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this guest&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this property (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper: a6, or receipt-80mm for a receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amenities for a guest&apos;s room and print the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an order on: accepted, in_progress, delivered or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List amenity orders by due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an order&apos;s slip for the department to a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order goes to the guest&apos;s stay in house now, else the next arrival. Prices and names are taken from the catalog; an item that is not in it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE is one of %1. Orders go requested, accepted, in progress, delivered, and may skip ahead but never back; delivered and cancelled orders are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are UTC. An open order past its due time is marked overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip shows the order number, room, guest, items, due time in the property&apos;s time zone and the note to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guest needs a guest number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item &quot;%1&quot;: the quantity must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item needs a catalog item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due &quot;%1&quot; is not an ISO 8601 date and time with an offset; write e.g. 2026-03-02T18:30:00+01:00 or 2026-03-02T17:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card needs a card number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be an order number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no order %1; see tweetworthy-cli order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no property &quot;%1&quot;; see the codes with tweetworthy-cli property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with tweetworthy-cli order create --guest ID --item NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE (UTC)</source>
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
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown slip format &quot;%1&quot;; use a6 or receipt-80mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the slip of order %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the slip of order %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::cli::PostsListCommand</name>
    <message>
        <source>only posts from x or mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only posts by guests who were in house when they posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only posts nobody has replied to, resolved or ignored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N posts, newest first (default %1; 0 for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored posts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network &quot;%1&quot;; use x or mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of posts, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts yet. Add listening rules (rules add) and run the listener (listen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
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
    <name>tw::cli::RulesCommand</name>
    <message>
        <source>a label for the rule, shown on the feed and usable as a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property that listens (needed when there are several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon: the instance whose hashtag timeline is followed (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a listening rule for a property on X or Mastodon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the listening rules of every property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a listening rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On X, VALUE is a rule in the filtered-stream syntax, for example &quot;@HarbourView OR #HarbourViewLisbon -is:retweet&quot; (quote it for the shell); the X server checks it when the listener next connects and the listener reports a rule it refuses. On Mastodon, VALUE is a hashtag (with or without &quot;#&quot;), optionally followed by &quot;@HOST&quot; for the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network &quot;%1&quot;; use x or mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance is for Mastodon rules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no property with code &quot;%1&quot;; see tweetworthy-cli property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no property yet; add one with tweetworthy-cli property add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are several properties; name one with --property CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rule %1: %2 follows #%3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rule %1: %2 listens on X for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listening rules yet; add one with tweetworthy-cli rules add NETWORK VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be a rule number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::core</name>
    <message>
        <source>&quot;%1&quot; is not an amount; write it with digits and at most two decimals, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::core::CardMerge</name>
    <message>
        <source>Guest&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::core::CardMerge::Issue</name>
    <message>
        <source>Empty braces {} are not a field; write a field such as {first_name} inside them, or {{ and }} for braces on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {%1} is not known; use one of %2, or write {{ and }} for braces on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {%1} (%2) has no value for this card; fill it in or take it out of the text before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brace { is never closed; close the field with }, or write {{ for a brace on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {%1 is never closed; write {%1}, or {{ for a brace on the card.</source>
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
    <name>tw::core::Money</name>
    <message>
        <source>Enter an amount, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount here cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean a whole amount with a thousands separator or one with three decimals; write it without thousands separators, like 1250 or 1.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are kept to the cent, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::core::OrderStateMachine</name>
    <message>
        <source>Order %1 is delivered; a delivered order cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is cancelled; a cancelled order cannot change. Create a new order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already %2; it can move on to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot go back to %3; it can move on to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk</name>
    <message>
        <source>no X token yet. Enter the Bearer token in Settings (Networks tab), or start Tweetworthy with %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Mastodon access token yet. Enter it in Settings (Networks tab) for the instance of your rules, or start Tweetworthy with %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token yet for this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2, %3, due %4. Cost %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 for room %3, %4, due %5. Cost %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) is now “%3”. Cost %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own wording, %1 card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2 card:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::AuditTimelineSource</name>
    <message>
        <source>Profile created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social account updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social account confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social account unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&apos;s author confirmed as this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested as a post&apos;s author, dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity order accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity order in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::CardComposer</name>
    <message>
        <source>There is no guest %1; it may have been erased. Pick the guest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card template %1; it may have been removed. Pick another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card template &quot;%1&quot;; the templates are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the arrivals is not valid; give a calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no property %1; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::CatalogEditor</name>
    <message>
        <source>The catalog in %1 cannot be reached: %2 Try again once it can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::CatalogModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::ConnectionStatusText</name>
    <message>
        <source>%1 demo: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo feed: sample posts, not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo feed stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo feed stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected, catching up on missed posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo: sample posts about the demo hotel, replayed on this computer. Nothing is read from or sent to any network. Add listening rules and a token to listen for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP status %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::FeedController</name>
    <message>
        <source>The listening rules could not be read, so nothing is listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::FeedModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this post to “%2” in the meantime, so your change was not saved. The feed now shows what is stored; change it again if it still needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer stored; someone may have removed it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in house, room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might be %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::GuestProfile</name>
    <message>
        <source>This guest no longer exists; someone may have removed them. Close this window and search for the guest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link to a social account no longer exists; someone may have removed it. The list now shows what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2 Check the connection and press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this guest were not saved: %1 Your edits are still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this guest at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1, after you opened it, and your changes would overwrite theirs. Reload to see the current details, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::GuestSearchModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house, room %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arrives %1, %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrives %1, room %2, %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last stay %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stay %1 – %2, room %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
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
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::GuestValidator</name>
    <message>
        <source>Enter a first name or a last name: a guest needs at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has only one “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address needs an “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is longer than any that can receive mail; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name before the “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the “@” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the domain after the “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the “@” needs a dot, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the “@” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “+” may only start a phone number, as in +44 20 7946 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces and + - ( ) . /; remove “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A phone number needs at least %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A phone number has at most %n digit(s); check this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::desk::ImportJob</name>
    <message>
        <source>%1
Nothing was imported. Check the database in the settings, then start the import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::ImportPreviewModel</name>
    <message>
        <source>%1 is a folder, not a file. Choose the CSV file exported from your property-management system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2. Check that the file exists and that you may read it, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1 again after its first line: %2. Copy the file to this computer and choose the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check that the file is complete and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty. A stay export starts with a header line that names its columns, followed by one line per reservation: choose the export itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line (line %1) of %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the whole file %1: %2. Check that the file is complete and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import can read this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the import would refuse the row. Rows with a problem are reported at the end and not imported; the others are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name, ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file, read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name in the header line, so the import leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, which an earlier column already provides, so the import leaves this one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a column the import reads (with the %2 column mapping), so its values are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::ImportPropertyModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, code %2, time zone %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::ListeningRuleEditor</name>
    <message>
        <source>This database has no property yet. Add your hotel in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules have not been read yet; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::ListeningRuleListModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on X&apos;s server yet: it is added when the feed next connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On X&apos;s server as rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OpenOrdersAttention</name>
    <message numerus="yes">
        <source>%n order(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amenity order(s) open for this stay, %1 of them overdue. See the Orders page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amenity order(s) open for this stay. See the Orders page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderBoard</name>
    <message>
        <source>Order %1 could not be changed: %2 Try again once the database can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderBoardLoader</name>
    <message>
        <source>Could not read the orders board from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderBoardModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s), %2 overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 for %2, room %3: %4, due %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(guest erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderForm</name>
    <message>
        <source>Choose the guest the order is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither in house nor arriving, so there is no room to deliver to. Order once they have a reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no items to order. Add some with Catalog… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item: type a quantity next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the order is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due time has already passed. Choose a later time, or now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; keep it to %2 so it fits on the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderFormLoader</name>
    <message>
        <source>Could not read the catalog and guests from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1 is not in the database any more; perhaps their profile was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the guest&apos;s cards from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be saved in %1: %2 Try again once the database can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::OrderWording</name>
    <message>
        <source>Housekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue by %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::desk::PostTimelineSource</name>
    <message>
        <source>Post on %1 while in house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::RejectedRowsCsv</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check that the disk has room, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line of the file where the refused row starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the row was not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::SocialAccountListModel</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched automatically; nobody has confirmed that this account belongs to the guest yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::StayListModel</name>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::StayTimelineSource</name>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>confirmation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::SuggestedHandleAttention</name>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested handle link(s) waiting for confirmation: %1. Confirm on the guest&apos;s profile that they are this guest&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::desk::TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::TodayListModel</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, suggested: not yet confirmed by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved; counted in house because the date is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights left before departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked social handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::TodayLoader</name>
    <message>
        <source>Could not read today&apos;s board from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::desk::VipArrivalAttention</name>
    <message>
        <source>VIP arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP %1 arriving: have the room, a welcome card and any amenity ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::pms</name>
    <message>
        <source>The demo hotel&apos;s orders could not be saved: no transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel&apos;s orders could not be saved: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the quoted field that starts on line %1 is never closed; the record is skipped and reading goes on with line %2</source>
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
    <message>
        <source>The demo hotel could not be read back.</source>
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
    <message>
        <source>confirmation %1 is already on line %2 with other details; a reservation may appear only once in a file</source>
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
    <name>tw::print</name>
    <message>
        <source>Housekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to include</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::print::CardFormat</name>
    <message>
        <source>A2 note card (4.25 × 5.5 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A7 note card (5 × 7 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 card (105 × 148 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard (6 × 4 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four A6 cards on A4, with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four A2 cards on US Letter, with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::print::CardRenderer</name>
    <message>
        <source>Printing was cancelled; the cards were not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 does not take the paper of the %2, so the cards were not printed. Choose the paper size in the print dialog, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing on %1. Check that the printer is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Some cards may have been printed; check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error; the cards may not have been printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::print::CardRenderer::Private</name>
    <message numerus="yes">
        <source>The text is %n line(s) too long for the %1; shorten it or pick a larger card.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::print::PdfFile</name>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that there is space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::print::SlipContent</name>
    <message>
        <source>With note card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::print::SlipRenderer</name>
    <message>
        <source>Page %1 of %2, continued on the next sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no slips to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 does not take the paper of the %2 slip, so the slip was not printed. Choose the paper size in the print dialog, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing on %1. Check that the printer is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Part of the slip may have been printed; check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error; the slip may not have been printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no slips to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenity order slips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social</name>
    <message>
        <source>a post without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 has no created_at (the request must ask for tweet.fields=created_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 has an unreadable created_at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not confirm this rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::DemoSample</name>
    <message>
        <source>The demo feed&apos;s sample is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo feed&apos;s sample is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 of the demo feed&apos;s sample names no known network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 of the demo feed&apos;s sample has no valid handle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 of the demo feed&apos;s sample lacks an author id or text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::DemoStreamClient</name>
    <message>
        <source>Demo feed: sample posts replayed on this computer, not live.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::IngestPipeline</name>
    <message>
        <source>a %1 post without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 post %2 has no valid creation time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::Listener</name>
    <message>
        <source>Tweetworthy cannot listen on %1 in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::MastodonHashtagStream</name>
    <message>
        <source>%1 answered with %2 instead of an event stream; check the instance name and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overlong line in the stream of %1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion without a status id from %1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came from %1 for %2 s, not even a heartbeat; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hashtag timeline of %1 could not be read; the gap since the interruption is not filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More posts were missed on %1 than one catch-up fetches (%2 pages); some of those posted during the interruption are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the Mastodon access token (%2). Check the Mastodon token in Settings, or TWEETWORTHY_MASTODON_TOKEN for the command-line tool; it needs the read:statuses scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limits how often it may be asked (%2); waiting until the limit resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream of %1 answered %2; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hashtag timeline of %1 answered %2; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::MastodonStatusParser</name>
    <message>
        <source>A Mastodon status without an id was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon status %1 was skipped: it has no valid creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon status %1 was skipped: it names no author account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mastodon status could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::MastodonStreamClient</name>
    <message>
        <source>No Mastodon access token: Mastodon&apos;s streaming needs one. Enter it in Settings, or set TWEETWORTHY_MASTODON_TOKEN for the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mastodon hashtag: use letters, digits and underscores, e.g. HarbourView.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule for #%1 names no Mastodon instance to follow it on; add one, e.g. mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Mastodon hashtag to follow. Add a listening rule for Mastodon (a hashtag and an instance).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Sign in to a desktop session with a keyring such as GNOME Keyring, or, for a service without a desktop, set the token in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Check that the keyring is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::XApiError</name>
    <message>
        <source>Could not reach X at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the Bearer token (HTTP 401%1). Check the X Bearer token in Settings, or the TWEETWORTHY_X_BEARER_TOKEN environment variable for the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused access (HTTP 403%1). The X app&apos;s access level may not include this endpoint: check its project in the X developer portal, and the Bearer token in Settings or in TWEETWORTHY_X_BEARER_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is rate limiting this app (HTTP 429%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered HTTP %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::XPostParser</name>
    <message>
        <source>a stream line is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream line without data or errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recent search answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recent search answer without data or meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::XRulesClient</name>
    <message>
        <source>X&apos;s list of stream rules could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s answer to adding stream rules could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X already holds this rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::social::XStreamClient</name>
    <message>
        <source>No X Bearer token is set. Enter it in Settings, or set TWEETWORTHY_X_BEARER_TOKEN for the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no listening rules for X. Add one in the app, or with &quot;tweetworthy-cli rules add x VALUE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused every listening rule (%1). Correct the rules, then start listening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More posts were missed than one catch-up fetches (%1 pages per rule); the oldest of them were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X would not search these rules for missed posts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts missed while disconnected could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching missed posts failed (%1); trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream line longer than the limit was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from X for %1 s, not even a keep-alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X closed the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X ended the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X stream broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered HTTP %1 instead of opening the stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage</name>
    <message>
        <source>A catalog item needs a name, such as &quot;Bath salts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; is %2 characters long; use at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot cost less than nothing; enter 0 for an item that is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of &quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog already has &quot;%1&quot;, retired; edit it to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog already has &quot;%1&quot;; choose another name or edit that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog item #%1. Reload the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the catalog item &quot;%2&quot; since you opened it; reload the catalog and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note card #%1; it may have been discarded as an unprinted draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as a PDF by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as a PDF by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card template needs a name, such as &quot;welcome&quot; or &quot;spa_day&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template name &quot;%1&quot; is %2 characters long; use at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text; write what the card should say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a card template named &quot;%1&quot;; choose another name or edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card template #%1; someone may have removed it. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ordered %2 times; one order takes at most %3 of an item, so check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no amenity order #%1; reload the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in house and has no arrival ahead, so there is no room to deliver to; choose one of the guest&apos;s stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::AmenityRepository</name>
    <message>
        <source>&quot;%1&quot; was not added to the catalog: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not retired: %2.</source>
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
    <name>tw::storage::CardRepository</name>
    <message>
        <source>There is no guest #%1 to write a card to; the guest may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay #%1 is not a stay of guest #%2; choose one of the guest&apos;s stays or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card template #%1; someone may have removed it. Choose another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note card was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was already %2 and keeps what went out; write a new card to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was %2 meanwhile and keeps what went out; write a new card to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is recorded as printed or as exported, not as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 has no text, so nothing was printed; write the card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was %2 with other wording, and a card keeps what went out; write a new card for the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of note card #%1 was not recorded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was %2 with other wording meanwhile, and a card keeps what went out; write a new card for the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was %2 and stays on the guest&apos;s timeline; only unprinted drafts can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was not discarded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 was %2 meanwhile and stays on the guest&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::CardTemplateRepository</name>
    <message>
        <source>The card template &quot;%1&quot; was not added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the template &quot;%2&quot; since you opened it; reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template &quot;%1&quot; keeps its name, which scripts use; change its wording, or add a template of your own under the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card template &quot;%1&quot; was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in template and cannot be removed; you can change its wording instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card template &quot;%1&quot; was not removed: %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>A step of the change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning for growing tables needs an open transaction.</source>
        <translation type="unfinished"></translation>
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
    <name>tw::storage::ListeningRuleRepository</name>
    <message>
        <source>A Mastodon rule needs the instance that carries the hashtag, such as mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the host name of a Mastodon instance; write it like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X rule needs a value, such as @HarbourView OR #HarbourViewLisbon -is:retweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This X rule is %1 characters long; X accepts at most %2. Split it into two rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mastodon rule needs a hashtag, such as #HarbourViewLisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hashtag: Mastodon hashtags have letters, digits and _ only. Follow each hashtag with a rule of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy cannot listen on %1 yet; rules can be added for X and Mastodon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no property #%1 to add the rule %2 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already listens for %2 (rule %3); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %1 was not added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listening rule with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %1 was not removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s id for rule %1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::OrderRepository</name>
    <message>
        <source>Choose who is placing the order before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one item from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of an order needs a name from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ordered %2 times; a quantity is at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the amenity catalog, so the order was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not in the amenity catalog, so the order was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item to the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the catalog first, or order one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retired from the amenity catalog and can no longer be ordered; edit the catalog to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order would cost more than %1, the most one order can cost; order fewer items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest #%1 to send the order to; the guest may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay #%1 is not a stay of %2; choose one of the guest&apos;s stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card #%1 is not a card for %2; link one of the guest&apos;s cards or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot go on the slip as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order for %1 was not placed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is handling the order before changing its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked order %2 as %3 since you opened it; reload it and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::storage::PostRepository</name>
    <message>
        <source>A %1 post without its network id cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 post %2 has no valid creation time, so it cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not stored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was neither stored nor found stored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is handling the post before changing its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post #%1; reload the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked this post %2 since you opened it; reload it and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no suggested guest to confirm; link its author from the guest&apos;s profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not say who wrote it, so its author cannot be linked to a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s posts could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s posts were not linked to the guest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no suggested guest to dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawn %1 post %2 was not hidden: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit of %1 post %2 was not saved: %3.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The stay %1 was not saved: it was compared with another stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::AboutDialog</name>
    <message>
        <source>About Tweetworthy</source>
        <translation type="unfinished">Über Tweetworthy</translation>
    </message>
    <message>
        <source>Tweetworthy logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The guest relations desk for hotels: know who is in house when they post about you, answer like a person, and follow up with a handwritten card or a treat sent to the room.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy %1
Qt %2 on %3
Database: %4 (schema version %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version and database details for a support request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::AppController</name>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardBatchDialog</name>
    <message>
        <source>Cards for arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any guest; * for any VIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First stay only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests who have never stayed at any of the properties before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nniversary noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests whose preferences or notes mention an anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arriving guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing the cards; none of them is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no card templates yet. Add one under File &gt; Card Templates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for arrivals at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the arrivals on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arriving guest matches on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n arriving guest(s) match; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to write.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) left out: their card has fields that cannot be filled in (see the Card column); fix the guest&apos;s details or the template.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards are being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the arrivals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card to write: no guest is ticked, or each has merge problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all the ticked cards as one job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write all the ticked cards into one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for arrivals on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled. No card is recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n card(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written: %1 No card was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards could not be printed: %1 No card is recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No PDF was written and no card was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The print job was dropped and no card is recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to %1 and recorded on the guests&apos; timelines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed and recorded on the guests&apos; timelines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be recorded; see the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardEditorDialog</name>
    <message>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was neither printed nor exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it and lose the wording, or go back to print it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the guest and the templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {first_name}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a merge field at the cursor: the guest&apos;s name, room, dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the guest should read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards already sent to this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen card as it was printed, to print it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handwriting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ea&amp;rlier cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the text fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the card cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another card for this guest, starting from this wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the card (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no card templates yet. Add one under File &gt; Card Templates, then write the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is no longer recorded. Write a new card for the guest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was never printed, so there is nothing to reprint. Write a new card for the guest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest of this card no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint card for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card as it was output on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card; the preview shows it at its real size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stay on record: the room and the dates cannot be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown at its real size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown at %1% of its real size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1 pt handwriting; %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The text does not fit on this card; shorten it or pick a larger format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last output is being recorded on the guest&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card&apos;s wording first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n merge field(s) cannot be filled in; fix the marked fields in the wording first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card as a PDF with its fonts embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reprint: the wording, the format and the handwriting stay as they were, so the card comes out the same. To change it, start a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was exported. Print or export it again as it is, or start a new card to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was printed. Print or export it again as it is, or start a new card to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording of “%1” replaced the text (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled. The card is not recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be printed: %1 It is not recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1 Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was written, but it could not be recorded on the guest&apos;s timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was printed, but it could not be recorded on the guest&apos;s timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 and recorded on %2&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 and recorded on %2&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new card could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new card: edit it and print it. Its handwriting differs from the last one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardOutputDialogs</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardPreview</name>
    <message>
        <source>Card preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardTemplatesDialog</name>
    <message>
        <source>Remove template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards already written with it keep their wording. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this template are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose them, or go back and save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card templates[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new template of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late_checkout, honeymoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the template as it is stored now; your unsaved edits are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name and wording without unknown fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates can be edited but not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {first_name},



Warm regards,
{signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template: give it a name and its wording, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone removed this template since you opened it; your edits are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed “%2” on %3, after you opened it; your edits are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this template since you opened it. Your edits are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reload to see their version (your edits are dropped), or copy your wording first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CardWorker</name>
    <message>
        <source>The database %1 cannot be opened: %2 Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CatalogDialog</name>
    <message>
        <source>Amenity Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of one, as you would write it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes on the slip, e.g. “With the compliments of {property}, {first_name}.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit c&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old orders keep it; it can no longer be ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Choose one to change it, or start a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is retired: old orders keep it, new ones cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item a name, as staff will ask for it (“Bath salts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::CommandLine</name>
    <message>
        <source>Tweetworthy: the guest relations desk for hotels.</source>
        <translation>Tweetworthy: die Gästebetreuung für Hotels.</translation>
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
    <message>
        <source>Open the database at &lt;url&gt;, e.g. sqlite:///path/to/file.db or postgresql://user@host:5432/name. Without it: $TWEETWORTHY_DB, else the database chosen in Settings, else tweetworthy.db in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of each page into &lt;folder&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::ConnectionIndicator</name>
    <message>
        <source>Connections to the networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening on any network: add listening rules to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::DeskSetup</name>
    <message>
        <source>The folder %1 cannot hold a new database: it is not a folder you may write to. Choose a file in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet; Tweetworthy creates it when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty; Tweetworthy sets it up when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Tweetworthy brings the database up to date when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished">Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not save to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the demo hotel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::FeedDelegate</name>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house · room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might be %1, in house. C links the author to this guest, Shift+C dismisses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Tweetworthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy has created its database on this computer:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like to look around a demo hotel first? The Harbour View Hotel comes with a few hundred made-up guests, today&apos;s arrivals and departures, guests in house and their social handles.

Start empty to set up your own hotel in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the demo hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hotel status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the demo hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the Harbour View Hotel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Try again, or start empty and add your hotel in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::GuestProfileDialog</name>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing, or close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest profile[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details as they are stored now; your unsaved edits are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changes are recorded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 on %2 as this guest&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. V1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillows, allergies, favourite drink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agreed that we match their &amp;public posts to this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to social monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff only; the guest never sees these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oyalty number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked social accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the selected suggested account belongs to this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between the selected account and this guest (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this handle to the guest as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@name or a profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@name@instance.social or a profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@name.bsky.social or a profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] – Guest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff name is set on this workstation, so changes are recorded as “%1”, after the workstation&apos;s login. Enter your name in Settings so the audit log shows who made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: reload first to see the other change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the details as they are stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this guest while you were editing. Saving now would overwrite their change: reload to see it (your unsaved edits are dropped), then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the %1 of this guest while you were editing. Saving now would overwrite their change: reload to see it (your unsaved edits are dropped), then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note card for this guest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amenity &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order an amenity for this guest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amenity order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished">Seitentitel</translation>
    </message>
    <message>
        <source>Search by name, e-mail, phone, loyalty number, handle or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type. Down moves into the list, Enter opens a guest, Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests cannot be searched right now: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone, loyalty number, handle or room to find a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in house at %1 right now. Type a name, e-mail, phone, loyalty number, handle or room to find a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In house at %1: the first %n guest(s), more as you scroll. Type to search all guests.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In house at %1: %n guest(s). Type to search all guests.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No guest matches “%1” — check the spelling, or search by room or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n guest(s) matching “%1” are shown. Type more to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) matching “%1” so far, more as you scroll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One guest matches “%1”. Enter opens the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) match “%1”. Down selects, Enter opens the profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportMessage</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportPreviewPage</name>
    <message>
        <source>Check the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is headed by the column it is imported as; columns marked as ignored are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of %1 as the import will read them. Each column is headed by the column it is imported as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping: %1 (recognised from the header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln row(s); the file has more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column for %1, so it cannot be imported.
Rename those columns in the file, or go back and choose the column mapping that matches this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no property yet, and the file has no property column, so the stays would belong to no hotel.
Add the property in the settings first, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 of the file are not UTF-8 text, so those rows will be refused. Save the file as UTF-8 (&quot;CSV UTF-8&quot; in spreadsheet programs) and choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the rows shown cannot be imported; the Problems column says why. Such rows are listed in the report at the end, and all other rows are imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportReportPage</name>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Finished: Nothing Was Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what importing %1 would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed. Import the file without &quot;Check only&quot; to save these stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s) created, %1 updated, %2 handle(s) linked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file (or in the hotel&apos;s system) and import it again: rows already imported stay unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportRunPage</name>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the import over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of %1 is checked as the import would check it; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stays of %1 are imported in one go: either all good rows are saved, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Cancel to stop. Nothing is changed until the import has read the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Wait until it has ended, then start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what the import wrote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose Start Over to check a file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: everything the import had written was rolled back. Choose Start Over to import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Choose Start Over to try again with another file or column mapping, or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportSourcePage</name>
    <message>
        <source>Choose the Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy reads the reservation exports (CSV files) of property-management systems. Rows it cannot read are listed at the end; all others are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: recognise the export from its header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy&apos;s column names (confirmation, arrival, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s column names, dates and status words are read. Automatic picks the mapping that recognises the most columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the JSON mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotel the stays belong to when the file has no property column, or a row leaves it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check only, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and checks every row exactly as the import would, reports what it would change, and then leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the properties from the database: %1
Check the database in the settings, then open the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no property yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportWizard</name>
    <message>
        <source>Import Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Export to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::ListeningRulesDialog</name>
    <message>
        <source>Listening Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts that match a rule appear on the live feed. On X a rule uses the filtered stream&apos;s syntax, for example @HarbourViewLX OR #HarbourViewLisbon -is:retweet; on Mastodon a rule follows one hashtag on one instance. The tag names the rule on the feed and in its filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening for the selected rule (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of the new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag of the new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening rules of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close this window and try again once the database can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule removed. The listeners stop following it when this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the X token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag of the new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of the new rule&apos;s X filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hashtag, e.g. HarbourViewLisbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. @HarbourViewLX OR #HarbourViewLisbon -is:retweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon needs an access token for the instance (Settings, Networks tab) before the feed can follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X checks a new rule before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No X token yet, so X checks new rules only when the feed connects. Enter the token in Settings (Networks tab) to have them checked here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rule, for example @HarbourViewLX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hashtag to follow, for example HarbourViewLisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Mastodon instance to follow the hashtag on, for example mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking X whether it accepts the rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X could not check the rule (%1); it checks it when the feed connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X does not accept this rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X accepts the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following #%1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::LiveFeedPage</name>
    <message>
        <source>Live feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished">Seitentitel</translation>
    </message>
    <message>
        <source>Listening &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this hotel listens for on X and Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop replaying the sample posts; the posts already shown stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network listens for this hotel yet. This is the demo hotel: play the demo feed to see how the page works. It replays sample posts about the Harbour View on this computer; nothing is read from X or Mastodon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play the demo feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In house only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posts by guests who were in house when they posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet &amp;handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posts nobody has replied to, resolved or ignored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post by an in-house guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) above</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the newest post (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused a listening rule: %1 Change it under Listening rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has read it; nothing to do yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark r&amp;esolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: whatever the post asked for has been taken care of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do about this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the posts nobody has looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s profile: stays, handles, timeline (also Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the suggested guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author is this in-house guest: link the account to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author is not this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: the author is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the suggested guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of this post is not a known guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the author to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed cannot be read right now: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post passes these filters. Clear a filter to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts yet. They appear here as they arrive, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n post(s), more as you scroll. S, R, D and I mark the selected post; G opens its guest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s). S, R, D and I mark the selected post; G opens its guest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in house, posted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) by guests in house</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) by guests in house: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>&amp;Import stays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reservations from a property-management system&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a guest by name, e-mail, phone, loyalty number, handle or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database, property and who is at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No property yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hotel is open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page here has a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards for Arrivals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export note cards for a day&apos;s arriving guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and edit the wording of note cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::MergeFieldMenu</name>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  {%2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::NetworkTokensPane</name>
    <message>
        <source>The live feed reads X and Mastodon with your tokens. They are kept in the system keychain of this computer, never in Tweetworthy&apos;s settings or database, and are never shown again once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s Bearer token from the X developer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;X token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the X token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the environment takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access token of an account on that instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mastodon token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remov&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this instance&apos;s token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming a hashtag needs an account&apos;s token (Mastodon 4.2 and later). %1 in the environment takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance of your Mastodon rules to see whether a token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the keychain. Enter a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Bearer token first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance the token belongs to, such as mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance whose token to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain. The live feed starts listening with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::NewOrderDialog</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no stay to deliver to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no room yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Amenity Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog and today&apos;s guests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog items and quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due time, hotel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note card to go with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order form cannot be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your hotel in Settings first; orders belong to a property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amenity for %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amenity for a guest in house or arriving today at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” card, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the first item (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::OrdersPage</name>
    <message>
        <source>Cancel the order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished">Seitentitel</translation>
    </message>
    <message>
        <source>&amp;New amenity order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;atalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change and retire the amenities staff can order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;delivered and cancelled (last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 slip (office printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt (kitchen printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lips on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by department and due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department has taken the order on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is preparing it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the guest&apos;s room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be delivered; a cancelled order cannot be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s profile and timeline (also Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the order&apos;s slip for the department, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order&apos;s slip as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order an amenity for a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order on the board first (arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change is still being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 (%2 for %3, room %4)? Nothing will be delivered, and a cancelled order cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving order %1 as “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order %1 first: %2 The board now shows it as it is; check it and try again if it still needs to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order-%1-slip.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip of order %1 is saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip of order %1 went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 placed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders cannot be read right now: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your hotel in Settings first; orders belong to a property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open orders. Ctrl+N orders an amenity for a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on the board, %1 overdue. A accepts, S starts, D delivers, C cancels the selected order; Ctrl+P prints its slip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on the board. A accepts, S starts, D delivers, C cancels the selected order; Ctrl+P prints its slip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ui::PostNotifier</name>
    <message>
        <source>Tweetworthy: live feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the d&amp;esk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the properties of this database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this workstation opens. Every desk of a hotel that should see the same guests opens the same PostgreSQL database; a SQLite file serves one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite fi&amp;le on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreS&amp;QL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/tweetworthy.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing database file or name a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in your data folder that Tweetworthy uses unless told otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.hotel.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy does not store passwords. PostgreSQL reads yours from ~/.pgpass or from the PGPASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the database above without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you save another database, the window reopens on it. When Tweetworthy starts, --db on its command line and the TWEETWORTHY_DB environment variable win over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property this desk works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another hotel to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk &amp;works on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code for the hotel, used by imports and the command line. It cannot change once the property exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Palace Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone: &quot;today&quot;, arrivals and departures follow it, whatever the time zone of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;out until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest counts as in house from the check-in time on the arrival day until the check-out time on the departure day, in the hotel&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria Santos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the desk of this workstation. Your name is recorded with every change you make (the audit log on the guests&apos; timelines) and signs the cards you print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file, or press Default for the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name of the PostgreSQL server, such as db.hotel.example or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first: property and desk settings apply to the database the window has open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The property cannot be changed until the database can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no property yet. Enter your hotel below and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short code for the hotel, such as PAL: imports and the command line use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, - and _ in the code; no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hotel&apos;s name as guests know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, such as Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property needs your attention; see the messages next to its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name: it is recorded with your changes and signs the cards you print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the desk? Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is typed but not saved. Press its Save button to keep it in the keychain, or clear the field.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The environment variable TWEETWORTHY_DB does not name a database: %1

Correct or unset it, or start Tweetworthy with --db URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::TodayListPane</name>
    <message>
        <source>&amp;Arrivals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In house (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note card for this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Amenity &amp;Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order an amenity for this guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No arrivals on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departures on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading today&apos;s board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today at the property, in its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press F5 to try again once the database can be reached.</source>
        <translation type="unfinished">%1
Drücken Sie F5, um es erneut zu versuchen, sobald die Datenbank erreichbar ist. {1 ?} {5 ?}</translation>
    </message>
    <message>
        <source>Add your hotel in Settings (code, name, time zone, check-in and check-out times) or import a reservation export: the board fills in as soon as there are stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1. In house as of %2 hotel time (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. In house at %2 hotel time (%3), counting reservations as expected guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. In house at %2 hotel time (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotel in this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ui::WelcomePanel</name>
    <message>
        <source>No property yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweetworthy logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hotel is this desk for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your hotel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hotel&apos;s name, time zone and check-in and check-out times in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo hotel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this database with a made-up hotel to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no property yet. Add your hotel — its name, time zone and check-in and check-out times — and the pages fill as you import its reservations. Or open the demo hotel to see Tweetworthy at work first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
