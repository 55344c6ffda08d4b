<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AsteriskCdrTable</name>
    <message>
        <source>Attaching to an Asterisk CDR table needs a PostgreSQL or MariaDB server.</source>
        <translation>Conectarse a una tabla CDR de Asterisk requiere un servidor PostgreSQL o MariaDB.</translation>
    </message>
    <message>
        <source>The database %1 has no table &quot;%2&quot; that this user can read.</source>
        <translation>La base de datos %1 no tiene ninguna tabla «%2» que este usuario pueda leer.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has neither a calldate nor a start column; it is not an Asterisk CDR table.</source>
        <translation>La tabla «%1» no tiene columna calldate ni start; no es una tabla CDR de Asterisk.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;; it is not an Asterisk CDR table.</source>
        <translation>La tabla «%1» no tiene columna «%2»; no es una tabla CDR de Asterisk.</translation>
    </message>
</context>
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
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Resellers and clients</source>
        <translation>Revendedores y clientes</translation>
    </message>
    <message>
        <source>&amp;What-if Re-rating…</source>
        <translation>Retarificación &amp;hipotética…</translation>
    </message>
    <message>
        <source>&amp;Create Call…</source>
        <translation>Crear &amp;llamada…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>Re&amp;sellers and Clients</source>
        <translation>Re&amp;vendedores y clientes</translation>
    </message>
