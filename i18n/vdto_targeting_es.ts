<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>VdtoProvider</name>
    <message>
        <location filename="../vdto_targeting/processing/provider.py" line="47"/>
        <source>Could not load algorithm {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VdtoTargetingDock</name>
    <message>
        <location filename="../vdto_targeting/gui/dock.py" line="22"/>
        <source>VDTO Targeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VdtoTargetingPlugin</name>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="50"/>
        <source>VDTO Targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="52"/>
        <source>VDTO Targeting panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="56"/>
        <source>Show or hide the VDTO Targeting panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vdto_targeting/plugin.py" line="57"/>
        <source>Open the targeted-enforcement workflow: data, violence surface, hotspots, organisations and corridors, zones, briefing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
