<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AsteriskCsvMapper</name>
    <message>
        <source>%1 columns; cdr_csv writes 16, 17, 18 or 21</source>
        <translation>%1 columnas; cdr_csv escribe 16, 17, 18 o 21</translation>
    </message>
</context>
<context>
    <name>BillingController</name>
    <message>
        <source>&amp;Billing</source>
        <translation>Fa&amp;cturación</translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation>Consulta de tarifas</translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation>Explicar este cargo</translation>
    </message>
    <message>
        <source>Rate &amp;Lookup</source>
        <translation>&amp;Consulta de tarifas</translation>
    </message>
    <message>
        <source>&amp;Explain This Charge</source>
        <translation>&amp;Explicar este cargo</translation>
    </message>
    <message>
        <source>&amp;Re-rate Calls…</source>
        <translation>&amp;Retarificar llamadas…</translation>
    </message>
    <message>
        <source>Reload Rate &amp;Decks</source>
        <translation>Recargar &amp;tablas de tarifas</translation>
    </message>
    <message>
        <source>Loading the rate decks…</source>
        <translation>Cargando las tablas de tarifas…</translation>
    </message>
    <message>
        <source>The rate decks could not be loaded: %1</source>
        <translation>No se pudieron cargar las tablas de tarifas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rate deck(s) loaded.</source>
        <translation>
            <numerusform>%n tabla de tarifas cargada.</numerusform>
            <numerusform>%n tablas de tarifas cargadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate decks are still loading.</source>
        <translation>Las tablas de tarifas todavía se están cargando.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Select a call to see all of its fields.</source>
        <translation>Seleccione una llamada para ver todos sus campos.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy the selected fields, or all of them, as tab-separated lines</source>
        <translation>Copiar los campos seleccionados, o todos, como líneas separadas por tabuladores</translation>
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
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <source>sort: &quot;%1&quot; is not a sort field; use one of %2.</source>
        <translation>sort: «%1» no es un campo de ordenación; use uno de %2.</translation>
    </message>
    <message>
        <source>end: the end of the range is before its start.</source>
        <translation>end: el final del intervalo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>limit: must be 0 (all) or more.</source>
        <translation>limit: debe ser 0 (todos) o mayor.</translation>
    </message>
    <message>
        <source>offset: must be 0 or more.</source>
        <translation>offset: debe ser 0 o mayor.</translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: cannot tell the file&apos;s format; name it with --format (%2)</source>
        <translation>%1: no se puede determinar el formato del archivo; indíquelo con --format (%2)</translation>
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
        <translation>Importación de %1 cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 columns; the header has %2</source>
        <translation>%1 columnas; la cabecera tiene %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the response&apos;s status is &quot;%1&quot;, not success</source>
        <translation>el estado de la respuesta es «%1», no «success»</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>CallListWriter</name>
    <message>
        <source>--columns: &quot;%1&quot; is not a column; the columns are: %2.</source>
        <translation>--columns: «%1» no es una columna; las columnas son: %2.</translation>
    </message>
    <message>
        <source>--columns: no column named.</source>
        <translation>--columns: no se indicó ninguna columna.</translation>
    </message>
</context>
<context>
    <name>CallRating</name>
    <message>
        <source>Storing the rated cost of call %1</source>
        <translation>Guardando el coste tarificado de la llamada %1</translation>
    </message>
    <message>
        <source>Replacing the charge of call %1</source>
        <translation>Sustituyendo el cargo de la llamada %1</translation>
    </message>
    <message>
        <source>Storing the charge of call %1</source>
        <translation>Guardando el cargo de la llamada %1</translation>
    </message>
    <message>
        <source>Rating was cancelled; nothing was changed.</source>
        <translation>Se canceló la tarificación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Rating calls under deck &quot;%1&quot;</source>
        <translation>Tarificando llamadas con la tabla «%1»</translation>
    </message>
    <message>
        <source>Finding call %1</source>
        <translation>Buscando la llamada %1</translation>
    </message>
    <message>
        <source>There is no call with uniqueid &quot;%1&quot;.</source>
        <translation>No hay ninguna llamada con uniqueid «%1».</translation>
    </message>
</context>
<context>
    <name>CallStore</name>
    <message>
        <source>Counting calls</source>
        <translation>Contando llamadas</translation>
    </message>
    <message>
        <source>Adding up calls</source>
        <translation>Sumando llamadas</translation>
    </message>
    <message>
        <source>Adding up calls per currency</source>
        <translation>Sumando llamadas por moneda</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>Leyendo llamadas</translation>
    </message>
    <message>
        <source>Indexing the positions of calls</source>
        <translation>Indexando las posiciones de las llamadas</translation>
    </message>
    <message>
        <source>Reading the store summary</source>
        <translation>Leyendo el resumen del almacén</translation>
    </message>
    <message>
        <source>Counting calls per source</source>
        <translation>Contando llamadas por origen</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (column %2): click to sort</source>
        <translation>%1 (columna %2): haga clic para ordenar</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
</context>
<context>
    <name>CallWriter</name>
    <message>
        <source>Starting to write calls</source>
        <translation>Iniciando la escritura de llamadas</translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation>no hay manejador de SQLite</translation>
    </message>
    <message>
        <source>Preparing to write calls failed: %1</source>
        <translation>Falló la preparación para escribir llamadas: %1</translation>
    </message>
    <message>
        <source>Preparing to write calls</source>
        <translation>Preparando la escritura de llamadas</translation>
    </message>
    <message>
        <source>Call %1 has no source or record key and cannot be stored.</source>
        <translation>La llamada %1 no tiene origen ni clave de registro y no se puede guardar.</translation>
    </message>
    <message>
        <source>Writing call %1 (%2)</source>
        <translation>Escribiendo la llamada %1 (%2)</translation>
    </message>
    <message>
        <source>Writing call %1 (%2) failed: %3</source>
        <translation>Falló la escritura de la llamada %1 (%2): %3</translation>
    </message>
    <message>
        <source>Saving %1 calls</source>
        <translation>Guardando %1 llamadas</translation>
    </message>
