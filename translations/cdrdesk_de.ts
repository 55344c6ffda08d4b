<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AsteriskCdrTable</name>
    <message>
        <source>Attaching to an Asterisk CDR table needs a PostgreSQL or MariaDB server.</source>
        <translation>Das Anbinden einer Asterisk-CDR-Tabelle erfordert einen PostgreSQL- oder MariaDB-Server.</translation>
    </message>
    <message>
        <source>The database %1 has no table &quot;%2&quot; that this user can read.</source>
        <translation>Die Datenbank %1 hat keine Tabelle „%2“, die dieser Benutzer lesen darf.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has neither a calldate nor a start column; it is not an Asterisk CDR table.</source>
        <translation>Die Tabelle „%1“ hat weder eine Spalte calldate noch start; sie ist keine Asterisk-CDR-Tabelle.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;; it is not an Asterisk CDR table.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“; sie ist keine Asterisk-CDR-Tabelle.</translation>
    </message>
</context>
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
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Resellers and clients</source>
        <translation>Wiederverkäufer und Endkunden</translation>
    </message>
    <message>
        <source>&amp;What-if Re-rating…</source>
        <translation>&amp;Was-wäre-wenn-Tarifierung…</translation>
    </message>
    <message>
        <source>&amp;Create Call…</source>
        <translation>Anruf &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Re&amp;sellers and Clients</source>
        <translation>Wieder&amp;verkäufer und Endkunden</translation>
    </message>
