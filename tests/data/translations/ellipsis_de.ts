<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Deliberately wrong: three dots in a menu item; the usage line's repeat marker is allowed. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Confer::MainWindow</name>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Con&amp;figure Confer…</source>
        <translation>Confer &amp;einrichten …</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Ask</name>
    <message>
        <source>-m PROVIDER/MODEL [-m ...] PROMPT</source>
        <translation>-m PROVIDER/MODEL [-m ...] ANFRAGE</translation>
    </message>
</context>
</TS>