</context>
<context>
    <name>CgratesImport</name>
    <message>
        <source>only *any is supported; use the deck&apos;s peak windows instead.</source>
        <translation>solo se admite *any; use en su lugar las franjas punta de la tabla de tarifas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in DestinationRates.csv.</source>
        <translation>«%1» no está en DestinationRates.csv.</translation>
    </message>
    <message>
        <source>%1: there is no rating plan &quot;%2&quot;.</source>
        <translation>%1: no existe el plan de tarificación «%2».</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is already rated by line %2; a rating plan rates a prefix once.</source>
        <translation>el prefijo «%1» ya está tarificado en la línea %2; un plan de tarificación tarifica cada prefijo una sola vez.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, línea %2, campo %3: %4</translation>
    </message>
    <message>
        <source>%1 fields where %2 are expected.</source>
        <translation>%1 campos donde se esperan %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 60s.</source>
        <translation>«%1» no es una duración como 60s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 1s.</source>
        <translation>«%1» no es una duración como 1s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation>«%1» no es una duración.</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 es negativo.</translation>
    </message>
    <message>
        <source>the rate per %1 s is not an exact amount per minute.</source>
        <translation>la tarifa por %1 s no es un importe exacto por minuto.</translation>
    </message>
    <message>
        <source>the first group of %1 must start at 0s.</source>
        <translation>el primer grupo de %1 debe empezar en 0s.</translation>
    </message>
    <message>
        <source>%1 has more than two groups; CDR Desk rates a first block and the rest.</source>
        <translation>%1 tiene más de dos grupos; CDR Desk tarifica un primer bloque y el resto.</translation>
    </message>
    <message>
        <source>the second group of %1 must start where the first increment ends (%2s).</source>
        <translation>el segundo grupo de %1 debe empezar donde termina el primer incremento (%2s).</translation>
    </message>
    <message>
        <source>only the first group of %1 may have a connection fee.</source>
        <translation>solo el primer grupo de %1 puede tener cargo de conexión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not *up, *down or *middle.</source>
        <translation>«%1» no es *up, *down ni *middle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to 8.</source>
        <translation>«%1» no es un número de 0 a 8.</translation>
    </message>
    <message>
        <source>the plan&apos;s destination rates round differently; a deck has one rounding.</source>
        <translation>las tarifas de destino del plan redondean de forma distinta; una tabla de tarifas tiene un solo redondeo.</translation>
    </message>
    <message>
        <source>a maximum cost (%1) is not supported.</source>
        <translation>no se admite un coste máximo (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in Rates.csv.</source>
        <translation>«%1» no está en Rates.csv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in Destinations.csv.</source>
        <translation>«%1» no está en Destinations.csv.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Guardar este gráfico como imagen</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exportar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exportar como &amp;SVG…</translation>
    </message>
    <message>
        <source>A chart exported from CDR Desk</source>
        <translation>Un gráfico exportado de CDR Desk</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>is missing, and so is a record key</source>
        <translation>falta, y también una clave de registro</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to a Database Server</source>
        <translation>Conectar a un servidor de base de datos</translation>
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
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Server type:</source>
        <translation>Tipo de &amp;servidor:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file ends inside a quoted field (truncated last line)</source>
        <translation>el archivo termina dentro de un campo entrecomillado (última línea truncada)</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>Adding up calls per half hour</source>
        <translation>Sumando llamadas por media hora</translation>
    </message>
    <message>
        <source>Counting concurrent calls</source>
        <translation>Contando llamadas simultáneas</translation>
    </message>
    <message>
        <source>Adding up calls per destination</source>
        <translation>Sumando llamadas por destino</translation>
    </message>
    <message>
        <source>Reading customer names</source>
        <translation>Leyendo los nombres de los clientes</translation>
    </message>
    <message>
        <source>Adding up calls per customer</source>
        <translation>Sumando llamadas por cliente</translation>
    </message>
    <message>
        <source>Looking for reseller charges</source>
        <translation>Buscando cargos de revendedores</translation>
    </message>
    <message>
        <source>Adding up reseller charges per customer</source>
        <translation>Sumando los cargos de revendedores por cliente</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Channel unavailable</source>
        <translation>Canal no disponible</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Calls by status</source>
        <translation>Llamadas por estado</translation>
    </message>
    <message>
        <source>ASR and ACD</source>
        <translation>ASR y ACD</translation>
    </message>
    <message>
        <source>Concurrent calls (peak)</source>
        <translation>Llamadas simultáneas (pico)</translation>
    </message>
    <message>
        <source>Top destinations by minutes</source>
        <translation>Destinos principales por minutos</translation>
    </message>
    <message>
        <source>Top destinations by cost</source>
        <translation>Destinos principales por coste</translation>
    </message>
    <message>
        <source>Revenue and cost per customer</source>
        <translation>Ingresos y coste por cliente</translation>
    </message>
    <message>
        <source>Traffic by weekday and hour</source>
        <translation>Tráfico por día de la semana y hora</translation>
    </message>
    <message>
        <source>%1 of %2 parts</source>
        <translation>%1 de %2 partes</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Adding up calls…</source>
        <translation>Sumando llamadas…</translation>
    </message>
    <message>
        <source>%L1 calls, %L2 answered</source>
        <translation>%L1 llamadas, %L2 contestadas</translation>
    </message>
    <message>
        <source> · at most %L1 at once</source>
        <translation> · como máximo %L1 a la vez</translation>
    </message>
    <message>
        <source>Showing the calls of %1</source>
        <translation>Mostrando las llamadas de %1</translation>
    </message>
    <message>
        <source>%1, %2: %L3 calls</source>
        <translation>%1, %2: %L3 llamadas</translation>
    </message>
    <message>
        <source>ASR (%)</source>
        <translation>ASR (%)</translation>
    </message>
    <message>
        <source>ACD (minutes)</source>
        <translation>ACD (minutos)</translation>
    </message>
    <message>
        <source>Most calls at once</source>
        <translation>Máximo de llamadas simultáneas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>%1: %L2 calls, %L3 minutes, %4 %5</source>
        <translation>%1: %L2 llamadas, %L3 minutos, %4 %5</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>%1: %L2 calls, revenue %3 %5, cost %4 %5</source>
        <translation>%1: %L2 llamadas, ingresos %3 %5, coste %4 %5</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>El controlador SQL de Qt %1 no está instalado.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>El archivo de base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Setting up the connection to %1</source>
        <translation>Configurando la conexión con %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <source>No SQLite file given in &quot;%1&quot;.</source>
        <translation>No se indicó ningún archivo SQLite en «%1».</translation>
    </message>
    <message>
        <source>Unknown database kind &quot;%1&quot;: use a SQLite file path, postgresql://… or mysql://….</source>
        <translation>Tipo de base de datos desconocido «%1»: use una ruta de archivo SQLite, postgresql://… o mysql://….</translation>
    </message>
    <message>
        <source>The database address is not a valid URL; expected %1://user@host:port/database.</source>
        <translation>La dirección de la base de datos no es una URL válida; se esperaba %1://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database address names no database; expected %1://user@%2:port/database.</source>
        <translation>La dirección no indica ninguna base de datos; se esperaba %1://user@%2:port/database.</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The first moment of the range</source>
        <translation>El primer instante del intervalo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The end of the range: calls from this moment on are not included</source>
        <translation>El final del intervalo: las llamadas a partir de este instante no se incluyen</translation>
    </message>
</context>
<context>
    <name>DeckCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campos donde la cabecera tiene %2.</translation>
    </message>
    <message>
        <source>an increment is required.</source>
        <translation>se requiere un incremento.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;, field %3: %4; voip.ms rates have one increment, one rate, no fees and no dates. Export it as generic instead.</source>
        <translation>Tabla de tarifas «%1», prefijo «%2», campo %3: %4; las tarifas de voip.ms tienen un incremento, una tarifa, sin cargos ni fechas. Expórtela como generic.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1, línea %2, campo %3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. %2</source>
        <translation>«%1» no es un importe. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation>«%1» no es un número entero de segundos.</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is expected.</source>
        <translation>%1: el archivo está vacío; se espera una fila de cabecera.</translation>
    </message>
    <message>
        <source>unknown column; the columns are %1.</source>
        <translation>columna desconocida; las columnas son %1.</translation>
    </message>
    <message>
        <source>the column appears twice in the header.</source>
        <translation>la columna aparece dos veces en la cabecera.</translation>
    </message>
    <message>
        <source>required column missing from the header.</source>
        <translation>falta una columna obligatoria en la cabecera.</translation>
    </message>
    <message>
        <source>Writing the rate deck &quot;%1&quot;: %2</source>
        <translation>Escribiendo la tabla de tarifas «%1»: %2</translation>
    </message>
    <message>
        <source>%1 s differs from the initial increment of %2 s</source>
        <translation>%1 s difiere del incremento inicial de %2 s</translation>
    </message>
    <message>
        <source>a subsequent rate is set</source>
        <translation>hay una tarifa posterior</translation>
    </message>
    <message>
        <source>an off-peak rate is set</source>
        <translation>hay una tarifa valle</translation>
    </message>
    <message>
        <source>a connection fee is set</source>
        <translation>hay un cargo de conexión</translation>
    </message>
    <message>
        <source>a minimum duration is set</source>
        <translation>hay una duración mínima</translation>
    </message>
    <message>
        <source>the row has effective dates</source>
        <translation>la fila tiene fechas de vigencia</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is already in effect by line %2, which has no effective_to before this row begins.</source>
        <translation>el prefijo «%1» ya está vigente por la línea %2, que no tiene effective_to antes de que empiece esta fila.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1, línea %2: un campo entrecomillado no está cerrado.</translation>
    </message>
</context>
<context>
    <name>DeckRules</name>
    <message>
        <source>Rule %1: &quot;%2&quot; is not a whole number of seconds (0 or more).</source>
        <translation>Regla %1: «%2» no es un número entero de segundos (0 o más).</translation>
    </message>
    <message>
        <source>Rule %1: &quot;%2&quot; is not an amount of 0 or more. %3</source>
        <translation>Regla %1: «%2» no es un importe de 0 o más. %3</translation>
    </message>
    <message>
        <source>Rule anchor: &quot;%1&quot; is not initial-then-subsequent or whole-duration.</source>
        <translation>Regla anchor: «%1» no es initial-then-subsequent ni whole-duration.</translation>
    </message>
    <message>
        <source>Rule billable: &quot;%1&quot; names no status; give at least one, such as answer or answer,busy.</source>
        <translation>Regla billable: «%1» no indica ningún estado; indique al menos uno, como answer o answer,busy.</translation>
    </message>
    <message>
        <source>Rule timezone: &quot;%1&quot; is not a known time zone.</source>
        <translation>Regla timezone: «%1» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Rule rounding: &quot;%1&quot; is not one of half-up, half-even, half-down, up, down, ceiling, floor.</source>
        <translation>Regla rounding: «%1» no es half-up, half-even, half-down, up, down, ceiling ni floor.</translation>
    </message>
    <message>
        <source>Rule decimals: &quot;%1&quot; is not a whole number from 0 to 8.</source>
        <translation>Regla decimals: «%1» no es un número entero de 0 a 8.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>Regla desconocida «%1»; las reglas son: %2.</translation>
    </message>
    <message>
        <source>Rule peak: &quot;%1&quot; is not a window such as &quot;mon-fri 08-18&quot; (days mon…sun, hours from 0 to 24, from before to).</source>
        <translation>Regla peak: «%1» no es una franja como «mon-fri 08-18» (días mon…sun, horas de 0 a 24, inicio antes del fin).</translation>
    </message>
</context>
<context>
    <name>DeckSet</name>
    <message>
        <source>Loading the rate decks was cancelled.</source>
        <translation>Se canceló la carga de las tablas de tarifas.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>%1 already holds calls or customers; demo data goes into a new, empty database.</source>
        <translation>%1 ya contiene llamadas o clientes; los datos de demostración van en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>Writing the demo rate deck</source>
        <translation>Escribiendo la tabla de tarifas de demostración</translation>
    </message>
    <message>
        <source>Writing the demo rate %1</source>
        <translation>Escribiendo la tarifa de demostración %1</translation>
    </message>
    <message>
        <source>Writing the demo customer %1</source>
        <translation>Escribiendo el cliente de demostración %1</translation>
    </message>
    <message>
        <source>The demo database was cancelled; nothing was stored.</source>
        <translation>Se canceló la base de datos de demostración; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>first block</source>
        <translation>primer bloque</translation>
    </message>
    <message>
        <source>minimum-duration top-up</source>
        <translation>complemento hasta la duración mínima</translation>
    </message>
    <message>
        <source>subsequent blocks</source>
        <translation>bloques posteriores</translation>
    </message>
    <message>
        <source>Explain this charge</source>
        <translation>Explicar este cargo</translation>
    </message>
    <message>
        <source>Deck to rate the call under</source>
        <translation>Tabla de tarifas con la que tarificar la llamada</translation>
    </message>
    <message>
        <source>Increments billed</source>
        <translation>Incrementos facturados</translation>
    </message>
    <message>
        <source>From second</source>
        <translation>Desde el segundo</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Block length</source>
        <translation>Longitud del bloque</translation>
    </message>
    <message>
        <source>Billed seconds</source>
        <translation>Segundos facturados</translation>
    </message>
    <message>
        <source>Free seconds</source>
        <translation>Segundos gratuitos</translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation>Tarifa/min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Every rule and rounding step applied</source>
        <translation>Cada regla y paso de redondeo aplicado</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Tabla de tarifas:</translation>
    </message>
    <message>
        <source>Increments billed:</source>
        <translation>Incrementos facturados:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>This database has no rate decks to explain a charge with.</source>
        <translation>Esta base de datos no tiene tablas de tarifas con las que explicar un cargo.</translation>
    </message>
    <message>
        <source>Select a call in the grid to see how it is charged.</source>
        <translation>Seleccione una llamada en la tabla para ver cómo se cobra.</translation>
    </message>
    <message>
        <source>Call %1 to %2 at %3 (%4 s talk, %5): &lt;b&gt;%6 %7&lt;/b&gt; under deck &quot;%8&quot;.</source>
        <translation>Llamada %1 a %2 el %3 (%4 s de conversación, %5): &lt;b&gt;%6 %7&lt;/b&gt; con la tabla «%8».</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>Matched prefix &lt;b&gt;%1&lt;/b&gt; (%2): %3/min, then %4/min, increments %5/%6, connection fee %7, minimum duration %8 s.</source>
        <translation>Prefijo coincidente &lt;b&gt;%1&lt;/b&gt; (%2): %3/min, después %4/min, incrementos %5/%6, cargo de conexión %7, duración mínima %8 s.</translation>
    </message>
    <message>
        <source>(any number)</source>
        <translation>(cualquier número)</translation>
    </message>
    <message>
        <source>No prefix of this deck matches %1: the call is not rated.</source>
        <translation>Ningún prefijo de esta tabla coincide con %1: la llamada no se tarifica.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (horario valle)</translation>
    </message>
    <message>
        <source>Billed %1 s of %2 s talk (%3 s after grace, %4 s included free) · usage %5 · fees %6 · cost %7 %8</source>
        <translation>Facturados %1 s de %2 s de conversación (%3 s tras la cortesía, %4 s incluidos gratis) · uso %5 · cargos %6 · coste %7 %8</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for Excel)</source>
        <translation>Empezar con una marca de orden de &amp;bytes (para Excel)</translation>
    </message>
    <message>
        <source>End lines with &amp;CRLF (RFC 4180)</source>
        <translation>Terminar las líneas con &amp;CRLF (RFC 4180)</translation>
    </message>
    <message>
        <source>E&amp;xcel-safe: neutralise cells starting with = + - @</source>
        <translation>Seguro para E&amp;xcel: neutralizar las celdas que empiezan por = + - @</translation>
    </message>
    <message>
        <source>Only the &amp;visible columns, in the grid&apos;s order</source>
        <translation>Solo las columnas &amp;visibles, en el orden de la tabla</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Exportar llamadas</translation>
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
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>Times are written as ISO 8601 in this zone: an IANA name or a UTC offset in hours.</source>
        <translation>Las horas se escriben en ISO 8601 en esta zona: un nombre IANA o un desfase UTC en horas.</translation>
    </message>
    <message>
        <source>Cells a spreadsheet would run as formulas get a leading &apos;; plain numbers such as +442071234567 stay as they are.</source>
        <translation>Las celdas que una hoja de cálculo ejecutaría como fórmulas reciben un &apos; inicial; los números simples como +442071234567 quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation>&amp;Horas en:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation>«%1» no es una zona horaria: indique un nombre IANA como Europe/Madrid o un desfase como -7.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FreeswitchCsvMapper</name>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation>%1: no se puede leer la plantilla: %2</translation>
    </message>
    <message>
        <source>%1: the template names no ${variable}</source>
        <translation>%1: la plantilla no indica ninguna ${variable}</translation>
    </message>
    <message>
        <source>%1 columns; the template has %2</source>
        <translation>%1 columnas; la plantilla tiene %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows (write them to FILE.rejects.csv) instead of stopping</source>
        <translation>&amp;Omitir las filas no válidas (escribirlas en ARCHIVO.rejects.csv) en lugar de detenerse</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Importar llamadas</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>How local times in the files are read (Asterisk writes local time): an IANA name such as Europe/London, or a UTC offset in hours such as -7.</source>
        <translation>Cómo se leen las horas locales de los archivos (Asterisk escribe la hora local): un nombre IANA como Europe/Madrid o un desfase UTC en horas como -7.</translation>
    </message>
    <message>
        <source>FreeSWITCH only: the default &quot;example&quot; template</source>
        <translation>Solo FreeSWITCH: la plantilla predeterminada «example»</translation>
    </message>
    <message>
        <source>The cdr_csv.conf.xml (or a file with the template line) the FreeSWITCH files were written with; choosing one reads the files as FreeSWITCH CSV.</source>
        <translation>El cdr_csv.conf.xml (o un archivo con la línea de plantilla) con el que se escribieron los archivos de FreeSWITCH; al elegir uno, los archivos se leen como CSV de FreeSWITCH.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Local &amp;times in:</source>
        <translation>&amp;Horas locales en:</translation>
    </message>
    <message>
        <source>FreeSWITCH t&amp;emplate:</source>
        <translation>&amp;Plantilla de FreeSWITCH:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/London or an offset such as -7.</source>
        <translation>«%1» no es una zona horaria: indique un nombre IANA como Europe/Madrid o un desfase como -7.</translation>
    </message>
    <message>
        <source>FreeSWITCH Template</source>
        <translation>Plantilla de FreeSWITCH</translation>
    </message>
    <message>
        <source>Templates (*.xml *.conf *.txt);;All files (*)</source>
        <translation>Plantillas (*.xml *.conf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CDR files (*.csv *.json);;All files (*)</source>
        <translation>Archivos CDR (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation>«%1» no es un número entero mayor o igual que 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>«%1» no es una hora: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money: %2</source>
        <translation>«%1» no es un importe de dinero: %2</translation>
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
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>Abrir la base de datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import Calls…</source>
        <translation>&amp;Importar llamadas…</translation>
    </message>
    <message>
        <source>&amp;Export Calls…</source>
        <translation>&amp;Exportar llamadas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation>Restablecer &amp;columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CDR Desk</source>
        <translation>&amp;Acerca de CDR Desk</translation>
    </message>
    <message>
        <source>About CDR Desk</source>
        <translation>Acerca de CDR Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CDR Desk %1&lt;/b&gt;&lt;p&gt;A call detail record viewer and billing workstation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CDR Desk %1&lt;/b&gt;&lt;p&gt;Visor de registros de detalle de llamadas (CDR) y estación de trabajo de facturación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Creating the demo database with %L1 calls…</source>
        <translation>Creando la base de datos de demostración con %L1 llamadas…</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>CDR Desk — %1</source>
        <translation>CDR Desk — %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>No se recordó la contraseña: %1</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 exists already. Use File › Open Database to open it.</source>
        <translation>%1 ya existe. Use Archivo › Abrir base de datos para abrirla.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Calls cannot be sorted by %1.</source>
        <translation>Las llamadas no se pueden ordenar por %1.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Counting calls…</source>
        <translation>Contando llamadas…</translation>
    </message>
    <message>
        <source>%L1 calls</source>
        <translation>%L1 llamadas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%L1 calls · %L2 minutes · cost %3 · ASR %L4% · ACD %5</source>
        <translation>%L1 llamadas · %L2 minutos · coste %3 · ASR %L4 % · ACD %5</translation>
    </message>
    <message>
        <source> · adding up…</source>
        <translation> · sumando…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %L1 calls…</source>
        <translation>Exportando %L1 llamadas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>An import or export is running.</source>
        <translation>Hay una importación o exportación en curso.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Importar llamadas</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy the selected calls as tab-separated text with a header</source>
        <translation>Copiar las llamadas seleccionadas como texto separado por tabuladores con cabecera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>%L1 calls are too many to copy; use File › Export Calls.</source>
        <translation>%L1 llamadas son demasiadas para copiar; use Archivo › Exportar llamadas.</translation>
    </message>
    <message>
        <source>Some selected calls are still loading; copy again in a moment.</source>
        <translation>Algunas llamadas seleccionadas aún se están cargando; vuelva a copiar en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n call(s).</source>
        <translation>
            <numerusform>%n llamada copiada.</numerusform>
            <numerusform>%n llamadas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language shows fully when CDR Desk starts again.</source>
        <translation>El nuevo idioma se mostrará por completo cuando CDR Desk se reinicie.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>El importe está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: expected digits with an optional sign and up to 8 decimals, such as -12.50.</source>
        <translation>«%1» no es un importe: se esperan dígitos con signo opcional y hasta 8 decimales, como -12.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 8 decimals.</source>
        <translation>«%1» tiene más de 8 decimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation>«%1» es demasiado grande para un importe.</translation>
    </message>
</context>
<context>
    <name>PbxMapper</name>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>RateDeck</name>
    <message>
        <source>prefix &quot;%1&quot; has a character other than the digits 0-9</source>
        <translation>el prefijo «%1» contiene un carácter distinto de los dígitos 0-9</translation>
    </message>
    <message>
        <source>initial increment %1 is below 1 second</source>
        <translation>el incremento inicial %1 es inferior a 1 segundo</translation>
    </message>
    <message>
        <source>subsequent increment %1 is below 1 second</source>
        <translation>el incremento posterior %1 es inferior a 1 segundo</translation>
    </message>
    <message>
        <source>minimum duration %1 is negative</source>
        <translation>la duración mínima %1 es negativa</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
    </message>
    <message>
        <source>effective to (%1) is not after effective from (%2)</source>
        <translation>vigente hasta (%1) no es posterior a vigente desde (%2)</translation>
    </message>
    <message>
        <source>A rate deck needs a name.</source>
        <translation>Una tabla de tarifas necesita un nombre.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: %3.</source>
        <translation>Tabla de tarifas «%1», prefijo «%2»: %3.</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot;, prefix &quot;%2&quot;: two rows are in effect at the same time (from %3 and from %4); give the earlier one an effective-to date.</source>
        <translation>Tabla de tarifas «%1», prefijo «%2»: dos filas están vigentes a la vez (desde %3 y desde %4); dé a la anterior una fecha de fin de vigencia.</translation>
    </message>
</context>
<context>
    <name>RateDeckStore</name>
    <message>
        <source>Listing the rate decks</source>
        <translation>Listando las tablas de tarifas</translation>
    </message>
    <message>
        <source>Looking up rate deck &quot;%1&quot;</source>
        <translation>Buscando la tabla de tarifas «%1»</translation>
    </message>
    <message>
        <source>Reading rate deck &quot;%1&quot;</source>
        <translation>Leyendo la tabla de tarifas «%1»</translation>
    </message>
    <message>
        <source>There is no rate deck named &quot;%1&quot; in the store.</source>
        <translation>No hay ninguna tabla de tarifas llamada «%1» en el almacén.</translation>
    </message>
    <message>
        <source>Reading the rates of deck &quot;%1&quot;</source>
        <translation>Leyendo las tarifas de la tabla «%1»</translation>
    </message>
    <message>
        <source>Saving rate deck &quot;%1&quot;</source>
        <translation>Guardando la tabla de tarifas «%1»</translation>
    </message>
    <message>
        <source>Writing rate deck &quot;%1&quot;</source>
        <translation>Escribiendo la tabla de tarifas «%1»</translation>
    </message>
    <message>
        <source>Replacing the rates of deck &quot;%1&quot;</source>
        <translation>Sustituyendo las tarifas de la tabla «%1»</translation>
    </message>
    <message>
        <source>Writing rate %1 of deck &quot;%2&quot;</source>
        <translation>Escribiendo la tarifa %1 de la tabla «%2»</translation>
    </message>
    <message>
        <source>Rate deck &quot;%1&quot; in the store: %2</source>
        <translation>Tabla de tarifas «%1» en el almacén: %2</translation>
    </message>
</context>
<context>
    <name>RateLookupView</name>
    <message>
        <source>Matching rate in every deck</source>
        <translation>Tarifa coincidente en cada tabla</translation>
    </message>
    <message>
        <source>Rates found</source>
        <translation>Tarifas encontradas</translation>
    </message>
    <message>
        <source>Rate lookup</source>
        <translation>Consulta de tarifas</translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation>Número que buscar</translation>
    </message>
    <message>
        <source>A number, e.g. +44 20 7946 0000</source>
        <translation>Un número, p. ej. +44 20 7946 0000</translation>
    </message>
    <message>
        <source>Rates in effect at (UTC)</source>
        <translation>Tarifas vigentes el (UTC)</translation>
    </message>
    <message>
        <source>Sell deck</source>
        <translation>Tabla de venta</translation>
    </message>
    <message>
        <source>Buy deck</source>
        <translation>Tabla de compra</translation>
    </message>
    <message>
        <source>Search the decks by destination or prefix</source>
        <translation>Buscar en las tablas por destino o prefijo</translation>
    </message>
    <message>
        <source>Destination name or prefix, e.g. Canada or 4420</source>
        <translation>Nombre de destino o prefijo, p. ej. Canada o 4420</translation>
    </message>
    <message>
        <source>in effect at</source>
        <translation>vigente el</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Sell:</source>
        <translation>Venta:</translation>
    </message>
    <message>
        <source>Buy:</source>
        <translation>Compra:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>&amp;Search decks:</source>
        <translation>&amp;Buscar en las tablas:</translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one with cdrdesk-cli deck import.</source>
        <translation>Esta base de datos no tiene tablas de tarifas. Importe una con cdrdesk-cli deck import.</translation>
    </message>
    <message numerus="yes">
        <source>Type a number to see its rate in each of the %n deck(s).</source>
        <translation>
            <numerusform>Escriba un número para ver su tarifa (%n tabla de tarifas).</numerusform>
            <numerusform>Escriba un número para ver su tarifa en cada una de las %n tablas de tarifas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No margin: deck &quot;%1&quot; has no rate for this number.</source>
        <translation>Sin margen: la tabla «%1» no tiene tarifa para este número.</translation>
    </message>
    <message>
        <source>No margin: &quot;%1&quot; is in %2 and &quot;%3&quot; in %4.</source>
        <translation>Sin margen: «%1» está en %2 y «%3» en %4.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 − %2 = &lt;b&gt;%3 %4 per minute&lt;/b&gt; (%5 % of the sell rate)</source>
        <translation>%1 − %2 = &lt;b&gt;%3 %4 por minuto&lt;/b&gt; (%5 % de la tarifa de venta)</translation>
    </message>
    <message>
        <source>The first %L1 rates; narrow the search to see the rest.</source>
        <translation>Las primeras %L1 tarifas; acote la búsqueda para ver el resto.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) found.</source>
        <translation>
            <numerusform>%n tarifa encontrada.</numerusform>
            <numerusform>%n tarifas encontradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>Deck</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Rate/min</source>
        <translation>Tarifa/min</translation>
    </message>
    <message>
        <source>Then/min</source>
        <translation>Después/min</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Incrementos</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Cargo de conexión</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no prefix matches</source>
        <translation>ningún prefijo coincide</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
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
        <translation>Incrementos %1/%2 s, ancla %3: %4 s facturados como %5 s.</translation>
    </message>
    <message>
        <source>Included seconds: %1 of the %2 left to customer %3 cover this call; %4 left.</source>
        <translation>Segundos incluidos: %1 de los %2 que le quedan al cliente %3 cubren esta llamada; quedan %4.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 s from +%4 at %5/min%6%7 = %8.</source>
        <translation>%1: %2 × %3 s desde +%4 a %5/min%6%7 = %8.</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (horario valle)</translation>
    </message>
    <message>
        <source>, %1 s included</source>
        <translation>, %1 s incluidos</translation>
    </message>
    <message>
        <source>Rating number %1: the usage amount overflows.</source>
        <translation>Tarificando el número %1: el importe de uso se desborda.</translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (exact).</source>
        <translation>Uso: Σ tarifa × segundos ÷ 60 = %1 (exacto).</translation>
    </message>
    <message>
        <source>Usage: Σ rate × seconds ÷ 60 = %1 (rounded %2 to 8 decimals).</source>
        <translation>Uso: Σ tarifa × segundos ÷ 60 = %1 (%2 redondeado a 8 decimales).</translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows.</source>
        <translation>Tarificando el número %1: el importe se desborda.</translation>
    </message>
    <message>
        <source>Connection fees: row %1 + deck %2 = %3.</source>
        <translation>Cargos de conexión: fila %1 + tabla %2 = %3.</translation>
    </message>
    <message>
        <source>Subtotal: usage %1 + fees %2 = %3.</source>
        <translation>Subtotal: uso %1 + cargos %2 = %3.</translation>
    </message>
    <message>
        <source>Minimum cost %1 applies (subtotal %2 is below it).</source>
        <translation>Se aplica el coste mínimo %1 (el subtotal %2 es inferior).</translation>
    </message>
    <message>
        <source>Rating number %1: the amount overflows when rounded.</source>
        <translation>Tarificando el número %1: el importe se desborda al redondear.</translation>
    </message>
    <message>
        <source>Rounded %1 to %2 decimals: %3 → %4.</source>
        <translation>Redondeo %1 a %2 decimales: %3 → %4.</translation>
    </message>
    <message>
        <source>Cost: %1 %2.</source>
        <translation>Coste: %1 %2.</translation>
    </message>
    <message>
        <source>Number %1: no prefix of deck &quot;%2&quot; in effect at %3 matches; not rated.</source>
        <translation>Número %1: ningún prefijo de la tabla «%2» vigente el %3 coincide; sin tarificar.</translation>
    </message>
    <message>
        <source>Number %1 matches prefix %2 (%3) of deck &quot;%4&quot;: %5/min, increments %6/%7, connection fee %8, minimum %9 s.</source>
        <translation>El número %1 coincide con el prefijo %2 (%3) de la tabla «%4»: %5/min, incrementos %6/%7, cargo de conexión %8, mínimo %9 s.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not billable (billable: %2); cost 0.</source>
        <translation>El estado «%1» no es facturable (facturables: %2); coste 0.</translation>
    </message>
    <message>
        <source>Talk time %1 s is below the no-charge threshold of %2 s; cost 0.</source>
        <translation>El tiempo de conversación de %1 s está por debajo del umbral sin cargo de %2 s; coste 0.</translation>
    </message>
    <message>
        <source>Grace: %1 s − %2 s = %3 s to bill.</source>
        <translation>Cortesía: %1 s − %2 s = %3 s que facturar.</translation>
    </message>
    <message>
        <source>first block</source>
        <translation>primer bloque</translation>
    </message>
    <message>
        <source>minimum-duration top-up</source>
        <translation>complemento hasta la duración mínima</translation>
    </message>
    <message>
        <source>subsequent blocks</source>
        <translation>bloques posteriores</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>RerateDialog</name>
    <message>
        <source>, archived calls included</source>
        <translation>, llamadas archivadas incluidas</translation>
    </message>
    <message>
        <source>Calls from %1 to %2 (UTC)%3</source>
        <translation>Llamadas del %1 al %2 (UTC)%3</translation>
    </message>
    <message>
        <source>Calls from %1 (UTC) on%2</source>
        <translation>Llamadas desde el %1 (UTC)%2</translation>
    </message>
    <message>
        <source>Calls before %1 (UTC)%2</source>
        <translation>Llamadas anteriores al %1 (UTC)%2</translation>
    </message>
    <message>
        <source>Every call of the database%1</source>
        <translation>Todas las llamadas de la base de datos%1</translation>
    </message>
    <message>
        <source>&amp;Dry run: rate and add up, write nothing</source>
        <translation>&amp;Simulación: tarificar y sumar, sin escribir nada</translation>
    </message>
    <message>
        <source>Re-rate Calls</source>
        <translation>Retarificar llamadas</translation>
    </message>
    <message>
        <source>Re-rate calls</source>
        <translation>Retarificar llamadas</translation>
    </message>
    <message>
        <source>Deck to rate under</source>
        <translation>Tabla de tarifas que aplicar</translation>
    </message>
    <message>
        <source>%1 (%2, %L3 rates)</source>
        <translation>%1 (%2, %L3 tarifas)</translation>
    </message>
    <message>
        <source>Rating progress</source>
        <translation>Progreso de la tarificación</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Tarificar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Llamadas:</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Tabla de tarifas:</translation>
    </message>
    <message>
        <source>This database has no rate decks. Import one first (cdrdesk-cli deck import).</source>
        <translation>Esta base de datos no tiene tablas de tarifas. Importe primero una (cdrdesk-cli deck import).</translation>
    </message>
    <message>
        <source>Rated %L1 of %L2 calls…</source>
        <translation>Tarificadas %L1 de %L2 llamadas…</translation>
    </message>
    <message>
        <source>Counting the calls…</source>
        <translation>Contando las llamadas…</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Detenido; no se cambió nada.</translation>
    </message>
    <message>
        <source>%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4 %5.</source>
        <translation>%L1 llamadas tarificadas: %L2 facturables, %L3 sin prefijo coincidente; total %4 %5.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. %1</source>
        <translation>Simulación, no se escribió nada. %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The database has a table &quot;calls&quot; that CDR Desk did not create; it is left untouched. Open an empty database or one made by CDR Desk.</source>
        <translation>La base de datos tiene una tabla «calls» que CDR Desk no creó; se deja intacta. Abra una base de datos vacía o una creada por CDR Desk.</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Leyendo la versión del esquema</translation>
    </message>
    <message>
        <source>The schema version &quot;%1&quot; stored in the database is not a number.</source>
        <translation>La versión de esquema «%1» guardada en la base de datos no es un número.</translation>
    </message>
    <message>
        <source>This database has schema version %1, written by a newer CDR Desk; this program knows versions up to %2. Nothing was changed: open it with a newer CDR Desk.</source>
        <translation>Esta base de datos tiene la versión de esquema %1, escrita por un CDR Desk más reciente; este programa conoce versiones hasta la %2. No se cambió nada: ábrala con un CDR Desk más reciente.</translation>
    </message>
    <message>
        <source>Starting the migration to schema version %1</source>
        <translation>Iniciando la migración a la versión de esquema %1</translation>
    </message>
    <message>
        <source>Migrating to schema version %1</source>
        <translation>Migrando a la versión de esquema %1</translation>
    </message>
    <message>
        <source>Committing schema version %1</source>
        <translation>Confirmando la versión de esquema %1</translation>
    </message>
    <message>
        <source>Dropping index %1</source>
        <translation>Eliminando el índice %1</translation>
    </message>
    <message>
        <source>Building index %1</source>
        <translation>Creando el índice %1</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Registrando la versión del esquema</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available here: %1</source>
        <translation>No hay ningún llavero del sistema disponible aquí: %1</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>El llavero no contiene ningún secreto para %1.</translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation>El llavero del sistema falló para %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zona horaria del sistema (%1)</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Short, as the language writes it</source>
        <translation>Corto, como lo escribe el idioma</translation>
    </message>
    <message>
        <source>Long, as the language writes it</source>
        <translation>Largo, como lo escribe el idioma</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Code (12.50 EUR)</source>
        <translation>Código (12,50 EUR)</translation>
    </message>
    <message>
        <source>Symbol (€12.50)</source>
        <translation>Símbolo (12,50 €)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>Número de identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>Datos &amp;bancarios:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>%1 exists already; demo data goes into a new file.</source>
        <translation>%1 ya existe; los datos de demostración van en un archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>TimeUtil</name>
    <message>
        <source>&quot;%1&quot; names a date that does not exist.</source>
        <translation>«%1» indica una fecha que no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day outside 00:00:00-23:59:59.</source>
        <translation>«%1» tiene una hora fuera de 00:00:00-23:59:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a UTC offset outside -23:59..+23:59.</source>
        <translation>«%1» tiene un desfase UTC fuera de -23:59..+23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: expected Unix seconds or an ISO 8601 date-time such as 2024-03-01T12:00:00Z.</source>
        <translation>«%1» no es una marca de tiempo: se esperan segundos Unix o una fecha y hora ISO 8601 como 2024-03-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>The timestamp is empty.</source>
        <translation>La marca de tiempo está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for Unix seconds.</source>
        <translation>«%1» es demasiado grande para segundos Unix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no UTC offset and the time zone to read it in is not valid.</source>
        <translation>«%1» no tiene desfase UTC y la zona horaria con la que leerlo no es válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in time zone %2: the clocks skip it at a daylight-saving change.</source>
        <translation>«%1» no existe en la zona horaria %2: los relojes se la saltan en el cambio de horario de verano.</translation>
    </message>
</context>
<context>
    <name>TrafficGrid</name>
    <message>
        <source>Traffic by weekday and hour</source>
        <translation>Tráfico por día de la semana y hora</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59: %L3 calls</source>
        <translation>%1 %2:00–%2:59: %L3 llamadas</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Import cancelled before %1; nothing of it was stored.</source>
        <translation>Importación cancelada antes de %1; no se guardó nada de ello.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Wrote %L1 calls to %2.</source>
        <translation>Se escribieron %L1 llamadas en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %L1 new calls from %n file(s); %L2 were stored already, %L3 rejected.</source>
        <translation>
            <numerusform>Importadas %L1 llamadas nuevas de %n archivo; %L2 ya estaban guardadas, %L3 rechazadas.</numerusform>
            <numerusform>Importadas %L1 llamadas nuevas de %n archivos; %L2 ya estaban guardadas, %L3 rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The rejected rows are in %2.</source>
        <translation>%1 Las filas rechazadas están en %2.</translation>
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
        <translation>«%1» no es una duración HH:MM:SS</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>XlsxCallWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: no se puede crear el libro</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1: more than %2 calls do not fit one worksheet; narrow the filter or export CSV.</source>
        <translation>%1: más de %2 llamadas no caben en una hoja; acote el filtro o exporte a CSV.</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: no se puede escribir el libro: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the finished workbook could not be moved into place</source>
        <translation>%1: no se puede escribir: el libro terminado no se pudo mover a su sitio</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>List calls of a store, filtered, sorted and paged.</source>
        <translation>Listar las llamadas de un almacén, filtradas, ordenadas y paginadas.</translation>
    </message>
    <message>
        <source>Create a store filled with realistic demo calls.</source>
        <translation>Crear un almacén con llamadas de demostración realistas.</translation>
    </message>
    <message>
        <source>Show a store&apos;s schema version and counts.</source>
        <translation>Mostrar la versión de esquema y los recuentos de un almacén.</translation>
    </message>
    <message>
        <source>Import CDR files (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CDR Desk CSV).</source>
        <translation>Importar archivos CDR (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CSV de CDR Desk).</translation>
    </message>
    <message>
        <source>Export filtered calls as CSV, JSON Lines or XLSX.</source>
        <translation>Exportar las llamadas filtradas como CSV, JSON Lines o XLSX.</translation>
    </message>
    <message>
        <source>Import, export and list rate decks.</source>
        <translation>Importar, exportar y listar tablas de tarifas.</translation>
    </message>
    <message>
        <source>Rate calls under a deck, or explain one charge.</source>
        <translation>Tarificar llamadas con una tabla de tarifas o explicar un cargo.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli COMMAND [options]

Commands:
</source>
        <translation>Uso: cdrdesk-cli ORDEN [opciones]

Órdenes:
</translation>
    </message>
    <message>
        <source>
&apos;cdrdesk-cli COMMAND --help&apos; describes a command&apos;s options.
Exit codes: 0 ok, 1 runtime failure, 2 bad usage or invalid input.
</source>
        <translation>
&apos;cdrdesk-cli ORDEN --help&apos; describe las opciones de una orden.
Códigos de salida: 0 correcto, 1 fallo en ejecución, 2 uso incorrecto o entrada no válida.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Orden desconocida «%1».

</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of generic, voipms, cgrates.</source>
        <translation>--format: «%1» no es generic, voipms ni cgrates.</translation>
    </message>
    <message>
        <source>Imports a rate deck file (or CGRateS folder) as deck NAME, replacing a deck of that name.</source>
        <translation>Importa un archivo de tarifas (o una carpeta de CGRateS) como la tabla NOMBRE, sustituyendo la tabla de ese nombre.</translation>
    </message>
    <message>
        <source>The deck&apos;s name (for cgrates also the rating plan, unless --plan).</source>
        <translation>Nombre de la tabla (en cgrates también el plan de tarificación, salvo con --plan).</translation>
    </message>
    <message>
        <source>generic (default), voipms or cgrates.</source>
        <translation>generic (predeterminado), voipms o cgrates.</translation>
    </message>
    <message>
        <source>The deck&apos;s currency (default USD).</source>
        <translation>Moneda de la tabla (predeterminada USD).</translation>
    </message>
    <message>
        <source>cgrates: the RatingPlans id to import.</source>
        <translation>cgrates: el id de RatingPlans que importar.</translation>
    </message>
    <message>
        <source>A rating rule KEY=VALUE, repeatable; keys: %1.</source>
        <translation>Una regla de tarificación CLAVE=VALOR, repetible; claves: %1.</translation>
    </message>
    <message>
        <source>The file, or the CGRateS folder.</source>
        <translation>El archivo o la carpeta de CGRateS.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <source>Imported %1 rates as deck &quot;%2&quot; (id %3).</source>
        <translation>Importadas %1 tarifas como tabla «%2» (id %3).</translation>
    </message>
    <message>
        <source>Lists the rate decks of a store.</source>
        <translation>Lista las tablas de tarifas de un almacén.</translation>
    </message>
    <message>
        <source>Writes deck NAME&apos;s rates to a CSV file, complete or not at all (the rules are not part of the file).</source>
        <translation>Escribe las tarifas de la tabla NOMBRE en un archivo CSV, completo o nada (las reglas no forman parte del archivo).</translation>
    </message>
    <message>
        <source>The deck&apos;s name.</source>
        <translation>Nombre de la tabla.</translation>
    </message>
    <message>
        <source>generic (default, every column) or voipms (one increment and rate per prefix).</source>
        <translation>generic (predeterminado, todas las columnas) o voipms (un incremento y una tarifa por prefijo).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of generic, voipms.</source>
        <translation>--format: «%1» no es generic ni voipms.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out es obligatorio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 rates of deck &quot;%2&quot; to %3.</source>
        <translation>Exportadas %1 tarifas de la tabla «%2» a %3.</translation>
    </message>
    <message>
        <source>Call %1 (uniqueid %2, %3):</source>
        <translation>Llamada %1 (uniqueid %2, %3):</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli deck import|export|list [options]; &apos;cdrdesk-cli deck import --help&apos;.</source>
        <translation>Uso: cdrdesk-cli deck import|export|list [opciones]; &apos;cdrdesk-cli deck import --help&apos;.</translation>
    </message>
    <message>
        <source>Rates (or re-rates) calls under a deck, storing each rated cost in one transaction; or explains the charge of one call.</source>
        <translation>Tarifica (o retarifica) llamadas con una tabla, guardando cada coste en una sola transacción; o explica el cargo de una llamada.</translation>
    </message>
    <message>
        <source>Zone of --start/--end without an offset (default UTC).</source>
        <translation>Zona de --start/--end sin desfase (predeterminada UTC).</translation>
    </message>
    <message>
        <source>Rate and report without writing anything.</source>
        <translation>Tarificar e informar sin escribir nada.</translation>
    </message>
    <message>
        <source>Explain the charge of the call given by --uniqueid; writes nothing.</source>
        <translation>Explicar el cargo de la llamada indicada por --uniqueid; no escribe nada.</translation>
    </message>
    <message>
        <source>The call to explain.</source>
        <translation>La llamada que explicar.</translation>
    </message>
    <message>
        <source>--explain needs --uniqueid.</source>
        <translation>--explain necesita --uniqueid.</translation>
    </message>
    <message>
        <source>--deck is required.</source>
        <translation>--deck es obligatorio.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Rated %1 of %2 calls</source>
        <translation><byte value="xd"/>Tarificadas %1 de %2 llamadas</translation>
    </message>
    <message>
        <source>%1 calls rated%2: %3 billable, %4 without a matching prefix, total %5 %6.</source>
        <translation>%1 llamadas tarificadas%2: %3 facturables, %4 sin prefijo coincidente, total %5 %6.</translation>
    </message>
    <message>
        <source> (dry run, nothing written)</source>
        <translation> (simulación, no se escribió nada)</translation>
    </message>
    <message>
        <source>Lists calls in the order asked for, as CSV, JSON or a table.
Times accept Unix seconds or ISO 8601; without an offset they are read in --timezone.</source>
        <translation>Lista las llamadas en el orden pedido, como CSV, JSON o tabla.
Las horas aceptan segundos Unix o ISO 8601; sin desfase se leen en --timezone.</translation>
    </message>
    <message>
        <source>Comma-separated store column names to print.</source>
        <translation>Nombres de columnas del almacén que imprimir, separados por comas.</translation>
    </message>
    <message>
        <source>csv (default), json or table.</source>
        <translation>csv (predeterminado), json o table.</translation>
    </message>
    <message>
        <source>Zone for printed times and for times given without an offset (default UTC).</source>
        <translation>Zona de las horas impresas y de las horas dadas sin desfase (predeterminada UTC).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of csv, json, table.</source>
        <translation>--format: «%1» no es csv, json ni table.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Creates a store filled with a realistic, deterministic demo dataset: a customer
tree, a retail rate deck and N calls over the days before --until.</source>
        <translation>Crea un almacén con un conjunto de datos de demostración realista y determinista: un árbol
de clientes, una tabla de tarifas minorista y N llamadas en los días anteriores a --until.</translation>
    </message>
    <message>
        <source>How many call legs (default 100000).</source>
        <translation>Cuántos tramos de llamada (predeterminado 100000).</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed and --until give the same calls.</source>
        <translation>Semilla aleatoria (predeterminada 1): la misma semilla y --until dan las mismas llamadas.</translation>
    </message>
    <message>
        <source>Days the calls span (default 365).</source>
        <translation>Días que abarcan las llamadas (predeterminado 365).</translation>
    </message>
    <message>
        <source>The span ends at T (default: the next UTC midnight).</source>
        <translation>El periodo termina en T (predeterminado: la próxima medianoche UTC).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>No mostrar el progreso.</translation>
    </message>
    <message>
        <source>%1% (%2 calls, %3 s)</source>
        <translation>%1 % (%2 llamadas, %3 s)</translation>
    </message>
    <message>
        <source>Wrote %1 demo calls to %2 in %3 s.</source>
        <translation>Se escribieron %1 llamadas de demostración en %2 en %3 s.</translation>
    </message>
    <message>
        <source>Shows a store&apos;s schema version and what it holds.</source>
        <translation>Muestra la versión de esquema de un almacén y lo que contiene.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of text, json.</source>
        <translation>--format: «%1» no es text ni json.</translation>
    </message>
    <message>
        <source>Database:        %1
</source>
        <translation>Base de datos:   %1
</translation>
    </message>
    <message>
        <source>Schema version:  %1
</source>
        <translation>Versión esquema: %1
</translation>
    </message>
    <message>
        <source>Calls:           %1 (%2 archived)
</source>
        <translation>Llamadas:        %1 (%2 archivadas)
</translation>
    </message>
    <message>
        <source>Customers:       %1
</source>
        <translation>Clientes:        %1
</translation>
    </message>
    <message>
        <source>Rate decks:      %1
</source>
        <translation>Tablas tarifas:  %1
</translation>
    </message>
    <message>
        <source>First call:      %1
</source>
        <translation>Primera llamada: %1
</translation>
    </message>
    <message>
        <source>Last call:       %1
</source>
        <translation>Última llamada:  %1
</translation>
    </message>
    <message>
        <source>  source %1: %2 calls
</source>
        <translation>  origen %1: %2 llamadas
</translation>
    </message>
    <message>
        <source>The store: a SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname (also mysql://; password from CDRDESK_DB_PASSWORD or the keychain).</source>
        <translation>El almacén: un archivo SQLite, postgresql://user@host:port/dbname o mariadb://user@host:port/dbname (también mysql://; contraseña de CDRDESK_DB_PASSWORD o del llavero).</translation>
    </message>
    <message>
        <source>See &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation>Consulte &apos;cdrdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>%1 expects %2 argument(s); see &apos;cdrdesk-cli %1 --help&apos;.</source>
        <translation>%1 espera %2 argumento(s); consulte &apos;cdrdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>--db es obligatorio.</translation>
    </message>
    <message>
        <source>--timezone: &quot;%1&quot; is neither a time zone (Europe/London, UTC) nor a UTC offset (-7, +5:30).</source>
        <translation>--timezone: «%1» no es una zona horaria (Europe/Madrid, UTC) ni un desfase UTC (-7, +5:30).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of at least %3.</source>
        <translation>--%1: «%2» no es un número entero mayor o igual que %3.</translation>
    </message>
    <message>
        <source>Calls starting at or after T (Unix seconds or ISO 8601).</source>
        <translation>Llamadas que empiezan en T o después (segundos Unix o ISO 8601).</translation>
    </message>
    <message>
        <source>Calls starting before T.</source>
        <translation>Llamadas que empiezan antes de T.</translation>
    </message>
    <message>
        <source>Sort field: %1 (default start).</source>
        <translation>Campo de ordenación: %1 (predeterminado start).</translation>
    </message>
    <message>
        <source>1 to sort descending (default 0).</source>
        <translation>1 para ordenar de forma descendente (predeterminado 0).</translation>
    </message>
    <message>
        <source>1 to include archived calls (default 0).</source>
        <translation>1 para incluir las llamadas archivadas (predeterminado 0).</translation>
    </message>
    <message>
        <source>At most N calls (0 = all, the default).</source>
        <translation>Como máximo N llamadas (0 = todas, el valor predeterminado).</translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation>Omitir las primeras N llamadas.</translation>
    </message>
    <message>
        <source>--%1: must be 0 or 1.</source>
        <translation>--%1: debe ser 0 o 1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of csv, jsonl, xlsx.</source>
        <translation>--format: «%1» no es csv, jsonl ni xlsx.</translation>
    </message>
    <message>
        <source>Imports CDR files into a store, each in one transaction; importing a file again adds nothing.
The format is detected unless --format names it.</source>
        <translation>Importa archivos CDR en un almacén, cada uno en una transacción; volver a importar un archivo no añade nada.
El formato se detecta salvo que --format lo indique.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Uno de %1.</translation>
    </message>
    <message>
        <source>How to read local times in the files: an IANA name or a UTC offset such as -7 (default UTC).</source>
        <translation>Cómo leer las horas locales de los archivos: un nombre IANA o un desfase UTC como -7 (predeterminado UTC).</translation>
    </message>
    <message>
        <source>FreeSWITCH: the mod_cdr_csv template file the CSV was written with (default: &quot;example&quot;).</source>
        <translation>FreeSWITCH: el archivo de plantilla de mod_cdr_csv con el que se escribió el CSV (predeterminado: «example»).</translation>
    </message>
    <message>
        <source>Write invalid rows with their reasons to FILE.rejects.csv and import the rest.</source>
        <translation>Escribir las filas no válidas con sus motivos en ARCHIVO.rejects.csv e importar el resto.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Los archivos que importar.</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>Indique al menos un archivo que importar.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 imported, %4 skipped, %5 rejected</source>
        <translation>%1 (%2): %3 importadas, %4 omitidas, %5 rechazadas</translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation> (véase %1)</translation>
    </message>
    <message>
        <source>Exports the calls a filter selects, in its order, as CSV, JSON Lines or XLSX.
The file appears only when complete.</source>
        <translation>Exporta las llamadas que selecciona un filtro, en su orden, como CSV, JSON Lines o XLSX.
El archivo solo aparece cuando está completo.</translation>
    </message>
    <message>
        <source>csv (default), jsonl or xlsx (default from the file&apos;s extension).</source>
        <translation>csv (predeterminado), jsonl o xlsx (por defecto según la extensión del archivo).</translation>
    </message>
    <message>
        <source>Comma-separated store column names (default all).</source>
        <translation>Nombres de columnas del almacén separados por comas (predeterminado todas).</translation>
    </message>
    <message>
        <source>Zone of the written times and of --start/--end without an offset (default UTC).</source>
        <translation>Zona de las horas escritas y de --start/--end sin desfase (predeterminada UTC).</translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: empezar con una marca de orden de bytes UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>CSV: end lines with CRLF (RFC 4180).</source>
        <translation>CSV: terminar las líneas con CRLF (RFC 4180).</translation>
    </message>
    <message>
        <source>CSV: prefix cells starting with = + - @ with &apos; so spreadsheets do not run them; plain numbers such as +4420… stay as they are.</source>
        <translation>CSV: anteponer &apos; a las celdas que empiezan por = + - @ para que las hojas de cálculo no las ejecuten; los números simples como +4420… quedan como están.</translation>
    </message>
    <message>
        <source>Wrote %1 calls to %2.</source>
        <translation>Se escribieron %1 llamadas en %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CDR Desk: call detail records and billing.</source>
        <translation>CDR Desk: registros de detalle de llamadas y facturación.</translation>
    </message>
    <message>
        <source>A SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname to open.</source>
        <translation>Archivo SQLite, postgresql://user@host:port/dbname o mariadb://user@host:port/dbname que abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar una imagen de la ventana en ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: show the view, dock or dialog NAME first (e.g. dashboard).</source>
        <translation>Con --screenshot: mostrar primero la vista, el panel o el diálogo NOMBRE (p. ej. dashboard).</translation>
    </message>
</context>
</TS>
