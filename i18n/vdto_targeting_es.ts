<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="86"/>
        <source>&apos;{0}&apos; is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>&apos;{0}&apos; no es una fecha: escríbala como AAAA-MM-DD o DD/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="242"/>
        <source>1 = most violent in the latest period.</source>
        <translation>1 = el más violento en el periodo más reciente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="583"/>
        <source>; tied within the bootstrap interval with {0}</source>
        <translation>; empatada dentro del intervalo bootstrap con {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="524"/>
        <source>A corridor is a line and has no area: give a buffer in km.</source>
        <translation>Un corredor es una línea y no tiene área: indique un búfer en km.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="639"/>
        <source>A region&apos;s announcement is judged by displacement per zone: choose the zones GeoPackage and the analysis&apos;s municipalities first.</source>
        <translation>El anuncio de una región se juzga por el desplazamiento en cada zona: elija primero el GeoPackage de zonas y los municipios del análisis.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="124"/>
        <source>A target needs an organisation or a region: choose one in the ranking.</source>
        <translation>Un objetivo necesita una organización o una región: elija una en la clasificación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="190"/>
        <source>A zone must be a polygon, not a point or a line: draw an area or use a buffer.</source>
        <translation>Una zona debe ser un polígono, no un punto ni una línea: dibuje un área o use un búfer.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="47"/>
        <source>Actor fields (empty: side_a, side_b for UCDP; actor1, actor2 for ACLED)</source>
        <translation>Campos de actores (vacío: side_a, side_b para UCDP; actor1, actor2 para ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="63"/>
        <source>Alias table (alias, organisation, kind; empty: the shipped table)</source>
        <translation>Tabla de alias (alias, organisation, kind; vacío: la tabla incluida)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="199"/>
        <source>Announce</source>
        <translation>Anunciar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="201"/>
        <source>Announcement effect of the selected target (interrupted time series) and displacement per zone.</source>
        <translation>Efecto del anuncio del objetivo seleccionado (serie de tiempo interrumpida) y desplazamiento por zona.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="263"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="60"/>
        <source>Attribution of deaths</source>
        <translation>Atribución de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="259"/>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="143"/>
        <source>Border zone for ports (km)</source>
        <translation>Zona fronteriza para los puertos (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="66"/>
        <source>Cannot write the zones file in {0}: choose a folder you can write to.</source>
        <translation>No se puede escribir el archivo de zonas en {0}: elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="422"/>
        <source>Checked out {0} zones and {1} targets into {2}</source>
        <translation>Se sacaron {0} zonas y {1} objetivos a {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="604"/>
        <source>Choose a violent region in the list (or select one on the map) to designate it.</source>
        <translation>Elija una región violenta en la lista (o seleccione una en el mapa) para designarla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="384"/>
        <source>Choose the zones GeoPackage</source>
        <translation>Elija el GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="649"/>
        <source>Choose the zones GeoPackage first (create one on the Zones page).</source>
        <translation>Primero elija el GeoPackage de zonas (créelo en la página Zonas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="219"/>
        <source>Circle around a point</source>
        <translation>Círculo alrededor de un punto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="511"/>
        <source>Click the centre of the zone (radius {0:g} km); Esc cancels.</source>
        <translation>Haga clic en el centro de la zona (radio {0:g} km); Esc cancela.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="491"/>
        <source>Click the zone&apos;s corners; right-click to finish; Backspace undoes a vertex; Esc cancels.</source>
        <translation>Haga clic en las esquinas de la zona; clic derecho para terminar; Retroceso deshace un vértice; Esc cancela.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="215"/>
        <source>Click vertices; Backspace removes the last one; right-click finishes; Esc cancels. Snapping follows the project&apos;s settings.</source>
        <translation>Haga clic en los vértices; Retroceso quita el último; clic derecho termina; Esc cancela. El autoensamblado sigue la configuración del proyecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="537"/>
        <source>Conflict: {0} {1} was changed on the server by {2} (version {3}) since the check-out; the field version is kept in the conflicts table.</source>
        <translation>Conflicto: {0} {1} fue modificado en el servidor por {2} (versión {3}) después de sacarlo; la versión de campo se guarda en la tabla de conflictos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="147"/>
        <source>Corridor buffers</source>
        <translation>Búferes de corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="116"/>
        <source>Corridor width (km)</source>
        <translation>Ancho del corredor (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="146"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="49"/>
        <source>Could not add the targets table to {0} ({1}): check the file is writable.</source>
        <translation>No se pudo agregar la tabla de objetivos a {0} ({1}): compruebe que el archivo admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="197"/>
        <source>Could not connect to the workspace server {0} ({1}): check that the server is running and that the user name and password are right (in the QGIS connection: Store user name and password).</source>
        <translation>No se pudo conectar al servidor del espacio de trabajo {0} ({1}): compruebe que el servidor esté en funcionamiento y que el usuario y la contraseña sean correctos (en la conexión de QGIS: Guardar usuario y contraseña).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="79"/>
        <source>Could not create the zones file {0} ({1}): choose another folder.</source>
        <translation>No se pudo crear el archivo de zonas {0} ({1}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/tasks.py" line="439"/>
        <source>Could not delete the partial output {0}</source>
        <translation>No se pudo borrar el resultado parcial {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="468"/>
        <source>Create or open a zones file first (New… or Open…).</source>
        <translation>Primero cree o abra un archivo de zonas (Nuevo… o Abrir…).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="204"/>
        <source>Cycle page (PDF)</source>
        <translation>Página del ciclo (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="187"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="53"/>
        <source>Date field (empty: date_start or event_date)</source>
        <translation>Campo de fecha (vacío: date_start o event_date)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="186"/>
        <source>Date of the designation or announcement.</source>
        <translation>Fecha de la designación o del anuncio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="205"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="50"/>
        <source>Deaths field (empty: best or fatalities)</source>
        <translation>Campo de muertes (vacío: best o fatalities)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="263"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="192"/>
        <source>Designate</source>
        <translation>Designar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="195"/>
        <source>Designate region</source>
        <translation>Designar región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="192"/>
        <source>Designate the organisation selected in the ranking: written to the targets table at once.</source>
        <translation>Designar la organización seleccionada en la clasificación: se escribe de inmediato en la tabla de objetivos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="195"/>
        <source>Designate the violent region chosen in the list (or selected on the map): written to the targets table at once.</source>
        <translation>Designa la región violenta elegida en la lista (o seleccionada en el mapa): se escribe de inmediato en la tabla de objetivos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="642"/>
        <source>Displacement per zone around the announcement of {0}:</source>
        <translation>Desplazamiento por zona en torno al anuncio de {0}:</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="214"/>
        <source>Draw polygon</source>
        <translation>Dibujar polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="201"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="105"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="300"/>
        <source>Enforcement zones (workspace {0})</source>
        <translation>Zonas de intervención (espacio de trabajo {0})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="729"/>
        <source>Enforcement zones (workspace {0}, offline)</source>
        <translation>Zonas de intervención (espacio de trabajo {0}, sin conexión)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="60"/>
        <source>Equal shares among parties</source>
        <translation>Partes iguales entre las partes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="204"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="128"/>
        <source>Events for a strong link</source>
        <translation>Eventos para un vínculo fuerte</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="118"/>
        <source>Events for corridor exposure (optional)</source>
        <translation>Eventos para la exposición del corredor (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="573"/>
        <source>Events handled: {0}.</source>
        <translation>Eventos tratados: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="52"/>
        <source>Events known only to a state</source>
        <translation>Eventos conocidos solo a nivel estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="122"/>
        <source>Evidence radius around a port (km)</source>
        <translation>Radio de evidencia alrededor de un puerto (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="637"/>
        <source>Field &apos;{0}&apos; holds non-numeric or negative values: choose another field.</source>
        <translation>El campo &apos;{0}&apos; contiene valores no numéricos o negativos: elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="388"/>
        <source>Field pack of workspace {0}</source>
        <translation>Paquete de campo del espacio de trabajo {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="175"/>
        <source>Figures from</source>
        <translation>Cifras de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="56"/>
        <source>From date (YYYY-MM-DD or DD/MM/YYYY, or YYYY-MM, YYYY; empty: all)</source>
        <translation>Desde la fecha (AAAA-MM-DD o DD/MM/AAAA, o AAAA-MM, AAAA; vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="231"/>
        <source>From selected features</source>
        <translation>A partir de los objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="60"/>
        <source>Full involvement (each party counted)</source>
        <translation>Participación plena (se cuenta a cada parte)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="294"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="436"/>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="150"/>
        <source>Latest ranking (select one to designate it)</source>
        <translation>Clasificación más reciente (seleccione una organización para designarla)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="52"/>
        <source>Leave out of maps and zones</source>
        <translation>Excluir de mapas y zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="461"/>
        <source>Led by {0} with {1:.1%} of its attributed deaths in {2}.</source>
        <translation>Encabezada por {0}, con el {1:.1%} de sus muertes atribuidas en {2}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="46"/>
        <source>Location precision field (empty: where_prec for UCDP, geo_precision for ACLED)</source>
        <translation>Campo de precisión de ubicación (vacío: where_prec para UCDP, geo_precision para ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="555"/>
        <source>Location precision from &apos;{0}&apos; ({1} scale).</source>
        <translation>Precisión de ubicación tomada de &apos;{0}&apos; (escala {1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="199"/>
        <source>Mark the selected target announced on the date given.</source>
        <translation>Marcar el objetivo seleccionado como anunciado en la fecha indicada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="206"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="134"/>
        <source>Municipalities (optional: events known only to a municipality or a state shared by area)</source>
        <translation>Municipios (opcional: los eventos conocidos solo a nivel municipio o estado se reparten por superficie)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="42"/>
        <source>Municipalities (to spread events known only to a municipality or a state)</source>
        <translation>Municipios (para repartir los eventos conocidos solo a nivel municipio o estado)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="257"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="212"/>
        <source>New zone</source>
        <translation>Nueva zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="291"/>
        <source>New zones GeoPackage</source>
        <translation>Nuevo GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="162"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="158"/>
        <source>Next most violent</source>
        <translation>Siguiente más violenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="64"/>
        <source>No database was given: give a postgresql:// URI or the name of a QGIS PostgreSQL connection.</source>
        <translation>No se indicó una base de datos: indique una URI postgresql:// o el nombre de una conexión PostgreSQL de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="458"/>
        <source>No organisation can be named: the most violent holds {0:.1%} of its attributed deaths in {1}.</source>
        <translation>No puede nombrarse una organización: la más violenta concentra el {0:.1%} de sus muertes atribuidas en {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="147"/>
        <source>No target has the id {0}: refresh the targets list.</source>
        <translation>Ningún objetivo tiene el id {0}: actualice la lista de objetivos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="600"/>
        <source>No violent regions: run step 3, &apos;Find hotspots and violent regions&apos;, first.</source>
        <translation>No hay regiones violentas: ejecute primero el paso 3, «Buscar puntos calientes y regiones violentas».</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="161"/>
        <source>No zones file: create or open one</source>
        <translation>Sin archivo de zonas: cree o abra uno</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="167"/>
        <source>Open a team workspace (a QGIS PostgreSQL connection) instead of a file</source>
        <translation>Abrir un espacio de trabajo del equipo (una conexión PostgreSQL de QGIS) en lugar de un archivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="337"/>
        <source>Open team workspace</source>
        <translation>Abrir espacio de trabajo del equipo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="294"/>
        <source>Open zones GeoPackage</source>
        <translation>Abrir GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="163"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="247"/>
        <source>Organisations whose rank lies within this one&apos;s bootstrap interval: the order between them is not certain.</source>
        <translation>Organizaciones cuyo lugar cae dentro del intervalo bootstrap de esta: el orden entre ellas no es seguro.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="113"/>
        <source>Plazas per organisation (ports sharing a twin municipality count once)</source>
        <translation>Plazas por organización (los puertos que comparten municipio gemelo cuentan una vez)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="207"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="110"/>
        <source>Port assignment table (organisation, port_code[, destination]; optional)</source>
        <translation>Tabla de asignación de puertos (organisation, port_code[, destination]; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="208"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="105"/>
        <source>Ports of entry (BTS: port_code, port_name, state)</source>
        <translation>Puertos de entrada (BTS: port_code, port_name, state)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="209"/>
        <source>Ports within</source>
        <translation>Puertos a menos de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="243"/>
        <source>PostGIS is not enabled in the database of {0} and {1} may not enable it: ask the administrator to run CREATE EXTENSION postgis in that database.</source>
        <translation>PostGIS no está habilitado en la base de datos de {0} y {1} no tiene permiso para habilitarlo: pida al administrador que ejecute CREATE EXTENSION postgis en esa base de datos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="237"/>
        <source>PostGIS is not installed on the server of {0}: install the postgis package for its PostgreSQL version (Debian: postgresql-15-postgis-3), then run CREATE EXTENSION postgis in the database.</source>
        <translation>PostGIS no está instalado en el servidor de {0}: instale el paquete postgis para su versión de PostgreSQL (Debian: postgresql-15-postgis-3) y después ejecute CREATE EXTENSION postgis en la base de datos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="208"/>
        <source>Public notice (PDF)</source>
        <translation>Aviso público (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="333"/>
        <source>QGIS PostgreSQL connection (or a postgresql:// URI)</source>
        <translation>Conexión PostgreSQL de QGIS (o una URI postgresql://)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="66"/>
        <source>Rank names missing from the alias table as organisations (default: hold them as unidentified, for review)</source>
        <translation>Clasificar los nombres que faltan en la tabla de alias como organizaciones (por omisión: mantenerlos como no identificados, para revisión)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="94"/>
        <source>Rank per period of the organisations in the top {0} of the last periods (1 = most violent).</source>
        <translation>Lugar por periodo de las organizaciones entre las {0} primeras de los últimos periodos (1 = la más violenta).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="136"/>
        <source>Rank per year with 1,000 bootstrap replicates (vdto:rankinghistory).</source>
        <translation>Lugar por año con 1,000 réplicas bootstrap (vdto:rankinghistory).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="583"/>
        <source>Rank {0} in {1} ({2} – {3}) by attributed deaths{4}.</source>
        <translation>Lugar {0} en {1} ({2} – {3}) por muertes atribuidas{4}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="136"/>
        <source>Ranking over time</source>
        <translation>Clasificación a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="263"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="136"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="138"/>
        <source>Road network (optional; straight corridors without it)</source>
        <translation>Red de carreteras (opcional; sin ella los corredores son rectos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="109"/>
        <source>Run &apos;Ranking over time&apos; to see who climbs.</source>
        <translation>Ejecute &apos;Clasificación a lo largo del tiempo&apos; para ver quién sube.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="435"/>
        <source>Save mine over theirs</source>
        <translation>Guardar la mía sobre la otra</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="621"/>
        <source>Select a target to announce.</source>
        <translation>Seleccione un objetivo para anunciarlo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="607"/>
        <source>Select a zone in the table first.</source>
        <translation>Primero seleccione una zona en la tabla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="633"/>
        <source>Select an announced target (with its announcement date) to measure its effect.</source>
        <translation>Seleccione un objetivo anunciado (con su fecha de anuncio) para medir su efecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="581"/>
        <source>Select an organisation in the ranking to designate it.</source>
        <translation>Seleccione una organización en la clasificación para designarla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="520"/>
        <source>Select municipalities, a region or a corridor on the map first, then press the button.</source>
        <translation>Primero seleccione en el mapa municipios, una región o un corredor y luego pulse el botón.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="232"/>
        <source>Selected municipalities, a violent region or a corridor (give a buffer for a corridor line).</source>
        <translation>Municipios seleccionados, una región violenta o un corredor (indique un búfer para la línea de un corredor).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="243"/>
        <source>Selected zone</source>
        <translation>Zona seleccionada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="52"/>
        <source>Spread over their state</source>
        <translation>Repartir sobre su estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="261"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="561"/>
        <source>State-level events are left out of maps and zones (kept in national totals).</source>
        <translation>Los eventos de nivel estatal se excluyen de mapas y zonas (se conservan en los totales nacionales).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="260"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="258"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="51"/>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="178"/>
        <source>Targets (select one to announce it)</source>
        <translation>Objetivos (seleccione uno para anunciarlo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="175"/>
        <source>Targets of the zones GeoPackage; select one to announce it or measure its effect.</source>
        <translation>Objetivos del GeoPackage de zonas; seleccione uno para anunciarlo o medir su efecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="103"/>
        <source>Territories (field organisation, from vdto:territories)</source>
        <translation>Territorios (campo organisation, de vdto:territories)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/tasks.py" line="353"/>
        <source>The algorithm {0} is not available: enable the VDTO Targeting provider in Processing options.</source>
        <translation>El algoritmo {0} no está disponible: active el proveedor VDTO Targeting en las opciones de Procesos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="555"/>
        <source>The algorithm {0} is not available: enable the VDTO Targeting provider.</source>
        <translation>El algoritmo {0} no está disponible: active el proveedor VDTO Targeting.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="166"/>
        <source>The announcement ({0}) comes before the designation ({1}): correct the dates.</source>
        <translation>El anuncio ({0}) es anterior a la designación ({1}): corrija las fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="250"/>
        <source>The announcement date once announced, else the designation date.</source>
        <translation>La fecha de anuncio una vez anunciado; si no, la fecha de designación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="204"/>
        <source>The cycle briefing page: ranking over time, the target, the announcement effect and displacement (vdto:cyclebriefing).</source>
        <translation>La página de informe del ciclo: clasificación a lo largo del tiempo, el objetivo, el efecto del anuncio y el desplazamiento (vdto:cyclebriefing).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="244"/>
        <source>The designated organisation, or the violent region where no organisation can be named.</source>
        <translation>La organización designada o, donde no puede nombrarse una organización, la región violenta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="552"/>
        <source>The events layer has no location-precision field (where_prec, geo_precision): every event is taken as a precise point.</source>
        <translation>La capa de eventos no tiene campo de precisión de ubicación (where_prec, geo_precision): cada evento se toma como un punto preciso.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="432"/>
        <source>The field pack {0} does not exist: choose the .gpkg written by Check out.</source>
        <translation>El paquete de campo {0} no existe: elija el .gpkg que escribió Sacar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="457"/>
        <source>The field pack {0} has no readable {1} table: check in the pack written by Check out.</source>
        <translation>El paquete de campo {0} no tiene una tabla {1} legible: devuelva el paquete que escribió Sacar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="523"/>
        <source>The field pack {0} was checked out from another workspace ({1} in database {2}): check it in to that workspace; nothing was changed.</source>
        <translation>El paquete de campo {0} se sacó de otro espacio de trabajo ({1} en la base de datos {2}): devuélvalo a ese espacio de trabajo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="395"/>
        <source>The field pack&apos;s {0} table does not open: choose another folder.</source>
        <translation>La tabla {0} del paquete de campo no se abre: elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="262"/>
        <source>The group roles {0} and {1} do not exist and {2} may not create roles: ask the administrator to create them (CREATE ROLE {0}; CREATE ROLE {1};) or to grant you CREATEROLE.</source>
        <translation>Los roles de grupo {0} y {1} no existen y {2} no tiene permiso para crear roles: pida al administrador que los cree (CREATE ROLE {0}; CREATE ROLE {1};) o que le otorgue CREATEROLE.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="148"/>
        <source>The latest ranking; select an organisation to designate it.</source>
        <translation>La clasificación más reciente; seleccione una organización para designarla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace_journal.py" line="380"/>
        <source>The local journal was written for another workspace ({0}) than the one now at {1}: nothing was sent, and it is kept as {2} (a GeoPackage: open it in QGIS to copy its zones by hand).</source>
        <translation>El diario local se escribió para otro espacio de trabajo ({0}) distinto del que ahora está en {1}: no se envió nada, y se conserva como {2} (un GeoPackage: ábralo en QGIS para copiar sus zonas a mano).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace_journal.py" line="169"/>
        <source>The local journal {0} could not be created ({1}): make the folder writable or set {2} to a writable folder.</source>
        <translation>No se pudo crear el diario local {0} ({1}): dé permiso de escritura a la carpeta o configure {2} con una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="208"/>
        <source>The one-page public notice of the selected target&apos;s announcement, with none of the intelligence (vdto:publicnotice).</source>
        <translation>El aviso público de una página del anuncio del objetivo seleccionado, sin nada de la inteligencia (vdto:publicnotice).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="553"/>
        <source>The outline crossed itself and was repaired; zone {0} saved.</source>
        <translation>El contorno se cruzaba a sí mismo y se reparó; zona {0} guardada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="154"/>
        <source>The ranking with the designated and announced organisations left out.</source>
        <translation>La clasificación sin las organizaciones designadas y anunciadas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="114"/>
        <source>The schema name &apos;{0}&apos; cannot be used: use lower-case letters, digits and underscores, starting with a letter (for example vdto).</source>
        <translation>El nombre de esquema &apos;{0}&apos; no se puede usar: use minúsculas, dígitos y guiones bajos, empezando con una letra (por ejemplo vdto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="256"/>
        <source>The schema {0} exists but belongs to another user and is not a workspace: choose another schema name.</source>
        <translation>El esquema {0} existe, pero pertenece a otro usuario y no es un espacio de trabajo: elija otro nombre de esquema.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="528"/>
        <source>The selected features have no geometry: select features with outlines.</source>
        <translation>Los objetos seleccionados no tienen geometría: seleccione objetos con contorno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="952"/>
        <source>The table shows the zones as last loaded; new zones and edits will be kept in a local journal until the workspace can be reached again.</source>
        <translation>La tabla muestra las zonas como se cargaron por última vez; las zonas nuevas y las ediciones se guardarán en un diario local hasta que se pueda volver a acceder al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="156"/>
        <source>The target could not be saved: check the zones file is writable.</source>
        <translation>No se pudo guardar el objetivo: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="139"/>
        <source>The targets table could not be written ({0}): check the zones file is not read-only or locked.</source>
        <translation>No se pudo escribir la tabla de objetivos ({0}): compruebe que el archivo de zonas no sea de solo lectura ni esté bloqueado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="167"/>
        <source>The violent regions of step 3, most homicides first, with the organisation that leads each one (or none named); selecting a region on the map chooses it here.</source>
        <translation>Las regiones violentas del paso 3, de más a menos homicidios, con la organización que encabeza cada una (o ninguna nombrada); al seleccionar una región en el mapa se elige aquí.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="928"/>
        <source>The workspace server is back: {0} zone change(s) kept in the local journal were sent ({1} inserted, {2} updated, {3} deleted, {4} unchanged).</source>
        <translation>El servidor del espacio de trabajo volvió: se enviaron {0} cambio(s) de zonas guardados en el diario local ({1} insertados, {2} actualizados, {3} borrados, {4} sin cambios).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="192"/>
        <source>The workspace server {0} cannot be reached ({1}): check that it is running and try again (each request is one transaction: applied whole or not at all).</source>
        <translation>No se puede acceder al servidor del espacio de trabajo {0} ({1}): compruebe que esté en funcionamiento e inténtelo de nuevo (cada solicitud es una transacción: se aplica completa o no se aplica).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="965"/>
        <source>The workspace server {0} cannot be reached.</source>
        <translation>No se puede acceder al servidor del espacio de trabajo {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="183"/>
        <source>The workspace server {0} refused the login of {1} ({2}): check the user name and password (in the QGIS connection: Store user name and password).</source>
        <translation>El servidor del espacio de trabajo {0} rechazó el inicio de sesión de {1} ({2}): revise el usuario y la contraseña (en la conexión de QGIS: Guardar usuario y contraseña).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="209"/>
        <source>The workspace {0} refused the request: {1}</source>
        <translation>El espacio de trabajo {0} rechazó la solicitud: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="287"/>
        <source>The zone could not be deleted: check the zones file is writable.</source>
        <translation>No se pudo borrar la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace_journal.py" line="230"/>
        <source>The zone could not be kept in the local journal {0} ({1}): free disk space or set {2} to a writable folder; the zone was NOT saved.</source>
        <translation>No se pudo guardar la zona en el diario local {0} ({1}): libere espacio en disco o configure {2} con una carpeta con permiso de escritura; la zona NO se guardó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="299"/>
        <source>The zone could not be restored: check the zones file is writable.</source>
        <translation>No se pudo restaurar la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="1234"/>
        <source>The zone could not be restored: {0}</source>
        <translation>No se pudo restaurar la zona: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="327"/>
        <source>The zone ends ({0}) before it starts ({1}): correct the dates.</source>
        <translation>La zona termina ({0}) antes de empezar ({1}): corrija las fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="185"/>
        <source>The zone has no geometry: draw at least three points.</source>
        <translation>La zona no tiene geometría: dibuje al menos tres puntos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="207"/>
        <source>The zone lies outside Mexico (centre {0:.3f}, {1:.3f} in degrees): check the map&apos;s CRS and draw the zone over Mexican territory.</source>
        <translation>La zona está fuera de México (centro {0:.3f}, {1:.3f} en grados): revise el SRC del mapa y dibuje la zona sobre territorio mexicano.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="276"/>
        <source>The zone&apos;s attributes could not be saved: check the zones file is writable.</source>
        <translation>No se pudieron guardar los atributos de la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="269"/>
        <source>The zone&apos;s outline could not be saved: check the zones file is writable.</source>
        <translation>No se pudo guardar el contorno de la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="193"/>
        <source>The zone&apos;s outline crosses itself so that it encloses no area and cannot be repaired: redraw it without crossing lines.</source>
        <translation>El contorno de la zona se cruza de modo que no encierra ningún área y no se puede reparar: vuelva a dibujarla sin líneas que se crucen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="143"/>
        <source>The zones GeoPackage whose targets table records designations and announcements (create it on the Zones page).</source>
        <translation>El GeoPackage de zonas cuya tabla de objetivos registra designaciones y anuncios (créelo en la página Zonas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="252"/>
        <source>The zones file could not be written ({0}): check it is not open read-only or locked by another program.</source>
        <translation>No se pudo escribir el archivo de zonas ({0}): compruebe que no esté abierto en solo lectura ni bloqueado por otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="104"/>
        <source>The zones file {0} does not exist: create it first.</source>
        <translation>El archivo de zonas {0} no existe: créelo primero.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="228"/>
        <source>The zones file {0} is locked by another program ({1}): close it there, or wait for it to finish, and try again.</source>
        <translation>Otro programa tiene bloqueado el archivo de zonas {0} ({1}): ciérrelo allí, o espere a que termine, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="60"/>
        <source>The zones file {0} is not a GeoPackage: choose a path ending in .gpkg.</source>
        <translation>El archivo de zonas {0} no es un GeoPackage: elija una ruta que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="445"/>
        <source>The zones layer was removed from the project; open the zones file again to continue.</source>
        <translation>La capa de zonas se quitó del proyecto; abra de nuevo el archivo de zonas para continuar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="283"/>
        <source>The {0} table of workspace {1} does not open: check your permissions (role vdto_reader or vdto_editor).</source>
        <translation>La tabla {0} del espacio de trabajo {1} no se abre: revise sus permisos (rol vdto_reader o vdto_editor).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="85"/>
        <source>There is no QGIS PostgreSQL connection named &apos;{0}&apos; (known: {1}): create it in the Browser (PostgreSQL ▸ New Connection…) or give a postgresql:// URI.</source>
        <translation>No hay ninguna conexión PostgreSQL de QGIS llamada &apos;{0}&apos; (conocidas: {1}): créela en el Navegador (PostgreSQL ▸ Nueva conexión…) o indique una URI postgresql://.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="129"/>
        <source>This QGIS has no PostgreSQL provider: install QGIS&apos;s PostgreSQL support (Debian package qgis-providers).</source>
        <translation>Este QGIS no tiene proveedor de PostgreSQL: instale el soporte de PostgreSQL de QGIS (paquete de Debian qgis-providers).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="204"/>
        <source>This field pack was checked out from another workspace ({0}): check it in to the workspace it came from.</source>
        <translation>Este paquete de campo se sacó de otro espacio de trabajo ({0}): devuélvalo al espacio de trabajo del que salió.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="58"/>
        <source>To date (YYYY-MM-DD or DD/MM/YYYY, or YYYY-MM, YYYY; empty: all)</source>
        <translation>Hasta la fecha (AAAA-MM-DD o DD/MM/AAAA, o AAAA-MM, AAAA; vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="107"/>
        <source>U.S. destinations (hubs or counties; optional)</source>
        <translation>Destinos en EE. UU. (centros o condados; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="140"/>
        <source>U.S.–Mexico border line (optional; a built-in Natural Earth line otherwise)</source>
        <translation>Línea fronteriza México–EE. UU. (opcional; si no, una línea integrada de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="263"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="162"/>
        <source>Unknown target status &apos;{0}&apos;: use one of {1}.</source>
        <translation>Estado de objetivo desconocido &apos;{0}&apos;: use uno de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="324"/>
        <source>Unknown zone basis &apos;{0}&apos;: use one of {1}.</source>
        <translation>Fundamento de zona desconocido &apos;{0}&apos;: use uno de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="321"/>
        <source>Unknown zone status &apos;{0}&apos;: use one of {1}.</source>
        <translation>Estado de zona desconocido &apos;{0}&apos;: use uno de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="136"/>
        <source>VDTO (organisation)</source>
        <translation>VDTO (organización)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="170"/>
        <source>Violent region (where no organisation can be named)</source>
        <translation>Región violenta (donde no puede nombrarse una organización)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="449"/>
        <source>Violent region {0}: rank {1} of {2} violent regions by homicides in {3}, {4} contiguous hot-spot municipalities with {5:,.0f} homicides ({6:.1%} of all homicides in the municipalities analysed).</source>
        <translation>Región violenta {0}: puesto {1} de {2} regiones violentas por homicidios en {3}, {4} municipios contiguos en punto caliente con {5:,.0f} homicidios ({6:.1%} de todos los homicidios de los municipios analizados).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="125"/>
        <source>Weighted deaths for a strong link</source>
        <translation>Muertes ponderadas para un vínculo fuerte</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="131"/>
        <source>Without evidence, use the nearest port along the border (labelled fallback)</source>
        <translation>Sin evidencia, usar el puerto más cercano a lo largo de la frontera (etiquetado fallback)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="337"/>
        <source>Workspace schema</source>
        <translation>Esquema del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="166"/>
        <source>Workspace…</source>
        <translation>Espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="704"/>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="946"/>
        <source>Your {0} change(s) are kept in the local journal {1} (nothing is lost, even if QGIS closes) and will be sent when the workspace can be reached again. The table shows the zones as last loaded with your changes.</source>
        <translation>Sus {0} cambio(s) se guardan en el diario local {1} (no se pierde nada, aunque QGIS se cierre) y se enviarán cuando se pueda volver a acceder al espacio de trabajo. La tabla muestra las zonas como se cargaron por última vez, con sus cambios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="430"/>
        <source>Zone changed by someone else</source>
        <translation>Zona modificada por otra persona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="244"/>
        <source>Zone {0}</source>
        <translation>Zona {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="476"/>
        <source>Zone {0} in the pack has an outline that encloses no area: fix it in the pack and check in again.</source>
        <translation>La zona {0} del paquete tiene un contorno que no encierra ningún área: corríjala en el paquete y devuélvalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="960"/>
        <source>Zone {0} is kept in the local journal {1} (nothing is lost, even if QGIS closes) and will be sent when the workspace can be reached again.</source>
        <translation>La zona {0} se guarda en el diario local {1} (no se pierde nada, aunque QGIS se cierre) y se enviará cuando se pueda volver a acceder al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="284"/>
        <source>Zone {0} no longer exists: refresh the zones list.</source>
        <translation>La zona {0} ya no existe: actualice la lista de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="555"/>
        <source>Zone {0} saved to {1}.</source>
        <translation>Zona {0} guardada en {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="1208"/>
        <source>Zone {0} was changed by {1} (version {2}) after you loaded version {3}: it was not deleted. Look at their change first.</source>
        <translation>La zona {0} fue modificada por {1} (versión {2}) después de que usted cargara la versión {3}: no se borró. Revise primero su cambio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="1165"/>
        <source>Zone {0} was changed by {1} (version {2}) after you loaded version {3}: your save was refused so their change is not overwritten. Choose which to keep.</source>
        <translation>La zona {0} fue modificada por {1} (versión {2}) después de que usted cargara la versión {3}: se rechazó su guardado para no sobrescribir el otro cambio. Elija cuál conservar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="935"/>
        <source>Zone {0} was changed by {1} (version {2}) while you were offline: their version stays and yours is kept in the workspace&apos;s conflicts table.</source>
        <translation>La zona {0} fue modificada por {1} (versión {2}) mientras usted estaba sin conexión: se queda la otra versión y la suya se guarda en la tabla de conflictos del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="414"/>
        <source>Zone {0}: their version {1} was kept; your change was not saved.</source>
        <translation>Zona {0}: se conservó la otra versión {1}; su cambio no se guardó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="409"/>
        <source>Zone {0}: your version was saved over version {1} by {2} (theirs stays in the workspace&apos;s history).</source>
        <translation>Zona {0}: su versión se guardó sobre la versión {1} de {2} (la otra queda en el historial del espacio de trabajo).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="717"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="146"/>
        <source>Zones GeoPackage</source>
        <translation>GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="126"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="70"/>
        <source>add zone</source>
        <translation>añadir zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="509"/>
        <source>an end date {0} before its start {1}</source>
        <translation>una fecha final {0} anterior a su inicio {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="139"/>
        <source>announced</source>
        <translation>anunciado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="255"/>
        <source>announced on</source>
        <translation>anunciado el</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="125"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="34"/>
        <source>area_km2</source>
        <translation>área_km2</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="505"/>
        <source>basis &apos;{0}&apos; (use one of {1})</source>
        <translation>basis &apos;{0}&apos; (use uno de {1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="139"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="37"/>
        <source>corridors</source>
        <translation>corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="255"/>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="250"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="33"/>
        <source>deaths</source>
        <translation>muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="92"/>
        <source>delete zone</source>
        <translation>borrar zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="138"/>
        <source>designated</source>
        <translation>designado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="255"/>
        <source>designated on</source>
        <translation>designado el</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="249"/>
        <source>designated, announced or withdrawn.</source>
        <translation>designado, anunciado o retirado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="112"/>
        <source>edit zone</source>
        <translation>editar zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="33"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="38"/>
        <source>flags</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace_journal.py" line="388"/>
        <source>local journal of {0} ({1})</source>
        <translation>diario local de {0} ({1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="263"/>
        <source>municipality</source>
        <translation>municipio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="35"/>
        <source>munis</source>
        <translation>municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="32"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="192"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="481"/>
        <source>no organisation named</source>
        <translation>ninguna organización nombrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="763"/>
        <source>no violence recorded</source>
        <translation>sin violencia registrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="85"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="243"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="36"/>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="264"/>
        <source>out of maps</source>
        <translation>fuera de mapas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="761"/>
        <source>outside study area</source>
        <translation>fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="773"/>
        <source>overlaps {0}</source>
        <translation>se superpone con {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="35"/>
        <source>pai</source>
        <translation>PAI</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="762"/>
        <source>partly outside study area</source>
        <translation>en parte fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="443"/>
        <source>period not recorded</source>
        <translation>periodo no registrado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="263"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="110"/>
        <source>polygon geometry</source>
        <translation>geometría poligonal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="36"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="37"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="507"/>
        <source>priority {0} (use 1 to 5)</source>
        <translation>priority {0} (use de 1 a 5)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="138"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="242"/>
        <source>rank</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="127"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="764"/>
        <source>repaired self-intersection</source>
        <translation>autointersección reparada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="34"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="264"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="32"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="511"/>
        <source>status &apos;{0}&apos; (use one of {1})</source>
        <translation>status &apos;{0}&apos; (use uno de {1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="255"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="432"/>
        <source>theirs (version {0}, {1})</source>
        <translation>la otra (versión {0}, {1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="243"/>
        <source>this user</source>
        <translation>este usuario</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="247"/>
        <source>tied with</source>
        <translation>empatada con</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="127"/>
        <source>vdto</source>
        <translation>vdto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="432"/>
        <source>yours</source>
        <translation>su versión</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="557"/>
        <source>{0:,} event(s) have no readable precision and are taken as precise points.</source>
        <translation>{0:,} evento(s) no tienen una precisión legible y se toman como puntos precisos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="566"/>
        <source>{0:,} event(s): {1}.</source>
        <translation>{0:,} evento(s): {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="563"/>
        <source>{0:,} spread event(s) lie outside every municipality and were placed by their adm_1/adm_2 names.</source>
        <translation>{0:,} evento(s) repartido(s) quedan fuera de todo municipio y se ubicaron por sus nombres adm_1/adm_2.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="711"/>
        <source>{0} The edits stay in QGIS&apos;s edit buffer: {1}</source>
        <translation>{0} Las ediciones se quedan en el búfer de edición de QGIS: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="715"/>
        <source>{0} Your {1} zone change(s) were kept in the local journal {2} (nothing is lost, even if QGIS closes) and will be sent when the workspace can be reached again.</source>
        <translation>{0} Sus {1} cambio(s) de zona se guardaron en el diario local {2} (no se pierde nada, aunque QGIS se cierre) y se enviarán cuando el espacio de trabajo vuelva a estar accesible.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="626"/>
        <source>{0} announced on {1}.</source>
        <translation>Objetivo {0} anunciado el {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="616"/>
        <source>{0} designated ({1}).</source>
        <translation>Se designó a {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/targets_table.py" line="54"/>
        <source>{0} has a &apos;targets&apos; table without the fields {1}: rename that table or create a new zones file.</source>
        <translation>{0} tiene una tabla &apos;targets&apos; sin los campos {1}: cambie el nombre de esa tabla o cree un archivo de zonas nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="107"/>
        <source>{0} has no readable &apos;zones&apos; layer: create a new zones file.</source>
        <translation>{0} no tiene una capa &apos;zones&apos; legible: cree un archivo de zonas nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/cycle_panel.py" line="609"/>
        <source>{0} is already {1} ({2}): select it in the targets table to announce it.</source>
        <translation>{0} ya es un objetivo {1} ({2}): selecciónelo en la tabla de objetivos para anunciarlo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="443"/>
        <source>{0} is not a field pack checked out from a workspace (it has no check-out record): check in the .gpkg written by Check out.</source>
        <translation>{0} no es un paquete de campo sacado de un espacio de trabajo (no tiene registro de salida): devuelva el .gpkg que escribió Sacar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="69"/>
        <source>{0} is not a valid postgresql:// URI: write it as postgresql://user@host:5432/database (a password after the user name, or in ~/.pgpass).</source>
        <translation>{0} no es una URI postgresql:// válida: escríbala como postgresql://user@host:5432/database (con la contraseña después del usuario, o en ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="221"/>
        <source>{0} is not a workspace: create it first with &apos;Create team workspace&apos; (vdto:createworkspace).</source>
        <translation>{0} no es un espacio de trabajo: créelo primero con &apos;Crear espacio de trabajo del equipo&apos; (vdto:createworkspace).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="110"/>
        <source>{0} is not a zones layer (missing fields: {1}): create a new zones file.</source>
        <translation>{0} no es una capa de zonas (faltan campos: {1}): cree un archivo de zonas nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="207"/>
        <source>{0} may not change the workspace {1} ({2}): ask its administrator to grant you the role vdto_editor.</source>
        <translation>{0} no tiene permiso para cambiar el espacio de trabajo {1} ({2}): pida a su administrador que le otorgue el rol vdto_editor.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="252"/>
        <source>{0} may not create the schema {1} in database {2}: ask the administrator to run GRANT CREATE ON DATABASE {2} TO {0}, or to create the workspace.</source>
        <translation>{0} no tiene permiso para crear el esquema {1} en la base de datos {2}: pida al administrador que ejecute GRANT CREATE ON DATABASE {2} TO {0}, o que cree el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="305"/>
        <source>{0} zone change(s) made while it was down are kept in the local journal {1}: they are sent when you open the workspace with the server back.</source>
        <translation>{0} cambio(s) de zonas hechos mientras estaba caído se guardan en el diario local {1}: se envían cuando abra el espacio de trabajo con el servidor de vuelta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="671"/>
        <source>{0} zones · concentration Gini {1} · refreshed in {2:.0f} ms</source>
        <translation>{0} zonas · Gini de concentración {1} · actualizado en {2:.0f} ms</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/events.py" line="573"/>
        <source>{0} {1:,} events / {2:,.0f} deaths</source>
        <translation>{0} {1:,} eventos / {2:,.0f} muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/workspace.py" line="513"/>
        <source>{0} {1} in the field pack has {2}: correct it in the pack and check in again; nothing was sent.</source>
        <translation>{0} {1} del paquete de campo tiene {2}: corríjalo en el paquete y devuélvalo de nuevo; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="361"/>
        <source>&lt;b&gt;Events&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Eventos&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="362"/>
        <source>&lt;b&gt;Municipalities&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Municipios&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="360"/>
        <source>&lt;b&gt;Period&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Periodo&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="364"/>
        <source>&lt;b&gt;Study area&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Área de estudio&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="366"/>
        <source>&lt;b&gt;Zones&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Zonas&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="142"/>
        <source>Analysis: period and inputs (used by every step)</source>
        <translation>Análisis: periodo y entradas (los usan todos los pasos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="173"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="173"/>
        <source>Deaths per event (best for UCDP, fatalities for ACLED); empty: each event counts once.</source>
        <translation>Muertes por evento (best para UCDP, fatalities para ACLED); vacío: cada evento cuenta una vez.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="152"/>
        <source>First day of the period every step counts (inclusive).</source>
        <translation>Primer día del periodo que cuentan todos los pasos (inclusive).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="154"/>
        <source>From the data</source>
        <translation>De los datos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="184"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="186"/>
        <source>GeoPackage of enforcement zones: created when new, opened when it exists.</source>
        <translation>GeoPackage de zonas de intervención: se crea cuando es nuevo y se abre cuando ya existe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="165"/>
        <source>Geolocated lethal events with the organisations involved (UCDP GED or ACLED points): every step counts these.</source>
        <translation>Eventos letales geolocalizados con las organizaciones que participan (puntos de UCDP GED o ACLED): todos los pasos los cuentan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="153"/>
        <source>Last day of the period every step counts (inclusive).</source>
        <translation>Último día del periodo que cuentan todos los pasos (inclusive).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="341"/>
        <source>Lethal events</source>
        <translation>Eventos letales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="175"/>
        <source>Municipal boundaries (INEGI Marco Geoestadístico, 5-digit CVEGEO code).</source>
        <translation>Límites municipales (Marco Geoestadístico del INEGI, clave CVEGEO de 5 dígitos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="341"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="163"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="190"/>
        <source>Results folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="372"/>
        <source>Results folder: {0}</source>
        <translation>Carpeta de resultados: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="156"/>
        <source>Set the period to the days the events cover (or the years of the homicide table when there are no events).</source>
        <translation>Ajustar el periodo a los días que cubren los eventos (o a los años de la tabla de homicidios cuando no hay eventos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="342"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="178"/>
        <source>The area zones are judged against (PAI&apos;s a/A); empty: the municipalities.</source>
        <translation>El área con la que se juzgan las zonas (a/A del PAI); vacío: los municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="190"/>
        <source>Where results are written (GeoPackage and GeoTIFF), and where file dialogs open; empty: vdto_outputs beside the project.</source>
        <translation>Dónde se escriben los resultados (GeoPackage y GeoTIFF) y dónde se abren los diálogos de archivo; vacío: vdto_outputs junto al proyecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="342"/>
        <source>Zones file</source>
        <translation>Archivo de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/analysis.py" line="356"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>AnnouncementEffectAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="474"/>
        <source> (did you mean {0}?)</source>
        <translation> (¿quiso decir {0}?)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="319"/>
        <source>Announcement date (YYYY-MM-DD)</source>
        <translation>Fecha del anuncio (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="326"/>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="458"/>
        <source>Could not write the chart {0}: choose a folder you can write to.</source>
        <translation>No se pudo escribir la gráfica {0}: elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="314"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="329"/>
        <source>Monthly series and fit</source>
        <translation>Serie mensual y ajuste</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="323"/>
        <source>Months after</source>
        <translation>Meses después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="320"/>
        <source>Months before</source>
        <translation>Meses antes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="353"/>
        <source>No announcement date given: write it as YYYY-MM-DD.</source>
        <translation>No se indicó la fecha del anuncio: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="350"/>
        <source>No organisation given: write its name as the ranking spells it.</source>
        <translation>No se indicó una organización: escriba su nombre como aparece en la clasificación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="317"/>
        <source>Organisation (as in the ranking)</source>
        <translation>Organización (como en la clasificación)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="326"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="365"/>
        <source>The announcement date {0} lies outside the events ({1} – {2}): give a date within the data, or events that cover it.</source>
        <translation>La fecha del anuncio {0} queda fuera de los eventos ({1} – {2}): indique una fecha dentro de los datos, o eventos que la cubran.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="347"/>
        <source>The chart must be a .png or .svg file, not {0}: change the file name.</source>
        <translation>La gráfica debe ser un archivo .png o .svg, no {0}: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="361"/>
        <source>The events have no readable dates: choose the field that holds the event dates in &apos;Date field&apos;.</source>
        <translation>Los eventos no tienen fechas legibles: elija en &apos;Campo de fecha&apos; el campo que contiene las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="475"/>
        <source>The organisation &apos;{0}&apos; has no events in the chosen data{1}: write its name as the ranking spells it, or widen the dates.</source>
        <translation>La organización &apos;{0}&apos; no tiene eventos en los datos elegidos{1}: escriba su nombre como aparece en la clasificación, o amplíe las fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="336"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="335"/>
        <source>Verdict (key)</source>
        <translation>Veredicto (clave)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="411"/>
        <source>all other organisations</source>
        <translation>todas las demás organizaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="354"/>
        <source>announcement</source>
        <translation>anuncio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="454"/>
        <source>attributed deaths per month</source>
        <translation>muertes atribuidas por mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="408"/>
        <source>national series: every event counts whatever its location precision; {0}</source>
        <translation>serie nacional: todo evento cuenta, sea cual sea su precisión de ubicación; {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="454"/>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="454"/>
        <source>segmented trend</source>
        <translation>tendencia segmentada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="381"/>
        <source>{0} has no attributed deaths in the {1} months before and {2} after {3}: choose an organisation active around the announcement, or widen the months.</source>
        <translation>{0} no tiene muertes atribuidas en los {1} meses anteriores y {2} posteriores a {3}: elija una organización con actividad alrededor del anuncio, o amplíe los meses.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="391"/>
        <source>{0} months in the window hold no event at all in the layer (a gap in the source) and were left out of the series.</source>
        <translation>{0} meses de la ventana no tienen ningún evento en la capa (un hueco en la fuente) y se excluyeron de la serie.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="414"/>
        <source>{0}: level change {1:+.1f} deaths/month (95 % {2:+.1f} to {3:+.1f}); slope change {4:+.2f} per month (95 % {5:+.2f} to {6:+.2f}).</source>
        <translation>{0}: cambio de nivel {1:+.1f} muertes/mes (95 % {2:+.1f} a {3:+.1f}); cambio de pendiente {4:+.2f} por mes (95 % {5:+.2f} a {6:+.2f}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="450"/>
        <source>{0}: level {1:+.0f}, slope {2:+.1f}/month — {3}</source>
        <translation>{0}: nivel {1:+.0f}, pendiente {2:+.1f}/mes — {3}</translation>
    </message>
</context>
<context>
    <name>BandwidthPreview</name>
    <message>
        <location filename="../vdto_targeting/gui/preview.py" line="259"/>
        <source>Surface preview ({0:g} km radius)</source>
        <translation>Vista previa de la superficie (radio de {0:g} km)</translation>
    </message>
</context>
<context>
    <name>BriefingAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="109"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="84"/>
        <source>Automatic (deaths per km² when a deaths field is given)</source>
        <translation>Automático (muertes por km² cuando se da un campo de muertes)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="124"/>
        <source>Briefing PDF</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="117"/>
        <source>Briefing language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="291"/>
        <source>Briefing written: {0} ({1} pages)</source>
        <translation>Informe escrito: {0} ({1} páginas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="259"/>
        <source>Briefing: {0} map layers, {1} organisations, {2} zones</source>
        <translation>Informe: {0} capas de mapa, {1} organizaciones, {2} zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="29"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="95"/>
        <source>Date field of the events (empty: date_start or event_date)</source>
        <translation>Campo de fecha de los eventos (vacío: date_start o event_date)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="93"/>
        <source>Deaths field of the events</source>
        <translation>Campo de muertes de los eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="85"/>
        <source>Deaths per km²</source>
        <translation>Muertes por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="26"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="84"/>
        <source>Events per km²</source>
        <translation>Eventos por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="110"/>
        <source>Handling marking</source>
        <translation>Marca de manejo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="33"/>
        <source>Hotspots (Gi* classes)</source>
        <translation>Puntos calientes (clases Gi*)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="121"/>
        <source>Keep the layout and its layers in the project</source>
        <translation>Conservar la composición y sus capas en el proyecto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="132"/>
        <source>Layout name</source>
        <translation>Nombre de la composición</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="89"/>
        <source>Lethal events (drawn when no surface is given; used for provisional figures)</source>
        <translation>Eventos letales (se dibujan si no se da una superficie; se usan para cifras provisionales)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="119"/>
        <source>Mark as synthetic demo data</source>
        <translation>Marcar como datos sintéticos de demostración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="30"/>
        <source>Organisation territories</source>
        <translation>Territorios de las organizaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="124"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="126"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="126"/>
        <source>PNG pages (first page name)</source>
        <translation>Páginas PNG (nombre de la primera página)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="131"/>
        <source>PNG pages written</source>
        <translation>Páginas PNG escritas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="115"/>
        <source>Page size (landscape)</source>
        <translation>Tamaño de página (horizontal)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="130"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="28"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="233"/>
        <source>QGIS&apos;s offline world map was not found: the map has no basemap.</source>
        <translation>No se encontró el mapa mundial sin conexión de QGIS: el mapa no tiene mapa base.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="85"/>
        <source>Relative density (raw kernel sum)</source>
        <translation>Densidad relativa (suma bruta de núcleos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="112"/>
        <source>Sources and attributions (empty: standard attribution line)</source>
        <translation>Fuentes y atribuciones (vacío: línea de atribución estándar)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="103"/>
        <source>Study area for PAI (e.g. municipalities)</source>
        <translation>Área de estudio para el PAI (p. ej., municipios)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="108"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="192"/>
        <source>Target package</source>
        <translation>Paquete de objetivos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="100"/>
        <source>Target package (vdto:targetpackage)</source>
        <translation>Paquete de objetivos (vdto:targetpackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="151"/>
        <source>The PNG pages name {0} does not end in .png: choose a name such as briefing.png.</source>
        <translation>El nombre de las páginas PNG {0} no termina en .png: elija un nombre como briefing.png.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="283"/>
        <source>The briefing could not be exported ({0}): check that the folder of {1} is writable and has free space.</source>
        <translation>No se pudo exportar el informe ({0}): compruebe que la carpeta de {1} admita escritura y tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="149"/>
        <source>The briefing file {0} is not a PDF: choose a file name ending in .pdf.</source>
        <translation>El archivo del informe {0} no es un PDF: elija un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="273"/>
        <source>The briefing was cancelled: run it again to write {0}.</source>
        <translation>Se canceló el informe: ejecútelo de nuevo para escribir {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="195"/>
        <source>The briefing&apos;s inputs were computed for different periods — {0}: run every step for the same period (From/To dates) and build the briefing again.</source>
        <translation>Las entradas del informe se calcularon para periodos distintos — {0}: ejecute todos los pasos para el mismo periodo (fechas Desde/Hasta) y vuelva a construir el informe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="205"/>
        <source>The events layer has no date field to keep the events of {0} only (the period the other outputs cover): choose its date field in DATE_FIELD.</source>
        <translation>La capa de eventos no tiene un campo de fecha para conservar solo los eventos de {0} (el periodo que cubren las demás salidas): elija su campo de fecha en DATE_FIELD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="174"/>
        <source>The events layer has no field {0}: pick its date field (e.g. date_start) or leave it empty.</source>
        <translation>La capa de eventos no tiene el campo {0}: elija su campo de fecha (p. ej., date_start) o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="156"/>
        <source>The events layer has no field {0}: pick its deaths field (e.g. best) or leave it empty to count events.</source>
        <translation>La capa de eventos no tiene el campo {0}: elija su campo de muertes (p. ej., best) o déjelo vacío para contar eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="186"/>
        <source>The {0} layer is not valid: check its source file.</source>
        <translation>La capa de {0} no es válida: revise su archivo de origen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="106"/>
        <source>Title (empty: standard title)</source>
        <translation>Título (vacío: título estándar)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="27"/>
        <source>U.S. destinations (hubs or counties)</source>
        <translation>Destinos en EE. UU. (centros o condados)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="191"/>
        <source>VDTO ranking</source>
        <translation>Clasificación de VDTO</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="98"/>
        <source>VDTO ranking (vdto:rankvdtos)</source>
        <translation>Clasificación de VDTO (vdto:rankvdtos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="191"/>
        <source>Violence surface</source>
        <translation>Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="32"/>
        <source>Violent regions</source>
        <translation>Regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="86"/>
        <source>What the surface measures (legend title)</source>
        <translation>Qué mide la superficie (título de la leyenda)</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="45"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="53"/>
        <source>Briefing language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="117"/>
        <source>Briefing written to {0}</source>
        <translation>Informe escrito en {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="74"/>
        <source>Build the briefing</source>
        <translation>Generar el informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="53"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="60"/>
        <source>Field pack file</source>
        <translation>Archivo del paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="60"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="47"/>
        <source>Handling marking</source>
        <translation>Marca de manejo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>Landscape page size.</source>
        <translation>Tamaño de página horizontal.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="53"/>
        <source>Language of the briefing, independent of QGIS&apos;s interface language.</source>
        <translation>Idioma del informe, independiente del idioma de la interfaz de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="68"/>
        <source>One GeoPackage with inputs, results, styles and the project, for laptops without network.</source>
        <translation>Un solo GeoPackage con entradas, resultados, estilos y el proyecto, para portátiles sin red.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="57"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="57"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="47"/>
        <source>Printed at the top and bottom of every page.</source>
        <translation>Se imprime arriba y abajo de cada página.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="53"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="44"/>
        <source>Standard title</source>
        <translation>Título estándar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="42"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="42"/>
        <source>Title printed on the briefing; empty: the standard title.</source>
        <translation>Título impreso en el informe; vacío: el título estándar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="57"/>
        <source>Where the briefing PDF is written; empty: the results folder.</source>
        <translation>Dónde se escribe el PDF del informe; vacío: la carpeta de resultados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="60"/>
        <source>Where the field pack GeoPackage is written; empty: field_pack.gpkg in the results folder.</source>
        <translation>Dónde se escribe el GeoPackage del paquete de campo; vacío: field_pack.gpkg en la carpeta de resultados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="68"/>
        <source>Write the field pack</source>
        <translation>Escribir el paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="45"/>
        <source>Your name, printed on every page (remembered as a personal default).</source>
        <translation>Su nombre, impreso en cada página (se recuerda como preferencia personal).</translation>
    </message>
</context>
<context>
    <name>BufferZoneAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="121"/>
        <source>A radius of {0} km cannot make a zone: give a radius between 0 and 500 km.</source>
        <translation>Con un radio de {0} km no se puede formar una zona: indique un radio mayor que 0 y de hasta 500 km.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="113"/>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="114"/>
        <source>Radius (km)</source>
        <translation>Radio (km)</translation>
    </message>
</context>
<context>
    <name>CheckinAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="139"/>
        <source>Checked in: {0} inserted, {1} updated, {2} deleted, {3} conflicts recorded, {4} unchanged.</source>
        <translation>Devuelto: {0} insertados, {1} actualizados, {2} borrados, {3} conflictos registrados, {4} sin cambios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="123"/>
        <source>Conflicts recorded</source>
        <translation>Conflictos registrados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="123"/>
        <source>Deleted</source>
        <translation>Borrados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="122"/>
        <source>Field pack</source>
        <translation>Paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="123"/>
        <source>Inserted</source>
        <translation>Insertados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="133"/>
        <source>The field pack {0} does not exist: choose the .gpkg written by Check out.</source>
        <translation>El paquete de campo {0} no existe: elija el .gpkg que escribió Sacar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="123"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="123"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="138"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>CheckoutAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="87"/>
        <source>Field pack</source>
        <translation>Paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="87"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="91"/>
        <source>Pack id</source>
        <translation>Id del paquete</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="90"/>
        <source>Targets checked out</source>
        <translation>Objetivos sacados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="104"/>
        <source>The field pack could not be checked out: {0}</source>
        <translation>No se pudo sacar el paquete de campo: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="99"/>
        <source>The field pack {0} is not a GeoPackage: choose a file name ending in .gpkg.</source>
        <translation>El paquete de campo {0} no es un GeoPackage: elija un nombre de archivo que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="89"/>
        <source>Zones checked out</source>
        <translation>Zonas sacadas</translation>
    </message>
</context>
<context>
    <name>ContestedAreasAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="760"/>
        <source>Contested areas</source>
        <translation>Áreas en disputa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="757"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="754"/>
        <source>Territories (vdto:territories)</source>
        <translation>Territorios (vdto:territories)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="778"/>
        <source>The territories layer has no organisation field: use the layer written by vdto:territories.</source>
        <translation>La capa de territorios no tiene campo de organización: use la capa que escribe vdto:territories.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="773"/>
        <source>The territories layer is empty: run vdto:territories first.</source>
        <translation>La capa de territorios está vacía: ejecute primero vdto:territories.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="774"/>
        <source>territories</source>
        <translation>territorios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="825"/>
        <source>{0} contested areas among {1} territories.</source>
        <translation>{0} áreas en disputa entre {1} territorios.</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="674"/>
        <source> in {0}</source>
        <translation> en {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="542"/>
        <source> only with a municipalities layer (none given: left out)</source>
        <translation> solo con una capa de municipios (no se indicó: se excluyen)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="706"/>
        <source>, {0}</source>
        <translation>, {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="710"/>
        <source>; besides, {0:,.1f} deaths of events known only to the state fall to the twin municipality by area share (reported, not used to choose)</source>
        <translation>; además, {0:,.1f} muertes de eventos conocidos solo a nivel estatal se asignan al municipio gemelo según su proporción de superficie (se informan, no se usan para elegir)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="657"/>
        <source>; evidence: {0}</source>
        <translation>; evidencia: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="683"/>
        <source>; {0:,.0f} deaths near the border only as one member of a coalition side, not counted</source>
        <translation>; {0:,.0f} muertes cerca de la frontera solo como miembro de un bando de coalición, no contadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="370"/>
        <source>Assignment rows for organisations without a territory were ignored: {0}.</source>
        <translation>Se ignoraron las filas de asignación de organizaciones sin territorio: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="539"/>
        <source>Corridor evidence: {0} events ({1:,.0f} deaths) located as points and {2} ({3:,.0f}) known to their municipality count where they are; {4} ({5:,.0f}) known only to their state count by area share{6}; the other {7} events are not evidence.</source>
        <translation>Evidencia del corredor: {0} eventos ({1:,.0f} muertes) ubicados como puntos y {2} ({3:,.0f}) conocidos a nivel municipio cuentan donde están; {4} ({5:,.0f}) conocidos solo a nivel estado cuentan según la proporción de superficie{6}; los otros {7} eventos no son evidencia.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="566"/>
        <source>Deaths along each corridor: {0:,} events ({1:,.0f} deaths) located as points count where they fall inside the corridor buffer; {2:,} events ({3:,.0f} deaths) known only to a municipality and {4:,} ({5:,.0f}) known only to a state count by the share of their municipality&apos;s or state&apos;s area the buffer covers; {6:,} events ({7:,.0f} deaths) known more coarsely, or without a municipality to spread over, are not counted.</source>
        <translation>Muertes a lo largo de cada corredor: {0:,} eventos ({1:,.0f} muertes) ubicados como puntos cuentan donde caen dentro del búfer del corredor; {2:,} eventos ({3:,.0f} muertes) conocidos solo a nivel municipio y {4:,} ({5:,.0f}) conocidos solo a nivel estado cuentan según la proporción de la superficie de su municipio o estado que cubre el búfer; {6:,} eventos ({7:,.0f} muertes) conocidos con menos precisión, o sin un municipio sobre el cual repartirlos, no se cuentan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="399"/>
        <source>No corridor could be drawn: check that the territories and ports overlap the U.S.–Mexico border region and that the assignment table names these organisations.</source>
        <translation>No se pudo trazar ningún corredor: compruebe que los territorios y los puertos se traslapen con la región fronteriza México–EE. UU. y que la tabla de asignación nombre a estas organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="383"/>
        <source>No events given: there is no evidence to link organisations to ports, so every corridor not in the assignment table is the labelled fallback (nearest along the border).</source>
        <translation>No se indicaron eventos: no hay evidencia para vincular organizaciones con puertos, así que todo corredor que no esté en la tabla de asignación es la alternativa etiquetada (el más cercano a lo largo de la frontera).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="329"/>
        <source>No route on the road network ({0}); the corridor is straight there.</source>
        <translation>No hay ruta en la red de carreteras ({0}); allí el corredor es recto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="321"/>
        <source>QGIS&apos;s network analysis (shortest path) is not available: enable the Processing network analysis provider or leave &apos;Road network&apos; empty.</source>
        <translation>El análisis de redes de QGIS (ruta más corta) no está disponible: active el proveedor de análisis de redes de Procesos o deje vacía la &apos;Red de carreteras&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="306"/>
        <source>The assignment table names port codes that are not in the ports layer: {0}. Correct the codes or add those ports.</source>
        <translation>La tabla de asignación nombra claves de puerto que no están en la capa de puertos: {0}. Corrija las claves o agregue esos puertos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="286"/>
        <source>The assignment table needs organisation and port_code columns: add them (one row per organisation and port).</source>
        <translation>La tabla de asignación necesita las columnas organisation y port_code: agréguelas (una fila por organización y puerto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="249"/>
        <source>The border layer holds no line: give the U.S.–Mexico border as a line layer or leave it empty to use the built-in line.</source>
        <translation>La capa de frontera no contiene ninguna línea: indique la frontera México–EE. UU. como capa de líneas o déjela vacía para usar la línea integrada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="221"/>
        <source>The ports layer has no located port: give the U.S.–Mexico land ports of entry.</source>
        <translation>La capa de puertos no tiene ningún puerto ubicado: indique los puertos de entrada terrestres México–EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="198"/>
        <source>The ports layer needs port_code and port_name fields (BTS format): use us_mx_land_ports_bts or rename the fields.</source>
        <translation>La capa de puertos necesita los campos port_code y port_name (formato BTS): use us_mx_land_ports_bts o cambie el nombre de los campos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="378"/>
        <source>The territories cover {0} – {1} but the events are read for {2} – {3}: run vdto:territories and vdto:corridors for the same period (From/To dates).</source>
        <translation>Los territorios cubren {0} – {1}, pero los eventos se leen para {2} – {3}: ejecute vdto:territories y vdto:corridors para el mismo periodo (fechas Desde/Hasta).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="165"/>
        <source>The territories layer has no organisation field: use the layer written by vdto:territories or add an organisation field.</source>
        <translation>La capa de territorios no tiene campo organisation: use la capa que escribe vdto:territories o agregue un campo organisation.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="185"/>
        <source>The territories layer holds no polygon with an organisation: run vdto:territories first.</source>
        <translation>La capa de territorios no contiene ningún polígono con organización: ejecute primero vdto:territories.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="225"/>
        <source>These ports lie outside the {0:g} km border zone of the U.S.–Mexico border: {1}. Use land ports of entry on the border (BTS layer) or widen &apos;Border zone&apos;.</source>
        <translation>Estos puertos están fuera de la zona fronteriza de {0:g} km de la frontera México–EE. UU.: {1}. Use puertos de entrada terrestres sobre la frontera (capa BTS) o amplíe la &apos;Zona fronteriza&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="657"/>
        <source>assigned by the analyst</source>
        <translation>asignado por el analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="660"/>
        <source>assignment table</source>
        <translation>tabla de asignación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="674"/>
        <source>fallback: no violence of {0} near any port{1}; the port nearest along the border from its territory ({2:,.0f} km along the border)</source>
        <translation>alternativa: sin violencia de {0} cerca de ningún puerto{1}; el puerto más cercano a lo largo de la frontera desde su territorio ({2:,.0f} km a lo largo de la frontera)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="674"/>
        <source>nearest along the border (fallback)</source>
        <translation>el más cercano a lo largo de la frontera (alternativa)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="680"/>
        <source>no corridor: no violence of {0} in its own name within {1:g} km of any port or in a port&apos;s twin municipality in {2}, and no assignment</source>
        <translation>sin corredor: sin violencia de {0} a su propio nombre a menos de {1:g} km de ningún puerto ni en el municipio gemelo de un puerto en {2}, y sin asignación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="706"/>
        <source>no municipality</source>
        <translation>sin municipio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="686"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="205"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="734"/>
        <source>road network</source>
        <translation>red de carreteras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="730"/>
        <source>straight</source>
        <translation>recto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="746"/>
        <source>straight, kept on land</source>
        <translation>recto, por tierra</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="168"/>
        <source>territories</source>
        <translation>territorios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="669"/>
        <source>violence near the port</source>
        <translation>violencia cerca del puerto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="705"/>
        <source>{0:,.0f} deaths in {1} events of its own in {2}{3} (twin municipality in full, others within {4:g} km weighted 1 − d/R: {5:,.1f})</source>
        <translation>{0:,.0f} muertes en {1} eventos propios en {2}{3} (municipio gemelo completo, otros a menos de {4:g} km ponderados 1 − d/R: {5:,.1f})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="685"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="57"/>
        <source>Created now (false: it already existed)</source>
        <translation>Creado ahora (false: ya existía)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="56"/>
        <source>Workspace id</source>
        <translation>Id del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="67"/>
        <source>Workspace {0} {1} (id {2}); grant analysts the role vdto_editor and partner agencies vdto_reader.</source>
        <translation>Espacio de trabajo {0} {1} (id {2}); otorgue a los analistas el rol vdto_editor y a las agencias asociadas vdto_reader.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="67"/>
        <source>already existed</source>
        <translation>ya existía</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="67"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="66"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>CreateZonesLayerAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="84"/>
        <source>CRS of the zones (empty: EPSG:6372)</source>
        <translation>SRC de las zonas (vacío: EPSG:6372)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="86"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="86"/>
        <source>Zones GeoPackage</source>
        <translation>GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="100"/>
        <source>{0} zones in {1}.</source>
        <translation>{0} zonas en {1}.</translation>
    </message>
</context>
<context>
    <name>CycleBriefingAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="107"/>
        <source>Announcement effect series (vdto:announcementeffect)</source>
        <translation>Serie del efecto del anuncio (vdto:announcementeffect)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="113"/>
        <source>Briefing language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="117"/>
        <source>Cycle page PDF</source>
        <translation>PDF de la página del ciclo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="164"/>
        <source>Cycle page written: {0}</source>
        <translation>Página del ciclo escrita: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="110"/>
        <source>Displacement per zone (vdto:displacement)</source>
        <translation>Desplazamiento por zona (vdto:displacement)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="115"/>
        <source>Handling marking</source>
        <translation>Marca de manejo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="100"/>
        <source>Ranking over time (vdto:rankinghistory)</source>
        <translation>Clasificación a lo largo del tiempo (vdto:rankinghistory)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="105"/>
        <source>Target id (empty: the latest announced)</source>
        <translation>Id del objetivo (vacío: el último anunciado)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="145"/>
        <source>The announcement effect table has no post_slope field: use the series table written by vdto:announcementeffect.</source>
        <translation>La tabla del efecto del anuncio no tiene campo post_slope: use la tabla de series que escribe vdto:announcementeffect.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="126"/>
        <source>The briefing file {0} is not a PDF: choose a file name ending in .pdf.</source>
        <translation>El archivo del informe {0} no es un PDF: elija un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="137"/>
        <source>The ranking over time has no organisation, period and rank fields: use the table written by vdto:rankinghistory.</source>
        <translation>La clasificación a lo largo del tiempo no tiene campos de organización, periodo y lugar: use la tabla que escribe vdto:rankinghistory.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="103"/>
        <source>Zones GeoPackage (targets table)</source>
        <translation>GeoPackage de zonas (tabla de objetivos)</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="40"/>
        <source>5-digit CVEGEO code (state + municipality) of the analysis&apos;s municipalities; empty: found automatically.</source>
        <translation>Clave CVEGEO de 5 dígitos (estado + municipio) de los municipios del análisis; vacío: se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="62"/>
        <source>Add a GeoPackage, shapefile or CSV to the project; then choose it in the analysis or above.</source>
        <translation>Agregue un GeoPackage, shapefile o CSV al proyecto; después elíjalo en el análisis o arriba.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="110"/>
        <source>Added {0} ({1} rows).</source>
        <translation>Se añadió {0} ({1} filas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="97"/>
        <source>Build the municipal indicators (counts, rates, smoothed rates) for the period and report the rows that did not join.</source>
        <translation>Construye los indicadores municipales (conteos, tasas, tasas suavizadas) para el periodo e informa de las filas que no se unieron.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="107"/>
        <source>Could not open {0}: choose a GeoPackage, shapefile or CSV.</source>
        <translation>No se pudo abrir {0}: elija un GeoPackage, shapefile o CSV.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="62"/>
        <source>Data files (*.gpkg *.shp *.csv *.csv.gz *.geojson *.xlsx);;All files (*)</source>
        <translation>Archivos de datos (*.gpkg *.shp *.csv *.csv.gz *.geojson *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="45"/>
        <source>Homicides by municipality and month (INEGI long form or SESNSP layout); a table or layer.</source>
        <translation>Homicidios por municipio y mes (formato largo del INEGI o formato del SESNSP); una tabla o capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="45"/>
        <source>Homicides table</source>
        <translation>Tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="62"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="94"/>
        <source>Join counts to municipalities</source>
        <translation>Unir conteos a los municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="34"/>
        <source>Load the demo scenario (synthetic)</source>
        <translation>Cargar el escenario de demostración (sintético)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="40"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="49"/>
        <source>Population by municipality and year (census or CONAPO), for rates per 100,000.</source>
        <translation>Población por municipio y año (censo o CONAPO), para tasas por 100 000.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="49"/>
        <source>Population table</source>
        <translation>Tabla de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="53"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="57"/>
        <source>U.S. destinations</source>
        <translation>Destinos en EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="57"/>
        <source>U.S. wholesale hubs or counties the corridors lead to.</source>
        <translation>Centros mayoristas o condados de EE. UU. a los que llevan los corredores.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="53"/>
        <source>U.S.–Mexico land ports of entry (BTS points).</source>
        <translation>Puertos terrestres de entrada México–EE. UU. (puntos BTS).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="34"/>
        <source>Write and load a small SYNTHETIC scenario (fictitious organisations, events, ports, zones) to try the whole workflow; none of it is real intelligence.</source>
        <translation>Escribe y carga un pequeño escenario SINTÉTICO (organizaciones, eventos, puertos y zonas ficticios) para probar todo el flujo de trabajo; nada de ello es inteligencia real.</translation>
    </message>
</context>
<context>
    <name>DemoScenarioAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="86"/>
        <source>Demo GeoPackage</source>
        <translation>GeoPackage de demostración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="33"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="104"/>
        <source>Generating the SYNTHETIC demo scenario (seed {0}) over {1} states from {2}</source>
        <translation>Generando el escenario de demostración SINTÉTICO (semilla {0}) sobre {1} estados a partir de {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="86"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="32"/>
        <source>Homicides</source>
        <translation>Homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="35"/>
        <source>Hubs</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="31"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="83"/>
        <source>Number of synthetic events</source>
        <translation>Número de eventos sintéticos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="34"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="102"/>
        <source>QGIS&apos;s bundled world map was not found or has no Mexican states at {0}: reinstall QGIS (its resources/data folder) or check the installation.</source>
        <translation>No se encontró el mapa mundial incluido con QGIS, o no tiene estados de México, en {0}: reinstale QGIS (su carpeta resources/data) o revise la instalación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="81"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="114"/>
        <source>The demo GeoPackage cannot be written at {0} ({1}): choose a folder you can write to.</source>
        <translation>No se puede escribir el GeoPackage de demostración en {0} ({1}): elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="98"/>
        <source>The demo output {0} is not a GeoPackage: choose a file name ending in .gpkg.</source>
        <translation>El resultado de demostración {0} no es un GeoPackage: elija un nombre de archivo que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="119"/>
        <source>The demo scenario was cancelled: run it again to write {0}.</source>
        <translation>Se canceló el escenario de demostración: ejecútelo de nuevo para escribir {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="36"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
</context>
<context>
    <name>DesignateTargetAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="227"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="219"/>
        <source>Criterion (the ranking rule in words, with its period)</source>
        <translation>Criterio (la regla de clasificación en palabras, con su periodo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="224"/>
        <source>Date of the designation or announcement (YYYY-MM-DD, empty: today)</source>
        <translation>Fecha de la designación o del anuncio (AAAA-MM-DD; vacío: hoy)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="233"/>
        <source>Next most violent</source>
        <translation>Siguiente más violenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="228"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="217"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="229"/>
        <source>Ranking (for the next most violent)</source>
        <translation>Clasificación (para la siguiente más violenta)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="218"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="222"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="232"/>
        <source>Target id</source>
        <translation>Id del objetivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="215"/>
        <source>Target id (empty: a new target)</source>
        <translation>Id del objetivo (vacío: un objetivo nuevo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="266"/>
        <source>Target {0} is {1} in {2}.</source>
        <translation>El objetivo {0} está {1} en {2}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="240"/>
        <source>The zones file {0} does not exist: create it with &apos;Create zones GeoPackage&apos; first.</source>
        <translation>El archivo de zonas {0} no existe: créelo primero con &apos;Crear GeoPackage de zonas&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="214"/>
        <source>Zones GeoPackage</source>
        <translation>GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="245"/>
        <source>designation</source>
        <translation>designación</translation>
    </message>
</context>
<context>
    <name>DisplacementAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="637"/>
        <source> ({0:,} events known only to a municipality or a state were left out: give municipalities with CVEGEO codes to count them.)</source>
        <translation> ({0:,} eventos conocidos solo a nivel municipio o estado se excluyeron: indique municipios con claves CVEGEO para contarlos.)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="524"/>
        <source>Announcement date (YYYY-MM-DD; empty: each zone&apos;s start_date)</source>
        <translation>Fecha del anuncio (AAAA-MM-DD; vacío: la start_date de cada zona)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="529"/>
        <source>Catchment ring width (km)</source>
        <translation>Ancho del anillo de influencia (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="521"/>
        <source>Date field (empty: date_start or event_date)</source>
        <translation>Campo de fecha (vacío: date_start o event_date)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="518"/>
        <source>Deaths field (empty: best or fatalities)</source>
        <translation>Campo de muertes (vacío: best o fatalities)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="536"/>
        <source>Displacement per zone</source>
        <translation>Desplazamiento por zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="512"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="516"/>
        <source>Events (points)</source>
        <translation>Eventos (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="527"/>
        <source>Months before and after</source>
        <translation>Meses antes y después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="734"/>
        <source>No event has a readable date in &apos;{0}&apos;: choose the field that holds the event dates.</source>
        <translation>Ningún evento tiene una fecha legible en &apos;{0}&apos;: elija el campo que contiene las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="567"/>
        <source>No zone has an outline: draw the zones again.</source>
        <translation>Ninguna zona tiene contorno: vuelva a dibujar las zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="585"/>
        <source>No zone has zone_id or name &apos;{0}&apos;: check the spelling in the zones layer.</source>
        <translation>Ninguna zona tiene zone_id ni nombre &apos;{0}&apos;: revise cómo está escrito en la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="663"/>
        <source>None of the {0} zones has events in the {1} months before its announcement: there is no violence to reduce; check the dates or the zones.</source>
        <translation>Ninguna de las {0} zonas tiene eventos en los {1} meses anteriores a su anuncio: no hay violencia que reducir; revise las fechas o las zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="532"/>
        <source>Study area (municipalities)</source>
        <translation>Área de estudio (municipios)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="613"/>
        <source>The announcement date {0} of zone &apos;{1}&apos; lies outside the events ({2} – {3}): give a date within the data, or events that cover it.</source>
        <translation>La fecha del anuncio {0} de la zona &apos;{1}&apos; queda fuera de los eventos ({2} – {3}): indique una fecha dentro de los datos, o eventos que la cubran.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="699"/>
        <source>The events layer has no date field (date_start or event_date): choose it in &apos;Date field&apos;.</source>
        <translation>La capa de eventos no tiene campo de fecha (date_start o event_date): elíjalo en &apos;Campo de fecha&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="709"/>
        <source>The events layer has no field &apos;{0}&apos;: choose one of its fields (or leave it empty to let the plugin find it).</source>
        <translation>La capa de eventos no tiene el campo &apos;{0}&apos;: elija uno de sus campos (o déjelo vacío para que el complemento lo encuentre).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="715"/>
        <source>The municipalities layer has no polygons: choose the municipal boundaries (the study area).</source>
        <translation>La capa de municipios no tiene polígonos: elija los límites municipales (el área de estudio).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="555"/>
        <source>The {0} layer is empty: choose a layer with features.</source>
        <translation>La capa de {0} está vacía: elija una capa con objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="642"/>
        <source>Zone &apos;{0}&apos; has no events in the {1} months before {2}: nothing to judge there (its row says so).</source>
        <translation>La zona &apos;{0}&apos; no tiene eventos en los {1} meses anteriores a {2}: no hay nada que juzgar ahí (su fila lo indica).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="640"/>
        <source>Zone &apos;{0}&apos; has no events in the {1} months before {2}: there is no violence to reduce there; check the dates or the zone.{3}</source>
        <translation>La zona &apos;{0}&apos; no tiene eventos en los {1} meses anteriores a {2}: no hay violencia que reducir ahí; revise las fechas o la zona.{3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="579"/>
        <source>Zone &apos;{0}&apos; has no start_date and no announcement date was given: set the zone&apos;s start_date or give the announcement date.</source>
        <translation>La zona &apos;{0}&apos; no tiene start_date y no se indicó una fecha de anuncio: llene la start_date de la zona o indique la fecha del anuncio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="648"/>
        <source>Zone &apos;{0}&apos;: rb {1:.1f} → ra {2:.1f}, ring {3:.1f} → {4:.1f}, control {5:.1f} → {6:.1f}; WDQ {7}: {8}.</source>
        <translation>Zona &apos;{0}&apos;: rb {1:.1f} → ra {2:.1f}, anillo {3:.1f} → {4:.1f}, control {5:.1f} → {6:.1f}; WDQ {7}: {8}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="514"/>
        <source>Zone (zone_id or name; empty: every zone)</source>
        <translation>Zona (zone_id o nombre; vacío: todas las zonas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="601"/>
        <source>Zones and their {0} km catchment rings cover the whole study area, leaving no control area: use a narrower catchment or a larger study area.</source>
        <translation>Las zonas y sus anillos de influencia de {0} km cubren toda el área de estudio y no dejan área de control: use un anillo más angosto o un área de estudio más grande.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="538"/>
        <source>Zones evaluated</source>
        <translation>Zonas evaluadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="560"/>
        <source>announcement</source>
        <translation>anuncio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="552"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="552"/>
        <source>municipalities</source>
        <translation>municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="581"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="552"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="722"/>
        <source>{0:,} event(s) are known only to a municipality or a state, but the study area has no CVEGEO codes to spread them over: they were left out of zone, ring and control counts.</source>
        <translation>{0:,} evento(s) se conocen solo a nivel municipio o estado, pero el área de estudio no tiene claves CVEGEO sobre las cuales repartirlos: se excluyeron de los conteos de zona, anillo y control.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="731"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron.</translation>
    </message>
</context>
<context>
    <name>DockState</name>
    <message>
        <location filename="../vdto_targeting/gui/state.py" line="65"/>
        <source>a layer chosen earlier (id {0}) is no longer in the project: choose it again.</source>
        <translation>una capa elegida antes (id {0}) ya no está en el proyecto: elíjala de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/state.py" line="73"/>
        <source>the layer “{0}” ({1}) is no longer in the project: add it again and choose it.</source>
        <translation>la capa “{0}” ({1}) ya no está en el proyecto: agréguela de nuevo y elíjala.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/state.py" line="76"/>
        <source>the layer “{0}” cannot be read from {1}: repair its source (Layer ▸ Change Data Source) and choose it again.</source>
        <translation>la capa “{0}” no se puede leer desde {1}: repare su fuente (Capa ▸ Cambiar fuente de datos) y elíjala de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/state.py" line="80"/>
        <source>the layer “{0}” now reads {1} instead of {2}: check it and choose it again.</source>
        <translation>la capa “{0}” ahora lee {1} en lugar de {2}: revísela y elíjala de nuevo.</translation>
    </message>
</context>
<context>
    <name>EvaluateZoneAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="103"/>
        <source>Catchment ring left out of the control (km; 0: none)</source>
        <translation>Anillo de influencia excluido del control (km; 0: ninguno)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="111"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="107"/>
        <source>Confidence level</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="219"/>
        <source>Could not write the chart {0}: choose a folder you can write to.</source>
        <translation>No se pudo escribir la gráfica {0}: elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="91"/>
        <source>Deaths field (empty: count events)</source>
        <translation>Campo de muertes (vacío: contar eventos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="114"/>
        <source>DiD estimate</source>
        <translation>Estimación DiD</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="83"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="89"/>
        <source>Event date field</source>
        <translation>Campo de fecha del evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="119"/>
        <source>First day of the months compared</source>
        <translation>Primer día de los meses comparados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="94"/>
        <source>From date (YYYY-MM-DD, empty: all)</source>
        <translation>Desde la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="120"/>
        <source>Last day of the months compared</source>
        <translation>Último día de los meses comparados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="114"/>
        <source>Lower bound</source>
        <translation>Límite inferior</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="109"/>
        <source>Monthly series</source>
        <translation>Serie mensual</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="114"/>
        <source>Months after</source>
        <translation>Meses después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="114"/>
        <source>Months before</source>
        <translation>Meses antes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="101"/>
        <source>Months before and after</source>
        <translation>Meses antes y después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="393"/>
        <source>No active zone with a start_date: set a zone&apos;s status to &apos;active&apos; and its start_date, or name the zone to evaluate.</source>
        <translation>No hay ninguna zona activa con start_date: ponga el estado de una zona en &apos;active&apos; y su start_date, o indique el nombre de la zona que se va a evaluar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="238"/>
        <source>No dated event falls in zone &apos;{0}&apos; or the rest of its region: check the date field and the layers&apos; CRS.</source>
        <translation>Ningún evento con fecha cae en la zona &apos;{0}&apos; ni en el resto de su región: revise el campo de fecha y el SRC de las capas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="236"/>
        <source>No dated event of the period falls in zone &apos;{0}&apos; or the rest of its region: widen &apos;From date&apos;/&apos;To date&apos;.</source>
        <translation>Ningún evento fechado del periodo cae en la zona &apos;{0}&apos; ni en el resto de su región: amplíe &apos;Desde la fecha&apos;/&apos;Hasta la fecha&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="390"/>
        <source>No zone has zone_id or name &apos;{0}&apos;: check the spelling in the zones layer.</source>
        <translation>Ninguna zona tiene zone_id ni nombre &apos;{0}&apos;: revise cómo está escrito en la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="111"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="98"/>
        <source>Regions (e.g. states)</source>
        <translation>Regiones (p. ej., estados)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="210"/>
        <source>The chart must be a .png or .svg file, not {0}: change the file name.</source>
        <translation>La gráfica debe ser un archivo .png o .svg, no {0}: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="228"/>
        <source>The date field &apos;{0}&apos; holds &apos;{1}&apos;, not a date (no event has a readable date): write the dates as YYYY-MM-DD or choose the field that holds the event dates.</source>
        <translation>El campo de fecha &apos;{0}&apos; contiene &apos;{1}&apos;, que no es una fecha (ningún evento tiene una fecha legible): escriba las fechas como AAAA-MM-DD o elija el campo con las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="232"/>
        <source>The date field &apos;{0}&apos; is empty (NULL) for every event: choose the field that holds the event dates.</source>
        <translation>El campo de fecha &apos;{0}&apos; está vacío (NULL) en todos los eventos: elija el campo con las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="255"/>
        <source>The events do not cover the months around {0}: choose events that span the start date.</source>
        <translation>Los eventos no cubren los meses alrededor de {0}: elija eventos que abarquen la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="144"/>
        <source>The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="142"/>
        <source>The {0} layer is empty: choose a layer with features.</source>
        <translation>La capa de {0} está vacía: elija una capa con objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="96"/>
        <source>To date (YYYY-MM-DD, empty: all)</source>
        <translation>Hasta la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="114"/>
        <source>Upper bound</source>
        <translation>Límite superior</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="118"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="87"/>
        <source>Violent events (points)</source>
        <translation>Eventos violentos (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="168"/>
        <source>Zone &apos;{0}&apos; covers its whole region, leaving nothing to compare with: choose larger regions.</source>
        <translation>La zona &apos;{0}&apos; cubre toda su región y no deja nada con qué compararla: elija regiones más grandes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="155"/>
        <source>Zone &apos;{0}&apos; has no area: redraw it.</source>
        <translation>La zona &apos;{0}&apos; no tiene área: vuelva a dibujarla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="150"/>
        <source>Zone &apos;{0}&apos; has no start_date: set the date enforcement began, then evaluate.</source>
        <translation>La zona &apos;{0}&apos; no tiene start_date: indique la fecha en que comenzó la intervención y luego evalúe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="164"/>
        <source>Zone &apos;{0}&apos; touches none of the regions: choose the regions (e.g. states) it lies in.</source>
        <translation>La zona &apos;{0}&apos; no toca ninguna de las regiones: elija las regiones (p. ej., estados) en las que se encuentra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="183"/>
        <source>Zone &apos;{0}&apos;: DiD = {1:.3f} per 1,000 km² per month ({2:.0%} CI {3:.3f} to {4:.3f}); {5} months before, {6} after. {7}</source>
        <translation>Zona &apos;{0}&apos;: DiD = {1:.3f} por 1000 km² por mes (IC del {2:.0%}: {3:.3f} a {4:.3f}); {5} meses antes, {6} después. {7}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="85"/>
        <source>Zone (zone_id or name; empty: the first active zone)</source>
        <translation>Zona (zone_id o nombre; vacío: la primera zona activa)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="282"/>
        <source>deaths per 1,000 km² per month</source>
        <translation>muertes por 1000 km² por mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="139"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="282"/>
        <source>events per 1,000 km² per month</source>
        <translation>eventos por 1000 km² por mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="139"/>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="282"/>
        <source>rest of region</source>
        <translation>resto de la región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="282"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="139"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="225"/>
        <source>{0} events without a readable date in &apos;{1}&apos; were left out.</source>
        <translation>Se excluyeron {0} eventos sin una fecha legible en &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="279"/>
        <source>{0}: DiD {1:+.2f} [{2:+.2f}, {3:+.2f}] — {4}</source>
        <translation>{0}: DiD {1:+.2f} [{2:+.2f}, {3:+.2f}] — {4}</translation>
    </message>
</context>
<context>
    <name>FieldPackAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="55"/>
        <source>Field pack</source>
        <translation>Paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="101"/>
        <source>Field pack written: {0} ({1} layers; open it with Project ▸ Open From ▸ GeoPackage)</source>
        <translation>Paquete de campo escrito: {0} ({1} capas; ábralo con Proyecto ▸ Abrir desde ▸ GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="55"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="49"/>
        <source>Include the briefing layout of the current project</source>
        <translation>Incluir la composición del informe del proyecto actual</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="87"/>
        <source>Including the briefing layout ({0} more layers)</source>
        <translation>Incluyendo la composición del informe ({0} capas más)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="57"/>
        <source>Layers packed</source>
        <translation>Capas empaquetadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="44"/>
        <source>Layers to pack</source>
        <translation>Capas que se empaquetan</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="52"/>
        <source>Map extent when the pack is opened (empty: the briefing&apos;s main map)</source>
        <translation>Extensión del mapa al abrir el paquete (vacío: el mapa principal del informe)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="69"/>
        <source>No layers were given: choose at least one layer to put in the field pack.</source>
        <translation>No se indicó ninguna capa: elija al menos una capa para incluir en el paquete de campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="58"/>
        <source>Project inside the pack</source>
        <translation>Proyecto dentro del paquete</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="46"/>
        <source>Project name inside the pack</source>
        <translation>Nombre del proyecto dentro del paquete</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="48"/>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="99"/>
        <source>The field pack could not be written ({0}): check the layer named and that the folder has free space.</source>
        <translation>No se pudo escribir el paquete de campo ({0}): revise la capa mencionada y que la carpeta tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="67"/>
        <source>The field pack {0} is not a GeoPackage: choose a file name ending in .gpkg.</source>
        <translation>El paquete de campo {0} no es un GeoPackage: elija un nombre de archivo que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="79"/>
        <source>The files behind these layers are gone (moved or deleted): {0}. Reload them from their new folder, or choose them again, before packing.</source>
        <translation>Los archivos de estas capas ya no están (se movieron o se borraron): {0}. Vuelva a cargarlos desde su nueva carpeta, o elíjalos de nuevo, antes de empaquetar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="71"/>
        <source>The project name {0!r} cannot be used inside a GeoPackage: use letters, digits and underscores.</source>
        <translation>El nombre de proyecto {0!r} no se puede usar dentro de un GeoPackage: use letras, dígitos y guiones bajos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="75"/>
        <source>These layers are not valid and cannot be packed: {0}. Fix or remove them.</source>
        <translation>Estas capas no son válidas y no se pueden empaquetar: {0}. Corríjalas o quítelas.</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="312"/>
        <source>A yearly field is empty for municipality {0}: fill it with 0 or drop that year.</source>
        <translation>Un campo anual está vacío para el municipio {0}: llénelo con 0 o quite ese año.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="105"/>
        <source>Binary (1)</source>
        <translation>Binarios (1)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="108"/>
        <source>Directed (one tail, esda&apos;s default)</source>
        <translation>Dirigido (una cola, el valor por omisión de esda)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>Distance band</source>
        <translation>Banda de distancia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="91"/>
        <source>Distance band (metres)</source>
        <translation>Banda de distancia (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="306"/>
        <source>Emerging hotspots need at least 3 yearly fields (found {0}): run Municipal indicators over 3 or more years (it writes hom_YYYY fields) or choose TIME_FIELDS.</source>
        <translation>Los puntos calientes emergentes necesitan al menos 3 campos anuales (se encontraron {0}): ejecute Indicadores municipales sobre 3 años o más (escribe los campos hom_YYYY) o elija TIME_FIELDS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="124"/>
        <source>Emerging hotspots over years</source>
        <translation>Puntos calientes emergentes a lo largo de los años</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="314"/>
        <source>Emerging hotspots over {0} years…</source>
        <translation>Puntos calientes emergentes en {0} años…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="99"/>
        <source>False Discovery Rate correction</source>
        <translation>Corrección de la tasa de falsos descubrimientos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="190"/>
        <source>Feature {0} is a {1}, not a polygon: the layer mixes geometry types; delete the non-polygon features or choose the polygon layer of municipalities.</source>
        <translation>El objeto {0} es un {1}, no un polígono: la capa mezcla tipos de geometría; borre los objetos que no son polígonos o elija la capa de polígonos de los municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="83"/>
        <source>Field to analyse (count or rate)</source>
        <translation>Campo que se analiza (conteo o tasa)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="108"/>
        <source>Folded (two-sided)</source>
        <translation>Plegado (bilateral)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="101"/>
        <source>Getis-Ord statistic</source>
        <translation>Estadístico de Getis-Ord</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="101"/>
        <source>Gi (neighbours only)</source>
        <translation>Gi (solo los vecinos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="101"/>
        <source>Gi* (the municipality counts among its neighbours)</source>
        <translation>Gi* (el municipio cuenta entre sus vecinos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="115"/>
        <source>Homicide count field (regions)</source>
        <translation>Campo de conteo de homicidios (regiones)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="121"/>
        <source>Hot spot confidence for regions</source>
        <translation>Confianza de los puntos calientes para las regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="130"/>
        <source>Hotspots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="290"/>
        <source>K = {0} must be smaller than the number of municipalities ({1}): lower K.</source>
        <translation>K = {0} debe ser menor que el número de municipios ({1}): reduzca K.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>K nearest neighbours</source>
        <translation>K vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="112"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="187"/>
        <source>Municipality {0} has an empty geometry: repair or delete that feature and run again.</source>
        <translation>El municipio {0} tiene una geometría vacía: repare o borre ese objeto y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="89"/>
        <source>Neighbours (k-nearest)</source>
        <translation>Vecinos (k más cercanos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="195"/>
        <source>No municipality has a neighbour with these weights: increase DISTANCE (metres) or choose contiguity or k-nearest weights.</source>
        <translation>Ningún municipio tiene vecinos con estos pesos: aumente DISTANCE (metros) o elija pesos de contigüidad o de k más cercanos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="180"/>
        <source>Only {0} municipalities have a value in &apos;{1}&apos;; local statistics need at least 3: fill the missing values or choose another field.</source>
        <translation>Solo {0} municipios tienen un valor en &apos;{1}&apos;; las estadísticas locales necesitan al menos 3: complete los valores faltantes o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="108"/>
        <source>Permutation p-value</source>
        <translation>Valor p por permutaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="93"/>
        <source>Permutations (0 = normal approximation)</source>
        <translation>Permutaciones (0 = aproximación normal)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="118"/>
        <source>Population field (regions)</source>
        <translation>Campo de población (regiones)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>Queen contiguity</source>
        <translation>Contigüidad de reina</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="97"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="164"/>
        <source>Reading {0} municipalities…</source>
        <translation>Leyendo {0} municipios…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>Rook contiguity</source>
        <translation>Contigüidad de torre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="105"/>
        <source>Row-standardised (1/k)</source>
        <translation>Estandarizados por filas (1/k)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="285"/>
        <source>Some municipalities could not be projected to EPSG:6372 metres: check the layer&apos;s CRS and geometries.</source>
        <translation>Algunos municipios no se pudieron proyectar a EPSG:6372 (metros): revise el SRC y las geometrías de la capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>Spatial weights</source>
        <translation>Pesos espaciales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="212"/>
        <source>The field &apos;{0}&apos; cannot be analysed ({1}): choose a field with varying, positive values.</source>
        <translation>No se puede analizar el campo &apos;{0}&apos; ({1}): elija un campo con valores positivos que varíen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="268"/>
        <source>The field &apos;{0}&apos; is empty (NULL) for every municipality: run Municipal indicators first or choose another field.</source>
        <translation>El campo &apos;{0}&apos; está vacío (NULL) en todos los municipios: ejecute primero Indicadores municipales o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="272"/>
        <source>The field &apos;{0}&apos; is negative for municipality {1}: counts and rates cannot be negative; correct the value.</source>
        <translation>El campo &apos;{0}&apos; es negativo en el municipio {1}: los conteos y las tasas no pueden ser negativos; corrija el valor.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="265"/>
        <source>The field &apos;{0}&apos; is not a number for municipality {1} ({2} such features): correct those values or choose another field.</source>
        <translation>El campo &apos;{0}&apos; no es un número en el municipio {1} ({2} objetos así): corrija esos valores o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="148"/>
        <source>The field &apos;{0}&apos; is not in the layer: choose one of its numeric fields.</source>
        <translation>El campo &apos;{0}&apos; no está en la capa: elija uno de sus campos numéricos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="159"/>
        <source>The layer has no coordinate reference system, so distances cannot be measured: set the layer&apos;s CRS (EPSG:4326 for INEGI files) and run again.</source>
        <translation>La capa no tiene sistema de referencia de coordenadas, así que no se pueden medir distancias: asigne el SRC de la capa (EPSG:4326 para archivos del INEGI) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="162"/>
        <source>The layer has {0} feature(s); local statistics need at least 3 municipalities: choose the full municipalities layer.</source>
        <translation>La capa tiene {0} objeto(s); las estadísticas locales necesitan al menos 3 municipios: elija la capa completa de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="142"/>
        <source>The municipalities layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de municipios: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="131"/>
        <source>Violent regions</source>
        <translation>Regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="105"/>
        <source>Weighting of neighbours</source>
        <translation>Ponderación de los vecinos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="126"/>
        <source>Yearly fields, oldest first (default: hom_YYYY)</source>
        <translation>Campos anuales, del más antiguo al más reciente (predeterminado: hom_AAAA)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="200"/>
        <source>binary</source>
        <translation>binarios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="200"/>
        <source>directed</source>
        <translation>dirigidos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="200"/>
        <source>folded</source>
        <translation>plegados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="200"/>
        <source>row-standardised</source>
        <translation>estandarizados por filas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="200"/>
        <source>{0} and Local Moran, {1} weights, {2} permutations (seed {3}), {4} p-values…</source>
        <translation>{0} y Moran local, pesos {1}, {2} permutaciones (semilla {3}), valores p {4}…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="223"/>
        <source>{0} hot-spot municipalities, {1} LISA clusters.</source>
        <translation>{0} municipios en puntos calientes, {1} conglomerados LISA.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="198"/>
        <source>{0} municipalities have no neighbour and get no statistics: {1}</source>
        <translation>{0} municipios no tienen vecinos y no reciben estadísticas: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="176"/>
        <source>{0} municipalities have no value in &apos;{1}&apos; and are left out of the analysis (no statistics): {2}</source>
        <translation>{0} municipios no tienen valor en &apos;{1}&apos; y quedan fuera del análisis (sin estadísticas): {2}</translation>
    </message>
</context>
<context>
    <name>HotspotsPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="38"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="49"/>
        <source>Benjamini-Hochberg correction: fewer, more reliable hot spots.</source>
        <translation>Corrección de Benjamini-Hochberg: menos puntos calientes, pero más fiables.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="49"/>
        <source>Control the False Discovery Rate</source>
        <translation>Controlar la tasa de falsos descubrimientos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="25"/>
        <source>Count, rate per 100,000 or Empirical Bayes smoothed rate (recommended for small municipalities).</source>
        <translation>Conteo, tasa por 100 000 o tasa suavizada por Bayes empírico (recomendada para municipios pequeños).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="38"/>
        <source>Distance band</source>
        <translation>Banda de distancia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="62"/>
        <source>Find hotspots and violent regions</source>
        <translation>Buscar puntos calientes y regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="91"/>
        <source>Hot municipalities (Gi*): {0} of {1}</source>
        <translation>Municipios calientes (Gi*): {0} de {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="21"/>
        <source>Municipal indicators</source>
        <translation>Indicadores municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="29"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="38"/>
        <source>Neighbours within this distance (distance band only).</source>
        <translation>Vecinos dentro de esta distancia (solo para banda de distancia).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="36"/>
        <source>Number of nearest neighbours (k nearest only).</source>
        <translation>Número de vecinos más cercanos (solo para k más cercanos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="41"/>
        <source>Permutations</source>
        <translation>Permutaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="21"/>
        <source>Polygon layer with the value to test (the indicators built in the Data step).</source>
        <translation>Capa de polígonos con el valor que se prueba (los indicadores construidos en el paso Datos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="29"/>
        <source>Queen contiguity</source>
        <translation>Contigüidad de reina</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="41"/>
        <source>Random permutations for the p-values ({0} is the usual choice; more is slower and steadier).</source>
        <translation>Permutaciones aleatorias para los valores p ({0} es lo habitual; más es más lento y más estable).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="46"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="29"/>
        <source>Rook contiguity</source>
        <translation>Contigüidad de torre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="46"/>
        <source>Same seed, same p-values: results can be reproduced.</source>
        <translation>Misma semilla, mismos valores p: los resultados se pueden reproducir.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="25"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="93"/>
        <source>Violent regions: {0}</source>
        <translation>Regiones violentas: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="29"/>
        <source>Which municipalities count as neighbours: sharing a border or corner (queen), a border (rook), the k nearest, or those within a distance.</source>
        <translation>Qué municipios cuentan como vecinos: los que comparten un límite o una esquina (reina), un límite (torre), los k más cercanos o los que están a cierta distancia.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="36"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="29"/>
        <source>k nearest</source>
        <translation>k más cercanos</translation>
    </message>
</context>
<context>
    <name>ImportAcledAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="307"/>
        <source>  row {0}: event &apos;{1}&apos; {2} — {3}</source>
        <translation>  fila {0}: evento &apos;{1}&apos; {2} — {3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="281"/>
        <source>ACLED CSV export</source>
        <translation>Exportación CSV de ACLED</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="282"/>
        <source>ACLED events</source>
        <translation>Eventos de ACLED</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="312"/>
        <source>Location precision (geo_precision): {0}.</source>
        <translation>Precisión de ubicación (geo_precision): {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="302"/>
        <source>Read {0} events (encoding {1}, separator {2!r}).</source>
        <translation>Se leyeron {0} eventos (codificación {1}, separador {2!r}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="301"/>
        <source>The ACLED file cannot be imported: {0}.</source>
        <translation>No se puede importar el archivo de ACLED: {0}.</translation>
    </message>
</context>
<context>
    <name>ImportHomicidesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="106"/>
        <source>Homicides CSV</source>
        <translation>CSV de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="109"/>
        <source>Homicides table</source>
        <translation>Tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="107"/>
        <source>SESNSP crime (subtype) to count</source>
        <translation>Delito del SESNSP (subtipo) que se cuenta</translation>
    </message>
</context>
<context>
    <name>ImportMunicipalitiesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="154"/>
        <source>Code field (default: CVEGEO, or CVE_ENT + CVE_MUN)</source>
        <translation>Campo de clave (predeterminado: CVEGEO, o CVE_ENT + CVE_MUN)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="222"/>
        <source>Feature {0} (municipality {1}) is a {2}, not a polygon: the layer mixes geometry types; delete the non-polygon features or choose the polygon layer of municipal boundaries.</source>
        <translation>El objeto {0} (municipio {1}) es un {2}, no un polígono: la capa mezcla tipos de geometría; borre los objetos que no son polígonos o elija la capa de polígonos de los límites municipales.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="211"/>
        <source>Feature {0}: code &apos;{1}&apos; ({2}) is not an INEGI municipal key; left out.</source>
        <translation>Objeto {0}: la clave &apos;{1}&apos; ({2}) no es una clave municipal del INEGI; se excluyó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="232"/>
        <source>Feature {0}: invalid geometry of {1} repaired.</source>
        <translation>Objeto {0}: se reparó la geometría no válida de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="217"/>
        <source>Feature {0}: municipality {1} ({2}) has no geometry; left out.</source>
        <translation>Objeto {0}: el municipio {1} ({2}) no tiene geometría; se excluyó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="226"/>
        <source>Features {0} and {1} both have the municipal code {2}: each municipality must appear once; dissolve or delete the duplicate and import again.</source>
        <translation>Los objetos {0} y {1} tienen ambos la clave municipal {2}: cada municipio debe aparecer una sola vez; disuelva o borre el duplicado e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="152"/>
        <source>Municipal boundaries</source>
        <translation>Límites municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="161"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="158"/>
        <source>Name field (default: NOMGEO)</source>
        <translation>Campo de nombre (predeterminado: NOMGEO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="237"/>
        <source>No feature has a usable geometry: {0} municipality feature(s) have an empty geometry; repair the layer (e.g. Fix geometries) or choose the layer of municipal boundaries.</source>
        <translation>Ningún objeto tiene una geometría utilizable: {0} objeto(s) de municipio tienen la geometría vacía; repare la capa (p. ej., con Corregir geometrías) o elija la capa de límites municipales.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="241"/>
        <source>No feature has a usable municipal code: choose the field that holds the CVEGEO codes in CODE_FIELD.</source>
        <translation>Ningún objeto tiene una clave municipal utilizable: elija en CODE_FIELD el campo que contiene las claves CVEGEO.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="174"/>
        <source>The boundary layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de límites: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="176"/>
        <source>The boundary layer has no coordinate reference system (CRS), so its municipalities cannot be placed: set the layer&apos;s CRS in Layer Properties ▸ Source (EPSG:4326 or EPSG:6372 for INEGI files) and import again.</source>
        <translation>La capa de límites no tiene sistema de referencia de coordenadas (SRC), así que sus municipios no se pueden ubicar: asigne el SRC de la capa en Propiedades de la capa ▸ Fuente (EPSG:4326 o EPSG:6372 para archivos del INEGI) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="187"/>
        <source>The layer has neither a CVEGEO field nor CVE_ENT and CVE_MUN: choose the field that holds the municipal code in CODE_FIELD.</source>
        <translation>La capa no tiene un campo CVEGEO ni los campos CVE_ENT y CVE_MUN: elija en CODE_FIELD el campo que contiene la clave municipal.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="259"/>
        <source>{0} municipalities imported, {1} left out.</source>
        <translation>{0} municipios importados, {1} excluidos.</translation>
    </message>
</context>
<context>
    <name>ImportPopulationAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="128"/>
        <source>Population CSV</source>
        <translation>CSV de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="129"/>
        <source>Population table</source>
        <translation>Tabla de población</translation>
    </message>
</context>
<context>
    <name>MunicipalIndicatorsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="296"/>
        <source>  row {0}: code &apos;{1}&apos; {2} — {3}</source>
        <translation>  fila {0}: clave &apos;{1}&apos; {2} — {3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="82"/>
        <source>End month</source>
        <translation>Mes final</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="80"/>
        <source>End year</source>
        <translation>Año final</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="204"/>
        <source>Feature {0} has &apos;{1}&apos; in {2}, which is not a 5-digit INEGI code: correct it or import the layer with &apos;Import municipalities&apos;.</source>
        <translation>El objeto {0} tiene &apos;{1}&apos; en {2}, que no es una clave INEGI de 5 dígitos: corríjala o importe la capa con &apos;Importar municipios&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="207"/>
        <source>Features {0} and {1} both have the code {2}: each municipality must appear once; dissolve or delete the duplicate.</source>
        <translation>Los objetos {0} y {1} tienen ambos la clave {2}: cada municipio debe aparecer una sola vez; disuelva o borre el duplicado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="85"/>
        <source>From date (every month from here to END; overrides the years and months)</source>
        <translation>Desde la fecha (cada mes desde aquí hasta END; sustituye a los años y meses)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="63"/>
        <source>Homicides CSV (INEGI or SESNSP)</source>
        <translation>CSV de homicidios (INEGI o SESNSP)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="60"/>
        <source>Municipal code field (CVEGEO)</source>
        <translation>Campo de clave municipal (CVEGEO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="91"/>
        <source>Municipal indicators</source>
        <translation>Indicadores municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="58"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="221"/>
        <source>No homicide table was given: choose a CSV in HOMICIDES or a table layer in HOMICIDES_LAYER.</source>
        <translation>No se indicó ninguna tabla de homicidios: elija un CSV en HOMICIDES o una capa de tabla en HOMICIDES_LAYER.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="270"/>
        <source>No population given: rates are left empty.</source>
        <translation>No se dio población: las tasas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="70"/>
        <source>Population CSV (census/CONAPO)</source>
        <translation>CSV de población (censo/CONAPO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="262"/>
        <source>Population from the homicide table&apos;s own population column.</source>
        <translation>Población tomada de la columna de población de la propia tabla de homicidios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="266"/>
        <source>Population from the layer field &apos;{0}&apos; (one year for the whole period).</source>
        <translation>Población tomada del campo &apos;{0}&apos; de la capa (un año para todo el periodo).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="259"/>
        <source>Population from the population table.</source>
        <translation>Población tomada de la tabla de población.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="68"/>
        <source>SESNSP crime (subtype) to count</source>
        <translation>Delito del SESNSP (subtipo) que se cuenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="81"/>
        <source>Start month</source>
        <translation>Mes inicial</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="79"/>
        <source>Start year</source>
        <translation>Año inicial</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="227"/>
        <source>The homicide table cannot be used: {0}.</source>
        <translation>No se puede usar la tabla de homicidios: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="120"/>
        <source>The municipalities layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de municipios: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="129"/>
        <source>The municipalities layer has no cvegeo field: choose its municipal code field in CODE_FIELD or import it with &apos;Import municipalities&apos;.</source>
        <translation>La capa de municipios no tiene campo cvegeo: elija su campo de clave municipal en CODE_FIELD o impórtela con &apos;Importar municipios&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="122"/>
        <source>The municipalities layer is empty (no features), so there is nothing to compute indicators for: choose the municipalities layer (e.g. the one written by &apos;Import municipalities&apos;) or clear the filter or selection that hides its features.</source>
        <translation>La capa de municipios está vacía (sin objetos), así que no hay nada para lo cual calcular indicadores: elija la capa de municipios (p. ej., la que escribe &apos;Importar municipios&apos;) o quite el filtro o la selección que oculta sus objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="135"/>
        <source>The period is not valid ({0}): correct START_YEAR/END_YEAR or START_MONTH/END_MONTH.</source>
        <translation>El periodo no es válido ({0}): corrija START_YEAR/END_YEAR o START_MONTH/END_MONTH.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="104"/>
        <source>The period {0} – {1} is not a pair of dates: write them as YYYY-MM-DD or DD/MM/YYYY (or YYYY-MM, YYYY).</source>
        <translation>El periodo {0} – {1} no es un par de fechas: escríbalas como AAAA-MM-DD o DD/MM/AAAA (o AAAA-MM, AAAA).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="256"/>
        <source>The population table cannot be used: {0}.</source>
        <translation>No se puede usar la tabla de población: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="88"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="89"/>
        <source>Violence surface (optional)</source>
        <translation>Superficie de violencia (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="285"/>
        <source>Violence surface summarised over {0} municipalities.</source>
        <translation>Superficie de violencia resumida en {0} municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="147"/>
        <source>homicide table</source>
        <translation>tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="258"/>
        <source>population table</source>
        <translation>tabla de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="160"/>
        <source>{0} municipalities have no population, so no rate: {1}</source>
        <translation>{0} municipios no tienen población, por lo que no tienen tasa: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="152"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="293"/>
        <source>{0}: {1} row(s) not joined to any municipality:</source>
        <translation>{0}: {1} fila(s) no unidas a ningún municipio:</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="65"/>
        <source>…or homicides table layer</source>
        <translation>…o capa con la tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="75"/>
        <source>…or population field of the layer</source>
        <translation>…o campo de población de la capa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="72"/>
        <source>…or population table layer</source>
        <translation>…o capa con la tabla de población</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="44"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="28"/>
        <source>Attribution of deaths</source>
        <translation>Atribución de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="33"/>
        <source>Below this share of a region&apos;s deaths no organisation is named: the region is targeted.</source>
        <translation>Por debajo de esta proporción de las muertes de una región no se nombra a ninguna organización: el objetivo es la región.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="44"/>
        <source>Corridor width</source>
        <translation>Ancho del corredor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="133"/>
        <source>Deaths</source>
        <translation>Muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="28"/>
        <source>Equal shares</source>
        <translation>Partes iguales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="28"/>
        <source>Full involvement</source>
        <translation>Participación plena</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="28"/>
        <source>Full involvement credits every party with all deaths of its events; equal shares splits them.</source>
        <translation>La participación plena atribuye a cada parte todas las muertes de sus eventos; las partes iguales las reparten.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="41"/>
        <source>How many of the top-ranked organisations get territories and corridors.</source>
        <translation>Cuántas de las organizaciones mejor clasificadas reciben territorios y corredores.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="133"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="41"/>
        <source>Organisations to trace</source>
        <translation>Organizaciones que se trazan</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="133"/>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="63"/>
        <source>Rank organisations and trace corridors</source>
        <translation>Clasificar organizaciones y trazar corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="133"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="33"/>
        <source>Share needed to name an organisation</source>
        <translation>Proporción necesaria para nombrar a una organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="37"/>
        <source>Share of an organisation&apos;s violence its territory must contain (smallest such area).</source>
        <translation>Proporción de la violencia de una organización que debe contener su territorio (el área más pequeña que lo cumpla).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="149"/>
        <source>Shares add to {0:.0f} %, not 100 %: with full involvement every organisation in an event is credited with all its deaths, so a death shared by two organisations counts for both. Choose equal shares for shares that add to 100 %.</source>
        <translation>Las proporciones suman {0:.0f} %, no 100 %: con participación plena, a cada organización de un evento se le atribuyen todas sus muertes, así que una muerte compartida por dos organizaciones cuenta para ambas. Elija partes iguales para que las proporciones sumen 100 %.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="153"/>
        <source>Shares of the deaths in {0}; they add to {1:.0f} %.</source>
        <translation>Proporciones de las muertes en {0}; suman {1:.0f} %.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="56"/>
        <source>Targeting cycle</source>
        <translation>Ciclo de focalización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="37"/>
        <source>Territory holds</source>
        <translation>El territorio contiene</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="44"/>
        <source>Width of the buffered corridor polygons.</source>
        <translation>Ancho de los polígonos de búfer de los corredores.</translation>
    </message>
</context>
<context>
    <name>PublicNoticeAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="193"/>
        <source>Date printed (YYYY-MM-DD; empty: the announcement date)</source>
        <translation>Fecha impresa (AAAA-MM-DD; vacío: la fecha del anuncio)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="195"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="197"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="197"/>
        <source>Public notice PDF</source>
        <translation>PDF del aviso público</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="223"/>
        <source>Public notice written: {0}</source>
        <translation>Aviso público escrito: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="191"/>
        <source>Target id (empty: the latest announced)</source>
        <translation>Id del objetivo (vacío: el último anunciado)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="207"/>
        <source>The notice file {0} is not a PDF: choose a file name ending in .pdf.</source>
        <translation>El archivo del aviso {0} no es un PDF: elija un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="189"/>
        <source>Zones GeoPackage (targets table)</source>
        <translation>GeoPackage de zonas (tabla de objetivos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="212"/>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>RankVdtosAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="118"/>
        <source>Bootstrap resamples for ties in a region (0: exact ties only)</source>
        <translation>Remuestreos bootstrap para empates en una región (0: solo empates exactos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="109"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="163"/>
        <source>No drug-trafficking organisation takes part in the chosen events: check the actor fields and the alias table (kinds other than dto are never ranked).</source>
        <translation>Ninguna organización del narcotráfico participa en los eventos elegidos: revise los campos de actores y la tabla de alias (los tipos distintos de dto nunca se clasifican).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="187"/>
        <source>Ranked {0} organisations; first: {1}.</source>
        <translation>Se clasificaron {0} organizaciones; primera: {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="122"/>
        <source>Ranking per violent region</source>
        <translation>Clasificación por región violenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="212"/>
        <source>Region {0} is region-targeted: the most violent organisation holds {1:.1%} of its {2:,.0f} deaths, below the {3:.0%} threshold ({4}).</source>
        <translation>La región {0} es objetivo como región: la organización más violenta tiene el {1:.1%} de sus {2:,.0f} muertes, por debajo del umbral del {3:.0%} ({4}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="216"/>
        <source>Region {0} is shared: {1} lead its {2:,.0f} deaths ({3}; the first holds {4:.1%}, at or above the {5:.0%} threshold, {6}); the tie is not broken (not by event count either): all are named.</source>
        <translation>La región {0} es compartida: {1} encabezan sus {2:,.0f} muertes ({3}; la primera tiene el {4:.1%}, igual o por encima del umbral del {5:.0%}, {6}); el empate no se rompe (tampoco por número de eventos): se nombra a todas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="222"/>
        <source>Region {0}: {1} holds {2:.1%} of its {3:,.0f} deaths, at or above the {4:.0%} threshold ({5}).</source>
        <translation>Región {0}: {1} tiene el {2:.1%} de sus {3:,.0f} muertes, igual o por encima del umbral del {4:.0%} ({5}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="115"/>
        <source>Share of a region&apos;s deaths an organisation needs to be named</source>
        <translation>Proporción de las muertes de una región que necesita una organización para ser nombrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="137"/>
        <source>The violent regions layer has no region_id field: use the regions written by vdto:hotspots or add a region_id field.</source>
        <translation>La capa de regiones violentas no tiene campo region_id: use las regiones que escribe vdto:hotspots o agregue un campo region_id.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="121"/>
        <source>VDTO ranking</source>
        <translation>Clasificación de VDTO</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="112"/>
        <source>Violent regions (polygons with region_id, from vdto:hotspots)</source>
        <translation>Regiones violentas (polígonos con region_id, de vdto:hotspots)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="186"/>
        <source>Violent regions were given but no per-region output was requested.</source>
        <translation>Se dieron regiones violentas, pero no se pidió la salida por región.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="206"/>
        <source>region (no organisation holds {0:.0%})</source>
        <translation>región (ninguna organización alcanza el {0:.0%})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="208"/>
        <source>shared: {0}</source>
        <translation>compartida: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="195"/>
        <source>tied: exactly the same attributed deaths</source>
        <translation>empate: exactamente las mismas muertes atribuidas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="195"/>
        <source>tied: the leader&apos;s margin over them has a 95% bootstrap interval ({0} resamples of the region&apos;s events, seeded) that reaches zero</source>
        <translation>empate: el margen de la primera sobre ellas tiene un intervalo bootstrap del 95 % ({0} remuestreos de los eventos de la región, con semilla) que llega a cero</translation>
    </message>
</context>
<context>
    <name>RankingHistoryAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="172"/>
        <source> — tied within the bootstrap interval with {0}</source>
        <translation> — empatada dentro del intervalo bootstrap con {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="112"/>
        <source>Bootstrap replicates (0: none)</source>
        <translation>Réplicas bootstrap (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="106"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="109"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="151"/>
        <source>No drug-trafficking organisation takes part in the chosen events: check the actor fields and the alias table (kinds other than dto are never ranked).</source>
        <translation>Ninguna organización del narcotráfico participa en los eventos elegidos: revise los campos de actores y la tabla de alias (los tipos distintos de dto nunca se clasifican).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="137"/>
        <source>No event has a readable date: choose the field that holds the event dates in &apos;Date field&apos;.</source>
        <translation>Ningún evento tiene una fecha legible: elija en &apos;Campo de fecha&apos; el campo que contiene las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="109"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="119"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="109"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="115"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="117"/>
        <source>Ranking over time</source>
        <translation>Clasificación a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="128"/>
        <source>The events layer has no date field: choose the field that holds the event dates in &apos;Date field&apos; (a ranking over time needs dates).</source>
        <translation>La capa de eventos no tiene campo de fecha: elija en &apos;Campo de fecha&apos; el campo que contiene las fechas de los eventos (una clasificación a lo largo del tiempo necesita fechas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="109"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="133"/>
        <source>{0} events have no readable date and were left out of the history.</source>
        <translation>{0} eventos no tienen una fecha legible y se excluyeron del historial.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="174"/>
        <source>{0} periods; most violent in {1}: {2}{3}.</source>
        <translation>{0} periodos; la más violenta en {1}: {2}{3}.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="260"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="445"/>
        <source>Cancelled: no partial result was kept.</source>
        <translation>Cancelado: no se conservó ningún resultado parcial.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="420"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="434"/>
        <source>Done in {0:.1f} s.</source>
        <translation>Hecho en {0:.1f} s.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="448"/>
        <source>Failed: {0}</source>
        <translation>Falló: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="289"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="316"/>
        <source>Not available in this version: {0}</source>
        <translation>No disponible en esta versión: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="272"/>
        <source>Progress of the running step (also shown in QGIS&apos;s task manager).</source>
        <translation>Progreso del paso en curso (también se muestra en el administrador de tareas de QGIS).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="302"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="305"/>
        <source>Run this step as a background task; its previous results are replaced.</source>
        <translation>Ejecuta este paso como tarea en segundo plano; sus resultados anteriores se reemplazan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="353"/>
        <source>Running {0}…</source>
        <translation>Ejecutando {0}…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="262"/>
        <source>Stop the running step; nothing half-written is kept.</source>
        <translation>Detiene el paso en curso; no se conserva nada escrito a medias.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="357"/>
        <source>VDTO Targeting: {0}</source>
        <translation>VDTO Targeting: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="350"/>
        <source>Waiting for you: {0}</source>
        <translation>Pendiente: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="157"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="409"/>
        <source>choose “{0}”</source>
        <translation>elija “{0}”</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="447"/>
        <source>see the log for details</source>
        <translation>consulte el registro para más detalles</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="493"/>
        <source>{0} features</source>
        <translation>{0} objetos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="494"/>
        <source>{0} × {1} cells</source>
        <translation>{0} × {1} celdas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="156"/>
        <source>… and {0} more in the log</source>
        <translation>… y {0} más en el registro</translation>
    </message>
</context>
<context>
    <name>SurfacePage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="46"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="53"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>At a point on the surface</source>
        <translation>En un punto sobre la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="82"/>
        <source>Bin the events once and redraw a 1 km preview on every radius change (well under a second for 100,000 events).</source>
        <translation>Agrupa los eventos una sola vez y redibuja una vista previa de 1 km con cada cambio de radio (muy por debajo de un segundo para 100 000 eventos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="53"/>
        <source>Cell size of the surface in metres (1000 = 1 km).</source>
        <translation>Tamaño de celda de la superficie en metros (1000 = 1 km).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="111"/>
        <source>Compute the surface</source>
        <translation>Calcular la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="32"/>
        <source>Count field</source>
        <translation>Campo de conteo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="59"/>
        <source>Density (per km²)</source>
        <translation>Densidad (por km²)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="59"/>
        <source>Density: events (or deaths) per km², integrates to the total. Raw: as QGIS&apos;s heatmap.</source>
        <translation>Densidad: eventos (o muertes) por km²; suma el total. Bruto: como el mapa de calor de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="27"/>
        <source>Empty: the analysis&apos;s events (weighted by its deaths field, within its period) are smoothed. Choose a polygon layer with a count field to smooth municipal counts instead.</source>
        <translation>Vacío: se suavizan los eventos del análisis (ponderados por su campo de muertes, dentro de su periodo). Elija una capa de polígonos con un campo de conteo para suavizar en su lugar conteos municipales.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="99"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="69"/>
        <source>Events known only to a municipality or a state (UCDP where_prec 3–4, ACLED geo_precision 2–3) are spread over it, using the analysis&apos;s municipalities. Spread those known only to a state over their state (default) or leave them out of the map.</source>
        <translation>Los eventos conocidos solo a nivel municipio o estado (where_prec 3–4 de UCDP, geo_precision 2–3 de ACLED) se reparten sobre él, usando los municipios del análisis. Reparta los conocidos solo a nivel estado sobre su estado (por omisión) o exclúyalos del mapa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="69"/>
        <source>Events known only to a state</source>
        <translation>Eventos conocidos solo a nivel estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>For municipalities: spread each count over its polygon (recommended) or put it at one point.</source>
        <translation>Para municipios: reparte cada conteo sobre su polígono (recomendado) o lo pone en un punto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="99"/>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="32"/>
        <source>Homicides or another count per municipality (only for municipal counts).</source>
        <translation>Homicidios u otro conteo por municipio (solo para conteos municipales).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="46"/>
        <source>Kernel radius in kilometres (0 = automatic bandwidth, reported in the log).</source>
        <translation>Radio del núcleo en kilómetros (0 = ancho de banda automático, informado en el registro).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="42"/>
        <source>Kernel radius in kilometres: drag to preview the surface live. Larger shows regions, smaller shows towns.</source>
        <translation>Radio del núcleo en kilómetros: arrastre para ver la superficie en vivo. Más grande muestra regiones; más pequeño, localidades.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Kernel shape</source>
        <translation>Forma del núcleo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="69"/>
        <source>Leave out of the map</source>
        <translation>Excluir del mapa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="82"/>
        <source>Live preview while dragging the radius</source>
        <translation>Vista previa en vivo al arrastrar el radio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="76"/>
        <source>Mask (optional)</source>
        <translation>Máscara (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="27"/>
        <source>Municipal counts instead</source>
        <translation>Usar conteos municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="59"/>
        <source>Output values</source>
        <translation>Valores de salida</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="53"/>
        <source>Pixel size</source>
        <translation>Tamaño de píxel</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>Polygon counts</source>
        <translation>Conteos por polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="76"/>
        <source>Polygon outline (e.g. Mexico): density that would fall outside is put back inside.</source>
        <translation>Contorno poligonal (p. ej., México): la densidad que caería fuera se devuelve al interior.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="190"/>
        <source>Preview: {0:g} km radius, {1:,} events of {2}, redrawn in {3:.2f} s.</source>
        <translation>Vista previa: radio de {0:g} km, {1:,} eventos de {2}, redibujada en {3:.2f} s.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="187"/>
        <source>Preview: {0:g} km radius, {1:,} municipalities, redrawn in {2:.2f} s.</source>
        <translation>Vista previa: radio de {0:g} km, {1:,} municipios, redibujada en {2:.2f} s.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="98"/>
        <source>Quartic</source>
        <translation>Cuártico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Quartic is QGIS&apos;s default; Gaussian has no hard edge.</source>
        <translation>Cuártico es el predeterminado de QGIS; el gaussiano no tiene borde duro.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="42"/>
        <source>Radius (km)</source>
        <translation>Radio (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="46"/>
        <source>Radius (km, exact)</source>
        <translation>Radio (km, exacto)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="59"/>
        <source>Raw (as QGIS&apos;s heatmap)</source>
        <translation>Bruto (como el mapa de calor de QGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="80"/>
        <source>Selected features only</source>
        <translation>Solo objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>Spread over the polygon</source>
        <translation>Repartir sobre el polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="69"/>
        <source>Spread over their state</source>
        <translation>Repartir sobre su estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="98"/>
        <source>Triangular</source>
        <translation>Triangular</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="98"/>
        <source>Triweight</source>
        <translation>Tripeso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="98"/>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="80"/>
        <source>Use only the features selected in the input layer.</source>
        <translation>Usa solo los objetos seleccionados en la capa de entrada.</translation>
    </message>
</context>
<context>
    <name>TargetPackageAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="201"/>
        <source>, {0} link</source>
        <translation>, vínculo {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="90"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="84"/>
        <source>Contested areas (vdto:contestedareas; optional)</source>
        <translation>Áreas en disputa (vdto:contestedareas; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="82"/>
        <source>Corridors (vdto:corridors; optional)</source>
        <translation>Corredores (vdto:corridors; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="80"/>
        <source>Ranking per violent region (optional)</source>
        <translation>Clasificación por región violenta (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="89"/>
        <source>Target package</source>
        <translation>Paquete de objetivos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="90"/>
        <source>Target package (CSV)</source>
        <translation>Paquete de objetivos (CSV)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="150"/>
        <source>The CSV {0} could not be written ({1}): choose a folder you can write to and a file that is not open in another program.</source>
        <translation>No se pudo escribir el CSV {0} ({1}): elija una carpeta con permiso de escritura y un archivo que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="101"/>
        <source>The ranking table is empty: run vdto:rankvdtos on events with organisations first.</source>
        <translation>La tabla de clasificación está vacía: ejecute primero vdto:rankvdtos sobre eventos con organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="221"/>
        <source>The tables cover different periods ({0}): run vdto:rankvdtos and vdto:corridors with the same From/To dates.</source>
        <translation>Las tablas cubren periodos distintos ({0}): ejecute vdto:rankvdtos y vdto:corridors con las mismas fechas Desde/Hasta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="87"/>
        <source>Top organisations (0: all)</source>
        <translation>Organizaciones principales (0: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="78"/>
        <source>VDTO ranking (vdto:rankvdtos)</source>
        <translation>Clasificación de VDTO (vdto:rankvdtos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="164"/>
        <source>contested areas layer</source>
        <translation>capa de áreas en disputa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="172"/>
        <source>contested with {0}</source>
        <translation>en disputa con {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="131"/>
        <source>corridors</source>
        <translation>corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="107"/>
        <source>corridors layer</source>
        <translation>capa de corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="189"/>
        <source>no corridor ({0})</source>
        <translation>sin corredor ({0})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="122"/>
        <source>no corridor: the organisation is not in the corridors layer (no territory for it)</source>
        <translation>sin corredor: la organización no está en la capa de corredores (no tiene territorio)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="189"/>
        <source>no evidence</source>
        <translation>sin evidencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="131"/>
        <source>per-region ranking</source>
        <translation>clasificación por región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="201"/>
        <source>port {0} ({1}){2}</source>
        <translation>puerto {0} ({1}){2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="131"/>
        <source>ranking</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="98"/>
        <source>ranking table</source>
        <translation>tabla de clasificación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="186"/>
        <source>region {0}</source>
        <translation>región {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="229"/>
        <source>region {0} (region-targeted)</source>
        <translation>región {0} (objetivo como región)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="184"/>
        <source>region {0} (shared with {1})</source>
        <translation>región {0} (compartida con {1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="103"/>
        <source>use the OUTPUT_REGIONS table of vdto:rankvdtos.</source>
        <translation>use la tabla OUTPUT_REGIONS de vdto:rankvdtos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="165"/>
        <source>use the layer written by vdto:contestedareas.</source>
        <translation>use la capa que escribe vdto:contestedareas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="107"/>
        <source>use the layer written by vdto:corridors.</source>
        <translation>use la capa escrita por vdto:corridors.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="98"/>
        <source>use the table written by vdto:rankvdtos.</source>
        <translation>use la tabla escrita por vdto:rankvdtos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="206"/>
        <source>{0} (FIPS {1})</source>
        <translation>{0} (FIPS {1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="170"/>
        <source>{0} ({1:,.0f} deaths in the overlap)</source>
        <translation>{0} ({1:,.0f} muertes en la superposición)</translation>
    </message>
</context>
<context>
    <name>TerritoriesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="300"/>
        <source>A {0} m cell gives {1:,} cells over the study area, more than the {2:,} this tool handles: raise &apos;Cell size&apos;.</source>
        <translation>Una celda de {0} m da {1:,} celdas sobre el área de estudio, más de las {2:,} que maneja esta herramienta: aumente el &apos;Tamaño de celda&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="156"/>
        <source>Attributed deaths</source>
        <translation>Muertes atribuidas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="150"/>
        <source>Cell size (metres)</source>
        <translation>Tamaño de celda (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="163"/>
        <source>Contest margin (second within this fraction of the first: contested)</source>
        <translation>Margen de disputa (segunda dentro de esta fracción de la primera: disputada)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="176"/>
        <source>Contested areas</source>
        <translation>Áreas en disputa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="141"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="210"/>
        <source>Every chosen organisation has fewer than {0} events, too few to draw a territory: lower &apos;Minimum events&apos;, widen the period or raise the number of organisations.</source>
        <translation>Todas las organizaciones elegidas tienen menos de {0} eventos, muy pocos para trazar un territorio: reduzca el &apos;Mínimo de eventos&apos;, amplíe el periodo o aumente el número de organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="153"/>
        <source>Kernel radius (metres)</source>
        <translation>Radio del núcleo (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="386"/>
        <source>Location precision: {0} events ({1:,.0f} deaths) as points; {2} ({3:,.0f}) spread over their municipality; {4} ({5:,.0f}) spread over their state; {6} ({7:,.0f}) out of maps (region or country only); {8} ({9:,.0f}) known only to a municipality or state left out (no municipalities layer or no matching polygon).</source>
        <translation>Precisión de ubicación: {0} eventos ({1:,.0f} muertes) como puntos; {2} ({3:,.0f}) repartidos sobre su municipio; {4} ({5:,.0f}) repartidos sobre su estado; {6} ({7:,.0f}) fuera de mapas (solo región o país); {8} ({9:,.0f}) conocidos solo a nivel municipio o estado y excluidos (sin capa de municipios o sin polígono que coincida).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="166"/>
        <source>Minimum area of a part (km²)</source>
        <translation>Superficie mínima de una parte (km²)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="160"/>
        <source>Minimum events for a territory</source>
        <translation>Mínimo de eventos para un territorio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="169"/>
        <source>Minimum share of the organisation&apos;s violence in a part</source>
        <translation>Proporción mínima de la violencia de la organización en una parte</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="172"/>
        <source>Municipalities: the study area (field cvegeo; recommended)</source>
        <translation>Municipios: el área de estudio (campo cvegeo; recomendado)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="201"/>
        <source>No drug-trafficking organisation takes part in the chosen events: check the actor fields and the alias table.</source>
        <translation>Ninguna organización del narcotráfico participa en los eventos elegidos: revise los campos de actores y la tabla de alias.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="289"/>
        <source>No located events with attributed violence, no territory: {0}.</source>
        <translation>Sin eventos ubicados con violencia atribuida, sin territorio: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="225"/>
        <source>No municipalities given: the territories are not clipped to the study area (they may cross the coast or the border). Give the municipalities layer.</source>
        <translation>No se indicaron municipios: los territorios no se recortan al área de estudio (pueden cruzar la costa o la frontera). Indique la capa de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="307"/>
        <source>No territory: every event of {0} is out of maps (known only to a region or the country, or to a state left out of maps, or to a municipality or state without a matching polygon).</source>
        <translation>Sin territorio: todos los eventos de {0} quedan fuera de mapas (conocidos solo a nivel región o país, o a nivel estado excluido de los mapas, o a nivel municipio o estado sin un polígono que coincida).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="145"/>
        <source>Number of top organisations</source>
        <translation>Número de organizaciones principales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="156"/>
        <source>One per event</source>
        <translation>Uno por evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="147"/>
        <source>Share of its violence an organisation&apos;s core area holds</source>
        <translation>Proporción de su violencia que reúne el área núcleo de una organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="206"/>
        <source>Skipped (fewer than {0} events, too few for a territory): {1}.</source>
        <translation>Omitidas (menos de {0} eventos, demasiado pocos para un territorio): {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="221"/>
        <source>Study area: {0} municipalities (territories are clipped to them).</source>
        <translation>Área de estudio: {0} municipios (los territorios se recortan a ellos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="175"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="360"/>
        <source>The municipalities have no 5-digit CVEGEO codes: events known only to a state cannot be spread over it and are left out.</source>
        <translation>Los municipios no tienen claves CVEGEO de 5 dígitos: los eventos conocidos solo a nivel estado no se pueden repartir sobre él y se excluyen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="217"/>
        <source>The municipalities layer holds no polygon: give the municipal boundaries (study area) or leave the parameter empty.</source>
        <translation>La capa de municipios no contiene ningún polígono: indique los límites municipales (área de estudio) o deje vacío el parámetro.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="156"/>
        <source>Weight of each event</source>
        <translation>Peso de cada evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>attributed deaths</source>
        <translation>muertes atribuidas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>contested</source>
        <translation>en disputa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>held</source>
        <translation>controlado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>municipalities (land)</source>
        <translation>municipios (tierra)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="413"/>
        <source>not clipped</source>
        <translation>sin recortar</translation>
    </message>
</context>
<context>
    <name>VdtoAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="13"/>
        <source>1 · Data</source>
        <translation>1 · Datos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="14"/>
        <source>2 · Violence surface</source>
        <translation>2 · Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="15"/>
        <source>3 · Hotspots and violent regions</source>
        <translation>3 · Puntos calientes y regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="16"/>
        <source>4 · Organisations and corridors</source>
        <translation>4 · Organizaciones y corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="17"/>
        <source>5 · Enforcement zones</source>
        <translation>5 · Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/base.py" line="18"/>
        <source>6 · Briefing</source>
        <translation>6 · Informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="175"/>
        <source>A period was given but the events layer has no date field: choose it in &apos;Date field&apos; or leave the dates empty.</source>
        <translation>Se indicó un periodo, pero la capa de eventos no tiene campo de fecha: elíjalo en &apos;Campo de fecha&apos; o deje las fechas vacías.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="95"/>
        <source>A period was given but the events layer has no date field: choose the field that holds each event&apos;s date, or clear the period.</source>
        <translation>Se indicó un periodo, pero la capa de eventos no tiene campo de fecha: elija el campo con la fecha de cada evento, o borre el periodo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="106"/>
        <source>Add circular zone around a point</source>
        <translation>Añadir una zona circular alrededor de un punto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="137"/>
        <source>Add zone from features (municipalities, region or corridor)</source>
        <translation>Añadir una zona a partir de objetos (municipios, región o corredor)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="107"/>
        <source>Adds a circular enforcement zone of the given radius (km) around a point, e.g. a plaza or a municipal seat. The circle is built in INEGI Lambert (EPSG:6372) so its radius is true on the ground.</source>
        <translation>Añade una zona de intervención circular del radio dado (km) alrededor de un punto, p. ej., una plaza o una cabecera municipal. El círculo se construye en la Lambert del INEGI (EPSG:6372) para que su radio sea real sobre el terreno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="138"/>
        <source>Adds one enforcement zone made of the input features dissolved together: selected municipalities, a violent region, or a corridor line (give a buffer in km — a line has no area). Use &apos;Selected features only&apos; to take the municipalities selected on the map.</source>
        <translation>Añade una zona de intervención formada por los objetos de entrada disueltos: municipios seleccionados, una región violenta o la línea de un corredor (indique un búfer en km: una línea no tiene área). Use &apos;Solo objetos seleccionados&apos; para tomar los municipios seleccionados en el mapa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="776"/>
        <source>An automatic radius needs at least two events at different places with positive weight: give RADIUS in metres (e.g. 20000).</source>
        <translation>El radio automático necesita al menos dos eventos en lugares distintos con peso positivo: indique RADIUS en metros (p. ej., 20000).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="290"/>
        <source>Announcement effect (interrupted time series)</source>
        <translation>Efecto del anuncio (serie de tiempo interrumpida)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="85"/>
        <source>Attributes each event&apos;s deaths to the organisations involved (names merged through the alias table; coalitions split; civilians are victims; state forces and non-DTO armed groups are parties but never ranked) under full involvement or equal shares, and ranks organisations by attributed deaths. The ranking records deaths, events, share of all deaths in the period, yearly trend, municipalities active, main rivals and the criterion sentence. With violent regions (vdto:hotspots, field region_id) it ranks within each region and marks the region &apos;region-targeted&apos; when no organisation holds the threshold share of its deaths. Organisations tied on a region&apos;s attributed deaths share the rank and the region (target &apos;shared: A; B&apos;, fields shared and tied_with): a tie is never broken by event count. With bootstrap resamples (default 1,000; 0 for exact ties only) the organisations whose deficit against the first has a 95% bootstrap interval reaching zero share the lead too (the region&apos;s events resampled, seeded: the same inputs give the same ties). Names missing from the alias table are held as &apos;unidentified, for review&apos;: listed in the log and in UNKNOWN_NAMES, never ranked, unless ACCEPT_UNKNOWN is ticked, which ranks them under their own spelling. Civilians, state forces and unidentified actors are never ranked. Dates (event dates, From/To) follow one grammar: ISO 2020-04-03, Mexican day-first 03/04/2020 (3 April), a month 2020-04, a year 2020; a text year column works as a year.</source>
        <translation>Atribuye las muertes de cada evento a las organizaciones que participan (nombres unificados mediante la tabla de alias; las coaliciones se reparten; los civiles son víctimas; las fuerzas del Estado y los grupos armados que no son DTO son partes, pero nunca se clasifican) con participación plena o partes iguales, y clasifica a las organizaciones por muertes atribuidas. La clasificación registra muertes, eventos, proporción de todas las muertes del periodo, tendencia anual, municipios con actividad, principales rivales y la frase del criterio. Con regiones violentas (vdto:hotspots, campo region_id) clasifica dentro de cada región y marca la región como &apos;region-targeted&apos; (objetivo como región) cuando ninguna organización alcanza la proporción umbral de sus muertes. Las organizaciones empatadas en muertes atribuidas de una región comparten el lugar y la región (objetivo &apos;shared: A; B&apos;, campos shared y tied_with): un empate nunca se rompe por número de eventos. Con remuestreos bootstrap (por omisión 1,000; 0 solo para empates exactos) también comparten el primer lugar las organizaciones cuyo déficit frente a la primera tiene un intervalo bootstrap del 95 % que llega a cero (se remuestrean los eventos de la región, con semilla: las mismas entradas dan los mismos empates). Los nombres que faltan en la tabla de alias se mantienen como &apos;no identificados, para revisión&apos;: se listan en el registro y en UNKNOWN_NAMES y nunca se clasifican, salvo que se marque ACCEPT_UNKNOWN, que los clasifica con su propia grafía. Los civiles, las fuerzas del Estado y los actores no identificados nunca se clasifican. Las fechas (fechas de los eventos, Desde/Hasta) siguen una sola gramática: ISO 2020-04-03, día primero a la mexicana 03/04/2020 (3 de abril), un mes 2020-04, un año 2020; una columna de año en texto funciona como año.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="40"/>
        <source>Briefing map and figures (PDF)</source>
        <translation>Mapa y cifras del informe (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="42"/>
        <source>Builds the briefing print layout — title, main map over the offline basemap, locator, legend, scale bar in km, north arrow, date, analyst, period, sources with attributions and the handling marking; a second page with the VDTO ranking, the target package and the zones with PAI and the concentration curve; then one page per enforcement zone — and exports it to PDF (vector) and PNG pages. Missing figures (no ranking or zone statistics given) are computed provisionally from the events and said so on the page. The briefing language is chosen here, independently of QGIS&apos;s interface language. The period printed is the one the outputs record (period_start/period_end, written by every algorithm that reads events); outputs of different periods are refused, naming each, and the sources line states each source&apos;s coverage of that period (years present and missing, how precisely events are located).</source>
        <translation>Construye la composición de impresión del informe —título, mapa principal sobre el mapa base sin conexión, mapa de ubicación, leyenda, barra de escala en km, flecha del norte, fecha, analista, periodo, fuentes con atribuciones y la marca de manejo; una segunda página con la clasificación de VDTO, el paquete de objetivos y las zonas con PAI y la curva de concentración; luego una página por zona de intervención— y la exporta a PDF (vectorial) y a páginas PNG. Las cifras que faltan (sin clasificación ni estadísticas de zonas) se calculan provisionalmente a partir de los eventos y así se indica en la página. El idioma del informe se elige aquí, independientemente del idioma de la interfaz de QGIS. El periodo impreso es el que registran las salidas (period_start/period_end, que escribe todo algoritmo que lee eventos); se rechazan salidas de periodos distintos, nombrando cada una, y la línea de fuentes indica la cobertura de ese periodo de cada fuente (años presentes y faltantes, con qué precisión se ubican los eventos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="111"/>
        <source>Check in a field pack to the workspace</source>
        <translation>Devolver un paquete de campo al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="76"/>
        <source>Check out a field pack from the workspace</source>
        <translation>Sacar un paquete de campo del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="51"/>
        <source>Compares monthly violence inside an active zone before and after its start_date with the rest of its region (the REGION features the zone touches, minus every zone and every zone&apos;s catchment ring of CATCHMENT_KM — the control of vdto:displacement, so violence pushed next door does not read as success): DiD = (zone after − zone before) − (region after − region before), in events (or deaths) per 1,000 km² per month, with a Welch confidence interval. With fewer than 6 months on either side the verdict is &apos;too few months&apos;. Saves the monthly series and a chart (PNG or SVG). START and END (YYYY-MM-DD, days included, as in vdto:rankvdtos) limit the events to the analysis period; only whole months inside it are compared, and the series records the period in period_start and period_end. Location precision: UCDP where_prec 1–2 and ACLED geo_precision 1 are points; UCDP 3 / ACLED 2 (known to a municipality) are spread over their municipality; UCDP 4 / ACLED 3 (known to a state) over their state (or left out, STATE_EVENTS); UCDP 5 and coarser stay out of maps and zones. The precision field is found by name (or PRECISION_FIELD); a layer without one is taken as precise. Spread events need MUNICIPALITIES (a CVEGEO field; states are the municipalities dissolved by the state code) — without it they are left out, and the log says so with the counts. Spread events are shared between the zone and the rest of the region by the area of their municipality or state each covers.</source>
        <translation>Compara la violencia mensual dentro de una zona activa antes y después de su start_date con el resto de su región (los objetos de REGION que toca la zona, menos todas las zonas y el anillo de influencia de CATCHMENT_KM de cada zona, que es el control de vdto:displacement, para que la violencia empujada al lado no se lea como éxito): DiD = (zona después − zona antes) − (región después − región antes), en eventos (o muertes) por 1,000 km² por mes, con un intervalo de confianza de Welch. Con menos de 6 meses de algún lado, el veredicto es &apos;muy pocos meses&apos;. Guarda la serie mensual y una gráfica (PNG o SVG). START y END (AAAA-MM-DD, días incluidos, como en vdto:rankvdtos) limitan los eventos al periodo de análisis; solo se comparan los meses completos dentro de él, y la serie registra el periodo en period_start y period_end. Precisión de ubicación: where_prec 1–2 de UCDP y geo_precision 1 de ACLED son puntos; UCDP 3 / ACLED 2 (conocidos a nivel municipio) se reparten sobre su municipio; UCDP 4 / ACLED 3 (conocidos a nivel estado), sobre su estado (o se excluyen, STATE_EVENTS); UCDP 5 y niveles más gruesos quedan fuera de mapas y zonas. El campo de precisión se busca por nombre (o PRECISION_FIELD); una capa sin él se toma como precisa. Los eventos repartidos necesitan MUNICIPALITIES (un campo CVEGEO; los estados son los municipios disueltos por la clave de estado); sin ella se excluyen y el registro lo indica con los conteos. Los eventos repartidos se dividen entre la zona y el resto de la región según la superficie de su municipio o estado que cubre cada una.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="742"/>
        <source>Contested areas (overlapping territories)</source>
        <translation>Áreas en disputa (territorios superpuestos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="46"/>
        <source>Create team workspace (PostGIS)</source>
        <translation>Crear espacio de trabajo del equipo (PostGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="73"/>
        <source>Create zones GeoPackage</source>
        <translation>Crear GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="47"/>
        <source>Creates a shared workspace in a PostgreSQL + PostGIS database: zones and targets tables with the same fields as the zones GeoPackage plus version (incremented by the server on every update) and updated_by; a history table filled by the server&apos;s triggers (who, when, operation, the row before and after — deletions included; it refuses updates and deletes); a conflicts table for check-ins; the group roles vdto_editor (read and write) and vdto_reader (read only, for a partner agency) with their grants. Running it again changes nothing. DATABASE is a libpq URI (postgresql://user@host:5432/database; password in the URI or ~/.pgpass) or the name of a QGIS PostgreSQL connection (Browser ▸ PostgreSQL); SCHEMA is the workspace&apos;s schema (default vdto).</source>
        <translation>Crea un espacio de trabajo compartido en una base de datos PostgreSQL + PostGIS: tablas de zonas y objetivos con los mismos campos que el GeoPackage de zonas más version (que el servidor incrementa en cada actualización) y updated_by; una tabla de historial que llenan los disparadores del servidor (quién, cuándo, operación, la fila antes y después, incluidas las eliminaciones; rechaza actualizaciones y borrados); una tabla de conflictos para las devoluciones; los roles de grupo vdto_editor (lectura y escritura) y vdto_reader (solo lectura, para una agencia asociada) con sus permisos. Ejecutarlo de nuevo no cambia nada. DATABASE es una URI de libpq (postgresql://user@host:5432/database; contraseña en la URI o en ~/.pgpass) o el nombre de una conexión PostgreSQL de QGIS (Navegador ▸ PostgreSQL); SCHEMA es el esquema del espacio de trabajo (por omisión vdto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="75"/>
        <source>Creates the enforcement-zones GeoPackage with its fixed schema (zone_id, name, target, basis, priority, status, start_date, end_date, notes, created_at, updated_at) and form, and beside it the targeting cycle&apos;s targets table (target_id, organisation, region, criterion, designated_on, announced_on, status, analyst, notes, created_at, updated_at). An existing zones file is opened, never overwritten: analysts&apos; zones are not erased by re-running (a targets table missing from an older file is added).</source>
        <translation>Crea el GeoPackage de zonas de intervención con su esquema fijo (zone_id, name, target, basis, priority, status, start_date, end_date, notes, created_at, updated_at) y su formulario, y junto a él la tabla de objetivos del ciclo de focalización (target_id, organisation, region, criterion, designated_on, announced_on, status, analyst, notes, created_at, updated_at). Un archivo de zonas existente se abre, nunca se sobrescribe: volver a ejecutarlo no borra las zonas de los analistas (si a un archivo más antiguo le falta la tabla de objetivos, se agrega).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="50"/>
        <source>Cross-border corridors</source>
        <translation>Corredores transfronterizos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="68"/>
        <source>Deaths handled as {0}</source>
        <translation>Muertes tratadas como {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="68"/>
        <source>Demo scenario (synthetic data)</source>
        <translation>Escenario de demostración (datos sintéticos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="195"/>
        <source>Designate or announce a target</source>
        <translation>Designar o anunciar un objetivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="292"/>
        <source>Did violence change when the target was announced? An interrupted time series (segmented regression) of the organisation&apos;s monthly attributed deaths around the announcement: level change (the jump at the announcement month, which counts as after) and slope change (deaths per month, per month), with month-of-year terms and Newey–West standard errors (Bartlett kernel, lag floor(4(n/100)^(2/9))), beside the same model for all other organisations together. Months in which the layer holds no event at all are gaps in the source, not zeros, and are left out. Fewer than 12 months on either side: &apos;too few months to tell&apos;. The series is national: every event counts whatever its location precision (events known only to a municipality, a state or the country included); PRECISION and PREC_* (and the precision field of OUTPUT) state how many events and deaths are of each precision class, as the maps would handle them (give MUNICIPALITIES to place the spread ones as the maps do).</source>
        <translation>¿Cambió la violencia cuando se anunció el objetivo? Una serie de tiempo interrumpida (regresión segmentada) de las muertes mensuales atribuidas a la organización alrededor del anuncio: cambio de nivel (el salto en el mes del anuncio, que cuenta como después) y cambio de pendiente (muertes por mes, por mes), con términos de mes del año y errores estándar de Newey–West (núcleo de Bartlett, rezago floor(4(n/100)^(2/9))), junto al mismo modelo para todas las demás organizaciones juntas. Los meses en los que la capa no tiene ningún evento son huecos en la fuente, no ceros, y se excluyen. Con menos de 12 meses de algún lado: &apos;muy pocos meses para saberlo&apos;. La serie es nacional: todo evento cuenta, sea cual sea su precisión de ubicación (incluidos los eventos conocidos solo a nivel municipio, estado o país); PRECISION y PREC_* (y el campo precision de OUTPUT) indican cuántos eventos y muertes son de cada clase de precisión, tal como los tratarían los mapas (indique MUNICIPALITIES para ubicar los repartidos como lo hacen los mapas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="484"/>
        <source>Did violence fall in the zone, and did it move next door? For each zone R, its catchment ring B (the zone buffered by the catchment width, minus every zone) and the control C (the study area — the municipalities — minus every zone and every ring), events are counted in the months before and after the announcement (default: each zone&apos;s start_date). Weighted displacement quotient (Bowers &amp; Johnson 2003): WDQ = (ba/ca − bb/cb) / (ra/ca − rb/cb), on events (wdq) and on deaths (wdq_deaths). The denominator (success) is negative when violence fell in the zone relative to the control; then a positive WDQ is diffusion of benefits and a negative one displacement (|WDQ| &lt; 0.1: no clear effect). The control excludes the rings, or displacement would read as success. A zone with no events before is refused when it is the only one evaluated, and reported as such among several. Location precision: precise events (UCDP where_prec 1–2, ACLED geo_precision 1) count where they fall; an event known only to its municipality (UCDP 3, ACLED 2) or its state (UCDP 4, ACLED 3) is shared between zone, ring and control by the area of its municipality or state each covers (a centroid is not a place in a ring), so counts can be fractional; rb_spread … ca_spread say how much of each count is apportioned. STATE_EVENTS can leave state-level events out; coarser ones (UCDP 5 and above) are left out. The precision field and PREC_* results state the events and deaths handled each way. Spreading needs CVEGEO codes on the municipalities (INEGI&apos;s boundaries have them).</source>
        <translation>¿Bajó la violencia en la zona, y se movió al lado? Para cada zona R, su anillo de influencia B (la zona con un búfer del ancho de influencia, menos todas las zonas) y el control C (el área de estudio, es decir, los municipios, menos todas las zonas y todos los anillos), se cuentan los eventos en los meses antes y después del anuncio (por omisión: la start_date de cada zona). Cociente de desplazamiento ponderado (Bowers y Johnson, 2003): WDQ = (ba/ca − bb/cb) / (ra/ca − rb/cb), sobre eventos (wdq) y sobre muertes (wdq_deaths). El denominador (éxito) es negativo cuando la violencia bajó en la zona respecto al control; entonces un WDQ positivo es difusión de beneficios y uno negativo, desplazamiento (|WDQ| &lt; 0.1: sin efecto claro). El control excluye los anillos; si no, el desplazamiento se leería como éxito. Una zona sin eventos antes se rechaza cuando es la única evaluada, y se informa como tal cuando hay varias. Precisión de ubicación: los eventos precisos (where_prec 1–2 de UCDP, geo_precision 1 de ACLED) cuentan donde caen; un evento conocido solo a nivel municipio (UCDP 3, ACLED 2) o estado (UCDP 4, ACLED 3) se reparte entre zona, anillo y control según la superficie de su municipio o estado que cubre cada uno (un centroide no es un lugar dentro de un anillo), así que los conteos pueden ser fraccionarios; rb_spread … ca_spread indican qué parte de cada conteo se prorratea. STATE_EVENTS puede excluir los eventos de nivel estatal; los más gruesos (UCDP 5 y superiores) se excluyen. El campo precision y los resultados PREC_* indican los eventos y las muertes tratados de cada forma. Repartir requiere claves CVEGEO en los municipios (los límites del INEGI las tienen).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="482"/>
        <source>Displacement and diffusion (weighted displacement quotient)</source>
        <translation>Desplazamiento y difusión (cociente de desplazamiento ponderado)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="49"/>
        <source>Evaluate zone (before/after, difference in differences)</source>
        <translation>Evaluar zona (antes/después, diferencia en diferencias)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="240"/>
        <source>Event {0} is dated {1} in &apos;{2}&apos;, outside 1900 – today: correct the date (or choose the right date field).</source>
        <translation>El evento {0} tiene fecha {1} en &apos;{2}&apos;, fuera del rango 1900 – hoy: corrija la fecha (o elija el campo de fecha correcto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="62"/>
        <source>Events and deaths handled each way (point, municipality, state, out of maps)</source>
        <translation>Eventos y muertes tratados de cada forma (punto, municipio, estado, fuera de mapas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="66"/>
        <source>Events handled as {0}</source>
        <translation>Eventos tratados como {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="39"/>
        <source>For each enforcement zone: events and deaths inside, their share of the total, area in km², the Predictive Accuracy Index PAI = (n/N)/(a/A) (share of violence over share of area, Chainey et al. 2008), municipalities intersected, area-weighted population, organisations active, corridors crossing and ports of entry within a distance. Areas are computed in INEGI Lambert (EPSG:6372) whatever the input CRS; a is the zone&apos;s area inside the study area (the municipalities). OUTPUT_CURVE is the concentration curve over a partition of the zones (overlaps counted once) with its Gini coefficient. START and END (YYYY-MM-DD, days included, as in vdto:rankvdtos) keep the events of the period only — shares, PAI and the curve are then of the period&apos;s violence — and every output row records the period in period_start and period_end. Location precision: UCDP where_prec 1–2 and ACLED geo_precision 1 are points; UCDP 3 / ACLED 2 (known to a municipality) are spread over their municipality; UCDP 4 / ACLED 3 (known to a state) over their state (or left out, STATE_EVENTS); UCDP 5 and coarser stay out of maps and zones. The precision field is found by name (or PRECISION_FIELD); a layer without one is taken as precise. Spread events use MUNICIPALITIES (a CVEGEO field; states are the municipalities dissolved by the state code) — without it they are left out, and the log says so with the counts. A zone takes each spread event&apos;s events and deaths in proportion to the area of its municipality or state it covers (events, deaths, share and PAI include them; events_point, events_spread and deaths_spread split them; the precision field says how events were counted). The organisations list (most deaths first) includes those of the spread events the zone takes a share of. N and the deaths total count the events on the map (out-of-map events are in the log).</source>
        <translation>Para cada zona de intervención: eventos y muertes dentro, su proporción del total, superficie en km², el Índice de Precisión Predictiva PAI = (n/N)/(a/A) (proporción de la violencia entre proporción de la superficie, Chainey et al. 2008), municipios que interseca, población ponderada por superficie, organizaciones con actividad, corredores que la cruzan y puertos de entrada a cierta distancia. Las superficies se calculan en Lambert del INEGI (EPSG:6372) sea cual sea el SRC de entrada; a es la superficie de la zona dentro del área de estudio (los municipios). OUTPUT_CURVE es la curva de concentración sobre una partición de las zonas (las superposiciones se cuentan una vez) con su coeficiente de Gini. START y END (AAAA-MM-DD, días incluidos, como en vdto:rankvdtos) conservan solo los eventos del periodo (las proporciones, el PAI y la curva son entonces de la violencia del periodo) y cada fila de salida registra el periodo en period_start y period_end. Precisión de ubicación: where_prec 1–2 de UCDP y geo_precision 1 de ACLED son puntos; UCDP 3 / ACLED 2 (conocidos a nivel municipio) se reparten sobre su municipio; UCDP 4 / ACLED 3 (conocidos a nivel estado), sobre su estado (o se excluyen, STATE_EVENTS); UCDP 5 y niveles más gruesos quedan fuera de mapas y zonas. El campo de precisión se busca por nombre (o PRECISION_FIELD); una capa sin él se toma como precisa. Los eventos repartidos usan MUNICIPALITIES (un campo CVEGEO; los estados son los municipios disueltos por la clave de estado); sin ella se excluyen y el registro lo indica con los conteos. Una zona toma los eventos y muertes de cada evento repartido en proporción a la superficie de su municipio o estado que cubre (events, deaths, share y PAI los incluyen; events_point, events_spread y deaths_spread los desglosan; el campo precision indica cómo se contaron los eventos). La lista de organizaciones (primero las de más muertes) incluye las de los eventos repartidos de los que la zona toma una parte. N y el total de muertes cuentan los eventos del mapa (los que quedan fuera del mapa están en el registro).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="110"/>
        <source>For each of the top organisations (ranked as in vdto:rankvdtos) and the chosen period, the contiguous areas where it holds the largest share of the attributed violence. Every ranked organisation gets a kernel density surface of its attributed events (same engine as vdto:violencesurface, metres in EPSG:6372; default cell 5,000 m, radius 25,000 m; each event weighted by its attributed deaths, or 1). An organisation&apos;s core area is the smallest set of cells holding the chosen share (default 80%) of its violence in the study area; its territory is the part of that core where it is first among all organisations, plus the cells where it is one of the first two and the second is within the contest margin of the first (default 25%: second ≥ 75% of first) — those are contested and marked (contested_km2, contested_with; optional layer of contested areas). Parts are groups of touching cells clipped to the study area (the municipalities: land only, never the sea or the United States); parts smaller than the minimum area (default 500 km²) or holding less than the minimum share of the organisation&apos;s violence (default 2%) are dropped and counted (dropped_parts, dropped_km2). One feature per part, numbered from the largest; only the largest carries the label. Without municipalities the territories are not clipped and the log says so. The result is deterministic: the same inputs give the same parts.</source>
        <translation>Para cada una de las organizaciones principales (clasificadas como en vdto:rankvdtos) y el periodo elegido, las áreas contiguas donde tiene la mayor proporción de la violencia atribuida. Cada organización clasificada recibe una superficie de densidad kernel de sus eventos atribuidos (el mismo motor que vdto:violencesurface, metros en EPSG:6372; por omisión celda de 5,000 m y radio de 25,000 m; cada evento ponderado por sus muertes atribuidas, o 1). El área núcleo de una organización es el menor conjunto de celdas que reúne la proporción elegida (por omisión 80 %) de su violencia en el área de estudio; su territorio es la parte de ese núcleo donde es la primera entre todas las organizaciones, más las celdas donde es una de las dos primeras y la segunda está dentro del margen de disputa de la primera (por omisión 25 %: segunda ≥ 75 % de la primera); esas celdas están en disputa y se marcan (contested_km2, contested_with; capa opcional de áreas en disputa). Las partes son grupos de celdas que se tocan, recortados al área de estudio (los municipios: solo tierra, nunca el mar ni Estados Unidos); las partes menores que el área mínima (por omisión 500 km²) o con menos de la proporción mínima de la violencia de la organización (por omisión 2 %) se descartan y se cuentan (dropped_parts, dropped_km2). Un objeto por parte, numerado desde la mayor; solo la mayor lleva la etiqueta. Sin municipios, los territorios no se recortan y el registro lo indica. El resultado es determinista: las mismas entradas dan las mismas partes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="52"/>
        <source>For each organisation&apos;s territory (vdto:territories), the ports of entry it uses, chosen in this order: (1) the analyst&apos;s assignment table (organisation, port_code, optional destination) overrides everything (strength &apos;assigned&apos;); (2) evidence: the organisation&apos;s own attributed violence in the period around each port — events in the port&apos;s twin Mexican municipality (ports field mx_cvegeo_nearest) count in full, events within the port radius (default 50 km) in other municipalities that are no port&apos;s twin count 1 − distance/radius; events known only to the state count by the twin municipality&apos;s share of the state&apos;s area (with municipalities), events coarser than a state never; events where the organisation is only one member of a coalition side are listed but not counted. Ports sharing a twin municipality form a plaza; the plazas with the most distance-weighted deaths are kept (default 4 per organisation); a link is &apos;strong&apos; from 20 weighted deaths and 3 events, &apos;weak&apos; below; (3) nearest along the border from where the territory meets it, only when asked and labelled &apos;fallback&apos;. An organisation with no violence near any port gets no corridor: a row without geometry, strength &apos;none&apos;, says so and the target package repeats it. Every row states its evidence (deaths, events, municipalities, period, rule). Each corridor runs from a point inside the territory through the port to the nearest U.S. destination (hubs or counties; the port&apos;s county when none are given), routed on a road network when one is given; without one it is straight, except that with municipalities it goes round a sea or a bay it would otherwise cross (routing &apos;straight, kept on land&apos;). Each row carries the port&apos;s U.S. county (port_county_fips): U.S.-side data — seizures at the port (CBP), federal cases by district or county, wholesaler or distributor locations — join on port_code or on the county FIPS (QGIS Join attributes by field value), or enter the analyst&apos;s destinations (hubs, counties) and assignment table. With events, the deaths inside the Mexican part of each corridor (buffer of the chosen width) and the share of the organisation&apos;s attributed deaths there are reported, with the location-precision rule of vdto:zonestatistics: events located as points (UCDP where_prec 1–2, ACLED 1) count where they fall inside the buffer; events known only to a municipality or a state (UCDP 3–4, ACLED 2–3) count by the share of their municipality&apos;s or state&apos;s area the buffer covers (needs MUNICIPALITIES; without it, or with STATE_EVENTS set to leave them out, they are not counted); coarser events never. exposure_deaths and exposure_events are the totals, the _point and _spread fields split them, and the precision field states the events and deaths of each class and the rule. Ports further than the border zone from the border are refused.</source>
        <translation>Para el territorio de cada organización (vdto:territories), los puertos de entrada que usa, elegidos en este orden: (1) la tabla de asignación del analista (organisation, port_code, destino opcional) prevalece sobre todo (fuerza &apos;assigned&apos;); (2) evidencia: la violencia atribuida a la propia organización en el periodo alrededor de cada puerto: los eventos en el municipio mexicano gemelo del puerto (campo mx_cvegeo_nearest de los puertos) cuentan completos, los eventos dentro del radio del puerto (por omisión 50 km) en otros municipios que no son gemelos de ningún puerto cuentan 1 − distancia/radio; los eventos conocidos solo a nivel estado cuentan según la proporción de la superficie del estado que ocupa el municipio gemelo (con municipios), y los más gruesos que un estado, nunca; los eventos en los que la organización es solo un miembro de un bando de coalición se listan, pero no se cuentan. Los puertos que comparten municipio gemelo forman una plaza; se conservan las plazas con más muertes ponderadas por distancia (por omisión 4 por organización); un vínculo es &apos;strong&apos; (fuerte) a partir de 20 muertes ponderadas y 3 eventos, y &apos;weak&apos; (débil) por debajo; (3) el más cercano a lo largo de la frontera desde donde el territorio la toca, solo cuando se pide y etiquetado &apos;fallback&apos; (alternativa). Una organización sin violencia cerca de ningún puerto no recibe corredor: lo indica una fila sin geometría con fuerza &apos;none&apos;, y el paquete de objetivos lo repite. Cada fila declara su evidencia (muertes, eventos, municipios, periodo, regla). Cada corredor va de un punto dentro del territorio, por el puerto, al destino en EE. UU. más cercano (centros o condados; el condado del puerto cuando no se indica ninguno), trazado sobre una red de carreteras cuando se indica una; sin ella es recto, salvo que, con municipios, rodea un mar o una bahía que de otro modo cruzaría (routing &apos;straight, kept on land&apos;, recto por tierra). Cada fila lleva el condado estadounidense del puerto (port_county_fips): los datos del lado de EE. UU. (decomisos en el puerto (CBP), casos federales por distrito o condado, ubicaciones de mayoristas o distribuidores) se unen por port_code o por el FIPS del condado (en QGIS, Unir atributos por valor de campo), o bien capture los destinos del analista (centros, condados) y la tabla de asignación. Con eventos, se informan las muertes dentro de la parte mexicana de cada corredor (búfer del ancho elegido) y la proporción de las muertes atribuidas a la organización que ocurren ahí, con la regla de precisión de ubicación de vdto:zonestatistics: los eventos ubicados como puntos (where_prec 1–2 de UCDP, ACLED 1) cuentan donde caen dentro del búfer; los eventos conocidos solo a nivel municipio o estado (UCDP 3–4, ACLED 2–3) cuentan según la proporción de la superficie de su municipio o estado que cubre el búfer (requiere MUNICIPALITIES; sin ella, o con STATE_EVENTS configurado para excluirlos, no se cuentan); los más gruesos, nunca. exposure_deaths y exposure_events son los totales, los campos _point y _spread los desglosan, y el campo precision indica los eventos y muertes de cada clase y la regla. Se rechazan los puertos más alejados de la frontera que la zona fronteriza.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="39"/>
        <source>Getis-Ord Gi* (or Gi) and Local Moran&apos;s I on a municipal field (count, rate or smoothed rate) with queen, rook, k-nearest or distance-band weights, seeded permutation inference (as PySAL esda) and an optional False Discovery Rate. Adds gi_z, gi_p, gi_class, lisa_i, lisa_p and lisa_class to every input field. REGIONS merges contiguous hot municipalities into violent regions with their population, homicides and share of the national total. The emerging option computes Gi* for each yearly field (hom_YYYY) and a Mann-Kendall trend per municipality. Islands (no neighbour) are reported and left without statistics. DISTANCE is in metres (EPSG:6372).

STATISTIC: Gi* counts each municipality among its own neighbours (ArcGIS&apos;s and GeoDa&apos;s hot spot map); Gi leaves it out and compares it with its neighbours only (esda G_Local(star=False)). WEIGHTING: row-standardised (each neighbour weighs 1/k, the default of GeoDa and esda) or binary (each neighbour weighs 1, so a municipality with many neighbours sums more of them). P_VALUE: gi_p and lisa_p are esda&apos;s pseudo p-values (M + 1)/(P + 1) over P permutations. &apos;Directed&apos; (esda&apos;s default, GeoDa&apos;s) counts the permutations at least as extreme in the tail where the observed value lies (at least as large, or smaller when those are fewer); it is one-sided. &apos;Folded&apos; counts the permutations at least as far from their mean as the observed value, in either direction: a two-sided test, about twice the directed p-value. A permutation whose neighbours add up to exactly the observed total (common with counts) is counted exactly as esda counts it, so every p-value equals esda&apos;s with the same seed. Classes at 0.01/0.05/0.10; with PERMUTATIONS 0 the p-values are two-sided normal ones; with FDR they are Benjamini-Hochberg q-values.</source>
        <translation>Gi* (o Gi) de Getis-Ord e I de Moran local sobre un campo municipal (conteo, tasa o tasa suavizada) con pesos de reina, torre, k más cercanos o banda de distancia, inferencia por permutaciones con semilla (como esda de PySAL) y una corrección opcional de la tasa de falsos descubrimientos. Añade gi_z, gi_p, gi_class, lisa_i, lisa_p y lisa_class a todos los campos de entrada. REGIONS une los municipios calientes contiguos en regiones violentas con su población, homicidios y proporción del total nacional. La opción de emergentes calcula Gi* para cada campo anual (hom_AAAA) y una tendencia de Mann-Kendall por municipio. Las islas (sin vecinos) se informan y quedan sin estadísticas. DISTANCE está en metros (EPSG:6372).

STATISTIC: Gi* cuenta a cada municipio entre sus propios vecinos (el mapa de puntos calientes de ArcGIS y de GeoDa); Gi lo deja fuera y lo compara solo con sus vecinos (G_Local(star=False) de esda). WEIGHTING: estandarizados por filas (cada vecino pesa 1/k, el valor por omisión de GeoDa y de esda) o binarios (cada vecino pesa 1, así que un municipio con muchos vecinos suma más de ellos). P_VALUE: gi_p y lisa_p son los pseudovalores p de esda (M + 1)/(P + 1) sobre P permutaciones. &apos;Directed&apos; (el valor por omisión de esda y de GeoDa) cuenta las permutaciones al menos tan extremas en la cola donde está el valor observado (al menos igual de grandes, o menores cuando estas son menos); es unilateral. &apos;Folded&apos; cuenta las permutaciones al menos tan alejadas de su media como el valor observado, en cualquier dirección: una prueba bilateral, con un valor p de cerca del doble del dirigido. Una permutación cuyos vecinos suman exactamente el total observado (algo común con conteos) se cuenta exactamente como la cuenta esda, así que cada valor p es igual al de esda con la misma semilla. Clases en 0.01/0.05/0.10; con PERMUTATIONS 0 los valores p son normales bilaterales; con FDR son valores q de Benjamini-Hochberg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="37"/>
        <source>Hotspots and violent regions (Gi*, Local Moran)</source>
        <translation>Puntos calientes y regiones violentas (Gi*, Moran local)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="267"/>
        <source>Import ACLED events (CSV export)</source>
        <translation>Importar eventos de ACLED (exportación CSV)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="92"/>
        <source>Import homicides (INEGI or SESNSP)</source>
        <translation>Importar homicidios (INEGI o SESNSP)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="139"/>
        <source>Import municipalities (INEGI Marco Geoestadístico)</source>
        <translation>Importar municipios (Marco Geoestadístico del INEGI)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="120"/>
        <source>Import population (census or CONAPO)</source>
        <translation>Importar población (censo o CONAPO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="28"/>
        <source>Joins homicide counts (INEGI long panel or SESNSP monthly layout, as a CSV file or an imported table) and population (census/CONAPO table, else the homicide table&apos;s own population, else a population field of the layer) to the municipalities for a period: years START_YEAR to END_YEAR, months START_MONTH to END_MONTH of each year — or, with START and END (dates, as in vdto:rankvdtos), every month from START&apos;s month to END&apos;s month, the analysis period the events use. Writes homicides, months, population, person_years, rate (annualised per 100,000), eb_global and eb_spatial (Empirical Bayes as GeoDa, queen neighbours), hom_YYYY per year and, with a SURFACE raster, surf_mean and surf_sum. Every table row whose code does not join is logged with its code and name.</source>
        <translation>Une los conteos de homicidios (panel largo del INEGI o formato mensual del SESNSP, como archivo CSV o tabla importada) y la población (tabla del censo o CONAPO; si no, la población de la propia tabla de homicidios; si no, un campo de población de la capa) a los municipios para un periodo: años START_YEAR a END_YEAR, meses START_MONTH a END_MONTH de cada año — o, con START y END (fechas, como en vdto:rankvdtos), cada mes desde el mes de START hasta el mes de END, el periodo de análisis que usan los eventos. Escribe homicides, months, population, person_years, rate (anualizada por 100 000), eb_global y eb_spatial (Bayes empírico como en GeoDa, vecinos de reina), hom_AAAA por año y, con un ráster SURFACE, surf_mean y surf_sum. Cada fila de la tabla cuya clave no se une se registra con su clave y nombre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="51"/>
        <source>Joins the VDTO ranking (vdto:rankvdtos), the per-region ranking (its OUTPUT_REGIONS) and the corridors (vdto:corridors) into one table: for each of the top organisations, each violent region it leads, each corridor, port of entry and U.S. destination (county FIPS), with deaths, shares, corridor exposure and the ranking criterion. Corridor exposure (exposure_deaths) is vdto:corridors&apos; figure: events located as points count where they fall inside the corridor, those known only to a municipality or a state by the share of its area the corridor covers, coarser ones not at all (exposure_deaths_point and exposure_deaths_spread split it; exposure_rule states the counts per class). Regions where no organisation holds the analyst&apos;s threshold appear as region-targeted rows. A region two organisations are tied in is listed for both (region_shared_with). Each corridor row carries its strength (assigned, strong, weak, fallback) and evidence; an organisation without a corridor gets one row saying so (no violence near the border and no assignment). The port&apos;s U.S. county (port_county_fips, port_county) and the analyst&apos;s destination (us_destination, us_county_fips) are carried through: join U.S.-side data on them — CBP seizures by port_code, federal cases or HIDTA data by county FIPS, wholesaler or distributor locations as vdto:corridors destinations or an assignment table (organisation, port_code, destination). With the contested areas of vdto:contestedareas, the contested field names the rivals whose territory overlaps each organisation&apos;s. Written as a layer (corridor geometry) and as CSV.</source>
        <translation>Une la clasificación de VDTO (vdto:rankvdtos), la clasificación por región (su OUTPUT_REGIONS) y los corredores (vdto:corridors) en una sola tabla: para cada una de las organizaciones principales, cada región violenta que encabeza, cada corredor, puerto de entrada y destino en EE. UU. (FIPS del condado), con muertes, proporciones, exposición del corredor y el criterio de clasificación. La exposición del corredor (exposure_deaths) es la cifra de vdto:corridors: los eventos ubicados como puntos cuentan donde caen dentro del corredor, los conocidos solo a nivel municipio o estado según la proporción de su superficie que cubre el corredor, y los más gruesos, en absoluto (exposure_deaths_point y exposure_deaths_spread la desglosan; exposure_rule indica los conteos por clase). Las regiones donde ninguna organización alcanza el umbral del analista aparecen como filas &apos;region-targeted&apos; (objetivo como región). Una región en la que empatan dos organizaciones se lista para ambas (region_shared_with). Cada fila de corredor lleva su fuerza (assigned, strong, weak, fallback) y su evidencia; una organización sin corredor recibe una fila que lo indica (sin violencia cerca de la frontera y sin asignación). El condado estadounidense del puerto (port_county_fips, port_county) y el destino del analista (us_destination, us_county_fips) se conservan: una sobre ellos los datos del lado de EE. UU. (decomisos de CBP por port_code, casos federales o datos HIDTA por FIPS del condado, ubicaciones de mayoristas o distribuidores como destinos de vdto:corridors o en una tabla de asignación (organisation, port_code, destination)). Con las áreas en disputa de vdto:contestedareas, el campo contested nombra a los rivales cuyo territorio se superpone con el de cada organización. Se escribe como capa (geometría del corredor) y como CSV.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="104"/>
        <source>Kernel density of lethal events, or of municipal counts, as a GeoTIFF. RADIUS and PIXEL_SIZE are metres (a geographic layer is projected to the project CRS when it is metric, else to EPSG:6372); RADIUS 0 picks it by Silverman&apos;s rule. Raw output is QGIS heatmap&apos;s Raw, cell for cell, on QGIS&apos;s grid; Density is events (weight) per km² and sums to the total weight. Polygons are placed at a point on their surface or spread over their area. A MASK (e.g. Mexico&apos;s outline) keeps every event&apos;s mass inside it and sets cells outside to nodata. START/END filter by DATE_FIELD. Dates follow one grammar: ISO 2020-04-03, Mexican day-first 03/04/2020 (3 April, never 4 March), a month 2020-04 or 04/2020, a year 2020; an event dated only to a month or year is in the period when all of that month or year is. Location precision: UCDP where_prec 1–2 and ACLED geo_precision 1 are points; UCDP 3 / ACLED 2 (known to a municipality) are spread over their municipality; UCDP 4 / ACLED 3 (known to a state) over their state (or left out, STATE_EVENTS); UCDP 5 and coarser stay out of maps and zones. The precision field is found by name (or PRECISION_FIELD); a layer without one is taken as precise. Spread events need MUNICIPALITIES (a CVEGEO field; states are the municipalities dissolved by the state code) — without it they are left out, and the log says so with the counts. Spread events use the same engine as polygon input spread over each polygon, so no state or municipal centroid becomes a hotspot; the counts are in the log, the PRECISION output and the GeoTIFF&apos;s metadata.

Agreement with QGIS: with many events the surface is binned and convolved by FFT instead of stamped point by point; sub-pixel binning and exact stamping of the heaviest events keep it within 0.5 % of QGIS&apos;s peak for every radius (from half a pixel to the whole grid) and weights spanning four orders of magnitude. A radius under one pixel (down to half a pixel) is accepted, as QGIS accepts it: each event then lights only the few cells whose centre is within the radius. A geographic layer (EPSG:4326) is reprojected first and the grid is built on the reprojected events, so the surface lands on the same cells as QGIS&apos;s heatmap run on the layer reprojected to the working CRS.

Cells no event reaches are 0, not nodata as in QGIS&apos;s heatmap: no lethal event within the radius means no violence there, a measured value that enters zone figures and averages, whereas nodata would read as &apos;unknown&apos; and drop those cells; the style draws 0 transparent, so the map looks the same. Only cells outside a MASK are nodata. To compare with QGIS cell for cell, read its nodata as 0.</source>
        <translation>Densidad kernel de eventos letales, o de conteos municipales, como GeoTIFF. RADIUS y PIXEL_SIZE están en metros (una capa geográfica se proyecta al SRC del proyecto cuando es métrico; si no, a EPSG:6372); RADIUS 0 lo elige con la regla de Silverman. La salida Raw es la salida Raw del mapa de calor de QGIS, celda por celda, en la cuadrícula de QGIS; Density es eventos (peso) por km² y suma el peso total. Los polígonos se colocan en un punto sobre su superficie o se reparten sobre su área. Una MASK (p. ej., el contorno de México) mantiene dentro de ella la masa de cada evento y pone sin datos (nodata) las celdas de fuera. START/END filtran por DATE_FIELD. Las fechas siguen una sola gramática: ISO 2020-04-03, día primero a la mexicana 03/04/2020 (3 de abril, nunca 4 de marzo), un mes 2020-04 o 04/2020, un año 2020; un evento fechado solo por mes o año está en el periodo cuando todo ese mes o año lo está. Precisión de ubicación: where_prec 1–2 de UCDP y geo_precision 1 de ACLED son puntos; UCDP 3 / ACLED 2 (conocidos a nivel municipio) se reparten sobre su municipio; UCDP 4 / ACLED 3 (conocidos a nivel estado), sobre su estado (o se excluyen, STATE_EVENTS); UCDP 5 y niveles más gruesos quedan fuera de mapas y zonas. El campo de precisión se busca por nombre (o PRECISION_FIELD); una capa sin él se toma como precisa. Los eventos repartidos necesitan MUNICIPALITIES (un campo CVEGEO; los estados son los municipios disueltos por la clave de estado); sin ella se excluyen y el registro lo indica con los conteos. Los eventos repartidos usan el mismo motor que una entrada de polígonos repartida sobre cada polígono, así que ningún centroide estatal o municipal se vuelve punto caliente; los conteos están en el registro, en la salida PRECISION y en los metadatos del GeoTIFF.

Concordancia con QGIS: con muchos eventos, la superficie se agrupa en celdas y se convoluciona por FFT en lugar de estamparse punto por punto; el agrupamiento subpíxel y el estampado exacto de los eventos más pesados la mantienen dentro del 0.5 % del pico de QGIS para todo radio (desde medio píxel hasta toda la cuadrícula) y para pesos que abarcan cuatro órdenes de magnitud. Se acepta un radio menor que un píxel (hasta medio píxel), como lo acepta QGIS: entonces cada evento ilumina solo las pocas celdas cuyo centro está dentro del radio. Una capa geográfica (EPSG:4326) se reproyecta primero y la cuadrícula se construye sobre los eventos reproyectados, así que la superficie cae en las mismas celdas que el mapa de calor de QGIS ejecutado sobre la capa reproyectada al SRC de trabajo.

Las celdas a las que no llega ningún evento valen 0, no nodata como en el mapa de calor de QGIS: ningún evento letal dentro del radio significa que ahí no hay violencia, un valor medido que entra en las cifras de zonas y en los promedios, mientras que nodata se leería como &apos;desconocido&apos; y eliminaría esas celdas; el estilo dibuja el 0 transparente, así que el mapa se ve igual. Solo las celdas fuera de una MASK son nodata. Para comparar con QGIS celda por celda, lea su nodata como 0.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="56"/>
        <source>Mixed signal for {3}: the level and the trend moved in opposite directions at the announcement; watch longer before judging.</source>
        <translation>Señal mixta para {3}: el nivel y la tendencia se movieron en direcciones opuestas con el anuncio; observe más tiempo antes de juzgar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="26"/>
        <source>Municipal violence indicators (counts, rates, Empirical Bayes)</source>
        <translation>Indicadores municipales de violencia (conteos, tasas, Bayes empírico)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="350"/>
        <source>Names not in the alias table, accepted and ranked under their own spelling: {0}. Add them to the alias table to merge them with an organisation.</source>
        <translation>Nombres que no están en la tabla de alias, aceptados y clasificados con su propia grafía: {0}. Agréguelos a la tabla de alias para unificarlos con una organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="354"/>
        <source>Names not in the alias table, held as unidentified, for review (listed, not ranked): {0}. Add them to the alias table (kind dto to rank them), or tick &apos;Rank names missing from the alias table&apos; to accept them as they are.</source>
        <translation>Nombres que no están en la tabla de alias, mantenidos como no identificados, para revisión (se listan, no se clasifican): {0}. Agréguelos a la tabla de alias (kind dto para clasificarlos), o marque &apos;Clasificar los nombres que faltan en la tabla de alias&apos; para aceptarlos tal como están.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="34"/>
        <source>No change can be told apart from month-to-month noise (the interval includes zero).</source>
        <translation>Ningún cambio se distingue del ruido de un mes a otro (el intervalo incluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="58"/>
        <source>No change in {3}&apos;s violence at the announcement can be told apart from month-to-month noise (both 95 % intervals include zero).</source>
        <translation>Ningún cambio en la violencia de {3} con el anuncio se distingue del ruido de un mes a otro (ambos intervalos del 95 % incluyen el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="316"/>
        <source>No event names an organisation in {0}: every value is empty (NULL); choose the actor fields that hold the organisations&apos; names in &apos;Actor fields&apos;.</source>
        <translation>Ningún evento nombra una organización en {0}: todos los valores están vacíos (NULL); elija en &apos;Campos de actores&apos; los campos que contienen los nombres de las organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="307"/>
        <source>No events fall in the chosen period: widen &apos;From date&apos;/&apos;To date&apos; or check the date field.</source>
        <translation>Ningún evento cae en el periodo elegido: amplíe &apos;Desde la fecha&apos;/&apos;Hasta la fecha&apos; o revise el campo de fecha.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="768"/>
        <source>No events to choose an automatic radius from: check the layer, its filter and the period, or give RADIUS in metres.</source>
        <translation>No hay eventos a partir de los cuales elegir un radio automático: revise la capa, su filtro y el periodo, o indique RADIUS en metros.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="49"/>
        <source>No target has the id {0} in {1}: check the targets table.</source>
        <translation>Ningún objetivo tiene el id {0} en {1}: revise la tabla de objetivos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="311"/>
        <source>None of the {0} events has a location (empty or missing geometry): repair the layer&apos;s geometries or choose a layer of located events.</source>
        <translation>Ninguno de los {0} eventos tiene ubicación (geometría vacía o ausente): repare las geometrías de la capa o elija una capa de eventos ubicados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="22"/>
        <source>Offline field pack (one GeoPackage)</source>
        <translation>Paquete de campo sin conexión (un solo GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="79"/>
        <source>One landscape page for the targeting cycle, in English or Spanish: the ranking over time (bump chart of vdto:rankinghistory) and the latest period&apos;s ranking with its 95 % intervals, ties within the bootstrap interval said in words beside it; the designated target and its criterion (targets table of the zones GeoPackage); the trend after the announcement with its interval (vdto:announcementeffect&apos;s series table); and each zone&apos;s displacement verdict (vdto:displacement). Marked with the handling marking; prints results, reruns nothing.</source>
        <translation>Una página horizontal para el ciclo de focalización, en inglés o español: la clasificación a lo largo del tiempo (gráfica de posiciones de vdto:rankinghistory) y la clasificación del último periodo con sus intervalos del 95 %, con los empates dentro del intervalo bootstrap dichos en palabras junto a ella; el objetivo designado y su criterio (tabla de objetivos del GeoPackage de zonas); la tendencia después del anuncio con su intervalo (tabla de series de vdto:announcementeffect); y el veredicto de desplazamiento de cada zona (vdto:displacement). Lleva la marca de manejo; imprime resultados, no vuelve a ejecutar nada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="170"/>
        <source>Public notice of the announcement (PDF)</source>
        <translation>Aviso público del anuncio (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="83"/>
        <source>Rank violent drug-trafficking organisations (VDTOs)</source>
        <translation>Clasificar las organizaciones violentas de tráfico de drogas (VDTO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="65"/>
        <source>Rank {0} of {1} by deaths attributed under {2}, events {3}: {4:,.0f} deaths ({5:.1%} of the {6:,.0f} deaths in the period) in {7} events; trend {8}. State forces, civilians and non-DTO armed groups are not ranked.</source>
        <translation>Lugar {0} de {1} por muertes atribuidas con {2}, eventos {3}: {4:,.0f} muertes ({5:.1%} de las {6:,.0f} muertes del periodo) en {7} eventos; tendencia {8}. No se clasifican fuerzas del Estado, civiles ni grupos armados que no son OTD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="90"/>
        <source>Ranking over time (with bootstrap intervals)</source>
        <translation>Clasificación a lo largo del tiempo (con intervalos bootstrap)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="343"/>
        <source>Rankings and national totals count every event, whatever its location precision.</source>
        <translation>Las clasificaciones y los totales nacionales cuentan todos los eventos, sea cual sea su precisión de ubicación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="92"/>
        <source>Ranks the organisations per month, quarter or year with the attribution rule of vdto:rankvdtos (one period here equals vdto:rankvdtos run on that period). One row per organisation and period: deaths, events, rank, rank_change (previous rank − rank: positive means it climbed towards 1). With bootstrap replicates the period&apos;s events are resampled with replacement: deaths_low/high and rank_low/high are 95 % intervals, and tied_with lists the organisations whose rank interval overlaps — tied for the purpose of designation. The same seed gives the same intervals. rank_other_rule is the rank under the other attribution rule (equal shares instead of full involvement, or the reverse).</source>
        <translation>Clasifica a las organizaciones por mes, trimestre o año con la regla de atribución de vdto:rankvdtos (un periodo aquí equivale a ejecutar vdto:rankvdtos sobre ese periodo). Una fila por organización y periodo: muertes, eventos, lugar, rank_change (lugar anterior − lugar: positivo significa que subió hacia el 1). Con réplicas bootstrap, los eventos del periodo se remuestrean con reemplazo: deaths_low/high y rank_low/high son intervalos del 95 %, y tied_with lista las organizaciones cuyo intervalo de lugar se superpone, empatadas para efectos de la designación. La misma semilla da los mismos intervalos. rank_other_rule es el lugar con la otra regla de atribución (partes iguales en lugar de participación plena, o al revés).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="269"/>
        <source>Reads ACLED&apos;s CSV export (columns event_date, latitude, longitude, geo_precision, event_type, actor1, actor2, fatalities; event_id_cnty, sub_event_type, interaction, admin1–3, location, source and notes kept when present) into a point layer in EPSG:4326, like UCDP&apos;s GeoPackage. Dates are read as ISO (2020-01-31) or as ACLED writes them (31 January 2020). geo_precision is kept: 1 (the town) is a point, 2 (near it, its district) is spread over its municipality and 3 (only the province) over its state by the steps that map events; the log gives the events and fatalities of each class. Rows without coordinates are logged and left out; a bad date, fatality count or precision stops the import naming the row.</source>
        <translation>Lee la exportación CSV de ACLED (columnas event_date, latitude, longitude, geo_precision, event_type, actor1, actor2, fatalities; event_id_cnty, sub_event_type, interaction, admin1–3, location, source y notes se conservan cuando están presentes) en una capa de puntos en EPSG:4326, como el GeoPackage de UCDP. Las fechas se leen en ISO (2020-01-31) o como las escribe ACLED (31 January 2020). Se conserva geo_precision: 1 (la localidad) es un punto, 2 (cerca de ella, su distrito) se reparte sobre su municipio y 3 (solo la provincia), sobre su estado, en los pasos que mapean eventos; el registro da los eventos y las muertes de cada clase. Las filas sin coordenadas se registran y se excluyen; una fecha, un conteo de muertes o una precisión inválidos detienen la importación indicando la fila.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="93"/>
        <source>Reads a homicide table in the INEGI long form (cvegeo, year, month, homicides[, pop]) or SESNSP&apos;s municipal incidence layout (months Enero … Diciembre as columns, latin-1), understanding UTF-8 with BOM, latin-1, commas, semicolons, tabs, thousands separators and blank rows, and writes a clean table (cvegeo, year, month, homicides, pop, name). Codes are normalised (1001 → 01001); every row that cannot be used or does not match the municipalities is logged with its code and name. Duplicated municipality-months, negative or non-numeric counts are refused naming the row.</source>
        <translation>Lee una tabla de homicidios en el formato largo del INEGI (cvegeo, year, month, homicides[, pop]) o en el formato de incidencia municipal del SESNSP (meses Enero … Diciembre como columnas, latin-1), entendiendo UTF-8 con BOM, latin-1, comas, puntos y coma, tabuladores, separadores de miles y filas en blanco, y escribe una tabla limpia (cvegeo, year, month, homicides, pop, name). Las claves se normalizan (1001 → 01001); cada fila que no se puede usar o que no coincide con los municipios se registra con su clave y nombre. Los municipio-mes duplicados y los conteos negativos o no numéricos se rechazan nombrando la fila.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="121"/>
        <source>Reads a municipal population table (census or CONAPO: cvegeo, year, pop_total — or a single snapshot without a year) in any common encoding and separator and writes a clean table (cvegeo, year, pop, name). A population of zero, a negative or non-numeric value or a duplicated municipality-year is refused naming the row; unmatched codes are logged with their names.</source>
        <translation>Lee una tabla de población municipal (censo o CONAPO: cvegeo, year, pop_total, o una sola instantánea sin año) en cualquier codificación y separador habituales y escribe una tabla limpia (cvegeo, year, pop, name). Una población de cero, un valor negativo o no numérico o un municipio-año duplicado se rechaza nombrando la fila; las claves sin coincidencia se registran con sus nombres.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="112"/>
        <source>Sends back what was edited offline in a field pack, in one server transaction: new zones and targets are inserted; edited ones are updated when the server still holds the version that was checked out; otherwise the field version is kept whole in the conflicts table (with who and when) and reported — the server&apos;s newer version is never overwritten. Rows deleted in the field are deleted only when nobody changed them since (history keeps them). Checking in the same pack twice changes nothing; a pack from another workspace is refused. DATABASE is a libpq URI (postgresql://user@host:5432/database; password in the URI or ~/.pgpass) or the name of a QGIS PostgreSQL connection (Browser ▸ PostgreSQL); SCHEMA is the workspace&apos;s schema (default vdto).</source>
        <translation>Devuelve lo editado sin conexión en un paquete de campo, en una sola transacción del servidor: las zonas y objetivos nuevos se insertan; los editados se actualizan cuando el servidor aún tiene la versión que se sacó; si no, la versión de campo se guarda completa en la tabla de conflictos (con quién y cuándo) y se informa: la versión más reciente del servidor nunca se sobrescribe. Las filas borradas en campo se borran solo si nadie las cambió desde entonces (el historial las conserva). Devolver el mismo paquete dos veces no cambia nada; se rechaza un paquete de otro espacio de trabajo. DATABASE es una URI de libpq (postgresql://user@host:5432/database; contraseña en la URI o en ~/.pgpass) o el nombre de una conexión PostgreSQL de QGIS (Navegador ▸ PostgreSQL); SCHEMA es el esquema del espacio de trabajo (por omisión vdto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="49"/>
        <source>Target package (organisation → region → corridor → port → U.S.)</source>
        <translation>Paquete de objetivos (organización → región → corredor → puerto → EE. UU.)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="77"/>
        <source>Targeting cycle briefing page (PDF)</source>
        <translation>Página de informe del ciclo de focalización (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="108"/>
        <source>Territories of the top organisations</source>
        <translation>Territorios de las organizaciones principales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="119"/>
        <source>The alias table cannot be used ({0}): give a table with the columns alias, organisation and kind (dto, state, civilian, armed_group or unidentified).</source>
        <translation>No se puede usar la tabla de alias ({0}): indique una tabla con las columnas alias, organisation y kind (dto, state, civilian, armed_group o unidentified).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="222"/>
        <source>The deaths field &apos;{0}&apos; holds &apos;{1}&apos; for event {2}, not a number: correct the value or choose the field that counts deaths in &apos;Deaths field&apos;.</source>
        <translation>El campo de muertes &apos;{0}&apos; contiene &apos;{1}&apos; en el evento {2}, que no es un número: corrija el valor o elija en &apos;Campo de muertes&apos; el campo que cuenta las muertes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="227"/>
        <source>The deaths field &apos;{0}&apos; is negative ({1}) for event {2}: correct the value (deaths are counts, 0 or more).</source>
        <translation>El campo de muertes &apos;{0}&apos; es negativo ({1}) en el evento {2}: corrija el valor (las muertes son conteos, 0 o más).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="261"/>
        <source>The events layer could not be read: choose a point layer of events.</source>
        <translation>No se pudo leer la capa de eventos: elija una capa de puntos de eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="268"/>
        <source>The events layer has no actor fields (side_a/side_b for UCDP, actor1/actor2 for ACLED): choose the fields that name the organisations in &apos;Actor fields&apos;.</source>
        <translation>La capa de eventos no tiene campos de actores (side_a/side_b para UCDP, actor1/actor2 para ACLED): elija en &apos;Campos de actores&apos; los campos que nombran a las organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="273"/>
        <source>The events layer has no deaths field (best or fatalities): choose the field that counts deaths in &apos;Deaths field&apos;.</source>
        <translation>La capa de eventos no tiene campo de muertes (best o fatalities): elija en &apos;Campo de muertes&apos; el campo que cuenta las muertes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="621"/>
        <source>The events layer has no field &apos;{0}&apos;: choose its location-precision field in PRECISION_FIELD, or leave it empty.</source>
        <translation>La capa de eventos no tiene el campo &apos;{0}&apos;: elija su campo de precisión de ubicación en PRECISION_FIELD, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="303"/>
        <source>The events layer has no field &apos;{0}&apos;: choose one of its fields (or leave it empty to let the plugin find it).</source>
        <translation>La capa de eventos no tiene el campo &apos;{0}&apos;: elija uno de sus campos (o déjelo vacío para que el complemento lo encuentre).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="624"/>
        <source>The events layer has no location-precision field (where_prec, geo_precision): every event is taken as a precise point.</source>
        <translation>La capa de eventos no tiene campo de precisión de ubicación (where_prec, geo_precision): cada evento se toma como un punto preciso.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="281"/>
        <source>The events layer is empty: choose a layer that holds events (UCDP GED or ACLED).</source>
        <translation>La capa de eventos está vacía: elija una capa que contenga eventos (UCDP GED o ACLED).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="123"/>
        <source>The municipalities layer has no CVEGEO code field (nor CVE_ENT and CVE_MUN): choose the INEGI municipal boundaries (or import them with vdto:importmunicipalities).</source>
        <translation>La capa de municipios no tiene campo de clave CVEGEO (ni CVE_ENT y CVE_MUN): elija los límites municipales del INEGI (o impórtelos con vdto:importmunicipalities).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="126"/>
        <source>The municipalities layer has no polygons: choose the INEGI municipal boundaries.</source>
        <translation>La capa de municipios no tiene polígonos: elija los límites municipales del INEGI.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="172"/>
        <source>The one-page public notice for an announcement, in English or Spanish, marked FOR PUBLIC RELEASE: the rule (violence is what draws enforcement), the designated organisation or region, the date and the ranking criterion — and none of the intelligence: no zones, corridors, ports or figures beyond the criterion. The target comes from the targets table of the zones GeoPackage (the latest announced one, or the id given).</source>
        <translation>El aviso público de una página para un anuncio, en inglés o español, marcado FOR PUBLIC RELEASE (PARA DIFUSIÓN PÚBLICA): la regla (la violencia es lo que atrae la intervención), la organización o región designada, la fecha y el criterio de clasificación, y nada de la inteligencia: ni zonas, ni corredores, ni puertos, ni cifras más allá del criterio. El objetivo se toma de la tabla de objetivos del GeoPackage de zonas (el último anunciado, o el id indicado).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="152"/>
        <source>The output {0} ({1}) is locked by another program: close it there (or choose another file name) and run again; the file was left untouched.</source>
        <translation>Otro programa tiene bloqueado el resultado {0} ({1}): ciérrelo allí (o elija otro nombre de archivo) y ejecute de nuevo; el archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="137"/>
        <source>The output {0} cannot be written: {1} is a folder; choose a folder you can write to and a file name inside it.</source>
        <translation>No se puede escribir el resultado {0}: {1} es una carpeta; elija una carpeta con permiso de escritura y un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="146"/>
        <source>The output {0} cannot be written: {1} is not a folder you can write to; choose a folder you can write to.</source>
        <translation>No se puede escribir el resultado {0}: {1} no es una carpeta con permiso de escritura; elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="149"/>
        <source>The output {0} cannot be written: {1} is read-only; choose a folder you can write to or another file name.</source>
        <translation>No se puede escribir el resultado {0}: {1} es de solo lectura; elija una carpeta con permiso de escritura u otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="324"/>
        <source>The output {0} could not be written ({1}): choose a folder you can write to and a file that is not open in another program.</source>
        <translation>No se pudo escribir el resultado {0} ({1}): elija una carpeta con permiso de escritura y un archivo que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="352"/>
        <source>The output {0} could not be written: nothing was produced; choose a folder you can write to and check the disk has space.</source>
        <translation>No se pudo escribir el resultado {0}: no se produjo nada; elija una carpeta con permiso de escritura y compruebe que el disco tenga espacio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="67"/>
        <source>The page could not be exported ({0}): check that the folder of {1} is writable and has free space.</source>
        <translation>No se pudo exportar la página ({0}): compruebe que la carpeta de {1} admita escritura y tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="173"/>
        <source>The period ends ({0}) before it starts ({1}): swap the two dates.</source>
        <translation>El periodo termina ({0}) antes de empezar ({1}): intercambie las dos fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="55"/>
        <source>The targets table of {0} holds no designated or announced target: designate one first (vdto:designatetarget or the dock&apos;s Designate button).</source>
        <translation>La tabla de objetivos de {0} no contiene ningún objetivo designado o anunciado: designe uno primero (vdto:designatetarget o el botón Designar del panel).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cyclebriefing.py" line="41"/>
        <source>The zones file {0} does not exist: choose the zones GeoPackage that holds the targets.</source>
        <translation>El archivo de zonas {0} no existe: elija el GeoPackage de zonas que contiene los objetivos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="134"/>
        <source>The {0} date &apos;{1}&apos; is not a date: write it as YYYY-MM-DD or DD/MM/YYYY (or YYYY-MM, YYYY), e.g. 2020-01-31 or 31/01/2020.</source>
        <translation>La fecha de {0} &apos;{1}&apos; no es una fecha: escríbala como AAAA-MM-DD o DD/MM/AAAA (o AAAA-MM, AAAA), p. ej., 2020-01-31 o 31/01/2020.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="35"/>
        <source>The {0} has no {1} field: {2}</source>
        <translation>La {0} no tiene el campo {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="203"/>
        <source>The {0} layer has no coordinate reference system (CRS): set the layer&apos;s CRS in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene sistema de referencia de coordenadas (SRC): asigne el SRC de la capa en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="209"/>
        <source>The {0} layer&apos;s coordinates (e.g. {1:.0f}, {2:.0f}) do not fit its CRS {3}, which is in degrees: they look like metres; set the layer&apos;s true CRS (e.g. EPSG:6372) in Layer Properties ▸ Source.</source>
        <translation>Las coordenadas de la capa de {0} (p. ej., {1:.0f}, {2:.0f}) no corresponden a su SRC {3}, que está en grados: parecen metros; asigne a la capa su SRC verdadero (p. ej., EPSG:6372) en Propiedades de la capa ▸ Fuente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="36"/>
        <source>Too few months before or after the start date to tell (at least {0} on each side are needed).</source>
        <translation>Hay muy pocos meses antes o después de la fecha de inicio para saberlo (se necesitan al menos {0} de cada lado).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="41"/>
        <source>Too few months to tell: at least {0} months before and {0} after the announcement are needed ({1} before, {2} after in the data).</source>
        <translation>Muy pocos meses para saberlo: se necesitan al menos {0} meses antes y {0} después del anuncio ({1} antes, {2} después en los datos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="141"/>
        <source>Turns INEGI&apos;s Marco Geoestadístico municipalities (shapefile or GeoPackage, fields CVEGEO or CVE_ENT + CVE_MUN, NOMGEO) or any polygon layer with a municipal code field into a clean layer with cvegeo, cve_ent, cve_mun and nom_mun first, keeping every other field. Codes are normalised; features with malformed codes or empty geometries are logged with their name and left out; duplicated codes are refused naming both features; invalid geometries are repaired.</source>
        <translation>Convierte los municipios del Marco Geoestadístico del INEGI (shapefile o GeoPackage, campos CVEGEO o CVE_ENT + CVE_MUN, NOMGEO), o cualquier capa de polígonos con un campo de clave municipal, en una capa limpia con cvegeo, cve_ent, cve_mun y nom_mun al principio, conservando todos los demás campos. Las claves se normalizan; los objetos con claves mal formadas o geometrías vacías se registran con su nombre y se excluyen; las claves duplicadas se rechazan nombrando ambos objetos; las geometrías no válidas se reparan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="44"/>
        <source>Violence attributed to {3} fell after the announcement while the other organisations&apos; did not: consistent with the announcement working.</source>
        <translation>La violencia atribuida a {3} bajó después del anuncio mientras que la de las demás organizaciones no: es consistente con que el anuncio funcione.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="47"/>
        <source>Violence attributed to {3} fell after the announcement, but so did the other organisations&apos;: the fall cannot be credited to the announcement.</source>
        <translation>La violencia atribuida a {3} bajó después del anuncio, pero también la de las demás organizaciones: la baja no se puede atribuir al anuncio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="50"/>
        <source>Violence attributed to {3} rose after the announcement while the other organisations&apos; did not: the announcement has not changed its tactics.</source>
        <translation>La violencia atribuida a {3} subió después del anuncio mientras que la de las demás organizaciones no: el anuncio no ha cambiado sus tácticas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="53"/>
        <source>Violence attributed to {3} rose after the announcement, as did the other organisations&apos;: a general rise, not a response to the announcement.</source>
        <translation>La violencia atribuida a {3} subió después del anuncio, igual que la de las demás organizaciones: un aumento general, no una respuesta al anuncio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="30"/>
        <source>Violence fell in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia bajó en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="32"/>
        <source>Violence rose in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia subió en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="102"/>
        <source>Violence surface (kernel density)</source>
        <translation>Superficie de violencia (densidad por núcleo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="744"/>
        <source>Where two organisations&apos; territories (vdto:territories) overlap in the same period: one polygon per pair with both names, the area, and the deaths of the events inside — attributed to each of the two (same attribution as vdto:rankvdtos) and in all. Rival violence and power vacuums follow arrests in such places: watch them after any enforcement action. Give the events and the period the territories were drawn from. vdto:targetpackage flags the organisations whose territory is contested.</source>
        <translation>Donde los territorios de dos organizaciones (vdto:territories) se superponen en el mismo periodo: un polígono por par con ambos nombres, la superficie y las muertes de los eventos dentro, atribuidas a cada una de las dos (misma atribución que vdto:rankvdtos) y en total. En esos lugares, la violencia entre rivales y los vacíos de poder siguen a las detenciones: vigílelos después de cualquier acción de intervención. Indique los eventos y el periodo a partir de los cuales se trazaron los territorios. vdto:targetpackage señala las organizaciones cuyo territorio está en disputa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="70"/>
        <source>Writes a small SYNTHETIC scenario to one GeoPackage, generated deterministically from a seed: hexagonal demo municipalities clipped to Mexico&apos;s states (QGIS&apos;s bundled Natural Earth world map), a monthly homicide table, lethal events attributed to fictitious organisations, approximate ports of entry, synthetic U.S. hubs and three demo enforcement zones. For demonstrations and training only: none of it is real intelligence.</source>
        <translation>Escribe un pequeño escenario SINTÉTICO en un GeoPackage, generado de forma determinista a partir de una semilla: municipios hexagonales de demostración recortados a los estados de México (mapa mundial Natural Earth incluido en QGIS), una tabla mensual de homicidios, eventos letales atribuidos a organizaciones ficticias, puertos de entrada aproximados, centros sintéticos en EE. UU. y tres zonas de intervención de demostración. Solo para demostraciones y capacitación: nada de ello es inteligencia real.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="24"/>
        <source>Writes the chosen layers (inputs, results, zones; vector and raster) into ONE GeoPackage with their styles in its layer_styles table, rasters as GeoPackage raster tables, and a QGIS project stored inside the same GeoPackage — optionally with the briefing layout — so a colleague opens one file, offline, and sees the same map: the project&apos;s layer order, groups and visibility, each layer&apos;s style (and the zones layer&apos;s form, editable, in a table named zones), and the map extent given in EXTENT (default: the briefing&apos;s main map). The bundled layout renders the briefing&apos;s pages: tables, legends and the concentration curve travel inside the pack. In QGIS: Project ▸ Open From ▸ GeoPackage.</source>
        <translation>Escribe las capas elegidas (entradas, resultados, zonas; vectoriales y ráster) en UN solo GeoPackage con sus estilos en su tabla layer_styles, los ráster como tablas ráster de GeoPackage, y un proyecto de QGIS guardado dentro del mismo GeoPackage (opcionalmente con la composición del informe), para que un colega abra un solo archivo, sin conexión, y vea el mismo mapa: el orden de capas del proyecto, grupos y visibilidad, el estilo de cada capa (y el formulario de la capa de zonas, editable, en una tabla llamada zones), y la extensión del mapa indicada en EXTENT (por omisión: el mapa principal del informe). La composición incluida reproduce las páginas del informe: las tablas, leyendas y la curva de concentración viajan dentro del paquete. En QGIS: Proyecto ▸ Abrir desde ▸ GeoPackage.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="197"/>
        <source>Writes the targeting cycle&apos;s targets table in the zones GeoPackage (created by vdto:createzoneslayer): a new target (organisation or region, with the ranking criterion and its period) or a change of an existing one&apos;s status — proposed, designated, announced (with the announcement date) or closed. Each change is on disk when the algorithm returns. NEXT lists the ranking with the designated and announced organisations left out: the next most violent.</source>
        <translation>Escribe la tabla de objetivos del ciclo de focalización en el GeoPackage de zonas (creado por vdto:createzoneslayer): un objetivo nuevo (organización o región, con el criterio de clasificación y su periodo) o un cambio de estado de uno existente: proposed (propuesto), designated (designado), announced (anunciado, con la fecha del anuncio) o closed (cerrado). Cada cambio está en disco cuando el algoritmo termina. NEXT lista la clasificación sin las organizaciones designadas y anunciadas: la siguiente más violenta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="77"/>
        <source>Writes the workspace&apos;s zones and targets into a field pack (one GeoPackage with styles and a QGIS project inside, like &apos;Offline field pack&apos;) for a laptop with no network; the versions checked out are recorded inside so &apos;Check in&apos; can tell what was edited in the field. DATABASE is a libpq URI (postgresql://user@host:5432/database; password in the URI or ~/.pgpass) or the name of a QGIS PostgreSQL connection (Browser ▸ PostgreSQL); SCHEMA is the workspace&apos;s schema (default vdto).</source>
        <translation>Escribe las zonas y los objetivos del espacio de trabajo en un paquete de campo (un GeoPackage con estilos y un proyecto de QGIS dentro, como &apos;Paquete de campo sin conexión&apos;) para una portátil sin red; las versiones sacadas se registran dentro para que &apos;Devolver&apos; sepa qué se editó en campo. DATABASE es una URI de libpq (postgresql://user@host:5432/database; contraseña en la URI o en ~/.pgpass) o el nombre de una conexión PostgreSQL de QGIS (Navegador ▸ PostgreSQL); SCHEMA es el esquema del espacio de trabajo (por omisión vdto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="37"/>
        <source>Zone statistics (PAI, concentration curve)</source>
        <translation>Estadísticas de zonas (PAI, curva de concentración)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="66"/>
        <source>diffusion of benefits: violence fell in the zone and in the ring around it</source>
        <translation>difusión de beneficios: la violencia bajó en la zona y en el anillo a su alrededor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="64"/>
        <source>displacement: violence fell in the zone but rose in the ring around it</source>
        <translation>desplazamiento: la violencia bajó en la zona, pero subió en el anillo a su alrededor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="171"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="96"/>
        <source>equal shares among the parties</source>
        <translation>partes iguales entre las partes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="282"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="53"/>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="96"/>
        <source>full involvement (each party credited with every death of its events)</source>
        <translation>participación plena (a cada parte se le atribuyen todas las muertes de sus eventos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="41"/>
        <source>increased</source>
        <translation>aumentó</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="49"/>
        <source>n/a (one event or one year)</source>
        <translation>n/d (un evento o un año)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="68"/>
        <source>no clear effect on the ring: violence fell in the zone; the ring changed like the control</source>
        <translation>sin efecto claro en el anillo: la violencia bajó en la zona; el anillo cambió igual que el control</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="42"/>
        <source>no detectable change</source>
        <translation>sin cambio detectable</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="72"/>
        <source>no events in the control area before or after: cannot tell</source>
        <translation>sin eventos en el área de control antes o después: no se puede saber</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="74"/>
        <source>no events in the zone before the announcement: nothing to judge</source>
        <translation>sin eventos en la zona antes del anuncio: nada que juzgar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="40"/>
        <source>reduced</source>
        <translation>redujo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="51"/>
        <source>rising</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="54"/>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="170"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="43"/>
        <source>too few months</source>
        <translation>muy pocos meses</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/cycle.py" line="70"/>
        <source>violence did not fall in the zone (relative to the control): displacement cannot be judged</source>
        <translation>la violencia no bajó en la zona (respecto al control): no se puede juzgar el desplazamiento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="115"/>
        <source>{0:,} event(s) ({1:,.0f} deaths) are known only to a municipality or a state and were left out of the map: give the municipalities layer (MUNICIPALITIES) to spread them over their municipality or state.</source>
        <translation>{0:,} evento(s) ({1:,.0f} muertes) se conocen solo a nivel municipio o estado y quedaron fuera del mapa: indique la capa de municipios (MUNICIPALITIES) para repartirlos sobre su municipio o estado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="331"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out of the period.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron del periodo.</translation>
    </message>
</context>
<context>
    <name>VdtoCrs</name>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="29"/>
        <source>the layer has no coordinate reference system</source>
        <translation>la capa no tiene sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="31"/>
        <source>the layer&apos;s own CRS {0} (projected, metres)</source>
        <translation>el SRC propio de la capa, {0} (proyectado, metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="34"/>
        <source>the project CRS {0}, because the layer&apos;s CRS {1} is not in metres</source>
        <translation>el SRC del proyecto, {0}, porque el SRC {1} de la capa no está en metros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="36"/>
        <source>{0} (INEGI Lambert, metres), because the layer&apos;s CRS {1} is not in metres</source>
        <translation>{0} (Lambert del INEGI, metros), porque el SRC {1} de la capa no está en metros</translation>
    </message>
</context>
<context>
    <name>VdtoHelp</name>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="46"/>
        <source>A kernel density estimate of lethal events (or of municipal counts): each event spreads its weight over a circle of the chosen radius. Drag the radius slider to preview the surface live; Run writes the full surface as a GeoTIFF.</source>
        <translation>Una estimación de densidad por núcleo de los eventos letales (o de los conteos municipales): cada evento reparte su peso sobre un círculo del radio elegido. Arrastre el control de radio para ver la superficie en vivo; Ejecutar escribe la superficie completa como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="87"/>
        <source>Attributes each event&apos;s deaths to the organisations involved, ranks the organisations by the violence they are responsible for, maps each one&apos;s territory, and traces corridors from that territory through the U.S. ports of entry it most likely uses to U.S. destinations.</source>
        <translation>Atribuye las muertes de cada evento a las organizaciones involucradas, clasifica a las organizaciones por la violencia de la que son responsables, cartografía el territorio de cada una y traza corredores desde ese territorio, a través de los puertos de entrada de EE. UU. que más probablemente usa, hasta destinos en EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="135"/>
        <source>Builds the briefing a decision maker reads in two minutes: a map page, the ranking and zone tables, and one page per zone, as PDF and PNG, over an offline basemap. The field pack puts inputs, results, styles and the project in one GeoPackage for laptops without network.</source>
        <translation>Genera el informe que un responsable de decisiones lee en dos minutos: una página de mapa, las tablas de clasificación y de zonas, y una página por zona, en PDF y PNG, sobre un mapa base sin conexión. El paquete de campo reúne entradas, resultados, estilos y el proyecto en un solo GeoPackage para portátiles sin red.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>Chainey, Tompson and Uhlig (2008); Braga et al. (2001).</source>
        <translation>Chainey, Tompson y Uhlig (2008); Braga et al. (2001).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="16"/>
        <source>Choose the homicide table (INEGI death certificates or SESNSP), population (census or CONAPO), U.S.–Mexico land ports of entry (BTS) and U.S. destinations. The municipalities (INEGI Marco Geoestadístico, 5-digit CVEGEO code), the geolocated lethal events (UCDP GED or ACLED) and the period are the analysis&apos;s, set once at the top of the panel for every step. Join builds the municipal indicators for the analysis period (whole years when it spans several).</source>
        <translation>Elija la tabla de homicidios (certificados de defunción del INEGI o SESNSP), la población (censo o CONAPO), los puertos de entrada terrestres México–EE. UU. (BTS) y los destinos en EE. UU. Los municipios (Marco Geoestadístico del INEGI, clave CVEGEO de 5 dígitos), los eventos letales geolocalizados (UCDP GED o ACLED) y el periodo son los del análisis, y se fijan una sola vez en la parte superior del panel para todos los pasos. Unir construye los indicadores municipales del periodo del análisis (años completos cuando abarca varios).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="87"/>
        <source>Deaths: attributed deaths (full involvement counts every party; equal shares splits them). Share: of all attributed deaths in the period. A region is marked region-targeted when no organisation reaches the threshold share of its violence. Corridor exposure: violence inside the corridor on the Mexican side; events located as points count where they fall, events known only to a municipality or a state by the share of its area the corridor covers, coarser ones not at all.</source>
        <translation>Muertes: muertes atribuidas (la participación plena cuenta a cada parte; las partes iguales las reparten). Proporción: del total de muertes atribuidas en el periodo. Una región se marca como objetivo como región cuando ninguna organización alcanza la proporción umbral de su violencia. Exposición del corredor: violencia dentro del corredor del lado mexicano; los eventos ubicados como puntos cuentan donde caen, los conocidos solo a nivel municipio o estado según la proporción de su superficie que cubre el corredor, y los más gruesos, en absoluto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="46"/>
        <source>Density output is in events (or deaths) per km², and the surface adds up to the total weight. Raw output matches QGIS&apos;s heatmap cell for cell. The radius is always in metres; a larger radius shows regions, a smaller one shows towns. Radius 0 chooses one automatically and reports the rule.</source>
        <translation>La salida de densidad está en eventos (o muertes) por km², y la superficie suma el peso total. La salida bruta coincide celda por celda con el mapa de calor de QGIS. El radio siempre está en metros; un radio mayor muestra regiones y uno menor, localidades. Con radio 0 se elige uno automáticamente y se informa la regla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>Enforcement zones are the places where the announced, concentrated enforcement is delivered. Draw them on the map; each finished zone is saved to its GeoPackage at once. The zones file, the events, the deaths field, the study area and the period are the analysis&apos;s (top of the panel); the table follows the zones layer wherever it is edited.</source>
        <translation>Las zonas de intervención son los lugares donde se aplica la intervención anunciada y concentrada. Dibújelas en el mapa; cada zona terminada se guarda de inmediato en su GeoPackage. El archivo de zonas, los eventos, el campo de muertes, el área de estudio y el periodo son los del análisis (parte superior del panel); la tabla sigue a la capa de zonas dondequiera que se edite.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="16"/>
        <source>Every date in every step is read the same way: ISO 2020-04-03; Mexican day-first 03/04/2020, 3-4-2020 or 03.04.2020 is 3 April 2020, never 4 March (04/13/2020 is refused, not guessed); a month 2020-04, 04/2020 or &apos;marzo 2020&apos;; a year 2020, as text or number, so a text year column works as a year. A date known only to its month or year covers all of it: it is inside a period only when all of it is, and a year alone has no month (a monthly evaluation leaves it out instead of putting it in January). Two-digit years and impossible dates are refused.</source>
        <translation>Todas las fechas de todos los pasos se leen igual: ISO 2020-04-03; día primero a la mexicana 03/04/2020, 3-4-2020 o 03.04.2020 es el 3 de abril de 2020, nunca el 4 de marzo (04/13/2020 se rechaza, no se adivina); un mes 2020-04, 04/2020 o &apos;marzo 2020&apos;; un año 2020, como texto o número, así que una columna de año en texto funciona como año. Una fecha conocida solo por su mes o su año abarca todo ese mes o año: está dentro de un periodo solo cuando lo está completa, y un año solo no tiene mes (una evaluación mensual lo excluye en lugar de ponerlo en enero). Los años de dos dígitos y las fechas imposibles se rechazan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="66"/>
        <source>Finds municipalities whose violence, together with their neighbours&apos;, is higher than chance would give (Getis-Ord Gi*), and where high values sit next to high values (Local Moran&apos;s I). Contiguous hot municipalities are dissolved into violent regions, the targets where no organisation can be named.</source>
        <translation>Encuentra municipios cuya violencia, junto con la de sus vecinos, es mayor de lo que daría el azar (Getis-Ord Gi*), y dónde los valores altos están junto a valores altos (I de Moran local). Los municipios calientes contiguos se disuelven en regiones violentas, los objetivos cuando no se puede nombrar a ninguna organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="66"/>
        <source>Getis and Ord (1992); Ord and Getis (1995); Anselin (1995); Marshall (1991); Assunção and Reis (1999); Benjamini and Hochberg (1995).</source>
        <translation>Getis y Ord (1992); Ord y Getis (1995); Anselin (1995); Marshall (1991); Assunção y Reis (1999); Benjamini y Hochberg (1995).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="16"/>
        <source>How dates are read</source>
        <translation>Cómo se leen las fechas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="16"/>
        <source>INEGI, Marco Geoestadístico and mortality statistics; SESNSP, municipal crime incidence; UCDP Georeferenced Event Dataset (CC BY 4.0); BTS border crossing data.</source>
        <translation>INEGI, Marco Geoestadístico y estadísticas de mortalidad; SESNSP, incidencia delictiva municipal; UCDP Georeferenced Event Dataset (CC BY 4.0); datos de cruces fronterizos del BTS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="16"/>
        <source>Joined: municipalities that received counts and population. Not joined: rows whose code matched no municipality; they are listed in the log with code and name, never dropped silently. Codes are normalised first (1001 becomes 01001).</source>
        <translation>Unidos: municipios que recibieron conteos y población. No unidos: filas cuya clave no coincidió con ningún municipio; se listan en el registro con clave y nombre, nunca se descartan en silencio. Las claves se normalizan primero (1001 pasa a 01001).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="87"/>
        <source>Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring and Piehl (2001), Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted Enforcement (2014).</source>
        <translation>Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring y Piehl (2001), Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted Enforcement (2014).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>PAI (Predictive Accuracy Index) = share of violence captured / share of area. A PAI of 10 means the zone holds ten times the violence its size would suggest. The concentration curve and its Gini coefficient show how concentrated violence is across all zones.</source>
        <translation>PAI (índice de precisión predictiva) = proporción de la violencia captada / proporción del área. Un PAI de 10 significa que la zona contiene diez veces la violencia que sugeriría su tamaño. La curva de concentración y su coeficiente de Gini muestran qué tan concentrada está la violencia en el conjunto de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="46"/>
        <source>Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson and Uhlig (2008), The utility of hotspot mapping for predicting spatial patterns of crime.</source>
        <translation>Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson y Uhlig (2008), The utility of hotspot mapping for predicting spatial patterns of crime.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>Team workspace</source>
        <translation>Espacio de trabajo del equipo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="135"/>
        <source>The briefing repeats the figures of the earlier steps and states the ranking criterion, the period and the data sources with their attributions. The handling marking is printed on every page.</source>
        <translation>El informe repite las cifras de los pasos anteriores e indica el criterio de clasificación, el periodo y las fuentes de datos con sus atribuciones. La marca de manejo se imprime en cada página.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="135"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="135"/>
        <source>What the figures mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="110"/>
        <source>Workspace… opens the team&apos;s zones on a PostGIS server instead of a file; a save over a colleague&apos;s newer change is refused and both versions are shown. If the server cannot be reached, each zone drawn or edited is kept at once in a local journal (a GeoPackage in your QGIS profile) and sent with the same version check when the server is back; nothing is lost if QGIS closes.</source>
        <translation>Espacio de trabajo… abre las zonas del equipo en un servidor PostGIS en lugar de un archivo; se rechaza guardar sobre un cambio más reciente de un colega y se muestran ambas versiones. Si no se puede acceder al servidor, cada zona dibujada o editada se guarda de inmediato en un diario local (un GeoPackage en su perfil de QGIS) y se envía con la misma verificación de versión cuando el servidor vuelve; no se pierde nada si QGIS se cierra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="66"/>
        <source>gi_z above 2.58, 1.96 or 1.65: hot spot at 99, 95 or 90% confidence; p-values come from random permutations (seeded, reproducible). With the False Discovery Rate option fewer, more reliable hot spots remain. Empirical Bayes rates pull small municipalities towards their region&apos;s rate so a single death in a village does not look like an epidemic.</source>
        <translation>gi_z por encima de 2,58, 1,96 o 1,65: punto caliente con 99, 95 o 90 % de confianza; los valores p provienen de permutaciones aleatorias (con semilla, reproducibles). Con la opción de tasa de falsos descubrimientos quedan menos puntos calientes, pero más fiables. Las tasas de Bayes empírico acercan los municipios pequeños a la tasa de su región, para que una sola muerte en un pueblo no parezca una epidemia.</translation>
    </message>
</context>
<context>
    <name>VdtoPipeline</name>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="159"/>
        <source>The events layer {0} does not open: check the path.</source>
        <translation>La capa de eventos {0} no se abre: revise la ruta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="145"/>
        <source>[done] {0}: {1} in {2:.1f} s</source>
        <translation>[hecho] {0}: {1} en {2:.1f} s</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="149"/>
        <source>[events] {0}: {1}</source>
        <translation>[eventos] {0}: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="140"/>
        <source>[failed] {0}: {1}: {2}</source>
        <translation>[falló] {0}: {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="388"/>
        <source>[fallback] zones: {0} proposed zones written directly to {1}</source>
        <translation>[alternativa] zonas: {0} zonas propuestas escritas directamente en {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="116"/>
        <source>[not available] {0}: algorithm {1} is not installed; the briefing prints what the other steps produced</source>
        <translation>[no disponible] {0}: el algoritmo {1} no está instalado; el informe imprime lo que produjeron los demás pasos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="126"/>
        <source>[not available] {0}: {1} needs {2}, which this pipeline cannot supply</source>
        <translation>[no disponible] {0}: {1} necesita {2}, que este flujo no puede proporcionar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="201"/>
        <source>[skip] indicators and hotspots: the homicide counts cover whole years {0}–{1}, not the period {2} – {3}; the briefing has no violent regions</source>
        <translation>[omitido] indicadores y puntos calientes: los conteos de homicidios cubren años completos {0}–{1}, no el periodo {2} – {3}; el informe no tiene regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="300"/>
        <source>[skip] zones: no organisations in the events, no zones proposed</source>
        <translation>[omitido] zonas: no hay organizaciones en los eventos, no se proponen zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="111"/>
        <source>[skip] {0}: skipped on request</source>
        <translation>[omitido] {0}: omitido a petición</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/workflow.py" line="182"/>
        <source>events in the period {0} – {1}: {2}</source>
        <translation>eventos en el periodo {0} – {1}: {2}</translation>
    </message>
</context>
<context>
    <name>VdtoProvider</name>
    <message>
        <location filename="../vdto_targeting/processing/provider.py" line="76"/>
        <source>Could not load algorithm {0}: {1}</source>
        <translation>No se pudo cargar el algoritmo {0}: {1}</translation>
    </message>
</context>
<context>
    <name>VdtoTargetingDock</name>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="49"/>
        <source>1 · Data</source>
        <translation>1 · Datos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="49"/>
        <source>2 · Violence surface</source>
        <translation>2 · Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="49"/>
        <source>3 · Hotspots and regions</source>
        <translation>3 · Puntos calientes y regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="50"/>
        <source>4 · Organisations and corridors</source>
        <translation>4 · Organizaciones y corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="50"/>
        <source>5 · Enforcement zones</source>
        <translation>5 · Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="51"/>
        <source>6 · Briefing</source>
        <translation>6 · Informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="52"/>
        <source>Choose or import municipalities, homicides, population, events and ports.</source>
        <translation>Elija o importe municipios, homicidios, población, eventos y puertos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="56"/>
        <source>Draw enforcement zones and judge them by the violence they capture (PAI).</source>
        <translation>Dibuje zonas de intervención y evalúelas por la violencia que captan (PAI).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="54"/>
        <source>Gi* and Local Moran&apos;s I hotspots; contiguous hot municipalities become violent regions.</source>
        <translation>Puntos calientes Gi* e I de Moran local; los municipios calientes contiguos forman regiones violentas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="53"/>
        <source>Kernel density of lethal events, with a live radius preview.</source>
        <translation>Densidad por núcleo de los eventos letales, con vista previa del radio en vivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="57"/>
        <source>Print the two-minute briefing and write the offline field pack.</source>
        <translation>Imprima el informe de dos minutos y escriba el paquete de campo sin conexión.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="55"/>
        <source>Rank the most violent organisations and trace their corridors to U.S. ports of entry.</source>
        <translation>Clasifique las organizaciones más violentas y trace sus corredores hacia los puertos de entrada de EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="39"/>
        <source>VDTO Targeting</source>
        <translation>VDTO Targeting</translation>
    </message>
</context>
<context>
    <name>VdtoTargetingPlugin</name>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="54"/>
        <source>Open the targeted-enforcement workflow: data, violence surface, hotspots, organisations and corridors, zones, briefing.</source>
        <translation>Abre el flujo de trabajo de intervención focalizada: datos, superficie de violencia, puntos calientes, organizaciones y corredores, zonas, informe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="53"/>
        <source>Show or hide the VDTO Targeting panel</source>
        <translation>Mostrar u ocultar el panel de VDTO Targeting</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="47"/>
        <source>VDTO Targeting</source>
        <translation>VDTO Targeting</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="49"/>
        <source>VDTO Targeting panel</source>
        <translation>Panel de VDTO Targeting</translation>
    </message>
</context>
<context>
    <name>ViolenceSurface</name>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="247"/>
        <source>A period was given but the layer has no date field to filter on: choose the DATE_FIELD that holds each event&apos;s date, or clear START and END.</source>
        <translation>Se indicó un periodo, pero la capa no tiene un campo de fecha por el cual filtrar: elija en DATE_FIELD el campo con la fecha de cada evento, o borre START y END.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="163"/>
        <source>At a point on the surface</source>
        <translation>En un punto sobre la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="381"/>
        <source>Automatic radius: {0:,.0f} m ({1}).</source>
        <translation>Radio automático: {0:,.0f} m ({1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="181"/>
        <source>CRS of the surface</source>
        <translation>SRC de la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="171"/>
        <source>Date field (for the period)</source>
        <translation>Campo de fecha (para el periodo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="156"/>
        <source>Decay ratio (Triangular kernel only)</source>
        <translation>Razón de decaimiento (solo núcleo triangular)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="160"/>
        <source>Density (events per km²)</source>
        <translation>Densidad (eventos por km²)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="363"/>
        <source>Distances in metres in {0}.</source>
        <translation>Distancias en metros en {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="99"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="143"/>
        <source>Events (points) or municipalities with counts (polygons)</source>
        <translation>Eventos (puntos) o municipios con conteos (polígonos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="443"/>
        <source>Every weight in &apos;{0}&apos; is NULL (empty), so the surface would be zero everywhere: choose the weight field that holds the deaths or counts, or leave WEIGHT_FIELD empty to count each event once.</source>
        <translation>Todos los pesos en &apos;{0}&apos; son NULL (vacíos), así que la superficie valdría cero en todas partes: elija el campo de peso con las muertes o los conteos, o deje WEIGHT_FIELD vacío para contar cada evento una vez.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="170"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="182"/>
        <source>Features used</source>
        <translation>Objetos usados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="99"/>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="300"/>
        <source>Grid {0} × {1} cells of {2:g} m; memory needed about {3:.0f} MB (budget {4:.0f} MB).</source>
        <translation>Cuadrícula de {0} × {1} celdas de {2:g} m; memoria necesaria de unos {3:.0f} MB (presupuesto {4:.0f} MB).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="153"/>
        <source>Kernel shape</source>
        <translation>Forma del núcleo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="167"/>
        <source>Mask (edge correction; cells outside become nodata)</source>
        <translation>Máscara (corrección de bordes; las celdas exteriores quedan sin datos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="541"/>
        <source>Mask: {0:,} of {1:,} cells inside; each event&apos;s kernel is renormalised to them.</source>
        <translation>Máscara: {0:,} de {1:,} celdas dentro; el núcleo de cada evento se renormaliza a ellas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="184"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="454"/>
        <source>Method: {0} ({1:,} points, radius {2:.1f} pixels).</source>
        <translation>Método: {0} ({1:,} puntos, radio de {2:.1f} píxeles).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="432"/>
        <source>No features are left after the period filter ({0} to {1}): widen START/END or check DATE_FIELD.</source>
        <translation>No queda ningún objeto después del filtro de periodo ({0} a {1}): amplíe START/END o revise DATE_FIELD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="435"/>
        <source>None of the {0:,} events can be mapped: they are known only to a region or the country, or to a municipality or state while no municipalities layer was given; give MUNICIPALITIES, or choose &apos;Spread over their state&apos; in STATE_EVENTS.</source>
        <translation>Ninguno de los {0:,} eventos se puede mapear: se conocen solo a nivel región o país, o a nivel municipio o estado sin que se indicara una capa de municipios; indique MUNICIPALITIES, o elija &apos;Repartir sobre su estado&apos; en STATE_EVENTS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="160"/>
        <source>Output values</source>
        <translation>Valores de salida</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="176"/>
        <source>Period end (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>Fin del periodo (AAAA, AAAA-MM, AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="174"/>
        <source>Period start (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>Inicio del periodo (AAAA, AAAA-MM, AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="520"/>
        <source>Period {0} – {1} on &apos;{2}&apos;: {3:,} outside, {4:,} without a date.</source>
        <translation>Periodo {0} – {1} en &apos;{2}&apos;: {3:,} fuera, {4:,} sin fecha.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="151"/>
        <source>Pixel size in metres</source>
        <translation>Tamaño de píxel en metros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="163"/>
        <source>Polygon input</source>
        <translation>Entrada poligonal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="511"/>
        <source>QGIS reader</source>
        <translation>lector de QGIS</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="97"/>
        <source>Quartic</source>
        <translation>Cuártico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="149"/>
        <source>Radius in metres (0 = automatic)</source>
        <translation>Radio en metros (0 = automático)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="180"/>
        <source>Radius used (m)</source>
        <translation>Radio usado (m)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="160"/>
        <source>Raw (as QGIS&apos;s heatmap)</source>
        <translation>Bruto (como el mapa de calor de QGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="163"/>
        <source>Spread uniformly over the polygon</source>
        <translation>Repartir uniformemente sobre el polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="383"/>
        <source>The automatic radius ({0:,.0f} m) is smaller than a pixel ({1:g} m): choose a smaller PIXEL_SIZE for a smooth surface.</source>
        <translation>El radio automático ({0:,.0f} m) es menor que un píxel ({1:g} m): elija un PIXEL_SIZE más pequeño para obtener una superficie suave.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="259"/>
        <source>The extent is empty: draw or choose an extent with a width and a height, or leave it blank to cover the layer.</source>
        <translation>La extensión está vacía: dibuje o elija una extensión con ancho y alto, o déjela en blanco para cubrir toda la capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="423"/>
        <source>The input layer could not be read completely ({0}): save it as a GeoPackage of single points (e.g. Multipart to singleparts) and run again.</source>
        <translation>No se pudo leer completa la capa de entrada ({0}): guárdela como un GeoPackage de puntos sencillos (p. ej., con De multiparte a partes sencillas) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="191"/>
        <source>The input layer could not be read: choose a point layer of events or a polygon layer of municipalities.</source>
        <translation>No se pudo leer la capa de entrada: elija una capa de puntos de eventos o una capa de polígonos de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="195"/>
        <source>The input layer has lines, but a violence surface needs points (events) or polygons (municipalities with counts): convert the lines to points (e.g. with Centroids) or choose another layer.</source>
        <translation>La capa de entrada tiene líneas, pero una superficie de violencia necesita puntos (eventos) o polígonos (municipios con conteos): convierta las líneas en puntos (p. ej., con Centroides) o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="202"/>
        <source>The input layer has no coordinate reference system, so distances in metres cannot be measured: set the layer&apos;s CRS (Layer Properties › Source), e.g. EPSG:4326 for longitude/latitude.</source>
        <translation>La capa de entrada no tiene sistema de referencia de coordenadas, así que no se pueden medir distancias en metros: asigne el SRC de la capa (Propiedades de la capa › Fuente), p. ej., EPSG:4326 para longitud/latitud.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="199"/>
        <source>The input layer has no geometries: choose a point layer of events or a polygon layer of municipalities.</source>
        <translation>La capa de entrada no tiene geometrías: elija una capa de puntos de eventos o una capa de polígonos de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="439"/>
        <source>The input layer has no valid geometries: all {0} feature(s) have an empty or missing geometry; repair the layer (e.g. Fix geometries) or choose another one.</source>
        <translation>La capa de entrada no tiene geometrías válidas: los {0} objeto(s) tienen la geometría vacía o ausente; repare la capa (p. ej., con Corregir geometrías) o elija otra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="269"/>
        <source>The input layer has no valid geometries: every feature&apos;s geometry is empty or missing; repair the layer (e.g. Fix geometries) or choose another one.</source>
        <translation>La capa de entrada no tiene geometrías válidas: la geometría de cada objeto está vacía o ausente; repare la capa (p. ej., con Corregir geometrías) o elija otra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="206"/>
        <source>The input layer is empty: choose a layer with events, or clear the filter or selection that hides them.</source>
        <translation>La capa de entrada está vacía: elija una capa con eventos, o quite el filtro o la selección que los oculta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="558"/>
        <source>The input layer mixes geometry types ({0}): a violence surface is computed from points (events) or from polygons (municipalities), not both; keep one kind (e.g. Extract by expression on geometry type) or choose another layer.</source>
        <translation>La capa de entrada mezcla tipos de geometría ({0}): una superficie de violencia se calcula a partir de puntos (eventos) o de polígonos (municipios), no de ambos; conserve un solo tipo (p. ej., con Extraer por expresión sobre el tipo de geometría) o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="279"/>
        <source>The layer&apos;s coordinates do not fit its CRS {0} (e.g. metres in a layer declared as longitude/latitude), so they cannot be projected to {1}: set the layer&apos;s true CRS (Layer Properties › Source) and run again.</source>
        <translation>Las coordenadas de la capa no corresponden a su SRC {0} (p. ej., metros en una capa declarada en longitud/latitud), así que no se pueden proyectar a {1}: asigne a la capa su SRC verdadero (Propiedades de la capa › Fuente) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="539"/>
        <source>The mask does not cover any cell of the surface: choose a mask polygon that overlaps the events (e.g. Mexico&apos;s outline), or leave MASK empty.</source>
        <translation>La máscara no cubre ninguna celda de la superficie: elija un polígono de máscara que se traslape con los eventos (p. ej., el contorno de México) o deje MASK vacío.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="529"/>
        <source>The mask layer has no coordinate reference system: set its CRS (Layer Properties › Source) or choose another mask.</source>
        <translation>La capa de máscara no tiene sistema de referencia de coordenadas: asigne su SRC (Propiedades de la capa › Fuente) o elija otra máscara.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="535"/>
        <source>The mask layer holds {0}: a mask must be polygons only; delete the other features or choose another mask.</source>
        <translation>La capa de máscara contiene {0}: una máscara debe tener solo polígonos; borre los demás objetos o elija otra máscara.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="371"/>
        <source>The output &apos;{0}&apos; is not a GeoTIFF: save the surface with a .tif extension.</source>
        <translation>El resultado &apos;{0}&apos; no es un GeoTIFF: guarde la superficie con la extensión .tif.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="233"/>
        <source>The period date &apos;{0}&apos; is not a date: write it as YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY (e.g. 2010-06-30 or 30/06/2010).</source>
        <translation>La fecha del periodo &apos;{0}&apos; no es una fecha: escríbala como AAAA, AAAA-MM, AAAA-MM-DD o DD/MM/AAAA (p. ej., 2010-06-30 o 30/06/2010).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="238"/>
        <source>The period starts ({0}) after it ends ({1}): swap START and END.</source>
        <translation>El periodo empieza ({0}) después de terminar ({1}): intercambie START y END.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="262"/>
        <source>The pixel size ({0} m) is larger than the extent ({1:.0f} × {2:.0f} m): choose a pixel size smaller than the extent, e.g. {3:g} m.</source>
        <translation>El tamaño de píxel ({0} m) es mayor que la extensión ({1:.0f} × {2:.0f} m): elija un tamaño de píxel menor que la extensión, p. ej., {3:g} m.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="289"/>
        <source>The pixel size ({0} m) is larger than the extent of the events grown by the radius ({1:.0f} × {2:.0f} m): choose a smaller pixel size, e.g. {3:g} m.</source>
        <translation>El tamaño de píxel ({0} m) es mayor que la extensión de los eventos ampliada por el radio ({1:.0f} × {2:.0f} m): elija un tamaño de píxel menor, p. ej., {3:g} m.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="217"/>
        <source>The pixel size is {0} m, but it must be positive: enter a cell size in metres such as 1000.</source>
        <translation>El tamaño de píxel es {0} m, pero debe ser positivo: escriba un tamaño de celda en metros, como 1000.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="396"/>
        <source>The radius ({0:g} m) is smaller than one pixel ({1:g} m): each event lights only the cells whose centre is within {0:g} m. RADIUS is in metres, not degrees.</source>
        <translation>El radio ({0:g} m) es menor que un píxel ({1:g} m): cada evento ilumina solo las celdas cuyo centro está a menos de {0:g} m. RADIUS está en metros, no en grados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="391"/>
        <source>The radius ({0:g} m) is under half a pixel ({1:g} m), so most events would reach no cell centre at all: RADIUS is in metres, not degrees — enter a radius of at least half a pixel (e.g. 20000 m), or a smaller PIXEL_SIZE, or 0 for an automatic radius.</source>
        <translation>El radio ({0:g} m) es menor que medio píxel ({1:g} m), así que la mayoría de los eventos no alcanzaría ningún centro de celda: RADIUS está en metros, no en grados; escriba un radio de al menos medio píxel (p. ej., 20000 m), o un PIXEL_SIZE menor, o 0 para un radio automático.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="214"/>
        <source>The radius is {0} m, but it must be positive (or 0 for an automatic radius): enter a distance in metres such as 20000.</source>
        <translation>El radio es {0} m, pero debe ser positivo (o 0 para un radio automático): escriba una distancia en metros, como 20000.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="554"/>
        <source>The surface could not be written to &apos;{0}&apos; ({1}): choose a folder you can write to and check the disk has space.</source>
        <translation>No se pudo escribir la superficie en &apos;{0}&apos; ({1}): elija una carpeta con permiso de escritura y compruebe que el disco tenga espacio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="495"/>
        <source>The surface integrates to {0:,.2f} of a total weight of {1:,.2f} (the rest fell outside the grid or the mask).</source>
        <translation>La superficie suma {0:,.2f} de un peso total de {1:,.2f} (el resto cayó fuera de la cuadrícula o de la máscara).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="426"/>
        <source>The surface was cancelled before it was finished: run it again when ready.</source>
        <translation>Se canceló la superficie antes de terminarla: ejecútela de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="307"/>
        <source>The surface would need about {0:,.0f} MB of memory ({1:,} × {2:,} cells of {3:g} m) but only {4:,.0f} MB can be used safely: choose a pixel size of {5:g} m or more, or a smaller extent.</source>
        <translation>La superficie necesitaría unos {0:,.0f} MB de memoria ({1:,} × {2:,} celdas de {3:g} m), pero solo se pueden usar con seguridad {4:,.0f} MB: elija un tamaño de píxel de {5:g} m o más, o una extensión menor.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="413"/>
        <source>The weight field &apos;{0}&apos; has {1} negative value(s) (e.g. {2:g}): weights are deaths or counts and cannot be negative; fix the data or filter those features out.</source>
        <translation>El campo de peso &apos;{0}&apos; tiene {1} valor(es) negativo(s) (p. ej., {2:g}): los pesos son muertes o conteos y no pueden ser negativos; corrija los datos o filtre esos objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="183"/>
        <source>Total weight</source>
        <translation>Peso total</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="97"/>
        <source>Triangular</source>
        <translation>Triangular</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="98"/>
        <source>Triweight</source>
        <translation>Tripeso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="98"/>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="179"/>
        <source>Violence surface</source>
        <translation>Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="146"/>
        <source>Weight field (deaths, victims, counts)</source>
        <translation>Campo de peso (muertes, víctimas, conteos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="567"/>
        <source>events per km²</source>
        <translation>eventos por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="511"/>
        <source>fast GDAL batch reading</source>
        <translation>lectura rápida por lotes con GDAL</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="567"/>
        <source>raw kernel sum</source>
        <translation>suma bruta de núcleos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="517"/>
        <source>{0:,} feature(s) have no value in &apos;{1}&apos;; they count as 0.</source>
        <translation>{0:,} objeto(s) no tienen valor en &apos;{1}&apos;; cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="514"/>
        <source>{0:,} feature(s) without a geometry were skipped.</source>
        <translation>Se omitieron {0:,} objeto(s) sin geometría.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="511"/>
        <source>{0:,} features read ({1}).</source>
        <translation>{0:,} objetos leídos ({1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="582"/>
        <source>{0} — violence surface</source>
        <translation>{0} — superficie de violencia</translation>
    </message>
</context>
<context>
    <name>ZoneFromFeaturesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="161"/>
        <source>A corridor is a line and has no area: give a buffer in km (e.g. 10) to make a zone.</source>
        <translation>Un corredor es una línea y no tiene área: indique un búfer en km (p. ej., 10) para formar una zona.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="147"/>
        <source>Buffer (km)</source>
        <translation>Búfer (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="145"/>
        <source>Features</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="154"/>
        <source>No features to make a zone from: select municipalities (or a region or corridor) on the map, or choose a layer that has features.</source>
        <translation>No hay objetos con los cuales formar una zona: seleccione municipios (o una región o un corredor) en el mapa, o elija una capa que tenga objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="165"/>
        <source>The chosen features have no geometry: choose features with outlines.</source>
        <translation>Los objetos elegidos no tienen geometría: elija objetos con contorno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="157"/>
        <source>The input layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de entrada no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
</context>
<context>
    <name>ZoneStatisticsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>Concentration curve</source>
        <translation>Curva de concentración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="96"/>
        <source>Corridors (lines)</source>
        <translation>Corredores (líneas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="81"/>
        <source>Date field (empty: date_start or event_date)</source>
        <translation>Campo de fecha (vacío: date_start o event_date)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="79"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="75"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="155"/>
        <source>Field &apos;{0}&apos; holds non-numeric or negative values: clean it or choose another field.</source>
        <translation>El campo &apos;{0}&apos; contiene valores no numéricos o negativos: límpielo o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="108"/>
        <source>First day of the period the figures cover</source>
        <translation>Primer día del periodo que cubren las cifras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="84"/>
        <source>From date (YYYY-MM-DD, empty: all)</source>
        <translation>Desde la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="107"/>
        <source>Gini coefficient of the concentration curve</source>
        <translation>Coeficiente de Gini de la curva de concentración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="246"/>
        <source>Gini coefficient of the concentration curve: {0:.3f}</source>
        <translation>Coeficiente de Gini de la curva de concentración: {0:.3f}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="109"/>
        <source>Last day of the period the figures cover</source>
        <translation>Último día del periodo que cubren las cifras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="88"/>
        <source>Municipalities (the study area)</source>
        <translation>Municipios (el área de estudio)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="166"/>
        <source>No event has a usable point geometry: check the events layer&apos;s geometries.</source>
        <translation>Ningún evento tiene una geometría de punto utilizable: revise las geometrías de la capa de eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="164"/>
        <source>No located event falls in the period {0} – {1}: widen &apos;From date&apos;/&apos;To date&apos; or check the date field.</source>
        <translation>Ningún evento ubicado cae en el periodo {0} – {1}: amplíe &apos;Desde la fecha&apos;/&apos;Hasta la fecha&apos; o revise el campo de fecha.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="93"/>
        <source>Organisation field(s) of the events</source>
        <translation>Campo(s) de organización de los eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="170"/>
        <source>Period {0} – {1}: {2:,} events on the map.</source>
        <translation>Periodo {0} – {1}: {2:,} eventos en el mapa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="91"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="98"/>
        <source>Ports of entry (points)</source>
        <translation>Puertos de entrada (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="100"/>
        <source>Ports within (km)</source>
        <translation>Puertos a menos de (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="142"/>
        <source>Reading events and municipalities (areas in EPSG:6372)…</source>
        <translation>Leyendo eventos y municipios (áreas en EPSG:6372)…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="152"/>
        <source>The events layer has no field &apos;{0}&apos;: choose one of its fields (or leave it empty to let the plugin find it).</source>
        <translation>La capa de eventos no tiene el campo &apos;{0}&apos;: elija uno de sus campos (o déjelo vacío para que el complemento lo encuentre).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="136"/>
        <source>The events layer is empty: choose a layer of violent events (points).</source>
        <translation>La capa de eventos está vacía: elija una capa de eventos violentos (puntos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="138"/>
        <source>The municipalities layer is empty: choose the municipal boundaries (the study area).</source>
        <translation>La capa de municipios está vacía: elija los límites municipales (el área de estudio).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="134"/>
        <source>The zones layer has no zones: draw at least one zone or choose another layer.</source>
        <translation>La capa de zonas no tiene zonas: dibuje al menos una zona o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="132"/>
        <source>The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="86"/>
        <source>To date (YYYY-MM-DD, empty: all)</source>
        <translation>Hasta la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="77"/>
        <source>Violent events (points)</source>
        <translation>Eventos violentos (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="181"/>
        <source>Zone &apos;{0}&apos; crossed itself and was repaired (make valid).</source>
        <translation>La zona &apos;{0}&apos; se cruzaba a sí misma y se reparó (hacer válida).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="195"/>
        <source>Zone &apos;{0}&apos; {1}: its share double-counts the shared ground.</source>
        <translation>Zona &apos;{0}&apos; {1}: su proporción cuenta dos veces el terreno compartido.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="103"/>
        <source>Zone figures</source>
        <translation>Cifras de las zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="177"/>
        <source>Zone(s) {0} have an empty or collapsed outline that cannot be repaired: redraw or delete them.</source>
        <translation>La(s) zona(s) {0} tienen un contorno vacío o colapsado que no se puede reparar: vuelva a dibujarlas o bórrelas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="190"/>
        <source>Zone(s) {0} lie entirely outside the study area (the municipalities): move them over Mexico or check the zones layer&apos;s CRS.</source>
        <translation>La(s) zona(s) {0} están completamente fuera del área de estudio (los municipios): muévalas sobre México o revise el SRC de la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>corridors</source>
        <translation>corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>municipalities</source>
        <translation>municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="159"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out of the period.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron del periodo.</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="64"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="149"/>
        <source>Buffer around the selected features (needed for a corridor line).</source>
        <translation>Búfer alrededor de los objetos seleccionados (necesario para la línea de un corredor).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="304"/>
        <source>Compute zone figures (PAI)</source>
        <translation>Calcular las cifras de las zonas (PAI)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="55"/>
        <source>Draw zones in a polygon layer with the zones schema, then compute their figures here.</source>
        <translation>Dibuje zonas en una capa de polígonos con el esquema de zonas y luego calcule aquí sus cifras.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="60"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="60"/>
        <source>Population of the analysis&apos;s municipalities (for the people living in each zone); empty: not shown.</source>
        <translation>Población de los municipios del análisis (para las personas que viven en cada zona); vacío: no se muestra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="64"/>
        <source>Ports of entry closer than this to a zone are listed with it.</source>
        <translation>Los puertos de entrada más cercanos que esto a una zona se listan con ella.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="64"/>
        <source>Ports within</source>
        <translation>Puertos a menos de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="148"/>
        <source>Radius of the circle drawn around a clicked point.</source>
        <translation>Radio del círculo que se dibuja alrededor de un punto en el que se hace clic.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="42"/>
        <source>The zone drawing panel could not be loaded ({0}); zone figures can still be computed below. Please report this with your QGIS version.</source>
        <translation>No se pudo cargar el panel de dibujo de zonas ({0}); las cifras de zonas aún se pueden calcular abajo. Por favor, informe de esto indicando su versión de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="145"/>
        <source>The zones GeoPackage (or team workspace) the zones are drawn in.</source>
        <translation>El GeoPackage de zonas (o el espacio de trabajo del equipo) en el que se dibujan las zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="202"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="253"/>
        <source>{0} no longer exists: find it, or choose a new zones file, in the analysis.</source>
        <translation>{0} ya no existe: búsquelo, o elija un archivo de zonas nuevo, en el análisis.</translation>
    </message>
</context>
<context>
    <name>_AddZoneBase</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="43"/>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="45"/>
        <source>Feature id of the new zone</source>
        <translation>Id. de objeto de la zona nueva</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="47"/>
        <source>Geometry verdict (valid or repaired)</source>
        <translation>Veredicto de la geometría (válida o reparada)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="41"/>
        <source>Target (organisation or region)</source>
        <translation>Objetivo (organización o región)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="65"/>
        <source>The outline crossed itself and was repaired before it was stored.</source>
        <translation>El contorno se cruzaba a sí mismo y se reparó antes de guardarlo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="40"/>
        <source>Zone name</source>
        <translation>Nombre de la zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="67"/>
        <source>Zone {0} stored in {1}.</source>
        <translation>Zona {0} guardada en {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="39"/>
        <source>Zones GeoPackage</source>
        <translation>GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="46"/>
        <source>zone_id of the new zone</source>
        <translation>zone_id de la zona nueva</translation>
    </message>
</context>
<context>
    <name>_TableImporter</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="70"/>
        <source>  row {0}: code &apos;{1}&apos; {2} — {3}</source>
        <translation>  fila {0}: clave &apos;{1}&apos; {2} — {3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="35"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="32"/>
        <source>Municipalities to check codes against (optional)</source>
        <translation>Municipios con los que verificar las claves (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="53"/>
        <source>Read {0} rows (encoding {1}, separator {2!r}).</source>
        <translation>Se leyeron {0} filas (codificación {1}, separador {2!r}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="52"/>
        <source>The file cannot be imported: {0}.</source>
        <translation>No se puede importar el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="61"/>
        <source>The municipalities layer has no cvegeo field: choose its code field in CODE_FIELD.</source>
        <translation>La capa de municipios no tiene campo cvegeo: elija su campo de clave en CODE_FIELD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="68"/>
        <source>{0} row(s) not imported or not matched:</source>
        <translation>{0} fila(s) no importadas o sin coincidencia:</translation>
    </message>
</context>
<context>
    <name>_WorkspaceAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="30"/>
        <source>Database (postgresql:// URI or QGIS PostgreSQL connection name)</source>
        <translation>Base de datos (URI postgresql:// o nombre de la conexión PostgreSQL de QGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="32"/>
        <source>Workspace schema</source>
        <translation>Esquema del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/workspace.py" line="41"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="68"/>
        <source>Deaths handled as {0}</source>
        <translation>Muertes tratadas como {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="62"/>
        <source>Events and deaths handled each way (point, municipality, state, out of maps)</source>
        <translation>Eventos y muertes tratados de cada forma (punto, municipio, estado, fuera de mapas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="66"/>
        <source>Events handled as {0}</source>
        <translation>Eventos tratados como {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="350"/>
        <source>Names not in the alias table, accepted and ranked under their own spelling: {0}. Add them to the alias table to merge them with an organisation.</source>
        <translation>Nombres que no están en la tabla de alias, aceptados y clasificados con su propia grafía: {0}. Agréguelos a la tabla de alias para unificarlos con una organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="354"/>
        <source>Names not in the alias table, held as unidentified, for review (listed, not ranked): {0}. Add them to the alias table (kind dto to rank them), or tick &apos;Rank names missing from the alias table&apos; to accept them as they are.</source>
        <translation>Nombres que no están en la tabla de alias, mantenidos como no identificados, para revisión (se listan, no se clasifican): {0}. Agréguelos a la tabla de alias (kind dto para clasificarlos), o marque &apos;Clasificar los nombres que faltan en la tabla de alias&apos; para aceptarlos tal como están.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="343"/>
        <source>Rankings and national totals count every event, whatever its location precision.</source>
        <translation>Las clasificaciones y los totales nacionales cuentan todos los eventos, sea cual sea su precisión de ubicación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="624"/>
        <source>The events layer has no location-precision field (where_prec, geo_precision): every event is taken as a precise point.</source>
        <translation>La capa de eventos no tiene campo de precisión de ubicación (where_prec, geo_precision): cada evento se toma como un punto preciso.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="171"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="282"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="170"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/precision.py" line="115"/>
        <source>{0:,} event(s) ({1:,.0f} deaths) are known only to a municipality or a state and were left out of the map: give the municipalities layer (MUNICIPALITIES) to spread them over their municipality or state.</source>
        <translation>{0:,} evento(s) ({1:,.0f} muertes) se conocen solo a nivel municipio o estado y quedaron fuera del mapa: indique la capa de municipios (MUNICIPALITIES) para repartirlos sobre su municipio o estado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/events.py" line="331"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out of the period.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron del periodo.</translation>
    </message>
</context>
</TS>