</context>
<context>
    <name>CallCreator</name>
    <message>
        <source>Empty string.</source>
        <translation>Cadena vacía.</translation>
    </message>
    <message>
        <source>Uniqueid.</source>
        <translation>Uniqueid.</translation>
    </message>
    <message>
        <source>Machine.</source>
        <translation>Máquina.</translation>
    </message>
    <message>
        <source>Start Unix timestamp.</source>
        <translation>Marca de tiempo Unix de inicio.</translation>
    </message>
    <message>
        <source>ID of customer making call.</source>
        <translation>ID del cliente que realiza la llamada.</translation>
    </message>
    <message>
        <source>Source type.</source>
        <translation>Tipo de origen.</translation>
    </message>
    <message>
        <source>Source number.</source>
        <translation>Número de origen.</translation>
    </message>
    <message>
        <source>Source presentation in ISDN format.</source>
        <translation>Presentación del origen en formato RDSI.</translation>
    </message>
    <message>
        <source>Source caller name.</source>
        <translation>Nombre del llamante de origen.</translation>
    </message>
    <message>
        <source>Called type.</source>
        <translation>Tipo del llamado.</translation>
    </message>
    <message>
        <source>Called number.</source>
        <translation>Número llamado.</translation>
    </message>
    <message>
        <source>Same as scustomer.</source>
        <translation>Igual que scustomer.</translation>
    </message>
    <message>
        <source>ID of destination customer.</source>
        <translation>ID del cliente de destino.</translation>
    </message>
    <message>
        <source>Destination type.</source>
        <translation>Tipo de destino.</translation>
    </message>
    <message>
        <source>Destination number.</source>
        <translation>Número de destino.</translation>
    </message>
    <message>
        <source>Same as uniqueid.</source>
        <translation>Igual que uniqueid.</translation>
    </message>
    <message>
        <source>Callid.</source>
        <translation>Callid.</translation>
    </message>
    <message>
        <source>Channel.</source>
        <translation>Canal.</translation>
    </message>
    <message>
        <source>Cost to customer making call.</source>
        <translation>Coste para el cliente que realiza la llamada.</translation>
    </message>
    <message>
        <source>System currency.</source>
        <translation>Moneda del sistema.</translation>
    </message>
    <message>
        <source>Currency cost is in.</source>
        <translation>Moneda del coste.</translation>
    </message>
    <message>
        <source>Same as start.</source>
        <translation>Igual que start.</translation>
    </message>
    <message>
        <source>End Unix timestamp.</source>
        <translation>Marca de tiempo Unix de fin.</translation>
    </message>
    <message>
        <source>ID of ingroup_time.</source>
        <translation>ID de ingroup_time.</translation>
    </message>
    <message>
        <source>ID of invoice. 0 for none.</source>
        <translation>ID de la factura. 0 para ninguna.</translation>
    </message>
    <message>
        <source>Media: fax, message or voice.</source>
        <translation>Medio: fax, message o voice.</translation>
    </message>
    <message>
        <source>Number of included messages used.</source>
        <translation>Número de mensajes incluidos consumidos.</translation>
    </message>
    <message>
        <source>Note to attach to call.</source>
        <translation>Nota que adjuntar a la llamada.</translation>
    </message>
    <message>
        <source>ID of outgroup_time.</source>
        <translation>ID de outgroup_time.</translation>
    </message>
    <message>
        <source>ID of peer. 0 for none.</source>
        <translation>ID del peer. 0 para ninguno.</translation>
    </message>
    <message>
        <source>Recording path.</source>
        <translation>Ruta de la grabación.</translation>
    </message>
    <message>
        <source>Call status: answer, busy, cancel, chanunavail, congestion, error or noanswer.</source>
        <translation>Estado de la llamada: answer, busy, cancel, chanunavail, congestion, error o noanswer.</translation>
    </message>
    <message>
        <source>end − start</source>
        <translation>end − start</translation>
    </message>
    <message>
        <source>Talk time in seconds.</source>
        <translation>Tiempo de conversación en segundos.</translation>
    </message>
    <message>
        <source>Comma separated list of taxes to apply.</source>
        <translation>Lista separada por comas de los impuestos que aplicar.</translation>
    </message>
    <message>
        <source>Included time used in seconds.</source>
        <translation>Tiempo incluido consumido en segundos.</translation>
    </message>
    <message>
        <source>Total time in seconds.</source>
        <translation>Tiempo total en segundos.</translation>
    </message>
    <message>
        <source>1 to update balance of customer making call, 0 not to.</source>
        <translation>1 para actualizar el saldo del cliente que llama, 0 para no hacerlo.</translation>
    </message>
    <message>
        <source>1 to update any affected invoices, 0 not to.</source>
        <translation>1 para actualizar las facturas afectadas, 0 para no hacerlo.</translation>
    </message>
    <message>
        <source>1 to validate input then return, 0 for full action.</source>
        <translation>1 para solo validar la entrada, 0 para la acción completa.</translation>
    </message>
    <message>
        <source>Unknown parameter.</source>
        <translation>Parámetro desconocido.</translation>
    </message>
    <message>
        <source>Required parameter is missing.</source>
        <translation>Falta un parámetro obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>«%1» no es un número entero de 0 o más.</translation>
    </message>
    <message>
        <source>Must be 0 or 1.</source>
        <translation>Debe ser 0 o 1.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>El fin (%1) es anterior al inicio (%2).</translation>
    </message>
    <message>
        <source>The talk time (%1 s) is longer than the total time (%2 s).</source>
        <translation>El tiempo de conversación (%1 s) es mayor que el tiempo total (%2 s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fax, message, voice.</source>
        <translation>«%1» no es fax, message ni voice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>No existe el cliente %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>«%1» no es un código de moneda de tres letras.</translation>
    </message>
    <message>
        <source>The cost is in %1 but customer %2&apos;s balance is in %3; pass update_balance 0 or the cost in %3.</source>
        <translation>El coste está en %1 pero el saldo del cliente %2 está en %3; pase update_balance 0 o el coste en %3.</translation>
    </message>
    <message>
        <source>There is no tax named &quot;%1&quot;.</source>
        <translation>No existe ningún impuesto llamado «%1».</translation>
    </message>
    <message>
        <source>Invoice %1 is %2; calls are added only to draft invoices.</source>
        <translation>La factura %1 está %2; las llamadas solo se añaden a borradores de factura.</translation>
    </message>
    <message>
        <source>Looking for call %1</source>
        <translation>Buscando la llamada %1</translation>
    </message>
    <message>
        <source>A call with uniqueid &quot;%1&quot; has been created already.</source>
        <translation>Ya se creó una llamada con uniqueid «%1».</translation>
    </message>
    <message>
        <source>Reading back call %1</source>
        <translation>Releyendo la llamada %1</translation>
    </message>
    <message>
        <source>Storing the charge of call %1</source>
        <translation>Guardando el cargo de la llamada %1</translation>
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
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 0 nor 1.</source>
        <translation>«%1» no es ni 0 ni 1.</translation>
    </message>
    <message>
        <source>the end of the range is before its start.</source>
        <translation>el final del intervalo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>a customer ID is a whole number above 0.</source>
        <translation>un ID de cliente es un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>must be 0 (any) or an invoice ID.</source>
        <translation>debe ser 0 (cualquiera) o un ID de factura.</translation>
    </message>
    <message>
        <source>must be 0 (any) or a peer ID.</source>
        <translation>debe ser 0 (cualquiera) o un ID de peer.</translation>
    </message>
    <message>
        <source>must be 0 or more seconds.</source>
        <translation>debe ser 0 o más segundos.</translation>
    </message>
    <message>
        <source>must be -1 (no limit) or 0 or more seconds.</source>
        <translation>debe ser -1 (sin límite) o 0 o más segundos.</translation>
    </message>
    <message>
        <source>is below talktime_minimum.</source>
        <translation>es inferior a talktime_minimum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; use in, out or internal.</source>
        <translation>«%1» no es una dirección; use in, out o internal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not digits: give the country and area code, as 1212 or 4420.</source>
        <translation>«%1» no son dígitos: indique el código de país y de área, como 1212 o 3491.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (as 192.0.2.10 or 2001:db8::1).</source>
        <translation>«%1» no es una dirección IP (como 192.0.2.10 o 2001:db8::1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither free nor billed.</source>
        <translation>«%1» no es free ni billed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither incoming, outgoing nor a DID number.</source>
        <translation>«%1» no es incoming, outgoing ni un número DID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sort field; use one of %2.</source>
        <translation>«%1» no es un campo de ordenación; use uno de %2.</translation>
    </message>
    <message>
        <source>must be 0 (all) or more.</source>
        <translation>debe ser 0 (todos) o mayor.</translation>
    </message>
    <message>
        <source>must be 0 or more.</source>
        <translation>debe ser 0 o mayor.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <source>customer %1 and below</source>
        <translation>cliente %1 y los inferiores</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>talk time ≥ %1 s</source>
        <translation>conversación ≥ %1 s</translation>
    </message>
    <message>
        <source>talk time ≤ %1 s</source>
        <translation>conversación ≤ %1 s</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>factura %1</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>peer %1</translation>
    </message>
    <message>
        <source>statuses %1</source>
        <translation>estados %1</translation>
    </message>
    <message>
        <source>free calls</source>
        <translation>llamadas gratuitas</translation>
    </message>
    <message>
        <source>billed calls</source>
        <translation>llamadas facturadas</translation>
    </message>
    <message>
        <source>call type %1</source>
        <translation>tipo de llamada %1</translation>
    </message>
    <message>
        <source>archived included</source>
        <translation>archivadas incluidas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a customer ID nor one of own, all, external, postpaid, prepaid, system.</source>
        <translation>«%1» no es un ID de cliente ni own, all, external, postpaid, prepaid o system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a match mode; use contains, start, end or exact.</source>
        <translation>«%1» no es un modo de coincidencia; use contains, start, end o exact.</translation>
    </message>
    <message>
        <source>not a filter parameter.</source>
        <translation>no es un parámetro de filtro.</translation>
    </message>
    <message>
        <source>expected a string or a number.</source>
        <translation>se esperaba una cadena o un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (an ISO 3166 code in capitals, as GB or US).</source>
        <translation>«%1» no es un código de país (un código ISO 3166 en mayúsculas, como GB o US).</translation>
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
    <message>
        <source>Preparing the index builds</source>
        <translation>Preparando la creación de los índices</translation>
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
    <message>
        <source>Replacing the charges of call %1</source>
        <translation>Sustituyendo los cargos de la llamada %1</translation>
    </message>
    <message>
        <source>Storing the charges of call %1</source>
        <translation>Guardando los cargos de la llamada %1</translation>
    </message>
    <message>
        <source>Finding invoiced calls</source>
        <translation>Buscando las llamadas facturadas</translation>
    </message>
    <message>
        <source>Rating calls under the customers&apos; decks</source>
        <translation>Tarificando llamadas con las tablas de tarifas de los clientes</translation>
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
    <message>
        <source>Adding the new calls to the dashboard&apos;s roll-ups</source>
        <translation>Añadiendo las llamadas nuevas a los totales del panel</translation>
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
    <message>
        <source>&amp;Attach read-only to an Asterisk CDR table (cdr)</source>
        <translation>&amp;Conectar en solo lectura a una tabla CDR de Asterisk (cdr)</translation>
    </message>
    <message>
        <source>Browse the cdr table that Asterisk or FreePBX writes, without writing to it: no tables are created and a user with SELECT only is enough.</source>
        <translation>Explorar la tabla cdr que escribe Asterisk o FreePBX, sin escribir en ella: no se crean tablas y basta un usuario con solo SELECT.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditDialog</name>
    <message>
        <source>Enswitch JSON API</source>
        <translation>API JSON de Enswitch</translation>
    </message>
    <message>
        <source>voip.ms REST API</source>
        <translation>API REST de voip.ms</translation>
    </message>
    <message>
        <source>Kazoo (2600Hz) crossbar</source>
        <translation>Crossbar de Kazoo (2600Hz)</translation>
    </message>
    <message>
        <source>PBX REST API</source>
        <translation>API REST de la centralita</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host (credentials travel unencrypted)</source>
        <translation>Permitir &amp;HTTP sin cifrar a este servidor (las credenciales viajan sin cifrar)</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Añadir conexión</translation>
    </message>
    <message>
        <source>Edit Connection &quot;%1&quot;</source>
        <translation>Editar la conexión «%1»</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Solo a petición</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>ID de &amp;cuenta:</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;customer:</source>
        <translation>C&amp;liente del operador:</translation>
    </message>
    <message>
        <source>&amp;Time zone (UTC offset, hours):</source>
        <translation>&amp;Zona horaria (desfase respecto a UTC, horas):</translation>
    </message>
    <message>
        <source>Calls per &amp;request:</source>
        <translation>Llamadas por pe&amp;tición:</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically every:</source>
        <translation>Sincronizar &amp;automáticamente cada:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Contrase&amp;ña o token:</translation>
    </message>
    <message>
        <source>The server, e.g. https://enswitch.example.com (…/api/json/ is added). Customer: all, an ID, external, postpaid, prepaid or system.</source>
        <translation>El servidor, p. ej. https://enswitch.example.com (se añade …/api/json/). Cliente: all, un ID, external, postpaid, prepaid o system.</translation>
    </message>
    <message>
        <source>The REST endpoint, e.g. https://voip.ms/api/v1/rest.php. Customer: a reseller client ID; account: one account&apos;s calls only.</source>
        <translation>El punto de acceso REST, p. ej. https://voip.ms/api/v1/rest.php. Cliente: el ID de un cliente de reventa; cuenta: solo las llamadas de esa cuenta.</translation>
    </message>
    <message>
        <source>The crossbar server, e.g. https://kazoo.example.com:8443 (…/v2/accounts/ID/cdrs is added). The secret is the auth token.</source>
        <translation>El servidor crossbar, p. ej. https://kazoo.example.com:8443 (se añade …/v2/accounts/ID/cdrs). El secreto es el token de autenticación.</translation>
    </message>
    <message>
        <source>The PBX, e.g. https://pbx.example.com (…/rest/call/read is added); user and password for HTTP Basic.</source>
        <translation>La centralita, p. ej. https://pbx.example.com (se añade …/rest/call/read); usuario y contraseña para HTTP Basic.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The API URL must be a full http:// or https:// address.</source>
        <translation>La URL de la API debe ser una dirección http:// o https:// completa.</translation>
    </message>
    <message>
        <source>The API URL holds a password: remove it from the URL and type it in the password field, which keeps it out of the store.</source>
        <translation>La URL de la API contiene una contraseña: quítela de la URL y escríbala en el campo de contraseña, que la mantiene fuera de la base de datos.</translation>
    </message>
    <message>
        <source>Kazoo needs the account ID.</source>
        <translation>Kazoo necesita el ID de cuenta.</translation>
    </message>
    <message>
        <source>Give the user the API signs in as.</source>
        <translation>Indique el usuario con el que se identifica la API.</translation>
    </message>
    <message>
        <source>The time zone is an offset in hours from -12 to 13, e.g. -5 or 5.5.</source>
        <translation>La zona horaria es un desfase en horas de -12 a 13, p. ej. -5 o 5.5.</translation>
    </message>
    <message>
        <source>Type the password or token.</source>
        <translation>Escriba la contraseña o el token.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Reading the connections</source>
        <translation>Leyendo las conexiones</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Adding the connection &quot;%1&quot;</source>
        <translation>Añadiendo la conexión «%1»</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was not stored.</source>
        <translation>La conexión «%1» no se guardó.</translation>
    </message>
    <message>
        <source>Changing the connection &quot;%1&quot;</source>
        <translation>Modificando la conexión «%1»</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>No existe ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Removing the connection &quot;%1&quot;</source>
        <translation>Quitando la conexión «%1»</translation>
    </message>
    <message>
        <source>Reading the sync cursor</source>
        <translation>Leyendo el cursor de sincronización</translation>
    </message>
    <message>
        <source>Saving the sync cursor</source>
        <translation>Guardando el cursor de sincronización</translation>
    </message>
    <message>
        <source>Reading the last sync</source>
        <translation>Leyendo la última sincronización</translation>
    </message>
    <message>
        <source>Recording how the sync ended</source>
        <translation>Registrando cómo terminó la sincronización</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Proveedores</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>Sincronización &amp;automática</translation>
    </message>
    <message>
        <source>Sync each connection every so many minutes, as set in the connection</source>
        <translation>Sincronizar cada conexión cada tantos minutos como indique la conexión</translation>
    </message>
    <message>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Sincronizando «%1»…</translation>
    </message>
    <message>
        <source>No system keychain service answers here (%1). Passwords and tokens are kept in memory for this session only and asked for again in the next one; they are never written to disk.</source>
        <translation>Aquí no responde ningún servicio de llavero del sistema (%1). Las contraseñas y los tokens se guardan en memoria solo durante esta sesión y se vuelven a pedir en la siguiente; nunca se escriben en disco.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the store or settings.</source>
        <translation>Se guarda en el llavero del sistema, nunca en la base de datos ni en la configuración.</translation>
    </message>
    <message>
        <source>No system keychain answers here: kept in memory for this session only.</source>
        <translation>Aquí no responde ningún llavero: se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; added.</source>
        <translation>Conexión «%1» añadida.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Conexión «%1» guardada.</translation>
    </message>
    <message>
        <source>Type its password or token at the next test or sync.</source>
        <translation>Escriba su contraseña o token en la próxima prueba o sincronización.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation>La contraseña se guarda solo durante esta sesión: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing: cancel the sync first.</source>
        <translation>«%1» se está sincronizando: cancele antes la sincronización.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; removed; the calls it synced stay in the store.</source>
        <translation>Conexión «%1» eliminada; las llamadas sincronizadas permanecen en la base de datos.</translation>
    </message>
    <message>
        <source>Password for &quot;%1&quot;</source>
        <translation>Contraseña de «%1»</translation>
    </message>
    <message>
        <source>%1
Type the password or token of &quot;%2&quot; (%3). It is kept in memory for this session only, never written to disk.</source>
        <translation>%1
Escriba la contraseña o el token de «%2» (%3). Se guarda en memoria solo durante esta sesión y nunca se escribe en disco.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Probando «%1»…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider accepted the URL and credentials.</source>
        <translation>«%1» funciona: el proveedor aceptó la URL y las credenciales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test: %2</source>
        <translation>«%1» no superó la prueba: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing already.</source>
        <translation>«%1» ya se está sincronizando.</translation>
    </message>
    <message>
        <source>Cancelling the sync of &quot;%1&quot;…</source>
        <translation>Cancelando la sincronización de «%1»…</translation>
    </message>
    <message>
        <source>voip.ms &amp;Rate Search…</source>
        <translation>Búsqueda de &amp;tarifas de voip.ms…</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>No existe ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>&amp;Kazoo CDR Detail…</source>
        <translation>Detalle de CDR de &amp;Kazoo…</translation>
    </message>
    <message>
        <source>Download Kazoo CDRs as CSV</source>
        <translation>Descargar los CDR de Kazoo como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>voip.ms Reseller &amp;CDRs…</source>
        <translation>&amp;CDR de revendedor de voip.ms…</translation>
    </message>
    <message>
        <source>%1
Type the password or token of &quot;%2&quot; (%3) again to retry.</source>
        <translation>%1
Escriba de nuevo la contraseña o el token de «%2» (%3) para reintentarlo.</translation>
    </message>
    <message>
        <source>It replaces the one in the system keychain.</source>
        <translation>Sustituye al guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>It is kept in memory for this session only, never written to disk.</source>
        <translation>Se guarda en memoria solo durante esta sesión y nunca se escribe en disco.</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is in the system keychain.</source>
        <translation>La nueva contraseña de «%1» está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is kept for this session only: %2</source>
        <translation>La nueva contraseña de «%1» se guarda solo durante esta sesión: %2</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>No se indicó contraseña ni token; no se consultó al proveedor.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizada</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Provider Connections</source>
        <translation>Conexiones con proveedores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Sincronización automática</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>cada %n min</numerusform>
            <numerusform>cada %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) synced</source>
        <translation>
            <numerusform>%n llamada sincronizada</numerusform>
            <numerusform>%n llamadas sincronizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its password? The calls it synced stay in the store.</source>
        <translation>¿Eliminar la conexión «%1» y su contraseña? Las llamadas sincronizadas permanecen en la base de datos.</translation>
    </message>
</context>
<context>
    <name>CreateCallDialog</name>
    <message>
        <source>Create Call</source>
        <translation>Crear llamada</translation>
    </message>
    <message>
        <source>Create a call record</source>
        <translation>Crear un registro de llamada</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;Validate Only</source>
        <translation>Solo &amp;validar</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>The parameters of Enswitch&apos;s cdrs/create. Those marked * are required; an empty line takes the default shown in it. Times are Unix seconds.</source>
        <translation>Los parámetros de cdrs/create de Enswitch. Los marcados con * son obligatorios; un campo vacío toma el valor predeterminado que muestra. Las horas son segundos Unix.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Creating the call…</source>
        <translation>Creando la llamada…</translation>
    </message>
    <message>
        <source>Not created: %1: %2</source>
        <translation>No creada: %1: %2</translation>
    </message>
    <message>
        <source>uniqueid %1, %2 → %3, start %4, talk time %5 s, status %6, cost %7 %8</source>
        <translation>uniqueid %1, %2 → %3, inicio %4, tiempo de conversación %5 s, estado %6, coste %7 %8</translation>
    </message>
    <message>
        <source>Valid (201); nothing was written. The call would be: %1.</source>
        <translation>Válida (201); no se escribió nada. La llamada sería: %1.</translation>
    </message>
    <message>
        <source>Created call %1 (204): %2.</source>
        <translation>Llamada %1 creada (204): %2.</translation>
    </message>
    <message>
        <source>The customer&apos;s balance is now %1.</source>
        <translation>El saldo del cliente es ahora %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) brought up to date.</source>
        <translation>
            <numerusform>%n borrador de factura actualizado.</numerusform>
            <numerusform>%n borradores de factura actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create on</source>
        <translation>Crear en</translation>
    </message>
    <message>
        <source>Write the call to this store, or send it to an Enswitch connection&apos;s cdrs/create</source>
        <translation>Escribir la llamada en este almacén o enviarla a cdrs/create de una conexión Enswitch</translation>
    </message>
    <message>
        <source>Create &amp;on:</source>
        <translation>Crear &amp;en:</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Este almacén</translation>
    </message>
    <message>
        <source>Enswitch &quot;%1&quot;</source>
        <translation>Enswitch «%1»</translation>
    </message>
    <message>
        <source>Valid on Enswitch &quot;%1&quot; (201); nothing was stored there.</source>
        <translation>Válido en Enswitch «%1» (201); allí no se guardó nada.</translation>
    </message>
    <message>
        <source>Created on Enswitch &quot;%1&quot; (204).</source>
        <translation>Creado en Enswitch «%1» (204).</translation>
    </message>
    <message>
        <source>Enswitch (%1): %2</source>
        <translation>Enswitch (%1): %2</translation>
    </message>
    <message>
        <source>Not created on Enswitch &quot;%1&quot;: %2</source>
        <translation>No se creó en Enswitch «%1»: %2</translation>
    </message>
    <message>
        <source>Sending to Enswitch &quot;%1&quot;…</source>
        <translation>Enviando a Enswitch «%1»…</translation>
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
    <name>CustomerScopeBox</name>
    <message>
        <source>With its sub-customers</source>
        <translation>Con sus subclientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>All customers under mine</source>
        <translation>Todos los clientes bajo el mío</translation>
    </message>
    <message>
        <source>My own customer</source>
        <translation>Mi propio cliente</translation>
    </message>
    <message>
        <source>One customer…</source>
        <translation>Un cliente…</translation>
    </message>
    <message>
        <source>Externally billed customers</source>
        <translation>Clientes facturados externamente</translation>
    </message>
    <message>
        <source>Postpaid customers</source>
        <translation>Clientes de pospago</translation>
    </message>
    <message>
        <source>Prepaid customers</source>
        <translation>Clientes de prepago</translation>
    </message>
    <message>
        <source>Every customer on the system</source>
        <translation>Todos los clientes del sistema</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Find a customer…</source>
        <translation>Buscar un cliente…</translation>
    </message>
    <message>
        <source>Customer tree</source>
        <translation>Árbol de clientes</translation>
    </message>
    <message>
        <source>Include the calls of every customer below the chosen one (spec 001 recurse=1)</source>
        <translation>Incluir las llamadas de todos los clientes bajo el elegido (especificación 001 recurse=1)</translation>
    </message>
    <message>
        <source>Choose a customer in the tree.</source>
        <translation>Elija un cliente en el árbol.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>Reading the customers</source>
        <translation>Leyendo los clientes</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>No existe el cliente %1.</translation>
    </message>
    <message>
        <source>Looking up rate deck %1</source>
        <translation>Buscando la tabla de tarifas %1</translation>
    </message>
    <message>
        <source>id: customer %1 exists already</source>
        <translation>id: el cliente %1 ya existe</translation>
    </message>
    <message>
        <source>id: there is no customer %1</source>
        <translation>id: no existe el cliente %1</translation>
    </message>
    <message>
        <source>name: a customer needs a name</source>
        <translation>name: un cliente necesita un nombre</translation>
    </message>
    <message>
        <source>role: &quot;%1&quot; is not one of %2</source>
        <translation>role: «%1» no es ninguno de %2</translation>
    </message>
    <message>
        <source>billing: &quot;%1&quot; is not one of %2</source>
        <translation>billing: «%1» no es ninguno de %2</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not a three-letter code such as USD</source>
        <translation>currency: «%1» no es un código de tres letras como EUR</translation>
    </message>
    <message>
        <source>parent: the system customer is the root and has no parent</source>
        <translation>parent: el cliente del sistema es la raíz y no tiene padre</translation>
    </message>
    <message>
        <source>parent: there is no customer %1</source>
        <translation>parent: no existe el cliente %1</translation>
    </message>
    <message>
        <source>parent: customer %1 is below customer %2, so it cannot be its parent</source>
        <translation>parent: el cliente %1 está por debajo del cliente %2, así que no puede ser su padre</translation>
    </message>
    <message>
        <source>parent: customer %1 is a client; only the system and resellers have customers</source>
        <translation>parent: el cliente %1 es un cliente final; solo el sistema y los revendedores tienen clientes</translation>
    </message>
    <message>
        <source>%1: there is no rate deck %2</source>
        <translation>%1: no existe la tabla de tarifas %2</translation>
    </message>
    <message>
        <source>Adding customer &quot;%1&quot;</source>
        <translation>Añadiendo el cliente «%1»</translation>
    </message>
    <message>
        <source>Changing customer %1</source>
        <translation>Modificando el cliente %1</translation>
    </message>
    <message>
        <source>Updating the balance of customer %1</source>
        <translation>Actualizando el saldo del cliente %1</translation>
    </message>
    <message>
        <source>Reading the balance of customer %1</source>
        <translation>Leyendo el saldo del cliente %1</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n.º %2)</translation>
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
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Showing the last %1 %2:00 in the range (the filter has no weekday or hour of day)</source>
        <translation>Último %1 %2:00 del periodo (el filtro no tiene día de la semana ni hora del día)</translation>
    </message>
    <message>
        <source>Showing the calls of %1 with status %2</source>
        <translation>Llamadas de %1 con estado %2</translation>
    </message>
    <message>
        <source>Showing the calls to %1</source>
        <translation>Llamadas a %1</translation>
    </message>
    <message>
        <source>Showing the calls of customer %1</source>
        <translation>Llamadas del cliente %1</translation>
    </message>
    <message>
        <source> · revenue %1</source>
        <translation> · ingresos %1</translation>
    </message>
    <message>
        <source>%1: %L2 calls, %L3 minutes, %4</source>
        <translation>%1: %L2 llamadas, %L3 minutos, %4</translation>
    </message>
    <message>
        <source>%1: %L2 calls, revenue %3, cost %4</source>
        <translation>%1: %L2 llamadas, ingresos %3, coste %4</translation>
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
    <message>
        <source>Making the connection read-only</source>
        <translation>Poniendo la conexión en solo lectura</translation>
    </message>
    <message>
        <source>Reading the default country</source>
        <translation>Leyendo el país predeterminado</translation>
    </message>
    <message>
        <source>Setting the default country</source>
        <translation>Estableciendo el país predeterminado</translation>
    </message>
    <message>
        <source>%1: %2 is attached read-only; nothing is written to it.</source>
        <translation>%1: %2 está conectado en solo lectura; no se escribe nada en él.</translation>
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
    <message>
        <source>attach: &quot;%1&quot; is not a kind of table to attach; use attach=asterisk.</source>
        <translation>attach: «%1» no es un tipo de tabla que conectar; use attach=asterisk.</translation>
    </message>
    <message>
        <source>table: &quot;%1&quot; is not a table name (letters, digits and _).</source>
        <translation>table: «%1» no es un nombre de tabla (letras, dígitos y _).</translation>
    </message>
    <message>
        <source>Unknown database option &quot;%1&quot;; known: attach, table.</source>
        <translation>Opción de base de datos desconocida «%1»; conocidas: attach, table.</translation>
    </message>
    <message>
        <source>table: only used with attach=asterisk.</source>
        <translation>table: solo se usa con attach=asterisk.</translation>
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
    <message>
        <source>Writing the demo tax rate</source>
        <translation>Escribiendo el tipo impositivo de demostración</translation>
    </message>
