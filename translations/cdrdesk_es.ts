<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AsteriskCsvMapper</name>
    <message>
        <source>%1 columns; cdr_csv writes 16, 17, 18 or 21</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingController</name>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain This Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-rate Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Rate &amp;Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rate decks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate decks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate deck(s) loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rate decks are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Select a call to see all of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected fields, or all of them, as tab-separated lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and the same time in Unix seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <source>sort: &quot;%1&quot; is not a sort field; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end: the end of the range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: must be 0 (all) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset: must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell the file&apos;s format; name it with --format (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListWriter</name>
    <message>
        <source>--columns: &quot;%1&quot; is not a column; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns: no column named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRating</name>
    <message>
        <source>Storing the rated cost of call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the charge of call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the charge of call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating calls under deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call with uniqueid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallStore</name>
    <message>
        <source>Counting calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up calls per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the positions of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting calls per source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2): click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWriter</name>
    <message>
        <source>Starting to write calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to write calls failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to write calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no source or record key and cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing call %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing call %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CgratesImport</name>
    <message>
        <source>only *any is supported; use the deck&apos;s peak windows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in DestinationRates.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no rating plan &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is already rated by line %2; a rating plan rates a prefix once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Usage: cdrdesk-cli deck import|export|list [options]; &apos;cdrdesk-cli deck import --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates (or re-rates) calls under a deck, storing each rated cost in one transaction; or explains the charge of one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of --start/--end without an offset (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate and report without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the charge of the call given by --uniqueid; writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--explain needs --uniqueid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deck is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Rated %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls rated%2: %3 billable, %4 without a matching prefix, total %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run, nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists calls in the order asked for, as CSV, JSON or a table.
Times accept Unix seconds or ISO 8601; without an offset they are read in --timezone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated store column names to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default), json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone for printed times and for times given without an offset (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of csv, json, table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a store filled with a realistic, deterministic demo dataset: a customer
tree, a retail rate deck and N calls over the days before --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many call legs (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed and --until give the same calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the calls span (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span ends at T (default: the next UTC midnight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 calls, %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 demo calls to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a store&apos;s schema version and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of text, json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:           %1 (%2 archived)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate decks:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  source %1: %2 calls
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports CDR files into a store, each in one transaction; importing a file again adds nothing.
The format is detected unless --format names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read local times in the files: an IANA name or a UTC offset such as -7 (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH: the mod_cdr_csv template file the CSV was written with (default: &quot;example&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write invalid rows with their reasons to FILE.rejects.csv and import the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 imported, %4 skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the calls a filter selects, in its order, as CSV, JSON Lines or XLSX.
The file appears only when complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default), jsonl or xlsx (default from the file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated store column names (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of the written times and of --start/--end without an offset (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: end lines with CRLF (RFC 4180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: prefix cells starting with = + - @ with &apos; so spreadsheets do not run them; plain numbers such as +4420… stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 calls to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>The store: a SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname (also mysql://; password from CDRDESK_DB_PASSWORD or the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 argument(s); see &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: &quot;%1&quot; is neither a time zone (Europe/London, UTC) nor a UTC offset (-7, +5:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls starting at or after T (Unix seconds or ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls starting before T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort field: %1 (default start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to sort descending (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to include archived calls (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N calls (0 = all, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing, and so is a record key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Database Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB / MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file ends inside a quoted field (truncated last line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQLite file given in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database kind &quot;%1&quot;: use a SQLite file path, postgresql://… or mysql://….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not a valid URL; expected %1://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no database; expected %1://user@%2:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first moment of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range: calls from this moment on are not included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an increment is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;, field %3: %4; voip.ms rates have one increment, one rate, no fees and no dates. Export it as generic instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckSet</name>
    <message>
        <source>Loading the rate decks was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>%1 already holds calls or customers; demo data goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>first block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum-duration top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsequent blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck to rate the call under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule and rounding step applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments billed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no rate decks to explain a charge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the grid to see how it is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 to %2 at %3 (%4 s talk, %5): &lt;b&gt;%6 %7&lt;/b&gt; under deck &quot;%8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched prefix &lt;b&gt;%1&lt;/b&gt; (%2): %3/min, then %4/min, increments %5/%6, connection fee %7, minimum duration %8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prefix of this deck matches %1: the call is not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed %1 s of %2 s talk (%3 s after grace, %4 s included free) · usage %5 · fees %6 · cost %7 %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End lines with &amp;CRLF (RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel-safe: neutralise cells starting with = + - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;visible columns, in the grid&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are written as ISO 8601 in this zone: an IANA name or a UTC offset in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells a spreadsheet would run as formulas get a leading &apos;; plain numbers such as +442071234567 stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeswitchCsvMapper</name>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the template names no ${variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns; the template has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows (write them to FILE.rejects.csv) instead of stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How local times in the files are read (Asterisk writes local time): an IANA name such as Europe/London, or a UTC offset in hours such as -7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH only: the default &quot;example&quot; template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cdr_csv.conf.xml (or a file with the template line) the FreeSWITCH files were written with; choosing one reads the files as FreeSWITCH CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH t&amp;emplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.xml *.conf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDR files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CDR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CDR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CDR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CDR Desk %1&lt;/b&gt;&lt;p&gt;A call detail record viewer and billing workstation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database with %L1 calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDR Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Use File › Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls cannot be sorted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 calls · %L2 minutes · cost %3 · ASR %L4% · ACD %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %L1 calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: expected digits with an optional sign and up to 8 decimals, such as -12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 8 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PbxMapper</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDeck</name>
    <message>
        <source>prefix &quot;%1&quot; has a character other than the digits 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial increment %1 is below 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsequent increment %1 is below 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum duration %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective to (%1) is not after effective from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate deck needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: two rows are in effect at the same time (from %3 and from %4); give the earlier one an effective-to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDeckStore</name>
    <message>
        <source>Listing the rate decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up rate deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rate deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate deck named &quot;%1&quot; in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rates of deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving rate deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rate deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the rates of deck &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rate %1 of deck &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLookupView</name>
    <message>
        <source>Matching rate in every deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. +44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates in effect at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the decks by destination or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination name or prefix, e.g. Canada or 4420</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in effect at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search decks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one with cdrdesk-cli deck import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type a number to see its rate in each of the %n deck(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No margin: deck &quot;%1&quot; has no rate for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No margin: &quot;%1&quot; is in %2 and &quot;%3&quot; in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 − %2 = &lt;b&gt;%3 %4 per minute&lt;/b&gt; (%5 % of the sell rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %L1 rates; narrow the search to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prefix matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rater</name>
    <message>
        <source>Increments %1/%2 s, anchor %3: %4 s billed as %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included seconds: %1 of the %2 left to customer %3 cover this call; %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 s from +%4 at %5/min%6%7 = %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating number %1: the usage amount overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (rounded %2 to 8 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection fees: row %1 + deck %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal: usage %1 + fees %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum cost %1 applies (subtotal %2 is below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows when rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded %1 to %2 decimals: %3 → %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1: no prefix of deck &quot;%2&quot; in effect at %3 matches; not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 matches prefix %2 (%3) of deck &quot;%4&quot;: %5/min, increments %6/%7, connection fee %8, minimum %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not billable (billable: %2); cost 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time %1 s is below the no-charge threshold of %2 s; cost 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace: %1 s − %2 s = %3 s to bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerateDialog</name>
    <message>
        <source>, archived calls included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from %1 to %2 (UTC)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from %1 (UTC) on%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls before %1 (UTC)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call of the database%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: rate and add up, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rate Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rate calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck to rate under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %L3 rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one first (cdrdesk-cli deck import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %L1 of %L2 calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>&quot;%1&quot; is not an amount. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The database has a table &quot;calls&quot; that CDR Desk did not create; it is left untouched. Open an empty database or one made by CDR Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version &quot;%1&quot; stored in the database is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, written by a newer CDR Desk; this program knows versions up to %2. Nothing was changed: open it with a newer CDR Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the migration to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>%1 exists already; demo data goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeUtil</name>
    <message>
        <source>&quot;%1&quot; names a date that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day outside 00:00:00-23:59:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a UTC offset outside -23:59..+23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: expected Unix seconds or an ISO 8601 date-time such as 2024-03-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for Unix seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no UTC offset and the time zone to read it in is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in time zone %2: the clocks skip it at a daylight-saving change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Import cancelled before %1; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferSummary</name>
    <message>
        <source>Wrote %L1 calls to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %L1 new calls from %n file(s); %L2 were stored already, %L3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rejected rows are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoipmsMapper</name>
    <message>
        <source>&quot;%1&quot; is not a duration HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxCallWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 calls do not fit one worksheet; narrow the filter or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: the finished workbook could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>List calls of a store, filtered, sorted and paged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a store filled with realistic demo calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a store&apos;s schema version and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CDR files (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CDR Desk CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export filtered calls as CSV, JSON Lines or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, export and list rate decks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate calls under a deck, or explain one charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;cdrdesk-cli COMMAND --help&apos; describes a command&apos;s options.
Exit codes: 0 ok, 1 runtime failure, 2 bad usage or invalid input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CDR Desk: call detail records and billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