</context>
<context>
    <name>CallCreator</name>
    <message>
        <source>Empty string.</source>
        <translation>Leere Zeichenkette.</translation>
    </message>
    <message>
        <source>Uniqueid.</source>
        <translation>Uniqueid.</translation>
    </message>
    <message>
        <source>Machine.</source>
        <translation>Maschine.</translation>
    </message>
    <message>
        <source>Start Unix timestamp.</source>
        <translation>Unix-Zeitstempel des Beginns.</translation>
    </message>
    <message>
        <source>ID of customer making call.</source>
        <translation>ID des anrufenden Kunden.</translation>
    </message>
    <message>
        <source>Source type.</source>
        <translation>Quelltyp.</translation>
    </message>
    <message>
        <source>Source number.</source>
        <translation>Quellnummer.</translation>
    </message>
    <message>
        <source>Source presentation in ISDN format.</source>
        <translation>Rufnummernanzeige der Quelle im ISDN-Format.</translation>
    </message>
    <message>
        <source>Source caller name.</source>
        <translation>Anrufername der Quelle.</translation>
    </message>
    <message>
        <source>Called type.</source>
        <translation>Typ des Angerufenen.</translation>
    </message>
    <message>
        <source>Called number.</source>
        <translation>Angerufene Nummer.</translation>
    </message>
    <message>
        <source>Same as scustomer.</source>
        <translation>Wie scustomer.</translation>
    </message>
    <message>
        <source>ID of destination customer.</source>
        <translation>ID des Zielkunden.</translation>
    </message>
    <message>
        <source>Destination type.</source>
        <translation>Zieltyp.</translation>
    </message>
    <message>
        <source>Destination number.</source>
        <translation>Zielnummer.</translation>
    </message>
    <message>
        <source>Same as uniqueid.</source>
        <translation>Wie uniqueid.</translation>
    </message>
    <message>
        <source>Callid.</source>
        <translation>Callid.</translation>
    </message>
    <message>
        <source>Channel.</source>
        <translation>Kanal.</translation>
    </message>
    <message>
        <source>Cost to customer making call.</source>
        <translation>Kosten für den anrufenden Kunden.</translation>
    </message>
    <message>
        <source>System currency.</source>
        <translation>Systemwährung.</translation>
    </message>
    <message>
        <source>Currency cost is in.</source>
        <translation>Währung der Kosten.</translation>
    </message>
    <message>
        <source>Same as start.</source>
        <translation>Wie start.</translation>
    </message>
    <message>
        <source>End Unix timestamp.</source>
        <translation>Unix-Zeitstempel des Endes.</translation>
    </message>
    <message>
        <source>ID of ingroup_time.</source>
        <translation>ID von ingroup_time.</translation>
    </message>
    <message>
        <source>ID of invoice. 0 for none.</source>
        <translation>ID der Rechnung. 0 für keine.</translation>
    </message>
    <message>
        <source>Media: fax, message or voice.</source>
        <translation>Medium: fax, message oder voice.</translation>
    </message>
    <message>
        <source>Number of included messages used.</source>
        <translation>Anzahl der verbrauchten Inklusivnachrichten.</translation>
    </message>
    <message>
        <source>Note to attach to call.</source>
        <translation>Notiz zum Anruf.</translation>
    </message>
    <message>
        <source>ID of outgroup_time.</source>
        <translation>ID von outgroup_time.</translation>
    </message>
    <message>
        <source>ID of peer. 0 for none.</source>
        <translation>ID des Peers. 0 für keinen.</translation>
    </message>
    <message>
        <source>Recording path.</source>
        <translation>Pfad der Aufzeichnung.</translation>
    </message>
    <message>
        <source>Call status: answer, busy, cancel, chanunavail, congestion, error or noanswer.</source>
        <translation>Anrufstatus: answer, busy, cancel, chanunavail, congestion, error oder noanswer.</translation>
    </message>
    <message>
        <source>end − start</source>
        <translation>end − start</translation>
    </message>
    <message>
        <source>Talk time in seconds.</source>
        <translation>Gesprächszeit in Sekunden.</translation>
    </message>
    <message>
        <source>Comma separated list of taxes to apply.</source>
        <translation>Kommagetrennte Liste der anzuwendenden Steuern.</translation>
    </message>
    <message>
        <source>Included time used in seconds.</source>
        <translation>Verbrauchte Inklusivzeit in Sekunden.</translation>
    </message>
    <message>
        <source>Total time in seconds.</source>
        <translation>Gesamtzeit in Sekunden.</translation>
    </message>
    <message>
        <source>1 to update balance of customer making call, 0 not to.</source>
        <translation>1, um das Guthaben des anrufenden Kunden zu aktualisieren, 0 nicht.</translation>
    </message>
    <message>
        <source>1 to update any affected invoices, 0 not to.</source>
        <translation>1, um betroffene Rechnungen zu aktualisieren, 0 nicht.</translation>
    </message>
    <message>
        <source>1 to validate input then return, 0 for full action.</source>
        <translation>1, um nur die Eingabe zu prüfen, 0 für die vollständige Aktion.</translation>
    </message>
    <message>
        <source>Unknown parameter.</source>
        <translation>Unbekannter Parameter.</translation>
    </message>
    <message>
        <source>Required parameter is missing.</source>
        <translation>Pflichtparameter fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>„%1“ ist keine ganze Zahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>Must be 0 or 1.</source>
        <translation>Muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Das Ende (%1) liegt vor dem Beginn (%2).</translation>
    </message>
    <message>
        <source>The talk time (%1 s) is longer than the total time (%2 s).</source>
        <translation>Die Gesprächszeit (%1 s) ist länger als die Gesamtzeit (%2 s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fax, message, voice.</source>
        <translation>„%1“ ist nicht fax, message oder voice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keines von %2.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>„%1“ ist kein dreistelliger Währungscode.</translation>
    </message>
    <message>
        <source>The cost is in %1 but customer %2&apos;s balance is in %3; pass update_balance 0 or the cost in %3.</source>
        <translation>Die Kosten sind in %1, das Guthaben von Kunde %2 aber in %3; übergeben Sie update_balance 0 oder die Kosten in %3.</translation>
    </message>
    <message>
        <source>There is no tax named &quot;%1&quot;.</source>
        <translation>Es gibt keine Steuer namens „%1“.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2; calls are added only to draft invoices.</source>
        <translation>Rechnung %1 ist %2; Anrufe werden nur Rechnungsentwürfen hinzugefügt.</translation>
    </message>
    <message>
        <source>Looking for call %1</source>
        <translation>Anruf %1 wird gesucht</translation>
    </message>
    <message>
        <source>A call with uniqueid &quot;%1&quot; has been created already.</source>
        <translation>Ein Anruf mit der uniqueid „%1“ wurde bereits angelegt.</translation>
    </message>
    <message>
        <source>Reading back call %1</source>
        <translation>Anruf %1 wird zurückgelesen</translation>
    </message>
    <message>
        <source>Storing the charge of call %1</source>
        <translation>Gebühr von Anruf %1 wird gespeichert</translation>
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
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 0 nor 1.</source>
        <translation>„%1“ ist weder 0 noch 1.</translation>
    </message>
    <message>
        <source>the end of the range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>a customer ID is a whole number above 0.</source>
        <translation>Eine Kunden-ID ist eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>must be 0 (any) or an invoice ID.</source>
        <translation>muss 0 (beliebig) oder eine Rechnungs-ID sein.</translation>
    </message>
    <message>
        <source>must be 0 (any) or a peer ID.</source>
        <translation>muss 0 (beliebig) oder eine Peer-ID sein.</translation>
    </message>
    <message>
        <source>must be 0 or more seconds.</source>
        <translation>muss 0 oder mehr Sekunden sein.</translation>
    </message>
    <message>
        <source>must be -1 (no limit) or 0 or more seconds.</source>
        <translation>muss -1 (keine Grenze) oder 0 oder mehr Sekunden sein.</translation>
    </message>
    <message>
        <source>is below talktime_minimum.</source>
        <translation>liegt unter talktime_minimum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; use in, out or internal.</source>
        <translation>„%1“ ist keine Richtung; verwenden Sie in, out oder internal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not digits: give the country and area code, as 1212 or 4420.</source>
        <translation>„%1“ besteht nicht aus Ziffern: Geben Sie Länder- und Ortsvorwahl an, etwa 1212 oder 4930.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (as 192.0.2.10 or 2001:db8::1).</source>
        <translation>„%1“ ist keine IP-Adresse (wie 192.0.2.10 oder 2001:db8::1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keines von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither free nor billed.</source>
        <translation>„%1“ ist weder free noch billed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither incoming, outgoing nor a DID number.</source>
        <translation>„%1“ ist weder incoming, outgoing noch eine DID-Nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sort field; use one of %2.</source>
        <translation>„%1“ ist kein Sortierfeld; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>must be 0 (all) or more.</source>
        <translation>muss 0 (alle) oder größer sein.</translation>
    </message>
    <message>
        <source>must be 0 or more.</source>
        <translation>muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>customer %1 and below</source>
        <translation>Kunde %1 und darunter</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>talk time ≥ %1 s</source>
        <translation>Gesprächszeit ≥ %1 s</translation>
    </message>
    <message>
        <source>talk time ≤ %1 s</source>
        <translation>Gesprächszeit ≤ %1 s</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>Peer %1</translation>
    </message>
    <message>
        <source>statuses %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>free calls</source>
        <translation>kostenlose Anrufe</translation>
    </message>
    <message>
        <source>billed calls</source>
        <translation>abgerechnete Anrufe</translation>
    </message>
    <message>
        <source>call type %1</source>
        <translation>Anruftyp %1</translation>
    </message>
    <message>
        <source>archived included</source>
        <translation>einschließlich archivierter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a customer ID nor one of own, all, external, postpaid, prepaid, system.</source>
        <translation>„%1“ ist weder eine Kunden-ID noch own, all, external, postpaid, prepaid oder system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a match mode; use contains, start, end or exact.</source>
        <translation>„%1“ ist keine Vergleichsart; verwenden Sie contains, start, end oder exact.</translation>
    </message>
    <message>
        <source>not a filter parameter.</source>
        <translation>kein Filterparameter.</translation>
    </message>
    <message>
        <source>expected a string or a number.</source>
        <translation>erwartet wird eine Zeichenkette oder eine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (an ISO 3166 code in capitals, as GB or US).</source>
        <translation>„%1“ ist kein Ländercode (ein ISO-3166-Code in Großbuchstaben, etwa GB oder US).</translation>
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
    <message>
        <source>Preparing the index builds</source>
        <translation>Vorbereiten des Indexaufbaus</translation>
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
    <message>
        <source>Replacing the charges of call %1</source>
        <translation>Gebühren von Anruf %1 werden ersetzt</translation>
    </message>
    <message>
        <source>Storing the charges of call %1</source>
        <translation>Gebühren von Anruf %1 werden gespeichert</translation>
    </message>
    <message>
        <source>Finding invoiced calls</source>
        <translation>Abgerechnete Anrufe werden gesucht</translation>
    </message>
    <message>
        <source>Rating calls under the customers&apos; decks</source>
        <translation>Anrufe werden nach den Tariftabellen der Kunden tarifiert</translation>
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
    <message>
        <source>Adding the new calls to the dashboard&apos;s roll-ups</source>
        <translation>Neue Anrufe werden in die Summen des Dashboards übernommen</translation>
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
    <message>
        <source>&amp;Attach read-only to an Asterisk CDR table (cdr)</source>
        <translation>Schreibgeschützt an eine Asterisk-CDR-Tabelle (cdr) &amp;anbinden</translation>
    </message>
    <message>
        <source>Browse the cdr table that Asterisk or FreePBX writes, without writing to it: no tables are created and a user with SELECT only is enough.</source>
        <translation>Die von Asterisk oder FreePBX geschriebene Tabelle cdr durchsuchen, ohne in sie zu schreiben: Es werden keine Tabellen angelegt, ein Benutzer mit reinem SELECT-Recht genügt.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditDialog</name>
    <message>
        <source>Enswitch JSON API</source>
        <translation>Enswitch-JSON-API</translation>
    </message>
    <message>
        <source>voip.ms REST API</source>
        <translation>voip.ms-REST-API</translation>
    </message>
    <message>
        <source>Kazoo (2600Hz) crossbar</source>
        <translation>Kazoo-Crossbar (2600Hz)</translation>
    </message>
    <message>
        <source>PBX REST API</source>
        <translation>PBX-REST-API</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host (credentials travel unencrypted)</source>
        <translation>Unverschlüsseltes &amp;HTTP zu diesem Host erlauben (Zugangsdaten werden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;customer:</source>
        <translation>Kunde des &amp;Betreibers:</translation>
    </message>
    <message>
        <source>&amp;Time zone (UTC offset, hours):</source>
        <translation>&amp;Zeitzone (Abstand zu UTC in Stunden):</translation>
    </message>
    <message>
        <source>Calls per &amp;request:</source>
        <translation>Anrufe pro Anf&amp;rage:</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically every:</source>
        <translation>Automatisch s&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>The server, e.g. https://enswitch.example.com (…/api/json/ is added). Customer: all, an ID, external, postpaid, prepaid or system.</source>
        <translation>Der Server, z. B. https://enswitch.example.com (…/api/json/ wird angehängt). Kunde: all, eine ID, external, postpaid, prepaid oder system.</translation>
    </message>
    <message>
        <source>The REST endpoint, e.g. https://voip.ms/api/v1/rest.php. Customer: a reseller client ID; account: one account&apos;s calls only.</source>
        <translation>Der REST-Endpunkt, z. B. https://voip.ms/api/v1/rest.php. Kunde: die ID eines Reseller-Kunden; Konto: nur die Anrufe dieses Kontos.</translation>
    </message>
    <message>
        <source>The crossbar server, e.g. https://kazoo.example.com:8443 (…/v2/accounts/ID/cdrs is added). The secret is the auth token.</source>
        <translation>Der Crossbar-Server, z. B. https://kazoo.example.com:8443 (…/v2/accounts/ID/cdrs wird angehängt). Das Geheimnis ist das Auth-Token.</translation>
    </message>
    <message>
        <source>The PBX, e.g. https://pbx.example.com (…/rest/call/read is added); user and password for HTTP Basic.</source>
        <translation>Die Telefonanlage, z. B. https://pbx.example.com (…/rest/call/read wird angehängt); Benutzer und Passwort für HTTP Basic.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The API URL must be a full http:// or https:// address.</source>
        <translation>Die API-URL muss eine vollständige http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The API URL holds a password: remove it from the URL and type it in the password field, which keeps it out of the store.</source>
        <translation>Die API-URL enthält ein Passwort: Entfernen Sie es aus der URL und geben Sie es im Passwortfeld ein, dann bleibt es aus der Datenbank heraus.</translation>
    </message>
    <message>
        <source>Kazoo needs the account ID.</source>
        <translation>Kazoo braucht die Konto-ID.</translation>
    </message>
    <message>
        <source>Give the user the API signs in as.</source>
        <translation>Geben Sie den Benutzer an, mit dem sich die API anmeldet.</translation>
    </message>
    <message>
        <source>The time zone is an offset in hours from -12 to 13, e.g. -5 or 5.5.</source>
        <translation>Die Zeitzone ist ein Abstand in Stunden von -12 bis 13, z. B. -5 oder 5.5.</translation>
    </message>
    <message>
        <source>Type the password or token.</source>
        <translation>Geben Sie das Passwort oder Token ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Reading the connections</source>
        <translation>Verbindungen werden gelesen</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Adding the connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was not stored.</source>
        <translation>Die Verbindung „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Changing the connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ wird geändert</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Removing the connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ wird entfernt</translation>
    </message>
    <message>
        <source>Reading the sync cursor</source>
        <translation>Synchronisationsposition wird gelesen</translation>
    </message>
    <message>
        <source>Saving the sync cursor</source>
        <translation>Synchronisationsposition wird gespeichert</translation>
    </message>
    <message>
        <source>Reading the last sync</source>
        <translation>Letzte Synchronisation wird gelesen</translation>
    </message>
    <message>
        <source>Recording how the sync ended</source>
        <translation>Ergebnis der Synchronisation wird gespeichert</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Sync each connection every so many minutes, as set in the connection</source>
        <translation>Jede Verbindung alle so viele Minuten synchronisieren, wie in der Verbindung eingestellt</translation>
    </message>
    <message>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>„%1“ wird synchronisiert…</translation>
    </message>
    <message>
        <source>No system keychain service answers here (%1). Passwords and tokens are kept in memory for this session only and asked for again in the next one; they are never written to disk.</source>
        <translation>Hier antwortet kein Schlüsselbund-Dienst des Systems (%1). Passwörter und Tokens bleiben nur für diese Sitzung im Speicher und werden in der nächsten erneut abgefragt; sie werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the store or settings.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank oder den Einstellungen.</translation>
    </message>
    <message>
        <source>No system keychain answers here: kept in memory for this session only.</source>
        <translation>Hier antwortet kein Schlüsselbund: wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; added.</source>
        <translation>Verbindung „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Type its password or token at the next test or sync.</source>
        <translation>Geben Sie ihr Passwort oder Token beim nächsten Test oder Synchronisieren ein.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation>Das Passwort wird nur für diese Sitzung aufbewahrt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing: cancel the sync first.</source>
        <translation>„%1“ wird gerade synchronisiert: Brechen Sie zuerst die Synchronisierung ab.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; removed; the calls it synced stay in the store.</source>
        <translation>Verbindung „%1“ entfernt; die synchronisierten Anrufe bleiben in der Datenbank.</translation>
    </message>
    <message>
        <source>Password for &quot;%1&quot;</source>
        <translation>Passwort für „%1“</translation>
    </message>
    <message>
        <source>%1
Type the password or token of &quot;%2&quot; (%3). It is kept in memory for this session only, never written to disk.</source>
        <translation>%1
Geben Sie das Passwort oder Token von „%2“ (%3) ein. Es bleibt nur für diese Sitzung im Speicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider accepted the URL and credentials.</source>
        <translation>„%1“ funktioniert: Der Anbieter hat URL und Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test: %2</source>
        <translation>„%1“ hat den Test nicht bestanden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing already.</source>
        <translation>„%1“ wird bereits synchronisiert.</translation>
    </message>
    <message>
        <source>Cancelling the sync of &quot;%1&quot;…</source>
        <translation>Synchronisierung von „%1“ wird abgebrochen…</translation>
    </message>
    <message>
        <source>voip.ms &amp;Rate Search…</source>
        <translation>voip.ms-&amp;Tarifsuche…</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>&amp;Kazoo CDR Detail…</source>
        <translation>&amp;Kazoo-CDR-Details…</translation>
    </message>
    <message>
        <source>Download Kazoo CDRs as CSV</source>
        <translation>Kazoo-CDRs als CSV herunterladen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>voip.ms Reseller &amp;CDRs…</source>
        <translation>voip.ms-Reseller-&amp;CDRs…</translation>
    </message>
    <message>
        <source>%1
Type the password or token of &quot;%2&quot; (%3) again to retry.</source>
        <translation>%1
Geben Sie das Passwort oder Token von „%2“ (%3) erneut ein, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>It replaces the one in the system keychain.</source>
        <translation>Es ersetzt das im Schlüsselbund des Systems gespeicherte.</translation>
    </message>
    <message>
        <source>It is kept in memory for this session only, never written to disk.</source>
        <translation>Es wird nur für diese Sitzung im Speicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is in the system keychain.</source>
        <translation>Das neue Passwort von „%1“ liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is kept for this session only: %2</source>
        <translation>Das neue Passwort von „%1“ wird nur für diese Sitzung gehalten: %2</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>Es wurde kein Passwort oder Token eingegeben; der Anbieter wurde nicht gefragt.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Provider Connections</source>
        <translation>Anbieter-Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) synced</source>
        <translation>
            <numerusform>%n Anruf synchronisiert</numerusform>
            <numerusform>%n Anrufe synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its password? The calls it synced stay in the store.</source>
        <translation>Die Verbindung „%1“ und ihr Passwort entfernen? Die synchronisierten Anrufe bleiben in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>CreateCallDialog</name>
    <message>
        <source>Create Call</source>
        <translation>Anruf anlegen</translation>
    </message>
    <message>
        <source>Create a call record</source>
        <translation>Einen Anrufdatensatz anlegen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;Validate Only</source>
        <translation>Nur &amp;prüfen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The parameters of Enswitch&apos;s cdrs/create. Those marked * are required; an empty line takes the default shown in it. Times are Unix seconds.</source>
        <translation>Die Parameter von cdrs/create aus Enswitch. Mit * markierte sind erforderlich; ein leeres Feld übernimmt den darin angezeigten Standardwert. Zeiten sind Unix-Sekunden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Creating the call…</source>
        <translation>Anruf wird angelegt…</translation>
    </message>
    <message>
        <source>Not created: %1: %2</source>
        <translation>Nicht angelegt: %1: %2</translation>
    </message>
    <message>
        <source>uniqueid %1, %2 → %3, start %4, talk time %5 s, status %6, cost %7 %8</source>
        <translation>uniqueid %1, %2 → %3, Beginn %4, Gesprächszeit %5 s, Status %6, Kosten %7 %8</translation>
    </message>
    <message>
        <source>Valid (201); nothing was written. The call would be: %1.</source>
        <translation>Gültig (201); es wurde nichts geschrieben. Der Anruf wäre: %1.</translation>
    </message>
    <message>
        <source>Created call %1 (204): %2.</source>
        <translation>Anruf %1 angelegt (204): %2.</translation>
    </message>
    <message>
        <source>The customer&apos;s balance is now %1.</source>
        <translation>Das Guthaben des Kunden beträgt jetzt %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) brought up to date.</source>
        <translation>
            <numerusform>%n Rechnungsentwurf aktualisiert.</numerusform>
            <numerusform>%n Rechnungsentwürfe aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create on</source>
        <translation>Anlegen in</translation>
    </message>
    <message>
        <source>Write the call to this store, or send it to an Enswitch connection&apos;s cdrs/create</source>
        <translation>Den Anruf in diesen Speicher schreiben oder an cdrs/create einer Enswitch-Verbindung senden</translation>
    </message>
    <message>
        <source>Create &amp;on:</source>
        <translation>Anlegen &amp;in:</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Dieser Speicher</translation>
    </message>
    <message>
        <source>Enswitch &quot;%1&quot;</source>
        <translation>Enswitch „%1“</translation>
    </message>
    <message>
        <source>Valid on Enswitch &quot;%1&quot; (201); nothing was stored there.</source>
        <translation>Gültig bei Enswitch „%1“ (201); dort wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Created on Enswitch &quot;%1&quot; (204).</source>
        <translation>Bei Enswitch „%1“ angelegt (204).</translation>
    </message>
    <message>
        <source>Enswitch (%1): %2</source>
        <translation>Enswitch (%1): %2</translation>
    </message>
    <message>
        <source>Not created on Enswitch &quot;%1&quot;: %2</source>
        <translation>Nicht bei Enswitch „%1“ angelegt: %2</translation>
    </message>
    <message>
        <source>Sending to Enswitch &quot;%1&quot;…</source>
        <translation>Wird an Enswitch „%1“ gesendet…</translation>
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
    <name>CustomerScopeBox</name>
    <message>
        <source>With its sub-customers</source>
        <translation>Mit seinen Unterkunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>All customers under mine</source>
        <translation>Alle Kunden unter meinem</translation>
    </message>
    <message>
        <source>My own customer</source>
        <translation>Mein eigener Kunde</translation>
    </message>
    <message>
        <source>One customer…</source>
        <translation>Ein Kunde…</translation>
    </message>
    <message>
        <source>Externally billed customers</source>
        <translation>Extern abgerechnete Kunden</translation>
    </message>
    <message>
        <source>Postpaid customers</source>
        <translation>Postpaid-Kunden</translation>
    </message>
    <message>
        <source>Prepaid customers</source>
        <translation>Prepaid-Kunden</translation>
    </message>
    <message>
        <source>Every customer on the system</source>
        <translation>Alle Kunden im System</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Einen Kunden suchen</translation>
    </message>
    <message>
        <source>Find a customer…</source>
        <translation>Kunden suchen…</translation>
    </message>
    <message>
        <source>Customer tree</source>
        <translation>Kundenbaum</translation>
    </message>
    <message>
        <source>Include the calls of every customer below the chosen one (spec 001 recurse=1)</source>
        <translation>Die Anrufe aller Kunden unterhalb des gewählten einschließen (Spezifikation 001 recurse=1)</translation>
    </message>
    <message>
        <source>Choose a customer in the tree.</source>
        <translation>Wählen Sie einen Kunden im Baum.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>Reading the customers</source>
        <translation>Kunden werden gelesen</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Looking up rate deck %1</source>
        <translation>Tariftabelle %1 wird gesucht</translation>
    </message>
    <message>
        <source>id: customer %1 exists already</source>
        <translation>id: Kunde %1 existiert bereits</translation>
    </message>
    <message>
        <source>id: there is no customer %1</source>
        <translation>id: Es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>name: a customer needs a name</source>
        <translation>name: Ein Kunde braucht einen Namen</translation>
    </message>
    <message>
        <source>role: &quot;%1&quot; is not one of %2</source>
        <translation>role: „%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>billing: &quot;%1&quot; is not one of %2</source>
        <translation>billing: „%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not a three-letter code such as USD</source>
        <translation>currency: „%1“ ist kein dreistelliger Code wie EUR</translation>
    </message>
    <message>
        <source>parent: the system customer is the root and has no parent</source>
        <translation>parent: Der Systemkunde ist die Wurzel und hat keinen übergeordneten Kunden</translation>
    </message>
    <message>
        <source>parent: there is no customer %1</source>
        <translation>parent: Es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>parent: customer %1 is below customer %2, so it cannot be its parent</source>
        <translation>parent: Kunde %1 liegt unterhalb von Kunde %2 und kann daher nicht sein übergeordneter Kunde sein</translation>
    </message>
    <message>
        <source>parent: customer %1 is a client; only the system and resellers have customers</source>
        <translation>parent: Kunde %1 ist ein Endkunde; nur das System und Wiederverkäufer haben Kunden</translation>
    </message>
    <message>
        <source>%1: there is no rate deck %2</source>
        <translation>%1: Es gibt keine Tariftabelle %2</translation>
    </message>
    <message>
        <source>Adding customer &quot;%1&quot;</source>
        <translation>Kunde „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>Changing customer %1</source>
        <translation>Kunde %1 wird geändert</translation>
    </message>
    <message>
        <source>Updating the balance of customer %1</source>
        <translation>Guthaben von Kunde %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Reading the balance of customer %1</source>
        <translation>Guthaben von Kunde %1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
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
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Showing the last %1 %2:00 in the range (the filter has no weekday or hour of day)</source>
        <translation>Letzter %1 %2:00 im Zeitraum (der Filter kennt keinen Wochentag und keine Tagesstunde)</translation>
    </message>
    <message>
        <source>Showing the calls of %1 with status %2</source>
        <translation>Anrufe von %1 mit Status %2</translation>
    </message>
    <message>
        <source>Showing the calls to %1</source>
        <translation>Anrufe nach %1</translation>
    </message>
    <message>
        <source>Showing the calls of customer %1</source>
        <translation>Anrufe des Kunden %1</translation>
    </message>
    <message>
        <source> · revenue %1</source>
        <translation> · Umsatz %1</translation>
    </message>
    <message>
        <source>%1: %L2 calls, %L3 minutes, %4</source>
        <translation>%1: %L2 Anrufe, %L3 Minuten, %4</translation>
    </message>
    <message>
        <source>%1: %L2 calls, revenue %3, cost %4</source>
        <translation>%1: %L2 Anrufe, Umsatz %3, Kosten %4</translation>
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
    <message>
        <source>Making the connection read-only</source>
        <translation>Verbindung wird schreibgeschützt gemacht</translation>
    </message>
    <message>
        <source>Reading the default country</source>
        <translation>Standardland wird gelesen</translation>
    </message>
    <message>
        <source>Setting the default country</source>
        <translation>Standardland wird gesetzt</translation>
    </message>
    <message>
        <source>%1: %2 is attached read-only; nothing is written to it.</source>
        <translation>%1: %2 ist schreibgeschützt angebunden; es wird nichts hineingeschrieben.</translation>
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
    <message>
        <source>attach: &quot;%1&quot; is not a kind of table to attach; use attach=asterisk.</source>
        <translation>attach: „%1“ ist keine anbindbare Tabellenart; verwenden Sie attach=asterisk.</translation>
    </message>
    <message>
        <source>table: &quot;%1&quot; is not a table name (letters, digits and _).</source>
        <translation>table: „%1“ ist kein Tabellenname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Unknown database option &quot;%1&quot;; known: attach, table.</source>
        <translation>Unbekannte Datenbankoption „%1“; bekannt sind: attach, table.</translation>
    </message>
    <message>
        <source>table: only used with attach=asterisk.</source>
        <translation>table: nur mit attach=asterisk verwendet.</translation>
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
    <message>
        <source>Writing the demo tax rate</source>
        <translation>Demo-Steuersatz wird geschrieben</translation>
    </message>
</context>
<context>
    <name>DialPattern</name>
    <message>
        <source>&quot;%1&quot; is not a dial pattern: it starts with _ and has at least one more character.</source>
        <translation>„%1“ ist kein Wählmuster: Es beginnt mit _ und hat mindestens ein weiteres Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a dial pattern cannot hold a NUL character.</source>
        <translation>„%1“: Ein Wählmuster darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the [ at position %2 is not closed.</source>
        <translation>„%1“: Die [ an Position %2 ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the set at position %2 is empty.</source>
        <translation>„%1“: Die Menge an Position %2 ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range in the set at position %2 is not from a lower to a higher character.</source>
        <translation>„%1“: Der Bereich in der Menge an Position %2 geht nicht von einem niedrigeren zu einem höheren Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the set at position %2 may hold digits, letters, * # + and ranges only.</source>
        <translation>„%1“: Die Menge an Position %2 darf nur Ziffern, Buchstaben, * # + und Bereiche enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the ] at position %2 closes no set.</source>
        <translation>„%1“: Die ] an Position %2 schließt keine Menge.</translation>
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
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Charges under every deck that applies</source>
        <translation>Gebühren nach jeder zutreffenden Tariftabelle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Tariftabelle</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>There is no customer tree: pick a deck to rate the call under.</source>
        <translation>Es gibt keinen Kundenbaum: Wählen Sie eine Tariftabelle, nach der der Anruf bewertet wird.</translation>
    </message>
    <message>
        <source>No deck of customer %1 or of those above it prices this call: pick a deck to rate it under.</source>
        <translation>Keine Tariftabelle von Kunde %1 oder der darüberliegenden Kunden bepreist diesen Anruf: Wählen Sie eine Tariftabelle, nach der er bewertet wird.</translation>
    </message>
    <message>
        <source>Every deck that applies (select one for its steps):</source>
        <translation>Jede zutreffende Tariftabelle (eine auswählen, um ihre Schritte zu sehen):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
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
    <name>FilterController</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot; for everyone who uses this database?</source>
        <translation>Die Ansicht „%1“ für alle löschen, die diese Datenbank verwenden?</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search numbers and names (Ctrl+F)</source>
        <translation>Nummern und Namen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the calls where any number or the caller name contains this text</source>
        <translation>Zeigt die Anrufe, bei denen eine Nummer oder der Anrufername diesen Text enthält</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Quick Search</source>
        <translation>&amp;Schnellsuche</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>All filters cleared; the time range is unchanged.</source>
        <translation>Alle Filter zurückgesetzt; der Zeitraum bleibt unverändert.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Filter by “%1”</source>
        <translation>Nach „%1“ &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Exclude “%1”</source>
        <translation>„%1“ &amp;ausschließen</translation>
    </message>
    <message>
        <source>Show All &amp;Legs of This Call</source>
        <translation>Alle &amp;Abschnitte dieses Anrufs zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy “%1”</source>
        <translation>„%1“ &amp;kopieren</translation>
    </message>
    <message>
        <source>Showing every leg of call %1.</source>
        <translation>Alle Abschnitte von Anruf %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Include &amp;archived calls</source>
        <translation>&amp;Archivierte Anrufe einschließen</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply the filters now (Ctrl+Return); they also apply by themselves when you pause typing</source>
        <translation>Filter jetzt anwenden (Strg+Eingabe); sie wirken auch von selbst, sobald Sie beim Tippen innehalten</translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation>Alles &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every filter and the quick search (Ctrl+Shift+Backspace)</source>
        <translation>Alle Filter und die Schnellsuche entfernen (Strg+Umschalt+Rücktaste)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Anrufername</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Telefonleitung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Quelltyp</translation>
    </message>
    <message>
        <source>Source number</source>
        <translation>Quellnummer</translation>
    </message>
    <message>
        <source>Called type</source>
        <translation>Typ des Angerufenen</translation>
    </message>
    <message>
        <source>Called number</source>
        <translation>Angerufene Nummer</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation>Zielnummer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <source>SIP From</source>
        <translation>SIP From</translation>
    </message>
    <message>
        <source>SIP To</source>
        <translation>SIP To</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The time range is chosen in the toolbar&apos;s date-range bar</source>
        <translation>Der Zeitraum wird in der Zeitraumleiste der Werkzeugleiste gewählt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Peer ID:</source>
        <translation>Peer-ID:</translation>
    </message>
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
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>voip.ms status: %1</source>
        <translation>voip.ms-Status: %1</translation>
    </message>
    <message>
        <source>Minimum talk time in seconds</source>
        <translation>Minimale Gesprächszeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum talk time in seconds</source>
        <translation>Maximale Gesprächszeit in Sekunden</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status (voip.ms):</source>
        <translation>Status (voip.ms):</translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation>Gesprächszeit:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Free (cost 0)</source>
        <translation>Kostenlos (Kosten 0)</translation>
    </message>
    <message>
        <source>Billed (cost above 0)</source>
        <translation>Abgerechnet (Kosten über 0)</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Anruftyp</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming, outgoing, or type a DID to see the calls to it</source>
        <translation>Eingehend, ausgehend, oder geben Sie eine DID ein, um die Anrufe an sie zu sehen</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Berechnet:</translation>
    </message>
    <message>
        <source>Invoice ID:</source>
        <translation>Rechnungs-ID:</translation>
    </message>
    <message>
        <source>Call type:</source>
        <translation>Anruftyp:</translation>
    </message>
    <message>
        <source>Numbers and SIP</source>
        <translation>Nummern und SIP</translation>
    </message>
    <message>
        <source>Showing all calls</source>
        <translation>Alle Anrufe werden angezeigt</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Source country</source>
        <translation>Land der Quelle</translation>
    </message>
    <message>
        <source>Source number type</source>
        <translation>Nummerntyp der Quelle</translation>
    </message>
    <message>
        <source>Called country</source>
        <translation>Angerufenes Land</translation>
    </message>
    <message>
        <source>Called number type</source>
        <translation>Typ der gewählten Nummer</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Destination number type</source>
        <translation>Typ der Zielnummer</translation>
    </message>
    <message>
        <source>Called region</source>
        <translation>Angerufene Region</translation>
    </message>
    <message>
        <source>voip.ms lists:</source>
        <translation>voip.ms-Listen:</translation>
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
    <name>InvoiceDocument</name>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation>Rechnungsempfänger:</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payment to:</source>
        <translation>Zahlung an:</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
</context>
<context>
    <name>InvoiceReview</name>
    <message>
        <source>Reading the calls of invoice %1</source>
        <translation>Anrufe der Rechnung %1 werden gelesen</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Sonstige Anrufe</translation>
    </message>
    <message>
        <source>Prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
</context>
<context>
    <name>InvoiceReviewView</name>
    <message>
        <source>Calls of the invoice, billed and re-rated</source>
        <translation>Anrufe der Rechnung, abgerechnet und neu tarifiert</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Eindeutige ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Re-rated</source>
        <translation>Neu tarifiert</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Sums per destination</source>
        <translation>Summen je Ziel</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Invoice review</source>
        <translation>Rechnungsprüfung</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 (%2): all %n call(s) re-rate to what was billed, %3.</source>
        <translation>
            <numerusform>Rechnung %1 (%2): Der %n Anruf ergibt neu tarifiert den abgerechneten Betrag, %3.</numerusform>
            <numerusform>Rechnung %1 (%2): Alle %n Anrufe ergeben neu tarifiert den abgerechneten Betrag, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 (%2): &lt;b&gt;%n call(s) differ&lt;/b&gt;; billed %3, re-rated %4, difference %5.</source>
        <translation>
            <numerusform>Rechnung %1 (%2): &lt;b&gt;%n Anruf weicht ab&lt;/b&gt;; abgerechnet %3, neu tarifiert %4, Differenz %5.</numerusform>
            <numerusform>Rechnung %1 (%2): &lt;b&gt;%n Anrufe weichen ab&lt;/b&gt;; abgerechnet %3, neu tarifiert %4, Differenz %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>Calls to %1</source>
        <translation>Anrufe nach %1</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Sonstige Anrufe</translation>
    </message>
    <message>
        <source>Adding up the charges of customer %1</source>
        <translation>Gebühren von Kunde %1 werden summiert</translation>
    </message>
    <message>
        <source>Customer %1 has charges in %2; its invoices are in %3.</source>
        <translation>Kunde %1 hat Gebühren in %2; seine Rechnungen sind in %3.</translation>
    </message>
    <message>
        <source>The invoice&apos;s amounts overflow.</source>
        <translation>Die Beträge der Rechnung laufen über.</translation>
    </message>
    <message>
        <source>Customer %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source>Saving invoice %1</source>
        <translation>Rechnung %1 wird gespeichert</translation>
    </message>
    <message>
        <source>The invoice period is empty: its end must come after its start.</source>
        <translation>Der Rechnungszeitraum ist leer: Sein Ende muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Generating an invoice for customer %1</source>
        <translation>Rechnung für Kunde %1 wird erstellt</translation>
    </message>
    <message>
        <source>Reading invoice %1</source>
        <translation>Rechnung %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>Reading the lines of invoice %1</source>
        <translation>Positionen der Rechnung %1 werden gelesen</translation>
    </message>
    <message>
        <source>Listing the invoices</source>
        <translation>Rechnungen werden aufgelistet</translation>
    </message>
    <message>
        <source>Binding calls to invoice %1</source>
        <translation>Anrufe werden an Rechnung %1 gebunden</translation>
    </message>
    <message>
        <source>Releasing the calls of invoice %1</source>
        <translation>Anrufe der Rechnung %1 werden freigegeben</translation>
    </message>
    <message>
        <source>Invoice %1 is %2; only a draft can be issued.</source>
        <translation>Rechnung %1 ist %2; nur ein Entwurf kann ausgestellt werden.</translation>
    </message>
    <message>
        <source>Issuing invoice %1</source>
        <translation>Rechnung %1 wird ausgestellt</translation>
    </message>
    <message>
        <source>Invoice %1 is void already.</source>
        <translation>Rechnung %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Voiding invoice %1</source>
        <translation>Rechnung %1 wird storniert</translation>
    </message>
    <message>
        <source>Finding the draft invoices of customer %1</source>
        <translation>Rechnungsentwürfe von Kunde %1 werden gesucht</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>&amp;Generate Draft</source>
        <translation>Entwurf &amp;erstellen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Lines of the open invoice</source>
        <translation>Positionen der geöffneten Rechnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Customer to invoice</source>
        <translation>Zu berechnender Kunde</translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation>Zeitraum ab (UTC)</translation>
    </message>
    <message>
        <source>Period until, exclusive (UTC)</source>
        <translation>Zeitraum bis, ausschließlich (UTC)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Invoice %1 issued: its calls are bound to it and locked from re-rating.</source>
        <translation>Rechnung %1 ausgestellt: Ihre Anrufe sind an sie gebunden und gegen Neutarifierung gesperrt.</translation>
    </message>
    <message>
        <source>Invoice %1 voided: its calls are free again.</source>
        <translation>Rechnung %1 storniert: Ihre Anrufe sind wieder frei.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <translation>%1 (%2, #%3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s).</source>
        <translation>
            <numerusform>%n Rechnung.</numerusform>
            <numerusform>%n Rechnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Invoice as PDF</source>
        <translation>Rechnung als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Invoice as CSV</source>
        <translation>Rechnung als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Draft invoice %1 generated: %2.</source>
        <translation>Rechnungsentwurf %1 erstellt: %2.</translation>
    </message>
    <message>
        <source>Invoice %1 for %2, %3 – %4: %5, total %6.</source>
        <translation>Rechnung %1 für %2, %3 – %4: %5, gesamt %6.</translation>
    </message>
</context>
<context>
    <name>KazooCdrView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Download as CSV…</source>
        <translation>Als CSV &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Kazoo CDR Detail</source>
        <translation>Kazoo-CDR-Details</translation>
    </message>
    <message>
        <source>CDR ID, e.g. 201608-6aadef77f8eb1ae0e7a8d4ff0e8b7e38</source>
        <translation>CDR-ID, z. B. 201608-6aadef77f8eb1ae0e7a8d4ff0e8b7e38</translation>
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
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>CDR &amp;ID:</source>
        <translation>CDR-&amp;ID:</translation>
    </message>
    <message>
        <source>Choose a connection and type a CDR ID.</source>
        <translation>Wählen Sie eine Verbindung und geben Sie eine CDR-ID ein.</translation>
    </message>
    <message>
        <source>Asking Kazoo…</source>
        <translation>Kazoo wird gefragt…</translation>
    </message>
    <message>
        <source>The store has no Kazoo connection: add one under Providers › Connections.</source>
        <translation>Die Datenbank hat keine Kazoo-Verbindung: Legen Sie eine unter Provider › Verbindungen an.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s).</source>
        <translation>
            <numerusform>%n Feld.</numerusform>
            <numerusform>%n Felder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LargeQueryBanner</name>
    <message>
        <source>Show the &amp;last 7 days</source>
        <translation>Die &amp;letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Warning: no time range</source>
        <translation>Warnung: kein Zeitraum</translation>
    </message>
    <message>
        <source>Dismiss the warning</source>
        <translation>Die Warnung ausblenden</translation>
    </message>
    <message>
        <source>No time range is set on a table of %L1 calls: every count, sort and total reads all of them and puts a heavy load on the database.</source>
        <translation>Für eine Tabelle mit %L1 Anrufen ist kein Zeitraum gesetzt: Jede Zählung, Sortierung und Summe liest alle und belastet die Datenbank stark.</translation>
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
    <name>MarginReport</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Computing the margins</source>
        <translation>Margen werden berechnet</translation>
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
    <name>ProviderClient</name>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: record %2: %3: %4</source>
        <translation>%1: Datensatz %2: %3: %4</translation>
    </message>
</context>
<context>
    <name>ProviderHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1: only https:// (or http:// where allowed) URLs are supported.</source>
        <translation>%1: Nur https://-URLs (oder http://, wo erlaubt) werden unterstützt.</translation>
    </message>
    <message>
        <source>%1: plain HTTP would send the credentials unencrypted to %2; use https://, or allow HTTP for this connection.</source>
        <translation>%1: Unverschlüsseltes HTTP würde die Zugangsdaten im Klartext an %2 senden; verwenden Sie https:// oder erlauben Sie HTTP für diese Verbindung.</translation>
    </message>
    <message>
        <source>The response to %1 passed %2 MiB and was abandoned; ask for smaller pages.</source>
        <translation>Die Antwort auf %1 überschritt %2 MiB und wurde verworfen; fordern Sie kleinere Seiten an.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3).</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3).</source>
        <translation>%1 fehlgeschlagen: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProviderReply</name>
    <message>
        <source> The provider says: %1</source>
        <translation> Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password/token (code %2).%3</source>
        <translation>%1 hat den Benutzernamen oder das Passwort/Token abgelehnt (Code %2).%3</translation>
    </message>
    <message>
        <source>%1: this account&apos;s role does not allow %2 (code %3).%4</source>
        <translation>%1: Die Rolle dieses Kontos erlaubt %2 nicht (Code %3).%4</translation>
    </message>
    <message>
        <source>%1: this account&apos;s rate plan does not allow %2 (code %3).%4</source>
        <translation>%1: Der Tarifplan dieses Kontos erlaubt %2 nicht (Code %3).%4</translation>
    </message>
    <message>
        <source>%1: the provider rejected a parameter%2 (code %3).%4</source>
        <translation>%1: Der Anbieter hat einen Parameter abgelehnt%2 (Code %3).%4</translation>
    </message>
    <message>
        <source>%1: the provider failed with an internal error%2 (code %3).%4</source>
        <translation>%1: Beim Anbieter ist ein interner Fehler aufgetreten%2 (Code %3).%4</translation>
    </message>
    <message>
        <source>%1 failed%2 (code %3).%4</source>
        <translation>%1 fehlgeschlagen%2 (Code %3).%4</translation>
    </message>
    <message>
        <source>%1 answered with JSON of an unexpected shape: %2.</source>
        <translation>%1 antwortete mit JSON in unerwarteter Form: %2.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTTP %2%3) instead of JSON; check the URL.</source>
        <translation>%1 antwortete mit einer Webseite (HTTP %2%3) statt mit JSON; prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 answered with content type &quot;%2&quot; (HTTP %3), not JSON.</source>
        <translation>%1 antwortete mit dem Inhaltstyp „%2“ (HTTP %3), nicht mit JSON.</translation>
    </message>
    <message>
        <source>%1 answered with an empty body (HTTP %2), not JSON.</source>
        <translation>%1 antwortete mit leerem Inhalt (HTTP %2), nicht mit JSON.</translation>
    </message>
    <message>
        <source>%1 answered with truncated JSON: it ends at byte %2 (%3).</source>
        <translation>%1 antwortete mit abgeschnittenem JSON: Es endet bei Byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON at byte %2 of %3: %4.</source>
        <translation>%1 antwortete mit ungültigem JSON bei Byte %2 von %3: %4.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>eine Webseite statt JSON</translation>
    </message>
    <message>
        <source>a web page, &quot;%1&quot;</source>
        <translation>eine Webseite, „%1“</translation>
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
    <message>
        <source>Reading rate deck %1</source>
        <translation>Tariftabelle %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no rate deck %1 in the store.</source>
        <translation>Im Datenbestand gibt es keine Tariftabelle %1.</translation>
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
    <name>RatingInput</name>
    <message>
        <source>Reading calls to rate</source>
        <translation>Zu bewertende Anrufe werden gelesen</translation>
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
        <source>Dry run, nothing written. %1</source>
        <translation>Probelauf, nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>Each customer&apos;s own decks (the customer tree)</source>
        <translation>Die eigenen Tariftabellen jedes Kunden (der Kundenbaum)</translation>
    </message>
    <message>
        <source>%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4%5.</source>
        <translation>%L1 Anrufe tarifiert: %L2 abrechenbar, %L3 ohne passendes Präfix; gesamt %4%5.</translation>
    </message>
    <message>
        <source>%L1 calls on invoices were left as billed.</source>
        <translation>%L1 Anrufe auf Rechnungen blieben wie abgerechnet.</translation>
    </message>