</context>
<context>
    <name>DialPattern</name>
    <message>
        <source>&quot;%1&quot; is not a dial pattern: it starts with _ and has at least one more character.</source>
        <translation>«%1» no es un patrón de marcación: empieza por _ y tiene al menos un carácter más.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a dial pattern cannot hold a NUL character.</source>
        <translation>«%1»: un patrón de marcación no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the [ at position %2 is not closed.</source>
        <translation>«%1»: el [ en la posición %2 no está cerrado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the set at position %2 is empty.</source>
        <translation>«%1»: el conjunto en la posición %2 está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range in the set at position %2 is not from a lower to a higher character.</source>
        <translation>«%1»: el rango del conjunto en la posición %2 no va de un carácter menor a uno mayor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the set at position %2 may hold digits, letters, * # + and ranges only.</source>
        <translation>«%1»: el conjunto en la posición %2 solo puede contener dígitos, letras, * # + y rangos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the ] at position %2 closes no set.</source>
        <translation>«%1»: el ] en la posición %2 no cierra ningún conjunto.</translation>
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
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>revendedor</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Charges under every deck that applies</source>
        <translation>Cargos según cada tabla de tarifas aplicable</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>There is no customer tree: pick a deck to rate the call under.</source>
        <translation>No hay árbol de clientes: elija una tabla de tarifas con la que tarificar la llamada.</translation>
    </message>
    <message>
        <source>No deck of customer %1 or of those above it prices this call: pick a deck to rate it under.</source>
        <translation>Ninguna tabla de tarifas del cliente %1 ni de los que están por encima tarifica esta llamada: elija una con la que tarificarla.</translation>
    </message>
    <message>
        <source>Every deck that applies (select one for its steps):</source>
        <translation>Cada tabla de tarifas aplicable (seleccione una para ver sus pasos):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
    <name>FilterController</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot; for everyone who uses this database?</source>
        <translation>¿Eliminar la vista «%1» para todos los que usan esta base de datos?</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Search numbers and names (Ctrl+F)</source>
        <translation>Buscar números y nombres (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the calls where any number or the caller name contains this text</source>
        <translation>Muestra las llamadas en las que algún número o el nombre del llamante contiene este texto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;Quick Search</source>
        <translation>Búsqueda &amp;rápida</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Borrar todos los filtros</translation>
    </message>
    <message>
        <source>All filters cleared; the time range is unchanged.</source>
        <translation>Se borraron todos los filtros; el intervalo de tiempo no cambia.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Antes de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&amp;Filter by “%1”</source>
        <translation>&amp;Filtrar por «%1»</translation>
    </message>
    <message>
        <source>&amp;Exclude “%1”</source>
        <translation>&amp;Excluir «%1»</translation>
    </message>
    <message>
        <source>Show All &amp;Legs of This Call</source>
        <translation>Mostrar todos los &amp;tramos de esta llamada</translation>
    </message>
    <message>
        <source>&amp;Copy “%1”</source>
        <translation>&amp;Copiar «%1»</translation>
    </message>
    <message>
        <source>Showing every leg of call %1.</source>
        <translation>Mostrando todos los tramos de la llamada %1.</translation>
    </message>
    <message>
        <source>Showing the view &quot;%1&quot;.</source>
        <translation>Mostrando la vista «%1».</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Include &amp;archived calls</source>
        <translation>Incluir llamadas &amp;archivadas</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtro activo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the filters now (Ctrl+Return); they also apply by themselves when you pause typing</source>
        <translation>Aplicar los filtros ahora (Ctrl+Intro); también se aplican solos cuando deja de escribir</translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Remove every filter and the quick search (Ctrl+Shift+Backspace)</source>
        <translation>Quitar todos los filtros y la búsqueda rápida (Ctrl+Mayús+Retroceso)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Nombre del llamante</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Línea telefónica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de origen</translation>
    </message>
    <message>
        <source>Source number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>Called type</source>
        <translation>Tipo del llamado</translation>
    </message>
    <message>
        <source>Called number</source>
        <translation>Número llamado</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Tipo de destino</translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Prefijo de área</translation>
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
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>The time range is chosen in the toolbar&apos;s date-range bar</source>
        <translation>El intervalo de tiempo se elige en la barra de fechas de la barra de herramientas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>ID de peer</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Interlocutores</translation>
    </message>
    <message>
        <source>Peer ID:</source>
        <translation>ID de peer:</translation>
    </message>
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
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>voip.ms status: %1</source>
        <translation>Estado de voip.ms: %1</translation>
    </message>
    <message>
        <source>Minimum talk time in seconds</source>
        <translation>Tiempo de conversación mínimo en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum talk time in seconds</source>
        <translation>Tiempo de conversación máximo en segundos</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status (voip.ms):</source>
        <translation>Estado (voip.ms):</translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation>Tiempo de conversación:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Free (cost 0)</source>
        <translation>Gratuitas (coste 0)</translation>
    </message>
    <message>
        <source>Billed (cost above 0)</source>
        <translation>Facturadas (coste mayor que 0)</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Incoming, outgoing, or type a DID to see the calls to it</source>
        <translation>Entrantes, salientes, o escriba un DID para ver las llamadas a él</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>ID de factura</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Cobro:</translation>
    </message>
    <message>
        <source>Invoice ID:</source>
        <translation>ID de factura:</translation>
    </message>
    <message>
        <source>Call type:</source>
        <translation>Tipo de llamada:</translation>
    </message>
    <message>
        <source>Numbers and SIP</source>
        <translation>Números y SIP</translation>
    </message>
    <message>
        <source>Showing all calls</source>
        <translation>Mostrando todas las llamadas</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <source>Source country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Source number type</source>
        <translation>Tipo de número de origen</translation>
    </message>
    <message>
        <source>Called country</source>
        <translation>País llamado</translation>
    </message>
    <message>
        <source>Called number type</source>
        <translation>Tipo de número llamado</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Destination number type</source>
        <translation>Tipo de número de destino</translation>
    </message>
    <message>
        <source>Called region</source>
        <translation>Región llamada</translation>
    </message>
    <message>
        <source>voip.ms lists:</source>
        <translation>Listas de voip.ms:</translation>
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
    <name>InvoiceDocument</name>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: %1 a %2</translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation>Facturar a:</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment to:</source>
        <translation>Pago a:</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
</context>
<context>
    <name>InvoiceReview</name>
    <message>
        <source>Reading the calls of invoice %1</source>
        <translation>Leyendo las llamadas de la factura %1</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Otras llamadas</translation>
    </message>
    <message>
        <source>Prefix %1</source>
        <translation>Prefijo %1</translation>
    </message>
</context>
<context>
    <name>InvoiceReviewView</name>
    <message>
        <source>Calls of the invoice, billed and re-rated</source>
        <translation>Llamadas de la factura, facturadas y retarificadas</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Id único</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Re-rated</source>
        <translation>Retarificado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Sums per destination</source>
        <translation>Sumas por destino</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Con diferencias</translation>
    </message>
    <message>
        <source>Invoice review</source>
        <translation>Revisión de factura</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 (%2): all %n call(s) re-rate to what was billed, %3.</source>
        <translation>
            <numerusform>Factura %1 (%2): la %n llamada se retarifica a lo facturado, %3.</numerusform>
            <numerusform>Factura %1 (%2): las %n llamadas se retarifican a lo facturado, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 (%2): &lt;b&gt;%n call(s) differ&lt;/b&gt;; billed %3, re-rated %4, difference %5.</source>
        <translation>
            <numerusform>Factura %1 (%2): &lt;b&gt;%n llamada difiere&lt;/b&gt;; facturado %3, retarificado %4, diferencia %5.</numerusform>
            <numerusform>Factura %1 (%2): &lt;b&gt;%n llamadas difieren&lt;/b&gt;; facturado %3, retarificado %4, diferencia %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>Calls to %1</source>
        <translation>Llamadas a %1</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Otras llamadas</translation>
    </message>
    <message>
        <source>Adding up the charges of customer %1</source>
        <translation>Sumando los cargos del cliente %1</translation>
    </message>
    <message>
        <source>Customer %1 has charges in %2; its invoices are in %3.</source>
        <translation>El cliente %1 tiene cargos en %2; sus facturas están en %3.</translation>
    </message>
    <message>
        <source>The invoice&apos;s amounts overflow.</source>
        <translation>Los importes de la factura se desbordan.</translation>
    </message>
    <message>
        <source>Customer %1: %2</source>
        <translation>Cliente %1: %2</translation>
    </message>
    <message>
        <source>Saving invoice %1</source>
        <translation>Guardando la factura %1</translation>
    </message>
    <message>
        <source>The invoice period is empty: its end must come after its start.</source>
        <translation>El periodo de facturación está vacío: su fin debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>Generating an invoice for customer %1</source>
        <translation>Generando una factura para el cliente %1</translation>
    </message>
    <message>
        <source>Reading invoice %1</source>
        <translation>Leyendo la factura %1</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>No existe la factura %1.</translation>
    </message>
    <message>
        <source>Reading the lines of invoice %1</source>
        <translation>Leyendo las líneas de la factura %1</translation>
    </message>
    <message>
        <source>Listing the invoices</source>
        <translation>Listando las facturas</translation>
    </message>
    <message>
        <source>Binding calls to invoice %1</source>
        <translation>Vinculando llamadas a la factura %1</translation>
    </message>
    <message>
        <source>Releasing the calls of invoice %1</source>
        <translation>Liberando las llamadas de la factura %1</translation>
    </message>
    <message>
        <source>Invoice %1 is %2; only a draft can be issued.</source>
        <translation>La factura %1 está %2; solo se puede emitir un borrador.</translation>
    </message>
    <message>
        <source>Issuing invoice %1</source>
        <translation>Emitiendo la factura %1</translation>
    </message>
    <message>
        <source>Invoice %1 is void already.</source>
        <translation>La factura %1 ya está anulada.</translation>
    </message>
    <message>
        <source>Voiding invoice %1</source>
        <translation>Anulando la factura %1</translation>
    </message>
    <message>
        <source>Finding the draft invoices of customer %1</source>
        <translation>Buscando los borradores de factura del cliente %1</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>&amp;Generate Draft</source>
        <translation>&amp;Generar borrador</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Lines of the open invoice</source>
        <translation>Líneas de la factura abierta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Prefijos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>A&amp;nular</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Customer to invoice</source>
        <translation>Cliente que facturar</translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation>Periodo desde (UTC)</translation>
    </message>
    <message>
        <source>Period until, exclusive (UTC)</source>
        <translation>Periodo hasta, excluido (UTC)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Líneas</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Invoice %1 issued: its calls are bound to it and locked from re-rating.</source>
        <translation>Factura %1 emitida: sus llamadas quedan vinculadas a ella y bloqueadas frente a la retarificación.</translation>
    </message>
    <message>
        <source>Invoice %1 voided: its calls are free again.</source>
        <translation>Factura %1 anulada: sus llamadas vuelven a estar libres.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <translation>%1 (%2, n.º %3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s).</source>
        <translation>
            <numerusform>%n factura.</numerusform>
            <numerusform>%n facturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Export Invoice as PDF</source>
        <translation>Exportar factura como PDF</translation>
    </message>
    <message>
        <source>Export Invoice as CSV</source>
        <translation>Exportar factura como CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Draft invoice %1 generated: %2.</source>
        <translation>Borrador de factura %1 generado: %2.</translation>
    </message>
    <message>
        <source>Invoice %1 for %2, %3 – %4: %5, total %6.</source>
        <translation>Factura %1 para %2, %3 – %4: %5, total %6.</translation>
    </message>
</context>
<context>
    <name>KazooCdrView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Download as CSV…</source>
        <translation>&amp;Descargar como CSV…</translation>
    </message>
    <message>
        <source>Kazoo CDR Detail</source>
        <translation>Detalle de CDR de Kazoo</translation>
    </message>
    <message>
        <source>CDR ID, e.g. 201608-6aadef77f8eb1ae0e7a8d4ff0e8b7e38</source>
        <translation>ID del CDR, p. ej. 201608-6aadef77f8eb1ae0e7a8d4ff0e8b7e38</translation>
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
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>CDR &amp;ID:</source>
        <translation>&amp;ID del CDR:</translation>
    </message>
    <message>
        <source>Choose a connection and type a CDR ID.</source>
        <translation>Elija una conexión y escriba un ID de CDR.</translation>
    </message>
    <message>
        <source>Asking Kazoo…</source>
        <translation>Consultando a Kazoo…</translation>
    </message>
    <message>
        <source>The store has no Kazoo connection: add one under Providers › Connections.</source>
        <translation>La base de datos no tiene ninguna conexión con Kazoo: añada una en Proveedores › Conexiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s).</source>
        <translation>
            <numerusform>%n campo.</numerusform>
            <numerusform>%n campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LargeQueryBanner</name>
    <message>
        <source>Show the &amp;last 7 days</source>
        <translation>Mostrar los &amp;últimos 7 días</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Warning: no time range</source>
        <translation>Aviso: sin intervalo de tiempo</translation>
    </message>
    <message>
        <source>Dismiss the warning</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>No time range is set on a table of %L1 calls: every count, sort and total reads all of them and puts a heavy load on the database.</source>
        <translation>No hay intervalo de tiempo en una tabla de %L1 llamadas: cada recuento, ordenación y total las lee todas y carga mucho la base de datos.</translation>
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
    <name>MarginReport</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>No existe el cliente %1.</translation>
    </message>
    <message>
        <source>Computing the margins</source>
        <translation>Calculando los márgenes</translation>
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
    <name>ProviderClient</name>
    <message>
        <source>is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: record %2: %3: %4</source>
        <translation>%1: registro %2: %3: %4</translation>
    </message>
</context>
<context>
    <name>ProviderHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>%1: only https:// (or http:// where allowed) URLs are supported.</source>
        <translation>%1: solo se admiten URL https:// (o http:// donde se permita).</translation>
    </message>
    <message>
        <source>%1: plain HTTP would send the credentials unencrypted to %2; use https://, or allow HTTP for this connection.</source>
        <translation>%1: HTTP sin cifrar enviaría las credenciales sin cifrar a %2; use https:// o permita HTTP para esta conexión.</translation>
    </message>
    <message>
        <source>The response to %1 passed %2 MiB and was abandoned; ask for smaller pages.</source>
        <translation>La respuesta a %1 superó %2 MiB y se abandonó; pida páginas más pequeñas.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3).</source>
        <translation>%1 no respondió en %2 s (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3).</source>
        <translation>%1 falló: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>Se canceló %1.</translation>
    </message>
