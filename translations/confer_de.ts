<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Confer</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history: %1</source>
        <translation>Die Unterhaltung konnte nicht aus dem Verlauf gelesen werden: %1</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Confer JSON, for importing again (*.json)</source>
        <translation>Confer-JSON, zum erneuten Importieren (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>The conversation could not be written to %1: %2</source>
        <translation>Die Unterhaltung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
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
    <name>Confer::ApiKeyStore</name>
    <message>
        <source>key in keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>from environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
</context>
<context>
    <name>Confer::AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System font size</source>
        <translation>Schriftgröße des Systems</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter adds a line</source>
        <translation>Strg+Eingabe sendet, Eingabe fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>&amp;Senden:</translation>
    </message>
</context>
<context>
    <name>Confer::ChatFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>%1%2 tokens/s</source>
        <translation>%1%2 Token/s</translation>
    </message>
    <message>
        <source>%1%2 tokens (%3 in, %4 out)</source>
        <translation>%1%2 Token (%3 Eingabe, %4 Ausgabe)</translation>
    </message>
    <message>
        <source>%1%2 reasoning</source>
        <translation>%1%2 Denkprozess</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings › Providers.</source>
        <translation>Der Anbieter hat den API-Schlüssel nicht akzeptiert. Prüfen Sie den Schlüssel unter Einstellungen › Anbieter.</translation>
    </message>
    <message>
        <source>This key is not allowed to use this model.</source>
        <translation>Dieser Schlüssel darf dieses Modell nicht verwenden.</translation>
    </message>
    <message>
        <source>The provider does not know this model.</source>
        <translation>Der Anbieter kennt dieses Modell nicht.</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks to wait %1 before trying again.</source>
        <translation>Zu viele Anfragen: Der Anbieter bittet, %1 zu warten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks to slow down.</source>
        <translation>Zu viele Anfragen: Der Anbieter bittet, langsamer zu machen.</translation>
    </message>
    <message>
        <source>The provider is overloaded right now.</source>
        <translation>Der Anbieter ist gerade überlastet.</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Der Anbieter ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The provider stopped answering.</source>
        <translation>Der Anbieter antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Anbieters war unverständlich.</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Die Meldung lautete: „%1“</translation>
    </message>
    <message>
        <source>Synthesis by %1</source>
        <translation>Synthese von %1</translation>
    </message>
    <message>
        <source>Judgement by %1</source>
        <translation>Urteil von %1</translation>
    </message>
</context>
<context>
    <name>Confer::ChatJob</name>
    <message>
        <source>No API key for %1. Set %2.</source>
        <translation>Kein API-Schlüssel für %1. Setzen Sie %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 answered with a redirect Confer did not follow.</source>
        <translation>%1 antwortete mit einer Weiterleitung, der Confer nicht gefolgt ist.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to an insecure address (%2); Confer did not follow.</source>
        <translation>%1 leitete von HTTPS auf eine unsichere Adresse um (%2); Confer ist nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 is not running on %2.</source>
        <translation>%1 läuft nicht auf %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 hat die Verbindung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Could not find the host %1.</source>
        <translation>Der Rechner %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds.</source>
        <translation>%1 hat %2 Sekunden lang nichts gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation>%1 hat den API-Schlüssel nicht angenommen</translation>
    </message>
    <message>
        <source>%1 refused access</source>
        <translation>%1 hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 does not know this model or address</source>
        <translation>%1 kennt dieses Modell oder diese Adresse nicht</translation>
    </message>
    <message>
        <source>%1&apos;s rate limit was reached</source>
        <translation>Das Anfragelimit von %1 wurde erreicht</translation>
    </message>
    <message>
        <source>%1 is overloaded</source>
        <translation>%1 ist überlastet</translation>
    </message>
    <message>
        <source>%1 rejected the request</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1 had a server error</source>
        <translation>%1 hatte einen Serverfehler</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 stopped sending data</source>
        <translation>%1 hat aufgehört, Daten zu senden</translation>
    </message>
    <message>
        <source>%1 sent a response Confer could not read</source>
        <translation>%1 hat eine Antwort gesendet, die Confer nicht lesen konnte</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>Confer::ChatView</name>
    <message>
        <source>%1 kept</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>synthesis kept</source>
        <translation>Synthese behalten</translation>
    </message>
    <message>
        <source>its reply</source>
        <translation>ihre Antwort</translation>
    </message>
    <message numerus="yes">
        <source>its %n replies</source>
        <translation>
            <numerusform>ihre %n Antwort</numerusform>
            <numerusform>ihre %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>the turn after it</source>
        <translation>die Runde danach</translation>
    </message>
    <message numerus="yes">
        <source>the %n turns after it</source>
        <translation>
            <numerusform>die %n Runde danach</numerusform>
            <numerusform>die %n Runden danach</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this prompt, %1 and %2?</source>
        <translation>Diese Anfrage, %1 und %2 löschen?</translation>
    </message>
    <message>
        <source>Delete this prompt and %1?</source>
        <translation>Diese Anfrage und %1 löschen?</translation>
    </message>
    <message>
        <source>Delete this prompt?</source>
        <translation>Diese Anfrage löschen?</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>A reply to this prompt or to a later one is still being written. Stop it first, then delete the prompt.</source>
        <translation>Eine Antwort auf diese oder eine spätere Anfrage wird noch geschrieben. Halten Sie sie zuerst an und löschen Sie dann die Anfrage.</translation>
    </message>
    <message>
        <source>This reply is still being written. Stop it first, then delete it.</source>
        <translation>Diese Antwort wird noch geschrieben. Halten Sie sie zuerst an und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>Delete this reply?</source>
        <translation>Diese Antwort löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Ask</name>
    <message>
        <source>%1: TTFT %2, %3 total, %4 tok/s, %5 in / %6 out tokens (%7 reasoning), %8, %9</source>
        <translation>%1: TTFT %2, %3 gesamt, %4 tok/s, %5 Eingabe- / %6 Ausgabe-Token (%7 Denkprozess), %8, %9</translation>
    </message>
    <message>
        <source>Run &apos;confer help ask&apos; for usage.</source>
        <translation>„confer help ask“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>%1 needs PROVIDER/MODEL.</source>
        <translation>%1 braucht PROVIDER/MODEL.</translation>
    </message>
    <message>
        <source>--system needs a text.</source>
        <translation>--system braucht einen Text.</translation>
    </message>
    <message>
        <source>--temperature needs a number from 0 to 2.</source>
        <translation>--temperature braucht eine Zahl von 0 bis 2.</translation>
    </message>
    <message>
        <source>--max-tokens needs a positive whole number.</source>
        <translation>--max-tokens braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--reasoning needs low, medium or high.</source>
        <translation>--reasoning braucht low, medium oder high.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>No prompt given (use - to read it from standard input).</source>
        <translation>Keine Anfrage angegeben (mit - wird sie von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>Geben Sie die Anfrage als ein Argument an (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Die Anfrage ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL.</source>
        <translation>„%1“ ist nicht PROVIDER/MODEL.</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>Unbekannter Anbieter „%1“. „confer providers list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>%1: waiting for a free stream at %2…</source>
        <translation>%1: warte auf einen freien Stream bei %2 …</translation>
    </message>
    <message>
        <source>%1: %2 Retrying in %3 s (attempt %4).</source>
        <translation>%1: %2 Neuer Versuch in %3 s (Versuch %4).</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TOK/S</source>
        <translation>TOK/S</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>FINISH</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>--conversation needs a conversation id (see &apos;confer history list&apos;).</source>
        <translation>--conversation braucht eine Unterhaltungs-ID (siehe „confer history list“).</translation>
    </message>
    <message>
        <source>--conversation and --no-save cannot be combined.</source>
        <translation>--conversation und --no-save lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>Name at least one model with -m PROVIDER/MODEL (or choose default models in Settings).</source>
        <translation>Nennen Sie mindestens ein Modell mit -m PROVIDER/MODEL (oder legen Sie in den Einstellungen Vorgabemodelle fest).</translation>
    </message>
    <message>
        <source>Conversation %1 has no lanes left; name a model with -m PROVIDER/MODEL.</source>
        <translation>Die Unterhaltung %1 hat keine Spuren mehr; nennen Sie ein Modell mit -m PROVIDER/MODEL.</translation>
    </message>
    <message>
        <source>The conversation was saved after all.</source>
        <translation>Die Unterhaltung wurde doch noch gespeichert.</translation>
    </message>
    <message>
        <source>conversation: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>-m PROVIDER/MODEL [-m ...] [--system TEXT] [--temperature X] [--max-tokens N] [--reasoning low|medium|high] [--timeout SECONDS] [--json] [--no-save] [--conversation ID] PROMPT|-</source>
        <translation>-m PROVIDER/MODEL [-m ...] [--system TEXT] [--temperature X] [--max-tokens N] [--reasoning low|medium|high] [--timeout SEKUNDEN] [--json] [--no-save] [--conversation ID] ANFRAGE|-</translation>
    </message>
    <message>
        <source>Ask one or more models; several run at once and are compared. PROMPT - reads standard input. The conversation is saved (its id goes to standard error) unless --no-save is given. --conversation ID continues a saved one: without -m every lane answers with its history; each -m takes the lane with that model, or adds a lane. A new conversation takes the default models, system prompt, temperature and maximum tokens from Settings where no option gives them.</source>
        <translation>Ein oder mehrere Modelle fragen; mehrere laufen gleichzeitig und werden verglichen. ANFRAGE - liest die Standardeingabe. Die Unterhaltung wird gespeichert (ihre ID wird auf die Standardfehlerausgabe geschrieben), außer wenn --no-save angegeben ist. --conversation ID setzt eine gespeicherte Unterhaltung fort: Ohne -m antwortet jede Spur mit ihrem bisherigen Verlauf; jedes -m übernimmt die Spur mit diesem Modell oder fügt eine Spur hinzu. Eine neue Unterhaltung übernimmt Modelle, Systemanweisung, Temperatur und maximale Ausgabe-Token aus den Vorgaben in den Einstellungen, soweit keine Option sie angibt.</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::AskRecorder</name>
    <message>
        <source>There is no conversation %1 (see &apos;confer history list&apos;).</source>
        <translation>Es gibt keine Unterhaltung %1 (siehe „confer history list“).</translation>
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
    <name>Confer::Cli::Keys</name>
    <message>
        <source>Run &apos;confer help keys&apos; for usage.</source>
        <translation>„confer help keys“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>API key for %1 (input is hidden): </source>
        <translation>API-Schlüssel für %1 (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service (such as GNOME Keyring or KWallet) in your desktop session and try again.</source>
        <translation>Confer bewahrt API-Schlüssel nur im Schlüsselbund des Systems auf, niemals in einer Datei. Starten Sie einen Secret Service (etwa GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service (such as GNOME Keyring or KWallet) in your desktop session and try again, or set %1 in the environment of the commands that need the key.</source>
        <translation>Confer bewahrt API-Schlüssel nur im Schlüsselbund des Systems auf, niemals in einer Datei. Starten Sie einen Secret Service (etwa GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung und versuchen Sie es erneut, oder setzen Sie %1 in der Umgebung der Befehle, die den Schlüssel brauchen.</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing was saved.</source>
        <translation>Auf der Standardeingabe kam kein Schlüssel; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The key for %1 was not saved. %2</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>Saved the key for %1 in the system keychain.</source>
        <translation>Der Schlüssel für %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key for %1 could not be removed. %2</source>
        <translation>Der Schlüssel für %1 konnte nicht entfernt werden. %2</translation>
    </message>
    <message>
        <source>Removed the key for %1 from the system keychain.</source>
        <translation>Der Schlüssel für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>No key for %1 was in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems war kein Schlüssel für %1.</translation>
    </message>
    <message>
        <source>A key for %1 is still set in the environment.</source>
        <translation>In der Umgebung ist noch ein Schlüssel für %1 gesetzt.</translation>
    </message>
    <message>
        <source>keychain (saved %1)</source>
        <translation>Schlüsselbund (gespeichert %1)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>No API keys are stored in the keychain or set in the environment.</source>
        <translation>Im Schlüsselbund sind keine API-Schlüssel gespeichert und in der Umgebung keine gesetzt.</translation>
    </message>
    <message>
        <source>Testing %1 failed: %2</source>
        <translation>Der Test von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 accepted the key (%2). Its models:</source>
        <translation>%1 hat den Schlüssel angenommen (%2). Seine Modelle:</translation>
    </message>
    <message>
        <source>%1 answered. Its models:</source>
        <translation>%1 hat geantwortet. Seine Modelle:</translation>
    </message>
    <message>
        <source>set|list|remove|test [PROVIDER]</source>
        <translation>set|list|remove|test [PROVIDER]</translation>
    </message>
    <message>
        <source>API keys in the system keychain: set one (read from standard input), list where each comes from, remove one, or test one by listing the provider&apos;s models.</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems: einen setzen (von der Standardeingabe gelesen), auflisten, woher jeder stammt, einen entfernen oder einen testen, indem die Modelle des Anbieters aufgelistet werden.</translation>
    </message>
    <message>
        <source>&apos;keys list&apos; takes no further arguments.</source>
        <translation>„keys list“ nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>&apos;keys&apos; needs an action: set, list, remove or test.</source>
        <translation>„keys“ braucht eine Aktion: set, list, remove oder test.</translation>
    </message>
    <message>
        <source>Unknown keys action &apos;%1&apos;.</source>
        <translation>Unbekannte keys-Aktion „%1“.</translation>
    </message>
    <message>
        <source>&apos;keys %1&apos; takes exactly one provider (a key itself is only read from standard input).</source>
        <translation>„keys %1“ nimmt genau einen Anbieter an (ein Schlüssel selbst wird nur von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>Unbekannter Anbieter „%1“. „confer providers list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>%1 takes no API key.</source>
        <translation>%1 braucht keinen API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Providers</name>
    <message>
        <source>Run &apos;confer help %1&apos; for usage.</source>
        <translation>„confer help %1“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>&apos;providers list&apos; takes no arguments.</source>
        <translation>„providers list“ nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>&apos;providers remove&apos; needs one provider name.</source>
        <translation>„providers remove“ braucht einen Anbieternamen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>&apos;providers set-url&apos; needs a provider name and a URL (or &apos;default&apos;).</source>
        <translation>„providers set-url“ braucht einen Anbieternamen und eine URL (oder „default“).</translation>
    </message>
    <message>
        <source>%1 now uses %2</source>
        <translation>%1 verwendet jetzt %2</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STREAMS</source>
        <translation>STREAMS</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source> (not set)</source>
        <translation> (nicht gesetzt)</translation>
    </message>
    <message>
        <source> (set)</source>
        <translation> (gesetzt)</translation>
    </message>
    <message>
        <source> (custom provider)</source>
        <translation> (eigener Anbieter)</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>--protocol needs openai, anthropic, gemini or ollama.</source>
        <translation>--protocol braucht openai, anthropic, gemini oder ollama.</translation>
    </message>
    <message>
        <source>--base-url needs a URL.</source>
        <translation>--base-url braucht eine URL.</translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;.</source>
        <translation>--header braucht „Name: value“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a stored header: keys belong in the keychain or the environment.</source>
        <translation>„%1“ kann kein gespeicherter Header sein: Schlüssel gehören in den Schlüsselbund oder in die Umgebung.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; takes one name.</source>
        <translation>„providers add“ nimmt einen Namen an.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs NAME, --protocol and --base-url.</source>
        <translation>„providers add“ braucht NAME, --protocol und --base-url.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>&apos;models&apos; takes at most one provider.</source>
        <translation>„models“ nimmt höchstens einen Anbieter an.</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>Unbekannter Anbieter „%1“. „confer providers list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>Cached list from %1:</source>
        <translation>Zwischengespeicherte Liste vom %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>cached %1</source>
        <translation>zwischengespeichert %1</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>abgerufen %1</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out per M tokens</source>
        <translation>%1 Eingabe / %2 Ausgabe je Mio. Token</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>List the models of every provider, or of one (cached; --refresh asks again).</source>
        <translation>Die Modelle aller Anbieter oder eines Anbieters auflisten (zwischengespeichert; --refresh fragt erneut).</translation>
    </message>
    <message>
        <source>List, add, remove or re-point providers.</source>
        <translation>Anbieter auflisten, hinzufügen, entfernen oder auf eine andere URL richten.</translation>
    </message>
    <message>
        <source>&apos;providers set-streams&apos; needs a provider name and a number.</source>
        <translation>„providers set-streams“ braucht einen Anbieternamen und eine Zahl.</translation>
    </message>
    <message>
        <source>%1 now streams at most %2 answers at once.</source>
        <translation>%1 streamt jetzt höchstens %2 Antworten gleichzeitig.</translation>
    </message>
    <message>
        <source>&apos;providers set-headers&apos; needs a provider name.</source>
        <translation>„providers set-headers“ braucht einen Anbieternamen.</translation>
    </message>
    <message>
        <source>A header is &apos;Name: value&apos;, not &apos;%1&apos;.</source>
        <translation>Ein Header hat die Form „Name: value“, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 sends no extra headers now.</source>
        <translation>%1 sendet jetzt keine zusätzlichen Header.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now sends %n extra header(s).</source>
        <translation>
            <numerusform>%1 sendet jetzt %n zusätzlichen Header.</numerusform>
            <numerusform>%1 sendet jetzt %n zusätzliche Header.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;providers&apos; needs list, add, remove, set-url, set-streams or set-headers.</source>
        <translation>„providers“ braucht list, add, remove, set-url, set-streams oder set-headers.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, add, remove, set-url, set-streams or set-headers.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie list, add, remove, set-url, set-streams oder set-headers.</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::StoreCommands</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id (see &apos;confer history list&apos;).</source>
        <translation>„%1“ ist keine Unterhaltungs-ID (siehe „confer history list“).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;history list&apos;.</source>
        <translation>Unbekanntes Argument „%1“ für „history list“.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD.</source>
        <translation>%1 braucht ein Datum als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for &apos;history search&apos;.</source>
        <translation>Unbekannte Option „%1“ für „history search“.</translation>
    </message>
    <message>
        <source>&apos;history search&apos; needs something to search for.</source>
        <translation>„history search“ braucht einen Suchbegriff.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Usage: confer history rename ID TITLE</source>
        <translation>Aufruf: confer history rename ID TITEL</translation>
    </message>
    <message>
        <source>Usage: confer history %1 ID</source>
        <translation>Aufruf: confer history %1 ID</translation>
    </message>
    <message>
        <source>Renamed conversation %1 to &quot;%2&quot;.</source>
        <translation>Unterhaltung %1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Moved conversation %1 to the trash; it is deleted for good after 30 days.</source>
        <translation>Die Unterhaltung %1 wurde in den Papierkorb verschoben; sie wird nach 30 Tagen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>&apos;history&apos; needs a subcommand: list, search, show, rename, delete or empty-trash.</source>
        <translation>„history“ braucht einen Unterbefehl: list, search, show, rename, delete oder empty-trash.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;history %1&apos;.</source>
        <translation>Unbekannter Unterbefehl „history %1“.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;export&apos;.</source>
        <translation>Unbekanntes Argument „%1“ für „export“.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs a conversation id or --all.</source>
        <translation>„export“ braucht eine Unterhaltungs-ID oder --all.</translation>
    </message>
    <message>
        <source>&apos;export --all&apos; writes JSON only.</source>
        <translation>„export --all“ schreibt nur JSON.</translation>
    </message>
    <message>
        <source>&apos;export --all&apos; needs -o FILE.json.</source>
        <translation>„export --all“ braucht -o FILE.json.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, html, json or pdf.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie md, html, json oder pdf.</translation>
    </message>
    <message>
        <source>--from takes auto, confer, chatgpt or claude.</source>
        <translation>--from nimmt auto, confer, chatgpt oder claude an.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;import&apos;.</source>
        <translation>Unbekanntes Argument „%1“ für „import“.</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs a FILE.</source>
        <translation>„import“ braucht eine FILE.</translation>
    </message>
    <message>
        <source>; %1 already present</source>
        <translation>; %1 bereits vorhanden</translation>
    </message>
    <message>
        <source>list|search|show|rename|delete|empty-trash …</source>
        <translation>list|search|show|rename|delete|empty-trash …</translation>
    </message>
    <message>
        <source>List, search, show, rename or delete saved conversations; empty the trash.</source>
        <translation>Gespeicherte Unterhaltungen auflisten, durchsuchen, anzeigen, umbenennen oder löschen; den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>ID|--all [--format md|html|json|pdf] [--no-reasoning] [--no-metrics] [-o FILE]</source>
        <translation>ID|--all [--format md|html|json|pdf] [--no-reasoning] [--no-metrics] [-o FILE]</translation>
    </message>
    <message>
        <source>Export a conversation, or the whole history as JSON.</source>
        <translation>Eine Unterhaltung oder den ganzen Verlauf als JSON exportieren.</translation>
    </message>
    <message>
        <source>FILE [--from auto|confer|chatgpt|claude]</source>
        <translation>FILE [--from auto|confer|chatgpt|claude]</translation>
    </message>
    <message>
        <source>Import conversations from Confer, ChatGPT or Claude export files.</source>
        <translation>Unterhaltungen aus Exportdateien von Confer, ChatGPT oder Claude importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s) from the trash.</source>
        <translation>
            <numerusform>%n Unterhaltung aus dem Papierkorb gelöscht.</numerusform>
            <numerusform>%n Unterhaltungen aus dem Papierkorb gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert.</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%n Unterhaltung aus %1 importiert</numerusform>
            <numerusform>%n Unterhaltungen aus %1 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Compare</name>
    <message>
        <source>Agreement is the share of wording the replies have in common; it does not judge correctness.</source>
        <translation>Die Übereinstimmung ist der Anteil der Formulierungen, den die Antworten gemeinsam haben; über die Richtigkeit sagt sie nichts aus.</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Schnellstes erstes Token</translation>
    </message>
    <message>
        <source>Fastest overall</source>
        <translation>Insgesamt am schnellsten</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Am längsten</translation>
    </message>
    <message>
        <source>correctness</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>concision</source>
        <translation>Prägnanz</translation>
    </message>
    <message>
        <source>There is no prompt %1 in this conversation.</source>
        <translation>Es gibt keine Anfrage %1 in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>A synthesis needs at least two finished replies to this prompt.</source>
        <translation>Eine Synthese braucht mindestens zwei fertige Antworten auf diese Anfrage.</translation>
    </message>
    <message>
        <source>A judgement needs at least two finished replies to this prompt.</source>
        <translation>Ein Urteil braucht mindestens zwei fertige Antworten auf diese Anfrage.</translation>
    </message>
</context>
<context>
    <name>Confer::CompareView</name>
    <message>
        <source>Change the Model of %1</source>
        <translation>Modell von %1 ändern</translation>
    </message>
    <message>
        <source>Nothing can be sent: the conversation is not open.</source>
        <translation>Es kann nichts gesendet werden: Die Unterhaltung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Every model is switched off: tick at least one pane&apos;s box to send to it.</source>
        <translation>Alle Modelle sind ausgeschaltet: Haken Sie das Kästchen mindestens eines Bereichs an, um an ihn zu senden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep Which Reply?</source>
        <translation>Welche Antwort behalten?</translation>
    </message>
    <message>
        <source>Every model continues from the reply you keep. Which reply to the last prompt should they continue from?</source>
        <translation>Alle Modelle setzen bei der Antwort fort, die Sie behalten. Bei welcher Antwort auf die letzte Anfrage sollen sie fortsetzen?</translation>
    </message>
    <message>
        <source>Could not keep the reply: %1</source>
        <translation>Die Antwort konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>Could not record the vote: %1</source>
        <translation>Die Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Add a Lane</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Could not add the model: %1</source>
        <translation>Das Modell konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not change the model: %1</source>
        <translation>Das Modell konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not move the model: %1</source>
        <translation>Das Modell konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the model: %1</source>
        <translation>Das Modell konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not continue with this model: %1</source>
        <translation>Mit diesem Modell konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Independent context</source>
        <translation>Unabhängiger Kontext</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Gemeinsamer Kontext</translation>
    </message>
    <message>
        <source>Context mode for the turns to come</source>
        <translation>Kontextmodus für die nächsten Runden</translation>
    </message>
    <message>
        <source>Changes what the models see from the next turn on; earlier answers stay as they are</source>
        <translation>Ändert ab der nächsten Runde, was die Modelle sehen; frühere Antworten bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blindmodus</translation>
    </message>
    <message>
        <source>Blind mode</source>
        <translation>Blindmodus</translation>
    </message>
    <message>
        <source>Hide the model names behind A, B, C… until you keep or vote for a reply</source>
        <translation>Die Modellnamen hinter A, B, C… verbergen, bis Sie eine Antwort behalten oder für sie stimmen</translation>
    </message>
    <message>
        <source>Reveal Names</source>
        <translation>Namen aufdecken</translation>
    </message>
    <message>
        <source>Reveal the model names</source>
        <translation>Die Modellnamen aufdecken</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>Layout of the panes</source>
        <translation>Anordnung der Bereiche</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Scroll all panes together</source>
        <translation>Alle Bereiche gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Add Lane…</source>
        <translation>Spur hinzufügen…</translation>
    </message>
    <message>
        <source>Add a model to the comparison</source>
        <translation>Dem Vergleich ein Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add a model as a new lane; the same model may be added twice with other parameters</source>
        <translation>Ein Modell als neue Spur hinzufügen; dasselbe Modell kann mit anderen Parametern zweimal hinzugefügt werden</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed answers</source>
        <translation>Die fehlgeschlagenen Antworten erneut versuchen</translation>
    </message>
    <message>
        <source>Ask again every model whose answer to the last prompt failed</source>
        <translation>Jedes Modell erneut fragen, dessen Antwort auf die letzte Anfrage fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Every model sees the reply you keep.</source>
        <translation>Jedes Modell sieht die Antwort, die Sie behalten.</translation>
    </message>
    <message>
        <source>Each model sees only its own replies.</source>
        <translation>Jedes Modell sieht nur seine eigenen Antworten.</translation>
    </message>
    <message>
        <source>Shared context: after each prompt you keep one reply, and every model continues from it.</source>
        <translation>Gemeinsamer Kontext: Nach jeder Anfrage behalten Sie eine Antwort, und jedes Modell setzt bei ihr fort.</translation>
    </message>
    <message>
        <source>Independent context: each model continues from its own earlier replies.</source>
        <translation>Unabhängiger Kontext: Jedes Modell setzt bei seinen eigenen früheren Antworten fort.</translation>
    </message>
    <message>
        <source>your vote</source>
        <translation>Ihre Stimme</translation>
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
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the answer; what arrived so far is kept (Esc)</source>
        <translation>Antwort anhalten; was bisher angekommen ist, bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Parameter…</translation>
    </message>
    <message>
        <source>Parameters of this conversation</source>
        <translation>Parameter dieser Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt, temperature, answer length and reasoning effort</source>
        <translation>Systemanweisung, Temperatur, Antwortlänge und Denkaufwand</translation>
    </message>
    <message>
        <source>Problem sending the message</source>
        <translation>Problem beim Senden der Nachricht</translation>
    </message>
    <message>
        <source>Type a message — Ctrl+Enter sends, Enter adds a line</source>
        <translation>Nachricht eingeben – Strg+Eingabe sendet, Eingabe fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>Choose a model in the Models list</source>
        <translation>Wählen Sie ein Modell in der Modellliste</translation>
    </message>
    <message>
        <source>The model answering here; click to choose another</source>
        <translation>Das Modell, das hier antwortet; klicken, um ein anderes zu wählen</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>≈ %1 tokens (estimate), more than the model&apos;s %2</source>
        <translation>≈ %1 Token (geschätzt), mehr als die %2 des Modells</translation>
    </message>
    <message>
        <source>≈ %1 of %2 tokens (estimate)</source>
        <translation>≈ %1 von %2 Token (geschätzt)</translation>
    </message>
    <message>
        <source>≈ %1 tokens (estimate)</source>
        <translation>≈ %1 Token (geschätzt)</translation>
    </message>
    <message>
        <source>An estimate of this message&apos;s size, at about four characters per token; the model&apos;s own count differs. The limit is the model&apos;s context length, when known.</source>
        <translation>Eine Schätzung der Größe dieser Nachricht, mit etwa vier Zeichen je Token; die Zählung des Modells weicht davon ab. Die Grenze ist die Kontextlänge des Modells, sofern bekannt.</translation>
    </message>
</context>
<context>
    <name>Confer::ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>Confer::ConversationsView</name>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>Confer::DefaultsPage</name>
    <message>
        <source>for example openai/gpt-4.1, anthropic/claude-sonnet-4</source>
        <translation>zum Beispiel openai/gpt-4.1, anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Keine Systemanweisung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>New conversations start with these settings.</source>
        <translation>Neue Unterhaltungen beginnen mit diesen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>S&amp;ystemanweisung:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Maximum &amp;output tokens:</source>
        <translation>Maximale &amp;Ausgabe-Token:</translation>
    </message>
    <message>
        <source>In shared comparisons, &amp;keep the first finished reply instead of asking</source>
        <translation>In gemeinsamen Vergleichen die erste fertige Antwort &amp;behalten, statt zu fragen</translation>
    </message>
</context>
<context>
    <name>Confer::DerivedReplyDialog</name>
    <message>
        <source>Choose the model that writes it.</source>
        <translation>Wählen Sie das Modell, das sie schreibt.</translation>
    </message>
    <message>
        <source>new criterion</source>
        <translation>neues Kriterium</translation>
    </message>
    <message>
        <source>Synthesize the replies</source>
        <translation>Die Antworten zusammenführen</translation>
    </message>
    <message>
        <source>Judge the replies</source>
        <translation>Die Antworten beurteilen</translation>
    </message>
    <message>
        <source>A model of your choice merges the finished replies to this prompt into one answer, saved as a reply of its own.</source>
        <translation>Ein Modell Ihrer Wahl führt die fertigen Antworten auf diese Anfrage zu einer Antwort zusammen, die als eigene Antwort gespeichert wird.</translation>
    </message>
    <message>
        <source>A model of your choice scores each finished reply to this prompt from 1 to 10 on every criterion, with a short table and a verdict, saved as a reply of its own. In a blind comparison it sees the letters only.</source>
        <translation>Ein Modell Ihrer Wahl bewertet jede fertige Antwort auf diese Anfrage in jedem Kriterium mit 1 bis 10, mit einer kurzen Tabelle und einem Fazit, gespeichert als eigene Antwort. In einem Blindvergleich sieht es nur die Buchstaben.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model that writes it</source>
        <translation>Modell, das sie schreibt</translation>
    </message>
    <message>
        <source>provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <source>Any model from the catalog, or type one as provider/model</source>
        <translation>Ein beliebiges Modell aus dem Katalog, oder geben Sie eines als Anbieter/Modell ein</translation>
    </message>
    <message>
        <source>&amp;Synthesize</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Beurteilen</translation>
    </message>
    <message>
        <source>Start the synthesis</source>
        <translation>Die Synthese starten</translation>
    </message>
    <message>
        <source>Start the judgement</source>
        <translation>Das Urteil starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Criteria (double-click one to change it):</source>
        <translation>&amp;Kriterien (zum Ändern doppelklicken):</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ein Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Das ausgewählte Kriterium entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the criteria to the defaults</source>
        <translation>Die Kriterien auf die Vorgaben zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Confer::DerivedReplyRunner</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>%1 needs an API key: add one in Settings › Providers.</source>
        <translation>%1 braucht einen API-Schlüssel: Fügen Sie einen unter Einstellungen › Anbieter hinzu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model name of the form provider/model.</source>
        <translation>„%1“ ist kein Modellname der Form Anbieter/Modell.</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
    <message>
        <source>Could not save the answer (it is kept in memory and saving is retried): %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden (sie bleibt im Speicher, und das Speichern wird erneut versucht): %1</translation>
    </message>
    <message>
        <source>There is no synthesis or judgement %1.</source>
        <translation>Es gibt keine Synthese und kein Urteil %1.</translation>
    </message>
    <message>
        <source>This synthesis is still being written: stop it or wait for it.</source>
        <translation>Diese Synthese wird noch geschrieben: Halten Sie sie an oder warten Sie darauf.</translation>
    </message>
    <message>
        <source>This judgement is still being written: stop it or wait for it.</source>
        <translation>Dieses Urteil wird noch geschrieben: Halten Sie es an oder warten Sie darauf.</translation>
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
    <name>Confer::DiffDialog</name>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Legend: struck out on red, only in %1; on green, only in %2</source>
        <translation>Legende: durchgestrichen auf Rot, nur in %1; auf Grün, nur in %2</translation>
    </message>
    <message>
        <source>This prompt has fewer than two finished replies to compare.</source>
        <translation>Diese Anfrage hat weniger als zwei fertige Antworten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Words only in %1: %2</source>
        <translation>Wörter nur in %1: %2</translation>
    </message>
    <message>
        <source>Words in both: %1</source>
        <translation>Wörter in beiden: %1</translation>
    </message>
    <message>
        <source>%1, with the words only it has struck out</source>
        <translation>%1, die Wörter, die nur hier vorkommen, durchgestrichen</translation>
    </message>
    <message>
        <source>%1, with the words only it has marked</source>
        <translation>%1, die Wörter, die nur hier vorkommen, markiert</translation>
    </message>
    <message>
        <source>Compare two replies</source>
        <translation>Zwei Antworten vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Second reply</source>
        <translation>Zweite Antwort</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the replies side by side</source>
        <translation>Die Antworten nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Differences, inline</source>
        <translation>Unterschiede im Text</translation>
    </message>
    <message>
        <source>Word counts</source>
        <translation>Wortzahlen</translation>
    </message>
</context>
<context>
    <name>Confer::KeychainStore</name>
    <message>
        <source>The system keychain did not answer in time (it may be waiting for a password prompt).</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet (vielleicht wartet er auf eine Passworteingabe).</translation>
    </message>
</context>
<context>
    <name>Confer::LanePane</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>wird gestreamt</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>State: failed</source>
        <translation>Status: fehlgeschlagen</translation>
    </message>
    <message>
        <source>State: failed: %1</source>
        <translation>Status: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Model %1; its name is hidden until you keep or vote</source>
        <translation>Modell %1; sein Name bleibt verborgen, bis Sie behalten oder abstimmen</translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation>Antworten von %1</translation>
    </message>
    <message>
        <source>Send the next prompt to %1</source>
        <translation>Die nächste Anfrage an %1 senden</translation>
    </message>
    <message>
        <source>temp %1</source>
        <translation>Temp. %1</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>max. %1 Token</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>Denkaufwand %1</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>default parameters</source>
        <translation>Standardparameter</translation>
    </message>
    <message>
        <source>System prompt:
%1</source>
        <translation>Systemanweisung:
%1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Send the next prompt to this model</source>
        <translation>Die nächste Anfrage an dieses Modell senden</translation>
    </message>
    <message>
        <source>Stop this answer; what arrived so far is kept</source>
        <translation>Diese Antwort anhalten; was bisher angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop this answer</source>
        <translation>Diese Antwort anhalten</translation>
    </message>
    <message>
        <source>Ask this model again</source>
        <translation>Dieses Modell erneut fragen</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Diese Antwort erneut versuchen</translation>
    </message>
    <message>
        <source>More actions for this model</source>
        <translation>Weitere Aktionen für dieses Modell</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>Spuraktionen</translation>
    </message>
    <message>
        <source>Change &amp;Model…</source>
        <translation>&amp;Modell ändern…</translation>
    </message>
    <message>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parameter…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Continue with This One</source>
        <translation>Mit dieser &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;move Lane</source>
        <translation>Spur &amp;entfernen</translation>
    </message>
    <message>
        <source>Drag onto another pane to reorder</source>
        <translation>Zum Umordnen auf einen anderen Bereich ziehen</translation>
    </message>
</context>
<context>
    <name>Confer::LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The window changes language at once.</source>
        <translation>Das Fenster wechselt die Sprache sofort.</translation>
    </message>
</context>
<context>
    <name>Confer::LeaderboardModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Every model starts at 1000; a win over a higher-rated model gains more than one over a lower-rated one.</source>
        <translation>Jedes Modell beginnt bei 1000; ein Sieg über ein höher bewertetes Modell bringt mehr als einer über ein niedriger bewertetes.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partien</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
</context>
<context>
    <name>Confer::LeaderboardWindow</name>
    <message>
        <source>Turn on Blind mode in a comparison and vote for the best reply: the models stay hidden as A,&#xa0;B,&#xa0;C… until you vote, and each blind vote ranks them here.</source>
        <translation>Schalten Sie in einem Vergleich den Blindmodus ein und stimmen Sie für die beste Antwort: Die Modelle bleiben als A,&#xa0;B,&#xa0;C… verborgen, bis Sie abstimmen, und jede blinde Stimme ordnet sie hier ein.</translation>
    </message>
    <message>
        <source>The votes could not be read: %1</source>
        <translation>Die Stimmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No blind votes yet.</source>
        <translation>Noch keine blinden Stimmen.</translation>
    </message>
    <message>
        <source>No blind votes in conversations tagged “%1”.</source>
        <translation>Keine blinden Stimmen in Unterhaltungen mit dem Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Blind votes: %1 · Models: %2</source>
        <translation>Blinde Stimmen: %1 · Modelle: %2</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>Nur Unterhaltungen mit diesem Schlagwort zählen</translation>
    </message>
    <message>
        <source>Models ranked by Elo rating</source>
        <translation>Modelle nach Elo-Wertung geordnet</translation>
    </message>
    <message>
        <source>Only votes cast while the model names were hidden count. Each one is a win for the chosen reply over every other finished reply of its turn. Ratings start at 1000 and change more for surprising results (Elo, K&#xa0;=&#xa0;32).</source>
        <translation>Es zählen nur Stimmen, die abgegeben wurden, während die Modellnamen verborgen waren. Jede ist ein Sieg der gewählten Antwort über jede andere fertige Antwort ihrer Runde. Wertungen beginnen bei 1000 und ändern sich stärker bei überraschenden Ergebnissen (Elo, K&#xa0;=&#xa0;32).</translation>
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
    <message>
        <source>Con&amp;figure Confer…</source>
        <translation>Confer ein&amp;richten …</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>&amp;Modell auswählen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The conversation history is unavailable, so nothing can be sent.</source>
        <translation>Der Unterhaltungsverlauf ist nicht verfügbar, daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Bestenliste…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change Which Model?</source>
        <translation>Welches Modell ändern?</translation>
    </message>
    <message>
        <source>Which lane should answer with %1 from the next prompt on?</source>
        <translation>Welche Spur soll ab der nächsten Anfrage mit %1 antworten?</translation>
    </message>
</context>
<context>
    <name>Confer::MarkdownRenderer</name>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
</context>
<context>
    <name>Confer::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zur neuesten springen</translation>
    </message>
    <message>
        <source>Previous Version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next Version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>queued, waiting for a free slot…</source>
        <translation>in der Warteschlange, wartet auf einen freien Platz…</translation>
    </message>
    <message>
        <source>waiting for the first words…</source>
        <translation>wartet auf die ersten Worte…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reasoning…</source>
        <translation>Denkprozess…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Your prompt: %1</source>
        <translation>Ihre Anfrage: %1</translation>
    </message>
    <message>
        <source>Reply from %1, being written: %2</source>
        <translation>Antwort von %1, wird geschrieben: %2</translation>
    </message>
    <message>
        <source>Failed reply from %1 (Enter retries): %2</source>
        <translation>Fehlgeschlagene Antwort von %1 (Eingabe versucht es erneut): %2</translation>
    </message>
    <message>
        <source>Unfinished reply from %1: %2</source>
        <translation>Unvollständige Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation>Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Vote for this</source>
        <translation>Für diese stimmen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
</context>
<context>
    <name>Confer::ModelCatalog</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No API key for %1. Set %2.</source>
        <translation>Kein API-Schlüssel für %1. Setzen Sie %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is not running on %2:%3.</source>
        <translation>%1 läuft nicht auf %2:%3.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 sent a model list Confer could not read: %2</source>
        <translation>%1 hat eine Modellliste gesendet, die Confer nicht lesen konnte: %2</translation>
    </message>
</context>
<context>
    <name>Confer::ModelDelegate</name>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 von %2 Modellen</translation>
    </message>
</context>
<context>
    <name>Confer::ModelListModel</name>
    <message>
        <source>%1M context</source>
        <translation>%1 Mio. Kontext</translation>
    </message>
    <message>
        <source>%1K context</source>
        <translation>%1 Tsd. Kontext</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>%1 Kontext</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>lokaler Server</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>No models listed</source>
        <translation>Keine Modelle aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), running</source>
        <translation>
            <numerusform>%n Modell, läuft</numerusform>
            <numerusform>%n Modelle, läuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Showing the list from %2.</source>
        <translation>%1 Die Liste vom %2 wird angezeigt.</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Unterstützt %1</translation>
    </message>
    <message>
        <source>Input %1, output %2 per million tokens</source>
        <translation>Eingabe %1, Ausgabe %2 je Million Token</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 / %2 per M</source>
        <translation>%1 / %2 je Mio.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
</context>
<context>
    <name>Confer::ModelPicker</name>
    <message>
        <source>&amp;Use This Model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>Aus den &amp;Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Zu den &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Models</source>
        <translation>Ausgewählte Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Nur: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) selected</source>
        <translation>
            <numerusform>%n Modell ausgewählt</numerusform>
            <numerusform>%n Modelle ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Kein Modell passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No model matches “%1”.</source>
        <translation>Kein Modell passt zu „%1“.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+K)</source>
        <translation>Modelle durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Show only some models</source>
        <translation>Nur einige Modelle anzeigen</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Ask every provider for its models again</source>
        <translation>Jeden Anbieter erneut nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear model filters</source>
        <translation>Modellfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected models</source>
        <translation>Die ausgewählten Modelle vergleichen</translation>
    </message>
    <message>
        <source>&amp;Vision (image input)</source>
        <translation>&amp;Bilder (Bildeingabe)</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>&amp;Denkprozess</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Free</source>
        <translation>&amp;Kostenlos</translation>
    </message>
    <message>
        <source>&amp;Local servers only</source>
        <translation>Nur &amp;lokale Server</translation>
    </message>
    <message>
        <source>&amp;Cloud only</source>
        <translation>Nur &amp;Cloud</translation>
    </message>
</context>
<context>
    <name>Confer::NdjsonReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its stream.</source>
        <translation>
            <numerusform>Der Server hat in seinem Stream eine Zeile gesendet, die länger als %n Byte ist.</numerusform>
            <numerusform>Der Server hat in seinem Stream eine Zeile gesendet, die länger als %n Bytes ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::NetworkPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Enter to save in the system keychain</source>
        <translation>Eingeben, um im Schlüsselbund des Systems zu speichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request is given up when no data arrives for this long.</source>
        <translation>Eine Anfrage wird aufgegeben, wenn so lange keine Daten ankommen.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>&amp;Zeitlimit bei Inaktivität:</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Confer::ParametersPopover</name>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Model whose parameters are shown</source>
        <translation>Modell, dessen Parameter angezeigt werden</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Systemanweisung:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The conversation&apos;s: %1</source>
        <translation>Die der Unterhaltung: %1</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>Unchecked: the model&apos;s default temperature</source>
        <translation>Nicht angehakt: die Standardtemperatur des Modells</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Maximum answer length:</source>
        <translation>Maximale Antwortlänge:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Vorgabe des Modells</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>Maximale Antwortlänge in Token</translation>
    </message>
    <message>
        <source>Reasoning effort:</source>
        <translation>Denkaufwand:</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>Used by models that reason before answering; others ignore it</source>
        <translation>Gilt für Modelle, die vor der Antwort nachdenken; andere ignorieren es</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>This conversation has no model.</source>
        <translation>Diese Unterhaltung hat kein Modell.</translation>
    </message>
    <message>
        <source>Could not save the parameters: %1</source>
        <translation>Die Parameter konnten nicht gespeichert werden: %1</translation>
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
    <name>Confer::PromptEditor</name>
    <message>
        <source>Edited prompt</source>
        <translation>Bearbeitete Anfrage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send as New Branch</source>
        <translation>Als neuen Zweig senden</translation>
    </message>
    <message>
        <source>Send the edited prompt (Ctrl+Enter); the original stays as another branch</source>
        <translation>Die bearbeitete Anfrage senden (Strg+Eingabe); das Original bleibt als weiterer Zweig erhalten</translation>
    </message>
</context>
<context>
    <name>Confer::ProtocolAdapter</name>
    <message>
        <source>the model list has no &quot;%1&quot; array</source>
        <translation>die Modellliste enthält kein Array „%1“</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>ungültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>a JSON value that is not an object</source>
        <translation>ein JSON-Wert, der kein Objekt ist</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The provider reported an error during the answer.</source>
        <translation>Der Anbieter hat während der Antwort einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The server sent an event that could not be read: %1.</source>
        <translation>Der Server hat ein Ereignis gesendet, das nicht gelesen werden konnte: %1.</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>die Modellliste hat kein &quot;data&quot;-Array</translation>
    </message>
    <message>
        <source>The server sent a line that could not be read: %1.</source>
        <translation>Der Server hat eine Zeile gesendet, die nicht gelesen werden konnte: %1.</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>Der Anbieter hat die Antwort mit einem Fehler beendet.</translation>
    </message>
</context>
<context>
    <name>Confer::ProviderRegistry</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>Mistral AI</source>
        <translation>Mistral AI</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>xAI</source>
        <translation>xAI</translation>
    </message>
    <message>
        <source>Together AI</source>
        <translation>Together AI</translation>
    </message>
    <message>
        <source>Fireworks AI</source>
        <translation>Fireworks AI</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>A base URL takes no user name, password, query or fragment: &apos;%1&apos;.</source>
        <translation>Eine Basis-URL enthält keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment: „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid provider name: use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Anbietername: Verwenden Sie Kleinbuchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in provider; use &apos;confer providers set-url&apos; to change its URL.</source>
        <translation>„%1“ ist ein eingebauter Anbieter; ändern Sie seine URL mit „confer providers set-url“.</translation>
    </message>
    <message>
        <source>A provider named &apos;%1&apos; already exists.</source>
        <translation>Ein Anbieter namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in provider and cannot be removed.</source>
        <translation>„%1“ ist ein eingebauter Anbieter und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>There is no custom provider named &apos;%1&apos;.</source>
        <translation>Es gibt keinen eigenen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <source>There is no provider named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <source>A custom provider needs a base URL.</source>
        <translation>Ein eigener Anbieter braucht eine Basis-URL.</translation>
    </message>
    <message>
        <source>The number of concurrent streams must be between 1 and 64.</source>
        <translation>Die Zahl gleichzeitiger Streams muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a header name.</source>
        <translation>„%1“ ist kein Header-Name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a stored header: keys belong in the keychain or the environment.</source>
        <translation>„%1“ kann kein gespeicherter Header sein: Schlüssel gehören in den Schlüsselbund oder in die Umgebung.</translation>
    </message>
</context>
<context>
    <name>Confer::ProviderServices</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
</context>
<context>
    <name>Confer::ProvidersPage</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new API key</source>
        <translation>Neuen API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the stored key; the clipboard is cleared after 30 seconds.</source>
        <translation>Kopiert den gespeicherten Schlüssel; die Zwischenablage wird nach 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Asks the provider for its models with the current key.</source>
        <translation>Fragt den Anbieter mit dem aktuellen Schlüssel nach seinen Modellen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in Confer&apos;s files. A key set in the environment is used when the keychain has none, and is not copied into it.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, niemals in Confers Dateien. Ein in der Umgebung gesetzter Schlüssel wird verwendet, wenn der Schlüsselbund keinen hat, und nicht in ihn kopiert.</translation>
    </message>
    <message>
        <source>Add Custom Provider…</source>
        <translation>Eigenen Anbieter hinzufügen …</translation>
    </message>
    <message>
        <source>name, such as my-gateway</source>
        <translation>Name, etwa my-gateway</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove &amp;Provider</source>
        <translation>&amp;Anbieter entfernen</translation>
    </message>
    <message>
        <source>from environment (%1)</source>
        <translation>aus der Umgebung (%1)</translation>
    </message>
    <message>
        <source>no key needed (local server)</source>
        <translation>kein Schlüssel nötig (lokaler Server)</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation>%1, gespeichert %2</translation>
    </message>
    <message>
        <source>%1 is added. Save its key below if it needs one.</source>
        <translation>%1 wurde hinzugefügt. Speichern Sie unten seinen Schlüssel, falls er einen braucht.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the provider %1 and its API key?</source>
        <translation>Den Anbieter %1 und seinen API-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Remove the provider %1?</source>
        <translation>Den Anbieter %1 entfernen?</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is removed, but its key could not be removed: %2</source>
        <translation>%1 wurde entfernt, aber sein Schlüssel konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The base URL of %1 is saved.</source>
        <translation>Die Basis-URL von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 answered, but lists no models.</source>
        <translation>%1 antwortete, nennt aber keine Modelle.</translation>
    </message>
    <message>
        <source>%1 answered with these models:</source>
        <translation>%1 antwortete mit diesen Modellen:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The key for %1 is saved in the system keychain.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The key for %1 could not be saved in the system keychain.

%2

Confer never writes keys to a file. You can keep this key for this session only (it is forgotten when Confer quits), or cancel, fix the keychain and save the key again.</source>
        <translation>Der Schlüssel für %1 konnte nicht im Schlüsselbund des Systems gespeichert werden.

%2

Confer schreibt Schlüssel niemals in eine Datei. Sie können diesen Schlüssel nur für diese Sitzung behalten (er wird vergessen, wenn Confer beendet wird), oder abbrechen, den Schlüsselbund reparieren und den Schlüssel erneut speichern.</translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The key for %1 is kept for this session only.</source>
        <translation>Der Schlüssel für %1 wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the API key for %1?</source>
        <translation>Den API-Schlüssel für %1 entfernen?</translation>
    </message>
    <message>
        <source>The key for %1 is removed.</source>
        <translation>Der Schlüssel für %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key for %1 is on the clipboard for 30 seconds.</source>
        <translation>Der Schlüssel für %1 liegt 30 Sekunden lang in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Confer::ScoreboardBar</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Length limit</source>
        <translation>Längengrenze</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Werkzeugaufruf</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Ergebnistafel</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Auszeichnungen</translation>
    </message>
    <message>
        <source>No replies to measure yet.</source>
        <translation>Noch keine Antworten zum Messen.</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Laufende Kosten</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <source>Output tokens, estimated</source>
        <translation>Ausgabe-Token, geschätzt</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Estimated: the provider reported no token count, so Confer counted.</source>
        <translation>Geschätzt: Der Anbieter hat keine Tokenzahl gemeldet, daher hat Confer selbst gezählt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Übereinstimmung %1</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation>Bisherige Kosten: %1</translation>
    </message>
    <message>
        <source>(some costs unknown)</source>
        <translation>(einige Kosten unbekannt)</translation>
    </message>
    <message>
        <source>Some replies came without a cost: local models, or providers that do not report one. The sums count only the known costs.</source>
        <translation>Einige Antworten kamen ohne Kostenangabe: von lokalen Modellen oder von Anbietern, die keine melden. Die Summen enthalten nur die bekannten Kosten.</translation>
    </message>
    <message>
        <source>Measured once two replies have finished.</source>
        <translation>Wird gemessen, sobald zwei Antworten fertig sind.</translation>
    </message>
</context>
<context>
    <name>Confer::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked and the request to unlock it was declined): %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (vielleicht ist er gesperrt und die Anfrage zum Entsperren wurde abgelehnt): %1</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet must be running in the desktop session): %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (unter Linux muss in der Desktop-Sitzung ein Secret Service wie GNOME Keyring oder KWallet laufen): %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached (on Linux a Secret Service such as GNOME Keyring or KWallet must be running in the desktop session): %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet in der Desktop-Sitzung laufen): %1</translation>
    </message>
    <message>
        <source>No such entry.</source>
        <translation>Kein solcher Eintrag.</translation>
    </message>
</context>
<context>
    <name>Confer::SettingsDialog</name>
    <message>
        <source>Configure Confer</source>
        <translation>Confer einrichten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Confer::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Confer::SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Confer is already running with this profile (process %1) but does not answer.</source>
        <translation>Confer läuft bereits mit diesem Profil (Prozess %1), antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>Confer::SseReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>Der Server hat in seinem Ereignisstrom eine Zeile gesendet, die länger als %n Byte ist.</numerusform>
            <numerusform>Der Server hat in seinem Ereignisstrom eine Zeile gesendet, die länger als %n Bytes ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent an event longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>Der Server hat in seinem Ereignisstrom ein Ereignis gesendet, das länger als %n Byte ist.</numerusform>
            <numerusform>Der Server hat in seinem Ereignisstrom ein Ereignis gesendet, das länger als %n Bytes ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Store::ComparisonStore</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
    <message>
        <source>A lane&apos;s reply is begun with beginReply.</source>
        <translation>Die Antwort einer Spur wird mit beginReply begonnen.</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>Es gibt keine Spur %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lane %1 has no finished reply on the active branch to continue from.</source>
        <translation>Spur %1 hat auf dem aktiven Zweig keine fertige Antwort, an der sie fortgesetzt werden könnte.</translation>
    </message>
</context>
<context>
    <name>Confer::Store::ConversationStore</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is not in the trash.</source>
        <translation>Die Unterhaltung %1 ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>Es gibt keine Spur %1.</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
    <message>
        <source>There is no prompt %1 with lane %2.</source>
        <translation>Es gibt keine Anfrage %1 mit der Spur %2.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>There is no prompt %1 in conversation %2.</source>
        <translation>Es gibt keine Anfrage %1 in der Unterhaltung %2.</translation>
    </message>
    <message>
        <source>Prompt %1 is not on the active branch of conversation %2.</source>
        <translation>Die Anfrage %1 liegt nicht auf dem aktiven Zweig der Unterhaltung %2.</translation>
    </message>
    <message>
        <source>Message %1 cannot be deleted while a reply is being written.</source>
        <translation>Die Nachricht %1 kann nicht gelöscht werden, während eine Antwort geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>Confer::Store::Database</name>
    <message>
        <source>The disk holding the conversation database is full (%1). Nothing was lost; Confer will retry.</source>
        <translation>Der Datenträger mit der Unterhaltungsdatenbank ist voll (%1). Nichts ging verloren; Confer versucht es erneut.</translation>
    </message>
    <message>
        <source>The conversation database %1 cannot be written (read-only). Nothing was lost.</source>
        <translation>Die Unterhaltungsdatenbank %1 kann nicht geschrieben werden (schreibgeschützt). Nichts ging verloren.</translation>
    </message>
    <message>
        <source>The conversation database %1 is locked by another program. Confer will retry.</source>
        <translation>Die Unterhaltungsdatenbank %1 ist von einem anderen Programm gesperrt. Confer versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a Confer database or is damaged: %2</source>
        <translation>%1 ist keine Confer-Datenbank oder ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>Die Unterhaltungsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>Ein Datenbankvorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Confer (schema %2; this version understands up to %3). It was left untouched; please update Confer.</source>
        <translation>Die Unterhaltungsdatenbank %1 wurde von einer neueren Version von Confer geschrieben (Schema %2; diese Version versteht bis %3). Sie wurde nicht verändert; bitte aktualisieren Sie Confer.</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only and needs an upgrade that cannot be written.</source>
        <translation>Die Unterhaltungsdatenbank %1 ist schreibgeschützt und braucht eine Aktualisierung, die nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Cannot create %1 for a backup before upgrading the database.</source>
        <translation>%1 für eine Sicherung vor dem Aktualisieren der Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>Die Datenbank konnte vor dem Aktualisieren nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the conversation database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Unterhaltungsdatenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Confer::Store::Search</name>
    <message>
        <source>Nothing to search for.</source>
        <translation>Kein Suchbegriff.</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::HtmlExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>shared (every model continues from the kept reply)</source>
        <translation>gemeinsam (jedes Modell setzt bei der behaltenen Antwort fort)</translation>
    </message>
    <message>
        <source>independent (each model keeps its own history)</source>
        <translation>unabhängig (jedes Modell behält seinen eigenen Verlauf)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>(other branch)</source>
        <translation>(anderer Zweig)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(behalten)</translation>
    </message>
    <message>
        <source>(alternative)</source>
        <translation>(Alternative)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>hidden (a blind comparison, not revealed)</source>
        <translation>verborgen (ein Blindvergleich, nicht aufgedeckt)</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blindvergleich</translation>
    </message>
    <message>
        <source>names revealed</source>
        <translation>Namen aufgedeckt</translation>
    </message>
    <message>
        <source>(voted best)</source>
        <translation>(als beste gewählt)</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Laufende Kosten</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::Importer</name>
    <message>
        <source>%1.mapping: missing or not an object</source>
        <translation>%1.mapping: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1.id: missing</source>
        <translation>%1.id: fehlt</translation>
    </message>
    <message>
        <source>%1.mapping: the message tree has no root</source>
        <translation>%1.mapping: der Nachrichtenbaum hat keine Wurzel</translation>
    </message>
    <message>
        <source>%1.mapping: the message tree has a cycle</source>
        <translation>%1.mapping: der Nachrichtenbaum enthält einen Zyklus</translation>
    </message>
    <message>
        <source>%1.mapping.%2.children[%3]: refers to a missing node</source>
        <translation>%1.mapping.%2.children[%3]: verweist auf einen fehlenden Knoten</translation>
    </message>
    <message>
        <source>%1.chat_messages: missing or not an array</source>
        <translation>%1.chat_messages: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>%1.uuid: missing</source>
        <translation>%1.uuid: fehlt</translation>
    </message>
    <message>
        <source>%1.created_at: missing or not an ISO 8601 time</source>
        <translation>%1.created_at: fehlt oder ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>%1.sender: must be &quot;human&quot; or &quot;assistant&quot;</source>
        <translation>%1.sender: muss &quot;human&quot; oder &quot;assistant&quot; sein</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (it may be truncated): %1 at line %2, column %3 (byte %4).</source>
        <translation>Die Datei ist kein gültiges JSON (sie ist vielleicht abgeschnitten): %1 in Zeile %2, Spalte %3 (Byte %4).</translation>
    </message>
    <message>
        <source>The file is neither a Confer export nor a ChatGPT or Claude conversations.json.</source>
        <translation>Die Datei ist weder ein Confer-Export noch eine conversations.json von ChatGPT oder Claude.</translation>
    </message>
    <message>
        <source>A Confer export is a JSON object; this file holds something else.</source>
        <translation>Ein Confer-Export ist ein JSON-Objekt; diese Datei enthält etwas anderes.</translation>
    </message>
    <message>
        <source>A %1 conversations.json is a JSON array; this file holds something else.</source>
        <translation>Eine conversations.json von %1 ist ein JSON-Array; diese Datei enthält etwas anderes.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>version: missing</source>
        <translation>version: fehlt</translation>
    </message>
    <message>
        <source>the file was written by a newer Confer (format version %1; this version reads up to %2).</source>
        <translation>die Datei wurde von einem neueren Confer geschrieben (Formatversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>conversations: missing or not an array</source>
        <translation>conversations: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::JsonFormat</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation>fehlt oder ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>a lane needs a key and a model</source>
        <translation>eine Spur braucht einen Schlüssel und ein Modell</translation>
    </message>
    <message>
        <source>missing or repeated</source>
        <translation>fehlt oder ist wiederholt</translation>
    </message>
    <message>
        <source>must be &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>muss &quot;user&quot; oder &quot;assistant&quot; sein</translation>
    </message>
    <message>
        <source>refers to a message that does not come before it</source>
        <translation>verweist auf eine Nachricht, die nicht davor steht</translation>
    </message>
    <message>
        <source>refers to an unknown lane</source>
        <translation>verweist auf eine unbekannte Spur</translation>
    </message>
    <message>
        <source>a reply needs a lane and a parent prompt</source>
        <translation>eine Antwort braucht eine Spur und eine übergeordnete Anfrage</translation>
    </message>
    <message>
        <source>refers to an unknown message</source>
        <translation>verweist auf eine unbekannte Nachricht</translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;, &quot;synthesis&quot; or &quot;judgement&quot;</source>
        <translation>muss &quot;reply&quot;, &quot;synthesis&quot; oder &quot;judgement&quot; sein</translation>
    </message>
    <message>
        <source>a synthesis or judgement needs a parent prompt and no lane</source>
        <translation>eine Synthese oder ein Urteil braucht eine übergeordnete Anfrage und keine Spur</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>shared (every model continues from the kept reply)</source>
        <translation>gemeinsam (jedes Modell setzt bei der behaltenen Antwort fort)</translation>
    </message>
    <message>
        <source>independent (each model keeps its own history)</source>
        <translation>unabhängig (jedes Modell behält seinen eigenen Verlauf)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>(other branch)</source>
        <translation>(anderer Zweig)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(behalten)</translation>
    </message>
    <message>
        <source>(alternative)</source>
        <translation>(Alternative)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Models: hidden (a blind comparison, not revealed)</source>
        <translation>Modelle: verborgen (ein Blindvergleich, nicht aufgedeckt)</translation>
    </message>
    <message>
        <source>Blind comparison, names revealed</source>
        <translation>Blindvergleich, Namen aufgedeckt</translation>
    </message>
    <message>
        <source>(voted best)</source>
        <translation>(als beste gewählt)</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Ergebnistafel</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Laufende Kosten</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::ScoreboardText</name>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Auszeichnungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Agreement: %1%</source>
        <translation>Übereinstimmung: %1 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (some costs unknown)</source>
        <translation>%1 (einige Kosten unbekannt)</translation>
    </message>
    <message>
        <source>Synthesis and judgement</source>
        <translation>Synthese und Urteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::Transcript</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <source>%1 in, %2 out tokens</source>
        <translation>%1 Eingabe-, %2 Ausgabe-Token</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 Denkprozess)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Still being written</source>
        <translation>Wird noch geschrieben</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Synthesis by %1</source>
        <translation>Synthese von %1</translation>
    </message>
    <message>
        <source>Judgement by %1</source>
        <translation>Urteil von %1</translation>
    </message>
</context>
<context>
    <name>Confer::TurnRunner</name>
    <message>
        <source>&apos;%1&apos; is not a model name of the form provider/model.</source>
        <translation>„%1“ ist kein Modellname der Form Anbieter/Modell.</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>The conversation has no model to send to.</source>
        <translation>Die Unterhaltung hat kein Modell, an das gesendet werden kann.</translation>
    </message>
    <message>
        <source>Choose a model to start a conversation.</source>
        <translation>Wählen Sie ein Modell, um eine Unterhaltung zu beginnen.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The conversation is still answering: stop it or wait for the answer.</source>
        <translation>Die Unterhaltung antwortet noch: Halten Sie sie an oder warten Sie auf die Antwort.</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
    <message>
        <source>Only a failed, stopped or interrupted answer can be retried.</source>
        <translation>Nur eine fehlgeschlagene, angehaltene oder unterbrochene Antwort kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>This model is still answering: stop it or wait for the answer.</source>
        <translation>Dieses Modell antwortet noch: Halten Sie es an oder warten Sie auf die Antwort.</translation>
    </message>
    <message>
        <source>The model of this answer was removed from the conversation.</source>
        <translation>Das Modell dieser Antwort wurde aus der Unterhaltung entfernt.</translation>
    </message>
    <message>
        <source>Could not save the answer (it is kept in memory and saving is retried): %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden (sie bleibt im Speicher, und das Speichern wird erneut versucht): %1</translation>
    </message>
    <message>
        <source>No reply of the last turn failed.</source>
        <translation>Keine Antwort der letzten Runde ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Choose at least one model to send the message to.</source>
        <translation>Wählen Sie mindestens ein Modell, an das die Nachricht gehen soll.</translation>
    </message>
    <message>
        <source>The model of lane %1 was removed from the conversation.</source>
        <translation>Das Modell der Spur %1 wurde aus der Unterhaltung entfernt.</translation>
    </message>
    <message>
        <source>The conversation has no lane %1.</source>
        <translation>Die Unterhaltung hat keine Spur %1.</translation>
    </message>
</context>
<context>
    <name>Confer::TurnSummary</name>
    <message>
        <source>Turn %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Needs two finished replies in this turn.</source>
        <translation>Braucht zwei fertige Antworten in dieser Runde.</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Gemessen:</translation>
    </message>
    <message>
        <source>Turn shown in the scoreboard</source>
        <translation>In der Ergebnistafel gezeigte Runde</translation>
    </message>
    <message>
        <source>S&amp;ynthesize…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Ask a model to merge this turn&apos;s replies into one answer</source>
        <translation>Ein Modell bitten, die Antworten dieser Runde zu einer Antwort zusammenzuführen</translation>
    </message>
    <message>
        <source>&amp;Judge…</source>
        <translation>&amp;Beurteilen…</translation>
    </message>
    <message>
        <source>Ask a model to score this turn&apos;s replies against criteria</source>
        <translation>Ein Modell bitten, die Antworten dieser Runde nach Kriterien zu bewerten</translation>
    </message>
    <message>
        <source>Compare &amp;Two Replies…</source>
        <translation>&amp;Zwei Antworten vergleichen…</translation>
    </message>
    <message>
        <source>Show the word-level differences between two replies of this turn</source>
        <translation>Die Unterschiede zwischen zwei Antworten dieser Runde Wort für Wort zeigen</translation>
    </message>
    <message>
        <source>Syntheses and judgements</source>
        <translation>Synthesen und Urteile</translation>
    </message>
    <message>
        <source>Syntheses and judgements cannot be asked again in this view.</source>
        <translation>Synthesen und Urteile können in dieser Ansicht nicht erneut angefordert werden.</translation>
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
    <message>
        <source>&lt;b&gt;Use a cloud provider.&lt;/b&gt; Add an API key for OpenAI, Anthropic, Google Gemini, OpenRouter or another provider. Confer keeps it in your system&apos;s keychain.</source>
        <translation>&lt;b&gt;Einen Cloud-Anbieter nutzen.&lt;/b&gt; Fügen Sie einen API-Schlüssel für OpenAI, Anthropic, Google Gemini, OpenRouter oder einen anderen Anbieter hinzu. Confer bewahrt ihn im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Add a Key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or run a model on this computer.&lt;/b&gt; Start Ollama, LM Studio or a llama.cpp server; Confer finds it on its usual port.</source>
        <translation>&lt;b&gt;Oder ein Modell auf diesem Computer ausführen.&lt;/b&gt; Starten Sie Ollama, LM Studio oder einen llama.cpp-Server; Confer findet ihn an seinem üblichen Port.</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Ask the local servers and providers for their models again</source>
        <translation>Die lokalen Server und Anbieter erneut nach ihren Modellen fragen</translation>
    </message>
</context>
</TS>