</context>
<context>
    <name>ResellerCdrController</name>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was fetched.</source>
        <translation>Abgebrochen; nichts wurde abgerufen.</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>Es wurde kein Passwort oder Token eingegeben; der Anbieter wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>An import is under way already.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s) into the store (calls stored before were updated, not doubled).</source>
        <translation>
            <numerusform>%n Anruf in den Speicher importiert (bereits gespeicherte Anrufe wurden aktualisiert, nicht verdoppelt).</numerusform>
            <numerusform>%n Anrufe in den Speicher importiert (bereits gespeicherte Anrufe wurden aktualisiert, nicht verdoppelt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerView</name>
    <message>
        <source>Show &amp;Calls</source>
        <translation>&amp;Anrufe zeigen</translation>
    </message>
    <message>
        <source>Resellers and clients</source>
        <translation>Wiederverkäufer und Endkunden</translation>
    </message>
    <message>
        <source>Customer tree with calls, minutes, revenue, cost and margin</source>
        <translation>Kundenbaum mit Anrufen, Minuten, Umsatz, Kosten und Marge</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Own margin</source>
        <translation>Eigene Marge</translation>
    </message>
    <message>
        <source>Uncosted calls</source>
        <translation>Anrufe ohne Kosten</translation>
    </message>
    <message>
        <source>Adding up the calls…</source>
        <translation>Anrufe werden summiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s). Double-click one, or Show Calls, to see its calls in the grid.</source>
        <translation>
            <numerusform>%n Kunde. Doppelklicken Sie ihn oder wählen Sie „Anrufe zeigen“, um seine Anrufe in der Tabelle zu sehen.</numerusform>
            <numerusform>%n Kunden. Doppelklicken Sie einen oder wählen Sie „Anrufe zeigen“, um seine Anrufe in der Tabelle zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViewModel</name>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Renamed the view to &quot;%1&quot;.</source>
        <translation>Ansicht in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Saved view &quot;%1&quot;: its filter is not a JSON object (%2).</source>
        <translation>Gespeicherte Ansicht „%1“: Ihr Filter ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>Saved view &quot;%1&quot;: %2</source>
        <translation>Gespeicherte Ansicht „%1“: %2</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters; this one has %2.</source>
        <translation>Ein Ansichtsname hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>Listing the saved views</source>
        <translation>Gespeicherte Ansichten werden aufgelistet</translation>
    </message>
    <message>
        <source>Looking up saved view &quot;%1&quot;</source>
        <translation>Gespeicherte Ansicht „%1“ wird gesucht</translation>
    </message>
    <message>
        <source>Saving view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Renaming a saved view to &quot;%1&quot;</source>
        <translation>Gespeicherte Ansicht wird in „%1“ umbenannt</translation>
    </message>
    <message>
        <source>There is already a saved view named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>The saved view to rename no longer exists; someone may have deleted it.</source>
        <translation>Die umzubenennende Ansicht existiert nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <source>Deleting a saved view</source>
        <translation>Gespeicherte Ansicht wird gelöscht</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Ansichtsname</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>Show the calls as the selected view does: its filter, time range, columns and order</source>
        <translation>Die Anrufe so zeigen wie die gewählte Ansicht: Filter, Zeitraum, Spalten und Reihenfolge</translation>
    </message>
    <message>
        <source>Save the current filter, time range, columns and order under this name, for everyone who opens this database</source>
        <translation>Aktuellen Filter, Zeitraum, Spalten und Reihenfolge unter diesem Namen speichern, für alle, die diese Datenbank öffnen</translation>
    </message>
    <message>
        <source>Give the selected view this name</source>
        <translation>Der gewählten Ansicht diesen Namen geben</translation>
    </message>
    <message>
        <source>Delete the selected view for everyone</source>
        <translation>Die gewählte Ansicht für alle löschen</translation>
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
    <message>
        <source>Reading caller names to fold</source>
        <translation>Anrufernamen zum Normalisieren werden gelesen</translation>
    </message>
    <message>
        <source>Folding the caller name of call %1</source>
        <translation>Anrufername von Anruf %1 wird normalisiert</translation>
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
    <name>SqlRows</name>
    <message>
        <source>Moving the id sequence of %1 past its rows</source>
        <translation>ID-Sequenz von %1 wird hinter die vorhandenen Zeilen gesetzt</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the store is not SQLite</source>
        <translation>der Speicher ist keine SQLite-Datenbank</translation>
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
    <name>SyncJob</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Starting the sync of &quot;%1&quot;</source>
        <translation>Synchronisation von „%1“ beginnt</translation>
    </message>
    <message>
        <source>The sync of &quot;%1&quot; was cancelled after %2 call(s); the next sync goes on from there.</source>
        <translation>Die Synchronisation von „%1“ wurde nach %2 Anruf(en) abgebrochen; die nächste Synchronisation setzt dort fort.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n call(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Anruf von „%1“ synchronisiert.</numerusform>
            <numerusform>%n Anrufe von „%1“ synchronisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Automatic sync of &quot;%1&quot; skipped: %2</source>
        <translation>Automatische Synchronisation von „%1“ übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>TaxRates</name>
    <message>
        <source>Reading the tax rates</source>
        <translation>Steuersätze werden gelesen</translation>
    </message>
    <message>
        <source>A tax needs a name without commas.</source>
        <translation>Eine Steuer braucht einen Namen ohne Kommas.</translation>
    </message>
    <message>
        <source>Tax &quot;%1&quot;: the percentage may not be negative.</source>
        <translation>Steuer „%1“: Der Prozentsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Setting tax &quot;%1&quot;</source>
        <translation>Steuer „%1“ wird gesetzt</translation>
    </message>
    <message>
        <source>Removing tax &quot;%1&quot;</source>
        <translation>Steuer „%1“ wird entfernt</translation>
    </message>
    <message>
        <source>There is no tax named &quot;%1&quot;.</source>
        <translation>Es gibt keine Steuer namens „%1“.</translation>
    </message>
</context>
<context>
    <name>TextFilterEdit</name>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Several numbers separated by commas match any of them. A pattern starting with _ is an Asterisk dial pattern (X = 0-9, Z = 1-9, N = 2-9, [1-5], . = anything more).</source>
        <translation>Mehrere kommagetrennte Nummern passen auf jede von ihnen. Ein Muster, das mit _ beginnt, ist ein Asterisk-Wählmuster (X = 0-9, Z = 1-9, N = 2-9, [1-5], . = beliebig mehr).</translation>
    </message>
    <message>
        <source>Several values separated by commas match any of them.</source>
        <translation>Mehrere kommagetrennte Werte passen auf jeden von ihnen.</translation>
    </message>
    <message>
        <source>Not %1</source>
        <translation>Nicht %1</translation>
    </message>
    <message>
        <source>Show the calls that do NOT match</source>
        <translation>Die Anrufe zeigen, die NICHT passen</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>How %1 matches</source>
        <translation>Wie %1 verglichen wird</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ist genau</translation>
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
    <name>VoipmsListsBox</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>voip.ms lists from</source>
        <translation>voip.ms-Listen von</translation>
    </message>
    <message>
        <source>Offer the accounts, call types and call billing of this voip.ms connection</source>
        <translation>Die Konten, Anruftypen und Abrechnungsarten dieser voip.ms-Verbindung anbieten</translation>
    </message>
    <message>
        <source>Ask voip.ms for the lists again</source>
        <translation>voip.ms erneut nach den Listen fragen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>Die Datenbank hat keine voip.ms-Verbindung: Legen Sie eine unter Provider › Verbindungen an.</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>voip.ms wird gefragt…</translation>
    </message>
</context>
<context>
    <name>VoipmsListsController</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The voip.ms lists of &quot;%1&quot; could not be fetched: %2</source>
        <translation>Die voip.ms-Listen von „%1“ konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 accounts, %2 call types and %3 call billing choices from &quot;%4&quot;.</source>
        <translation>%1 Konten, %2 Anruftypen und %3 Abrechnungsarten von „%4“.</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>Es wurde kein Passwort oder Token eingegeben; der Anbieter wurde nicht gefragt.</translation>
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
    <name>VoipmsRatesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>voip.ms Rate Search</source>
        <translation>voip.ms-Tarifsuche</translation>
    </message>
    <message>
        <source>Client rates of a package (getRates)</source>
        <translation>Kundentarife eines Pakets (getRates)</translation>
    </message>
    <message>
        <source>Termination rates of a route (getTerminationRates)</source>
        <translation>Terminierungstarife einer Route (getTerminationRates)</translation>
    </message>
    <message>
        <source>package ID, e.g. 92364</source>
        <translation>Paket-ID, z. B. 92364</translation>
    </message>
    <message>
        <source>destination or prefix, e.g. Canada or 1418</source>
        <translation>Ziel oder Vorwahl, z. B. Canada oder 1418</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>&amp;Tarife:</translation>
    </message>
    <message>
        <source>&amp;Package or route:</source>
        <translation>&amp;Paket oder Route:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>route code, e.g. 2</source>
        <translation>Routencode, z. B. 2</translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>Die Datenbank hat keine voip.ms-Verbindung: Legen Sie eine unter Provider › Verbindungen an.</translation>
    </message>
    <message>
        <source>Choose a connection and type the package or route and a query.</source>
        <translation>Wählen Sie eine Verbindung und geben Sie Paket oder Route und eine Abfrage ein.</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>voip.ms wird gefragt…</translation>
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
        <source>Client rate</source>
        <translation>Kundentarif</translation>
    </message>
    <message>
        <source>Client increment</source>
        <translation>Kundentakt</translation>
    </message>
    <message>
        <source>Real rate</source>
        <translation>Echter Tarif</translation>
    </message>
    <message>
        <source>Real increment</source>
        <translation>Echter Takt</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s).</source>
        <translation>
            <numerusform>%n Tarif.</numerusform>
            <numerusform>%n Tarife.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Takt</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) on route %1 (%2).</source>
        <translation>
            <numerusform>%n Tarif auf Route %1 (%2).</numerusform>
            <numerusform>%n Tarife auf Route %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoipmsResellerView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
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
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Load Choices</source>
        <translation>Auswahl &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import into Store</source>
        <translation>In Speicher &amp;importieren</translation>
    </message>
    <message>
        <source>voip.ms Reseller CDRs</source>
        <translation>voip.ms-Reseller-CDRs</translation>
    </message>
    <message>
        <source>reseller client ID, e.g. 561115</source>
        <translation>Reseller-Kunden-ID, z. B. 561115</translation>
    </message>
    <message>
        <source>Ask voip.ms for the client&apos;s accounts and call types, and the call billing choices</source>
        <translation>voip.ms nach den Konten und Anruftypen des Kunden und den Abrechnungsarten fragen</translation>
    </message>
    <message>
        <source>Store these calls (a call stored before is replaced, never doubled)</source>
        <translation>Diese Anrufe speichern (ein bereits gespeicherter Anruf wird ersetzt, nie verdoppelt)</translation>
    </message>
    <message>
        <source>%v of %m days</source>
        <translation>%v von %m Tagen</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Eindeutige ID</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Dispositions:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>Anruf&amp;typ:</translation>
    </message>
    <message>
        <source>Call &amp;billing:</source>
        <translation>A&amp;brechnung:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>voip.ms wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n call(s)…</source>
        <translation>
            <numerusform>%n Anruf wird importiert…</numerusform>
            <numerusform>%n Anrufe werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>Die Datenbank hat keine voip.ms-Verbindung: Legen Sie eine unter Provider › Verbindungen an.</translation>
    </message>
    <message>
        <source>Choose a voip.ms connection.</source>
        <translation>Wählen Sie eine voip.ms-Verbindung.</translation>
    </message>
    <message>
        <source>Type the reseller client&apos;s ID.</source>
        <translation>Geben Sie die ID des Reseller-Kunden ein.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Tick at least one disposition.</source>
        <translation>Kreuzen Sie mindestens ein Ergebnis an.</translation>
    </message>
    <message>
        <source>Fetching the calls of client %1…</source>
        <translation>Die Anrufe von Kunde %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>voip.ms has no calls of this client in the period.</source>
        <translation>voip.ms hat keine Anrufe dieses Kunden im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of client %1; Import stores them.</source>
        <translation>
            <numerusform>%n Anruf von Kunde %1; Importieren speichert ihn.</numerusform>
            <numerusform>%n Anrufe von Kunde %1; Importieren speichert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accounts and %2 call types of the client.</source>
        <translation>%1 Konten und %2 Anruftypen des Kunden.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>No customer is priced under rate deck %1, so replacing it changes nothing.</source>
        <translation>Kein Kunde wird nach Tariftabelle %1 abgerechnet; sie zu ersetzen ändert also nichts.</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(kein Präfix)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>The what-if run was cancelled.</source>
        <translation>Die Was-wäre-wenn-Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Revenue now</source>
        <translation>Umsatz jetzt</translation>
    </message>
    <message>
        <source>Revenue after</source>
        <translation>Umsatz danach</translation>
    </message>
    <message>
        <source>Cost now</source>
        <translation>Kosten jetzt</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Kosten danach</translation>
    </message>
    <message>
        <source>Margin now</source>
        <translation>Marge jetzt</translation>
    </message>
    <message>
        <source>Margin after</source>
        <translation>Marge danach</translation>
    </message>
    <message>
        <source>Margin change</source>
        <translation>Margenänderung</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Differences per destination</source>
        <translation>Unterschiede je Ziel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Differences per customer</source>
        <translation>Unterschiede je Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What-if Re-rating</source>
        <translation>Was-wäre-wenn-Tarifierung</translation>
    </message>
    <message>
        <source>What-if re-rating</source>
        <translation>Was-wäre-wenn-Tarifierung</translation>
    </message>
    <message>
        <source>Candidate deck</source>
        <translation>Kandidaten-Tariftabelle</translation>
    </message>
    <message>
        <source>Deck the candidate stands in for</source>
        <translation>Tariftabelle, die der Kandidat ersetzt</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Anrufe:</translation>
    </message>
    <message>
        <source>C&amp;andidate deck:</source>
        <translation>&amp;Kandidaten-Tariftabelle:</translation>
    </message>
    <message>
        <source>In place of &amp;deck:</source>
        <translation>An Stelle der &amp;Tariftabelle:</translation>
    </message>
    <message>
        <source>Per &amp;destination</source>
        <translation>Je &amp;Ziel</translation>
    </message>
    <message>
        <source>Per c&amp;ustomer</source>
        <translation>Je K&amp;unde</translation>
    </message>
    <message>
        <source>This database has no rate decks to compare.</source>
        <translation>Diese Datenbank hat keine Tariftabellen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Rating the calls twice…</source>
        <translation>Anrufe werden zweimal tarifiert…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%L1 calls. Revenue %2 → %3, cost %4 → %5, margin %6 → %7 (change %8). Nothing was written.</source>
        <translation>%L1 Anrufe. Umsatz %2 → %3, Kosten %4 → %5, Marge %6 → %7 (Änderung %8). Es wurde nichts geschrieben.</translation>
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
        <source><byte value="xd"/>Rated %1 of %2 calls</source>
        <translation><byte value="xd"/>%1 von %2 Anrufen tarifiert</translation>
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
    <message>
        <source>No customer up the tree of customer %1 has a deck; nothing to charge.</source>
        <translation>Kein Kunde oberhalb von Kunde %1 im Baum hat eine Tariftabelle; nichts abzurechnen.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) pays:</source>
        <translation>Kunde %1 (%2) zahlt:</translation>
    </message>
    <message>
        <source>--replace: %1</source>
        <translation>--replace: %1</translation>
    </message>
    <message>
        <source>Rates (or re-rates) calls, storing each rated cost in one transaction: under --deck the calling customer&apos;s charge, without it every customer&apos;s charge up the tree under their own decks. Calls on an invoice are skipped. Or explains the charge of one call.</source>
        <translation>Tarifiert (oder tarifiert neu) Anrufe und speichert alle Kosten in einer Transaktion: mit --deck die Gebühr des anrufenden Kunden, ohne es die Gebühr jedes Kunden aufwärts im Baum nach seinen eigenen Tariftabellen. Anrufe auf einer Rechnung werden übersprungen. Oder erklärt die Gebühr eines Anrufs.</translation>
    </message>
    <message>
        <source>The deck&apos;s name; without it, the customers&apos; decks.</source>
        <translation>Name der Tariftabelle; ohne ihn die Tariftabellen der Kunden.</translation>
    </message>
    <message>
        <source>A candidate deck (a generic CSV file, or a stored deck&apos;s name): show revenue, cost and margin now and under it, per destination and customer; writes nothing.</source>
        <translation>Eine Kandidaten-Tariftabelle (eine generic-CSV-Datei oder der Name einer gespeicherten Tariftabelle): zeigt Umsatz, Kosten und Marge jetzt und mit ihr, je Ziel und Kunde; schreibt nichts.</translation>
    </message>
    <message>
        <source>--what-if: the stored deck the candidate stands in for (default: the one of its name).</source>
        <translation>--what-if: die gespeicherte Tariftabelle, die der Kandidat ersetzt (Standard: die gleichnamige).</translation>
    </message>
    <message>
        <source>%1 calls rated%2: %3 billable, %4 without a matching prefix, %5 on an invoice (skipped), total %6 %7.</source>
        <translation>%1 Anrufe tarifiert%2: %3 abrechenbar, %4 ohne passendes Präfix, %5 auf einer Rechnung (übersprungen), gesamt %6 %7.</translation>
    </message>
    <message>
        <source>Prints how many calls match the filter options (the same options as list).</source>
        <translation>Gibt aus, wie viele Anrufe zu den Filteroptionen passen (dieselben Optionen wie list).</translation>
    </message>
    <message>
        <source>Zone for times given without an offset (default UTC).</source>
        <translation>Zone für Zeiten ohne Versatz (Standard UTC).</translation>
    </message>
    <message>
        <source>Creates a store filled with a realistic, deterministic demo dataset: a customer