</context>
<context>
    <name>ProviderReply</name>
    <message>
        <source> The provider says: %1</source>
        <translation> El proveedor dice: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password/token (code %2).%3</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña/token (código %2).%3</translation>
    </message>
    <message>
        <source>%1: this account&apos;s role does not allow %2 (code %3).%4</source>
        <translation>%1: el rol de esta cuenta no permite %2 (código %3).%4</translation>
    </message>
    <message>
        <source>%1: this account&apos;s rate plan does not allow %2 (code %3).%4</source>
        <translation>%1: el plan de tarifas de esta cuenta no permite %2 (código %3).%4</translation>
    </message>
    <message>
        <source>%1: the provider rejected a parameter%2 (code %3).%4</source>
        <translation>%1: el proveedor rechazó un parámetro%2 (código %3).%4</translation>
    </message>
    <message>
        <source>%1: the provider failed with an internal error%2 (code %3).%4</source>
        <translation>%1: el proveedor falló con un error interno%2 (código %3).%4</translation>
    </message>
    <message>
        <source>%1 failed%2 (code %3).%4</source>
        <translation>%1 falló%2 (código %3).%4</translation>
    </message>
    <message>
        <source>%1 answered with JSON of an unexpected shape: %2.</source>
        <translation>%1 respondió con JSON de forma inesperada: %2.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTTP %2%3) instead of JSON; check the URL.</source>
        <translation>%1 respondió con una página web (HTTP %2%3) en lugar de JSON; compruebe la URL.</translation>
    </message>
    <message>
        <source>%1 answered with content type &quot;%2&quot; (HTTP %3), not JSON.</source>
        <translation>%1 respondió con el tipo de contenido «%2» (HTTP %3), no JSON.</translation>
    </message>
    <message>
        <source>%1 answered with an empty body (HTTP %2), not JSON.</source>
        <translation>%1 respondió con un cuerpo vacío (HTTP %2), no JSON.</translation>
    </message>
    <message>
        <source>%1 answered with truncated JSON: it ends at byte %2 (%3).</source>
        <translation>%1 respondió con JSON truncado: termina en el byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON at byte %2 of %3: %4.</source>
        <translation>%1 respondió con JSON no válido en el byte %2 de %3: %4.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>una página web en lugar de JSON</translation>
    </message>
    <message>
        <source>a web page, &quot;%1&quot;</source>
        <translation>una página web, «%1»</translation>
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
    <message>
        <source>Reading rate deck %1</source>
        <translation>Leyendo la tabla de tarifas %1</translation>
    </message>
    <message>
        <source>There is no rate deck %1 in the store.</source>
        <translation>No hay ninguna tabla de tarifas %1 en el almacén.</translation>
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
    <name>RatingInput</name>
    <message>
        <source>Reading calls to rate</source>
        <translation>Leyendo las llamadas que tarificar</translation>
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
        <source>Dry run, nothing written. %1</source>
        <translation>Simulación, no se escribió nada. %1</translation>
    </message>
    <message>
        <source>Each customer&apos;s own decks (the customer tree)</source>
        <translation>Las tablas propias de cada cliente (el árbol de clientes)</translation>
    </message>
    <message>
        <source>%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4%5.</source>
        <translation>%L1 llamadas tarificadas: %L2 facturables, %L3 sin prefijo coincidente; total %4%5.</translation>
    </message>
    <message>
        <source>%L1 calls on invoices were left as billed.</source>
        <translation>%L1 llamadas en facturas se dejaron como se facturaron.</translation>
    </message>
