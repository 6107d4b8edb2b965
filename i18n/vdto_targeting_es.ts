<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="374"/>
        <source>A corridor is a line and has no area: give a buffer in km.</source>
        <translation>Un corredor es una línea y no tiene área: indique un búfer en km.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="174"/>
        <source>A zone must be a polygon, not a point or a line: draw an area or use a buffer.</source>
        <translation>Una zona debe ser un polígono, no un punto ni una línea: dibuje un área o use un búfer.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="51"/>
        <source>Actor fields (empty: side_a, side_b for UCDP; actor1, actor2 for ACLED)</source>
        <translation>Campos de actores (vacío: side_a, side_b para UCDP; actor1, actor2 para ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="66"/>
        <source>Alias table (alias, organisation, kind; empty: the shipped table)</source>
        <translation>Tabla de alias (alias, organisation, kind; vacío: la tabla incluida)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="231"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="63"/>
        <source>Attribution of deaths</source>
        <translation>Atribución de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="227"/>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="88"/>
        <source>Border zone for ports (km)</source>
        <translation>Zona fronteriza para los puertos (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="60"/>
        <source>Cannot write the zones file in {0}: choose a folder you can write to.</source>
        <translation>No se puede escribir el archivo de zonas en {0}: elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="187"/>
        <source>Circle around a point</source>
        <translation>Círculo alrededor de un punto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="361"/>
        <source>Click the centre of the zone (radius {0:g} km); Esc cancels.</source>
        <translation>Haga clic en el centro de la zona (radio {0:g} km); Esc cancela.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="341"/>
        <source>Click the zone&apos;s corners; right-click to finish; Backspace undoes a vertex; Esc cancels.</source>
        <translation>Haga clic en las esquinas de la zona; clic derecho para terminar; Retroceso deshace un vértice; Esc cancela.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="183"/>
        <source>Click vertices; Backspace removes the last one; right-click finishes; Esc cancels. Snapping follows the project&apos;s settings.</source>
        <translation>Haga clic en los vértices; Retroceso quita el último; clic derecho termina; Esc cancela. El autoensamblado sigue la configuración del proyecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="92"/>
        <source>Corridor buffers</source>
        <translation>Búferes de corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="78"/>
        <source>Corridor width (km)</source>
        <translation>Ancho del corredor (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="91"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="73"/>
        <source>Could not create the zones file {0} ({1}): choose another folder.</source>
        <translation>No se pudo crear el archivo de zonas {0} ({1}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/tasks.py" line="387"/>
        <source>Could not delete the partial output {0}</source>
        <translation>No se pudo borrar el resultado parcial {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="317"/>
        <source>Create or open a zones file first (New… or Open…).</source>
        <translation>Primero cree o abra un archivo de zonas (Nuevo… o Abrir…).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="57"/>
        <source>Date field (empty: date_start or event_date)</source>
        <translation>Campo de fecha (vacío: date_start o event_date)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="173"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="54"/>
        <source>Deaths field (empty: best or fatalities)</source>
        <translation>Campo de muertes (vacío: best o fatalities)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="231"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="182"/>
        <source>Draw polygon</source>
        <translation>Dibujar polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="87"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="63"/>
        <source>Equal shares among parties</source>
        <translation>Partes iguales entre las partes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="172"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="80"/>
        <source>Events for corridor exposure (optional)</source>
        <translation>Eventos para la exposición del corredor (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="482"/>
        <source>Field &apos;{0}&apos; holds non-numeric or negative values: choose another field.</source>
        <translation>El campo &apos;{0}&apos; contiene valores no numéricos o negativos: elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="146"/>
        <source>Figures from</source>
        <translation>Cifras de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="60"/>
        <source>From date (YYYY-MM-DD, empty: all)</source>
        <translation>Desde la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="199"/>
        <source>From selected features</source>
        <translation>A partir de los objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="63"/>
        <source>Full involvement (each party counted)</source>
        <translation>Participación plena (se cuenta a cada parte)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="260"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="174"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="225"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="180"/>
        <source>New zone</source>
        <translation>Nueva zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="257"/>
        <source>New zones GeoPackage</source>
        <translation>Nuevo GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="137"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="136"/>
        <source>No zones file: create or open one</source>
        <translation>Sin archivo de zonas: cree o abra uno</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="260"/>
        <source>Open zones GeoPackage</source>
        <translation>Abrir GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="138"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="175"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="73"/>
        <source>Port assignment table (organisation, port_code[, destination]; optional)</source>
        <translation>Tabla de asignación de puertos (organisation, port_code[, destination]; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="176"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="68"/>
        <source>Ports of entry (BTS: port_code, port_name, state)</source>
        <translation>Puertos de entrada (BTS: port_code, port_name, state)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="76"/>
        <source>Ports per organisation</source>
        <translation>Puertos por organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="177"/>
        <source>Ports within</source>
        <translation>Puertos a menos de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="231"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="120"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="83"/>
        <source>Road network (optional; straight corridors without it)</source>
        <translation>Red de carreteras (opcional; sin ella los corredores son rectos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="452"/>
        <source>Select a zone in the table first.</source>
        <translation>Primero seleccione una zona en la tabla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="370"/>
        <source>Select municipalities, a region or a corridor on the map first, then press the button.</source>
        <translation>Primero seleccione en el mapa municipios, una región o un corredor y luego pulse el botón.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="200"/>
        <source>Selected municipalities, a violent region or a corridor (give a buffer for a corridor line).</source>
        <translation>Municipios seleccionados, una región violenta o un corredor (indique un búfer para la línea de un corredor).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="211"/>
        <source>Selected zone</source>
        <translation>Zona seleccionada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="229"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="228"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="226"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="66"/>
        <source>Territories (field organisation, from vdto:territories)</source>
        <translation>Territorios (campo organisation, de vdto:territories)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/tasks.py" line="298"/>
        <source>The algorithm {0} is not available: enable the VDTO Targeting provider in Processing options.</source>
        <translation>El algoritmo {0} no está disponible: active el proveedor VDTO Targeting en las opciones de Procesos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="148"/>
        <source>The events layer {0} does not open: check the path.</source>
        <translation>La capa de eventos {0} no se abre: revise la ruta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="400"/>
        <source>The outline crossed itself and was repaired; zone {0} saved.</source>
        <translation>El contorno se cruzaba a sí mismo y se reparó; zona {0} guardada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="378"/>
        <source>The selected features have no geometry: select features with outlines.</source>
        <translation>Los objetos seleccionados no tienen geometría: seleccione objetos con contorno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="271"/>
        <source>The zone could not be deleted: check the zones file is writable.</source>
        <translation>No se pudo borrar la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="283"/>
        <source>The zone could not be restored: check the zones file is writable.</source>
        <translation>No se pudo restaurar la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="311"/>
        <source>The zone ends ({0}) before it starts ({1}): correct the dates.</source>
        <translation>La zona termina ({0}) antes de empezar ({1}): corrija las fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="169"/>
        <source>The zone has no geometry: draw at least three points.</source>
        <translation>La zona no tiene geometría: dibuje al menos tres puntos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="191"/>
        <source>The zone lies outside Mexico (centre {0:.3f}, {1:.3f} in degrees): check the map&apos;s CRS and draw the zone over Mexican territory.</source>
        <translation>La zona está fuera de México (centro {0:.3f}, {1:.3f} en grados): revise el SRC del mapa y dibuje la zona sobre territorio mexicano.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="260"/>
        <source>The zone&apos;s attributes could not be saved: check the zones file is writable.</source>
        <translation>No se pudieron guardar los atributos de la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="253"/>
        <source>The zone&apos;s outline could not be saved: check the zones file is writable.</source>
        <translation>No se pudo guardar el contorno de la zona: compruebe que el archivo de zonas admita escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="177"/>
        <source>The zone&apos;s outline crosses itself so that it encloses no area and cannot be repaired: redraw it without crossing lines.</source>
        <translation>El contorno de la zona se cruza de modo que no encierra ningún área y no se puede reparar: vuelva a dibujarla sin líneas que se crucen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="236"/>
        <source>The zones file could not be written ({0}): check it is not open read-only or locked by another program.</source>
        <translation>No se pudo escribir el archivo de zonas ({0}): compruebe que no esté abierto en solo lectura ni bloqueado por otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="86"/>
        <source>The zones file {0} does not exist: create it first.</source>
        <translation>El archivo de zonas {0} no existe: créelo primero.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="212"/>
        <source>The zones file {0} is locked by another program ({1}): close it there, or wait for it to finish, and try again.</source>
        <translation>Otro programa tiene bloqueado el archivo de zonas {0} ({1}): ciérrelo allí, o espere a que termine, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="56"/>
        <source>The zones file {0} is not a GeoPackage: choose a path ending in .gpkg.</source>
        <translation>El archivo de zonas {0} no es un GeoPackage: elija una ruta que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="294"/>
        <source>The zones layer was removed from the project; open the zones file again to continue.</source>
        <translation>La capa de zonas se quitó del proyecto; abra de nuevo el archivo de zonas para continuar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="62"/>
        <source>To date (YYYY-MM-DD, empty: all)</source>
        <translation>Hasta la fecha (AAAA-MM-DD, vacío: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="70"/>
        <source>U.S. destinations (hubs or counties; optional)</source>
        <translation>Destinos en EE. UU. (centros o condados; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="85"/>
        <source>U.S.–Mexico border line (optional; a built-in Natural Earth line otherwise)</source>
        <translation>Línea fronteriza México–EE. UU. (opcional; si no, una línea integrada de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="231"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="308"/>
        <source>Unknown zone basis &apos;{0}&apos;: use one of {1}.</source>
        <translation>Fundamento de zona desconocido &apos;{0}&apos;: use uno de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="305"/>
        <source>Unknown zone status &apos;{0}&apos;: use one of {1}.</source>
        <translation>Estado de zona desconocido &apos;{0}&apos;: use uno de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="120"/>
        <source>VDTO (organisation)</source>
        <translation>VDTO (organización)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="228"/>
        <source>Zone {0}</source>
        <translation>Zona {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="268"/>
        <source>Zone {0} no longer exists: refresh the zones list.</source>
        <translation>La zona {0} ya no existe: actualice la lista de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="402"/>
        <source>Zone {0} saved to {1}.</source>
        <translation>Zona {0} guardada en {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="535"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="139"/>
        <source>[done] {0}: {1} in {2:.1f} s</source>
        <translation>[hecho] {0}: {1} en {2:.1f} s</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="134"/>
        <source>[failed] {0}: {1}: {2}</source>
        <translation>[falló] {0}: {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="329"/>
        <source>[fallback] zones: {0} proposed zones written directly to {1}</source>
        <translation>[alternativa] zonas: {0} zonas propuestas escritas directamente en {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="113"/>
        <source>[not available] {0}: algorithm {1} is not installed; the briefing prints what the other steps produced</source>
        <translation>[no disponible] {0}: el algoritmo {1} no está instalado; el informe imprime lo que produjeron los demás pasos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="123"/>
        <source>[not available] {0}: {1} needs {2}, which this pipeline cannot supply</source>
        <translation>[no disponible] {0}: {1} necesita {2}, que este flujo no puede proporcionar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="260"/>
        <source>[skip] zones: no organisations in the events, no zones proposed</source>
        <translation>[omitido] zonas: no hay organizaciones en los eventos, no se proponen zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="108"/>
        <source>[skip] {0}: skipped on request</source>
        <translation>[omitido] {0}: omitido a petición</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="39"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="50"/>
        <source>add zone</source>
        <translation>añadir zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="39"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>area_km2</source>
        <translation>área_km2</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="39"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="25"/>
        <source>corridors</source>
        <translation>corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>deaths</source>
        <translation>muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="72"/>
        <source>delete zone</source>
        <translation>borrar zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="90"/>
        <source>edit zone</source>
        <translation>editar zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="163"/>
        <source>events in the period {0} – {1}: {2}</source>
        <translation>eventos en el periodo {0} – {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="25"/>
        <source>flags</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>munis</source>
        <translation>municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="582"/>
        <source>no violence recorded</source>
        <translation>sin violencia registrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="25"/>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="580"/>
        <source>outside study area</source>
        <translation>fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="592"/>
        <source>overlaps {0}</source>
        <translation>se superpone con {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>pai</source>
        <translation>PAI</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="581"/>
        <source>partly outside study area</source>
        <translation>en parte fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="92"/>
        <source>polygon geometry</source>
        <translation>geometría poligonal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="25"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="39"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="40"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="583"/>
        <source>repaired self-intersection</source>
        <translation>autointersección reparada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="24"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="40"/>
        <source>vdto</source>
        <translation>vdto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="89"/>
        <source>{0} has no readable &apos;zones&apos; layer: create a new zones file.</source>
        <translation>{0} no tiene una capa &apos;zones&apos; legible: cree un archivo de zonas nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/zones_layer.py" line="92"/>
        <source>{0} is not a zones layer (missing fields: {1}): create a new zones file.</source>
        <translation>{0} no es una capa de zonas (faltan campos: {1}): cree un archivo de zonas nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="507"/>
        <source>{0} zones · concentration Gini {1} · refreshed in {2:.0f} ms</source>
        <translation>{0} zonas · Gini de concentración {1} · actualizado en {2:.0f} ms</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/tasks.py" line="306"/>
        <source>{0}: parameters not used by this version of the algorithm: {1}</source>
        <translation>{0}: parámetros que esta versión del algoritmo no usa: {1}</translation>
    </message>
</context>
<context>
    <name>BandwidthPreview</name>
    <message>
        <location filename="../vdto_targeting/gui/preview.py" line="196"/>
        <source>Surface preview ({0:g} km radius)</source>
        <translation>Vista previa de la superficie (radio de {0:g} km)</translation>
    </message>
</context>
<context>
    <name>BriefingAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="100"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="78"/>
        <source>Automatic (deaths per km² when a deaths field is given)</source>
        <translation>Automático (muertes por km² cuando se da un campo de muertes)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="116"/>
        <source>Briefing PDF</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="109"/>
        <source>Briefing language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="240"/>
        <source>Briefing written: {0} ({1} pages)</source>
        <translation>Informe escrito: {0} ({1} páginas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="208"/>
        <source>Briefing: {0} map layers, {1} organisations, {2} zones</source>
        <translation>Informe: {0} capas de mapa, {1} organizaciones, {2} zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="28"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="87"/>
        <source>Deaths field of the events</source>
        <translation>Campo de muertes de los eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="79"/>
        <source>Deaths per km²</source>
        <translation>Muertes por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="25"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="78"/>
        <source>Events per km²</source>
        <translation>Eventos por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="102"/>
        <source>Handling marking</source>
        <translation>Marca de manejo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="31"/>
        <source>Hotspots (Gi* classes)</source>
        <translation>Puntos calientes (clases Gi*)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="113"/>
        <source>Keep the layout and its layers in the project</source>
        <translation>Conservar la composición y sus capas en el proyecto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="124"/>
        <source>Layout name</source>
        <translation>Nombre de la composición</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="83"/>
        <source>Lethal events (drawn when no surface is given; used for provisional figures)</source>
        <translation>Eventos letales (se dibujan si no se da una superficie; se usan para cifras provisionales)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="111"/>
        <source>Mark as synthetic demo data</source>
        <translation>Marcar como datos sintéticos de demostración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="29"/>
        <source>Organisation territories</source>
        <translation>Territorios de las organizaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="116"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="118"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="118"/>
        <source>PNG pages (first page name)</source>
        <translation>Páginas PNG (nombre de la primera página)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="123"/>
        <source>PNG pages written</source>
        <translation>Páginas PNG escritas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="107"/>
        <source>Page size (landscape)</source>
        <translation>Tamaño de página (horizontal)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="122"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="101"/>
        <source>Period analysed</source>
        <translation>Periodo analizado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="27"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="182"/>
        <source>QGIS&apos;s offline world map was not found: the map has no basemap.</source>
        <translation>No se encontró el mapa mundial sin conexión de QGIS: el mapa no tiene mapa base.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="79"/>
        <source>Relative density (raw kernel sum)</source>
        <translation>Densidad relativa (suma bruta de núcleos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="104"/>
        <source>Sources and attributions (empty: standard attribution line)</source>
        <translation>Fuentes y atribuciones (vacío: línea de atribución estándar)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="94"/>
        <source>Study area for PAI (e.g. municipalities)</source>
        <translation>Área de estudio para el PAI (p. ej., municipios)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="99"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="91"/>
        <source>Target package (vdto:targetpackage)</source>
        <translation>Paquete de objetivos (vdto:targetpackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="143"/>
        <source>The PNG pages name {0} does not end in .png: choose a name such as briefing.png.</source>
        <translation>El nombre de las páginas PNG {0} no termina en .png: elija un nombre como briefing.png.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="232"/>
        <source>The briefing could not be exported ({0}): check that the folder of {1} is writable and has free space.</source>
        <translation>No se pudo exportar el informe ({0}): compruebe que la carpeta de {1} admita escritura y tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="141"/>
        <source>The briefing file {0} is not a PDF: choose a file name ending in .pdf.</source>
        <translation>El archivo del informe {0} no es un PDF: elija un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="222"/>
        <source>The briefing was cancelled: run it again to write {0}.</source>
        <translation>Se canceló el informe: ejecútelo de nuevo para escribir {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="148"/>
        <source>The events layer has no field {0}: pick its deaths field (e.g. best) or leave it empty to count events.</source>
        <translation>La capa de eventos no tiene el campo {0}: elija su campo de muertes (p. ej., best) o déjelo vacío para contar eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="170"/>
        <source>The {0} layer is not valid: check its source file.</source>
        <translation>La capa de {0} no es válida: revise su archivo de origen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="97"/>
        <source>Title (empty: standard title)</source>
        <translation>Título (vacío: título estándar)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="26"/>
        <source>U.S. destinations (hubs or counties)</source>
        <translation>Destinos en EE. UU. (centros o condados)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="89"/>
        <source>VDTO ranking (vdto:rankvdtos)</source>
        <translation>Clasificación de VDTO (vdto:rankvdtos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="76"/>
        <source>Violence surface</source>
        <translation>Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="30"/>
        <source>Violent regions</source>
        <translation>Regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="80"/>
        <source>What the surface measures (legend title)</source>
        <translation>Qué mide la superficie (título de la leyenda)</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="40"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="35"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="43"/>
        <source>Briefing language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="82"/>
        <source>Briefing written to {0}</source>
        <translation>Informe escrito en {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="56"/>
        <source>Build the briefing</source>
        <translation>Generar el informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="43"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="37"/>
        <source>Handling marking</source>
        <translation>Marca de manejo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="40"/>
        <source>Landscape page size.</source>
        <translation>Tamaño de página horizontal.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="43"/>
        <source>Language of the briefing, independent of QGIS&apos;s interface language.</source>
        <translation>Idioma del informe, independiente del idioma de la interfaz de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="40"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>One GeoPackage with inputs, results, styles and the project, for laptops without network.</source>
        <translation>Un solo GeoPackage con entradas, resultados, estilos y el proyecto, para portátiles sin red.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="47"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="40"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="33"/>
        <source>Period analysed</source>
        <translation>Periodo analizado</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="37"/>
        <source>Printed at the top and bottom of every page.</source>
        <translation>Se imprime arriba y abajo de cada página.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="33"/>
        <source>Printed under the title, e.g. 2019–2021.</source>
        <translation>Se imprime bajo el título, p. ej., 2019–2021.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="43"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="32"/>
        <source>Standard title</source>
        <translation>Título estándar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="30"/>
        <source>Title printed on the briefing; empty: the standard title.</source>
        <translation>Título impreso en el informe; vacío: el título estándar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="47"/>
        <source>Where the briefing PDF is written; empty: the results folder.</source>
        <translation>Dónde se escribe el PDF del informe; vacío: la carpeta de resultados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="50"/>
        <source>Write the field pack</source>
        <translation>Escribir el paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/briefing.py" line="35"/>
        <source>Your name, printed on every page (remembered as a personal default).</source>
        <translation>Su nombre, impreso en cada página (se recuerda como preferencia personal).</translation>
    </message>
</context>
<context>
    <name>BufferZoneAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="119"/>
        <source>A radius of {0} km cannot make a zone: give a radius between 0 and 500 km.</source>
        <translation>Con un radio de {0} km no se puede formar una zona: indique un radio mayor que 0 y de hasta 500 km.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="111"/>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="112"/>
        <source>Radius (km)</source>
        <translation>Radio (km)</translation>
    </message>
</context>
<context>
    <name>CorridorsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="299"/>
        <source>Assignment rows for organisations without a territory were ignored: {0}.</source>
        <translation>Se ignoraron las filas de asignación de organizaciones sin territorio: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="311"/>
        <source>No corridor could be drawn: check that the territories and ports overlap the U.S.–Mexico border region and that the assignment table names these organisations.</source>
        <translation>No se pudo trazar ningún corredor: compruebe que los territorios y los puertos se traslapen con la región fronteriza México–EE. UU. y que la tabla de asignación nombre a estas organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="263"/>
        <source>No route on the road network ({0}); the corridor is straight there.</source>
        <translation>No hay ruta en la red de carreteras ({0}); allí el corredor es recto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="255"/>
        <source>QGIS&apos;s network analysis (shortest path) is not available: enable the Processing network analysis provider or leave &apos;Road network&apos; empty.</source>
        <translation>El análisis de redes de QGIS (ruta más corta) no está disponible: active el proveedor de análisis de redes de Procesos o deje vacía la &apos;Red de carreteras&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="240"/>
        <source>The assignment table names port codes that are not in the ports layer: {0}. Correct the codes or add those ports.</source>
        <translation>La tabla de asignación nombra claves de puerto que no están en la capa de puertos: {0}. Corrija las claves o agregue esos puertos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="220"/>
        <source>The assignment table needs organisation and port_code columns: add them (one row per organisation and port).</source>
        <translation>La tabla de asignación necesita las columnas organisation y port_code: agréguelas (una fila por organización y puerto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="183"/>
        <source>The border layer holds no line: give the U.S.–Mexico border as a line layer or leave it empty to use the built-in line.</source>
        <translation>La capa de frontera no contiene ninguna línea: indique la frontera México–EE. UU. como capa de líneas o déjela vacía para usar la línea integrada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="155"/>
        <source>The ports layer has no located port: give the U.S.–Mexico land ports of entry.</source>
        <translation>La capa de puertos no tiene ningún puerto ubicado: indique los puertos de entrada terrestres México–EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="137"/>
        <source>The ports layer needs port_code and port_name fields (BTS format): use us_mx_land_ports_bts or rename the fields.</source>
        <translation>La capa de puertos necesita los campos port_code y port_name (formato BTS): use us_mx_land_ports_bts o cambie el nombre de los campos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="108"/>
        <source>The territories layer has no organisation field: use the layer written by vdto:territories or add an organisation field.</source>
        <translation>La capa de territorios no tiene campo organisation: use la capa que escribe vdto:territories o agregue un campo organisation.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="124"/>
        <source>The territories layer holds no polygon with an organisation: run vdto:territories first.</source>
        <translation>La capa de territorios no contiene ningún polígono con organización: ejecute primero vdto:territories.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="159"/>
        <source>These ports lie outside the {0:g} km border zone of the U.S.–Mexico border: {1}. Use land ports of entry on the border (BTS layer) or widen &apos;Border zone&apos;.</source>
        <translation>Estos puertos están fuera de la zona fronteriza de {0:g} km de la frontera México–EE. UU.: {1}. Use puertos de entrada terrestres sobre la frontera (capa BTS) o amplíe la &apos;Zona fronteriza&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="356"/>
        <source>assignment table</source>
        <translation>tabla de asignación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="359"/>
        <source>nearest along the border</source>
        <translation>el más cercano a lo largo de la frontera</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="142"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="377"/>
        <source>road network</source>
        <translation>red de carreteras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="373"/>
        <source>straight</source>
        <translation>recto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="111"/>
        <source>territories</source>
        <translation>territorios</translation>
    </message>
</context>
<context>
    <name>CreateZonesLayerAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="82"/>
        <source>CRS of the zones (empty: EPSG:6372)</source>
        <translation>SRC de las zonas (vacío: EPSG:6372)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="84"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="84"/>
        <source>Zones GeoPackage</source>
        <translation>GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="98"/>
        <source>{0} zones in {1}.</source>
        <translation>{0} zonas en {1}.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="41"/>
        <source>5-digit CVEGEO code (state + municipality); empty: found automatically.</source>
        <translation>Clave CVEGEO de 5 dígitos (estado + municipio); vacío: se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="71"/>
        <source>Add a GeoPackage, shapefile or CSV to the project; then choose it above.</source>
        <translation>Añade al proyecto un GeoPackage, shapefile o CSV; luego elíjalo arriba.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="117"/>
        <source>Added {0} ({1} rows).</source>
        <translation>Se añadió {0} ({1} filas).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="104"/>
        <source>Build the municipal indicators (counts, rates, smoothed rates) for the period and report the rows that did not join.</source>
        <translation>Construye los indicadores municipales (conteos, tasas, tasas suavizadas) para el periodo e informa de las filas que no se unieron.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="114"/>
        <source>Could not open {0}: choose a GeoPackage, shapefile or CSV.</source>
        <translation>No se pudo abrir {0}: elija un GeoPackage, shapefile o CSV.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="71"/>
        <source>Data files (*.gpkg *.shp *.csv *.csv.gz *.geojson *.xlsx);;All files (*)</source>
        <translation>Archivos de datos (*.gpkg *.shp *.csv *.csv.gz *.geojson *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="65"/>
        <source>First year of the period analysed.</source>
        <translation>Primer año del periodo analizado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="65"/>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="53"/>
        <source>Geolocated lethal events with the organisations involved (UCDP GED or ACLED points).</source>
        <translation>Eventos letales geolocalizados con las organizaciones involucradas (puntos de UCDP GED o ACLED).</translation>
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
        <location filename="../vdto_targeting/gui/steps/data.py" line="71"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="101"/>
        <source>Join counts to municipalities</source>
        <translation>Unir conteos a los municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="67"/>
        <source>Last year of the period analysed (inclusive).</source>
        <translation>Último año del periodo analizado (inclusive).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="53"/>
        <source>Lethal events</source>
        <translation>Eventos letales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="32"/>
        <source>Load the demo scenario (synthetic)</source>
        <translation>Cargar el escenario de demostración (sintético)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="37"/>
        <source>Municipal boundaries (INEGI Marco Geoestadístico or any polygons with a municipal code).</source>
        <translation>Límites municipales (Marco Geoestadístico del INEGI o cualquier polígono con clave municipal).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="41"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="37"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
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
        <location filename="../vdto_targeting/gui/steps/data.py" line="57"/>
        <source>Ports of entry</source>
        <translation>Puertos de entrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="77"/>
        <source>Results folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="67"/>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="61"/>
        <source>U.S. destinations</source>
        <translation>Destinos en EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="61"/>
        <source>U.S. wholesale hubs or counties the corridors lead to.</source>
        <translation>Centros mayoristas o condados de EE. UU. a los que llevan los corredores.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="57"/>
        <source>U.S.–Mexico land ports of entry (BTS points).</source>
        <translation>Puertos terrestres de entrada México–EE. UU. (puntos BTS).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="77"/>
        <source>Where results are written (GeoPackage and GeoTIFF); empty: vdto_outputs beside the project.</source>
        <translation>Dónde se escriben los resultados (GeoPackage y GeoTIFF); vacío: vdto_outputs junto al proyecto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/data.py" line="32"/>
        <source>Write and load a small SYNTHETIC scenario (fictitious organisations, events, ports, zones) to try the whole workflow; none of it is real intelligence.</source>
        <translation>Escribe y carga un pequeño escenario SINTÉTICO (organizaciones, eventos, puertos y zonas ficticios) para probar todo el flujo de trabajo; nada de ello es inteligencia real.</translation>
    </message>
</context>
<context>
    <name>DemoScenarioAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="109"/>
        <source>Demo GeoPackage</source>
        <translation>GeoPackage de demostración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="127"/>
        <source>Generating the SYNTHETIC demo scenario (seed {0}) over {1} states from {2}</source>
        <translation>Generando el escenario de demostración SINTÉTICO (semilla {0}) sobre {1} estados a partir de {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="109"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Homicides</source>
        <translation>Homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Hubs</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="106"/>
        <source>Number of synthetic events</source>
        <translation>Número de eventos sintéticos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="125"/>
        <source>QGIS&apos;s bundled world map was not found or has no Mexican states at {0}: reinstall QGIS (its resources/data folder) or check the installation.</source>
        <translation>No se encontró el mapa mundial incluido con QGIS, o no tiene estados de México, en {0}: reinstale QGIS (su carpeta resources/data) o revise la instalación.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="104"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="137"/>
        <source>The demo GeoPackage cannot be written at {0} ({1}): choose a folder you can write to.</source>
        <translation>No se puede escribir el GeoPackage de demostración en {0} ({1}): elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="121"/>
        <source>The demo output {0} is not a GeoPackage: choose a file name ending in .gpkg.</source>
        <translation>El resultado de demostración {0} no es un GeoPackage: elija un nombre de archivo que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="142"/>
        <source>The demo scenario was cancelled: run it again to write {0}.</source>
        <translation>Se canceló el escenario de demostración: ejecútelo de nuevo para escribir {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="112"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
</context>
<context>
    <name>EvaluateZoneAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="90"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="86"/>
        <source>Confidence level</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="133"/>
        <source>Could not write the chart {0}: choose a folder you can write to.</source>
        <translation>No se pudo escribir la gráfica {0}: elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="79"/>
        <source>Deaths field (empty: count events)</source>
        <translation>Campo de muertes (vacío: contar eventos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="93"/>
        <source>DiD estimate</source>
        <translation>Estimación DiD</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="71"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="77"/>
        <source>Event date field</source>
        <translation>Campo de fecha del evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="93"/>
        <source>Lower bound</source>
        <translation>Límite inferior</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="88"/>
        <source>Monthly series</source>
        <translation>Serie mensual</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="93"/>
        <source>Months after</source>
        <translation>Meses después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="93"/>
        <source>Months before</source>
        <translation>Meses antes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="84"/>
        <source>Months before and after</source>
        <translation>Meses antes y después</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="282"/>
        <source>No active zone with a start_date: set a zone&apos;s status to &apos;active&apos; and its start_date, or name the zone to evaluate.</source>
        <translation>No hay ninguna zona activa con start_date: ponga el estado de una zona en &apos;active&apos; y su start_date, o indique el nombre de la zona que se va a evaluar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="30"/>
        <source>No change can be told apart from month-to-month noise (the interval includes zero).</source>
        <translation>Ningún cambio se distingue del ruido de un mes a otro (el intervalo incluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="214"/>
        <source>No dated event falls in zone &apos;{0}&apos; or the rest of its region: check the date field and the layers&apos; CRS.</source>
        <translation>Ningún evento con fecha cae en la zona &apos;{0}&apos; ni en el resto de su región: revise el campo de fecha y el SRC de las capas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="279"/>
        <source>No zone has zone_id or name &apos;{0}&apos;: check the spelling in the zones layer.</source>
        <translation>Ninguna zona tiene zone_id ni nombre &apos;{0}&apos;: revise cómo está escrito en la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="90"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="82"/>
        <source>Regions (e.g. states)</source>
        <translation>Regiones (p. ej., estados)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="124"/>
        <source>The chart must be a .png or .svg file, not {0}: change the file name.</source>
        <translation>La gráfica debe ser un archivo .png o .svg, no {0}: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="207"/>
        <source>The date field &apos;{0}&apos; holds &apos;{1}&apos;, not a date (no event has a readable date): write the dates as YYYY-MM-DD or choose the field that holds the event dates.</source>
        <translation>El campo de fecha &apos;{0}&apos; contiene &apos;{1}&apos;, que no es una fecha (ningún evento tiene una fecha legible): escriba las fechas como AAAA-MM-DD o elija el campo con las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="211"/>
        <source>The date field &apos;{0}&apos; is empty (NULL) for every event: choose the field that holds the event dates.</source>
        <translation>El campo de fecha &apos;{0}&apos; está vacío (NULL) en todos los eventos: elija el campo con las fechas de los eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="220"/>
        <source>The events do not cover the months around {0}: choose events that span the start date.</source>
        <translation>Los eventos no cubren los meses alrededor de {0}: elija eventos que abarquen la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="139"/>
        <source>The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="137"/>
        <source>The {0} layer is empty: choose a layer with features.</source>
        <translation>La capa de {0} está vacía: elija una capa con objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="32"/>
        <source>Too few months before or after the start date to tell (at least {0} on each side are needed).</source>
        <translation>Hay muy pocos meses antes o después de la fecha de inicio para saberlo (se necesitan al menos {0} de cada lado).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="93"/>
        <source>Upper bound</source>
        <translation>Límite superior</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="97"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="26"/>
        <source>Violence fell in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia bajó en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="28"/>
        <source>Violence rose in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia subió en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="75"/>
        <source>Violent events (points)</source>
        <translation>Eventos violentos (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="162"/>
        <source>Zone &apos;{0}&apos; covers its whole region, leaving nothing to compare with: choose larger regions.</source>
        <translation>La zona &apos;{0}&apos; cubre toda su región y no deja nada con qué compararla: elija regiones más grandes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="149"/>
        <source>Zone &apos;{0}&apos; has no area: redraw it.</source>
        <translation>La zona &apos;{0}&apos; no tiene área: vuelva a dibujarla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="144"/>
        <source>Zone &apos;{0}&apos; has no start_date: set the date enforcement began, then evaluate.</source>
        <translation>La zona &apos;{0}&apos; no tiene start_date: indique la fecha en que comenzó la intervención y luego evalúe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="158"/>
        <source>Zone &apos;{0}&apos; touches none of the regions: choose the regions (e.g. states) it lies in.</source>
        <translation>La zona &apos;{0}&apos; no toca ninguna de las regiones: elija las regiones (p. ej., estados) en las que se encuentra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="230"/>
        <source>Zone &apos;{0}&apos;: DiD = {1:.3f} per 1,000 km² per month ({2:.0%} CI {3:.3f} to {4:.3f}); {5} months before, {6} after. {7}</source>
        <translation>Zona &apos;{0}&apos;: DiD = {1:.3f} por 1000 km² por mes (IC del {2:.0%}: {3:.3f} a {4:.3f}); {5} meses antes, {6} después. {7}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="73"/>
        <source>Zone (zone_id or name; empty: the first active zone)</source>
        <translation>Zona (zone_id o nombre; vacío: la primera zona activa)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="258"/>
        <source>deaths per 1,000 km² per month</source>
        <translation>muertes por 1000 km² por mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="134"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="258"/>
        <source>events per 1,000 km² per month</source>
        <translation>eventos por 1000 km² por mes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="37"/>
        <source>increased</source>
        <translation>aumentó</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="38"/>
        <source>no detectable change</source>
        <translation>sin cambio detectable</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="36"/>
        <source>reduced</source>
        <translation>redujo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="134"/>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="258"/>
        <source>rest of region</source>
        <translation>resto de la región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="39"/>
        <source>too few months</source>
        <translation>muy pocos meses</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="258"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="134"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="204"/>
        <source>{0} events without a readable date in &apos;{1}&apos; were left out.</source>
        <translation>Se excluyeron {0} eventos sin una fecha legible en &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="255"/>
        <source>{0}: DiD {1:+.2f} [{2:+.2f}, {3:+.2f}] — {4}</source>
        <translation>{0}: DiD {1:+.2f} [{2:+.2f}, {3:+.2f}] — {4}</translation>
    </message>
</context>
<context>
    <name>FieldPackAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="46"/>
        <source>Field pack</source>
        <translation>Paquete de campo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="91"/>
        <source>Field pack written: {0} ({1} layers; open it with Project ▸ Open From ▸ GeoPackage)</source>
        <translation>Paquete de campo escrito: {0} ({1} capas; ábralo con Proyecto ▸ Abrir desde ▸ GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="46"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="43"/>
        <source>Include the briefing layout of the current project</source>
        <translation>Incluir la composición del informe del proyecto actual</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="77"/>
        <source>Including the briefing layout ({0} more layers)</source>
        <translation>Incluyendo la composición del informe ({0} capas más)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="48"/>
        <source>Layers packed</source>
        <translation>Capas empaquetadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="38"/>
        <source>Layers to pack</source>
        <translation>Capas que se empaquetan</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="60"/>
        <source>No layers were given: choose at least one layer to put in the field pack.</source>
        <translation>No se indicó ninguna capa: elija al menos una capa para incluir en el paquete de campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="49"/>
        <source>Project inside the pack</source>
        <translation>Proyecto dentro del paquete</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="40"/>
        <source>Project name inside the pack</source>
        <translation>Nombre del proyecto dentro del paquete</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="42"/>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="89"/>
        <source>The field pack could not be written ({0}): check the layer named and that the folder has free space.</source>
        <translation>No se pudo escribir el paquete de campo ({0}): revise la capa mencionada y que la carpeta tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="58"/>
        <source>The field pack {0} is not a GeoPackage: choose a file name ending in .gpkg.</source>
        <translation>El paquete de campo {0} no es un GeoPackage: elija un nombre de archivo que termine en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="70"/>
        <source>The files behind these layers are gone (moved or deleted): {0}. Reload them from their new folder, or choose them again, before packing.</source>
        <translation>Los archivos de estas capas ya no están (se movieron o se borraron): {0}. Vuelva a cargarlos desde su nueva carpeta, o elíjalos de nuevo, antes de empaquetar.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="62"/>
        <source>The project name {0!r} cannot be used inside a GeoPackage: use letters, digits and underscores.</source>
        <translation>El nombre de proyecto {0!r} no se puede usar dentro de un GeoPackage: use letras, dígitos y guiones bajos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="66"/>
        <source>These layers are not valid and cannot be packed: {0}. Fix or remove them.</source>
        <translation>Estas capas no son válidas y no se pueden empaquetar: {0}. Corríjalas o quítelas.</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="298"/>
        <source>A yearly field is empty for municipality {0}: fill it with 0 or drop that year.</source>
        <translation>Un campo anual está vacío para el municipio {0}: llénelo con 0 o quite ese año.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>Distance band</source>
        <translation>Banda de distancia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="87"/>
        <source>Distance band (metres)</source>
        <translation>Banda de distancia (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="292"/>
        <source>Emerging hotspots need at least 3 yearly fields (found {0}): run Municipal indicators over 3 or more years (it writes hom_YYYY fields) or choose TIME_FIELDS.</source>
        <translation>Los puntos calientes emergentes necesitan al menos 3 campos anuales (se encontraron {0}): ejecute Indicadores municipales sobre 3 años o más (escribe los campos hom_YYYY) o elija TIME_FIELDS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="108"/>
        <source>Emerging hotspots over years</source>
        <translation>Puntos calientes emergentes a lo largo de los años</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="300"/>
        <source>Emerging hotspots over {0} years…</source>
        <translation>Puntos calientes emergentes en {0} años…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="94"/>
        <source>False Discovery Rate correction</source>
        <translation>Corrección de la tasa de falsos descubrimientos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="179"/>
        <source>Feature {0} is a {1}, not a polygon: the layer mixes geometry types; delete the non-polygon features or choose the polygon layer of municipalities.</source>
        <translation>El objeto {0} es un {1}, no un polígono: la capa mezcla tipos de geometría; borre los objetos que no son polígonos o elija la capa de polígonos de los municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="79"/>
        <source>Field to analyse (count or rate)</source>
        <translation>Campo que se analiza (conteo o tasa)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="189"/>
        <source>Gi* and Local Moran with {0} permutations (seed {1})…</source>
        <translation>Gi* y Moran local con {0} permutaciones (semilla {1})…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="99"/>
        <source>Homicide count field (regions)</source>
        <translation>Campo de conteo de homicidios (regiones)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="105"/>
        <source>Hot spot confidence for regions</source>
        <translation>Confianza de los puntos calientes para las regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="114"/>
        <source>Hotspots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="276"/>
        <source>K = {0} must be smaller than the number of municipalities ({1}): lower K.</source>
        <translation>K = {0} debe ser menor que el número de municipios ({1}): reduzca K.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>K nearest neighbours</source>
        <translation>K vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="96"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="77"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="176"/>
        <source>Municipality {0} has an empty geometry: repair or delete that feature and run again.</source>
        <translation>El municipio {0} tiene una geometría vacía: repare o borre ese objeto y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="85"/>
        <source>Neighbours (k-nearest)</source>
        <translation>Vecinos (k más cercanos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="184"/>
        <source>No municipality has a neighbour with these weights: increase DISTANCE (metres) or choose contiguity or k-nearest weights.</source>
        <translation>Ningún municipio tiene vecinos con estos pesos: aumente DISTANCE (metros) o elija pesos de contigüidad o de k más cercanos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="169"/>
        <source>Only {0} municipalities have a value in &apos;{1}&apos;; local statistics need at least 3: fill the missing values or choose another field.</source>
        <translation>Solo {0} municipios tienen un valor en &apos;{1}&apos;; las estadísticas locales necesitan al menos 3: complete los valores faltantes o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="89"/>
        <source>Permutations (0 = normal approximation)</source>
        <translation>Permutaciones (0 = aproximación normal)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="102"/>
        <source>Population field (regions)</source>
        <translation>Campo de población (regiones)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>Queen contiguity</source>
        <translation>Contigüidad de reina</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="92"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="153"/>
        <source>Reading {0} municipalities…</source>
        <translation>Leyendo {0} municipios…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>Rook contiguity</source>
        <translation>Contigüidad de torre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="271"/>
        <source>Some municipalities could not be projected to EPSG:6372 metres: check the layer&apos;s CRS and geometries.</source>
        <translation>Algunos municipios no se pudieron proyectar a EPSG:6372 (metros): revise el SRC y las geometrías de la capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="81"/>
        <source>Spatial weights</source>
        <translation>Pesos espaciales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="198"/>
        <source>The field &apos;{0}&apos; cannot be analysed ({1}): choose a field with varying, positive values.</source>
        <translation>No se puede analizar el campo &apos;{0}&apos; ({1}): elija un campo con valores positivos que varíen.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="254"/>
        <source>The field &apos;{0}&apos; is empty (NULL) for every municipality: run Municipal indicators first or choose another field.</source>
        <translation>El campo &apos;{0}&apos; está vacío (NULL) en todos los municipios: ejecute primero Indicadores municipales o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="258"/>
        <source>The field &apos;{0}&apos; is negative for municipality {1}: counts and rates cannot be negative; correct the value.</source>
        <translation>El campo &apos;{0}&apos; es negativo en el municipio {1}: los conteos y las tasas no pueden ser negativos; corrija el valor.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="251"/>
        <source>The field &apos;{0}&apos; is not a number for municipality {1} ({2} such features): correct those values or choose another field.</source>
        <translation>El campo &apos;{0}&apos; no es un número en el municipio {1} ({2} objetos así): corrija esos valores o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="140"/>
        <source>The field &apos;{0}&apos; is not in the layer: choose one of its numeric fields.</source>
        <translation>El campo &apos;{0}&apos; no está en la capa: elija uno de sus campos numéricos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="148"/>
        <source>The layer has no coordinate reference system, so distances cannot be measured: set the layer&apos;s CRS (EPSG:4326 for INEGI files) and run again.</source>
        <translation>La capa no tiene sistema de referencia de coordenadas, así que no se pueden medir distancias: asigne el SRC de la capa (EPSG:4326 para archivos del INEGI) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="151"/>
        <source>The layer has {0} feature(s); local statistics need at least 3 municipalities: choose the full municipalities layer.</source>
        <translation>La capa tiene {0} objeto(s); las estadísticas locales necesitan al menos 3 municipios: elija la capa completa de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="134"/>
        <source>The municipalities layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de municipios: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="115"/>
        <source>Violent regions</source>
        <translation>Regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="110"/>
        <source>Yearly fields, oldest first (default: hom_YYYY)</source>
        <translation>Campos anuales, del más antiguo al más reciente (predeterminado: hom_AAAA)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="209"/>
        <source>{0} hot-spot municipalities, {1} LISA clusters.</source>
        <translation>{0} municipios en puntos calientes, {1} conglomerados LISA.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="187"/>
        <source>{0} municipalities have no neighbour and get no statistics: {1}</source>
        <translation>{0} municipios no tienen vecinos y no reciben estadísticas: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="165"/>
        <source>{0} municipalities have no value in &apos;{1}&apos; and are left out of the analysis (no statistics): {2}</source>
        <translation>{0} municipios no tienen valor en &apos;{1}&apos; y quedan fuera del análisis (sin estadísticas): {2}</translation>
    </message>
</context>
<context>
    <name>HotspotsPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="35"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="45"/>
        <source>Benjamini-Hochberg correction: fewer, more reliable hot spots.</source>
        <translation>Corrección de Benjamini-Hochberg: menos puntos calientes, pero más fiables.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="45"/>
        <source>Control the False Discovery Rate</source>
        <translation>Controlar la tasa de falsos descubrimientos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="23"/>
        <source>Count, rate per 100,000 or Empirical Bayes smoothed rate (recommended for small municipalities).</source>
        <translation>Conteo, tasa por 100 000 o tasa suavizada por Bayes empírico (recomendada para municipios pequeños).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="35"/>
        <source>Distance band</source>
        <translation>Banda de distancia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="58"/>
        <source>Find hotspots and violent regions</source>
        <translation>Buscar puntos calientes y regiones violentas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="87"/>
        <source>Hot municipalities (Gi*): {0} of {1}</source>
        <translation>Municipios calientes (Gi*): {0} de {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="19"/>
        <source>Municipal indicators</source>
        <translation>Indicadores municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="27"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="35"/>
        <source>Neighbours within this distance (distance band only).</source>
        <translation>Vecinos dentro de esta distancia (solo para banda de distancia).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="33"/>
        <source>Number of nearest neighbours (k nearest only).</source>
        <translation>Número de vecinos más cercanos (solo para k más cercanos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="38"/>
        <source>Permutations</source>
        <translation>Permutaciones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="19"/>
        <source>Polygon layer with the value to test (the indicators built in the Data step).</source>
        <translation>Capa de polígonos con el valor que se prueba (los indicadores construidos en el paso Datos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="27"/>
        <source>Queen contiguity</source>
        <translation>Contigüidad de reina</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="38"/>
        <source>Random permutations for the p-values (999 is the usual choice; more is slower and steadier).</source>
        <translation>Permutaciones aleatorias para los valores p (999 es lo habitual; más es más lento y más estable).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="42"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="27"/>
        <source>Rook contiguity</source>
        <translation>Contigüidad de torre</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="42"/>
        <source>Same seed, same p-values: results can be reproduced.</source>
        <translation>Misma semilla, mismos valores p: los resultados se pueden reproducir.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="23"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="89"/>
        <source>Violent regions: {0}</source>
        <translation>Regiones violentas: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="27"/>
        <source>Which municipalities count as neighbours: sharing a border or corner (queen), a border (rook), the k nearest, or those within a distance.</source>
        <translation>Qué municipios cuentan como vecinos: los que comparten un límite o una esquina (reina), un límite (torre), los k más cercanos o los que están a cierta distancia.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="33"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/hotspots.py" line="27"/>
        <source>k nearest</source>
        <translation>k más cercanos</translation>
    </message>
</context>
<context>
    <name>ImportHomicidesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="111"/>
        <source>Homicides CSV</source>
        <translation>CSV de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="114"/>
        <source>Homicides table</source>
        <translation>Tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="112"/>
        <source>SESNSP crime (subtype) to count</source>
        <translation>Delito del SESNSP (subtipo) que se cuenta</translation>
    </message>
</context>
<context>
    <name>ImportMunicipalitiesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="159"/>
        <source>Code field (default: CVEGEO, or CVE_ENT + CVE_MUN)</source>
        <translation>Campo de clave (predeterminado: CVEGEO, o CVE_ENT + CVE_MUN)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="234"/>
        <source>Feature {0} (municipality {1}) is a {2}, not a polygon: the layer mixes geometry types; delete the non-polygon features or choose the polygon layer of municipal boundaries.</source>
        <translation>El objeto {0} (municipio {1}) es un {2}, no un polígono: la capa mezcla tipos de geometría; borre los objetos que no son polígonos o elija la capa de polígonos de los límites municipales.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="223"/>
        <source>Feature {0}: code &apos;{1}&apos; ({2}) is not an INEGI municipal key; left out.</source>
        <translation>Objeto {0}: la clave &apos;{1}&apos; ({2}) no es una clave municipal del INEGI; se excluyó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="244"/>
        <source>Feature {0}: invalid geometry of {1} repaired.</source>
        <translation>Objeto {0}: se reparó la geometría no válida de {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="229"/>
        <source>Feature {0}: municipality {1} ({2}) has no geometry; left out.</source>
        <translation>Objeto {0}: el municipio {1} ({2}) no tiene geometría; se excluyó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="238"/>
        <source>Features {0} and {1} both have the municipal code {2}: each municipality must appear once; dissolve or delete the duplicate and import again.</source>
        <translation>Los objetos {0} y {1} tienen ambos la clave municipal {2}: cada municipio debe aparecer una sola vez; disuelva o borre el duplicado e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="157"/>
        <source>Municipal boundaries</source>
        <translation>Límites municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="166"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="163"/>
        <source>Name field (default: NOMGEO)</source>
        <translation>Campo de nombre (predeterminado: NOMGEO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="249"/>
        <source>No feature has a usable geometry: {0} municipality feature(s) have an empty geometry; repair the layer (e.g. Fix geometries) or choose the layer of municipal boundaries.</source>
        <translation>Ningún objeto tiene una geometría utilizable: {0} objeto(s) de municipio tienen la geometría vacía; repare la capa (p. ej., con Corregir geometrías) o elija la capa de límites municipales.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="253"/>
        <source>No feature has a usable municipal code: choose the field that holds the CVEGEO codes in CODE_FIELD.</source>
        <translation>Ningún objeto tiene una clave municipal utilizable: elija en CODE_FIELD el campo que contiene las claves CVEGEO.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="186"/>
        <source>The boundary layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de límites: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="188"/>
        <source>The boundary layer has no coordinate reference system (CRS), so its municipalities cannot be placed: set the layer&apos;s CRS in Layer Properties ▸ Source (EPSG:4326 or EPSG:6372 for INEGI files) and import again.</source>
        <translation>La capa de límites no tiene sistema de referencia de coordenadas (SRC), así que sus municipios no se pueden ubicar: asigne el SRC de la capa en Propiedades de la capa ▸ Fuente (EPSG:4326 o EPSG:6372 para archivos del INEGI) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="199"/>
        <source>The layer has neither a CVEGEO field nor CVE_ENT and CVE_MUN: choose the field that holds the municipal code in CODE_FIELD.</source>
        <translation>La capa no tiene un campo CVEGEO ni los campos CVE_ENT y CVE_MUN: elija en CODE_FIELD el campo que contiene la clave municipal.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="271"/>
        <source>{0} municipalities imported, {1} left out.</source>
        <translation>{0} municipios importados, {1} excluidos.</translation>
    </message>
</context>
<context>
    <name>ImportPopulationAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="133"/>
        <source>Population CSV</source>
        <translation>CSV de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="134"/>
        <source>Population table</source>
        <translation>Tabla de población</translation>
    </message>
</context>
<context>
    <name>MunicipalIndicatorsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="264"/>
        <source>  row {0}: code &apos;{1}&apos; {2} — {3}</source>
        <translation>  fila {0}: clave &apos;{1}&apos; {2} — {3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="74"/>
        <source>End month</source>
        <translation>Mes final</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="73"/>
        <source>End year</source>
        <translation>Año final</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="172"/>
        <source>Feature {0} has &apos;{1}&apos; in {2}, which is not a 5-digit INEGI code: correct it or import the layer with &apos;Import municipalities&apos;.</source>
        <translation>El objeto {0} tiene &apos;{1}&apos; en {2}, que no es una clave INEGI de 5 dígitos: corríjala o importe la capa con &apos;Importar municipios&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="175"/>
        <source>Features {0} and {1} both have the code {2}: each municipality must appear once; dissolve or delete the duplicate.</source>
        <translation>Los objetos {0} y {1} tienen ambos la clave {2}: cada municipio debe aparecer una sola vez; disuelva o borre el duplicado.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="57"/>
        <source>Homicides CSV (INEGI or SESNSP)</source>
        <translation>CSV de homicidios (INEGI o SESNSP)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="54"/>
        <source>Municipal code field (CVEGEO)</source>
        <translation>Campo de clave municipal (CVEGEO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="79"/>
        <source>Municipal indicators</source>
        <translation>Indicadores municipales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="52"/>
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="189"/>
        <source>No homicide table was given: choose a CSV in HOMICIDES or a table layer in HOMICIDES_LAYER.</source>
        <translation>No se indicó ninguna tabla de homicidios: elija un CSV en HOMICIDES o una capa de tabla en HOMICIDES_LAYER.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="238"/>
        <source>No population given: rates are left empty.</source>
        <translation>No se dio población: las tasas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="64"/>
        <source>Population CSV (census/CONAPO)</source>
        <translation>CSV de población (censo/CONAPO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="230"/>
        <source>Population from the homicide table&apos;s own population column.</source>
        <translation>Población tomada de la columna de población de la propia tabla de homicidios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="234"/>
        <source>Population from the layer field &apos;{0}&apos; (one year for the whole period).</source>
        <translation>Población tomada del campo &apos;{0}&apos; de la capa (un año para todo el periodo).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="227"/>
        <source>Population from the population table.</source>
        <translation>Población tomada de la tabla de población.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="62"/>
        <source>SESNSP crime (subtype) to count</source>
        <translation>Delito del SESNSP (subtipo) que se cuenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="74"/>
        <source>Start month</source>
        <translation>Mes inicial</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="73"/>
        <source>Start year</source>
        <translation>Año inicial</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="195"/>
        <source>The homicide table cannot be used: {0}.</source>
        <translation>No se puede usar la tabla de homicidios: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="98"/>
        <source>The municipalities layer could not be read: choose a valid polygon layer.</source>
        <translation>No se pudo leer la capa de municipios: elija una capa de polígonos válida.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="107"/>
        <source>The municipalities layer has no cvegeo field: choose its municipal code field in CODE_FIELD or import it with &apos;Import municipalities&apos;.</source>
        <translation>La capa de municipios no tiene campo cvegeo: elija su campo de clave municipal en CODE_FIELD o impórtela con &apos;Importar municipios&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="100"/>
        <source>The municipalities layer is empty (no features), so there is nothing to compute indicators for: choose the municipalities layer (e.g. the one written by &apos;Import municipalities&apos;) or clear the filter or selection that hides its features.</source>
        <translation>La capa de municipios está vacía (sin objetos), así que no hay nada para lo cual calcular indicadores: elija la capa de municipios (p. ej., la que escribe &apos;Importar municipios&apos;) o quite el filtro o la selección que oculta sus objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="114"/>
        <source>The period is not valid ({0}): correct START_YEAR/END_YEAR or START_MONTH/END_MONTH.</source>
        <translation>El periodo no es válido ({0}): corrija START_YEAR/END_YEAR o START_MONTH/END_MONTH.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="224"/>
        <source>The population table cannot be used: {0}.</source>
        <translation>No se puede usar la tabla de población: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="77"/>
        <source>Violence surface (optional)</source>
        <translation>Superficie de violencia (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="253"/>
        <source>Violence surface summarised over {0} municipalities.</source>
        <translation>Superficie de violencia resumida en {0} municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="126"/>
        <source>homicide table</source>
        <translation>tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="226"/>
        <source>population table</source>
        <translation>tabla de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="139"/>
        <source>{0} municipalities have no population, so no rate: {1}</source>
        <translation>{0} municipios no tienen población, por lo que no tienen tasa: {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="131"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="261"/>
        <source>{0}: {1} row(s) not joined to any municipality:</source>
        <translation>{0}: {1} fila(s) no unidas a ningún municipio:</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="59"/>
        <source>…or homicides table layer</source>
        <translation>…o capa con la tabla de homicidios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="69"/>
        <source>…or population field of the layer</source>
        <translation>…o campo de población de la capa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="66"/>
        <source>…or population table layer</source>
        <translation>…o capa con la tabla de población</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="53"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="38"/>
        <source>Attribution of deaths</source>
        <translation>Atribución de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="42"/>
        <source>Below this share of a region&apos;s deaths no organisation is named: the region is targeted.</source>
        <translation>Por debajo de esta proporción de las muertes de una región no se nombra a ninguna organización: el objetivo es la región.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="53"/>
        <source>Corridor width</source>
        <translation>Ancho del corredor</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="116"/>
        <source>Deaths</source>
        <translation>Muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="29"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="29"/>
        <source>Deaths per event; empty: best (UCDP) or fatalities (ACLED).</source>
        <translation>Muertes por evento; vacío: best (UCDP) o fatalities (ACLED).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="38"/>
        <source>Equal shares</source>
        <translation>Partes iguales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="25"/>
        <source>Events with actor fields and a deaths field (UCDP GED: side_a, side_b, best; ACLED: actor1, actor2, fatalities).</source>
        <translation>Eventos con campos de actores y un campo de muertes (UCDP GED: side_a, side_b, best; ACLED: actor1, actor2, fatalities).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="32"/>
        <source>First day of the period (YYYY-MM-DD); empty: all.</source>
        <translation>Primer día del periodo (AAAA-MM-DD); vacío: todos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="32"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="38"/>
        <source>Full involvement</source>
        <translation>Participación plena</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="38"/>
        <source>Full involvement credits every party with all deaths of its events; equal shares splits them.</source>
        <translation>La participación plena atribuye a cada parte todas las muertes de sus eventos; las partes iguales las reparten.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="50"/>
        <source>How many of the top-ranked organisations get territories and corridors.</source>
        <translation>Cuántas de las organizaciones mejor clasificadas reciben territorios y corredores.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="34"/>
        <source>Last day of the period (YYYY-MM-DD); empty: all.</source>
        <translation>Último día del periodo (AAAA-MM-DD); vacío: todos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="25"/>
        <source>Lethal events</source>
        <translation>Eventos letales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="116"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="50"/>
        <source>Organisations to trace</source>
        <translation>Organizaciones que se trazan</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="116"/>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="63"/>
        <source>Rank organisations and trace corridors</source>
        <translation>Clasificar organizaciones y trazar corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="116"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="42"/>
        <source>Share needed to name an organisation</source>
        <translation>Proporción necesaria para nombrar a una organización</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="46"/>
        <source>Share of an organisation&apos;s violence its territory must contain (smallest such area).</source>
        <translation>Proporción de la violencia de una organización que debe contener su territorio (el área más pequeña que lo cumpla).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="46"/>
        <source>Territory holds</source>
        <translation>El territorio contiene</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="34"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="53"/>
        <source>Width of the buffered corridor polygons.</source>
        <translation>Ancho de los polígonos de búfer de los corredores.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/organisations.py" line="37"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>RankVdtosAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="391"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="450"/>
        <source>No drug-trafficking organisation takes part in the chosen events: check the actor fields and the alias table (kinds other than dto are never ranked).</source>
        <translation>Ninguna organización del narcotráfico participa en los eventos elegidos: revise los campos de actores y la tabla de alias (los tipos distintos de dto nunca se clasifican).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="470"/>
        <source>Ranked {0} organisations; first: {1}.</source>
        <translation>Se clasificaron {0} organizaciones; primera: {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="401"/>
        <source>Ranking per violent region</source>
        <translation>Clasificación por región violenta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="485"/>
        <source>Region {0} is region-targeted: the most violent organisation holds {1:.1%} of its {2:,.0f} deaths, below the {3:.0%} threshold ({4}).</source>
        <translation>La región {0} es objetivo como región: la organización más violenta tiene el {1:.1%} de sus {2:,.0f} muertes, por debajo del umbral del {3:.0%} ({4}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="489"/>
        <source>Region {0}: {1} holds {2:.1%} of its {3:,.0f} deaths, at or above the {4:.0%} threshold ({5}).</source>
        <translation>Región {0}: {1} tiene el {2:.1%} de sus {3:,.0f} muertes, igual o por encima del umbral del {4:.0%} ({5}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="397"/>
        <source>Share of a region&apos;s deaths an organisation needs to be named</source>
        <translation>Proporción de las muertes de una región que necesita una organización para ser nombrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="416"/>
        <source>The violent regions layer has no region_id field: use the regions written by vdto:hotspots or add a region_id field.</source>
        <translation>La capa de regiones violentas no tiene campo region_id: use las regiones que escribe vdto:hotspots o agregue un campo region_id.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="400"/>
        <source>VDTO ranking</source>
        <translation>Clasificación de VDTO</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="394"/>
        <source>Violent regions (polygons with region_id, from vdto:hotspots)</source>
        <translation>Regiones violentas (polígonos con region_id, de vdto:hotspots)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="469"/>
        <source>Violent regions were given but no per-region output was requested.</source>
        <translation>Se dieron regiones violentas, pero no se pidió la salida por región.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="483"/>
        <source>region (no organisation holds {0:.0%})</source>
        <translation>región (ninguna organización alcanza el {0:.0%})</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="223"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="362"/>
        <source>Cancelled: no partial result was kept.</source>
        <translation>Cancelado: no se conservó ningún resultado parcial.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="338"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="351"/>
        <source>Done in {0:.1f} s.</source>
        <translation>Hecho en {0:.1f} s.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="365"/>
        <source>Failed: {0}</source>
        <translation>Falló: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="248"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="275"/>
        <source>Not available in this version: {0}</source>
        <translation>No disponible en esta versión: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="235"/>
        <source>Progress of the running step (also shown in QGIS&apos;s task manager).</source>
        <translation>Progreso del paso en curso (también se muestra en el administrador de tareas de QGIS).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="261"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="264"/>
        <source>Run this step as a background task; its previous results are replaced.</source>
        <translation>Ejecuta este paso como tarea en segundo plano; sus resultados anteriores se reemplazan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="304"/>
        <source>Running {0}…</source>
        <translation>Ejecutando {0}…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="225"/>
        <source>Stop the running step; nothing half-written is kept.</source>
        <translation>Detiene el paso en curso; no se conserva nada escrito a medias.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="308"/>
        <source>VDTO Targeting: {0}</source>
        <translation>VDTO Targeting: {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="122"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="364"/>
        <source>see the log for details</source>
        <translation>consulte el registro para más detalles</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="393"/>
        <source>{0} features</source>
        <translation>{0} objetos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="394"/>
        <source>{0} × {1} cells</source>
        <translation>{0} × {1} celdas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/base.py" line="121"/>
        <source>… and {0} more in the log</source>
        <translation>… y {0} más en el registro</translation>
    </message>
</context>
<context>
    <name>SurfacePage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="43"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="50"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="60"/>
        <source>At a point on the surface</source>
        <translation>En un punto sobre la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="77"/>
        <source>Bin the events once and redraw a 1 km preview on every radius change (well under a second for 100,000 events).</source>
        <translation>Agrupa los eventos una sola vez y redibuja una vista previa de 1 km con cada cambio de radio (muy por debajo de un segundo para 100 000 eventos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="50"/>
        <source>Cell size of the surface in metres (1000 = 1 km).</source>
        <translation>Tamaño de celda de la superficie en metros (1000 = 1 km).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="96"/>
        <source>Compute the surface</source>
        <translation>Calcular la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="29"/>
        <source>Deaths, victims or counts per feature; empty: every event counts once.</source>
        <translation>Muertes, víctimas o conteos por objeto; vacío: cada evento cuenta una vez.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Density (per km²)</source>
        <translation>Densidad (por km²)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Density: events (or deaths) per km², integrates to the total. Raw: as QGIS&apos;s heatmap.</source>
        <translation>Densidad: eventos (o muertes) por km²; suma el total. Bruto: como el mapa de calor de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="88"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="25"/>
        <source>Events or municipalities</source>
        <translation>Eventos o municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="68"/>
        <source>First day of the period (YYYY-MM-DD); empty: all.</source>
        <translation>Primer día del periodo (AAAA-MM-DD); vacío: todos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="60"/>
        <source>For municipalities: spread each count over its polygon (recommended) or put it at one point.</source>
        <translation>Para municipios: reparte cada conteo sobre su polígono (recomendado) o lo pone en un punto.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="68"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="88"/>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="43"/>
        <source>Kernel radius in kilometres (0 = automatic bandwidth, reported in the log).</source>
        <translation>Radio del núcleo en kilómetros (0 = ancho de banda automático, informado en el registro).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="39"/>
        <source>Kernel radius in kilometres: drag to preview the surface live. Larger shows regions, smaller shows towns.</source>
        <translation>Radio del núcleo en kilómetros: arrastre para ver la superficie en vivo. Más grande muestra regiones; más pequeño, localidades.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="53"/>
        <source>Kernel shape</source>
        <translation>Forma del núcleo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="70"/>
        <source>Last day of the period (YYYY-MM-DD); empty: all.</source>
        <translation>Último día del periodo (AAAA-MM-DD); vacío: todos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="77"/>
        <source>Live preview while dragging the radius</source>
        <translation>Vista previa en vivo al arrastrar el radio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>Mask (optional)</source>
        <translation>Máscara (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Output values</source>
        <translation>Valores de salida</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="50"/>
        <source>Pixel size</source>
        <translation>Tamaño de píxel</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="25"/>
        <source>Points (lethal events) or polygons (municipalities with a count field) to smooth.</source>
        <translation>Puntos (eventos letales) o polígonos (municipios con un campo de conteo) que se suavizan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="60"/>
        <source>Polygon counts</source>
        <translation>Conteos por polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="64"/>
        <source>Polygon outline (e.g. Mexico): density that would fall outside is put back inside.</source>
        <translation>Contorno poligonal (p. ej., México): la densidad que caería fuera se devuelve al interior.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="138"/>
        <source>Preview: {0:g} km radius, {1:,} events, redrawn in {2:.2f} s.</source>
        <translation>Vista previa: radio de {0:g} km, {1:,} eventos, redibujada en {2:.2f} s.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="87"/>
        <source>Quartic</source>
        <translation>Cuártico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="53"/>
        <source>Quartic is QGIS&apos;s default; Gaussian has no hard edge.</source>
        <translation>Cuártico es el predeterminado de QGIS; el gaussiano no tiene borde duro.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="39"/>
        <source>Radius (km)</source>
        <translation>Radio (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="43"/>
        <source>Radius (km, exact)</source>
        <translation>Radio (km, exacto)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="56"/>
        <source>Raw (as QGIS&apos;s heatmap)</source>
        <translation>Bruto (como el mapa de calor de QGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="75"/>
        <source>Selected features only</source>
        <translation>Solo objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="60"/>
        <source>Spread over the polygon</source>
        <translation>Repartir sobre el polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="126"/>
        <source>The live preview needs point events; Run computes polygon surfaces.</source>
        <translation>La vista previa en vivo necesita eventos puntuales; Ejecutar calcula las superficies de polígonos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="70"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="87"/>
        <source>Triangular</source>
        <translation>Triangular</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="87"/>
        <source>Triweight</source>
        <translation>Tripeso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="87"/>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="75"/>
        <source>Use only the features selected in the input layer.</source>
        <translation>Usa solo los objetos seleccionados en la capa de entrada.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="29"/>
        <source>Weight field</source>
        <translation>Campo de peso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/surface.py" line="73"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>TargetPackageAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="63"/>
        <source>Corridors (vdto:corridors; optional)</source>
        <translation>Corredores (vdto:corridors; opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="61"/>
        <source>Ranking per violent region (optional)</source>
        <translation>Clasificación por región violenta (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="67"/>
        <source>Target package</source>
        <translation>Paquete de objetivos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="68"/>
        <source>Target package (CSV)</source>
        <translation>Paquete de objetivos (CSV)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="126"/>
        <source>The CSV {0} could not be written ({1}): choose a folder you can write to and a file that is not open in another program.</source>
        <translation>No se pudo escribir el CSV {0} ({1}): elija una carpeta con permiso de escritura y un archivo que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="86"/>
        <source>The ranking table is empty: run vdto:rankvdtos on events with organisations first.</source>
        <translation>La tabla de clasificación está vacía: ejecute primero vdto:rankvdtos sobre eventos con organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="65"/>
        <source>Top organisations (0: all)</source>
        <translation>Organizaciones principales (0: todas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="59"/>
        <source>VDTO ranking (vdto:rankvdtos)</source>
        <translation>Clasificación de VDTO (vdto:rankvdtos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="92"/>
        <source>corridors layer</source>
        <translation>capa de corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="88"/>
        <source>per-region ranking</source>
        <translation>clasificación por región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="146"/>
        <source>port {0} ({1})</source>
        <translation>puerto {0} ({1})</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="83"/>
        <source>ranking table</source>
        <translation>tabla de clasificación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="140"/>
        <source>region {0}</source>
        <translation>región {0}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="156"/>
        <source>region {0} (region-targeted)</source>
        <translation>región {0} (objetivo como región)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="88"/>
        <source>use the OUTPUT_REGIONS table of vdto:rankvdtos.</source>
        <translation>use la tabla OUTPUT_REGIONS de vdto:rankvdtos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="92"/>
        <source>use the layer written by vdto:corridors.</source>
        <translation>use la capa escrita por vdto:corridors.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="83"/>
        <source>use the table written by vdto:rankvdtos.</source>
        <translation>use la tabla escrita por vdto:rankvdtos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="149"/>
        <source>{0} (FIPS {1})</source>
        <translation>{0} (FIPS {1})</translation>
    </message>
</context>
<context>
    <name>TerritoriesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="217"/>
        <source>A {0} m cell gives {1:,} cells for {2}, more than the {3:,} this tool handles: raise &apos;Cell size&apos;.</source>
        <translation>Una celda de {0} m da {1:,} celdas para {2}, más de las {3:,} que admite esta herramienta: aumente el &apos;Tamaño de celda&apos;.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="130"/>
        <source>Attributed deaths</source>
        <translation>Muertes atribuidas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="126"/>
        <source>Cell size (metres)</source>
        <translation>Tamaño de celda (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="118"/>
        <source>Events (UCDP GED or ACLED)</source>
        <translation>Eventos (UCDP GED o ACLED)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="171"/>
        <source>Every chosen organisation has fewer than {0} events, too few to draw a territory: lower &apos;Minimum events&apos;, widen the period or raise the number of organisations.</source>
        <translation>Todas las organizaciones elegidas tienen menos de {0} eventos, muy pocos para trazar un territorio: reduzca el &apos;Mínimo de eventos&apos;, amplíe el periodo o aumente el número de organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="128"/>
        <source>Kernel radius (metres)</source>
        <translation>Radio del núcleo (metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="133"/>
        <source>Minimum events for a territory</source>
        <translation>Mínimo de eventos para un territorio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="136"/>
        <source>Municipalities (optional, field cvegeo)</source>
        <translation>Municipios (opcional, campo cvegeo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="161"/>
        <source>No drug-trafficking organisation takes part in the chosen events: check the actor fields and the alias table.</source>
        <translation>Ninguna organización del narcotráfico participa en los eventos elegidos: revise los campos de actores y la tabla de alias.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="121"/>
        <source>Number of top organisations</source>
        <translation>Número de organizaciones principales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="130"/>
        <source>One per event</source>
        <translation>Uno por evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="123"/>
        <source>Share of the density the area of operation holds</source>
        <translation>Proporción de la densidad que contiene el área de operación</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="167"/>
        <source>Skipped (fewer than {0} events, too few for a territory): {1}.</source>
        <translation>Omitidas (menos de {0} eventos, demasiado pocos para un territorio): {1}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="138"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="130"/>
        <source>Weight of each event</source>
        <translation>Peso de cada evento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="224"/>
        <source>attributed deaths</source>
        <translation>muertes atribuidas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="224"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="212"/>
        <source>{0}: no located events, no territory.</source>
        <translation>{0}: sin eventos localizados, sin territorio.</translation>
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
        <location filename="../vdto_targeting/processing/vdtos.py" line="201"/>
        <source>A period was given but the events layer has no date field: choose it in &apos;Date field&apos; or leave the dates empty.</source>
        <translation>Se indicó un periodo, pero la capa de eventos no tiene campo de fecha: elíjalo en &apos;Campo de fecha&apos; o deje las fechas vacías.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="104"/>
        <source>Add circular zone around a point</source>
        <translation>Añadir una zona circular alrededor de un punto</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="135"/>
        <source>Add zone from features (municipalities, region or corridor)</source>
        <translation>Añadir una zona a partir de objetos (municipios, región o corredor)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="105"/>
        <source>Adds a circular enforcement zone of the given radius (km) around a point, e.g. a plaza or a municipal seat. The circle is built in INEGI Lambert (EPSG:6372) so its radius is true on the ground.</source>
        <translation>Añade una zona de intervención circular del radio dado (km) alrededor de un punto, p. ej., una plaza o una cabecera municipal. El círculo se construye en la Lambert del INEGI (EPSG:6372) para que su radio sea real sobre el terreno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="136"/>
        <source>Adds one enforcement zone made of the input features dissolved together: selected municipalities, a violent region, or a corridor line (give a buffer in km — a line has no area). Use &apos;Selected features only&apos; to take the municipalities selected on the map.</source>
        <translation>Añade una zona de intervención formada por los objetos de entrada disueltos: municipios seleccionados, una región violenta o la línea de un corredor (indique un búfer en km: una línea no tiene área). Use &apos;Solo objetos seleccionados&apos; para tomar los municipios seleccionados en el mapa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="572"/>
        <source>An automatic radius needs at least two events at different places with positive weight: give RADIUS in metres (e.g. 20000).</source>
        <translation>El radio automático necesita al menos dos eventos en lugares distintos con peso positivo: indique RADIUS en metros (p. ej., 20000).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="370"/>
        <source>Attributes each event&apos;s deaths to the organisations involved (names merged through the alias table; coalitions split; civilians are victims; state forces and non-DTO armed groups are parties but never ranked) under full involvement or equal shares, and ranks organisations by attributed deaths. The ranking records deaths, events, share of all deaths in the period, yearly trend, municipalities active, main rivals and the criterion sentence. With violent regions (vdto:hotspots, field region_id) it ranks within each region and marks the region &apos;region-targeted&apos; when no organisation holds the threshold share of its deaths. Names missing from the alias table are kept and listed in the log.</source>
        <translation>Atribuye las muertes de cada evento a las organizaciones involucradas (nombres unificados mediante la tabla de alias; coaliciones divididas; los civiles son víctimas; las fuerzas del Estado y los grupos armados que no son OTD son partes, pero nunca se clasifican) con participación plena o partes iguales, y clasifica a las organizaciones por muertes atribuidas. La clasificación registra muertes, eventos, proporción de todas las muertes del periodo, tendencia anual, municipios activos, principales rivales y la frase del criterio. Con regiones violentas (vdto:hotspots, campo region_id) clasifica dentro de cada región y marca la región como &apos;objetivo como región&apos; cuando ninguna organización alcanza la proporción umbral de sus muertes. Los nombres que faltan en la tabla de alias se conservan y se listan en el registro.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="38"/>
        <source>Briefing map and figures (PDF)</source>
        <translation>Mapa y cifras del informe (PDF)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/briefing.py" line="40"/>
        <source>Builds the briefing print layout — title, main map over the offline basemap, locator, legend, scale bar in km, north arrow, date, analyst, period, sources with attributions and the handling marking; a second page with the VDTO ranking, the target package and the zones with PAI and the concentration curve; then one page per enforcement zone — and exports it to PDF (vector) and PNG pages. Missing figures (no ranking or zone statistics given) are computed provisionally from the events and said so on the page. The briefing language is chosen here, independently of QGIS&apos;s interface language.</source>
        <translation>Construye la composición de impresión del informe —título, mapa principal sobre el mapa base sin conexión, mapa de ubicación, leyenda, barra de escala en km, flecha del norte, fecha, analista, periodo, fuentes con atribuciones y la marca de manejo; una segunda página con la clasificación de VDTO, el paquete de objetivos y las zonas con PAI y la curva de concentración; luego una página por zona de intervención— y la exporta a PDF (vectorial) y a páginas PNG. Las cifras que faltan (sin clasificación ni estadísticas de zonas) se calculan provisionalmente a partir de los eventos y así se indica en la página. El idioma del informe se elige aquí, independientemente del idioma de la interfaz de QGIS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="47"/>
        <source>Compares monthly violence inside an active zone before and after its start_date with the rest of its region (the REGION features the zone touches, minus the zone): DiD = (zone after − zone before) − (region after − region before), in events (or deaths) per 1,000 km² per month, with a Welch confidence interval. With fewer than 6 months on either side the verdict is &apos;too few months&apos;. Saves the monthly series and a chart (PNG or SVG).</source>
        <translation>Compara la violencia mensual dentro de una zona activa antes y después de su start_date con el resto de su región (los objetos REGION que toca la zona, menos la zona): DiD = (zona después − zona antes) − (región después − región antes), en eventos (o muertes) por 1000 km² por mes, con un intervalo de confianza de Welch. Con menos de 6 meses en cualquiera de los lados el veredicto es &apos;muy pocos meses&apos;. Guarda la serie mensual y un gráfico (PNG o SVG).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="73"/>
        <source>Create zones GeoPackage</source>
        <translation>Crear GeoPackage de zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="75"/>
        <source>Creates the enforcement-zones GeoPackage with its fixed schema (zone_id, name, target, basis, priority, status, start_date, end_date, notes, created_at, updated_at) and form. An existing zones file is opened, never overwritten: analysts&apos; zones are not erased by re-running.</source>
        <translation>Crea el GeoPackage de zonas de intervención con su esquema fijo (zone_id, name, target, basis, priority, status, start_date, end_date, notes, created_at, updated_at) y su formulario. Un archivo de zonas existente se abre, nunca se sobrescribe: volver a ejecutar no borra las zonas de los analistas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="34"/>
        <source>Cross-border corridors</source>
        <translation>Corredores transfronterizos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="91"/>
        <source>Demo scenario (synthetic data)</source>
        <translation>Escenario de demostración (datos sintéticos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="45"/>
        <source>Evaluate zone (before/after, difference in differences)</source>
        <translation>Evaluar zona (antes/después, diferencia en diferencias)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="165"/>
        <source>Event {0} is dated {1} in &apos;{2}&apos;, outside 1900 – today: correct the date (or choose the right date field).</source>
        <translation>El evento {0} tiene fecha {1} en &apos;{2}&apos;, fuera del rango 1900 – hoy: corrija la fecha (o elija el campo de fecha correcto).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="225"/>
        <source>Event {0} lies at {1}, which cannot be placed in Mexico from the layer&apos;s CRS {2}: set the layer&apos;s true CRS in Layer Properties ▸ Source.</source>
        <translation>El evento {0} está en {1}, que no puede ubicarse en México con el SRC {2} de la capa: asigne a la capa su SRC verdadero en Propiedades de la capa ▸ Fuente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="36"/>
        <source>For each enforcement zone: events and deaths inside, their share of the total, area in km², the Predictive Accuracy Index PAI = (n/N)/(a/A) (share of violence over share of area, Chainey et al. 2008), municipalities intersected, area-weighted population, organisations active, corridors crossing and ports of entry within a distance. Areas are computed in INEGI Lambert (EPSG:6372) whatever the input CRS; a is the zone&apos;s area inside the study area (the municipalities). OUTPUT_CURVE is the concentration curve over a partition of the zones (overlaps counted once) with its Gini coefficient.</source>
        <translation>Para cada zona de intervención: eventos y muertes dentro, su proporción del total, área en km², el índice de precisión predictiva PAI = (n/N)/(a/A) (proporción de la violencia sobre proporción del área, Chainey et al. 2008), municipios intersecados, población ponderada por área, organizaciones activas, corredores que la cruzan y puertos de entrada a cierta distancia. Las áreas se calculan en la Lambert del INEGI (EPSG:6372) sea cual sea el SRC de entrada; a es el área de la zona dentro del área de estudio (los municipios). OUTPUT_CURVE es la curva de concentración sobre una partición de las zonas (las superposiciones se cuentan una vez) con su coeficiente de Gini.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="94"/>
        <source>For each of the top organisations (ranked as in vdto:rankvdtos), a kernel density surface of its attributed events (same engine as vdto:violencesurface, metres in EPSG:6372) is turned into an area of operation: the smallest set of cells holding the chosen share (default 80%) of its density. Weight each event by 1 or by its attributed deaths. Organisations with fewer events than the minimum are skipped and named in the log. With municipalities, each territory lists the municipalities it covers (at least half inside, or holding at least a tenth of the territory).</source>
        <translation>Para cada una de las organizaciones principales (clasificadas como en vdto:rankvdtos), una superficie de densidad por núcleo de sus eventos atribuidos (el mismo motor que vdto:violencesurface, metros en EPSG:6372) se convierte en un área de operación: el conjunto más pequeño de celdas que contiene la proporción elegida (80 % por defecto) de su densidad. Cada evento pesa 1 o sus muertes atribuidas. Las organizaciones con menos eventos que el mínimo se omiten y se nombran en el registro. Con municipios, cada territorio lista los municipios que cubre (al menos la mitad dentro, o que contienen al menos una décima parte del territorio).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/corridors.py" line="36"/>
        <source>For each organisation&apos;s territory (vdto:territories), the ports of entry it most likely uses — the nearest measured along the U.S.–Mexico border from where the territory meets it, or those of an assignment table (organisation, port_code, optional destination) — and a corridor from a point inside the territory through the port to the nearest U.S. destination (hubs or counties; the port&apos;s county when none are given). Routed on a road network with QGIS&apos;s shortest path when one is given, straight otherwise. With events, each corridor reports the deaths inside its Mexican part (buffer of the chosen width) and the share of the organisation&apos;s attributed deaths found there. Ports further than the border zone from the border are refused.</source>
        <translation>Para el territorio de cada organización (vdto:territories), los puertos de entrada que más probablemente usa —el más cercano medido a lo largo de la frontera México–EE. UU. desde donde el territorio la toca, o los de una tabla de asignación (organisation, port_code, destino opcional)— y un corredor desde un punto dentro del territorio, a través del puerto, hasta el destino más cercano en EE. UU. (centros o condados; el condado del puerto si no se dan). Se traza sobre una red de carreteras con la ruta más corta de QGIS cuando se da una; si no, en línea recta. Con eventos, cada corredor informa las muertes dentro de su parte mexicana (búfer del ancho elegido) y la proporción de las muertes atribuidas a la organización que se encuentran allí. Se rechazan los puertos más alejados de la frontera que la zona fronteriza.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="48"/>
        <source>Getis-Ord Gi* and Local Moran&apos;s I on a municipal field (count, rate or smoothed rate) with row-standardised queen, rook, k-nearest or distance-band weights, seeded permutation inference (as PySAL esda) and an optional False Discovery Rate. Adds gi_z, gi_p, gi_class, lisa_i, lisa_p and lisa_class to every input field. REGIONS merges contiguous hot municipalities into violent regions with their population, homicides and share of the national total. The emerging option computes Gi* for each yearly field (hom_YYYY) and a Mann-Kendall trend per municipality. Islands (no neighbour) are reported and left without statistics. DISTANCE is in metres (EPSG:6372). gi_p and lisa_p are esda&apos;s pseudo p-values (the smaller tail of the permutation distribution; classes at 0.01/0.05/0.10), or two-sided normal p-values when PERMUTATIONS is 0; with FDR they are Benjamini-Hochberg q-values.</source>
        <translation>Gi* de Getis-Ord e I de Moran local sobre un campo municipal (conteo, tasa o tasa suavizada) con pesos estandarizados por filas de reina, torre, k más cercanos o banda de distancia, inferencia por permutaciones con semilla (como esda de PySAL) y una corrección opcional de la tasa de falsos descubrimientos. Añade gi_z, gi_p, gi_class, lisa_i, lisa_p y lisa_class a todos los campos de entrada. REGIONS une los municipios calientes contiguos en regiones violentas con su población, homicidios y proporción del total nacional. La opción de emergentes calcula Gi* para cada campo anual (hom_AAAA) y una tendencia de Mann-Kendall por municipio. Las islas (sin vecinos) se informan y quedan sin estadísticas. DISTANCE está en metros (EPSG:6372). gi_p y lisa_p son los pseudovalores p de esda (la cola menor de la distribución de permutaciones; clases en 0,01/0,05/0,10), o valores p normales bilaterales cuando PERMUTATIONS es 0; con FDR son valores q de Benjamini-Hochberg.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/hotspots.py" line="46"/>
        <source>Hotspots and violent regions (Gi*, Local Moran)</source>
        <translation>Puntos calientes y regiones violentas (Gi*, Moran local)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="97"/>
        <source>Import homicides (INEGI or SESNSP)</source>
        <translation>Importar homicidios (INEGI o SESNSP)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="144"/>
        <source>Import municipalities (INEGI Marco Geoestadístico)</source>
        <translation>Importar municipios (Marco Geoestadístico del INEGI)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="125"/>
        <source>Import population (census or CONAPO)</source>
        <translation>Importar población (censo o CONAPO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="26"/>
        <source>Joins homicide counts (INEGI long panel or SESNSP monthly layout, as a CSV file or an imported table) and population (census/CONAPO table, else the homicide table&apos;s own population, else a population field of the layer) to the municipalities for a period: years START_YEAR to END_YEAR, months START_MONTH to END_MONTH of each year. Writes homicides, months, population, person_years, rate (annualised per 100,000), eb_global and eb_spatial (Empirical Bayes as GeoDa, queen neighbours), hom_YYYY per year and, with a SURFACE raster, surf_mean and surf_sum. Every table row whose code does not join is logged with its code and name.</source>
        <translation>Une los conteos de homicidios (panel largo del INEGI o formato mensual del SESNSP, como archivo CSV o tabla importada) y la población (tabla del censo o CONAPO; si no, la población de la propia tabla de homicidios; si no, un campo de población de la capa) a los municipios para un periodo: años START_YEAR a END_YEAR, meses START_MONTH a END_MONTH de cada año. Escribe homicides, months, population, person_years, rate (anualizada por 100 000), eb_global y eb_spatial (Bayes empírico como en GeoDa, vecinos de reina), hom_AAAA por año y, con un ráster SURFACE, surf_mean y surf_sum. Cada fila de la tabla cuya clave no se une se registra con su clave y nombre.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="46"/>
        <source>Joins the VDTO ranking (vdto:rankvdtos), the per-region ranking (its OUTPUT_REGIONS) and the corridors (vdto:corridors) into one table: for each of the top organisations, each violent region it leads, each corridor, port of entry and U.S. destination (county FIPS), with deaths, shares, corridor exposure and the ranking criterion. Regions where no organisation holds the analyst&apos;s threshold appear as region-targeted rows. Written as a layer (corridor geometry) and as CSV.</source>
        <translation>Une la clasificación de VDTO (vdto:rankvdtos), la clasificación por región (su OUTPUT_REGIONS) y los corredores (vdto:corridors) en una sola tabla: para cada una de las organizaciones principales, cada región violenta que encabeza, cada corredor, puerto de entrada y destino en EE. UU. (FIPS del condado), con muertes, proporciones, exposición del corredor y el criterio de clasificación. Las regiones donde ninguna organización alcanza el umbral del analista aparecen como filas de objetivo como región. Se escribe como capa (geometría del corredor) y como CSV.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="102"/>
        <source>Kernel density of lethal events, or of municipal counts, as a GeoTIFF. RADIUS and PIXEL_SIZE are metres (a geographic layer is projected to the project CRS when it is metric, else to EPSG:6372); RADIUS 0 picks it by Silverman&apos;s rule. Raw output is QGIS heatmap&apos;s Raw, cell for cell, on QGIS&apos;s grid; Density is events (weight) per km² and sums to the total weight. Polygons are placed at a point on their surface or spread over their area. A MASK (e.g. Mexico&apos;s outline) keeps every event&apos;s mass inside it and sets cells outside to nodata. START/END filter by DATE_FIELD (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Densidad por núcleo de eventos letales, o de conteos municipales, como GeoTIFF. RADIUS y PIXEL_SIZE están en metros (una capa geográfica se proyecta al SRC del proyecto cuando es métrico; si no, a EPSG:6372); RADIUS 0 lo elige con la regla de Silverman. La salida bruta es la salida Raw del mapa de calor de QGIS, celda por celda, en la cuadrícula de QGIS; la densidad es eventos (peso) por km² y suma el peso total. Los polígonos se colocan en un punto sobre su superficie o se reparten sobre su área. Una máscara MASK (p. ej., el contorno de México) mantiene dentro la masa de cada evento y deja sin datos las celdas exteriores. START/END filtran por DATE_FIELD (AAAA, AAAA-MM o AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/indicators.py" line="24"/>
        <source>Municipal violence indicators (counts, rates, Empirical Bayes)</source>
        <translation>Indicadores municipales de violencia (conteos, tasas, Bayes empírico)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="263"/>
        <source>Names not in the alias table, kept under their own spelling: {0}. Add them to the alias table to merge them with an organisation.</source>
        <translation>Nombres que no están en la tabla de alias, conservados con su propia grafía: {0}. Añádalos a la tabla de alias para unirlos con una organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="30"/>
        <source>No change can be told apart from month-to-month noise (the interval includes zero).</source>
        <translation>Ningún cambio se distingue del ruido de un mes a otro (el intervalo incluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="238"/>
        <source>No event names an organisation in {0}: every value is empty (NULL); choose the actor fields that hold the organisations&apos; names in &apos;Actor fields&apos;.</source>
        <translation>Ningún evento nombra una organización en {0}: todos los valores están vacíos (NULL); elija en &apos;Campos de actores&apos; los campos que contienen los nombres de las organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="257"/>
        <source>No events fall in the chosen period: widen &apos;From date&apos;/&apos;To date&apos; or check the date field.</source>
        <translation>Ningún evento cae en el periodo elegido: amplíe &apos;Desde la fecha&apos;/&apos;Hasta la fecha&apos; o revise el campo de fecha.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="564"/>
        <source>No events to choose an automatic radius from: check the layer, its filter and the period, or give RADIUS in metres.</source>
        <translation>No hay eventos a partir de los cuales elegir un radio automático: revise la capa, su filtro y el periodo, o indique RADIUS en metros.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="233"/>
        <source>None of the {0} events has a location (empty or missing geometry): repair the layer&apos;s geometries or choose a layer of located events.</source>
        <translation>Ninguno de los {0} eventos tiene ubicación (geometría vacía o ausente): repare las geometrías de la capa o elija una capa de eventos ubicados.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="21"/>
        <source>Offline field pack (one GeoPackage)</source>
        <translation>Paquete de campo sin conexión (un solo GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="368"/>
        <source>Rank violent drug-trafficking organisations (VDTOs)</source>
        <translation>Clasificar las organizaciones violentas de tráfico de drogas (VDTO)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="350"/>
        <source>Rank {0} of {1} by deaths attributed under {2}, events {3}: {4:,.0f} deaths ({5:.1%} of the {6:,.0f} deaths in the period) in {7} events; trend {8}. State forces, civilians and non-DTO armed groups are not ranked.</source>
        <translation>Lugar {0} de {1} por muertes atribuidas con {2}, eventos {3}: {4:,.0f} muertes ({5:.1%} de las {6:,.0f} muertes del periodo) en {7} eventos; tendencia {8}. No se clasifican fuerzas del Estado, civiles ni grupos armados que no son OTD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="98"/>
        <source>Reads a homicide table in the INEGI long form (cvegeo, year, month, homicides[, pop]) or SESNSP&apos;s municipal incidence layout (months Enero … Diciembre as columns, latin-1), understanding UTF-8 with BOM, latin-1, commas, semicolons, tabs, thousands separators and blank rows, and writes a clean table (cvegeo, year, month, homicides, pop, name). Codes are normalised (1001 → 01001); every row that cannot be used or does not match the municipalities is logged with its code and name. Duplicated municipality-months, negative or non-numeric counts are refused naming the row.</source>
        <translation>Lee una tabla de homicidios en el formato largo del INEGI (cvegeo, year, month, homicides[, pop]) o en el formato de incidencia municipal del SESNSP (meses Enero … Diciembre como columnas, latin-1), entendiendo UTF-8 con BOM, latin-1, comas, puntos y coma, tabuladores, separadores de miles y filas en blanco, y escribe una tabla limpia (cvegeo, year, month, homicides, pop, name). Las claves se normalizan (1001 → 01001); cada fila que no se puede usar o que no coincide con los municipios se registra con su clave y nombre. Los municipio-mes duplicados y los conteos negativos o no numéricos se rechazan nombrando la fila.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="126"/>
        <source>Reads a municipal population table (census or CONAPO: cvegeo, year, pop_total — or a single snapshot without a year) in any common encoding and separator and writes a clean table (cvegeo, year, pop, name). A population of zero, a negative or non-numeric value or a duplicated municipality-year is refused naming the row; unmatched codes are logged with their names.</source>
        <translation>Lee una tabla de población municipal (censo o CONAPO: cvegeo, year, pop_total, o una sola instantánea sin año) en cualquier codificación y separador habituales y escribe una tabla limpia (cvegeo, year, pop, name). Una población de cero, un valor negativo o no numérico o un municipio-año duplicado se rechaza nombrando la fila; las claves sin coincidencia se registran con sus nombres.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="44"/>
        <source>Target package (organisation → region → corridor → port → U.S.)</source>
        <translation>Paquete de objetivos (organización → región → corredor → puerto → EE. UU.)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/territories.py" line="92"/>
        <source>Territories of the top organisations</source>
        <translation>Territorios de las organizaciones principales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="104"/>
        <source>The alias table cannot be used ({0}): give a table with the columns alias, organisation and kind (dto, state, civilian, armed_group or unidentified).</source>
        <translation>No se puede usar la tabla de alias ({0}): indique una tabla con las columnas alias, organisation y kind (dto, state, civilian, armed_group o unidentified).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="147"/>
        <source>The deaths field &apos;{0}&apos; holds &apos;{1}&apos; for event {2}, not a number: correct the value or choose the field that counts deaths in &apos;Deaths field&apos;.</source>
        <translation>El campo de muertes &apos;{0}&apos; contiene &apos;{1}&apos; en el evento {2}, que no es un número: corrija el valor o elija en &apos;Campo de muertes&apos; el campo que cuenta las muertes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="152"/>
        <source>The deaths field &apos;{0}&apos; is negative ({1}) for event {2}: correct the value (deaths are counts, 0 or more).</source>
        <translation>El campo de muertes &apos;{0}&apos; es negativo ({1}) en el evento {2}: corrija el valor (las muertes son conteos, 0 o más).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="179"/>
        <source>The events layer could not be read: choose a point layer of events.</source>
        <translation>No se pudo leer la capa de eventos: elija una capa de puntos de eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="186"/>
        <source>The events layer has no actor fields (side_a/side_b for UCDP, actor1/actor2 for ACLED): choose the fields that name the organisations in &apos;Actor fields&apos;.</source>
        <translation>La capa de eventos no tiene campos de actores (side_a/side_b para UCDP, actor1/actor2 para ACLED): elija en &apos;Campos de actores&apos; los campos que nombran a las organizaciones.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="191"/>
        <source>The events layer has no deaths field (best or fatalities): choose the field that counts deaths in &apos;Deaths field&apos;.</source>
        <translation>La capa de eventos no tiene campo de muertes (best o fatalities): elija en &apos;Campo de muertes&apos; el campo que cuenta las muertes.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="205"/>
        <source>The events layer is empty: choose a layer that holds events (UCDP GED or ACLED).</source>
        <translation>La capa de eventos está vacía: elija una capa que contenga eventos (UCDP GED o ACLED).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="105"/>
        <source>The output {0} ({1}) is locked by another program: close it there (or choose another file name) and run again; the file was left untouched.</source>
        <translation>Otro programa tiene bloqueado el resultado {0} ({1}): ciérrelo allí (o elija otro nombre de archivo) y ejecute de nuevo; el archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="90"/>
        <source>The output {0} cannot be written: {1} is a folder; choose a folder you can write to and a file name inside it.</source>
        <translation>No se puede escribir el resultado {0}: {1} es una carpeta; elija una carpeta con permiso de escritura y un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="99"/>
        <source>The output {0} cannot be written: {1} is not a folder you can write to; choose a folder you can write to.</source>
        <translation>No se puede escribir el resultado {0}: {1} no es una carpeta con permiso de escritura; elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="102"/>
        <source>The output {0} cannot be written: {1} is read-only; choose a folder you can write to or another file name.</source>
        <translation>No se puede escribir el resultado {0}: {1} es de solo lectura; elija una carpeta con permiso de escritura u otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="273"/>
        <source>The output {0} could not be written ({1}): choose a folder you can write to and a file that is not open in another program.</source>
        <translation>No se pudo escribir el resultado {0} ({1}): elija una carpeta con permiso de escritura y un archivo que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/outputs.py" line="176"/>
        <source>The output {0} could not be written: nothing was produced; choose a folder you can write to and check the disk has space.</source>
        <translation>No se pudo escribir el resultado {0}: no se produjo nada; elija una carpeta con permiso de escritura y compruebe que el disco tenga espacio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="199"/>
        <source>The period ends ({0}) before it starts ({1}): swap the two dates.</source>
        <translation>El periodo termina ({0}) antes de empezar ({1}): intercambie las dos fechas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="116"/>
        <source>The {0} date &apos;{1}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2020-01-31.</source>
        <translation>La fecha de {0} &apos;{1}&apos; no es una fecha: escríbala como AAAA-MM-DD, p. ej., 2020-01-31.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/targetpackage.py" line="30"/>
        <source>The {0} has no {1} field: {2}</source>
        <translation>La {0} no tiene el campo {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="128"/>
        <source>The {0} layer has no coordinate reference system (CRS): set the layer&apos;s CRS in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene sistema de referencia de coordenadas (SRC): asigne el SRC de la capa en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="134"/>
        <source>The {0} layer&apos;s coordinates (e.g. {1:.0f}, {2:.0f}) do not fit its CRS {3}, which is in degrees: they look like metres; set the layer&apos;s true CRS (e.g. EPSG:6372) in Layer Properties ▸ Source.</source>
        <translation>Las coordenadas de la capa de {0} (p. ej., {1:.0f}, {2:.0f}) no corresponden a su SRC {3}, que está en grados: parecen metros; asigne a la capa su SRC verdadero (p. ej., EPSG:6372) en Propiedades de la capa ▸ Fuente.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="32"/>
        <source>Too few months before or after the start date to tell (at least {0} on each side are needed).</source>
        <translation>Hay muy pocos meses antes o después de la fecha de inicio para saberlo (se necesitan al menos {0} de cada lado).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="146"/>
        <source>Turns INEGI&apos;s Marco Geoestadístico municipalities (shapefile or GeoPackage, fields CVEGEO or CVE_ENT + CVE_MUN, NOMGEO) or any polygon layer with a municipal code field into a clean layer with cvegeo, cve_ent, cve_mun and nom_mun first, keeping every other field. Codes are normalised; features with malformed codes or empty geometries are logged with their name and left out; duplicated codes are refused naming both features; invalid geometries are repaired.</source>
        <translation>Convierte los municipios del Marco Geoestadístico del INEGI (shapefile o GeoPackage, campos CVEGEO o CVE_ENT + CVE_MUN, NOMGEO), o cualquier capa de polígonos con un campo de clave municipal, en una capa limpia con cvegeo, cve_ent, cve_mun y nom_mun al principio, conservando todos los demás campos. Las claves se normalizan; los objetos con claves mal formadas o geometrías vacías se registran con su nombre y se excluyen; las claves duplicadas se rechazan nombrando ambos objetos; las geometrías no válidas se reparan.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="26"/>
        <source>Violence fell in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia bajó en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="28"/>
        <source>Violence rose in the zone relative to the rest of its region (the interval excludes zero).</source>
        <translation>La violencia subió en la zona respecto al resto de su región (el intervalo excluye el cero).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="100"/>
        <source>Violence surface (kernel density)</source>
        <translation>Superficie de violencia (densidad por núcleo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/demo.py" line="93"/>
        <source>Writes a small SYNTHETIC scenario to one GeoPackage, generated deterministically from a seed: hexagonal demo municipalities clipped to Mexico&apos;s states (QGIS&apos;s bundled Natural Earth world map), a monthly homicide table, lethal events attributed to fictitious organisations, approximate ports of entry, synthetic U.S. hubs and three demo enforcement zones. For demonstrations and training only: none of it is real intelligence.</source>
        <translation>Escribe un pequeño escenario SINTÉTICO en un GeoPackage, generado de forma determinista a partir de una semilla: municipios hexagonales de demostración recortados a los estados de México (mapa mundial Natural Earth incluido en QGIS), una tabla mensual de homicidios, eventos letales atribuidos a organizaciones ficticias, puertos de entrada aproximados, centros sintéticos en EE. UU. y tres zonas de intervención de demostración. Solo para demostraciones y capacitación: nada de ello es inteligencia real.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/fieldpack.py" line="23"/>
        <source>Writes the chosen layers (inputs, results, zones; vector and raster) into ONE GeoPackage with their styles in its layer_styles table, rasters as GeoPackage raster tables, and a QGIS project stored inside the same GeoPackage — optionally with the briefing layout — so a colleague opens one file, offline, and sees the same map. In QGIS: Project ▸ Open From ▸ GeoPackage.</source>
        <translation>Escribe las capas elegidas (entradas, resultados, zonas; vectoriales y ráster) en UN solo GeoPackage con sus estilos en la tabla layer_styles, los ráster como tablas ráster de GeoPackage y un proyecto de QGIS guardado dentro del mismo GeoPackage —opcionalmente con la composición del informe—, para que un colega abra un solo archivo, sin conexión, y vea el mismo mapa. En QGIS: Proyecto ▸ Abrir desde ▸ GeoPackage.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="34"/>
        <source>Zone statistics (PAI, concentration curve)</source>
        <translation>Estadísticas de zonas (PAI, curva de concentración)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="197"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="86"/>
        <source>equal shares among the parties</source>
        <translation>partes iguales entre las partes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="206"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="338"/>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="86"/>
        <source>full involvement (each party credited with every death of its events)</source>
        <translation>participación plena (a cada parte se le atribuyen todas las muertes de sus eventos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="37"/>
        <source>increased</source>
        <translation>aumentó</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="334"/>
        <source>n/a (one event or one year)</source>
        <translation>n/d (un evento o un año)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="38"/>
        <source>no detectable change</source>
        <translation>sin cambio detectable</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="36"/>
        <source>reduced</source>
        <translation>redujo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="336"/>
        <source>rising</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="339"/>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="196"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/evaluation.py" line="39"/>
        <source>too few months</source>
        <translation>muy pocos meses</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="248"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out of the period.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron del periodo.</translation>
    </message>
</context>
<context>
    <name>VdtoCrs</name>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="33"/>
        <source>the layer has no coordinate reference system</source>
        <translation>la capa no tiene sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="35"/>
        <source>the layer&apos;s own CRS {0} (projected, metres)</source>
        <translation>el SRC propio de la capa, {0} (proyectado, metros)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="37"/>
        <source>the project CRS {0}, because the layer&apos;s CRS {1} is not in metres</source>
        <translation>el SRC del proyecto, {0}, porque el SRC {1} de la capa no está en metros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/qgis_bridge/crs.py" line="40"/>
        <source>{0} (INEGI Lambert, metres), because the layer&apos;s CRS {1} is not in metres</source>
        <translation>{0} (Lambert del INEGI, metros), porque el SRC {1} de la capa no está en metros</translation>
    </message>
</context>
<context>
    <name>VdtoHelp</name>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="56"/>
        <source>A kernel density estimate of lethal events (or of municipal counts): each event spreads its weight over a circle of the chosen radius. Drag the radius slider to preview the surface live; Run writes the full surface as a GeoTIFF.</source>
        <translation>Una estimación de densidad por núcleo de los eventos letales (o de los conteos municipales): cada evento reparte su peso sobre un círculo del radio elegido. Arrastre el control de radio para ver la superficie en vivo; Ejecutar escribe la superficie completa como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="97"/>
        <source>Attributes each event&apos;s deaths to the organisations involved, ranks the organisations by the violence they are responsible for, maps each one&apos;s territory, and traces corridors from that territory through the U.S. ports of entry it most likely uses to U.S. destinations.</source>
        <translation>Atribuye las muertes de cada evento a las organizaciones involucradas, clasifica a las organizaciones por la violencia de la que son responsables, cartografía el territorio de cada una y traza corredores desde ese territorio, a través de los puertos de entrada de EE. UU. que más probablemente usa, hasta destinos en EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="134"/>
        <source>Builds the briefing a decision maker reads in two minutes: a map page, the ranking and zone tables, and one page per zone, as PDF and PNG, over an offline basemap. The field pack puts inputs, results, styles and the project in one GeoPackage for laptops without network.</source>
        <translation>Genera el informe que un responsable de decisiones lee en dos minutos: una página de mapa, las tablas de clasificación y de zonas, y una página por zona, en PDF y PNG, sobre un mapa base sin conexión. El paquete de campo reúne entradas, resultados, estilos y el proyecto en un solo GeoPackage para portátiles sin red.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="118"/>
        <source>Chainey, Tompson and Uhlig (2008); Braga et al. (2001).</source>
        <translation>Chainey, Tompson y Uhlig (2008); Braga et al. (2001).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="36"/>
        <source>Choose the layers every later step uses: municipal boundaries (INEGI Marco Geoestadístico, 5-digit CVEGEO code), homicides by municipality and month (INEGI death certificates or SESNSP), population (census or CONAPO), geolocated lethal events (UCDP GED or ACLED) and U.S.–Mexico land ports of entry (BTS). Join builds the municipal indicators for the period.</source>
        <translation>Elija las capas que usan todos los pasos siguientes: límites municipales (Marco Geoestadístico del INEGI, clave CVEGEO de 5 dígitos), homicidios por municipio y mes (certificados de defunción del INEGI o SESNSP), población (censo o CONAPO), eventos letales geolocalizados (UCDP GED o ACLED) y puertos terrestres de entrada México–EE. UU. (BTS). Unir construye los indicadores municipales del periodo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="97"/>
        <source>Deaths: attributed deaths (full involvement counts every party; equal shares splits them). Share: of all attributed deaths in the period. A region is marked region-targeted when no organisation reaches the threshold share of its violence. Corridor exposure: violence inside the corridor on the Mexican side.</source>
        <translation>Muertes: muertes atribuidas (la participación plena cuenta a cada parte; las partes iguales las reparten). Proporción: del total de muertes atribuidas en el periodo. Una región se marca como objetivo como región cuando ninguna organización alcanza la proporción umbral de su violencia. Exposición del corredor: violencia dentro del corredor del lado mexicano.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="56"/>
        <source>Density output is in events (or deaths) per km², and the surface adds up to the total weight. Raw output matches QGIS&apos;s heatmap cell for cell. The radius is always in metres; a larger radius shows regions, a smaller one shows towns. Radius 0 chooses one automatically and reports the rule.</source>
        <translation>La salida de densidad está en eventos (o muertes) por km², y la superficie suma el peso total. La salida bruta coincide celda por celda con el mapa de calor de QGIS. El radio siempre está en metros; un radio mayor muestra regiones y uno menor, localidades. Con radio 0 se elige uno automáticamente y se informa la regla.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="118"/>
        <source>Enforcement zones are the places where the announced, concentrated enforcement is delivered. Draw them on the map; each finished zone is saved to its GeoPackage at once.</source>
        <translation>Las zonas de intervención son los lugares donde se aplica la intervención anunciada y concentrada. Dibújelas en el mapa; cada zona terminada se guarda de inmediato en su GeoPackage.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="76"/>
        <source>Finds municipalities whose violence, together with their neighbours&apos;, is higher than chance would give (Getis-Ord Gi*), and where high values sit next to high values (Local Moran&apos;s I). Contiguous hot municipalities are dissolved into violent regions, the targets where no organisation can be named.</source>
        <translation>Encuentra municipios cuya violencia, junto con la de sus vecinos, es mayor de lo que daría el azar (Getis-Ord Gi*), y dónde los valores altos están junto a valores altos (I de Moran local). Los municipios calientes contiguos se disuelven en regiones violentas, los objetivos cuando no se puede nombrar a ninguna organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="76"/>
        <source>Getis and Ord (1992); Ord and Getis (1995); Anselin (1995); Marshall (1991); Assunção and Reis (1999); Benjamini and Hochberg (1995).</source>
        <translation>Getis y Ord (1992); Ord y Getis (1995); Anselin (1995); Marshall (1991); Assunção y Reis (1999); Benjamini y Hochberg (1995).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="36"/>
        <source>INEGI, Marco Geoestadístico and mortality statistics; SESNSP, municipal crime incidence; UCDP Georeferenced Event Dataset (CC BY 4.0); BTS border crossing data.</source>
        <translation>INEGI, Marco Geoestadístico y estadísticas de mortalidad; SESNSP, incidencia delictiva municipal; UCDP Georeferenced Event Dataset (CC BY 4.0); datos de cruces fronterizos del BTS.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="36"/>
        <source>Joined: municipalities that received counts and population. Not joined: rows whose code matched no municipality; they are listed in the log with code and name, never dropped silently. Codes are normalised first (1001 becomes 01001).</source>
        <translation>Unidos: municipios que recibieron conteos y población. No unidos: filas cuya clave no coincidió con ningún municipio; se listan en el registro con clave y nombre, nunca se descartan en silencio. Las claves se normalizan primero (1001 pasa a 01001).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="97"/>
        <source>Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring and Piehl (2001), Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted Enforcement (2014).</source>
        <translation>Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring y Piehl (2001), Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted Enforcement (2014).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="118"/>
        <source>PAI (Predictive Accuracy Index) = share of violence captured / share of area. A PAI of 10 means the zone holds ten times the violence its size would suggest. The concentration curve and its Gini coefficient show how concentrated violence is across all zones.</source>
        <translation>PAI (índice de precisión predictiva) = proporción de la violencia captada / proporción del área. Un PAI de 10 significa que la zona contiene diez veces la violencia que sugeriría su tamaño. La curva de concentración y su coeficiente de Gini muestran qué tan concentrada está la violencia en el conjunto de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="118"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="56"/>
        <source>Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson and Uhlig (2008), The utility of hotspot mapping for predicting spatial patterns of crime.</source>
        <translation>Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson y Uhlig (2008), The utility of hotspot mapping for predicting spatial patterns of crime.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="134"/>
        <source>The briefing repeats the figures of the earlier steps and states the ranking criterion, the period and the data sources with their attributions. The handling marking is printed on every page.</source>
        <translation>El informe repite las cifras de los pasos anteriores e indica el criterio de clasificación, el periodo y las fuentes de datos con sus atribuciones. La marca de manejo se imprime en cada página.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="134"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="134"/>
        <source>What the figures mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/help.py" line="76"/>
        <source>gi_z above 2.58, 1.96 or 1.65: hot spot at 99, 95 or 90% confidence; p-values come from random permutations (seeded, reproducible). With the False Discovery Rate option fewer, more reliable hot spots remain. Empirical Bayes rates pull small municipalities towards their region&apos;s rate so a single death in a village does not look like an epidemic.</source>
        <translation>gi_z por encima de 2,58, 1,96 o 1,65: punto caliente con 99, 95 o 90 % de confianza; los valores p provienen de permutaciones aleatorias (con semilla, reproducibles). Con la opción de tasa de falsos descubrimientos quedan menos puntos calientes, pero más fiables. Las tasas de Bayes empírico acercan los municipios pequeños a la tasa de su región, para que una sola muerte en un pueblo no parezca una epidemia.</translation>
    </message>
</context>
<context>
    <name>VdtoPipeline</name>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="148"/>
        <source>The events layer {0} does not open: check the path.</source>
        <translation>La capa de eventos {0} no se abre: revise la ruta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="139"/>
        <source>[done] {0}: {1} in {2:.1f} s</source>
        <translation>[hecho] {0}: {1} en {2:.1f} s</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="134"/>
        <source>[failed] {0}: {1}: {2}</source>
        <translation>[falló] {0}: {1}: {2}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="329"/>
        <source>[fallback] zones: {0} proposed zones written directly to {1}</source>
        <translation>[alternativa] zonas: {0} zonas propuestas escritas directamente en {1}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="113"/>
        <source>[not available] {0}: algorithm {1} is not installed; the briefing prints what the other steps produced</source>
        <translation>[no disponible] {0}: el algoritmo {1} no está instalado; el informe imprime lo que produjeron los demás pasos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="123"/>
        <source>[not available] {0}: {1} needs {2}, which this pipeline cannot supply</source>
        <translation>[no disponible] {0}: {1} necesita {2}, que este flujo no puede proporcionar</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="260"/>
        <source>[skip] zones: no organisations in the events, no zones proposed</source>
        <translation>[omitido] zonas: no hay organizaciones en los eventos, no se proponen zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="108"/>
        <source>[skip] {0}: skipped on request</source>
        <translation>[omitido] {0}: omitido a petición</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/briefing/pipeline.py" line="163"/>
        <source>events in the period {0} – {1}: {2}</source>
        <translation>eventos en el periodo {0} – {1}: {2}</translation>
    </message>
</context>
<context>
    <name>VdtoProvider</name>
    <message>
        <location filename="../vdto_targeting/processing/provider.py" line="65"/>
        <source>Could not load algorithm {0}: {1}</source>
        <translation>No se pudo cargar el algoritmo {0}: {1}</translation>
    </message>
</context>
<context>
    <name>VdtoTargetingDock</name>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="43"/>
        <source>1 · Data</source>
        <translation>1 · Datos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="43"/>
        <source>2 · Violence surface</source>
        <translation>2 · Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="43"/>
        <source>3 · Hotspots and regions</source>
        <translation>3 · Puntos calientes y regiones</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="44"/>
        <source>4 · Organisations and corridors</source>
        <translation>4 · Organizaciones y corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="44"/>
        <source>5 · Enforcement zones</source>
        <translation>5 · Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="45"/>
        <source>6 · Briefing</source>
        <translation>6 · Informe</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="46"/>
        <source>Choose or import municipalities, homicides, population, events and ports.</source>
        <translation>Elija o importe municipios, homicidios, población, eventos y puertos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="50"/>
        <source>Draw enforcement zones and judge them by the violence they capture (PAI).</source>
        <translation>Dibuje zonas de intervención y evalúelas por la violencia que captan (PAI).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="48"/>
        <source>Gi* and Local Moran&apos;s I hotspots; contiguous hot municipalities become violent regions.</source>
        <translation>Puntos calientes Gi* e I de Moran local; los municipios calientes contiguos forman regiones violentas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="47"/>
        <source>Kernel density of lethal events, with a live radius preview.</source>
        <translation>Densidad por núcleo de los eventos letales, con vista previa del radio en vivo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="51"/>
        <source>Print the two-minute briefing and write the offline field pack.</source>
        <translation>Imprima el informe de dos minutos y escriba el paquete de campo sin conexión.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="49"/>
        <source>Rank the most violent organisations and trace their corridors to U.S. ports of entry.</source>
        <translation>Clasifique las organizaciones más violentas y trace sus corredores hacia los puertos de entrada de EE. UU.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="35"/>
        <source>VDTO Targeting</source>
        <translation>VDTO Targeting</translation>
    </message>
</context>
<context>
    <name>VdtoTargetingPlugin</name>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="57"/>
        <source>Open the targeted-enforcement workflow: data, violence surface, hotspots, organisations and corridors, zones, briefing.</source>
        <translation>Abre el flujo de trabajo de intervención focalizada: datos, superficie de violencia, puntos calientes, organizaciones y corredores, zonas, informe.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="56"/>
        <source>Show or hide the VDTO Targeting panel</source>
        <translation>Mostrar u ocultar el panel de VDTO Targeting</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="50"/>
        <source>VDTO Targeting</source>
        <translation>VDTO Targeting</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="52"/>
        <source>VDTO Targeting panel</source>
        <translation>Panel de VDTO Targeting</translation>
    </message>
</context>
<context>
    <name>ViolenceSurface</name>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="225"/>
        <source>A period was given but the layer has no date field to filter on: choose the DATE_FIELD that holds each event&apos;s date, or clear START and END.</source>
        <translation>Se indicó un periodo, pero la capa no tiene un campo de fecha por el cual filtrar: elija en DATE_FIELD el campo con la fecha de cada evento, o borre START y END.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="144"/>
        <source>At a point on the surface</source>
        <translation>En un punto sobre la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="313"/>
        <source>Automatic radius: {0:,.0f} m ({1}).</source>
        <translation>Radio automático: {0:,.0f} m ({1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="160"/>
        <source>CRS of the surface</source>
        <translation>SRC de la superficie</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="151"/>
        <source>Date field (for the period)</source>
        <translation>Campo de fecha (para el periodo)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="137"/>
        <source>Decay ratio (Triangular kernel only)</source>
        <translation>Razón de decaimiento (solo núcleo triangular)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="141"/>
        <source>Density (events per km²)</source>
        <translation>Densidad (eventos por km²)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="299"/>
        <source>Distances in metres in {0}.</source>
        <translation>Distancias en metros en {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="125"/>
        <source>Events (points) or municipalities with counts (polygons)</source>
        <translation>Eventos (puntos) o municipios con conteos (polígonos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="356"/>
        <source>Every weight in &apos;{0}&apos; is NULL (empty), so the surface would be zero everywhere: choose the weight field that holds the deaths or counts, or leave WEIGHT_FIELD empty to count each event once.</source>
        <translation>Todos los pesos en &apos;{0}&apos; son NULL (vacíos), así que la superficie valdría cero en todas partes: elija el campo de peso con las muertes o los conteos, o deje WEIGHT_FIELD vacío para contar cada evento una vez.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="150"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="161"/>
        <source>Features used</source>
        <translation>Objetos usados</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="273"/>
        <source>Grid {0} × {1} cells of {2:g} m; memory needed about {3:.0f} MB (budget {4:.0f} MB).</source>
        <translation>Cuadrícula de {0} × {1} celdas de {2:g} m; memoria necesaria de unos {3:.0f} MB (presupuesto {4:.0f} MB).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="135"/>
        <source>Kernel shape</source>
        <translation>Forma del núcleo</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="147"/>
        <source>Mask (edge correction; cells outside become nodata)</source>
        <translation>Máscara (corrección de bordes; las celdas exteriores quedan sin datos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="437"/>
        <source>Mask: {0:,} of {1:,} cells inside; each event&apos;s kernel is renormalised to them.</source>
        <translation>Máscara: {0:,} de {1:,} celdas dentro; el núcleo de cada evento se renormaliza a ellas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="163"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="368"/>
        <source>Method: {0} ({1:,} points, radius {2:.1f} pixels).</source>
        <translation>Método: {0} ({1:,} puntos, radio de {2:.1f} píxeles).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="349"/>
        <source>No features are left after the period filter ({0} to {1}): widen START/END or check DATE_FIELD.</source>
        <translation>No queda ningún objeto después del filtro de periodo ({0} a {1}): amplíe START/END o revise DATE_FIELD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="141"/>
        <source>Output values</source>
        <translation>Valores de salida</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="156"/>
        <source>Period end (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Fin del periodo (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="154"/>
        <source>Period start (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Inicio del periodo (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="416"/>
        <source>Period {0} – {1} on &apos;{2}&apos;: {3:,} outside, {4:,} without a date.</source>
        <translation>Periodo {0} – {1} en &apos;{2}&apos;: {3:,} fuera, {4:,} sin fecha.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="133"/>
        <source>Pixel size in metres</source>
        <translation>Tamaño de píxel en metros</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="144"/>
        <source>Polygon input</source>
        <translation>Entrada poligonal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="407"/>
        <source>QGIS reader</source>
        <translation>lector de QGIS</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Quartic</source>
        <translation>Cuártico</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="131"/>
        <source>Radius in metres (0 = automatic)</source>
        <translation>Radio en metros (0 = automático)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="159"/>
        <source>Radius used (m)</source>
        <translation>Radio usado (m)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="141"/>
        <source>Raw (as QGIS&apos;s heatmap)</source>
        <translation>Bruto (como el mapa de calor de QGIS)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="144"/>
        <source>Spread uniformly over the polygon</source>
        <translation>Repartir uniformemente sobre el polígono</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="315"/>
        <source>The automatic radius ({0:,.0f} m) is smaller than a pixel ({1:g} m): choose a smaller PIXEL_SIZE for a smooth surface.</source>
        <translation>El radio automático ({0:,.0f} m) es menor que un píxel ({1:g} m): elija un PIXEL_SIZE más pequeño para obtener una superficie suave.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="237"/>
        <source>The extent is empty: draw or choose an extent with a width and a height, or leave it blank to cover the layer.</source>
        <translation>La extensión está vacía: dibuje o elija una extensión con ancho y alto, o déjela en blanco para cubrir toda la capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="344"/>
        <source>The input layer could not be read completely ({0}): save it as a GeoPackage of single points (e.g. Multipart to singleparts) and run again.</source>
        <translation>No se pudo leer completa la capa de entrada ({0}): guárdela como un GeoPackage de puntos sencillos (p. ej., con De multiparte a partes sencillas) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="169"/>
        <source>The input layer could not be read: choose a point layer of events or a polygon layer of municipalities.</source>
        <translation>No se pudo leer la capa de entrada: elija una capa de puntos de eventos o una capa de polígonos de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="173"/>
        <source>The input layer has lines, but a violence surface needs points (events) or polygons (municipalities with counts): convert the lines to points (e.g. with Centroids) or choose another layer.</source>
        <translation>La capa de entrada tiene líneas, pero una superficie de violencia necesita puntos (eventos) o polígonos (municipios con conteos): convierta las líneas en puntos (p. ej., con Centroides) o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="180"/>
        <source>The input layer has no coordinate reference system, so distances in metres cannot be measured: set the layer&apos;s CRS (Layer Properties › Source), e.g. EPSG:4326 for longitude/latitude.</source>
        <translation>La capa de entrada no tiene sistema de referencia de coordenadas, así que no se pueden medir distancias en metros: asigne el SRC de la capa (Propiedades de la capa › Fuente), p. ej., EPSG:4326 para longitud/latitud.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="177"/>
        <source>The input layer has no geometries: choose a point layer of events or a polygon layer of municipalities.</source>
        <translation>La capa de entrada no tiene geometrías: elija una capa de puntos de eventos o una capa de polígonos de municipios.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="352"/>
        <source>The input layer has no valid geometries: all {0} feature(s) have an empty or missing geometry; repair the layer (e.g. Fix geometries) or choose another one.</source>
        <translation>La capa de entrada no tiene geometrías válidas: los {0} objeto(s) tienen la geometría vacía o ausente; repare la capa (p. ej., con Corregir geometrías) o elija otra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="247"/>
        <source>The input layer has no valid geometries: every feature&apos;s geometry is empty or missing; repair the layer (e.g. Fix geometries) or choose another one.</source>
        <translation>La capa de entrada no tiene geometrías válidas: la geometría de cada objeto está vacía o ausente; repare la capa (p. ej., con Corregir geometrías) o elija otra.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="184"/>
        <source>The input layer is empty: choose a layer with events, or clear the filter or selection that hides them.</source>
        <translation>La capa de entrada está vacía: elija una capa con eventos, o quite el filtro o la selección que los oculta.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="454"/>
        <source>The input layer mixes geometry types ({0}): a violence surface is computed from points (events) or from polygons (municipalities), not both; keep one kind (e.g. Extract by expression on geometry type) or choose another layer.</source>
        <translation>La capa de entrada mezcla tipos de geometría ({0}): una superficie de violencia se calcula a partir de puntos (eventos) o de polígonos (municipios), no de ambos; conserve un solo tipo (p. ej., con Extraer por expresión sobre el tipo de geometría) o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="257"/>
        <source>The layer&apos;s coordinates do not fit its CRS {0} (e.g. metres in a layer declared as longitude/latitude), so they cannot be projected to {1}: set the layer&apos;s true CRS (Layer Properties › Source) and run again.</source>
        <translation>Las coordenadas de la capa no corresponden a su SRC {0} (p. ej., metros en una capa declarada en longitud/latitud), así que no se pueden proyectar a {1}: asigne a la capa su SRC verdadero (Propiedades de la capa › Fuente) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="435"/>
        <source>The mask does not cover any cell of the surface: choose a mask polygon that overlaps the events (e.g. Mexico&apos;s outline), or leave MASK empty.</source>
        <translation>La máscara no cubre ninguna celda de la superficie: elija un polígono de máscara que se traslape con los eventos (p. ej., el contorno de México) o deje MASK vacío.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="425"/>
        <source>The mask layer has no coordinate reference system: set its CRS (Layer Properties › Source) or choose another mask.</source>
        <translation>La capa de máscara no tiene sistema de referencia de coordenadas: asigne su SRC (Propiedades de la capa › Fuente) o elija otra máscara.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="431"/>
        <source>The mask layer holds {0}: a mask must be polygons only; delete the other features or choose another mask.</source>
        <translation>La capa de máscara contiene {0}: una máscara debe tener solo polígonos; borre los demás objetos o elija otra máscara.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="304"/>
        <source>The output &apos;{0}&apos; is not a GeoTIFF: save the surface with a .tif extension.</source>
        <translation>El resultado &apos;{0}&apos; no es un GeoTIFF: guarde la superficie con la extensión .tif.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="211"/>
        <source>The period date &apos;{0}&apos; is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2010-06-30).</source>
        <translation>La fecha del periodo &apos;{0}&apos; no es una fecha: escríbala como AAAA, AAAA-MM o AAAA-MM-DD (p. ej., 2010-06-30).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="216"/>
        <source>The period starts ({0}) after it ends ({1}): swap START and END.</source>
        <translation>El periodo empieza ({0}) después de terminar ({1}): intercambie START y END.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="240"/>
        <source>The pixel size ({0} m) is larger than the extent ({1:.0f} × {2:.0f} m): choose a pixel size smaller than the extent, e.g. {3:g} m.</source>
        <translation>El tamaño de píxel ({0} m) es mayor que la extensión ({1:.0f} × {2:.0f} m): elija un tamaño de píxel menor que la extensión, p. ej., {3:g} m.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="262"/>
        <source>The pixel size ({0} m) is larger than the extent of the events grown by the radius ({1:.0f} × {2:.0f} m): choose a smaller pixel size, e.g. {3:g} m.</source>
        <translation>El tamaño de píxel ({0} m) es mayor que la extensión de los eventos ampliada por el radio ({1:.0f} × {2:.0f} m): elija un tamaño de píxel menor, p. ej., {3:g} m.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="195"/>
        <source>The pixel size is {0} m, but it must be positive: enter a cell size in metres such as 1000.</source>
        <translation>El tamaño de píxel es {0} m, pero debe ser positivo: escriba un tamaño de celda en metros, como 1000.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="320"/>
        <source>The radius ({0:g} m) is smaller than one pixel ({1:g} m), so each event would light a single cell: RADIUS is in metres, not degrees — enter a radius of at least one pixel (e.g. 20000 m), or a smaller PIXEL_SIZE, or 0 for an automatic radius.</source>
        <translation>El radio ({0:g} m) es menor que un píxel ({1:g} m), así que cada evento marcaría una sola celda: RADIUS está en metros, no en grados; escriba un radio de al menos un píxel (p. ej., 20000 m), o un PIXEL_SIZE menor, o 0 para un radio automático.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="192"/>
        <source>The radius is {0} m, but it must be positive (or 0 for an automatic radius): enter a distance in metres such as 20000.</source>
        <translation>El radio es {0} m, pero debe ser positivo (o 0 para un radio automático): escriba una distancia en metros, como 20000.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="450"/>
        <source>The surface could not be written to &apos;{0}&apos; ({1}): choose a folder you can write to and check the disk has space.</source>
        <translation>No se pudo escribir la superficie en &apos;{0}&apos; ({1}): elija una carpeta con permiso de escritura y compruebe que el disco tenga espacio.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="392"/>
        <source>The surface integrates to {0:,.2f} of a total weight of {1:,.2f} (the rest fell outside the grid or the mask).</source>
        <translation>La superficie suma {0:,.2f} de un peso total de {1:,.2f} (el resto cayó fuera de la cuadrícula o de la máscara).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="347"/>
        <source>The surface was cancelled before it was finished: run it again when ready.</source>
        <translation>Se canceló la superficie antes de terminarla: ejecútela de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="280"/>
        <source>The surface would need about {0:,.0f} MB of memory ({1:,} × {2:,} cells of {3:g} m) but only {4:,.0f} MB can be used safely: choose a pixel size of {5:g} m or more, or a smaller extent.</source>
        <translation>La superficie necesitaría unos {0:,.0f} MB de memoria ({1:,} × {2:,} celdas de {3:g} m), pero solo se pueden usar con seguridad {4:,.0f} MB: elija un tamaño de píxel de {5:g} m o más, o una extensión menor.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="334"/>
        <source>The weight field &apos;{0}&apos; has {1} negative value(s) (e.g. {2:g}): weights are deaths or counts and cannot be negative; fix the data or filter those features out.</source>
        <translation>El campo de peso &apos;{0}&apos; tiene {1} valor(es) negativo(s) (p. ej., {2:g}): los pesos son muertes o conteos y no pueden ser negativos; corrija los datos o filtre esos objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="162"/>
        <source>Total weight</source>
        <translation>Peso total</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Triangular</source>
        <translation>Triangular</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Triweight</source>
        <translation>Tripeso</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/definitions.py" line="27"/>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="158"/>
        <source>Violence surface</source>
        <translation>Superficie de violencia</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="128"/>
        <source>Weight field (deaths, victims, counts)</source>
        <translation>Campo de peso (muertes, víctimas, conteos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="462"/>
        <source>events per km²</source>
        <translation>eventos por km²</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="407"/>
        <source>fast GDAL batch reading</source>
        <translation>lectura rápida por lotes con GDAL</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="462"/>
        <source>raw kernel sum</source>
        <translation>suma bruta de núcleos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="413"/>
        <source>{0:,} feature(s) have no value in &apos;{1}&apos;; they count as 0.</source>
        <translation>{0:,} objeto(s) no tienen valor en &apos;{1}&apos;; cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="410"/>
        <source>{0:,} feature(s) without a geometry were skipped.</source>
        <translation>Se omitieron {0:,} objeto(s) sin geometría.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="407"/>
        <source>{0:,} features read ({1}).</source>
        <translation>{0:,} objetos leídos ({1}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/surface.py" line="473"/>
        <source>{0} — violence surface</source>
        <translation>{0} — superficie de violencia</translation>
    </message>
</context>
<context>
    <name>ZoneFromFeaturesAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="159"/>
        <source>A corridor is a line and has no area: give a buffer in km (e.g. 10) to make a zone.</source>
        <translation>Un corredor es una línea y no tiene área: indique un búfer en km (p. ej., 10) para formar una zona.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="145"/>
        <source>Buffer (km)</source>
        <translation>Búfer (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="143"/>
        <source>Features</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="152"/>
        <source>No features to make a zone from: select municipalities (or a region or corridor) on the map, or choose a layer that has features.</source>
        <translation>No hay objetos con los cuales formar una zona: seleccione municipios (o una región o un corredor) en el mapa, o elija una capa que tenga objetos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="163"/>
        <source>The chosen features have no geometry: choose features with outlines.</source>
        <translation>Los objetos elegidos no tienen geometría: elija objetos con contorno.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zones.py" line="155"/>
        <source>The input layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de entrada no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
</context>
<context>
    <name>ZoneStatisticsAlgorithm</name>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="79"/>
        <source>Concentration curve</source>
        <translation>Curva de concentración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="71"/>
        <source>Corridors (lines)</source>
        <translation>Corredores (líneas)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="61"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="57"/>
        <source>Enforcement zones</source>
        <translation>Zonas de intervención</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="123"/>
        <source>Field &apos;{0}&apos; holds non-numeric or negative values: clean it or choose another field.</source>
        <translation>El campo &apos;{0}&apos; contiene valores no numéricos o negativos: límpielo o elija otro campo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="81"/>
        <source>Gini coefficient of the concentration curve</source>
        <translation>Coeficiente de Gini de la curva de concentración</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="190"/>
        <source>Gini coefficient of the concentration curve: {0:.3f}</source>
        <translation>Coeficiente de Gini de la curva de concentración: {0:.3f}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="63"/>
        <source>Municipalities (the study area)</source>
        <translation>Municipios (el área de estudio)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="126"/>
        <source>No event has a usable point geometry: check the events layer&apos;s geometries.</source>
        <translation>Ningún evento tiene una geometría de punto utilizable: revise las geometrías de la capa de eventos.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="68"/>
        <source>Organisation field(s) of the events</source>
        <translation>Campo(s) de organización de los eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="66"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="73"/>
        <source>Ports of entry (points)</source>
        <translation>Puertos de entrada (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="75"/>
        <source>Ports within (km)</source>
        <translation>Puertos a menos de (km)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="119"/>
        <source>Reading events and municipalities (areas in EPSG:6372)…</source>
        <translation>Leyendo eventos y municipios (áreas en EPSG:6372)…</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="115"/>
        <source>The events layer is empty: choose a layer of violent events (points).</source>
        <translation>La capa de eventos está vacía: elija una capa de eventos violentos (puntos).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="117"/>
        <source>The municipalities layer is empty: choose the municipal boundaries (the study area).</source>
        <translation>La capa de municipios está vacía: elija los límites municipales (el área de estudio).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="113"/>
        <source>The zones layer has no zones: draw at least one zone or choose another layer.</source>
        <translation>La capa de zonas no tiene zonas: dibuje al menos una zona o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="111"/>
        <source>The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.</source>
        <translation>La capa de {0} no tiene SRC: asígnelo en Propiedades de la capa ▸ Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="59"/>
        <source>Violent events (points)</source>
        <translation>Eventos violentos (puntos)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="136"/>
        <source>Zone &apos;{0}&apos; crossed itself and was repaired (make valid).</source>
        <translation>La zona &apos;{0}&apos; se cruzaba a sí misma y se reparó (hacer válida).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="150"/>
        <source>Zone &apos;{0}&apos; {1}: its share double-counts the shared ground.</source>
        <translation>Zona &apos;{0}&apos; {1}: su proporción cuenta dos veces el terreno compartido.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="77"/>
        <source>Zone figures</source>
        <translation>Cifras de las zonas</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="132"/>
        <source>Zone(s) {0} have an empty or collapsed outline that cannot be repaired: redraw or delete them.</source>
        <translation>La(s) zona(s) {0} tienen un contorno vacío o colapsado que no se puede reparar: vuelva a dibujarlas o bórrelas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="145"/>
        <source>Zone(s) {0} lie entirely outside the study area (the municipalities): move them over Mexico or check the zones layer&apos;s CRS.</source>
        <translation>La(s) zona(s) {0} están completamente fuera del área de estudio (los municipios): muévalas sobre México o revise el SRC de la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>corridors</source>
        <translation>corredores</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>municipalities</source>
        <translation>municipios</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/zonestatistics.py" line="105"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="55"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="76"/>
        <source>Compute zone figures (PAI)</source>
        <translation>Calcular las cifras de las zonas (PAI)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="48"/>
        <source>Deaths field</source>
        <translation>Campo de muertes</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="48"/>
        <source>Deaths per event; empty: each event counts once.</source>
        <translation>Muertes por evento; vacío: cada evento cuenta una vez.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="38"/>
        <source>Draw zones in a polygon layer with the zones schema, then compute their figures here.</source>
        <translation>Dibuje zonas en una capa de polígonos con el esquema de zonas y luego calcule aquí sus cifras.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="45"/>
        <source>Events whose violence the zones should capture.</source>
        <translation>Eventos cuya violencia deberían captar las zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="45"/>
        <source>Lethal events</source>
        <translation>Eventos letales</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="51"/>
        <source>Municipalities: the area the zones&apos; share of area is measured against.</source>
        <translation>Municipios: el área con la que se compara la proporción de área de las zonas.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="42"/>
        <source>Polygon layer of enforcement zones (GeoPackage).</source>
        <translation>Capa de polígonos de zonas de intervención (GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="55"/>
        <source>Ports of entry closer than this to a zone are listed with it.</source>
        <translation>Los puertos de entrada más cercanos que esto a una zona se listan con ella.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="55"/>
        <source>Ports within</source>
        <translation>Puertos a menos de</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="51"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/steps/zones.py" line="42"/>
        <source>Zones layer</source>
        <translation>Capa de zonas</translation>
    </message>
</context>
<context>
    <name>ZonesPanel</name>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="577"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="576"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="577"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="582"/>
        <source>no violence recorded</source>
        <translation>sin violencia registrada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="580"/>
        <source>outside study area</source>
        <translation>fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="581"/>
        <source>partly outside study area</source>
        <translation>en parte fuera del área de estudio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="576"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="578"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="583"/>
        <source>repaired self-intersection</source>
        <translation>autointersección reparada</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/gui/zones_panel.py" line="578"/>
        <source>vdto</source>
        <translation>vdto</translation>
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
        <location filename="../vdto_targeting/processing/importers.py" line="75"/>
        <source>  row {0}: code &apos;{1}&apos; {2} — {3}</source>
        <translation>  fila {0}: clave &apos;{1}&apos; {2} — {3}</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="34"/>
        <source>Municipal code field</source>
        <translation>Campo de clave municipal</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="31"/>
        <source>Municipalities to check codes against (optional)</source>
        <translation>Municipios con los que verificar las claves (opcional)</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="58"/>
        <source>Read {0} rows (encoding {1}, separator {2!r}).</source>
        <translation>Se leyeron {0} filas (codificación {1}, separador {2!r}).</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="57"/>
        <source>The file cannot be imported: {0}.</source>
        <translation>No se puede importar el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="66"/>
        <source>The municipalities layer has no cvegeo field: choose its code field in CODE_FIELD.</source>
        <translation>La capa de municipios no tiene campo cvegeo: elija su campo de clave en CODE_FIELD.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/importers.py" line="73"/>
        <source>{0} row(s) not imported or not matched:</source>
        <translation>{0} fila(s) no importadas o sin coincidencia:</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="263"/>
        <source>Names not in the alias table, kept under their own spelling: {0}. Add them to the alias table to merge them with an organisation.</source>
        <translation>Nombres que no están en la tabla de alias, conservados con su propia grafía: {0}. Añádalos a la tabla de alias para unirlos con una organización.</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="197"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="206"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="196"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../vdto_targeting/processing/vdtos.py" line="248"/>
        <source>{0} events have no readable date in &apos;{1}&apos; and were left out of the period.</source>
        <translation>{0} eventos no tienen una fecha legible en &apos;{1}&apos; y se excluyeron del periodo.</translation>
    </message>
</context>
</TS>