tree with retail, wholesale and carrier decks, N calls over the days before --until,
rated under the customers&apos; decks.</source>
        <translation>Legt einen Datenbestand mit realistischen, reproduzierbaren Demodaten an: einen Kundenbaum
mit Endkunden-, Großhandels- und Carrier-Tariftabellen, N Anrufe über die Tage vor --until,
tarifiert nach den Tariftabellen der Kunden.</translation>
    </message>
    <message>
        <source>Do not rate the calls under the customers&apos; decks (no charges, no margins; faster on millions).</source>
        <translation>Anrufe nicht nach den Tariftabellen der Kunden tarifieren (keine Gebühren, keine Margen; schneller bei Millionen).</translation>
    </message>
    <message>
        <source>--own_customer: &quot;%1&quot; is not a customer ID.</source>
        <translation>--own_customer: „%1“ ist keine Kunden-ID.</translation>
    </message>
    <message>
        <source>Caller name (case-insensitive).</source>
        <translation>Anrufername (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Call ID (exact).</source>
        <translation>Anruf-ID (exakt).</translation>
    </message>
    <message>
        <source>Direction: in, out, internal.</source>
        <translation>Richtung: in, out, internal.</translation>
    </message>
    <message>
        <source>Source telephone line (exact).</source>
        <translation>Telefonleitung der Quelle (exakt).</translation>
    </message>
    <message>
        <source>Status: answer, busy, cancel, chanunavail, congestion, error, noanswer.</source>
        <translation>Status: answer, busy, cancel, chanunavail, congestion, error, noanswer.</translation>
    </message>
    <message>
        <source>Source, called or destination type (exact).</source>
        <translation>Quell-, Angerufenen- oder Zieltyp (exakt).</translation>
    </message>
    <message>
        <source>Source, called or destination number; _ starts an Asterisk dial pattern (_44., _NXXNXXXXXX).</source>
        <translation>Quell-, angerufene oder Zielnummer; _ leitet ein Asterisk-Wählmuster ein (_49., _NXXNXXXXXX).</translation>
    </message>
    <message>
        <source>voip.ms account: the account code (exact).</source>
        <translation>voip.ms-Konto: der Kontocode (exakt).</translation>
    </message>
    <message>
        <source>Country and area code digits (1212, 4420) the calling or called number starts with in E.164.</source>
        <translation>Länder- und Ortsvorwahl (1212, 4930), mit der die anrufende oder angerufene Nummer in E.164 beginnt.</translation>
    </message>
    <message>
        <source>Kazoo SIP from/to address (from_uri, to_uri).</source>
        <translation>Kazoo-SIP-Adresse from/to (from_uri, to_uri).</translation>
    </message>
    <message>
        <source>IP address found in the call&apos;s extra fields.</source>
        <translation>IP-Adresse in den Zusatzfeldern des Anrufs.</translation>
    </message>
    <message>
        <source>Whose calls: own, all (default), external, postpaid, prepaid, system, or a customer ID.</source>
        <translation>Wessen Anrufe: own, all (Standard), external, postpaid, prepaid, system oder eine Kunden-ID.</translation>
    </message>
    <message>
        <source>1 to include the sub-customers of --customer ID.</source>
        <translation>1, um die Unterkunden von --customer ID einzuschließen.</translation>
    </message>
    <message>
        <source>The operator&apos;s own customer ID, that own/all/external/postpaid/prepaid are under (default: the system root).</source>
        <translation>Die eigene Kunden-ID des Betreibers, unter der own/all/external/postpaid/prepaid liegen (Standard: die Systemwurzel).</translation>
    </message>
    <message>
        <source>Invoice ID (0 = any).</source>
        <translation>Rechnungs-ID (0 = beliebig).</translation>
    </message>
    <message>
        <source>Peer ID (0 = any).</source>
        <translation>Peer-ID (0 = beliebig).</translation>
    </message>
    <message>
        <source>Minimum talk time in seconds.</source>
        <translation>Minimale Gesprächszeit in Sekunden.</translation>
    </message>
    <message>
        <source>Maximum talk time in seconds (-1 = no limit).</source>
        <translation>Maximale Gesprächszeit in Sekunden (-1 = keine Grenze).</translation>
    </message>
    <message>
        <source>voip.ms statuses, comma-separated: answered, noanswer, busy, failed.</source>
        <translation>voip.ms-Status, kommagetrennt: answered, noanswer, busy, failed.</translation>
    </message>
    <message>
        <source>free (cost 0) or billed (cost above 0).</source>
        <translation>free (Kosten 0) oder billed (Kosten über 0).</translation>
    </message>
    <message>
        <source>incoming, outgoing, or a DID (the called number).</source>
        <translation>incoming, outgoing oder eine DID (die angerufene Nummer).</translation>
    </message>
    <message>
        <source>Quick search: any number or the caller name contains TEXT (name case-insensitive).</source>
        <translation>Schnellsuche: eine Nummer oder der Anrufername enthält TEXT (Name ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Several values: comma-separated, any of them.</source>
        <translation>Mehrere Werte: kommagetrennt, jeder davon passt.</translation>
    </message>
    <message>
        <source>How --%1 compares: contains (default), start, end, exact.</source>
        <translation>Wie --%1 vergleicht: contains (Standard), start, end, exact.</translation>
    </message>
    <message>
        <source>1: calls that do NOT match --%1.</source>
        <translation>1: Anrufe, die NICHT zu --%1 passen.</translation>
    </message>
    <message>
        <source>Password or token for %1: </source>
        <translation>Passwort oder Token für %1: </translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage abbricht (Standard 30).</translation>
    </message>
    <message>
        <source>Further attempts after a time-out, dropped connection or 5xx (default 3).</source>
        <translation>Weitere Versuche nach Zeitüberschreitung, Verbindungsabbruch oder 5xx (Standard 3).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind: „%1“ ist keines von %2.</translation>
    </message>
    <message>
        <source>--url: put no user name or password in the URL; use --user, and the keychain, CDRDESK_SECRET or standard input for the secret.</source>
        <translation>--url: Keinen Benutzernamen und kein Passwort in die URL schreiben; verwenden Sie --user und für das Geheimnis den Schlüsselbund, CDRDESK_SECRET oder die Standardeingabe.</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>--account: a Kazoo connection needs the account ID.</source>
        <translation>--account: Eine Kazoo-Verbindung braucht die Konto-ID.</translation>
    </message>
    <message>
        <source>--user: an %1 connection needs the API user name.</source>
        <translation>--user: Eine %1-Verbindung braucht den API-Benutzernamen.</translation>
    </message>
    <message>
        <source>--timezone: &quot;%1&quot; is not a UTC offset in hours from -12 to 13.</source>
        <translation>--timezone: „%1“ ist kein UTC-Versatz in Stunden von -12 bis 13.</translation>
    </message>
    <message>
        <source>Add a provider connection. The password or token is read from CDRDESK_SECRET or standard input and kept in the system keychain, never in the store.</source>
        <translation>Eine Anbieterverbindung hinzufügen. Passwort oder Token werden aus CDRDESK_SECRET oder der Standardeingabe gelesen und im System-Schlüsselbund abgelegt, nie im Datenbestand.</translation>
    </message>
    <message>
        <source>The connection&apos;s name (calls get source &lt;kind&gt;:&lt;name&gt;).</source>
        <translation>Name der Verbindung (Anrufe erhalten die Quelle &lt;kind&gt;:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>The provider: %1.</source>
        <translation>Der Anbieter: %1.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (https://…; voip.ms: …/api/v1/rest.php).</source>
        <translation>Basis-URL der API (https://…; voip.ms: …/api/v1/rest.php).</translation>
    </message>
    <message>
        <source>The API user name (Enswitch, voip.ms, PBX).</source>
        <translation>Der API-Benutzername (Enswitch, voip.ms, PBX).</translation>
    </message>
    <message>
        <source>Kazoo: the account ID. voip.ms: the account to sync (default all).</source>
        <translation>Kazoo: die Konto-ID. voip.ms: das zu synchronisierende Konto (Standard alle).</translation>
    </message>
    <message>
        <source>Enswitch: the customer (ID, all, system…). voip.ms: a reseller client ID (getResellerCDR).</source>
        <translation>Enswitch: der Kunde (ID, all, system…). voip.ms: eine Kunden-ID des Wiederverkäufers (getResellerCDR).</translation>
    </message>
    <message>
        <source>voip.ms: the UTC offset in hours the times are asked in (-12 to 13).</source>
        <translation>voip.ms: der UTC-Versatz in Stunden, in dem die Zeiten abgefragt werden (-12 bis 13).</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a host that is not loopback (the secret travels unencrypted).</source>
        <translation>Unverschlüsseltes HTTP zu einem Host außer Loopback erlauben (das Geheimnis wird unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>Calls per request when syncing (default 1000).</source>
        <translation>Anrufe pro Anfrage beim Synchronisieren (Standard 1000).</translation>
    </message>
    <message>
        <source>Sync automatically every N minutes while the GUI runs (default 0: off).</source>
        <translation>Alle N Minuten automatisch synchronisieren, solange die Oberfläche läuft (Standard 0: aus).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; without a secret; give it with CDRDESK_SECRET or on standard input when syncing.
</source>
        <translation>„%1“ ohne Geheimnis hinzugefügt; geben Sie es beim Synchronisieren mit CDRDESK_SECRET oder über die Standardeingabe an.
</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its secret is NOT stored (%2). Give it with CDRDESK_SECRET or on standard input when syncing.
</source>
        <translation>„%1“ hinzugefügt; sein Geheimnis ist NICHT gespeichert (%2). Geben Sie es beim Synchronisieren mit CDRDESK_SECRET oder über die Standardeingabe an.
</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its secret is in the system keychain.
</source>
        <translation>„%1“ hinzugefügt; sein Geheimnis liegt im System-Schlüsselbund.
</translation>
    </message>
    <message>
        <source>List the provider connections of a store and how their last sync ended.</source>
        <translation>Die Anbieterverbindungen eines Datenbestands auflisten und wie ihre letzte Synchronisation endete.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;; see &apos;cdrdesk-cli connection list&apos;.</source>
        <translation>Es gibt keine Verbindung namens „%1“; siehe &apos;cdrdesk-cli connection list&apos;.</translation>
    </message>
    <message>
        <source>Try a connection&apos;s URL and credentials with one small request.</source>
        <translation>URL und Zugangsdaten einer Verbindung mit einer kleinen Anfrage testen.</translation>
    </message>
    <message>
        <source>The connection.</source>
        <translation>Die Verbindung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: %2 answered.
</source>
        <translation>„%1“ funktioniert: %2 hat geantwortet.
</translation>
    </message>
    <message>
        <source>Remove a connection and its sync cursor (its calls stay) and its secret from the keychain.</source>
        <translation>Eine Verbindung samt Synchronisationsposition (ihre Anrufe bleiben) und ihr Geheimnis aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; its calls stay in the store.
</source>
        <translation>„%1“ entfernt; ihre Anrufe bleiben im Datenbestand.
</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli connection add|list|test|remove --db DB [options]
&apos;cdrdesk-cli connection SUBCOMMAND --help&apos; describes each.</source>
        <translation>Aufruf: cdrdesk-cli connection add|list|test|remove --db DB [Optionen]
&apos;cdrdesk-cli connection UNTERBEFEHL --help&apos; beschreibt jeden.</translation>
    </message>
    <message>
        <source>Unknown connection command &quot;%1&quot;.
%2</source>
        <translation>Unbekannter connection-Befehl „%1“.
%2</translation>
    </message>
    <message>
        <source>Pull a connection&apos;s calls into the store, page by page; an interrupted sync resumes where it stopped. Progress goes to standard error.</source>
        <translation>Die Anrufe einer Verbindung seitenweise in den Datenbestand holen; eine unterbrochene Synchronisation setzt dort fort, wo sie aufhörte. Der Fortschritt geht auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Sync calls from T (Unix seconds or ISO 8601, UTC unless it says); default: where the last sync ended.</source>
        <translation>Anrufe ab T synchronisieren (Unix-Sekunden oder ISO 8601, UTC sofern nicht angegeben); Standard: wo die letzte Synchronisation endete.</translation>
    </message>
    <message>
        <source>… up to T (default now).</source>
        <translation>… bis T (Standard jetzt).</translation>
    </message>
    <message>
        <source>--connection is required.</source>
        <translation>--connection ist erforderlich.</translation>
    </message>
    <message>
        <source>--end must be after --start.</source>
        <translation>--end muss nach --start liegen.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 calls, %2 pages, %3% of the period</source>
        <translation><byte value="xd"/>%1 Anrufe, %2 Seiten, %3 % des Zeitraums</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>ID des Kunden.</translation>
    </message>
    <message>
        <source>The parent customer&apos;s id (the system root or a reseller).</source>
        <translation>ID des übergeordneten Kunden (die Systemwurzel oder ein Wiederverkäufer).</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>Name des Kunden.</translation>
    </message>
    <message>
        <source>system, reseller or client (default client).</source>
        <translation>system, reseller oder client (Standard client).</translation>
    </message>
    <message>
        <source>prepaid, postpaid (default) or external.</source>
        <translation>prepaid, postpaid (Standard) oder external.</translation>
    </message>
    <message>
        <source>Three-letter currency code (default USD).</source>
        <translation>Dreistelliger Währungscode (Standard USD).</translation>
    </message>
    <message>
        <source>The balance, a decimal amount.</source>
        <translation>Das Guthaben, ein Dezimalbetrag.</translation>
    </message>
    <message>
        <source>Tax names, comma separated (see &apos;invoice tax&apos;).</source>
        <translation>Steuernamen, kommagetrennt (siehe &apos;invoice tax&apos;).</translation>
    </message>
    <message>
        <source>The deck the customer&apos;s calls are priced under (name or id; empty for none).</source>
        <translation>Die Tariftabelle, nach der die Anrufe des Kunden berechnet werden (Name oder ID; leer für keine).</translation>
    </message>
    <message>
        <source>A reseller&apos;s or the system&apos;s buy deck (name or id; empty for none).</source>
        <translation>Einkaufs-Tariftabelle eines Wiederverkäufers oder des Systems (Name oder ID; leer für keine).</translation>
    </message>
    <message>
        <source>--%1: there is no rate deck &quot;%2&quot;.</source>
        <translation>--%1: Es gibt keine Tariftabelle „%2“.</translation>
    </message>
    <message>
        <source>--balance: %1</source>
        <translation>--balance: %1</translation>
    </message>
    <message>
        <source>Lists the customer tree as CSV, a parent before its children.</source>
        <translation>Listet den Kundenbaum als CSV auf, jeder übergeordnete Kunde vor seinen Unterkunden.</translation>
    </message>
    <message>
        <source>Adds a customer to the tree.</source>
        <translation>Fügt dem Baum einen Kunden hinzu.</translation>
    </message>
    <message>
        <source>Changes the given fields of customer --id.</source>
        <translation>Ändert die angegebenen Felder von Kunde --id.</translation>
    </message>
    <message>
        <source>--id is required.</source>
        <translation>--id ist erforderlich.</translation>
    </message>
    <message>
        <source>Added customer %1 &quot;%2&quot;.</source>
        <translation>Kunde %1 „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed customer %1 &quot;%2&quot;.</source>
        <translation>Kunde %1 „%2“ geändert.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli customer list|add|set [options]; &apos;cdrdesk-cli customer add --help&apos;.</source>
        <translation>Aufruf: cdrdesk-cli customer list|add|set [Optionen]; &apos;cdrdesk-cli customer add --help&apos;.</translation>
    </message>
    <message>
        <source>Margins per customer for calls starting in [--start, --end), from the charges stored by &apos;rate&apos; without --deck: revenue (what the customer paid), cost (what its calls cost its parent), margin (the parent&apos;s) and own_margin (the customer&apos;s on its own customers).</source>
        <translation>Margen je Kunde für Anrufe mit Beginn in [--start, --end), aus den von &apos;rate&apos; ohne --deck gespeicherten Gebühren: revenue (was der Kunde zahlte), cost (was seine Anrufe den übergeordneten Kunden kosteten), margin (die des übergeordneten Kunden) und own_margin (die des Kunden an seinen eigenen Kunden).</translation>
    </message>
    <message>
        <source>Only this customer and its descendants.</source>
        <translation>Nur dieser Kunde und seine Unterkunden.</translation>
    </message>
    <message>
        <source>--start and --end are required.</source>
        <translation>--start und --end sind erforderlich.</translation>
    </message>
    <message>
        <source>Invoice %1 (%2) for customer %3 &quot;%4&quot;, %5 to %6</source>
        <translation>Rechnung %1 (%2) für Kunde %3 „%4“, %5 bis %6</translation>
    </message>
    <message>
        <source>%1 %2%: %3</source>
        <translation>%1 %2 %: %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 calls, %5 s: %6</source>
        <translation>%1 (%2, %3): %4 Anrufe, %5 s: %6</translation>
    </message>
    <message>
        <source>Subtotal %1, taxes %2, total %3 %4 (%5 calls)</source>
        <translation>Zwischensumme %1, Steuern %2, gesamt %3 %4 (%5 Anrufe)</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Generates a draft invoice for a customer&apos;s charges on calls starting in [--start, --end).</source>
        <translation>Erstellt einen Rechnungsentwurf über die Gebühren eines Kunden für Anrufe mit Beginn in [--start, --end).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>Der Kunde.</translation>
    </message>
    <message>
        <source>Period start (Unix seconds or ISO 8601).</source>
        <translation>Beginn des Zeitraums (Unix-Sekunden oder ISO 8601).</translation>
    </message>
    <message>
        <source>Period end (exclusive).</source>
        <translation>Ende des Zeitraums (ausschließlich).</translation>
    </message>
    <message>
        <source>Rounding rule of lines and taxes (default half-up).</source>
        <translation>Rundungsregel für Positionen und Steuern (Standard half-up).</translation>
    </message>
    <message>
        <source>Decimals of the amounts (default 2).</source>
        <translation>Nachkommastellen der Beträge (Standard 2).</translation>
    </message>
    <message>
        <source>--rounding: &quot;%1&quot; is not one of half-up, half-even, half-down, up, down, ceiling, floor.</source>
        <translation>--rounding: „%1“ ist nicht half-up, half-even, half-down, up, down, ceiling oder floor.</translation>
    </message>
    <message>
        <source>Issues draft invoice --id: recomputes it, binds its calls and locks them from re-rating.</source>
        <translation>Stellt den Rechnungsentwurf --id aus: berechnet ihn neu, bindet seine Anrufe und sperrt sie gegen Neutarifierung.</translation>
    </message>
    <message>
        <source>Voids invoice --id and releases its calls.</source>
        <translation>Storniert Rechnung --id und gibt ihre Anrufe frei.</translation>
    </message>
    <message>
        <source>Shows invoice --id with its lines.</source>
        <translation>Zeigt Rechnung --id mit ihren Positionen.</translation>
    </message>
    <message>
        <source>The invoice.</source>
        <translation>Die Rechnung.</translation>
    </message>
    <message>
        <source>Lists invoices as CSV, newest period first.</source>
        <translation>Listet Rechnungen als CSV auf, neuester Zeitraum zuerst.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s.</source>
        <translation>Nur die dieses Kunden.</translation>
    </message>
    <message>
        <source>Writes invoice --id as PDF and/or CSV. The company details come from the GUI&apos;s settings.</source>
        <translation>Schreibt Rechnung --id als PDF und/oder CSV. Die Firmendaten stammen aus den Einstellungen der Oberfläche.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>Give --pdf FILE, --csv FILE or both.</source>
        <translation>Geben Sie --pdf DATEI, --csv DATEI oder beides an.</translation>
    </message>
    <message>
        <source>Exported invoice %1 (total %2 %3).</source>
        <translation>Rechnung %1 exportiert (gesamt %2 %3).</translation>
    </message>
    <message>
        <source>Lists the named tax rates, after setting or removing some.</source>
        <translation>Listet die benannten Steuersätze auf, nachdem ggf. welche gesetzt oder entfernt wurden.</translation>
    </message>
    <message>
        <source>NAME=PERCENT, e.g. VAT=20; repeatable.</source>
        <translation>NAME=PROZENT, z. B. VAT=19; wiederholbar.</translation>
    </message>
    <message>
        <source>A tax name to remove; repeatable.</source>
        <translation>Ein zu entfernender Steuername; wiederholbar.</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: expected NAME=PERCENT such as VAT=20.</source>
        <translation>--set „%1“: erwartet wird NAME=PROZENT wie VAT=19.</translation>
    </message>
    <message>
        <source>Reviews invoice --id: each call&apos;s billed cost beside its cost re-rated under the current decks, differences flagged and summed per destination.</source>
        <translation>Prüft Rechnung --id: die abgerechneten Kosten jedes Anrufs neben den mit den aktuellen Tariftabellen neu tarifierten Kosten, Abweichungen markiert und je Ziel summiert.</translation>
    </message>
    <message>
        <source>List every call, not only the differing ones.</source>
        <translation>Alle Anrufe auflisten, nicht nur die abweichenden.</translation>
    </message>
    <message>
        <source>Total: billed %1, re-rated %2, difference %3; %4 of %5 calls differ.</source>
        <translation>Gesamt: abgerechnet %1, neu tarifiert %2, Differenz %3; %4 von %5 Anrufen weichen ab.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli invoice generate|issue|void|list|show|export|review|taxes [options]; &apos;cdrdesk-cli invoice generate --help&apos;.</source>
        <translation>Aufruf: cdrdesk-cli invoice generate|issue|void|list|show|export|review|taxes [Optionen]; &apos;cdrdesk-cli invoice generate --help&apos;.</translation>
    </message>
    <message>
        <source>Creates a completed call as Enswitch&apos;s cdrs/create does (spec 000). Prints 201 after --validation 1 (nothing written), 204 when created; invalid input exits with 2 naming the parameter (400).</source>
        <translation>Legt einen abgeschlossenen Anruf an wie cdrs/create von Enswitch (Spezifikation 000). Gibt nach --validation 1 201 aus (nichts geschrieben), 204 beim Anlegen; ungültige Eingabe endet mit 2 und nennt den Parameter (400).</translation>
    </message>
    <message>
        <source>%1 Required.</source>
        <translation>%1 Erforderlich.</translation>
    </message>
    <message>
        <source>%1 Default: %2</source>
        <translation>%1 Standard: %2</translation>
    </message>
    <message>
        <source>400 %1: %2</source>
        <translation>400 %1: %2</translation>
    </message>
    <message>
        <source>201 Input passed validation; nothing was written.</source>
        <translation>201 Eingabe gültig; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>204 Created call %1.</source>
        <translation>204 Anruf %1 angelegt.</translation>
    </message>
    <message>
        <source>uniqueid %1, callid %2, customer %3 → %4, %5 to %6, talk %7 s of %8 s, %9, %10, cost %11 %12</source>
        <translation>uniqueid %1, callid %2, Kunde %3 → %4, %5 bis %6, Gespräch %7 s von %8 s, %9, %10, Kosten %11 %12</translation>
    </message>
    <message>
        <source>Balance of customer %1: %2 %3</source>
        <translation>Guthaben von Kunde %1: %2 %3</translation>
    </message>
    <message>
        <source>Draft invoice %1 updated.</source>
        <translation>Rechnungsentwurf %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Count the calls that match the filter options.</source>
        <translation>Die Anrufe zählen, die zu den Filteroptionen passen.</translation>
    </message>
    <message>
        <source>Add, list, test and remove provider connections.</source>
        <translation>Anbieterverbindungen hinzufügen, auflisten, testen und entfernen.</translation>
    </message>
    <message>
        <source>Pull a connection&apos;s calls from its provider into the store.</source>
        <translation>Die Anrufe einer Verbindung vom Anbieter in den Datenbestand holen.</translation>
    </message>
    <message>
        <source>List, add and change customers of the tree (decks, taxes, balance).</source>
        <translation>Kunden des Baums auflisten, hinzufügen und ändern (Tariftabellen, Steuern, Guthaben).</translation>
    </message>
    <message>
        <source>Revenue, cost and margin per customer and reseller for a period.</source>
        <translation>Umsatz, Kosten und Marge je Kunde und Wiederverkäufer für einen Zeitraum.</translation>
    </message>
    <message>
        <source>Create a completed call (Enswitch cdrs/create, spec 000).</source>
        <translation>Einen abgeschlossenen Anruf anlegen (Enswitch cdrs/create, Spezifikation 000).</translation>
    </message>
    <message>
        <source>Generate, issue, void, list, show, review and export invoices; tax rates.</source>
        <translation>Rechnungen erstellen, ausstellen, stornieren, auflisten, anzeigen, prüfen und exportieren; Steuersätze.</translation>
    </message>
    <message>
        <source>Shows the store&apos;s default country, or sets it to COUNTRY (an ISO 3166 code such as GB or US; ZZ for none): national numbers of calls stored from then on are read as that country&apos;s (02079460000 in GB is +442079460000). Calls already stored are not changed.</source>
        <translation>Zeigt das Standardland des Datenbestands oder setzt es auf LAND (ein ISO-3166-Code wie DE oder US; ZZ für keins): Nationale Nummern von danach gespeicherten Anrufen werden als Nummern dieses Landes gelesen (02079460000 in GB ist +442079460000). Bereits gespeicherte Anrufe werden nicht geändert.</translation>
    </message>
    <message>
        <source>The new default country.</source>
        <translation>Das neue Standardland.</translation>
    </message>
    <message>
        <source>country expects at most one argument; see &apos;cdrdesk-cli country --help&apos;.</source>
        <translation>country erwartet höchstens ein Argument; siehe &apos;cdrdesk-cli country --help&apos;.</translation>
    </message>
    <message>
        <source>COUNTRY: &quot;%1&quot; is not a country code libphonenumber knows (GB, US, DE …; ZZ for none).</source>
        <translation>LAND: „%1“ ist kein Ländercode, den libphonenumber kennt (GB, US, DE …; ZZ für keins).</translation>
    </message>
    <message>
        <source>Country of the source, called or destination number: ISO 3166 codes (GB, US).</source>
        <translation>Land der Quell-, gewählten oder Zielnummer: ISO-3166-Codes (GB, US).</translation>
    </message>
    <message>
        <source>Type of the source, called or destination number: fixed, mobile, fixed-or-mobile, toll-free, premium, shared-cost, voip, personal, pager, uan, voicemail, unknown.</source>
        <translation>Typ der Quell-, gewählten oder Zielnummer: fixed, mobile, fixed-or-mobile, toll-free, premium, shared-cost, voip, personal, pager, uan, voicemail, unknown.</translation>
    </message>
    <message>
        <source>Show or set the country whose national number formats calls are read in.</source>
        <translation>Das Land anzeigen oder setzen, in dessen nationalem Nummernformat Anrufe gelesen werden.</translation>
    </message>
    <message>
        <source>Region of the called number as libphonenumber&apos;s geocoder names it (London, California), as the dashboard groups destinations; exact.</source>
        <translation>Region der angerufenen Nummer, wie der Geocoder von libphonenumber sie nennt (London, California), wie das Dashboard Ziele gruppiert; exakt.</translation>
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