</context>
<context>
    <name>ResellerCdrController</name>
    <message>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>No existe ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Cancelled; nothing was fetched.</source>
        <translation>Cancelado; no se obtuvo nada.</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>No se indicó contraseña ni token; no se consultó al proveedor.</translation>
    </message>
    <message>
        <source>An import is under way already.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s) into the store (calls stored before were updated, not doubled).</source>
        <translation>
            <numerusform>Se importó %n llamada al almacén (las ya guardadas se actualizaron, no se duplicaron).</numerusform>
            <numerusform>Se importaron %n llamadas al almacén (las ya guardadas se actualizaron, no se duplicaron).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerView</name>
    <message>
        <source>Show &amp;Calls</source>
        <translation>Mostrar &amp;llamadas</translation>
    </message>
    <message>
        <source>Resellers and clients</source>
        <translation>Revendedores y clientes</translation>
    </message>
    <message>
        <source>Customer tree with calls, minutes, revenue, cost and margin</source>
        <translation>Árbol de clientes con llamadas, minutos, ingresos, coste y margen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Own margin</source>
        <translation>Margen propio</translation>
    </message>
    <message>
        <source>Uncosted calls</source>
        <translation>Llamadas sin coste</translation>
    </message>
    <message>
        <source>Adding up the calls…</source>
        <translation>Sumando las llamadas…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s). Double-click one, or Show Calls, to see its calls in the grid.</source>
        <translation>
            <numerusform>%n cliente. Haga doble clic en él, o en Mostrar llamadas, para ver sus llamadas en la tabla.</numerusform>
            <numerusform>%n clientes. Haga doble clic en uno, o en Mostrar llamadas, para ver sus llamadas en la tabla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViewModel</name>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Vista «%1» guardada.</translation>
    </message>
    <message>
        <source>Renamed the view to &quot;%1&quot;.</source>
        <translation>Vista renombrada a «%1».</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Vista «%1» eliminada.</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Saved view &quot;%1&quot;: its filter is not a JSON object (%2).</source>
        <translation>Vista guardada «%1»: su filtro no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>Saved view &quot;%1&quot;: %2</source>
        <translation>Vista guardada «%1»: %2</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters; this one has %2.</source>
        <translation>Un nombre de vista tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>Listing the saved views</source>
        <translation>Listando las vistas guardadas</translation>
    </message>
    <message>
        <source>Looking up saved view &quot;%1&quot;</source>
        <translation>Buscando la vista guardada «%1»</translation>
    </message>
    <message>
        <source>Saving view &quot;%1&quot;</source>
        <translation>Guardando la vista «%1»</translation>
    </message>
    <message>
        <source>Renaming a saved view to &quot;%1&quot;</source>
        <translation>Renombrando una vista guardada a «%1»</translation>
    </message>
    <message>
        <source>There is already a saved view named &quot;%1&quot;.</source>
        <translation>Ya existe una vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>The saved view to rename no longer exists; someone may have deleted it.</source>
        <translation>La vista que renombrar ya no existe; puede que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>Deleting a saved view</source>
        <translation>Eliminando una vista guardada</translation>
    </message>
