<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AsteriskCsvMapper</name>
    <message>
        <source>%1 columns; cdr_csv writes 16, 17, 18 or 21</source>
        <translation>%1 Spalten; cdr_csv schreibt 16, 17, 18 oder 21</translation>
    </message>
</context>
<context>
    <name>BillingController</name>
    <message>
        <source>&amp;Billing</source>
        <translation>Ab&amp;rechnung</translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation>Tarifsuche</translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation>Diese Gebühr erklären</translation>
    </message>
    <message>
        <source>Rate &amp;Lookup</source>
        <translation>&amp;Tarifsuche</translation>
    </message>
    <message>
        <source>&amp;Explain This Charge</source>
        <translation>Gebühr &amp;erklären</translation>
    </message>
    <message>
        <source>&amp;Re-rate Calls…</source>
        <translation>Anrufe &amp;neu tarifieren…</translation>
    </message>
    <message>
        <source>Reload Rate &amp;Decks</source>
        <translation>Tariftabellen neu &amp;laden</translation>
    </message>
    <message>
        <source>Loading the rate decks…</source>
        <translation>Tariftabellen werden geladen…</translation>
    </message>
    <message>
        <source>The rate decks could not be loaded: %1</source>
        <translation>Die Tariftabellen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rate deck(s) loaded.</source>
        <translation>
            <numerusform>%n Tariftabelle geladen.</numerusform>
            <numerusform>%n Tariftabellen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate decks are still loading.</source>
        <translation>Die Tariftabellen werden noch geladen.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Select a call to see all of its fields.</source>
        <translation>Wählen Sie einen Anruf, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy the selected fields, or all of them, as tab-separated lines</source>
        <translation>Die ausgewählten Felder (oder alle) als tabulatorgetrennte Zeilen kopieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and the same time in Unix seconds</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <source>sort: &quot;%1&quot; is not a sort field; use one of %2.</source>
        <translation>sort: „%1“ ist kein Sortierfeld; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>end: the end of the range is before its start.</source>
        <translation>end: Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>limit: must be 0 (all) or more.</source>
        <translation>limit: muss 0 (alle) oder größer sein.</translation>
    </message>
    <message>
        <source>offset: must be 0 or more.</source>
        <translation>offset: muss 0 oder größer sein.</translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot tell the file&apos;s format; name it with --format (%2)</source>
        <translation>%1: Das Dateiformat ist nicht erkennbar; geben Sie es mit --format an (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored.</source>
        <translation>Import von %1 abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 columns; the header has %2</source>
        <translation>%1 Spalten; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the response&apos;s status is &quot;%1&quot;, not success</source>
        <translation>Der Status der Antwort ist „%1“, nicht „success“</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>CallListWriter</name>
    <message>
        <source>--columns: &quot;%1&quot; is not a column; the columns are: %2.</source>
        <translation>--columns: „%1“ ist keine Spalte; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>--columns: no column named.</source>
        <translation>--columns: keine Spalte angegeben.</translation>
    </message>
</context>
<context>
    <name>CallRating</name>
    <message>
        <source>Storing the rated cost of call %1</source>
        <translation>Tarifierte Kosten von Anruf %1 werden gespeichert</translation>
    </message>
    <message>
        <source>Replacing the charge of call %1</source>
        <translation>Gebühr von Anruf %1 wird ersetzt</translation>
    </message>
    <message>
        <source>Storing the charge of call %1</source>
        <translation>Gebühr von Anruf %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Rating was cancelled; nothing was changed.</source>
        <translation>Die Tarifierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rating calls under deck &quot;%1&quot;</source>
        <translation>Anrufe werden nach Tariftabelle „%1“ tarifiert</translation>
    </message>
    <message>
        <source>Finding call %1</source>
        <translation>Anruf %1 wird gesucht</translation>
    </message>
    <message>
        <source>There is no call with uniqueid &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anruf mit der uniqueid „%1“.</translation>
    </message>
</context>
<context>
    <name>CallStore</name>
    <message>
        <source>Counting calls</source>
        <translation>Anrufe werden gezählt</translation>
    </message>
    <message>
        <source>Adding up calls</source>
        <translation>Anrufe werden summiert</translation>
    </message>
    <message>
        <source>Adding up calls per currency</source>
        <translation>Anrufe werden je Währung summiert</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>Anrufe werden gelesen</translation>
    </message>
    <message>
        <source>Indexing the positions of calls</source>
        <translation>Positionen der Anrufe werden indiziert</translation>
    </message>
    <message>
        <source>Reading the store summary</source>
        <translation>Übersicht des Datenbestands wird gelesen</translation>
    </message>
    <message>
        <source>Counting calls per source</source>
        <translation>Anrufe werden je Quelle gezählt</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (column %2): click to sort</source>
        <translation>%1 (Spalte %2): zum Sortieren klicken</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
</context>
<context>
    <name>CallWriter</name>
    <message>
        <source>Starting to write calls</source>
        <translation>Schreiben der Anrufe beginnt</translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation>kein SQLite-Handle</translation>
    </message>
    <message>
        <source>Preparing to write calls failed: %1</source>
        <translation>Vorbereitung zum Schreiben der Anrufe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preparing to write calls</source>
        <translation>Schreiben der Anrufe wird vorbereitet</translation>
    </message>
    <message>
        <source>Call %1 has no source or record key and cannot be stored.</source>
        <translation>Anruf %1 hat weder Quelle noch Datensatzschlüssel und kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Writing call %1 (%2)</source>
        <translation>Anruf %1 (%2) wird geschrieben</translation>
    </message>
    <message>
        <source>Writing call %1 (%2) failed: %3</source>
        <translation>Schreiben von Anruf %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Saving %1 calls</source>
        <translation>%1 Anrufe werden gespeichert</translation>
    </message>
</context>
<context>
    <name>CgratesImport</name>
    <message>
        <source>only *any is supported; use the deck&apos;s peak windows instead.</source>
        <translation>nur *any wird unterstützt; verwenden Sie stattdessen die Hauptzeitfenster der Tariftabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in DestinationRates.csv.</source>
        <translation>„%1“ steht nicht in DestinationRates.csv.</translation>
    </message>
    <message>
        <source>%1: there is no rating plan &quot;%2&quot;.</source>
        <translation>%1: Es gibt keinen Tarifplan „%2“.</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is already rated by line %2; a rating plan rates a prefix once.</source>
        <translation>Präfix „%1“ ist bereits in Zeile %2 tarifiert; ein Tarifplan tarifiert jedes Präfix nur einmal.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, Zeile %2, Feld %3: %4</translation>
    </message>
    <message>
        <source>%1 fields where %2 are expected.</source>
        <translation>%1 Felder, erwartet werden %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 60s.</source>
        <translation>„%1“ ist keine Dauer wie 60s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 1s.</source>
        <translation>„%1“ ist keine Dauer wie 1s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation>„%1“ ist keine Dauer.</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 ist negativ.</translation>
    </message>
    <message>
        <source>the rate per %1 s is not an exact amount per minute.</source>
        <translation>Der Tarif pro %1 s ergibt keinen exakten Betrag pro Minute.</translation>
    </message>
    <message>
        <source>the first group of %1 must start at 0s.</source>
        <translation>Die erste Gruppe von %1 muss bei 0s beginnen.</translation>
    </message>
    <message>
        <source>%1 has more than two groups; CDR Desk rates a first block and the rest.</source>
        <translation>%1 hat mehr als zwei Gruppen; CDR Desk tarifiert einen ersten Block und den Rest.</translation>
    </message>
    <message>
        <source>the second group of %1 must start where the first increment ends (%2s).</source>
        <translation>Die zweite Gruppe von %1 muss dort beginnen, wo der erste Takt endet (%2s).</translation>
    </message>
    <message>
        <source>only the first group of %1 may have a connection fee.</source>
        <translation>Nur die erste Gruppe von %1 darf eine Verbindungsgebühr haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not *up, *down or *middle.</source>
        <translation>„%1“ ist weder *up, *down noch *middle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to 8.</source>
        <translation>„%1“ ist keine Zahl von 0 bis 8.</translation>
    </message>
    <message>
        <source>the plan&apos;s destination rates round differently; a deck has one rounding.</source>
        <translation>Die Zieltarife des Plans runden unterschiedlich; eine Tariftabelle hat nur eine Rundung.</translation>
    </message>
    <message>
        <source>a maximum cost (%1) is not supported.</source>
        <translation>Höchstkosten (%1) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in Rates.csv.</source>
        <translation>„%1“ steht nicht in Rates.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in Destinations.csv.</source>
        <translation>„%1“ steht nicht in Destinations.csv.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>A chart exported from CDR Desk</source>
        <translation>Ein aus CDR Desk exportiertes Diagramm</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is missing, and so is a record key</source>
        <translation>fehlt, ebenso ein Datensatzschlüssel</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to a Database Server</source>
        <translation>Mit einem Datenbankserver verbinden</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MariaDB / MySQL</source>
        <translation>MariaDB / MySQL</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server type:</source>
        <translation>&amp;Servertyp:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file ends inside a quoted field (truncated last line)</source>
        <translation>Die Datei endet innerhalb eines Feldes in Anführungszeichen (letzte Zeile abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>Adding up calls per half hour</source>
        <translation>Anrufe werden je halbe Stunde summiert</translation>
    </message>
    <message>
        <source>Counting concurrent calls</source>
        <translation>Gleichzeitige Anrufe werden gezählt</translation>
    </message>
    <message>
        <source>Adding up calls per destination</source>
        <translation>Anrufe werden je Ziel summiert</translation>
    </message>
    <message>
        <source>Reading customer names</source>
        <translation>Kundennamen werden gelesen</translation>
    </message>
    <message>
        <source>Adding up calls per customer</source>
        <translation>Anrufe werden je Kunde summiert</translation>
    </message>
    <message>
        <source>Looking for reseller charges</source>
        <translation>Wiederverkäufer-Gebühren werden gesucht</translation>
    </message>
    <message>
        <source>Adding up reseller charges per customer</source>
        <translation>Wiederverkäufer-Gebühren werden je Kunde summiert</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Channel unavailable</source>
        <translation>Kanal nicht verfügbar</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Überlastung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Calls by status</source>
        <translation>Anrufe nach Status</translation>
    </message>
    <message>
        <source>ASR and ACD</source>
        <translation>ASR und ACD</translation>
    </message>
    <message>
        <source>Concurrent calls (peak)</source>
        <translation>Gleichzeitige Anrufe (Spitze)</translation>
    </message>
    <message>
        <source>Top destinations by minutes</source>
        <translation>Top-Ziele nach Minuten</translation>
    </message>
    <message>
        <source>Top destinations by cost</source>
        <translation>Top-Ziele nach Kosten</translation>
    </message>
    <message>
        <source>Revenue and cost per customer</source>
        <translation>Umsatz und Kosten je Kunde</translation>
    </message>
    <message>
        <source>Traffic by weekday and hour</source>
        <translation>Verkehr nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>%1 of %2 parts</source>
        <translation>%1 von %2 Teilen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Adding up calls…</source>
        <translation>Anrufe werden summiert…</translation>
    </message>
    <message>
        <source>%L1 calls, %L2 answered</source>
        <translation>%L1 Anrufe, %L2 angenommen</translation>
    </message>
    <message>
        <source> · at most %L1 at once</source>
        <translation> · höchstens %L1 gleichzeitig</translation>
    </message>
    <message>
        <source>Showing the calls of %1</source>
        <translation>Anrufe von %1 werden angezeigt</translation>
    </message>
    <message>
        <source>%1, %2: %L3 calls</source>
        <translation>%1, %2: %L3 Anrufe</translation>
    </message>
    <message>
        <source>ASR (%)</source>
        <translation>ASR (%)</translation>
    </message>
    <message>
        <source>ACD (minutes)</source>
        <translation>ACD (Minuten)</translation>
    </message>
    <message>
        <source>Most calls at once</source>
        <translation>Meiste gleichzeitige Anrufe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1: %L2 calls, %L3 minutes, %4 %5</source>
        <translation>%1: %L2 Anrufe, %L3 Minuten, %4 %5</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1: %L2 calls, revenue %3 %5, cost %4 %5</source>
        <translation>%1: %L2 Anrufe, Umsatz %3 %5, Kosten %4 %5</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Setting up the connection to %1</source>
        <translation>Verbindung zu %1 wird eingerichtet</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>No SQLite file given in &quot;%1&quot;.</source>
        <translation>Keine SQLite-Datei in „%1“ angegeben.</translation>
    </message>
    <message>
        <source>Unknown database kind &quot;%1&quot;: use a SQLite file path, postgresql://… or mysql://….</source>
        <translation>Unbekannte Datenbankart „%1“: Verwenden Sie einen SQLite-Dateipfad, postgresql://… oder mysql://….</translation>
    </message>
    <message>
        <source>The database address is not a valid URL; expected %1://user@host:port/database.</source>
        <translation>Die Datenbankadresse ist keine gültige URL; erwartet wird %1://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database address names no database; expected %1://user@%2:port/database.</source>
        <translation>Die Datenbankadresse nennt keine Datenbank; erwartet wird %1://user@%2:port/database.</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The first moment of the range</source>
        <translation>Der erste Zeitpunkt des Zeitraums</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The end of the range: calls from this moment on are not included</source>
        <translation>Das Ende des Zeitraums: Anrufe ab diesem Zeitpunkt sind nicht enthalten</translation>
    </message>
</context>
<context>
    <name>DeckCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>an increment is required.</source>
        <translation>ein Takt ist erforderlich.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;, field %3: %4; voip.ms rates have one increment, one rate, no fees and no dates. Export it as generic instead.</source>
        <translation>Tariftabelle „%1“, Präfix „%2“, Feld %3: %4; voip.ms-Tarife haben einen Takt, einen Tarif, keine Gebühren und keine Daten. Exportieren Sie sie stattdessen als generic.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, Zeile %2, Feld %3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. %2</source>
        <translation>„%1“ ist kein Betrag. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation>„%1“ ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is expected.</source>
        <translation>%1: Die Datei ist leer; eine Kopfzeile wird erwartet.</translation>
    </message>
    <message>
        <source>unknown column; the columns are %1.</source>
        <translation>unbekannte Spalte; die Spalten sind %1.</translation>
    </message>
    <message>
        <source>the column appears twice in the header.</source>
        <translation>Die Spalte kommt in der Kopfzeile zweimal vor.</translation>
    </message>
    <message>
        <source>required column missing from the header.</source>
        <translation>Pflichtspalte fehlt in der Kopfzeile.</translation>
    </message>
    <message>
        <source>Writing the rate deck &quot;%1&quot;: %2</source>
        <translation>Schreiben der Tariftabelle „%1“: %2</translation>
    </message>
    <message>
        <source>%1 s differs from the initial increment of %2 s</source>
        <translation>%1 s weicht vom Anfangstakt von %2 s ab</translation>
    </message>
    <message>
        <source>a subsequent rate is set</source>
        <translation>ein Folgetarif ist gesetzt</translation>
    </message>
    <message>
        <source>an off-peak rate is set</source>
        <translation>ein Nebenzeittarif ist gesetzt</translation>
    </message>
    <message>
        <source>a connection fee is set</source>
        <translation>eine Verbindungsgebühr ist gesetzt</translation>
    </message>
    <message>
        <source>a minimum duration is set</source>
        <translation>eine Mindestdauer ist gesetzt</translation>
    </message>
    <message>
        <source>the row has effective dates</source>
        <translation>die Zeile hat Gültigkeitsdaten</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is already in effect by line %2, which has no effective_to before this row begins.</source>
        <translation>Präfix „%1“ gilt bereits durch Zeile %2, die kein effective_to vor Beginn dieser Zeile hat.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1, Zeile %2: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>DeckRules</name>
    <message>
        <source>Rule %1: &quot;%2&quot; is not a whole number of seconds (0 or more).</source>
        <translation>Regel %1: „%2“ ist keine ganze Zahl von Sekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>Rule %1: &quot;%2&quot; is not an amount of 0 or more. %3</source>
        <translation>Regel %1: „%2“ ist kein Betrag von 0 oder mehr. %3</translation>
    </message>
    <message>
        <source>Rule anchor: &quot;%1&quot; is not initial-then-subsequent or whole-duration.</source>
        <translation>Regel anchor: „%1“ ist weder initial-then-subsequent noch whole-duration.</translation>
    </message>
    <message>
        <source>Rule billable: &quot;%1&quot; names no status; give at least one, such as answer or answer,busy.</source>
        <translation>Regel billable: „%1“ nennt keinen Status; geben Sie mindestens einen an, etwa answer oder answer,busy.</translation>
    </message>
    <message>
        <source>Rule timezone: &quot;%1&quot; is not a known time zone.</source>
        <translation>Regel timezone: „%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Rule rounding: &quot;%1&quot; is not one of half-up, half-even, half-down, up, down, ceiling, floor.</source>
        <translation>Regel rounding: „%1“ ist nicht half-up, half-even, half-down, up, down, ceiling oder floor.</translation>
    </message>
    <message>
        <source>Rule decimals: &quot;%1&quot; is not a whole number from 0 to 8.</source>
        <translation>Regel decimals: „%1“ ist keine ganze Zahl von 0 bis 8.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>Unbekannte Regel „%1“; die Regeln sind: %2.</translation>
    </message>
    <message>
        <source>Rule peak: &quot;%1&quot; is not a window such as &quot;mon-fri 08-18&quot; (days mon…sun, hours from 0 to 24, from before to).</source>
        <translation>Regel peak: „%1“ ist kein Zeitfenster wie „mon-fri 08-18“ (Tage mon…sun, Stunden von 0 bis 24, Beginn vor Ende).</translation>
    </message>
</context>
<context>
    <name>DeckSet</name>
    <message>
        <source>Loading the rate decks was cancelled.</source>
        <translation>Das Laden der Tariftabellen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>%1 already holds calls or customers; demo data goes into a new, empty database.</source>
        <translation>%1 enthält bereits Anrufe oder Kunden; Demodaten kommen in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>Writing the demo rate deck</source>
        <translation>Demo-Tariftabelle wird geschrieben</translation>
    </message>
    <message>
        <source>Writing the demo rate %1</source>
        <translation>Demo-Tarif %1 wird geschrieben</translation>
    </message>
    <message>
        <source>Writing the demo customer %1</source>
        <translation>Demo-Kunde %1 wird geschrieben</translation>
    </message>
    <message>
        <source>The demo database was cancelled; nothing was stored.</source>
        <translation>Die Demodatenbank wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>first block</source>
        <translation>erster Block</translation>
    </message>
    <message>
        <source>minimum-duration top-up</source>
        <translation>Aufstockung auf Mindestdauer</translation>
    </message>
    <message>
        <source>subsequent blocks</source>
        <translation>Folgeblöcke</translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation>Diese Gebühr erklären</translation>
    </message>
    <message>
        <source>Deck to rate the call under</source>
        <translation>Tariftabelle, nach der der Anruf tarifiert wird</translation>
    </message>
    <message>
        <source>Increments billed</source>
        <translation>Abgerechnete Takte</translation>
    </message>
    <message>
        <source>From second</source>
        <translation>Ab Sekunde</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Block length</source>
        <translation>Blocklänge</translation>
    </message>
    <message>
        <source>Billed seconds</source>
        <translation>Abgerechnete Sekunden</translation>
    </message>
    <message>
        <source>Free seconds</source>
        <translation>Freisekunden</translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation>Tarif/Min.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Every rule and rounding step applied</source>
        <translation>Jede angewandte Regel und jeder Rundungsschritt</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Tariftabelle:</translation>
    </message>
    <message>
        <source>Increments billed:</source>
        <translation>Abgerechnete Takte:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>This database has no rate decks to explain a charge with.</source>
        <translation>Diese Datenbank hat keine Tariftabellen, mit denen sich eine Gebühr erklären ließe.</translation>
    </message>
    <message>
        <source>Select a call in the grid to see how it is charged.</source>
        <translation>Wählen Sie einen Anruf in der Tabelle, um zu sehen, wie er berechnet wird.</translation>
    </message>
    <message>
        <source>Call %1 to %2 at %3 (%4 s talk, %5): &lt;b&gt;%6 %7&lt;/b&gt; under deck &quot;%8&quot;.</source>
        <translation>Anruf %1 an %2 am %3 (%4 s Gesprächszeit, %5): &lt;b&gt;%6 %7&lt;/b&gt; nach Tariftabelle „%8“.</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>Matched prefix &lt;b&gt;%1&lt;/b&gt; (%2): %3/min, then %4/min, increments %5/%6, connection fee %7, minimum duration %8 s.</source>
        <translation>Passendes Präfix &lt;b&gt;%1&lt;/b&gt; (%2): %3/Min., danach %4/Min., Takt %5/%6, Verbindungsgebühr %7, Mindestdauer %8 s.</translation>
    </message>
    <message>
        <source>(any number)</source>
        <translation>(jede Nummer)</translation>
    </message>
    <message>
        <source>No prefix of this deck matches %1: the call is not rated.</source>
        <translation>Kein Präfix dieser Tariftabelle passt zu %1: Der Anruf wird nicht tarifiert.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (Nebenzeit)</translation>
    </message>
    <message>
        <source>Billed %1 s of %2 s talk (%3 s after grace, %4 s included free) · usage %5 · fees %6 · cost %7 %8</source>
        <translation>%1 s von %2 s Gesprächszeit abgerechnet (%3 s nach Kulanzzeit, %4 s inklusive frei) · Nutzung %5 · Gebühren %6 · Kosten %7 %8</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for Excel)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <source>End lines with &amp;CRLF (RFC 4180)</source>
        <translation>Zeilen mit &amp;CRLF beenden (RFC 4180)</translation>
    </message>
    <message>
        <source>E&amp;xcel-safe: neutralise cells starting with = + - @</source>
        <translation>E&amp;xcel-sicher: Zellen entschärfen, die mit = + - @ beginnen</translation>
    </message>
    <message>
        <source>Only the &amp;visible columns, in the grid&apos;s order</source>
        <translation>Nur die &amp;sichtbaren Spalten, in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>Times are written as ISO 8601 in this zone: an IANA name or a UTC offset in hours.</source>
        <translation>Zeiten werden als ISO 8601 in dieser Zone geschrieben: ein IANA-Name oder ein UTC-Versatz in Stunden.</translation>
    </message>
    <message>
        <source>Cells a spreadsheet would run as formulas get a leading &apos;; plain numbers such as +442071234567 stay as they are.</source>
        <translation>Zellen, die eine Tabellenkalkulation als Formel ausführen würde, erhalten ein führendes &apos;; reine Zahlen wie +442071234567 bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation>&amp;Zeiten in:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation>„%1“ ist keine Zeitzone: Geben Sie einen IANA-Namen wie Europe/Berlin oder einen Versatz wie -7 an.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>FreeswitchCsvMapper</name>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation>%1: Die Vorlage kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the template names no ${variable}</source>
        <translation>%1: Die Vorlage nennt keine ${variable}</translation>
    </message>
    <message>
        <source>%1 columns; the template has %2</source>
        <translation>%1 Spalten; die Vorlage hat %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows (write them to FILE.rejects.csv) instead of stopping</source>
        <translation>Ungültige Zeilen &amp;überspringen (in DATEI.rejects.csv schreiben), statt anzuhalten</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Anrufe importieren</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>How local times in the files are read (Asterisk writes local time): an IANA name such as Europe/London, or a UTC offset in hours such as -7.</source>
        <translation>Wie lokale Zeiten in den Dateien gelesen werden (Asterisk schreibt Ortszeit): ein IANA-Name wie Europe/Berlin oder ein UTC-Versatz in Stunden wie -7.</translation>
    </message>
    <message>
        <source>FreeSWITCH only: the default &quot;example&quot; template</source>
        <translation>Nur FreeSWITCH: die Standardvorlage „example“</translation>
    </message>
    <message>
        <source>The cdr_csv.conf.xml (or a file with the template line) the FreeSWITCH files were written with; choosing one reads the files as FreeSWITCH CSV.</source>
        <translation>Die cdr_csv.conf.xml (oder eine Datei mit der Vorlagenzeile), mit der die FreeSWITCH-Dateien geschrieben wurden; wählen Sie eine, werden die Dateien als FreeSWITCH-CSV gelesen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Local &amp;times in:</source>
        <translation>Lokale &amp;Zeiten in:</translation>
    </message>
    <message>
        <source>FreeSWITCH t&amp;emplate:</source>
        <translation>FreeSWITCH-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation>„%1“ ist keine Zeitzone: Geben Sie einen IANA-Namen wie Europe/Berlin oder einen Versatz wie -7 an.</translation>
    </message>
    <message>
        <source>FreeSWITCH Template</source>
        <translation>FreeSWITCH-Vorlage</translation>
    </message>
    <message>
        <source>Templates (*.xml *.conf *.txt);;All files (*)</source>
        <translation>Vorlagen (*.xml *.conf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CDR files (*.csv *.json);;All files (*)</source>
        <translation>CDR-Dateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation>„%1“ ist keine ganze Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>„%1“ ist keine Zeitangabe: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: %2</source>
        <translation>„%1“ ist kein Geldbetrag: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CDR Desk</source>
        <translation>CDR Desk</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>&amp;Demodatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Calls…</source>
        <translation>Anrufe &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Calls…</source>
        <translation>Anrufe &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation>&amp;Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CDR Desk</source>
        <translation>&amp;Über CDR Desk</translation>
    </message>
    <message>
        <source>About CDR Desk</source>
        <translation>Über CDR Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CDR Desk %1&lt;/b&gt;&lt;p&gt;A call detail record viewer and billing workstation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CDR Desk %1&lt;/b&gt;&lt;p&gt;Betrachter für Verbindungsdatensätze (CDR) und Arbeitsplatz für die Abrechnung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Creating the demo database with %L1 calls…</source>
        <translation>Demodatenbank mit %L1 Anrufen wird erstellt…</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Demodatenbank wird erstellt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>CDR Desk — %1</source>
        <translation>CDR Desk — %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Use File › Open Database to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie sie mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Calls cannot be sorted by %1.</source>
        <translation>Anrufe können nicht nach %1 sortiert werden.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Counting calls…</source>
        <translation>Anrufe werden gezählt…</translation>
    </message>
    <message>
        <source>%L1 calls</source>
        <translation>%L1 Anrufe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%L1 calls · %L2 minutes · cost %3 · ASR %L4% · ACD %5</source>
        <translation>%L1 Anrufe · %L2 Minuten · Kosten %3 · ASR %L4 % · ACD %5</translation>
    </message>
    <message>
        <source> · adding up…</source>
        <translation> · wird summiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %L1 calls…</source>
        <translation>%L1 Anrufe werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>An import or export is running.</source>
        <translation>Ein Import oder Export läuft.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Anrufe importieren</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Vorherige Ansicht</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Anrufe</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected calls as tab-separated text with a header</source>
        <translation>Die ausgewählten Anrufe als tabulatorgetrennten Text mit Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>%L1 calls are too many to copy; use File › Export Calls.</source>
        <translation>%L1 Anrufe sind zu viele zum Kopieren; verwenden Sie Datei › Anrufe exportieren.</translation>
    </message>
    <message>
        <source>Some selected calls are still loading; copy again in a moment.</source>
        <translation>Einige ausgewählte Anrufe werden noch geladen; kopieren Sie gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n call(s).</source>
        <translation>
            <numerusform>%n Anruf kopiert.</numerusform>
            <numerusform>%n Anrufe kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language shows fully when CDR Desk starts again.</source>
        <translation>Die neue Sprache erscheint vollständig nach einem Neustart von CDR Desk.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: expected digits with an optional sign and up to 8 decimals, such as -12.50.</source>
        <translation>„%1“ ist kein Betrag: erwartet werden Ziffern mit optionalem Vorzeichen und bis zu 8 Nachkommastellen, etwa -12.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 8 decimals.</source>
        <translation>„%1“ hat mehr als 8 Nachkommastellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation>„%1“ ist zu groß für einen Betrag.</translation>
    </message>
</context>
<context>
    <name>PbxMapper</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>RateDeck</name>
    <message>
        <source>prefix &quot;%1&quot; has a character other than the digits 0-9</source>
        <translation>Präfix „%1“ enthält ein anderes Zeichen als die Ziffern 0–9</translation>
    </message>
    <message>
        <source>initial increment %1 is below 1 second</source>
        <translation>Anfangstakt %1 liegt unter 1 Sekunde</translation>
    </message>
    <message>
        <source>subsequent increment %1 is below 1 second</source>
        <translation>Folgetakt %1 liegt unter 1 Sekunde</translation>
    </message>
    <message>
        <source>minimum duration %1 is negative</source>
        <translation>Mindestdauer %1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>effective to (%1) is not after effective from (%2)</source>
        <translation>gültig bis (%1) liegt nicht nach gültig ab (%2)</translation>
    </message>
    <message>
        <source>A rate deck needs a name.</source>
        <translation>Eine Tariftabelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: %3.</source>
        <translation>Tariftabelle „%1“, Präfix „%2“: %3.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: two rows are in effect at the same time (from %3 and from %4); give the earlier one an effective-to date.</source>
        <translation>Tariftabelle „%1“, Präfix „%2“: Zwei Zeilen gelten gleichzeitig (ab %3 und ab %4); geben Sie der früheren ein Gültig-bis-Datum.</translation>
    </message>
</context>
<context>
    <name>RateDeckStore</name>
    <message>
        <source>Listing the rate decks</source>
        <translation>Tariftabellen werden aufgelistet</translation>
    </message>
    <message>
        <source>Looking up rate deck &quot;%1&quot;</source>
        <translation>Tariftabelle „%1“ wird gesucht</translation>
    </message>
    <message>
        <source>Reading rate deck &quot;%1&quot;</source>
        <translation>Tariftabelle „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>There is no rate deck named &quot;%1&quot; in the store.</source>
        <translation>Im Datenbestand gibt es keine Tariftabelle namens „%1“.</translation>
    </message>
    <message>
        <source>Reading the rates of deck &quot;%1&quot;</source>
        <translation>Tarife der Tariftabelle „%1“ werden gelesen</translation>
    </message>
    <message>
        <source>Saving rate deck &quot;%1&quot;</source>
        <translation>Tariftabelle „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Writing rate deck &quot;%1&quot;</source>
        <translation>Tariftabelle „%1“ wird geschrieben</translation>
    </message>
    <message>
        <source>Replacing the rates of deck &quot;%1&quot;</source>
        <translation>Tarife der Tariftabelle „%1“ werden ersetzt</translation>
    </message>
    <message>
        <source>Writing rate %1 of deck &quot;%2&quot;</source>
        <translation>Tarif %1 der Tariftabelle „%2“ wird geschrieben</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot; in the store: %2</source>
        <translation>Tariftabelle „%1“ im Datenbestand: %2</translation>
    </message>
</context>
<context>
    <name>RateLookupView</name>
    <message>
        <source>Matching rate in every deck</source>
        <translation>Passender Tarif in jeder Tariftabelle</translation>
    </message>
    <message>
        <source>Rates found</source>
        <translation>Gefundene Tarife</translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation>Tarifsuche</translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation>Zu suchende Nummer</translation>
    </message>
    <message>
        <source>A number, e.g. +44 20 7946 0000</source>
        <translation>Eine Nummer, z. B. +44 20 7946 0000</translation>
    </message>
    <message>
        <source>Rates in effect at (UTC)</source>
        <translation>Tarife gültig am (UTC)</translation>
    </message>
    <message>
        <source>Sell deck</source>
        <translation>Verkaufstarife</translation>
    </message>
    <message>
        <source>Buy deck</source>
        <translation>Einkaufstarife</translation>
    </message>
    <message>
        <source>Search the decks by destination or prefix</source>
        <translation>Tariftabellen nach Ziel oder Präfix durchsuchen</translation>
    </message>
    <message>
        <source>Destination name or prefix, e.g. Canada or 4420</source>
        <translation>Zielname oder Präfix, z. B. Canada oder 4420</translation>
    </message>
    <message>
        <source>in effect at</source>
        <translation>gültig am</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Sell:</source>
        <translation>Verkauf:</translation>
    </message>
    <message>
        <source>Buy:</source>
        <translation>Einkauf:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge:</translation>
    </message>
    <message>
        <source>&amp;Search decks:</source>
        <translation>Tariftabellen &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one with cdrdesk-cli deck import.</source>
        <translation>Diese Datenbank hat keine Tariftabellen. Importieren Sie eine mit cdrdesk-cli deck import.</translation>
    </message>
    <message numerus="yes">
        <source>Type a number to see its rate in each of the %n deck(s).</source>
        <translation>
            <numerusform>Geben Sie eine Nummer ein, um ihren Tarif zu sehen (%n Tariftabelle).</numerusform>
            <numerusform>Geben Sie eine Nummer ein, um ihren Tarif in jeder der %n Tariftabellen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No margin: deck &quot;%1&quot; has no rate for this number.</source>
        <translation>Keine Marge: Tariftabelle „%1“ hat keinen Tarif für diese Nummer.</translation>
    </message>
    <message>
        <source>No margin: &quot;%1&quot; is in %2 and &quot;%3&quot; in %4.</source>
        <translation>Keine Marge: „%1“ ist in %2 und „%3“ in %4.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 − %2 = &lt;b&gt;%3 %4 per minute&lt;/b&gt; (%5 % of the sell rate)</source>
        <translation>%1 − %2 = &lt;b&gt;%3 %4 pro Minute&lt;/b&gt; (%5 % des Verkaufstarifs)</translation>
    </message>
    <message>
        <source>The first %L1 rates; narrow the search to see the rest.</source>
        <translation>Die ersten %L1 Tarife; grenzen Sie die Suche ein, um den Rest zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) found.</source>
        <translation>
            <numerusform>%n Tarif gefunden.</numerusform>
            <numerusform>%n Tarife gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>Deck</source>
        <translation>Tariftabelle</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation>Tarif/Min.</translation>
    </message>
    <message>
        <source>Then/min</source>
        <translation>Danach/Min.</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Verbindungsgebühr</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no prefix matches</source>
        <translation>kein Präfix passt</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Rater</name>
    <message>
        <source>Increments %1/%2 s, anchor %3: %4 s billed as %5 s.</source>
        <translation>Takt %1/%2 s, Anker %3: %4 s abgerechnet als %5 s.</translation>
    </message>
    <message>
        <source>Included seconds: %1 of the %2 left to customer %3 cover this call; %4 left.</source>
        <translation>Inklusivsekunden: %1 der verbleibenden %2 von Kunde %3 decken diesen Anruf; %4 verbleiben.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 s from +%4 at %5/min%6%7 = %8.</source>
        <translation>%1: %2 × %3 s ab +%4 zu %5/Min.%6%7 = %8.</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (Nebenzeit)</translation>
    </message>
    <message>
        <source>, %1 s included</source>
        <translation>, %1 s inklusive</translation>
    </message>
    <message>
        <source>Rating number %1: the usage amount overflows.</source>
        <translation>Tarifierung von Nummer %1: Der Nutzungsbetrag läuft über.</translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (exact).</source>
        <translation>Nutzung: Σ Tarif × Sekunden ÷ 60 = %1 (exakt).</translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (rounded %2 to 8 decimals).</source>
        <translation>Nutzung: Σ Tarif × Sekunden ÷ 60 = %1 (%2 auf 8 Nachkommastellen gerundet).</translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows.</source>
        <translation>Tarifierung von Nummer %1: Der Betrag läuft über.</translation>
    </message>
    <message>
        <source>Connection fees: row %1 + deck %2 = %3.</source>
        <translation>Verbindungsgebühren: Zeile %1 + Tariftabelle %2 = %3.</translation>
    </message>
    <message>
        <source>Subtotal: usage %1 + fees %2 = %3.</source>
        <translation>Zwischensumme: Nutzung %1 + Gebühren %2 = %3.</translation>
    </message>
    <message>
        <source>Minimum cost %1 applies (subtotal %2 is below it).</source>
        <translation>Mindestkosten %1 gelten (Zwischensumme %2 liegt darunter).</translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows when rounded.</source>
        <translation>Tarifierung von Nummer %1: Der Betrag läuft beim Runden über.</translation>
    </message>
    <message>
        <source>Rounded %1 to %2 decimals: %3 → %4.</source>
        <translation>%1 auf %2 Nachkommastellen gerundet: %3 → %4.</translation>
    </message>
    <message>
        <source>Cost: %1 %2.</source>
        <translation>Kosten: %1 %2.</translation>
    </message>
    <message>
        <source>Number %1: no prefix of deck &quot;%2&quot; in effect at %3 matches; not rated.</source>
        <translation>Nummer %1: Kein am %3 gültiges Präfix der Tariftabelle „%2“ passt; nicht tarifiert.</translation>
    </message>
    <message>
        <source>Number %1 matches prefix %2 (%3) of deck &quot;%4&quot;: %5/min, increments %6/%7, connection fee %8, minimum %9 s.</source>
        <translation>Nummer %1 passt zu Präfix %2 (%3) der Tariftabelle „%4“: %5/Min., Takt %6/%7, Verbindungsgebühr %8, Minimum %9 s.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not billable (billable: %2); cost 0.</source>
        <translation>Status „%1“ ist nicht abrechenbar (abrechenbar: %2); Kosten 0.</translation>
    </message>
    <message>
        <source>Talk time %1 s is below the no-charge threshold of %2 s; cost 0.</source>
        <translation>Gesprächszeit %1 s liegt unter der Freigrenze von %2 s; Kosten 0.</translation>
    </message>
    <message>
        <source>Grace: %1 s − %2 s = %3 s to bill.</source>
        <translation>Kulanzzeit: %1 s − %2 s = %3 s abzurechnen.</translation>
    </message>
    <message>
        <source>first block</source>
        <translation>erster Block</translation>
    </message>
    <message>
        <source>minimum-duration top-up</source>
        <translation>Aufstockung auf Mindestdauer</translation>
    </message>
    <message>
        <source>subsequent blocks</source>
        <translation>Folgeblöcke</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>RerateDialog</name>
    <message>
        <source>, archived calls included</source>
        <translation>, archivierte Anrufe eingeschlossen</translation>
    </message>
    <message>
        <source>Calls from %1 to %2 (UTC)%3</source>
        <translation>Anrufe von %1 bis %2 (UTC)%3</translation>
    </message>
    <message>
        <source>Calls from %1 (UTC) on%2</source>
        <translation>Anrufe ab %1 (UTC)%2</translation>
    </message>
    <message>
        <source>Calls before %1 (UTC)%2</source>
        <translation>Anrufe vor %1 (UTC)%2</translation>
    </message>
    <message>
        <source>Every call of the database%1</source>
        <translation>Alle Anrufe der Datenbank%1</translation>
    </message>
    <message>
        <source>&amp;Dry run: rate and add up, write nothing</source>
        <translation>&amp;Probelauf: tarifieren und summieren, nichts schreiben</translation>
    </message>
    <message>
        <source>Re-rate Calls</source>
        <translation>Anrufe neu tarifieren</translation>
    </message>
    <message>
        <source>Re-rate calls</source>
        <translation>Anrufe neu tarifieren</translation>
    </message>
    <message>
        <source>Deck to rate under</source>
        <translation>Tariftabelle für die Tarifierung</translation>
    </message>
    <message>
        <source>%1 (%2, %L3 rates)</source>
        <translation>%1 (%2, %L3 Tarife)</translation>
    </message>
    <message>
        <source>Rating progress</source>
        <translation>Fortschritt der Tarifierung</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Tarifieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Anrufe:</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Tariftabelle:</translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one first (cdrdesk-cli deck import).</source>
        <translation>Diese Datenbank hat keine Tariftabellen. Importieren Sie zuerst eine (cdrdesk-cli deck import).</translation>
    </message>
    <message>
        <source>Rated %L1 of %L2 calls…</source>
        <translation>%L1 von %L2 Anrufen tarifiert…</translation>
    </message>
    <message>
        <source>Counting the calls…</source>
        <translation>Anrufe werden gezählt…</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Angehalten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4 %5.</source>
        <translation>%L1 Anrufe tarifiert: %L2 abrechenbar, %L3 ohne passendes Präfix; gesamt %4 %5.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. %1</source>
        <translation>Probelauf, nichts geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The database has a table &quot;calls&quot; that CDR Desk did not create; it is left untouched. Open an empty database or one made by CDR Desk.</source>
        <translation>Die Datenbank hat eine Tabelle „calls“, die nicht von CDR Desk angelegt wurde; sie bleibt unangetastet. Öffnen Sie eine leere oder eine von CDR Desk erstellte Datenbank.</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Schemaversion wird gelesen</translation>
    </message>
    <message>
        <source>The schema version &quot;%1&quot; stored in the database is not a number.</source>
        <translation>Die in der Datenbank gespeicherte Schemaversion „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>This database has schema version %1, written by a newer CDR Desk; this program knows versions up to %2. Nothing was changed: open it with a newer CDR Desk.</source>
        <translation>Diese Datenbank hat Schemaversion %1, geschrieben von einem neueren CDR Desk; dieses Programm kennt Versionen bis %2. Es wurde nichts geändert: Öffnen Sie sie mit einem neueren CDR Desk.</translation>
    </message>
    <message>
        <source>Starting the migration to schema version %1</source>
        <translation>Migration auf Schemaversion %1 beginnt</translation>
    </message>
    <message>
        <source>Migrating to schema version %1</source>
        <translation>Migration auf Schemaversion %1</translation>
    </message>
    <message>
        <source>Committing schema version %1</source>
        <translation>Schemaversion %1 wird festgeschrieben</translation>
    </message>
    <message>
        <source>Dropping index %1</source>
        <translation>Index %1 wird entfernt</translation>
    </message>
    <message>
        <source>Building index %1</source>
        <translation>Index %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Schemaversion wird gespeichert</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available here: %1</source>
        <translation>Hier ist kein System-Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für %1.</translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation>Der System-Schlüsselbund ist für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Anzeige</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zeitzone des Systems (%1)</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Short, as the language writes it</source>
        <translation>Kurz, wie in der Sprache üblich</translation>
    </message>
    <message>
        <source>Long, as the language writes it</source>
        <translation>Lang, wie in der Sprache üblich</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Code (12.50 EUR)</source>
        <translation>Code (12,50 EUR)</translation>
    </message>
    <message>
        <source>Symbol (€12.50)</source>
        <translation>Symbol (12,50 €)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Bankverbindung:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>%1 exists already; demo data goes into a new file.</source>
        <translation>%1 existiert bereits; Demodaten kommen in eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>TimeUtil</name>
    <message>
        <source>&quot;%1&quot; names a date that does not exist.</source>
        <translation>„%1“ nennt ein Datum, das es nicht gibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day outside 00:00:00-23:59:59.</source>
        <translation>„%1“ hat eine Uhrzeit außerhalb von 00:00:00–23:59:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a UTC offset outside -23:59..+23:59.</source>
        <translation>„%1“ hat einen UTC-Versatz außerhalb von -23:59..+23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: expected Unix seconds or an ISO 8601 date-time such as 2024-03-01T12:00:00Z.</source>
        <translation>„%1“ ist kein Zeitstempel: erwartet werden Unix-Sekunden oder ein ISO-8601-Zeitpunkt wie 2024-03-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>The timestamp is empty.</source>
        <translation>Der Zeitstempel ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for Unix seconds.</source>
        <translation>„%1“ ist zu groß für Unix-Sekunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no UTC offset and the time zone to read it in is not valid.</source>
        <translation>„%1“ hat keinen UTC-Versatz, und die Zeitzone zum Lesen ist ungültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in time zone %2: the clocks skip it at a daylight-saving change.</source>
        <translation>„%1“ existiert in Zeitzone %2 nicht: Die Uhren überspringen diese Zeit bei der Sommerzeitumstellung.</translation>
    </message>
</context>
<context>
    <name>TrafficGrid</name>
    <message>
        <source>Traffic by weekday and hour</source>
        <translation>Verkehr nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59: %L3 calls</source>
        <translation>%1 %2:00–%2:59: %L3 Anrufe</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Import cancelled before %1; nothing of it was stored.</source>
        <translation>Import vor %1 abgebrochen; davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %L1 calls to %2.</source>
        <translation>%L1 Anrufe nach %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %L1 new calls from %n file(s); %L2 were stored already, %L3 rejected.</source>
        <translation>
            <numerusform>%L1 neue Anrufe aus %n Datei importiert; %L2 waren bereits gespeichert, %L3 abgewiesen.</numerusform>
            <numerusform>%L1 neue Anrufe aus %n Dateien importiert; %L2 waren bereits gespeichert, %L3 abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The rejected rows are in %2.</source>
        <translation>%1 Die abgewiesenen Zeilen stehen in %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>VoipmsMapper</name>
    <message>
        <source>&quot;%1&quot; is not a duration HH:MM:SS</source>
        <translation>„%1“ ist keine Dauer im Format HH:MM:SS</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>XlsxCallWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: Die Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1: more than %2 calls do not fit one worksheet; narrow the filter or export CSV.</source>
        <translation>%1: Mehr als %2 Anrufe passen nicht in ein Arbeitsblatt; grenzen Sie den Filter ein oder exportieren Sie CSV.</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: Die Arbeitsmappe kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the finished workbook could not be moved into place</source>
        <translation>%1: Schreiben nicht möglich: Die fertige Arbeitsmappe konnte nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>List calls of a store, filtered, sorted and paged.</source>
        <translation>Anrufe eines Datenbestands auflisten, gefiltert, sortiert und seitenweise.</translation>
    </message>
    <message>
        <source>Create a store filled with realistic demo calls.</source>
        <translation>Einen Datenbestand mit realistischen Demo-Anrufen anlegen.</translation>
    </message>
    <message>
        <source>Show a store&apos;s schema version and counts.</source>
        <translation>Schemaversion und Mengen eines Datenbestands anzeigen.</translation>
    </message>
    <message>
        <source>Import CDR files (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CDR Desk CSV).</source>
        <translation>CDR-Dateien importieren (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CDR-Desk-CSV).</translation>
    </message>
    <message>
        <source>Export filtered calls as CSV, JSON Lines or XLSX.</source>
        <translation>Gefilterte Anrufe als CSV, JSON Lines oder XLSX exportieren.</translation>
    </message>
    <message>
        <source>Import, export and list rate decks.</source>
        <translation>Tariftabellen importieren, exportieren und auflisten.</translation>
    </message>
    <message>
        <source>Rate calls under a deck, or explain one charge.</source>
        <translation>Anrufe nach einer Tariftabelle tarifieren oder eine Gebühr erklären.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: cdrdesk-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
&apos;cdrdesk-cli COMMAND --help&apos; describes a command&apos;s options.
Exit codes: 0 ok, 1 runtime failure, 2 bad usage or invalid input.
</source>
        <translation>
&apos;cdrdesk-cli BEFEHL --help&apos; beschreibt die Optionen eines Befehls.
Exit-Codes: 0 ok, 1 Laufzeitfehler, 2 falscher Aufruf oder ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of generic, voipms, cgrates.</source>
        <translation>--format: „%1“ ist nicht generic, voipms oder cgrates.</translation>
    </message>
    <message>
        <source>Imports a rate deck file (or CGRateS folder) as deck NAME, replacing a deck of that name.</source>
        <translation>Importiert eine Tariftabellen-Datei (oder einen CGRateS-Ordner) als Tariftabelle NAME und ersetzt eine gleichnamige.</translation>
    </message>
    <message>
        <source>The deck&apos;s name (for cgrates also the rating plan, unless --plan).</source>
        <translation>Name der Tariftabelle (bei cgrates auch der Tarifplan, außer mit --plan).</translation>
    </message>
    <message>
        <source>generic (default), voipms or cgrates.</source>
        <translation>generic (Standard), voipms oder cgrates.</translation>
    </message>
    <message>
        <source>The deck&apos;s currency (default USD).</source>
        <translation>Währung der Tariftabelle (Standard USD).</translation>
    </message>
    <message>
        <source>cgrates: the RatingPlans id to import.</source>
        <translation>cgrates: die zu importierende RatingPlans-ID.</translation>
    </message>
    <message>
        <source>A rating rule KEY=VALUE, repeatable; keys: %1.</source>
        <translation>Eine Tarifregel SCHLÜSSEL=WERT, wiederholbar; Schlüssel: %1.</translation>
    </message>
    <message>
        <source>The file, or the CGRateS folder.</source>
        <translation>Die Datei oder der CGRateS-Ordner.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>Imported %1 rates as deck &quot;%2&quot; (id %3).</source>
        <translation>%1 Tarife als Tariftabelle „%2“ importiert (ID %3).</translation>
    </message>
    <message>
        <source>Lists the rate decks of a store.</source>
        <translation>Listet die Tariftabellen eines Datenbestands auf.</translation>
    </message>
    <message>
        <source>Writes deck NAME&apos;s rates to a CSV file, complete or not at all (the rules are not part of the file).</source>
        <translation>Schreibt die Tarife der Tariftabelle NAME vollständig oder gar nicht in eine CSV-Datei (die Regeln gehören nicht zur Datei).</translation>
    </message>
    <message>
        <source>The deck&apos;s name.</source>
        <translation>Name der Tariftabelle.</translation>
    </message>
    <message>
        <source>generic (default, every column) or voipms (one increment and rate per prefix).</source>
        <translation>generic (Standard, alle Spalten) oder voipms (ein Takt und ein Tarif je Präfix).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of generic, voipms.</source>
        <translation>--format: „%1“ ist weder generic noch voipms.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 rates of deck &quot;%2&quot; to %3.</source>
        <translation>%1 Tarife der Tariftabelle „%2“ nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Call %1 (uniqueid %2, %3):</source>
        <translation>Anruf %1 (uniqueid %2, %3):</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli deck import|export|list [options]; &apos;cdrdesk-cli deck import --help&apos;.</source>
        <translation>Aufruf: cdrdesk-cli deck import|export|list [Optionen]; &apos;cdrdesk-cli deck import --help&apos;.</translation>
    </message>
    <message>
        <source>Rates (or re-rates) calls under a deck, storing each rated cost in one transaction; or explains the charge of one call.</source>
        <translation>Tarifiert (oder tarifiert neu) Anrufe nach einer Tariftabelle und speichert alle Kosten in einer Transaktion; oder erklärt die Gebühr eines Anrufs.</translation>
    </message>
    <message>
        <source>Zone of --start/--end without an offset (default UTC).</source>
        <translation>Zone für --start/--end ohne Versatz (Standard UTC).</translation>
    </message>
    <message>
        <source>Rate and report without writing anything.</source>
        <translation>Tarifieren und berichten, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Explain the charge of the call given by --uniqueid; writes nothing.</source>
        <translation>Die Gebühr des mit --uniqueid angegebenen Anrufs erklären; schreibt nichts.</translation>
    </message>
    <message>
        <source>The call to explain.</source>
        <translation>Der zu erklärende Anruf.</translation>
    </message>
    <message>
        <source>--explain needs --uniqueid.</source>
        <translation>--explain braucht --uniqueid.</translation>
    </message>
    <message>
        <source>--deck is required.</source>
        <translation>--deck ist erforderlich.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Rated %1 of %2 calls</source>
        <translation><byte value="xd"/>%1 von %2 Anrufen tarifiert</translation>
    </message>
    <message>
        <source>%1 calls rated%2: %3 billable, %4 without a matching prefix, total %5 %6.</source>
        <translation>%1 Anrufe tarifiert%2: %3 abrechenbar, %4 ohne passendes Präfix, gesamt %5 %6.</translation>
    </message>
    <message>
        <source> (dry run, nothing written)</source>
        <translation> (Probelauf, nichts geschrieben)</translation>
    </message>
    <message>
        <source>Lists calls in the order asked for, as CSV, JSON or a table.
Times accept Unix seconds or ISO 8601; without an offset they are read in --timezone.</source>
        <translation>Listet Anrufe in der gewünschten Reihenfolge als CSV, JSON oder Tabelle auf.
Zeiten akzeptieren Unix-Sekunden oder ISO 8601; ohne Versatz werden sie in --timezone gelesen.</translation>
    </message>
    <message>
        <source>Comma-separated store column names to print.</source>
        <translation>Kommagetrennte Spaltennamen des Datenbestands, die ausgegeben werden.</translation>
    </message>
    <message>
        <source>csv (default), json or table.</source>
        <translation>csv (Standard), json oder table.</translation>
    </message>
    <message>
        <source>Zone for printed times and for times given without an offset (default UTC).</source>
        <translation>Zone für ausgegebene Zeiten und für Zeiten ohne Versatz (Standard UTC).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of csv, json, table.</source>
        <translation>--format: „%1“ ist nicht csv, json oder table.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich.</translation>
    </message>
    <message>
        <source>Creates a store filled with a realistic, deterministic demo dataset: a customer
tree, a retail rate deck and N calls over the days before --until.</source>
        <translation>Legt einen Datenbestand mit realistischen, reproduzierbaren Demodaten an: einen Kunden-
baum, eine Endkunden-Tariftabelle und N Anrufe über die Tage vor --until.</translation>
    </message>
    <message>
        <source>How many call legs (default 100000).</source>
        <translation>Anzahl der Anrufabschnitte (Standard 100000).</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed and --until give the same calls.</source>
        <translation>Zufallsstartwert (Standard 1): derselbe Startwert und dasselbe --until ergeben dieselben Anrufe.</translation>
    </message>
    <message>
        <source>Days the calls span (default 365).</source>
        <translation>Über wie viele Tage sich die Anrufe erstrecken (Standard 365).</translation>
    </message>
    <message>
        <source>The span ends at T (default: the next UTC midnight).</source>
        <translation>Der Zeitraum endet bei T (Standard: die nächste Mitternacht UTC).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <source>%1% (%2 calls, %3 s)</source>
        <translation>%1 % (%2 Anrufe, %3 s)</translation>
    </message>
    <message>
        <source>Wrote %1 demo calls to %2 in %3 s.</source>
        <translation>%1 Demo-Anrufe in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Shows a store&apos;s schema version and what it holds.</source>
        <translation>Zeigt die Schemaversion eines Datenbestands und seinen Inhalt.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of text, json.</source>
        <translation>--format: „%1“ ist weder text noch json.</translation>
    </message>
    <message>
        <source>Database:        %1
</source>
        <translation>Datenbank:       %1
</translation>
    </message>
    <message>
        <source>Schema version:  %1
</source>
        <translation>Schemaversion:   %1
</translation>
    </message>
    <message>
        <source>Calls:           %1 (%2 archived)
</source>
        <translation>Anrufe:          %1 (%2 archiviert)
</translation>
    </message>
    <message>
        <source>Customers:       %1
</source>
        <translation>Kunden:          %1
</translation>
    </message>
    <message>
        <source>Rate decks:      %1
</source>
        <translation>Tariftabellen:   %1
</translation>
    </message>
    <message>
        <source>First call:      %1
</source>
        <translation>Erster Anruf:    %1
</translation>
    </message>
    <message>
        <source>Last call:       %1
</source>
        <translation>Letzter Anruf:   %1
</translation>
    </message>
    <message>
        <source>  source %1: %2 calls
</source>
        <translation>  Quelle %1: %2 Anrufe
</translation>
    </message>
    <message>
        <source>The store: a SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname (also mysql://; password from CDRDESK_DB_PASSWORD or the keychain).</source>
        <translation>Der Datenbestand: eine SQLite-Datei, postgresql://user@host:port/dbname oder mariadb://user@host:port/dbname (auch mysql://; Passwort aus CDRDESK_DB_PASSWORD oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>See &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation>Siehe &apos;cdrdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 expects %2 argument(s); see &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation>%1 erwartet %2 Argument(e); siehe &apos;cdrdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>--db ist erforderlich.</translation>
    </message>
    <message>
        <source>--timezone: &quot;%1&quot; is neither a time zone (Europe/London, UTC) nor a UTC offset (-7, +5:30).</source>
        <translation>--timezone: „%1“ ist weder eine Zeitzone (Europe/Berlin, UTC) noch ein UTC-Versatz (-7, +5:30).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of at least %3.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von mindestens %3.</translation>
    </message>
    <message>
        <source>Calls starting at or after T (Unix seconds or ISO 8601).</source>
        <translation>Anrufe, die bei oder nach T beginnen (Unix-Sekunden oder ISO 8601).</translation>
    </message>
    <message>
        <source>Calls starting before T.</source>
        <translation>Anrufe, die vor T beginnen.</translation>
    </message>
    <message>
        <source>Sort field: %1 (default start).</source>
        <translation>Sortierfeld: %1 (Standard start).</translation>
    </message>
    <message>
        <source>1 to sort descending (default 0).</source>
        <translation>1 für absteigende Sortierung (Standard 0).</translation>
    </message>
    <message>
        <source>1 to include archived calls (default 0).</source>
        <translation>1, um archivierte Anrufe einzuschließen (Standard 0).</translation>
    </message>
    <message>
        <source>At most N calls (0 = all, the default).</source>
        <translation>Höchstens N Anrufe (0 = alle, der Standard).</translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation>Die ersten N Anrufe überspringen.</translation>
    </message>
    <message>
        <source>--%1: must be 0 or 1.</source>
        <translation>--%1: muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: „%1“ ist keines von %2.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of csv, jsonl, xlsx.</source>
        <translation>--format: „%1“ ist nicht csv, jsonl oder xlsx.</translation>
    </message>
    <message>
        <source>Imports CDR files into a store, each in one transaction; importing a file again adds nothing.
The format is detected unless --format names it.</source>
        <translation>Importiert CDR-Dateien in einen Datenbestand, jede in einer Transaktion; ein erneuter Import fügt nichts hinzu.
Das Format wird erkannt, sofern --format es nicht angibt.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Eines von %1.</translation>
    </message>
    <message>
        <source>How to read local times in the files: an IANA name or a UTC offset such as -7 (default UTC).</source>
        <translation>Wie lokale Zeiten in den Dateien gelesen werden: ein IANA-Name oder ein UTC-Versatz wie -7 (Standard UTC).</translation>
    </message>
    <message>
        <source>FreeSWITCH: the mod_cdr_csv template file the CSV was written with (default: &quot;example&quot;).</source>
        <translation>FreeSWITCH: die mod_cdr_csv-Vorlagendatei, mit der die CSV geschrieben wurde (Standard: „example“).</translation>
    </message>
    <message>
        <source>Write invalid rows with their reasons to FILE.rejects.csv and import the rest.</source>
        <translation>Ungültige Zeilen mit Begründung in DATEI.rejects.csv schreiben und den Rest importieren.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Die zu importierenden Dateien.</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>Geben Sie mindestens eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 imported, %4 skipped, %5 rejected</source>
        <translation>%1 (%2): %3 importiert, %4 übersprungen, %5 abgewiesen</translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation> (siehe %1)</translation>
    </message>
    <message>
        <source>Exports the calls a filter selects, in its order, as CSV, JSON Lines or XLSX.
The file appears only when complete.</source>
        <translation>Exportiert die von einem Filter gewählten Anrufe in dessen Reihenfolge als CSV, JSON Lines oder XLSX.
Die Datei erscheint erst, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>csv (default), jsonl or xlsx (default from the file&apos;s extension).</source>
        <translation>csv (Standard), jsonl oder xlsx (Standard nach Dateiendung).</translation>
    </message>
    <message>
        <source>Comma-separated store column names (default all).</source>
        <translation>Kommagetrennte Spaltennamen des Datenbestands (Standard alle).</translation>
    </message>
    <message>
        <source>Zone of the written times and of --start/--end without an offset (default UTC).</source>
        <translation>Zone der geschriebenen Zeiten und von --start/--end ohne Versatz (Standard UTC).</translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: mit UTF-8-Byte-Order-Mark beginnen (für Excel).</translation>
    </message>
    <message>
        <source>CSV: end lines with CRLF (RFC 4180).</source>
        <translation>CSV: Zeilen mit CRLF beenden (RFC 4180).</translation>
    </message>
    <message>
        <source>CSV: prefix cells starting with = + - @ with &apos; so spreadsheets do not run them; plain numbers such as +4420… stay as they are.</source>
        <translation>CSV: Zellen, die mit = + - @ beginnen, ein &apos; voranstellen, damit Tabellenkalkulationen sie nicht ausführen; reine Zahlen wie +4420… bleiben unverändert.</translation>
    </message>
    <message>
        <source>Wrote %1 calls to %2.</source>
        <translation>%1 Anrufe nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CDR Desk: call detail records and billing.</source>
        <translation>CDR Desk: Verbindungsdatensätze und Abrechnung.</translation>
    </message>
    <message>
        <source>A SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname to open.</source>
        <translation>Zu öffnende SQLite-Datei, postgresql://user@host:port/dbname oder mariadb://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: show the view, dock or dialog NAME first (e.g. dashboard).</source>
        <translation>Mit --screenshot: zuerst die Ansicht, das Dock oder den Dialog NAME zeigen (z. B. dashboard).</translation>
    </message>
</context>
</TS>
