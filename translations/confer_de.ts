<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Confer::AboutDialog</name>
    <message>
        <source>About Confer</source>
        <translation>Über Confer</translation>
    </message>
    <message>
        <source>A desktop workbench for chatting with many AI models side by side. Conversations stay on this computer; API keys stay in the system keychain.</source>
        <translation>Eine Arbeitsumgebung, um mit vielen KI-Modellen nebeneinander zu chatten. Unterhaltungen bleiben auf diesem Computer, API-Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Confer is free software under the GNU General Public License, version 3 or later.&lt;br&gt;It uses Qt (LGPL 3), KDE Frameworks Syntax Highlighting (MIT) and QtKeychain (BSD 3-Clause).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Confer ist freie Software unter der GNU General Public License, Version 3 oder neuer.&lt;br&gt;Es verwendet Qt (LGPL 3), KDE Frameworks Syntax Highlighting (MIT) und QtKeychain (BSD 3-Clause).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy Version Information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Confer %1
Qt %2 (built with %3)
KSyntaxHighlighting %4
QtKeychain %5
Platform: %6</source>
        <translation>Confer %1
Qt %2 (erstellt mit %3)
KSyntaxHighlighting %4
QtKeychain %5
Plattform: %6</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::CommandLine</name>
    <message>
        <source>[COMMAND]</source>
        <translation>[BEFEHL]</translation>
    </message>
    <message>
        <source>Show help for Confer or for one command.</source>
        <translation>Hilfe zu Confer oder zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>&apos;help&apos; takes at most one command name.</source>
        <translation>„help“ nimmt höchstens einen Befehlsnamen an.</translation>
    </message>
    <message>
        <source>Show the version of Confer and its libraries.</source>
        <translation>Die Version von Confer und seinen Bibliotheken anzeigen.</translation>
    </message>
    <message>
        <source>&apos;version&apos; takes no arguments.</source>
        <translation>„version“ nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: confer [--profile DIR] %1 %2</source>
        <translation>Aufruf: confer [--profile VERZ] %1 %2</translation>
    </message>
    <message>
        <source>Usage: confer [--profile DIR] [COMMAND [ARGUMENTS]]</source>
        <translation>Aufruf: confer [--profile VERZ] [BEFEHL [ARGUMENTE]]</translation>
    </message>
    <message>
        <source>Confer is a desktop workbench for chatting with many AI models side by side.
Without a command it opens its window; with one it works in the terminal.</source>
        <translation>Confer ist eine Arbeitsumgebung, um mit vielen KI-Modellen nebeneinander zu chatten.
Ohne Befehl öffnet es sein Fenster, mit einem Befehl arbeitet es im Terminal.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Keep settings, history, caches and logs in DIR</source>
        <translation>Einstellungen, Verlauf, Caches und Protokolle in VERZ ablegen</translation>
    </message>
    <message>
        <source>(also CONFER_PROFILE; default: the standard locations)</source>
        <translation>(auch CONFER_PROFILE; Vorgabe: die Standardorte)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Show version information</source>
        <translation>Versionsinformationen anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;confer help COMMAND&apos; for a command&apos;s options.</source>
        <translation>„confer help BEFEHL“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Qt %1 (erstellt mit %2), KSyntaxHighlighting %3, QtKeychain %4</translation>
    </message>
    <message>
        <source>Run &apos;confer --help&apos; for usage.</source>
        <translation>„confer --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>Fensteroptionen:</translation>
    </message>
    <message>
        <source>Open the window on a new, empty conversation</source>
        <translation>Das Fenster mit einer neuen, leeren Unterhaltung öffnen</translation>
    </message>
</context>
<context>
    <name>Confer::Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter adds a line</source>
        <translation>Nachricht eingeben – Eingabe sendet, Umschalt+Eingabe fügt eine Zeile hinzu</translation>
    </message>
</context>
<context>
    <name>Confer::Desktop</name>
    <message>
        <source>Confer cannot start</source>
        <translation>Confer kann nicht starten</translation>
    </message>
    <message>
        <source>Confer could not prepare its profile.

%1</source>
        <translation>Confer konnte sein Profil nicht vorbereiten.

%1</translation>
    </message>
</context>
<context>
    <name>Confer::MainWindow</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>No models available.</source>
        <translation>Keine Modelle verfügbar.</translation>
    </message>
    <message>
        <source>Choose a model to start a conversation</source>
        <translation>Wählen Sie ein Modell, um eine Unterhaltung zu beginnen</translation>
    </message>
    <message>
        <source>Confer</source>
        <translation>Confer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Color Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Confer</source>
        <translation>Ü&amp;ber Confer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Confer::Profile</name>
    <message>
        <source>%1 exists but is not a directory.</source>
        <translation>%1 existiert, ist aber kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not create the directory %1.</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Confer::WelcomeView</name>
    <message>
        <source>Confer</source>
        <translation>Confer</translation>
    </message>
    <message>
        <source>Ask several AI models at once and compare their answers side by side.</source>
        <translation>Fragen Sie mehrere KI-Modelle zugleich und vergleichen Sie ihre Antworten nebeneinander.</translation>
    </message>
</context>
</TS>