</context>
<context>
    <name>SavedViewsBox</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nombre de la vista</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nombre de la vista</translation>
    </message>
    <message>
        <source>Show the calls as the selected view does: its filter, time range, columns and order</source>
        <translation>Mostrar las llamadas como la vista seleccionada: su filtro, intervalo, columnas y orden</translation>
    </message>
    <message>
        <source>Save the current filter, time range, columns and order under this name, for everyone who opens this database</source>
        <translation>Guardar el filtro, intervalo, columnas y orden actuales con este nombre, para todos los que abran esta base de datos</translation>
    </message>
    <message>
        <source>Give the selected view this name</source>
        <translation>Dar este nombre a la vista seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected view for everyone</source>
        <translation>Eliminar la vista seleccionada para todos</translation>
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
    <message>
        <source>Reading caller names to fold</source>
        <translation>Leyendo nombres de llamante que normalizar</translation>
    </message>
    <message>
        <source>Folding the caller name of call %1</source>
        <translation>Normalizando el nombre del llamante de la llamada %1</translation>
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
    <name>SqlRows</name>
    <message>
        <source>Moving the id sequence of %1 past its rows</source>
        <translation>Avanzando la secuencia de ids de %1 más allá de sus filas</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the store is not SQLite</source>
        <translation>el almacén no es SQLite</translation>
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
    <name>SyncJob</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>No existe ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Starting the sync of &quot;%1&quot;</source>
        <translation>Iniciando la sincronización de «%1»</translation>
    </message>
    <message>
        <source>The sync of &quot;%1&quot; was cancelled after %2 call(s); the next sync goes on from there.</source>
        <translation>La sincronización de «%1» se canceló tras %2 llamada(s); la siguiente continuará desde ahí.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n call(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n llamada sincronizada de «%1».</numerusform>
            <numerusform>%n llamadas sincronizadas de «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Automatic sync of &quot;%1&quot; skipped: %2</source>
        <translation>Sincronización automática de «%1» omitida: %2</translation>
    </message>
</context>
<context>
    <name>TaxRates</name>
    <message>
        <source>Reading the tax rates</source>
        <translation>Leyendo los tipos impositivos</translation>
    </message>
    <message>
        <source>A tax needs a name without commas.</source>
        <translation>Un impuesto necesita un nombre sin comas.</translation>
    </message>
    <message>
        <source>Tax &quot;%1&quot;: the percentage may not be negative.</source>
        <translation>Impuesto «%1»: el porcentaje no puede ser negativo.</translation>
    </message>
    <message>
        <source>Setting tax &quot;%1&quot;</source>
        <translation>Estableciendo el impuesto «%1»</translation>
    </message>
    <message>
        <source>Removing tax &quot;%1&quot;</source>
        <translation>Quitando el impuesto «%1»</translation>
    </message>
    <message>
        <source>There is no tax named &quot;%1&quot;.</source>
        <translation>No existe ningún impuesto llamado «%1».</translation>
    </message>
</context>
<context>
    <name>TextFilterEdit</name>
    <message>
        <source>not</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Several numbers separated by commas match any of them. A pattern starting with _ is an Asterisk dial pattern (X = 0-9, Z = 1-9, N = 2-9, [1-5], . = anything more).</source>
        <translation>Varios números separados por comas coinciden con cualquiera de ellos. Un patrón que empieza por _ es un patrón de marcación de Asterisk (X = 0-9, Z = 1-9, N = 2-9, [1-5], . = cualquier cosa más).</translation>
    </message>
    <message>
        <source>Several values separated by commas match any of them.</source>
        <translation>Varios valores separados por comas coinciden con cualquiera de ellos.</translation>
    </message>
    <message>
        <source>Not %1</source>
        <translation>No %1</translation>
    </message>
    <message>
        <source>Show the calls that do NOT match</source>
        <translation>Mostrar las llamadas que NO coinciden</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>How %1 matches</source>
        <translation>Cómo coincide %1</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>es exactamente</translation>
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
    <name>VoipmsListsBox</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>voip.ms lists from</source>
        <translation>Listas de voip.ms de</translation>
    </message>
    <message>
        <source>Offer the accounts, call types and call billing of this voip.ms connection</source>
        <translation>Ofrecer las cuentas, los tipos de llamada y la facturación de esta conexión de voip.ms</translation>
    </message>
    <message>
        <source>Ask voip.ms for the lists again</source>
        <translation>Volver a pedir las listas a voip.ms</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>La base de datos no tiene ninguna conexión con voip.ms: añada una en Proveedores › Conexiones.</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>Consultando a voip.ms…</translation>
    </message>
</context>
<context>
    <name>VoipmsListsController</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>No existe ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>The voip.ms lists of &quot;%1&quot; could not be fetched: %2</source>
        <translation>No se pudieron obtener las listas de voip.ms de «%1»: %2</translation>
    </message>
    <message>
        <source>%1 accounts, %2 call types and %3 call billing choices from &quot;%4&quot;.</source>
        <translation>%1 cuentas, %2 tipos de llamada y %3 opciones de facturación de «%4».</translation>
    </message>
    <message>
        <source>No password or token was given; the provider was not asked.</source>
        <translation>No se indicó contraseña ni token; no se consultó al proveedor.</translation>
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
    <name>VoipmsRatesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>voip.ms Rate Search</source>
        <translation>Búsqueda de tarifas de voip.ms</translation>
    </message>
    <message>
        <source>Client rates of a package (getRates)</source>
        <translation>Tarifas de cliente de un paquete (getRates)</translation>
    </message>
    <message>
        <source>Termination rates of a route (getTerminationRates)</source>
        <translation>Tarifas de terminación de una ruta (getTerminationRates)</translation>
    </message>
    <message>
        <source>package ID, e.g. 92364</source>
        <translation>ID del paquete, p. ej. 92364</translation>
    </message>
    <message>
        <source>destination or prefix, e.g. Canada or 1418</source>
        <translation>destino o prefijo, p. ej. Canada o 1418</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>&amp;Tarifas:</translation>
    </message>
    <message>
        <source>&amp;Package or route:</source>
        <translation>&amp;Paquete o ruta:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>C&amp;onsulta:</translation>
    </message>
    <message>
        <source>route code, e.g. 2</source>
        <translation>código de ruta, p. ej. 2</translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>La base de datos no tiene ninguna conexión con voip.ms: añada una en Proveedores › Conexiones.</translation>
    </message>
    <message>
        <source>Choose a connection and type the package or route and a query.</source>
        <translation>Elija una conexión y escriba el paquete o la ruta y una consulta.</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>Consultando a voip.ms…</translation>
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
        <source>Client rate</source>
        <translation>Tarifa de cliente</translation>
    </message>
    <message>
        <source>Client increment</source>
        <translation>Incremento de cliente</translation>
    </message>
    <message>
        <source>Real rate</source>
        <translation>Tarifa real</translation>
    </message>
    <message>
        <source>Real increment</source>
        <translation>Incremento real</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s).</source>
        <translation>
            <numerusform>%n tarifa.</numerusform>
            <numerusform>%n tarifas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incremento</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) on route %1 (%2).</source>
        <translation>
            <numerusform>%n tarifa en la ruta %1 (%2).</numerusform>
            <numerusform>%n tarifas en la ruta %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoipmsResellerView</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
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
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>&amp;Load Choices</source>
        <translation>&amp;Cargar opciones</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Import into Store</source>
        <translation>&amp;Importar al almacén</translation>
    </message>
    <message>
        <source>voip.ms Reseller CDRs</source>
        <translation>CDR de revendedor de voip.ms</translation>
    </message>
    <message>
        <source>reseller client ID, e.g. 561115</source>
        <translation>ID de cliente del revendedor, p. ej. 561115</translation>
    </message>
    <message>
        <source>Ask voip.ms for the client&apos;s accounts and call types, and the call billing choices</source>
        <translation>Pedir a voip.ms las cuentas y los tipos de llamada del cliente, y las opciones de facturación</translation>
    </message>
    <message>
        <source>Store these calls (a call stored before is replaced, never doubled)</source>
        <translation>Guardar estas llamadas (una llamada ya guardada se sustituye, nunca se duplica)</translation>
    </message>
    <message>
        <source>%v of %m days</source>
        <translation>%v de %m días</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID única</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Dispositions:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>&amp;Tipo de llamada:</translation>
    </message>
    <message>
        <source>Call &amp;billing:</source>
        <translation>&amp;Facturación:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Asking voip.ms…</source>
        <translation>Consultando a voip.ms…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n call(s)…</source>
        <translation>
            <numerusform>Importando %n llamada…</numerusform>
            <numerusform>Importando %n llamadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has no voip.ms connection: add one under Providers › Connections.</source>
        <translation>La base de datos no tiene ninguna conexión con voip.ms: añada una en Proveedores › Conexiones.</translation>
    </message>
    <message>
        <source>Choose a voip.ms connection.</source>
        <translation>Elija una conexión de voip.ms.</translation>
    </message>
    <message>
        <source>Type the reseller client&apos;s ID.</source>
        <translation>Escriba el ID del cliente del revendedor.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Tick at least one disposition.</source>
        <translation>Marque al menos un resultado.</translation>
    </message>
    <message>
        <source>Fetching the calls of client %1…</source>
        <translation>Obteniendo las llamadas del cliente %1…</translation>
    </message>
    <message>
        <source>voip.ms has no calls of this client in the period.</source>
        <translation>voip.ms no tiene llamadas de este cliente en el periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of client %1; Import stores them.</source>
        <translation>
            <numerusform>%n llamada del cliente %1; Importar la guarda.</numerusform>
            <numerusform>%n llamadas del cliente %1; Importar las guarda.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accounts and %2 call types of the client.</source>
        <translation>%1 cuentas y %2 tipos de llamada del cliente.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>No customer is priced under rate deck %1, so replacing it changes nothing.</source>
        <translation>Ningún cliente se tarifica con la tabla %1, así que sustituirla no cambia nada.</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(sin prefijo)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>The what-if run was cancelled.</source>
        <translation>Se canceló la simulación hipotética.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Revenue now</source>
        <translation>Ingresos actuales</translation>
    </message>
    <message>
        <source>Revenue after</source>
        <translation>Ingresos después</translation>
    </message>
    <message>
        <source>Cost now</source>
        <translation>Coste actual</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Coste después</translation>
    </message>
    <message>
        <source>Margin now</source>
        <translation>Margen actual</translation>
    </message>
    <message>
        <source>Margin after</source>
        <translation>Margen después</translation>
    </message>
    <message>
        <source>Margin change</source>
        <translation>Cambio de margen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Differences per destination</source>
        <translation>Diferencias por destino</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Differences per customer</source>
        <translation>Diferencias por cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What-if Re-rating</source>
        <translation>Retarificación hipotética</translation>
    </message>
    <message>
        <source>What-if re-rating</source>
        <translation>Retarificación hipotética</translation>
    </message>
    <message>
        <source>Candidate deck</source>
        <translation>Tabla candidata</translation>
    </message>
    <message>
        <source>Deck the candidate stands in for</source>
        <translation>Tabla a la que sustituye la candidata</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Llamadas:</translation>
    </message>
    <message>
        <source>C&amp;andidate deck:</source>
        <translation>Tabla &amp;candidata:</translation>
    </message>
    <message>
        <source>In place of &amp;deck:</source>
        <translation>En lugar de la &amp;tabla:</translation>
    </message>
    <message>
        <source>Per &amp;destination</source>
        <translation>Por &amp;destino</translation>
    </message>
    <message>
        <source>Per c&amp;ustomer</source>
        <translation>Por c&amp;liente</translation>
    </message>
    <message>
        <source>This database has no rate decks to compare.</source>
        <translation>Esta base de datos no tiene tablas de tarifas que comparar.</translation>
    </message>
    <message>
        <source>Rating the calls twice…</source>
        <translation>Tarificando las llamadas dos veces…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>%L1 calls. Revenue %2 → %3, cost %4 → %5, margin %6 → %7 (change %8). Nothing was written.</source>
        <translation>%L1 llamadas. Ingresos %2 → %3, coste %4 → %5, margen %6 → %7 (cambio %8). No se escribió nada.</translation>
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
        <source><byte value="xd"/>Rated %1 of %2 calls</source>
        <translation><byte value="xd"/>Tarificadas %1 de %2 llamadas</translation>
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
    <message>
        <source>No customer up the tree of customer %1 has a deck; nothing to charge.</source>
        <translation>Ningún cliente por encima del cliente %1 en el árbol tiene tabla de tarifas; no hay nada que cobrar.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) pays:</source>
        <translation>El cliente %1 (%2) paga:</translation>
    </message>
    <message>
        <source>--replace: %1</source>
        <translation>--replace: %1</translation>
    </message>
    <message>
        <source>Rates (or re-rates) calls, storing each rated cost in one transaction: under --deck the calling customer&apos;s charge, without it every customer&apos;s charge up the tree under their own decks. Calls on an invoice are skipped. Or explains the charge of one call.</source>
        <translation>Tarifica (o retarifica) llamadas, guardando cada coste en una sola transacción: con --deck el cargo del cliente que llama; sin él, el cargo de cada cliente hacia arriba en el árbol con sus propias tablas. Las llamadas facturadas se omiten. O explica el cargo de una llamada.</translation>
    </message>
    <message>
        <source>The deck&apos;s name; without it, the customers&apos; decks.</source>
        <translation>Nombre de la tabla; sin él, las tablas de los clientes.</translation>
    </message>
    <message>
        <source>A candidate deck (a generic CSV file, or a stored deck&apos;s name): show revenue, cost and margin now and under it, per destination and customer; writes nothing.</source>
        <translation>Una tabla candidata (un archivo CSV generic o el nombre de una tabla guardada): muestra ingresos, coste y margen actuales y con ella, por destino y cliente; no escribe nada.</translation>
    </message>
    <message>
        <source>--what-if: the stored deck the candidate stands in for (default: the one of its name).</source>
        <translation>--what-if: la tabla guardada a la que sustituye la candidata (predeterminada: la de su mismo nombre).</translation>
    </message>
    <message>
        <source>%1 calls rated%2: %3 billable, %4 without a matching prefix, %5 on an invoice (skipped), total %6 %7.</source>
        <translation>%1 llamadas tarificadas%2: %3 facturables, %4 sin prefijo coincidente, %5 en una factura (omitidas), total %6 %7.</translation>
    </message>
    <message>
        <source>Prints how many calls match the filter options (the same options as list).</source>
        <translation>Imprime cuántas llamadas coinciden con las opciones de filtro (las mismas que list).</translation>
    </message>
    <message>
        <source>Zone for times given without an offset (default UTC).</source>
        <translation>Zona de las horas dadas sin desfase (predeterminada UTC).</translation>
    </message>
    <message>
        <source>Creates a store filled with a realistic, deterministic demo dataset: a customer
tree with retail, wholesale and carrier decks, N calls over the days before --until,
rated under the customers&apos; decks.</source>
        <translation>Crea un almacén con un conjunto de datos de demostración realista y determinista: un árbol de
