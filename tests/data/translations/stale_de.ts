<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Deliberately stale: an obsolete string, and none of the sources' strings. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Confer::MainWindow</name>
    <message>
        <source>A string that no source file has</source>
        <translation>Eine Zeichenkette, die keine Quelldatei hat</translation>
    </message>
</context>
</TS>
