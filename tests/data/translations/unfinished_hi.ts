<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Deliberately incomplete: one unfinished entry, one empty plural form; [brackets; semicolons] survive. -->
<TS version="2.1" language="hi_IN">
<context>
    <name>Confer::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View [unbalanced; here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Providers</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n मॉडल</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
