<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SpellingUnavailableError</name>
    <message>
        <location filename="../../src/sr_editor/core/spelling.py" line="38"/>
        <source>Spell checking is off for {0}: install the Debian package {1}.</source>
        <translation>A verificação ortográfica está desativada para {0}: instale o pacote Debian {1}.</translation>
    </message>
</context>
</TS>