clientes con tablas minoristas, mayoristas y de operador, N llamadas en los días anteriores a --until,
tarificadas con las tablas de los clientes.</translation>
    </message>
    <message>
        <source>Do not rate the calls under the customers&apos; decks (no charges, no margins; faster on millions).</source>
        <translation>No tarificar las llamadas con las tablas de los clientes (sin cargos ni márgenes; más rápido con millones).</translation>
    </message>
    <message>
        <source>--own_customer: &quot;%1&quot; is not a customer ID.</source>
        <translation>--own_customer: «%1» no es un ID de cliente.</translation>
    </message>
    <message>
        <source>Caller name (case-insensitive).</source>
        <translation>Nombre del llamante (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Call ID (exact).</source>
        <translation>ID de llamada (exacto).</translation>
    </message>
    <message>
        <source>Direction: in, out, internal.</source>
        <translation>Dirección: in, out, internal.</translation>
    </message>
    <message>
        <source>Source telephone line (exact).</source>
        <translation>Línea telefónica de origen (exacta).</translation>
    </message>
    <message>
        <source>Status: answer, busy, cancel, chanunavail, congestion, error, noanswer.</source>
        <translation>Estado: answer, busy, cancel, chanunavail, congestion, error, noanswer.</translation>
    </message>
    <message>
        <source>Source, called or destination type (exact).</source>
        <translation>Tipo de origen, llamado o destino (exacto).</translation>
    </message>
    <message>
        <source>Source, called or destination number; _ starts an Asterisk dial pattern (_44., _NXXNXXXXXX).</source>
        <translation>Número de origen, llamado o destino; _ inicia un patrón de marcación de Asterisk (_34., _NXXNXXXXXX).</translation>
    </message>
    <message>
        <source>voip.ms account: the account code (exact).</source>
        <translation>Cuenta de voip.ms: el código de cuenta (exacto).</translation>
    </message>
    <message>
        <source>Country and area code digits (1212, 4420) the calling or called number starts with in E.164.</source>
        <translation>Dígitos del código de país y de área (1212, 3491) con los que empieza el número llamante o llamado en E.164.</translation>
    </message>
    <message>
        <source>Kazoo SIP from/to address (from_uri, to_uri).</source>
        <translation>Dirección SIP from/to de Kazoo (from_uri, to_uri).</translation>
    </message>
    <message>
        <source>IP address found in the call&apos;s extra fields.</source>
        <translation>Dirección IP presente en los campos adicionales de la llamada.</translation>
    </message>
    <message>
        <source>Whose calls: own, all (default), external, postpaid, prepaid, system, or a customer ID.</source>
        <translation>De quién son las llamadas: own, all (predeterminado), external, postpaid, prepaid, system o un ID de cliente.</translation>
    </message>
    <message>
        <source>1 to include the sub-customers of --customer ID.</source>
        <translation>1 para incluir los subclientes de --customer ID.</translation>
    </message>
    <message>
        <source>The operator&apos;s own customer ID, that own/all/external/postpaid/prepaid are under (default: the system root).</source>
        <translation>El ID de cliente propio del operador, bajo el que están own/all/external/postpaid/prepaid (predeterminado: la raíz del sistema).</translation>
    </message>
    <message>
        <source>Invoice ID (0 = any).</source>
        <translation>ID de factura (0 = cualquiera).</translation>
    </message>
    <message>
        <source>Peer ID (0 = any).</source>
        <translation>ID de peer (0 = cualquiera).</translation>
    </message>
    <message>
        <source>Minimum talk time in seconds.</source>
        <translation>Tiempo de conversación mínimo en segundos.</translation>
    </message>
    <message>
        <source>Maximum talk time in seconds (-1 = no limit).</source>
        <translation>Tiempo de conversación máximo en segundos (-1 = sin límite).</translation>
    </message>
    <message>
        <source>voip.ms statuses, comma-separated: answered, noanswer, busy, failed.</source>
        <translation>Estados de voip.ms, separados por comas: answered, noanswer, busy, failed.</translation>
    </message>
    <message>
        <source>free (cost 0) or billed (cost above 0).</source>
        <translation>free (coste 0) o billed (coste mayor que 0).</translation>
    </message>
    <message>
        <source>incoming, outgoing, or a DID (the called number).</source>
        <translation>incoming, outgoing o un DID (el número llamado).</translation>
    </message>
    <message>
        <source>Quick search: any number or the caller name contains TEXT (name case-insensitive).</source>
        <translation>Búsqueda rápida: algún número o el nombre del llamante contiene TEXTO (el nombre sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Several values: comma-separated, any of them.</source>
        <translation>Varios valores: separados por comas, cualquiera de ellos.</translation>
    </message>
    <message>
        <source>How --%1 compares: contains (default), start, end, exact.</source>
        <translation>Cómo compara --%1: contains (predeterminado), start, end, exact.</translation>
    </message>
    <message>
        <source>1: calls that do NOT match --%1.</source>
        <translation>1: llamadas que NO coinciden con --%1.</translation>
    </message>
    <message>
        <source>Password or token for %1: </source>
        <translation>Contraseña o token para %1: </translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Segundos sin datos antes de que una petición caduque (predeterminado 30).</translation>
    </message>
    <message>
        <source>Further attempts after a time-out, dropped connection or 5xx (default 3).</source>
        <translation>Intentos adicionales tras un tiempo de espera agotado, una conexión perdida o un 5xx (predeterminado 3).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind: «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>--url: put no user name or password in the URL; use --user, and the keychain, CDRDESK_SECRET or standard input for the secret.</source>
        <translation>--url: no ponga usuario ni contraseña en la URL; use --user y, para el secreto, el llavero, CDRDESK_SECRET o la entrada estándar.</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>--account: a Kazoo connection needs the account ID.</source>
        <translation>--account: una conexión Kazoo necesita el ID de cuenta.</translation>
    </message>
    <message>
        <source>--user: an %1 connection needs the API user name.</source>
        <translation>--user: una conexión %1 necesita el nombre de usuario de la API.</translation>
    </message>
    <message>
        <source>--timezone: &quot;%1&quot; is not a UTC offset in hours from -12 to 13.</source>
        <translation>--timezone: «%1» no es un desfase UTC en horas de -12 a 13.</translation>
    </message>
    <message>
        <source>Add a provider connection. The password or token is read from CDRDESK_SECRET or standard input and kept in the system keychain, never in the store.</source>
        <translation>Añadir una conexión con un proveedor. La contraseña o el token se leen de CDRDESK_SECRET o de la entrada estándar y se guardan en el llavero del sistema, nunca en el almacén.</translation>
    </message>
    <message>
        <source>The connection&apos;s name (calls get source &lt;kind&gt;:&lt;name&gt;).</source>
        <translation>Nombre de la conexión (las llamadas reciben el origen &lt;kind&gt;:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>The provider: %1.</source>
        <translation>El proveedor: %1.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (https://…; voip.ms: …/api/v1/rest.php).</source>
        <translation>URL base de la API (https://…; voip.ms: …/api/v1/rest.php).</translation>
    </message>
    <message>
        <source>The API user name (Enswitch, voip.ms, PBX).</source>
        <translation>El nombre de usuario de la API (Enswitch, voip.ms, PBX).</translation>
    </message>
    <message>
        <source>Kazoo: the account ID. voip.ms: the account to sync (default all).</source>
        <translation>Kazoo: el ID de cuenta. voip.ms: la cuenta que sincronizar (predeterminado todas).</translation>
    </message>
    <message>
        <source>Enswitch: the customer (ID, all, system…). voip.ms: a reseller client ID (getResellerCDR).</source>
        <translation>Enswitch: el cliente (ID, all, system…). voip.ms: un ID de cliente de revendedor (getResellerCDR).</translation>
    </message>
    <message>
        <source>voip.ms: the UTC offset in hours the times are asked in (-12 to 13).</source>
        <translation>voip.ms: el desfase UTC en horas con el que se piden las horas (-12 a 13).</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a host that is not loopback (the secret travels unencrypted).</source>
        <translation>Permitir HTTP sin cifrar a un host que no sea loopback (el secreto viaja sin cifrar).</translation>
    </message>
    <message>
        <source>Calls per request when syncing (default 1000).</source>
        <translation>Llamadas por petición al sincronizar (predeterminado 1000).</translation>
    </message>
    <message>
        <source>Sync automatically every N minutes while the GUI runs (default 0: off).</source>
        <translation>Sincronizar automáticamente cada N minutos mientras la interfaz está abierta (predeterminado 0: desactivado).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; without a secret; give it with CDRDESK_SECRET or on standard input when syncing.
</source>
        <translation>«%1» añadida sin secreto; indíquelo con CDRDESK_SECRET o por la entrada estándar al sincronizar.
</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its secret is NOT stored (%2). Give it with CDRDESK_SECRET or on standard input when syncing.
</source>
        <translation>«%1» añadida; su secreto NO está guardado (%2). Indíquelo con CDRDESK_SECRET o por la entrada estándar al sincronizar.
</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its secret is in the system keychain.
</source>
        <translation>«%1» añadida; su secreto está en el llavero del sistema.
</translation>
    </message>
    <message>
        <source>List the provider connections of a store and how their last sync ended.</source>
        <translation>Listar las conexiones con proveedores de un almacén y cómo terminó su última sincronización.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;; see &apos;cdrdesk-cli connection list&apos;.</source>
        <translation>No existe ninguna conexión llamada «%1»; consulte &apos;cdrdesk-cli connection list&apos;.</translation>
    </message>
    <message>
        <source>Try a connection&apos;s URL and credentials with one small request.</source>
        <translation>Probar la URL y las credenciales de una conexión con una petición pequeña.</translation>
    </message>
    <message>
        <source>The connection.</source>
        <translation>La conexión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: %2 answered.
</source>
        <translation>«%1» funciona: %2 respondió.
</translation>
    </message>
    <message>
        <source>Remove a connection and its sync cursor (its calls stay) and its secret from the keychain.</source>
        <translation>Quitar una conexión y su cursor de sincronización (sus llamadas se quedan) y su secreto del llavero.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; its calls stay in the store.
</source>
        <translation>«%1» quitada; sus llamadas se quedan en el almacén.
</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli connection add|list|test|remove --db DB [options]
&apos;cdrdesk-cli connection SUBCOMMAND --help&apos; describes each.</source>
        <translation>Uso: cdrdesk-cli connection add|list|test|remove --db BD [opciones]
&apos;cdrdesk-cli connection SUBORDEN --help&apos; describe cada una.</translation>
    </message>
    <message>
        <source>Unknown connection command &quot;%1&quot;.
%2</source>
        <translation>Orden connection desconocida «%1».
%2</translation>
    </message>
    <message>
        <source>Pull a connection&apos;s calls into the store, page by page; an interrupted sync resumes where it stopped. Progress goes to standard error.</source>
        <translation>Traer las llamadas de una conexión al almacén, página a página; una sincronización interrumpida continúa donde se detuvo. El progreso va a la salida de errores estándar.</translation>
    </message>
    <message>
        <source>Sync calls from T (Unix seconds or ISO 8601, UTC unless it says); default: where the last sync ended.</source>
        <translation>Sincronizar llamadas desde T (segundos Unix o ISO 8601, UTC salvo que se indique); predeterminado: donde terminó la última sincronización.</translation>
    </message>
    <message>
        <source>… up to T (default now).</source>
        <translation>… hasta T (predeterminado ahora).</translation>
    </message>
    <message>
        <source>--connection is required.</source>
        <translation>--connection es obligatorio.</translation>
    </message>
    <message>
        <source>--end must be after --start.</source>
        <translation>--end debe ser posterior a --start.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 calls, %2 pages, %3% of the period</source>
        <translation><byte value="xd"/>%1 llamadas, %2 páginas, %3 % del periodo</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>Id del cliente.</translation>
    </message>
    <message>
        <source>The parent customer&apos;s id (the system root or a reseller).</source>
        <translation>Id del cliente padre (la raíz del sistema o un revendedor).</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>Nombre del cliente.</translation>
    </message>
    <message>
        <source>system, reseller or client (default client).</source>
        <translation>system, reseller o client (predeterminado client).</translation>
    </message>
    <message>
        <source>prepaid, postpaid (default) or external.</source>
        <translation>prepaid, postpaid (predeterminado) o external.</translation>
    </message>
    <message>
        <source>Three-letter currency code (default USD).</source>
        <translation>Código de moneda de tres letras (predeterminado USD).</translation>
    </message>
    <message>
        <source>The balance, a decimal amount.</source>
        <translation>El saldo, un importe decimal.</translation>
    </message>
    <message>
        <source>Tax names, comma separated (see &apos;invoice tax&apos;).</source>
        <translation>Nombres de impuestos, separados por comas (véase &apos;invoice tax&apos;).</translation>
    </message>
    <message>
        <source>The deck the customer&apos;s calls are priced under (name or id; empty for none).</source>
        <translation>La tabla con la que se tarifican las llamadas del cliente (nombre o id; vacío para ninguna).</translation>
    </message>
    <message>
        <source>A reseller&apos;s or the system&apos;s buy deck (name or id; empty for none).</source>
        <translation>Tabla de compra de un revendedor o del sistema (nombre o id; vacío para ninguna).</translation>
    </message>
    <message>
        <source>--%1: there is no rate deck &quot;%2&quot;.</source>
        <translation>--%1: no existe la tabla de tarifas «%2».</translation>
    </message>
    <message>
        <source>--balance: %1</source>
        <translation>--balance: %1</translation>
    </message>
    <message>
        <source>Lists the customer tree as CSV, a parent before its children.</source>
        <translation>Lista el árbol de clientes como CSV, cada padre antes que sus hijos.</translation>
    </message>
    <message>
        <source>Adds a customer to the tree.</source>
        <translation>Añade un cliente al árbol.</translation>
    </message>
    <message>
        <source>Changes the given fields of customer --id.</source>
        <translation>Cambia los campos indicados del cliente --id.</translation>
    </message>
    <message>
        <source>--id is required.</source>
        <translation>--id es obligatorio.</translation>
    </message>
    <message>
        <source>Added customer %1 &quot;%2&quot;.</source>
        <translation>Cliente %1 «%2» añadido.</translation>
    </message>
    <message>
        <source>Changed customer %1 &quot;%2&quot;.</source>
        <translation>Cliente %1 «%2» modificado.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli customer list|add|set [options]; &apos;cdrdesk-cli customer add --help&apos;.</source>
        <translation>Uso: cdrdesk-cli customer list|add|set [opciones]; &apos;cdrdesk-cli customer add --help&apos;.</translation>
    </message>
    <message>
        <source>Margins per customer for calls starting in [--start, --end), from the charges stored by &apos;rate&apos; without --deck: revenue (what the customer paid), cost (what its calls cost its parent), margin (the parent&apos;s) and own_margin (the customer&apos;s on its own customers).</source>
        <translation>Márgenes por cliente de las llamadas que empiezan en [--start, --end), a partir de los cargos guardados por &apos;rate&apos; sin --deck: revenue (lo que pagó el cliente), cost (lo que sus llamadas le costaron a su padre), margin (el del padre) y own_margin (el del cliente sobre sus propios clientes).</translation>
    </message>
    <message>
        <source>Only this customer and its descendants.</source>
        <translation>Solo este cliente y sus descendientes.</translation>
    </message>
    <message>
        <source>--start and --end are required.</source>
        <translation>--start y --end son obligatorios.</translation>
    </message>
    <message>
        <source>Invoice %1 (%2) for customer %3 &quot;%4&quot;, %5 to %6</source>
        <translation>Factura %1 (%2) para el cliente %3 «%4», del %5 al %6</translation>
    </message>
    <message>
        <source>%1 %2%: %3</source>
        <translation>%1 %2 %: %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 calls, %5 s: %6</source>
        <translation>%1 (%2, %3): %4 llamadas, %5 s: %6</translation>
    </message>
    <message>
        <source>Subtotal %1, taxes %2, total %3 %4 (%5 calls)</source>
        <translation>Subtotal %1, impuestos %2, total %3 %4 (%5 llamadas)</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Generates a draft invoice for a customer&apos;s charges on calls starting in [--start, --end).</source>
        <translation>Genera un borrador de factura con los cargos de un cliente por las llamadas que empiezan en [--start, --end).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>El cliente.</translation>
    </message>
    <message>
        <source>Period start (Unix seconds or ISO 8601).</source>
        <translation>Inicio del periodo (segundos Unix o ISO 8601).</translation>
    </message>
    <message>
        <source>Period end (exclusive).</source>
        <translation>Fin del periodo (excluido).</translation>
    </message>
    <message>
        <source>Rounding rule of lines and taxes (default half-up).</source>
        <translation>Regla de redondeo de líneas e impuestos (predeterminada half-up).</translation>
    </message>
    <message>
        <source>Decimals of the amounts (default 2).</source>
        <translation>Decimales de los importes (predeterminado 2).</translation>
    </message>
    <message>
        <source>--rounding: &quot;%1&quot; is not one of half-up, half-even, half-down, up, down, ceiling, floor.</source>
        <translation>--rounding: «%1» no es half-up, half-even, half-down, up, down, ceiling ni floor.</translation>
    </message>
    <message>
        <source>Issues draft invoice --id: recomputes it, binds its calls and locks them from re-rating.</source>
        <translation>Emite el borrador de factura --id: lo recalcula, vincula sus llamadas y las bloquea frente a la retarificación.</translation>
    </message>
    <message>
        <source>Voids invoice --id and releases its calls.</source>
        <translation>Anula la factura --id y libera sus llamadas.</translation>
    </message>
    <message>
        <source>Shows invoice --id with its lines.</source>
        <translation>Muestra la factura --id con sus líneas.</translation>
    </message>
    <message>
        <source>The invoice.</source>
        <translation>La factura.</translation>
    </message>
    <message>
        <source>Lists invoices as CSV, newest period first.</source>
        <translation>Lista las facturas como CSV, el periodo más reciente primero.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s.</source>
        <translation>Solo las de este cliente.</translation>
    </message>
    <message>
        <source>Writes invoice --id as PDF and/or CSV. The company details come from the GUI&apos;s settings.</source>
        <translation>Escribe la factura --id como PDF y/o CSV. Los datos de la empresa salen de la configuración de la interfaz gráfica.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que escribir.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>El archivo CSV que escribir.</translation>
    </message>
    <message>
        <source>Give --pdf FILE, --csv FILE or both.</source>
        <translation>Indique --pdf ARCHIVO, --csv ARCHIVO o ambos.</translation>
    </message>
    <message>
        <source>Exported invoice %1 (total %2 %3).</source>
        <translation>Factura %1 exportada (total %2 %3).</translation>
    </message>
    <message>
        <source>Lists the named tax rates, after setting or removing some.</source>
        <translation>Lista los tipos impositivos con nombre, tras establecer o quitar algunos.</translation>
    </message>
    <message>
        <source>NAME=PERCENT, e.g. VAT=20; repeatable.</source>
        <translation>NOMBRE=PORCENTAJE, p. ej. VAT=21; repetible.</translation>
    </message>
    <message>
        <source>A tax name to remove; repeatable.</source>
        <translation>Un nombre de impuesto que quitar; repetible.</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: expected NAME=PERCENT such as VAT=20.</source>
        <translation>--set «%1»: se esperaba NOMBRE=PORCENTAJE como VAT=21.</translation>
    </message>
    <message>
        <source>Reviews invoice --id: each call&apos;s billed cost beside its cost re-rated under the current decks, differences flagged and summed per destination.</source>
        <translation>Revisa la factura --id: el coste facturado de cada llamada junto a su coste retarificado con las tablas actuales, con las diferencias marcadas y sumadas por destino.</translation>
    </message>
    <message>
        <source>List every call, not only the differing ones.</source>
        <translation>Listar todas las llamadas, no solo las que difieren.</translation>
    </message>
    <message>
        <source>Total: billed %1, re-rated %2, difference %3; %4 of %5 calls differ.</source>
        <translation>Total: facturado %1, retarificado %2, diferencia %3; %4 de %5 llamadas difieren.</translation>
    </message>
    <message>
        <source>Usage: cdrdesk-cli invoice generate|issue|void|list|show|export|review|taxes [options]; &apos;cdrdesk-cli invoice generate --help&apos;.</source>
        <translation>Uso: cdrdesk-cli invoice generate|issue|void|list|show|export|review|taxes [opciones]; &apos;cdrdesk-cli invoice generate --help&apos;.</translation>
    </message>
    <message>
        <source>Creates a completed call as Enswitch&apos;s cdrs/create does (spec 000). Prints 201 after --validation 1 (nothing written), 204 when created; invalid input exits with 2 naming the parameter (400).</source>
        <translation>Crea una llamada finalizada como cdrs/create de Enswitch (especificación 000). Imprime 201 tras --validation 1 (no se escribe nada), 204 al crearla; una entrada no válida sale con 2 indicando el parámetro (400).</translation>
    </message>
    <message>
        <source>%1 Required.</source>
        <translation>%1 Obligatorio.</translation>
    </message>
    <message>
        <source>%1 Default: %2</source>
        <translation>%1 Predeterminado: %2</translation>
    </message>
    <message>
        <source>400 %1: %2</source>
        <translation>400 %1: %2</translation>
    </message>
    <message>
        <source>201 Input passed validation; nothing was written.</source>
        <translation>201 La entrada superó la validación; no se escribió nada.</translation>
    </message>
    <message>
        <source>204 Created call %1.</source>
        <translation>204 Llamada %1 creada.</translation>
    </message>
    <message>
        <source>uniqueid %1, callid %2, customer %3 → %4, %5 to %6, talk %7 s of %8 s, %9, %10, cost %11 %12</source>
        <translation>uniqueid %1, callid %2, cliente %3 → %4, %5 a %6, conversación %7 s de %8 s, %9, %10, coste %11 %12</translation>
    </message>
    <message>
        <source>Balance of customer %1: %2 %3</source>
        <translation>Saldo del cliente %1: %2 %3</translation>
    </message>
    <message>
        <source>Draft invoice %1 updated.</source>
        <translation>Borrador de factura %1 actualizado.</translation>
    </message>
    <message>
        <source>Count the calls that match the filter options.</source>
        <translation>Contar las llamadas que coinciden con las opciones de filtro.</translation>
    </message>
    <message>
        <source>Add, list, test and remove provider connections.</source>
        <translation>Añadir, listar, probar y quitar conexiones con proveedores.</translation>
    </message>
    <message>
        <source>Pull a connection&apos;s calls from its provider into the store.</source>
        <translation>Traer las llamadas de una conexión desde su proveedor al almacén.</translation>
    </message>
    <message>
        <source>List, add and change customers of the tree (decks, taxes, balance).</source>
        <translation>Listar, añadir y cambiar clientes del árbol (tablas, impuestos, saldo).</translation>
    </message>
    <message>
        <source>Revenue, cost and margin per customer and reseller for a period.</source>
        <translation>Ingresos, coste y margen por cliente y revendedor en un periodo.</translation>
    </message>
    <message>
        <source>Create a completed call (Enswitch cdrs/create, spec 000).</source>
        <translation>Crear una llamada finalizada (Enswitch cdrs/create, especificación 000).</translation>
    </message>
    <message>
        <source>Generate, issue, void, list, show, review and export invoices; tax rates.</source>
        <translation>Generar, emitir, anular, listar, mostrar, revisar y exportar facturas; tipos impositivos.</translation>
    </message>
    <message>
        <source>Shows the store&apos;s default country, or sets it to COUNTRY (an ISO 3166 code such as GB or US; ZZ for none): national numbers of calls stored from then on are read as that country&apos;s (02079460000 in GB is +442079460000). Calls already stored are not changed.</source>
        <translation>Muestra el país predeterminado del almacén o lo establece en PAÍS (un código ISO 3166 como ES o US; ZZ para ninguno): los números nacionales de las llamadas guardadas a partir de entonces se leen como de ese país (02079460000 en GB es +442079460000). Las llamadas ya guardadas no cambian.</translation>
    </message>
    <message>
        <source>The new default country.</source>
        <translation>El nuevo país predeterminado.</translation>
    </message>
    <message>
        <source>country expects at most one argument; see &apos;cdrdesk-cli country --help&apos;.</source>
        <translation>country espera como máximo un argumento; consulte &apos;cdrdesk-cli country --help&apos;.</translation>
    </message>
    <message>
        <source>COUNTRY: &quot;%1&quot; is not a country code libphonenumber knows (GB, US, DE …; ZZ for none).</source>
        <translation>PAÍS: «%1» no es un código de país que conozca libphonenumber (GB, US, ES…; ZZ para ninguno).</translation>
    </message>
    <message>
        <source>Country of the source, called or destination number: ISO 3166 codes (GB, US).</source>
        <translation>País del número de origen, llamado o de destino: códigos ISO 3166 (GB, US).</translation>
    </message>
    <message>
        <source>Type of the source, called or destination number: fixed, mobile, fixed-or-mobile, toll-free, premium, shared-cost, voip, personal, pager, uan, voicemail, unknown.</source>
        <translation>Tipo del número de origen, llamado o de destino: fixed, mobile, fixed-or-mobile, toll-free, premium, shared-cost, voip, personal, pager, uan, voicemail, unknown.</translation>
    </message>
    <message>
        <source>Show or set the country whose national number formats calls are read in.</source>
        <translation>Mostrar o establecer el país cuyo formato de número nacional se usa para leer las llamadas.</translation>
    </message>
    <message>
        <source>Region of the called number as libphonenumber&apos;s geocoder names it (London, California), as the dashboard groups destinations; exact.</source>
        <translation>Región del número llamado tal como la nombra el geocodificador de libphonenumber (London, California), como el panel agrupa los destinos; exacto.</translation>
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
