<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SpellingUnavailableError</name>
    <message>
        <location filename="../../src/sr_editor/core/spelling.py" line="38"/>
        <source>Spell checking is off for {0}: install the Debian package {1}.</source>
        <translation>La revisión ortográfica está desactivada para {0}: instale el paquete de Debian {1}.</translation>
    </message>
</context>
</TS>
