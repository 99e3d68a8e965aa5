<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Confer::ChatView</name>
    <message numerus="yes">
        <source>its %n replies</source>
        <translation>
            <numerusform>its %n reply</numerusform>
            <numerusform>its %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n turns after it</source>
        <translation>
            <numerusform>the %n turn after it</numerusform>
            <numerusform>the %n turns after it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Providers</name>
    <message numerus="yes">
        <source>%1 now sends %n extra header(s).</source>
        <translation>
            <numerusform>%1 now sends %n extra header.</numerusform>
            <numerusform>%1 now sends %n extra headers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Cli::StoreCommands</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s) from the trash.</source>
        <translation>
            <numerusform>Deleted %n conversation from the trash.</numerusform>
            <numerusform>Deleted %n conversations from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>Imported %n conversation from %1</numerusform>
            <numerusform>Imported %n conversations from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::ModelListModel</name>
    <message numerus="yes">
        <source>%n model(s), running</source>
        <translation>
            <numerusform>%n model, running</numerusform>
            <numerusform>%n models, running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::ModelPicker</name>
    <message numerus="yes">
        <source>%n model(s) selected</source>
        <translation>
            <numerusform>%n model selected</numerusform>
            <numerusform>%n models selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::NdjsonReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its stream.</source>
        <translation>
            <numerusform>The server sent a line longer than %n byte in its stream.</numerusform>
            <numerusform>The server sent a line longer than %n bytes in its stream.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::SseReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>The server sent a line longer than %n byte in its event stream.</numerusform>
            <numerusform>The server sent a line longer than %n bytes in its event stream.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent an event longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>The server sent an event longer than %n byte in its event stream.</numerusform>
            <numerusform>The server sent an event longer than %n bytes in its event stream.</numerusform>
        </translation>
    </message>
</context>
</TS>
