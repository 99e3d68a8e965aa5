<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>Confer</name>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल रहा</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history: %1</source>
        <translation>बातचीत इतिहास से पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Confer JSON, for importing again (*.json)</source>
        <translation>Confer JSON, फिर से आयात करने के लिए (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>बातचीत निर्यात करें</translation>
    </message>
    <message>
        <source>The conversation could not be written to %1: %2</source>
        <translation>बातचीत %1 में लिखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>Confer::AboutDialog</name>
    <message>
        <source>About Confer</source>
        <translation>Confer के बारे में</translation>
    </message>
    <message>
        <source>A desktop workbench for chatting with many AI models side by side. Conversations stay on this computer; API keys stay in the system keychain.</source>
        <translation>कई AI मॉडलों से एक साथ, अगल-बगल बातचीत करने के लिए एक डेस्कटॉप वर्कबेंच। बातचीत इसी कंप्यूटर पर रहती है; API कुंजियाँ सिस्टम कीचेन में रहती हैं।</translation>
    </message>
    <message>
        <source>Confer is free software under the GNU General Public License, version 3 or later.&lt;br&gt;It uses Qt (LGPL 3), KDE Frameworks Syntax Highlighting (MIT) and QtKeychain (BSD 3-Clause).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Confer GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या उसके बाद के संस्करण के अंतर्गत मुक्त सॉफ़्टवेयर है।&lt;br&gt;यह Qt (LGPL 3), KDE Frameworks Syntax Highlighting (MIT) और QtKeychain (BSD 3-Clause) का उपयोग करता है।&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy Version Information</source>
        <translation>संस्करण जानकारी कॉपी करें</translation>
    </message>
    <message>
        <source>Confer %1
Qt %2 (built with %3)
KSyntaxHighlighting %4
QtKeychain %5
Platform: %6</source>
        <translation>Confer %1
Qt %2 (%3 के साथ बिल्ड किया गया)
KSyntaxHighlighting %4
QtKeychain %5
प्लैटफ़ॉर्म: %6</translation>
    </message>
</context>
<context>
    <name>Confer::ApiKeyStore</name>
    <message>
        <source>key in keychain</source>
        <translation>कुंजी कीचेन में है</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>कुंजी केवल इस सत्र के लिए</translation>
    </message>
    <message>
        <source>from environment</source>
        <translation>एनवायरनमेंट से</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>कोई कुंजी नहीं</translation>
    </message>
</context>
<context>
    <name>Confer::AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>System font size</source>
        <translation>सिस्टम फ़ॉन्ट आकार</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> पॉइंट</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a line</source>
        <translation>Enter से भेजें, Shift+Enter से नई पंक्ति</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter adds a line</source>
        <translation>Ctrl+Enter से भेजें, Enter से नई पंक्ति</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>रंग योजना(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>फ़ॉन्ट आकार(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>भेजना(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Confer::ChatFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>%1%2 tokens/s</source>
        <translation>%1%2 टोकन/से</translation>
    </message>
    <message>
        <source>%1%2 tokens (%3 in, %4 out)</source>
        <translation>%1%2 टोकन (%3 इनपुट, %4 आउटपुट)</translation>
    </message>
    <message>
        <source>%1%2 reasoning</source>
        <translation>%1%2 तर्क</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings › Providers.</source>
        <translation>प्रदाता ने API कुंजी स्वीकार नहीं की। सेटिंग्स › प्रदाता में कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>This key is not allowed to use this model.</source>
        <translation>इस कुंजी को यह मॉडल इस्तेमाल करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The provider does not know this model.</source>
        <translation>प्रदाता इस मॉडल को नहीं जानता।</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks to wait %1 before trying again.</source>
        <translation>बहुत अधिक अनुरोध: प्रदाता फिर से प्रयास करने से पहले %1 प्रतीक्षा करने को कह रहा है।</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks to slow down.</source>
        <translation>बहुत अधिक अनुरोध: प्रदाता धीमा करने को कह रहा है।</translation>
    </message>
    <message>
        <source>The provider is overloaded right now.</source>
        <translation>प्रदाता पर अभी अत्यधिक भार है।</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>प्रदाता ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>प्रदाता में एक आंतरिक त्रुटि हुई।</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>प्रदाता तक पहुँचा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The provider stopped answering.</source>
        <translation>प्रदाता ने उत्तर देना बंद कर दिया।</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be understood.</source>
        <translation>प्रदाता का उत्तर समझा नहीं जा सका।</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>उसका संदेश: “%1”</translation>
    </message>
    <message>
        <source>Synthesis by %1</source>
        <translation>%1 द्वारा संश्लेषण</translation>
    </message>
    <message>
        <source>Judgement by %1</source>
        <translation>%1 द्वारा निर्णय</translation>
    </message>
</context>
<context>
    <name>Confer::ChatJob</name>
    <message>
        <source>No API key for %1. Set %2.</source>
        <translation>%1 के लिए कोई API कुंजी नहीं है। %2 सेट करें।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>%1 answered with a redirect Confer did not follow.</source>
        <translation>%1 ने एक रीडायरेक्ट से उत्तर दिया, जिसका Confer ने पालन नहीं किया।</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 ने बहुत अधिक बार रीडायरेक्ट किया।</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to an insecure address (%2); Confer did not follow.</source>
        <translation>%1 ने HTTPS से एक असुरक्षित पते (%2) पर रीडायरेक्ट किया; Confer ने इसका पालन नहीं किया।</translation>
    </message>
    <message>
        <source>%1 is not running on %2.</source>
        <translation>%1, %2 पर नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 ने कनेक्शन अस्वीकार कर दिया (%2)।</translation>
    </message>
    <message>
        <source>Could not find the host %1.</source>
        <translation>होस्ट %1 नहीं मिला।</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds.</source>
        <translation>%1 ने %2 सेकंड तक कुछ नहीं भेजा।</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 से सुरक्षित कनेक्शन विफल रहा: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete.</source>
        <translation>उत्तर पूरा होने से पहले ही %1 से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 से कनेक्शन विफल रहा: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation>%1 ने API कुंजी स्वीकार नहीं की</translation>
    </message>
    <message>
        <source>%1 refused access</source>
        <translation>%1 ने पहुँच से इनकार कर दिया</translation>
    </message>
    <message>
        <source>%1 does not know this model or address</source>
        <translation>%1 इस मॉडल या पते को नहीं जानता</translation>
    </message>
    <message>
        <source>%1&apos;s rate limit was reached</source>
        <translation>%1 की दर सीमा पूरी हो गई</translation>
    </message>
    <message>
        <source>%1 is overloaded</source>
        <translation>%1 पर अत्यधिक भार है</translation>
    </message>
    <message>
        <source>%1 rejected the request</source>
        <translation>%1 ने अनुरोध अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>%1 had a server error</source>
        <translation>%1 में सर्वर त्रुटि हुई</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>%1 से कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>%1 stopped sending data</source>
        <translation>%1 ने डेटा भेजना बंद कर दिया</translation>
    </message>
    <message>
        <source>%1 sent a response Confer could not read</source>
        <translation>%1 ने ऐसा उत्तर भेजा जिसे Confer पढ़ नहीं सका</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>%1 सेकंड बाद फिर से प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>Confer::ChatView</name>
    <message>
        <source>%1 kept</source>
        <translation>%1 रखा गया</translation>
    </message>
    <message>
        <source>synthesis kept</source>
        <translation>संश्लेषण रखा गया</translation>
    </message>
    <message>
        <source>its reply</source>
        <translation>इसका उत्तर</translation>
    </message>
    <message numerus="yes">
        <source>its %n replies</source>
        <translation>
            <numerusform>इसका %n उत्तर</numerusform>
            <numerusform>इसके %n उत्तर</numerusform>
        </translation>
    </message>
    <message>
        <source>the turn after it</source>
        <translation>इसके बाद की बारी</translation>
    </message>
    <message numerus="yes">
        <source>the %n turns after it</source>
        <translation>
            <numerusform>इसके बाद की %n बारी</numerusform>
            <numerusform>इसके बाद की %n बारियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this prompt, %1 and %2?</source>
        <translation>यह प्रॉम्प्ट, %1 और %2 मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete this prompt and %1?</source>
        <translation>यह प्रॉम्प्ट और %1 मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete this prompt?</source>
        <translation>यह प्रॉम्प्ट मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>संदेश मिटाएँ</translation>
    </message>
    <message>
        <source>A reply to this prompt or to a later one is still being written. Stop it first, then delete the prompt.</source>
        <translation>इस प्रॉम्प्ट या किसी बाद वाले प्रॉम्प्ट का उत्तर अभी लिखा जा रहा है। पहले उसे रोकें, फिर प्रॉम्प्ट मिटाएँ।</translation>
    </message>
    <message>
        <source>This reply is still being written. Stop it first, then delete it.</source>
        <translation>यह उत्तर अभी लिखा जा रहा है। पहले उसे रोकें, फिर मिटाएँ।</translation>
    </message>
    <message>
        <source>Delete this reply?</source>
        <translation>यह उत्तर मिटाएँ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>संदेश मिटाया नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Ask</name>
    <message>
        <source>%1: TTFT %2, %3 total, %4 tok/s, %5 in / %6 out tokens (%7 reasoning), %8, %9</source>
        <translation>%1: TTFT %2, कुल %3, %4 टोकन/से, %5 इनपुट / %6 आउटपुट टोकन (%7 तर्क), %8, %9</translation>
    </message>
    <message>
        <source>Run &apos;confer help ask&apos; for usage.</source>
        <translation>उपयोग के लिए &apos;confer help ask&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>%1 needs PROVIDER/MODEL.</source>
        <translation>%1 को PROVIDER/MODEL चाहिए।</translation>
    </message>
    <message>
        <source>--system needs a text.</source>
        <translation>--system को एक पाठ चाहिए।</translation>
    </message>
    <message>
        <source>--temperature needs a number from 0 to 2.</source>
        <translation>--temperature को 0 से 2 तक की एक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>--max-tokens needs a positive whole number.</source>
        <translation>--max-tokens को एक धनात्मक पूर्ण संख्या चाहिए।</translation>
    </message>
    <message>
        <source>--reasoning needs low, medium or high.</source>
        <translation>--reasoning को low, medium या high चाहिए।</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout को सेकंडों की संख्या चाहिए।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>No prompt given (use - to read it from standard input).</source>
        <translation>कोई प्रॉम्प्ट नहीं दिया गया (मानक इनपुट से पढ़ने के लिए - का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>प्रॉम्प्ट को एक ही आर्ग्युमेंट के रूप में दें (उसे उद्धरण चिह्नों में रखें)।</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>मानक इनपुट पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>प्रॉम्प्ट खाली है।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER/MODEL.</source>
        <translation>&apos;%1&apos; PROVIDER/MODEL नहीं है।</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;। &apos;confer providers list&apos; सभी प्रदाता दिखाता है।</translation>
    </message>
    <message>
        <source>%1: waiting for a free stream at %2…</source>
        <translation>%1: %2 पर खाली स्ट्रीम की प्रतीक्षा की जा रही है…</translation>
    </message>
    <message>
        <source>%1: %2 Retrying in %3 s (attempt %4).</source>
        <translation>%1: %2 %3 सेकंड में फिर से प्रयास (प्रयास %4)।</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: रद्द किया गया।</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TOK/S</source>
        <translation>टोकन/से</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>इनपुट</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>आउटपुट</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>FINISH</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>--conversation needs a conversation id (see &apos;confer history list&apos;).</source>
        <translation>--conversation को बातचीत की id चाहिए (&apos;confer history list&apos; देखें)।</translation>
    </message>
    <message>
        <source>--conversation and --no-save cannot be combined.</source>
        <translation>--conversation और --no-save एक साथ नहीं दिए जा सकते।</translation>
    </message>
    <message>
        <source>Name at least one model with -m PROVIDER/MODEL (or choose default models in Settings).</source>
        <translation>-m PROVIDER/MODEL से कम से कम एक मॉडल बताएँ (या सेटिंग्स में डिफ़ॉल्ट मॉडल चुनें)।</translation>
    </message>
    <message>
        <source>Conversation %1 has no lanes left; name a model with -m PROVIDER/MODEL.</source>
        <translation>बातचीत %1 में कोई लेन नहीं बची है; -m PROVIDER/MODEL से एक मॉडल बताएँ।</translation>
    </message>
    <message>
        <source>The conversation was saved after all.</source>
        <translation>बातचीत आख़िरकार सहेज ली गई।</translation>
    </message>
    <message>
        <source>conversation: %1</source>
        <translation>बातचीत: %1</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>बातचीत सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>-m PROVIDER/MODEL [-m ...] [--system TEXT] [--temperature X] [--max-tokens N] [--reasoning low|medium|high] [--timeout SECONDS] [--json] [--no-save] [--conversation ID] PROMPT|-</source>
        <translation>-m PROVIDER/MODEL [-m ...] [--system TEXT] [--temperature X] [--max-tokens N] [--reasoning low|medium|high] [--timeout SECONDS] [--json] [--no-save] [--conversation ID] PROMPT|-</translation>
    </message>
    <message>
        <source>Ask one or more models; several run at once and are compared. PROMPT - reads standard input. The conversation is saved (its id goes to standard error) unless --no-save is given. --conversation ID continues a saved one: without -m every lane answers with its history; each -m takes the lane with that model, or adds a lane. A new conversation takes the default models, system prompt, temperature and maximum tokens from Settings where no option gives them.</source>
        <translation>एक या अधिक मॉडलों से पूछें; कई मॉडल एक साथ चलते हैं और उनकी तुलना की जाती है। PROMPT - मानक इनपुट पढ़ता है। जब तक --no-save न दिया जाए, बातचीत सहेजी जाती है (उसकी id मानक त्रुटि पर लिखी जाती है)। --conversation ID किसी सहेजी गई बातचीत को आगे बढ़ाता है: -m के बिना हर लेन अपने इतिहास के साथ उत्तर देती है; हर -m उस मॉडल वाली लेन लेता है, या एक नई लेन जोड़ता है। जहाँ कोई विकल्प इन्हें न दे, वहाँ नई बातचीत डिफ़ॉल्ट मॉडल, सिस्टम प्रॉम्प्ट, तापमान और अधिकतम टोकन सेटिंग्स से लेती है।</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::AskRecorder</name>
    <message>
        <source>There is no conversation %1 (see &apos;confer history list&apos;).</source>
        <translation>बातचीत %1 मौजूद नहीं है (&apos;confer history list&apos; देखें)।</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::CommandLine</name>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMMAND]</translation>
    </message>
    <message>
        <source>Show help for Confer or for one command.</source>
        <translation>Confer या किसी एक कमांड की सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>&apos;help&apos; takes at most one command name.</source>
        <translation>&apos;help&apos; अधिकतम एक कमांड नाम लेता है।</translation>
    </message>
    <message>
        <source>Show the version of Confer and its libraries.</source>
        <translation>Confer और उसकी लाइब्रेरियों का संस्करण दिखाएँ।</translation>
    </message>
    <message>
        <source>&apos;version&apos; takes no arguments.</source>
        <translation>&apos;version&apos; कोई आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile को एक डायरेक्टरी चाहिए।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>कोई कमांड नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>अज्ञात कमांड &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>Usage: confer [--profile DIR] %1 %2</source>
        <translation>उपयोग: confer [--profile DIR] %1 %2</translation>
    </message>
    <message>
        <source>Usage: confer [--profile DIR] [COMMAND [ARGUMENTS]]</source>
        <translation>उपयोग: confer [--profile DIR] [COMMAND [ARGUMENTS]]</translation>
    </message>
    <message>
        <source>Confer is a desktop workbench for chatting with many AI models side by side.
Without a command it opens its window; with one it works in the terminal.</source>
        <translation>Confer कई AI मॉडलों से एक साथ, अगल-बगल बातचीत करने के लिए एक डेस्कटॉप वर्कबेंच है।
बिना कमांड के यह अपनी विंडो खोलता है; कमांड के साथ यह टर्मिनल में काम करता है।</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>सामान्य विकल्प:</translation>
    </message>
    <message>
        <source>Keep settings, history, caches and logs in DIR</source>
        <translation>सेटिंग्स, इतिहास, कैश और लॉग DIR में रखें</translation>
    </message>
    <message>
        <source>(also CONFER_PROFILE; default: the standard locations)</source>
        <translation>(CONFER_PROFILE से भी; डिफ़ॉल्ट: मानक स्थान)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>यह सहायता दिखाएँ</translation>
    </message>
    <message>
        <source>Show version information</source>
        <translation>संस्करण जानकारी दिखाएँ</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>विंडो विकल्प:</translation>
    </message>
    <message>
        <source>Open the window on a new, empty conversation</source>
        <translation>विंडो को एक नई, खाली बातचीत के साथ खोलें</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>कमांड:</translation>
    </message>
    <message>
        <source>Run &apos;confer help COMMAND&apos; for a command&apos;s options.</source>
        <translation>किसी कमांड के विकल्पों के लिए &apos;confer help COMMAND&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Qt %1 (%2 के साथ बिल्ड किया गया), KSyntaxHighlighting %3, QtKeychain %4</translation>
    </message>
    <message>
        <source>Run &apos;confer --help&apos; for usage.</source>
        <translation>उपयोग के लिए &apos;confer --help&apos; चलाएँ।</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Keys</name>
    <message>
        <source>Run &apos;confer help keys&apos; for usage.</source>
        <translation>उपयोग के लिए &apos;confer help keys&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>API key for %1 (input is hidden): </source>
        <translation>%1 के लिए API कुंजी (इनपुट छिपा रहेगा): </translation>
    </message>
    <message>
        <source>Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service (such as GNOME Keyring or KWallet) in your desktop session and try again.</source>
        <translation>Confer API कुंजियाँ केवल सिस्टम कीचेन में रखता है, किसी फ़ाइल में कभी नहीं। अपने डेस्कटॉप सत्र में कोई Secret Service (जैसे GNOME Keyring या KWallet) शुरू करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service (such as GNOME Keyring or KWallet) in your desktop session and try again, or set %1 in the environment of the commands that need the key.</source>
        <translation>Confer API कुंजियाँ केवल सिस्टम कीचेन में रखता है, किसी फ़ाइल में कभी नहीं। अपने डेस्कटॉप सत्र में कोई Secret Service (जैसे GNOME Keyring या KWallet) शुरू करें और फिर से प्रयास करें, या जिन कमांडों को कुंजी चाहिए उनके एनवायरनमेंट में %1 सेट करें।</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing was saved.</source>
        <translation>मानक इनपुट पर कोई कुंजी नहीं दी गई; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The key for %1 was not saved. %2</source>
        <translation>%1 की कुंजी सहेजी नहीं गई। %2</translation>
    </message>
    <message>
        <source>Saved the key for %1 in the system keychain.</source>
        <translation>%1 की कुंजी सिस्टम कीचेन में सहेज दी गई।</translation>
    </message>
    <message>
        <source>The key for %1 could not be removed. %2</source>
        <translation>%1 की कुंजी हटाई नहीं जा सकी। %2</translation>
    </message>
    <message>
        <source>Removed the key for %1 from the system keychain.</source>
        <translation>%1 की कुंजी सिस्टम कीचेन से हटा दी गई।</translation>
    </message>
    <message>
        <source>No key for %1 was in the system keychain.</source>
        <translation>सिस्टम कीचेन में %1 की कोई कुंजी नहीं थी।</translation>
    </message>
    <message>
        <source>A key for %1 is still set in the environment.</source>
        <translation>%1 की एक कुंजी अभी भी एनवायरनमेंट में सेट है।</translation>
    </message>
    <message>
        <source>keychain (saved %1)</source>
        <translation>कीचेन (%1 को सहेजी गई)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>एनवायरनमेंट (%1)</translation>
    </message>
    <message>
        <source>No API keys are stored in the keychain or set in the environment.</source>
        <translation>न तो कीचेन में कोई API कुंजी सहेजी गई है और न ही एनवायरनमेंट में सेट है।</translation>
    </message>
    <message>
        <source>Testing %1 failed: %2</source>
        <translation>%1 की जाँच विफल रही: %2</translation>
    </message>
    <message>
        <source>%1 accepted the key (%2). Its models:</source>
        <translation>%1 ने कुंजी स्वीकार कर ली (%2)। इसके मॉडल:</translation>
    </message>
    <message>
        <source>%1 answered. Its models:</source>
        <translation>%1 ने उत्तर दिया। इसके मॉडल:</translation>
    </message>
    <message>
        <source>set|list|remove|test [PROVIDER]</source>
        <translation>set|list|remove|test [PROVIDER]</translation>
    </message>
    <message>
        <source>API keys in the system keychain: set one (read from standard input), list where each comes from, remove one, or test one by listing the provider&apos;s models.</source>
        <translation>सिस्टम कीचेन में API कुंजियाँ: एक कुंजी सेट करें (मानक इनपुट से पढ़ी जाती है), हर कुंजी कहाँ से आती है यह सूचीबद्ध करें, एक कुंजी हटाएँ, या प्रदाता के मॉडल सूचीबद्ध करके किसी कुंजी की जाँच करें।</translation>
    </message>
    <message>
        <source>&apos;keys list&apos; takes no further arguments.</source>
        <translation>&apos;keys list&apos; कोई और आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>&apos;keys&apos; needs an action: set, list, remove or test.</source>
        <translation>&apos;keys&apos; को एक क्रिया चाहिए: set, list, remove या test।</translation>
    </message>
    <message>
        <source>Unknown keys action &apos;%1&apos;.</source>
        <translation>keys की अज्ञात क्रिया &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;keys %1&apos; takes exactly one provider (a key itself is only read from standard input).</source>
        <translation>&apos;keys %1&apos; ठीक एक प्रदाता लेता है (कुंजी स्वयं केवल मानक इनपुट से पढ़ी जाती है)।</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;। &apos;confer providers list&apos; सभी प्रदाता दिखाता है।</translation>
    </message>
    <message>
        <source>%1 takes no API key.</source>
        <translation>%1 कोई API कुंजी नहीं लेता।</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::Providers</name>
    <message>
        <source>Run &apos;confer help %1&apos; for usage.</source>
        <translation>उपयोग के लिए &apos;confer help %1&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>&apos;providers list&apos; takes no arguments.</source>
        <translation>&apos;providers list&apos; कोई आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>&apos;providers remove&apos; needs one provider name.</source>
        <translation>&apos;providers remove&apos; को एक प्रदाता नाम चाहिए।</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 हटा दिया गया।</translation>
    </message>
    <message>
        <source>&apos;providers set-url&apos; needs a provider name and a URL (or &apos;default&apos;).</source>
        <translation>&apos;providers set-url&apos; को एक प्रदाता नाम और एक URL (या &apos;default&apos;) चाहिए।</translation>
    </message>
    <message>
        <source>%1 now uses %2</source>
        <translation>%1 अब %2 का उपयोग करता है</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <source>STREAMS</source>
        <translation>स्ट्रीम</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>कीचेन में</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>आवश्यक नहीं</translation>
    </message>
    <message>
        <source> (not set)</source>
        <translation> (सेट नहीं)</translation>
    </message>
    <message>
        <source> (set)</source>
        <translation> (सेट)</translation>
    </message>
    <message>
        <source> (custom provider)</source>
        <translation> (कस्टम प्रदाता)</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (बदला गया)</translation>
    </message>
    <message>
        <source>--protocol needs openai, anthropic, gemini or ollama.</source>
        <translation>--protocol को openai, anthropic, gemini या ollama चाहिए।</translation>
    </message>
    <message>
        <source>--base-url needs a URL.</source>
        <translation>--base-url को एक URL चाहिए।</translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;.</source>
        <translation>--header को &apos;Name: value&apos; चाहिए।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a stored header: keys belong in the keychain or the environment.</source>
        <translation>&apos;%1&apos; सहेजा गया हेडर नहीं हो सकता: कुंजियाँ कीचेन या एनवायरनमेंट में रखी जाती हैं।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; takes one name.</source>
        <translation>&apos;providers add&apos; एक नाम लेता है।</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs NAME, --protocol and --base-url.</source>
        <translation>&apos;providers add&apos; को NAME, --protocol और --base-url चाहिए।</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 जोड़ा गया (%2, %3)।</translation>
    </message>
    <message>
        <source>&apos;models&apos; takes at most one provider.</source>
        <translation>&apos;models&apos; अधिकतम एक प्रदाता लेता है।</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;. &apos;confer providers list&apos; shows them.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;। &apos;confer providers list&apos; सभी प्रदाता दिखाता है।</translation>
    </message>
    <message>
        <source>Cached list from %1:</source>
        <translation>%1 की कैश की गई सूची:</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n मॉडल</numerusform>
            <numerusform>%n मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>cached %1</source>
        <translation>%1 को कैश किया गया</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>%1 को प्राप्त किया गया</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>संदर्भ %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out per M tokens</source>
        <translation>%1 इनपुट / %2 आउटपुट प्रति 10 लाख टोकन</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>इनपुट: %1</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>पैरामीटर: %1</translation>
    </message>
    <message>
        <source>List the models of every provider, or of one (cached; --refresh asks again).</source>
        <translation>हर प्रदाता के, या किसी एक के, मॉडल सूचीबद्ध करें (कैश से; --refresh फिर से पूछता है)।</translation>
    </message>
    <message>
        <source>List, add, remove or re-point providers.</source>
        <translation>प्रदाताओं को सूचीबद्ध करें, जोड़ें, हटाएँ या उनका पता बदलें।</translation>
    </message>
    <message>
        <source>&apos;providers set-streams&apos; needs a provider name and a number.</source>
        <translation>&apos;providers set-streams&apos; को एक प्रदाता नाम और एक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>%1 now streams at most %2 answers at once.</source>
        <translation>%1 अब एक साथ अधिकतम %2 उत्तर स्ट्रीम करता है।</translation>
    </message>
    <message>
        <source>&apos;providers set-headers&apos; needs a provider name.</source>
        <translation>&apos;providers set-headers&apos; को एक प्रदाता नाम चाहिए।</translation>
    </message>
    <message>
        <source>A header is &apos;Name: value&apos;, not &apos;%1&apos;.</source>
        <translation>हेडर &apos;Name: value&apos; के रूप में होता है, &apos;%1&apos; नहीं।</translation>
    </message>
    <message>
        <source>%1 sends no extra headers now.</source>
        <translation>%1 अब कोई अतिरिक्त हेडर नहीं भेजता।</translation>
    </message>
    <message numerus="yes">
        <source>%1 now sends %n extra header(s).</source>
        <translation>
            <numerusform>%1 अब %n अतिरिक्त हेडर भेजता है।</numerusform>
            <numerusform>%1 अब %n अतिरिक्त हेडर भेजता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;providers&apos; needs list, add, remove, set-url, set-streams or set-headers.</source>
        <translation>&apos;providers&apos; को list, add, remove, set-url, set-streams या set-headers चाहिए।</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, add, remove, set-url, set-streams or set-headers.</source>
        <translation>अज्ञात क्रिया &apos;%1&apos;: list, add, remove, set-url, set-streams या set-headers का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>Confer::Cli::StoreCommands</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id (see &apos;confer history list&apos;).</source>
        <translation>&apos;%1&apos; बातचीत की id नहीं है (&apos;confer history list&apos; देखें)।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit को एक धनात्मक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;history list&apos;.</source>
        <translation>&apos;history list&apos; के लिए अज्ञात आर्ग्युमेंट &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>अभी तक कोई बातचीत नहीं।</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD.</source>
        <translation>%1 को YYYY-MM-DD रूप में एक तारीख चाहिए।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for &apos;history search&apos;.</source>
        <translation>&apos;history search&apos; के लिए अज्ञात विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;history search&apos; needs something to search for.</source>
        <translation>&apos;history search&apos; को खोजने के लिए कुछ चाहिए।</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Usage: confer history rename ID TITLE</source>
        <translation>उपयोग: confer history rename ID TITLE</translation>
    </message>
    <message>
        <source>Usage: confer history %1 ID</source>
        <translation>उपयोग: confer history %1 ID</translation>
    </message>
    <message>
        <source>Renamed conversation %1 to &quot;%2&quot;.</source>
        <translation>बातचीत %1 का नाम बदलकर &quot;%2&quot; कर दिया गया।</translation>
    </message>
    <message>
        <source>Moved conversation %1 to the trash; it is deleted for good after 30 days.</source>
        <translation>बातचीत %1 को रद्दी में भेज दिया गया; 30 दिनों के बाद यह हमेशा के लिए मिटा दी जाएगी।</translation>
    </message>
    <message>
        <source>&apos;history&apos; needs a subcommand: list, search, show, rename, delete or empty-trash.</source>
        <translation>&apos;history&apos; को एक उप-कमांड चाहिए: list, search, show, rename, delete या empty-trash।</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;history %1&apos;.</source>
        <translation>अज्ञात उप-कमांड &apos;history %1&apos;।</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;export&apos;.</source>
        <translation>&apos;export&apos; के लिए अज्ञात आर्ग्युमेंट &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs a conversation id or --all.</source>
        <translation>&apos;export&apos; को बातचीत की id या --all चाहिए।</translation>
    </message>
    <message>
        <source>&apos;export --all&apos; writes JSON only.</source>
        <translation>&apos;export --all&apos; केवल JSON लिखता है।</translation>
    </message>
    <message>
        <source>&apos;export --all&apos; needs -o FILE.json.</source>
        <translation>&apos;export --all&apos; को -o FILE.json चाहिए।</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, html, json or pdf.</source>
        <translation>अज्ञात फ़ॉर्मैट &apos;%1&apos;: md, html, json या pdf का उपयोग करें।</translation>
    </message>
    <message>
        <source>--from takes auto, confer, chatgpt or claude.</source>
        <translation>--from auto, confer, chatgpt या claude लेता है।</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos; for &apos;import&apos;.</source>
        <translation>&apos;import&apos; के लिए अज्ञात आर्ग्युमेंट &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs a FILE.</source>
        <translation>&apos;import&apos; को एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>; %1 already present</source>
        <translation>; %1 पहले से मौजूद</translation>
    </message>
    <message>
        <source>list|search|show|rename|delete|empty-trash …</source>
        <translation>list|search|show|rename|delete|empty-trash …</translation>
    </message>
    <message>
        <source>List, search, show, rename or delete saved conversations; empty the trash.</source>
        <translation>सहेजी गई बातचीत सूचीबद्ध करें, खोजें, दिखाएँ, उनका नाम बदलें या उन्हें मिटाएँ; रद्दी खाली करें।</translation>
    </message>
    <message>
        <source>ID|--all [--format md|html|json|pdf] [--no-reasoning] [--no-metrics] [-o FILE]</source>
        <translation>ID|--all [--format md|html|json|pdf] [--no-reasoning] [--no-metrics] [-o FILE]</translation>
    </message>
    <message>
        <source>Export a conversation, or the whole history as JSON.</source>
        <translation>एक बातचीत निर्यात करें, या पूरा इतिहास JSON के रूप में।</translation>
    </message>
    <message>
        <source>FILE [--from auto|confer|chatgpt|claude]</source>
        <translation>FILE [--from auto|confer|chatgpt|claude]</translation>
    </message>
    <message>
        <source>Import conversations from Confer, ChatGPT or Claude export files.</source>
        <translation>Confer, ChatGPT या Claude की निर्यात फ़ाइलों से बातचीत आयात करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n संदेश</numerusform>
            <numerusform>%n संदेश</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s) from the trash.</source>
        <translation>
            <numerusform>रद्दी से %n बातचीत मिटाई गई।</numerusform>
            <numerusform>रद्दी से %n बातचीत मिटाई गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n बातचीत %1 में निर्यात की गई।</numerusform>
            <numerusform>%n बातचीत %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%1 से %n बातचीत आयात की गई</numerusform>
            <numerusform>%1 से %n बातचीत आयात की गईं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Compare</name>
    <message>
        <source>Agreement is the share of wording the replies have in common; it does not judge correctness.</source>
        <translation>सहमति यह बताती है कि उत्तरों के शब्दों का कितना हिस्सा एक जैसा है; यह सही या गलत होने का निर्णय नहीं करती।</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>सबसे तेज़ पहला टोकन</translation>
    </message>
    <message>
        <source>Fastest overall</source>
        <translation>कुल मिलाकर सबसे तेज़</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>सबसे सस्ता</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>सबसे लंबा</translation>
    </message>
    <message>
        <source>correctness</source>
        <translation>सटीकता</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>पूर्णता</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>स्पष्टता</translation>
    </message>
    <message>
        <source>concision</source>
        <translation>संक्षिप्तता</translation>
    </message>
    <message>
        <source>There is no prompt %1 in this conversation.</source>
        <translation>इस बातचीत में प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>A synthesis needs at least two finished replies to this prompt.</source>
        <translation>संश्लेषण के लिए इस प्रॉम्प्ट के कम से कम दो पूरे उत्तर चाहिए।</translation>
    </message>
    <message>
        <source>A judgement needs at least two finished replies to this prompt.</source>
        <translation>निर्णय के लिए इस प्रॉम्प्ट के कम से कम दो पूरे उत्तर चाहिए।</translation>
    </message>
</context>
<context>
    <name>Confer::CompareView</name>
    <message>
        <source>Change the Model of %1</source>
        <translation>%1 का मॉडल बदलें</translation>
    </message>
    <message>
        <source>Nothing can be sent: the conversation is not open.</source>
        <translation>कुछ भी भेजा नहीं जा सकता: बातचीत खुली नहीं है।</translation>
    </message>
    <message>
        <source>Every model is switched off: tick at least one pane&apos;s box to send to it.</source>
        <translation>हर मॉडल बंद है: भेजने के लिए कम से कम एक पैन का बॉक्स चुनें।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Keep Which Reply?</source>
        <translation>कौन-सा उत्तर रखें?</translation>
    </message>
    <message>
        <source>Every model continues from the reply you keep. Which reply to the last prompt should they continue from?</source>
        <translation>हर मॉडल उसी उत्तर से आगे बढ़ता है जिसे आप रखते हैं। उन्हें अंतिम प्रॉम्प्ट के किस उत्तर से आगे बढ़ना चाहिए?</translation>
    </message>
    <message>
        <source>Could not keep the reply: %1</source>
        <translation>उत्तर रखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not record the vote: %1</source>
        <translation>वोट दर्ज नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Add a Lane</source>
        <translation>लेन जोड़ें</translation>
    </message>
    <message>
        <source>Could not add the model: %1</source>
        <translation>मॉडल जोड़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not change the model: %1</source>
        <translation>मॉडल बदला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not move the model: %1</source>
        <translation>मॉडल खिसकाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not remove the model: %1</source>
        <translation>मॉडल हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not continue with this model: %1</source>
        <translation>इस मॉडल के साथ आगे नहीं बढ़ा जा सका: %1</translation>
    </message>
    <message>
        <source>Independent context</source>
        <translation>स्वतंत्र संदर्भ</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>साझा संदर्भ</translation>
    </message>
    <message>
        <source>Context mode for the turns to come</source>
        <translation>आगे की बारियों के लिए संदर्भ मोड</translation>
    </message>
    <message>
        <source>Changes what the models see from the next turn on; earlier answers stay as they are</source>
        <translation>अगली बारी से मॉडल जो देखते हैं उसे बदलता है; पिछले उत्तर जैसे हैं वैसे ही रहते हैं</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>ब्लाइंड</translation>
    </message>
    <message>
        <source>Blind mode</source>
        <translation>ब्लाइंड मोड</translation>
    </message>
    <message>
        <source>Hide the model names behind A, B, C… until you keep or vote for a reply</source>
        <translation>जब तक आप कोई उत्तर रखें या उसे वोट न दें, तब तक मॉडल के नाम A, B, C… के पीछे छिपाएँ</translation>
    </message>
    <message>
        <source>Reveal Names</source>
        <translation>नाम दिखाएँ</translation>
    </message>
    <message>
        <source>Reveal the model names</source>
        <translation>मॉडल के नाम उजागर करें</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>लेआउट(&amp;L):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Layout of the panes</source>
        <translation>पैन का लेआउट</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>साथ में स्क्रॉल</translation>
    </message>
    <message>
        <source>Scroll all panes together</source>
        <translation>सभी पैन एक साथ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Add Lane…</source>
        <translation>लेन जोड़ें…</translation>
    </message>
    <message>
        <source>Add a model to the comparison</source>
        <translation>तुलना में एक मॉडल जोड़ें</translation>
    </message>
    <message>
        <source>Add a model as a new lane; the same model may be added twice with other parameters</source>
        <translation>एक मॉडल को नई लेन के रूप में जोड़ें; एक ही मॉडल को अलग पैरामीटर के साथ दो बार जोड़ा जा सकता है</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>विफल दोबारा</translation>
    </message>
    <message>
        <source>Retry the failed answers</source>
        <translation>विफल उत्तरों का फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Ask again every model whose answer to the last prompt failed</source>
        <translation>हर उस मॉडल से फिर पूछें जिसका अंतिम प्रॉम्प्ट का उत्तर विफल रहा</translation>
    </message>
    <message>
        <source>Every model sees the reply you keep.</source>
        <translation>हर मॉडल वह उत्तर देखता है जिसे आप रखते हैं।</translation>
    </message>
    <message>
        <source>Each model sees only its own replies.</source>
        <translation>हर मॉडल केवल अपने उत्तर देखता है।</translation>
    </message>
    <message>
        <source>Shared context: after each prompt you keep one reply, and every model continues from it.</source>
        <translation>साझा संदर्भ: हर प्रॉम्प्ट के बाद आप एक उत्तर रखते हैं, और हर मॉडल उसी से आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>Independent context: each model continues from its own earlier replies.</source>
        <translation>स्वतंत्र संदर्भ: हर मॉडल अपने पिछले उत्तरों से आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>your vote</source>
        <translation>आपका वोट</translation>
    </message>
</context>
<context>
    <name>Confer::Composer</name>
    <message>
        <source>Type a message — Enter sends, Shift+Enter adds a line</source>
        <translation>संदेश लिखें — Enter से भेजें, Shift+Enter से नई पंक्ति</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>उत्तर रोकें</translation>
    </message>
    <message>
        <source>Stop the answer; what arrived so far is kept (Esc)</source>
        <translation>उत्तर रोकें; अब तक जो आया है वह रखा जाता है (Esc)</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>पैरामीटर…</translation>
    </message>
    <message>
        <source>Parameters of this conversation</source>
        <translation>इस बातचीत के पैरामीटर</translation>
    </message>
    <message>
        <source>System prompt, temperature, answer length and reasoning effort</source>
        <translation>सिस्टम प्रॉम्प्ट, तापमान, उत्तर की लंबाई और तर्क का स्तर</translation>
    </message>
    <message>
        <source>Problem sending the message</source>
        <translation>संदेश भेजने में समस्या</translation>
    </message>
    <message>
        <source>Type a message — Ctrl+Enter sends, Enter adds a line</source>
        <translation>संदेश लिखें — Ctrl+Enter से भेजें, Enter से नई पंक्ति</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>मॉडल चुनें</translation>
    </message>
    <message>
        <source>Choose a model in the Models list</source>
        <translation>मॉडल सूची में कोई मॉडल चुनें</translation>
    </message>
    <message>
        <source>The model answering here; click to choose another</source>
        <translation>यहाँ उत्तर देने वाला मॉडल; दूसरा चुनने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 मॉडल</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>मॉडल: %1</translation>
    </message>
    <message>
        <source>≈ %1 tokens (estimate), more than the model&apos;s %2</source>
        <translation>≈ %1 टोकन (अनुमान), मॉडल की सीमा %2 से अधिक</translation>
    </message>
    <message>
        <source>≈ %1 of %2 tokens (estimate)</source>
        <translation>≈ %2 में से %1 टोकन (अनुमान)</translation>
    </message>
    <message>
        <source>≈ %1 tokens (estimate)</source>
        <translation>≈ %1 टोकन (अनुमान)</translation>
    </message>
    <message>
        <source>An estimate of this message&apos;s size, at about four characters per token; the model&apos;s own count differs. The limit is the model&apos;s context length, when known.</source>
        <translation>इस संदेश के आकार का अनुमान, लगभग चार अक्षर प्रति टोकन के हिसाब से; मॉडल की अपनी गिनती अलग होती है। सीमा मॉडल की संदर्भ लंबाई है, यदि ज्ञात हो।</translation>
    </message>
</context>
<context>
    <name>Confer::ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>बिना शीर्षक की बातचीत</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>पिन की गई</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>पुरानी</translation>
    </message>
</context>
<context>
    <name>Confer::ConversationsView</name>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>“%1” रद्दी में भेज दी गई।</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>पिन हटाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>पिन करें(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>संग्रहित करें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>रद्दी में भेजें(&amp;T)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>बातचीत खोजें</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Confer::DefaultsPage</name>
    <message>
        <source>for example openai/gpt-4.1, anthropic/claude-sonnet-4</source>
        <translation>उदाहरण के लिए openai/gpt-4.1, anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>कोई सिस्टम प्रॉम्प्ट नहीं</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>सेट करें</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>प्रदाता का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>New conversations start with these settings.</source>
        <translation>नई बातचीत इन सेटिंग्स के साथ शुरू होती है।</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>मॉडल(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>सिस्टम प्रॉम्प्ट(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>तापमान(&amp;T):</translation>
    </message>
    <message>
        <source>Maximum &amp;output tokens:</source>
        <translation>अधिकतम आउटपुट टोकन(&amp;O):</translation>
    </message>
    <message>
        <source>In shared comparisons, &amp;keep the first finished reply instead of asking</source>
        <translation>साझा तुलनाओं में पूछने के बजाय पहला पूरा उत्तर रखें(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Confer::DerivedReplyDialog</name>
    <message>
        <source>Choose the model that writes it.</source>
        <translation>वह मॉडल चुनें जो इसे लिखेगा।</translation>
    </message>
    <message>
        <source>new criterion</source>
        <translation>नया मानदंड</translation>
    </message>
    <message>
        <source>Synthesize the replies</source>
        <translation>उत्तरों का संश्लेषण करें</translation>
    </message>
    <message>
        <source>Judge the replies</source>
        <translation>उत्तरों का निर्णय करें</translation>
    </message>
    <message>
        <source>A model of your choice merges the finished replies to this prompt into one answer, saved as a reply of its own.</source>
        <translation>आपकी पसंद का एक मॉडल इस प्रॉम्प्ट के पूरे उत्तरों को मिलाकर एक उत्तर बनाता है, जो अपने आप में एक अलग उत्तर के रूप में सहेजा जाता है।</translation>
    </message>
    <message>
        <source>A model of your choice scores each finished reply to this prompt from 1 to 10 on every criterion, with a short table and a verdict, saved as a reply of its own. In a blind comparison it sees the letters only.</source>
        <translation>आपकी पसंद का एक मॉडल इस प्रॉम्प्ट के हर पूरे उत्तर को हर मानदंड पर 1 से 10 तक अंक देता है, एक छोटी तालिका और एक फ़ैसले के साथ, जो एक अलग उत्तर के रूप में सहेजा जाता है। ब्लाइंड तुलना में वह केवल अक्षर देखता है।</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>मॉडल(&amp;M):</translation>
    </message>
    <message>
        <source>Model that writes it</source>
        <translation>मॉडल जो इसे लिखेगा</translation>
    </message>
    <message>
        <source>provider/model</source>
        <translation>प्रदाता/मॉडल</translation>
    </message>
    <message>
        <source>Any model from the catalog, or type one as provider/model</source>
        <translation>कैटलॉग का कोई भी मॉडल, या प्रदाता/मॉडल के रूप में एक टाइप करें</translation>
    </message>
    <message>
        <source>&amp;Synthesize</source>
        <translation>संश्लेषण करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>निर्णय करें(&amp;J)</translation>
    </message>
    <message>
        <source>Start the synthesis</source>
        <translation>संश्लेषण शुरू करें</translation>
    </message>
    <message>
        <source>Start the judgement</source>
        <translation>निर्णय शुरू करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>&amp;Criteria (double-click one to change it):</source>
        <translation>मानदंड (बदलने के लिए डबल-क्लिक करें)(&amp;C):</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>एक मानदंड जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>चुना गया मानदंड हटाएँ</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Reset the criteria to the defaults</source>
        <translation>मानदंडों को डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
</context>
<context>
    <name>Confer::DerivedReplyRunner</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>%1 needs an API key: add one in Settings › Providers.</source>
        <translation>%1 को API कुंजी चाहिए: सेटिंग्स › प्रदाता में एक जोड़ें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model name of the form provider/model.</source>
        <translation>&apos;%1&apos; प्रदाता/मॉडल रूप का मॉडल नाम नहीं है।</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not save the answer (it is kept in memory and saving is retried): %1</source>
        <translation>उत्तर सहेजा नहीं जा सका (यह मेमोरी में रखा गया है और सहेजने का फिर से प्रयास किया जाएगा): %1</translation>
    </message>
    <message>
        <source>There is no synthesis or judgement %1.</source>
        <translation>संश्लेषण या निर्णय %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This synthesis is still being written: stop it or wait for it.</source>
        <translation>यह संश्लेषण अभी लिखा जा रहा है: उसे रोकें या उसकी प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>This judgement is still being written: stop it or wait for it.</source>
        <translation>यह निर्णय अभी लिखा जा रहा है: उसे रोकें या उसकी प्रतीक्षा करें।</translation>
    </message>
</context>
<context>
    <name>Confer::Desktop</name>
    <message>
        <source>Confer cannot start</source>
        <translation>Confer शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>Confer could not prepare its profile.

%1</source>
        <translation>Confer अपनी प्रोफ़ाइल तैयार नहीं कर सका।

%1</translation>
    </message>
</context>
<context>
    <name>Confer::DiffDialog</name>
    <message>
        <source>Only in %1</source>
        <translation>केवल %1 में</translation>
    </message>
    <message>
        <source>Legend: struck out on red, only in %1; on green, only in %2</source>
        <translation>संकेत: लाल पर काटे गए, केवल %1 में; हरे पर, केवल %2 में</translation>
    </message>
    <message>
        <source>This prompt has fewer than two finished replies to compare.</source>
        <translation>इस प्रॉम्प्ट के तुलना के लिए दो से कम पूरे उत्तर हैं।</translation>
    </message>
    <message>
        <source>Words only in %1: %2</source>
        <translation>केवल %1 में शब्द: %2</translation>
    </message>
    <message>
        <source>Words in both: %1</source>
        <translation>दोनों में शब्द: %1</translation>
    </message>
    <message>
        <source>%1, with the words only it has struck out</source>
        <translation>%1, केवल इसमें मौजूद शब्द काटे गए</translation>
    </message>
    <message>
        <source>%1, with the words only it has marked</source>
        <translation>%1, केवल इसमें मौजूद शब्द चिह्नित</translation>
    </message>
    <message>
        <source>Compare two replies</source>
        <translation>दो उत्तरों की तुलना करें</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>तुलना करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>के साथ(&amp;W)</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>पहला उत्तर</translation>
    </message>
    <message>
        <source>Second reply</source>
        <translation>दूसरा उत्तर</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>साथ-साथ(&amp;S)</translation>
    </message>
    <message>
        <source>Show the replies side by side</source>
        <translation>उत्तरों को साथ-साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Differences, inline</source>
        <translation>अंतर, पाठ के भीतर</translation>
    </message>
    <message>
        <source>Word counts</source>
        <translation>शब्द गणना</translation>
    </message>
</context>
<context>
    <name>Confer::KeychainStore</name>
    <message>
        <source>The system keychain did not answer in time (it may be waiting for a password prompt).</source>
        <translation>सिस्टम कीचेन ने समय पर उत्तर नहीं दिया (हो सकता है वह पासवर्ड पूछे जाने की प्रतीक्षा कर रहा हो)।</translation>
    </message>
</context>
<context>
    <name>Confer::LanePane</name>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>high</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>स्ट्रीम हो रहा है</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>State: failed</source>
        <translation>स्थिति: विफल</translation>
    </message>
    <message>
        <source>State: failed: %1</source>
        <translation>स्थिति: विफल: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Model %1; its name is hidden until you keep or vote</source>
        <translation>मॉडल %1; जब तक आप कोई उत्तर रखें या वोट न दें, इसका नाम छिपा रहेगा</translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation>%1 के उत्तर</translation>
    </message>
    <message>
        <source>Send the next prompt to %1</source>
        <translation>अगला प्रॉम्प्ट %1 को भेजें</translation>
    </message>
    <message>
        <source>temp %1</source>
        <translation>तापमान %1</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>अधिकतम %1 टोकन</translation>
    </message>
    <message>
        <source>reasoning %1</source>
        <translation>तर्क %1</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>default parameters</source>
        <translation>डिफ़ॉल्ट पैरामीटर</translation>
    </message>
    <message>
        <source>System prompt:
%1</source>
        <translation>सिस्टम प्रॉम्प्ट:
%1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>पैरामीटर: %1</translation>
    </message>
    <message>
        <source>Send the next prompt to this model</source>
        <translation>अगला प्रॉम्प्ट इस मॉडल को भेजें</translation>
    </message>
    <message>
        <source>Stop this answer; what arrived so far is kept</source>
        <translation>यह उत्तर रोकें; अब तक जो आया है वह रखा जाता है</translation>
    </message>
    <message>
        <source>Stop this answer</source>
        <translation>यह उत्तर रोकें</translation>
    </message>
    <message>
        <source>Ask this model again</source>
        <translation>इस मॉडल से फिर पूछें</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>इस उत्तर का फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>More actions for this model</source>
        <translation>इस मॉडल के लिए और क्रियाएँ</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>लेन क्रियाएँ</translation>
    </message>
    <message>
        <source>Change &amp;Model…</source>
        <translation>मॉडल बदलें(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Parameters…</source>
        <translation>पैरामीटर(&amp;P)…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>बाएँ ले जाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>दाएँ ले जाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue with This One</source>
        <translation>इसी के साथ आगे बढ़ें(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move Lane</source>
        <translation>लेन हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Drag onto another pane to reorder</source>
        <translation>क्रम बदलने के लिए दूसरे पैन पर खींचें</translation>
    </message>
</context>
<context>
    <name>Confer::LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>The window changes language at once.</source>
        <translation>विंडो की भाषा तुरंत बदल जाती है।</translation>
    </message>
</context>
<context>
    <name>Confer::LeaderboardModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Every model starts at 1000; a win over a higher-rated model gains more than one over a lower-rated one.</source>
        <translation>हर मॉडल 1000 से शुरू होता है; ऊँची रेटिंग वाले मॉडल पर जीत से नीची रेटिंग वाले मॉडल पर जीत की तुलना में अधिक अंक मिलते हैं।</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>रैंक</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>जीत</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>हार</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>मुकाबले</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>जीत दर</translation>
    </message>
</context>
<context>
    <name>Confer::LeaderboardWindow</name>
    <message>
        <source>Turn on Blind mode in a comparison and vote for the best reply: the models stay hidden as A,&#xa0;B,&#xa0;C… until you vote, and each blind vote ranks them here.</source>
        <translation>किसी तुलना में ब्लाइंड मोड चालू करें और सबसे अच्छे उत्तर को वोट दें: वोट देने तक मॉडल A,&#xa0;B,&#xa0;C… के रूप में छिपे रहते हैं, और हर ब्लाइंड वोट उन्हें यहाँ रैंक करता है।</translation>
    </message>
    <message>
        <source>The votes could not be read: %1</source>
        <translation>वोट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>No blind votes yet.</source>
        <translation>अभी कोई ब्लाइंड वोट नहीं।</translation>
    </message>
    <message>
        <source>No blind votes in conversations tagged “%1”.</source>
        <translation>“%1” टैग वाली बातचीतों में कोई ब्लाइंड वोट नहीं।</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>लीडरबोर्ड</translation>
    </message>
    <message>
        <source>Blind votes: %1 · Models: %2</source>
        <translation>ब्लाइंड वोट: %1 · मॉडल: %2</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>टैग(&amp;T):</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>सभी टैग</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>केवल इस टैग वाली बातचीतें गिनें</translation>
    </message>
    <message>
        <source>Models ranked by Elo rating</source>
        <translation>Elo रेटिंग के अनुसार क्रमबद्ध मॉडल</translation>
    </message>
    <message>
        <source>Only votes cast while the model names were hidden count. Each one is a win for the chosen reply over every other finished reply of its turn. Ratings start at 1000 and change more for surprising results (Elo, K&#xa0;=&#xa0;32).</source>
        <translation>केवल वे वोट गिने जाते हैं जो मॉडल के नाम छिपे रहते हुए दिए गए। हर वोट चुने गए उत्तर की उसकी बारी के हर दूसरे पूरे उत्तर पर जीत है। रेटिंग 1000 से शुरू होती है और अप्रत्याशित नतीजों पर अधिक बदलती है (Elo, K&#xa0;=&#xa0;32)।</translation>
    </message>
</context>
<context>
    <name>Confer::MainWindow</name>
    <message>
        <source>Confer</source>
        <translation>Confer</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>अभी तक कोई बातचीत नहीं।</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>No models available.</source>
        <translation>कोई मॉडल उपलब्ध नहीं।</translation>
    </message>
    <message>
        <source>Choose a model to start a conversation</source>
        <translation>बातचीत शुरू करने के लिए एक मॉडल चुनें</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>नई बातचीत(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>साइडबार दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>पूर्ण स्क्रीन(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>सेटिंग्स(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Color Scheme</source>
        <translation>रंग योजना(&amp;C)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>सिस्टम के अनुसार(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्की(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरी(&amp;D)</translation>
    </message>
    <message>
        <source>Con&amp;figure Confer…</source>
        <translation>Confer कॉन्फ़िगर करें(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Confer</source>
        <translation>Confer के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>बातचीत खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>मॉडल चुनें(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>The conversation history is unavailable, so nothing can be sent.</source>
        <translation>बातचीत का इतिहास उपलब्ध नहीं है, इसलिए कुछ भी भेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>लीडरबोर्ड(&amp;L)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Change Which Model?</source>
        <translation>कौन-सा मॉडल बदलें?</translation>
    </message>
    <message>
        <source>Which lane should answer with %1 from the next prompt on?</source>
        <translation>अगले प्रॉम्प्ट से कौन-सी लेन %1 के साथ उत्तर दे?</translation>
    </message>
</context>
<context>
    <name>Confer::MarkdownRenderer</name>
    <message>
        <source>Image: %1</source>
        <translation>चित्र: %1</translation>
    </message>
</context>
<context>
    <name>Confer::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>नवीनतम पर जाएँ</translation>
    </message>
    <message>
        <source>Previous Version</source>
        <translation>पिछला संस्करण</translation>
    </message>
    <message>
        <source>Next Version</source>
        <translation>अगला संस्करण</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>अनुरोध विफल रहा।</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown कॉपी करें</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>queued, waiting for a free slot…</source>
        <translation>कतार में, खाली स्लॉट की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>waiting for the first words…</source>
        <translation>पहले शब्दों की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>लिख रहा है…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Reasoning…</source>
        <translation>तर्क…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>मिटाएँ…</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>संदेश कॉपी करें</translation>
    </message>
    <message>
        <source>Your prompt: %1</source>
        <translation>आपका प्रॉम्प्ट: %1</translation>
    </message>
    <message>
        <source>Reply from %1, being written: %2</source>
        <translation>%1 का उत्तर, लिखा जा रहा है: %2</translation>
    </message>
    <message>
        <source>Failed reply from %1 (Enter retries): %2</source>
        <translation>%1 का विफल उत्तर (Enter से फिर प्रयास): %2</translation>
    </message>
    <message>
        <source>Unfinished reply from %1: %2</source>
        <translation>%1 का अधूरा उत्तर: %2</translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation>%1 का उत्तर: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>इसे रखें</translation>
    </message>
    <message>
        <source>Vote for this</source>
        <translation>इसे वोट दें</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>रखा गया</translation>
    </message>
</context>
<context>
    <name>Confer::ModelCatalog</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>No API key for %1. Set %2.</source>
        <translation>%1 के लिए कोई API कुंजी नहीं है। %2 सेट करें।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>%1 is not running on %2:%3.</source>
        <translation>%1, %2:%3 पर नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 तक पहुँचा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 sent a model list Confer could not read: %2</source>
        <translation>%1 ने मॉडलों की ऐसी सूची भेजी जिसे Confer पढ़ नहीं सका: %2</translation>
    </message>
</context>
<context>
    <name>Confer::ModelDelegate</name>
    <message>
        <source>Add key…</source>
        <translation>कुंजी जोड़ें…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%2 में से %1 मॉडल</translation>
    </message>
</context>
<context>
    <name>Confer::ModelListModel</name>
    <message>
        <source>%1M context</source>
        <translation>%1M संदर्भ</translation>
    </message>
    <message>
        <source>%1K context</source>
        <translation>%1K संदर्भ</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>%1 संदर्भ</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>स्थानीय सर्वर</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>कोई API कुंजी नहीं</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>मॉडल लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>No models listed</source>
        <translation>कोई मॉडल सूचीबद्ध नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), running</source>
        <translation>
            <numerusform>%n मॉडल, चल रहा है</numerusform>
            <numerusform>%n मॉडल, चल रहा है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n मॉडल</numerusform>
            <numerusform>%n मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Showing the list from %2.</source>
        <translation>%1 %2 की सूची दिखाई जा रही है।</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>दृष्टि</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>टूल</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>पसंदीदा</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>हाल में उपयोग किए गए</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>%1 समर्थित</translation>
    </message>
    <message>
        <source>Input %1, output %2 per million tokens</source>
        <translation>इनपुट %1, आउटपुट %2 प्रति 10 लाख टोकन</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>पसंदीदा</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>कोई API कुंजी नहीं</translation>
    </message>
    <message>
        <source>free</source>
        <translation>निःशुल्क</translation>
    </message>
    <message>
        <source>%1 / %2 per M</source>
        <translation>%1 / %2 प्रति 10 लाख</translation>
    </message>
    <message>
        <source>local</source>
        <translation>स्थानीय</translation>
    </message>
</context>
<context>
    <name>Confer::ModelPicker</name>
    <message>
        <source>&amp;Use This Model</source>
        <translation>यह मॉडल उपयोग करें(&amp;U)</translation>
    </message>
    <message>
        <source>Remove from &amp;Favourites</source>
        <translation>पसंदीदा से हटाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>पसंदीदा में जोड़ें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Models</source>
        <translation>चुने गए मॉडलों की तुलना करें(&amp;C)</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>केवल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) selected</source>
        <translation>
            <numerusform>%n मॉडल चुना गया</numerusform>
            <numerusform>%n मॉडल चुने गए</numerusform>
        </translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>कोई मॉडल इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No model matches “%1”.</source>
        <translation>कोई मॉडल “%1” से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Search models (Ctrl+K)</source>
        <translation>मॉडल खोजें (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>मॉडल खोजें</translation>
    </message>
    <message>
        <source>Show only some models</source>
        <translation>केवल कुछ मॉडल दिखाएँ</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>मॉडल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Ask every provider for its models again</source>
        <translation>हर प्रदाता से उसके मॉडल फिर से पूछें</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>मॉडल रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Clear model filters</source>
        <translation>मॉडल फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <source>Compare the selected models</source>
        <translation>चुने गए मॉडलों की तुलना करें</translation>
    </message>
    <message>
        <source>&amp;Vision (image input)</source>
        <translation>दृष्टि (चित्र इनपुट)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>तर्क(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>टूल(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Free</source>
        <translation>निःशुल्क(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Local servers only</source>
        <translation>केवल स्थानीय सर्वर(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cloud only</source>
        <translation>केवल क्लाउड(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Confer::NdjsonReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its stream.</source>
        <translation>
            <numerusform>सर्वर ने अपनी स्ट्रीम में %n बाइट से लंबी एक पंक्ति भेजी।</numerusform>
            <numerusform>सर्वर ने अपनी स्ट्रीम में %n बाइट से लंबी एक पंक्ति भेजी।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::NetworkPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>सिस्टम की प्रॉक्सी सेटिंग्स का उपयोग करें</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>कोई प्रॉक्सी नहीं</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP प्रॉक्सी</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 प्रॉक्सी</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Enter to save in the system keychain</source>
        <translation>सिस्टम कीचेन में सहेजने के लिए Enter दबाएँ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>A request is given up when no data arrives for this long.</source>
        <translation>जब इतनी देर तक कोई डेटा नहीं आता, तो अनुरोध छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>प्रॉक्सी(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>होस्ट(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>निष्क्रियता टाइमआउट(&amp;I):</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>सिस्टम कीचेन में सहेजा गया।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>Confer::ParametersPopover</name>
    <message>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <source>Model whose parameters are shown</source>
        <translation>वह मॉडल जिसके पैरामीटर दिखाए गए हैं</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>सिस्टम प्रॉम्प्ट:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>The conversation&apos;s: %1</source>
        <translation>बातचीत का: %1</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>तापमान:</translation>
    </message>
    <message>
        <source>Unchecked: the model&apos;s default temperature</source>
        <translation>अचयनित: मॉडल का डिफ़ॉल्ट तापमान</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Maximum answer length:</source>
        <translation>अधिकतम उत्तर लंबाई:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>मॉडल का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>टोकन में अधिकतम उत्तर लंबाई</translation>
    </message>
    <message>
        <source>Reasoning effort:</source>
        <translation>तर्क का स्तर:</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>तर्क का स्तर</translation>
    </message>
    <message>
        <source>Used by models that reason before answering; others ignore it</source>
        <translation>उत्तर देने से पहले तर्क करने वाले मॉडल इसका उपयोग करते हैं; बाकी इसे अनदेखा करते हैं</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>This conversation has no model.</source>
        <translation>इस बातचीत में कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>Could not save the parameters: %1</source>
        <translation>पैरामीटर सहेजे नहीं जा सके: %1</translation>
    </message>
</context>
<context>
    <name>Confer::Profile</name>
    <message>
        <source>%1 exists but is not a directory.</source>
        <translation>%1 मौजूद है, लेकिन यह डायरेक्टरी नहीं है।</translation>
    </message>
    <message>
        <source>Could not create the directory %1.</source>
        <translation>डायरेक्टरी %1 बनाई नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>Confer::PromptEditor</name>
    <message>
        <source>Edited prompt</source>
        <translation>संपादित प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Send as New Branch</source>
        <translation>नई शाखा के रूप में भेजें</translation>
    </message>
    <message>
        <source>Send the edited prompt (Ctrl+Enter); the original stays as another branch</source>
        <translation>संपादित प्रॉम्प्ट भेजें (Ctrl+Enter); मूल प्रॉम्प्ट एक अलग शाखा के रूप में बना रहता है</translation>
    </message>
</context>
<context>
    <name>Confer::ProtocolAdapter</name>
    <message>
        <source>the model list has no &quot;%1&quot; array</source>
        <translation>मॉडल सूची में कोई &quot;%1&quot; ऐरे नहीं है</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>अमान्य JSON (बाइट %2 पर %1)</translation>
    </message>
    <message>
        <source>a JSON value that is not an object</source>
        <translation>एक JSON मान जो ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>उत्तर पूरा होने से पहले कनेक्शन बंद हो गया।</translation>
    </message>
    <message>
        <source>The provider reported an error during the answer.</source>
        <translation>प्रदाता ने उत्तर के दौरान एक त्रुटि की सूचना दी।</translation>
    </message>
    <message>
        <source>The server sent an event that could not be read: %1.</source>
        <translation>सर्वर ने एक ऐसा इवेंट भेजा जिसे पढ़ा नहीं जा सका: %1।</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>मॉडल सूची में कोई &quot;data&quot; ऐरे नहीं है</translation>
    </message>
    <message>
        <source>The server sent a line that could not be read: %1.</source>
        <translation>सर्वर ने एक ऐसी पंक्ति भेजी जिसे पढ़ा नहीं जा सका: %1।</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>प्रदाता ने एक त्रुटि के साथ उत्तर रोक दिया।</translation>
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
        <translation>&apos;%1&apos; कोई http:// या https:// URL नहीं है।</translation>
    </message>
    <message>
        <source>A base URL takes no user name, password, query or fragment: &apos;%1&apos;.</source>
        <translation>बेस URL में उपयोगकर्ता नाम, पासवर्ड, क्वेरी या फ़्रैगमेंट नहीं हो सकता: &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid provider name: use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; मान्य प्रदाता नाम नहीं है: छोटे अंग्रेज़ी अक्षर, अंक, &apos;.&apos;, &apos;_&apos; और &apos;-&apos; का उपयोग करें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in provider; use &apos;confer providers set-url&apos; to change its URL.</source>
        <translation>&apos;%1&apos; एक अंतर्निहित प्रदाता है; इसका URL बदलने के लिए &apos;confer providers set-url&apos; का उपयोग करें।</translation>
    </message>
    <message>
        <source>A provider named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; नाम का प्रदाता पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 लिखा नहीं जा सका।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in provider and cannot be removed.</source>
        <translation>&apos;%1&apos; एक अंतर्निहित प्रदाता है और इसे हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>There is no custom provider named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; नाम का कोई कस्टम प्रदाता नहीं है।</translation>
    </message>
    <message>
        <source>There is no provider named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; नाम का कोई प्रदाता नहीं है।</translation>
    </message>
    <message>
        <source>A custom provider needs a base URL.</source>
        <translation>कस्टम प्रदाता को एक बेस URL चाहिए।</translation>
    </message>
    <message>
        <source>The number of concurrent streams must be between 1 and 64.</source>
        <translation>एक साथ चलने वाली स्ट्रीम की संख्या 1 और 64 के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a header name.</source>
        <translation>&apos;%1&apos; हेडर नाम नहीं है।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a stored header: keys belong in the keychain or the environment.</source>
        <translation>&apos;%1&apos; सहेजा गया हेडर नहीं हो सकता: कुंजियाँ कीचेन या एनवायरनमेंट में रखी जाती हैं।</translation>
    </message>
</context>
<context>
    <name>Confer::ProviderServices</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;।</translation>
    </message>
</context>
<context>
    <name>Confer::ProvidersPage</name>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Paste a new API key</source>
        <translation>नई API कुंजी चिपकाएँ</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>कुंजी दिखाएँ</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>कुंजी छिपाएँ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>कीचेन में सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>कुंजी हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>कुंजी कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the stored key; the clipboard is cleared after 30 seconds.</source>
        <translation>सहेजी गई कुंजी कॉपी करता है; 30 सेकंड बाद क्लिपबोर्ड साफ़ कर दिया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>जाँचें(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the provider for its models with the current key.</source>
        <translation>मौजूदा कुंजी से प्रदाता से उसके मॉडल पूछता है।</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>नई कुंजी:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>बेस URL:</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in Confer&apos;s files. A key set in the environment is used when the keychain has none, and is not copied into it.</source>
        <translation>कुंजियाँ सिस्टम कीचेन में रखी जाती हैं, Confer की फ़ाइलों में कभी नहीं। जब कीचेन में कोई कुंजी न हो, तो एनवायरनमेंट में सेट कुंजी का उपयोग होता है, और उसे कीचेन में कॉपी नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Add Custom Provider…</source>
        <translation>कस्टम प्रदाता जोड़ें…</translation>
    </message>
    <message>
        <source>name, such as my-gateway</source>
        <translation>नाम, जैसे my-gateway</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-संगत</translation>
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
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Remove &amp;Provider</source>
        <translation>प्रदाता हटाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>from environment (%1)</source>
        <translation>एनवायरनमेंट से (%1)</translation>
    </message>
    <message>
        <source>no key needed (local server)</source>
        <translation>कुंजी आवश्यक नहीं (स्थानीय सर्वर)</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>कुंजी आवश्यक नहीं</translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation>%1, %2 को सहेजी गई</translation>
    </message>
    <message>
        <source>%1 is added. Save its key below if it needs one.</source>
        <translation>%1 जोड़ा गया। अगर इसे कुंजी चाहिए, तो नीचे उसकी कुंजी सहेजें।</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>प्रदाता हटाएँ</translation>
    </message>
    <message>
        <source>Remove the provider %1 and its API key?</source>
        <translation>प्रदाता %1 और उसकी API कुंजी हटाएँ?</translation>
    </message>
    <message>
        <source>Remove the provider %1?</source>
        <translation>प्रदाता %1 हटाएँ?</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 हटा दिया गया।</translation>
    </message>
    <message>
        <source>%1 is removed, but its key could not be removed: %2</source>
        <translation>%1 हटा दिया गया, लेकिन इसकी कुंजी हटाई नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The base URL of %1 is saved.</source>
        <translation>%1 का बेस URL सहेज दिया गया।</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 से उसके मॉडल पूछे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>जाँच विफल रही: %1</translation>
    </message>
    <message>
        <source>%1 answered, but lists no models.</source>
        <translation>%1 ने उत्तर दिया, लेकिन कोई मॉडल सूचीबद्ध नहीं किया।</translation>
    </message>
    <message>
        <source>%1 answered with these models:</source>
        <translation>%1 ने इन मॉडलों के साथ उत्तर दिया:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The key for %1 is saved in the system keychain.</source>
        <translation>%1 की कुंजी सिस्टम कीचेन में सहेज दी गई है।</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>कुंजी सहेजी नहीं गई: %1</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>कीचेन उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>The key for %1 could not be saved in the system keychain.

%2

Confer never writes keys to a file. You can keep this key for this session only (it is forgotten when Confer quits), or cancel, fix the keychain and save the key again.</source>
        <translation>%1 की कुंजी सिस्टम कीचेन में सहेजी नहीं जा सकी।

%2

Confer कुंजियाँ कभी किसी फ़ाइल में नहीं लिखता। आप इस कुंजी को केवल इस सत्र के लिए रख सकते हैं (Confer बंद होने पर यह भुला दी जाती है), या रद्द करके कीचेन ठीक करें और कुंजी फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation>केवल इस सत्र के लिए रखें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>The key for %1 is kept for this session only.</source>
        <translation>%1 की कुंजी केवल इस सत्र के लिए रखी गई है।</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>कुंजी हटाएँ</translation>
    </message>
    <message>
        <source>Remove the API key for %1?</source>
        <translation>%1 की API कुंजी हटाएँ?</translation>
    </message>
    <message>
        <source>The key for %1 is removed.</source>
        <translation>%1 की कुंजी हटा दी गई है।</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>कुंजी हटाई नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>कुंजी पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The key for %1 is on the clipboard for 30 seconds.</source>
        <translation>%1 की कुंजी 30 सेकंड के लिए क्लिपबोर्ड पर है।</translation>
    </message>
</context>
<context>
    <name>Confer::ScoreboardBar</name>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>लिख रहा है…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Length limit</source>
        <translation>लंबाई की सीमा</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>सामग्री फ़िल्टर</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>टूल कॉल</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>लेन %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>स्कोरबोर्ड</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>लेन</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>टोकन/से</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>बैज</translation>
    </message>
    <message>
        <source>No replies to measure yet.</source>
        <translation>मापने के लिए अभी कोई उत्तर नहीं है।</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>अब तक की लागत</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>पहले टोकन तक का समय</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>टोकन प्रति सेकंड</translation>
    </message>
    <message>
        <source>Output tokens, estimated</source>
        <translation>आउटपुट टोकन, अनुमानित</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>आउटपुट टोकन</translation>
    </message>
    <message>
        <source>Estimated: the provider reported no token count, so Confer counted.</source>
        <translation>अनुमानित: प्रदाता ने टोकन की संख्या नहीं बताई, इसलिए Confer ने खुद गिनती की।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>सहमति %1</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 और %2: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 या अधिक</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>कुल %1</translation>
    </message>
    <message>
        <source>Cost so far: %1</source>
        <translation>अब तक की लागत: %1</translation>
    </message>
    <message>
        <source>(some costs unknown)</source>
        <translation>(कुछ लागतें अज्ञात)</translation>
    </message>
    <message>
        <source>Some replies came without a cost: local models, or providers that do not report one. The sums count only the known costs.</source>
        <translation>कुछ उत्तरों के साथ लागत नहीं आई: स्थानीय मॉडल, या ऐसे प्रदाता जो लागत नहीं बताते। योग में केवल ज्ञात लागतें गिनी जाती हैं।</translation>
    </message>
    <message>
        <source>Measured once two replies have finished.</source>
        <translation>दो उत्तर पूरे होने पर मापा जाता है।</translation>
    </message>
</context>
<context>
    <name>Confer::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>कीचेन में ऐसी कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked and the request to unlock it was declined): %1</source>
        <translation>सिस्टम कीचेन ने पहुँच से इनकार कर दिया (हो सकता है वह लॉक हो और उसे अनलॉक करने का अनुरोध अस्वीकार कर दिया गया हो): %1</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet must be running in the desktop session): %1</source>
        <translation>कोई सिस्टम कीचेन उपलब्ध नहीं है (Linux पर डेस्कटॉप सत्र में GNOME Keyring या KWallet जैसी कोई Secret Service चल रही होनी चाहिए): %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached (on Linux a Secret Service such as GNOME Keyring or KWallet must be running in the desktop session): %1</source>
        <translation>सिस्टम कीचेन तक पहुँचा नहीं जा सका (Linux पर डेस्कटॉप सत्र में GNOME Keyring या KWallet जैसी कोई Secret Service चल रही होनी चाहिए): %1</translation>
    </message>
    <message>
        <source>No such entry.</source>
        <translation>ऐसी कोई प्रविष्टि नहीं।</translation>
    </message>
</context>
<context>
    <name>Confer::SettingsDialog</name>
    <message>
        <source>Configure Confer</source>
        <translation>Confer कॉन्फ़िगर करें</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>Confer::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
</context>
<context>
    <name>Confer::SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>लॉक फ़ाइल %1 नहीं बनाई जा सकी।</translation>
    </message>
    <message>
        <source>Confer is already running with this profile (process %1) but does not answer.</source>
        <translation>Confer इस प्रोफ़ाइल के साथ पहले से चल रहा है (प्रोसेस %1), लेकिन उत्तर नहीं दे रहा।</translation>
    </message>
</context>
<context>
    <name>Confer::SseReader</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>सर्वर ने अपनी इवेंट स्ट्रीम में %n बाइट से लंबी एक पंक्ति भेजी।</numerusform>
            <numerusform>सर्वर ने अपनी इवेंट स्ट्रीम में %n बाइट से लंबी एक पंक्ति भेजी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent an event longer than %n bytes in its event stream.</source>
        <translation>
            <numerusform>सर्वर ने अपनी इवेंट स्ट्रीम में %n बाइट से लंबा एक इवेंट भेजा।</numerusform>
            <numerusform>सर्वर ने अपनी इवेंट स्ट्रीम में %n बाइट से लंबा एक इवेंट भेजा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confer::Store::ComparisonStore</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>बातचीत %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>उत्तर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>A lane&apos;s reply is begun with beginReply.</source>
        <translation>लेन का उत्तर beginReply से शुरू किया जाता है।</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>लेन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lane %1 has no finished reply on the active branch to continue from.</source>
        <translation>लेन %1 में सक्रिय शाखा पर कोई पूरा उत्तर नहीं है जिससे आगे बढ़ा जा सके।</translation>
    </message>
</context>
<context>
    <name>Confer::Store::ConversationStore</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>बातचीत %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Conversation %1 is not in the trash.</source>
        <translation>बातचीत %1 रद्दी में नहीं है।</translation>
    </message>
    <message>
        <source>There is no lane %1.</source>
        <translation>लेन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no prompt %1 with lane %2.</source>
        <translation>लेन %2 वाला प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>उत्तर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>संदेश %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no prompt %1 in conversation %2.</source>
        <translation>बातचीत %2 में प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Prompt %1 is not on the active branch of conversation %2.</source>
        <translation>प्रॉम्प्ट %1 बातचीत %2 की सक्रिय शाखा पर नहीं है।</translation>
    </message>
    <message>
        <source>Message %1 cannot be deleted while a reply is being written.</source>
        <translation>उत्तर लिखे जाते समय संदेश %1 मिटाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>Confer::Store::Database</name>
    <message>
        <source>The disk holding the conversation database is full (%1). Nothing was lost; Confer will retry.</source>
        <translation>बातचीत डेटाबेस वाली डिस्क भर गई है (%1)। कुछ भी नहीं खोया; Confer फिर से प्रयास करेगा।</translation>
    </message>
    <message>
        <source>The conversation database %1 cannot be written (read-only). Nothing was lost.</source>
        <translation>बातचीत डेटाबेस %1 में लिखा नहीं जा सकता (केवल-पठनीय)। कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <source>The conversation database %1 is locked by another program. Confer will retry.</source>
        <translation>बातचीत डेटाबेस %1 को किसी दूसरे प्रोग्राम ने लॉक किया हुआ है। Confer फिर से प्रयास करेगा।</translation>
    </message>
    <message>
        <source>%1 is not a Confer database or is damaged: %2</source>
        <translation>%1 Confer का डेटाबेस नहीं है या क्षतिग्रस्त है: %2</translation>
    </message>
    <message>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>बातचीत डेटाबेस %1 खोला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>डेटाबेस की एक क्रिया विफल रही: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>डायरेक्टरी %1 बनाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Confer (schema %2; this version understands up to %3). It was left untouched; please update Confer.</source>
        <translation>बातचीत डेटाबेस %1 को Confer के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण %3 तक समझता है)। इसे बिना छुए छोड़ दिया गया है; कृपया Confer अपडेट करें।</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only and needs an upgrade that cannot be written.</source>
        <translation>बातचीत डेटाबेस %1 केवल-पठनीय है और उसे ऐसे अपग्रेड की ज़रूरत है जिसे लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot create %1 for a backup before upgrading the database.</source>
        <translation>डेटाबेस अपग्रेड करने से पहले बैकअप के लिए %1 बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>अपग्रेड करने से पहले डेटाबेस का बैकअप नहीं लिया जा सका: %1</translation>
    </message>
    <message>
        <source>Upgrading the conversation database to schema %1 failed: %2</source>
        <translation>बातचीत डेटाबेस को स्कीमा %1 में अपग्रेड करना विफल रहा: %2</translation>
    </message>
</context>
<context>
    <name>Confer::Store::Search</name>
    <message>
        <source>Nothing to search for.</source>
        <translation>खोजने के लिए कुछ नहीं है।</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::HtmlExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>बिना शीर्षक की बातचीत</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट की गई</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>shared (every model continues from the kept reply)</source>
        <translation>साझा (हर मॉडल रखे गए उत्तर से आगे बढ़ता है)</translation>
    </message>
    <message>
        <source>independent (each model keeps its own history)</source>
        <translation>स्वतंत्र (हर मॉडल अपना इतिहास अलग रखता है)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>बारी %1</translation>
    </message>
    <message>
        <source>(other branch)</source>
        <translation>(दूसरी शाखा)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(रखा गया)</translation>
    </message>
    <message>
        <source>(alternative)</source>
        <translation>(विकल्प)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>hidden (a blind comparison, not revealed)</source>
        <translation>छिपे हुए (ब्लाइंड तुलना, नाम उजागर नहीं किए गए)</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>ब्लाइंड</translation>
    </message>
    <message>
        <source>names revealed</source>
        <translation>नाम उजागर किए गए</translation>
    </message>
    <message>
        <source>(voted best)</source>
        <translation>(सर्वश्रेष्ठ चुना गया)</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>अब तक की लागत</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::Importer</name>
    <message>
        <source>%1.mapping: missing or not an object</source>
        <translation>%1.mapping: मौजूद नहीं या ऑब्जेक्ट नहीं</translation>
    </message>
    <message>
        <source>%1.id: missing</source>
        <translation>%1.id: मौजूद नहीं</translation>
    </message>
    <message>
        <source>%1.mapping: the message tree has no root</source>
        <translation>%1.mapping: संदेश ट्री का कोई रूट नहीं है</translation>
    </message>
    <message>
        <source>%1.mapping: the message tree has a cycle</source>
        <translation>%1.mapping: संदेश ट्री में एक चक्र है</translation>
    </message>
    <message>
        <source>%1.mapping.%2.children[%3]: refers to a missing node</source>
        <translation>%1.mapping.%2.children[%3]: एक अनुपस्थित नोड की ओर इशारा करता है</translation>
    </message>
    <message>
        <source>%1.chat_messages: missing or not an array</source>
        <translation>%1.chat_messages: मौजूद नहीं या ऐरे नहीं</translation>
    </message>
    <message>
        <source>%1.uuid: missing</source>
        <translation>%1.uuid: मौजूद नहीं</translation>
    </message>
    <message>
        <source>%1.created_at: missing or not an ISO 8601 time</source>
        <translation>%1.created_at: मौजूद नहीं या ISO 8601 समय नहीं</translation>
    </message>
    <message>
        <source>%1.sender: must be &quot;human&quot; or &quot;assistant&quot;</source>
        <translation>%1.sender: &quot;human&quot; या &quot;assistant&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (it may be truncated): %1 at line %2, column %3 (byte %4).</source>
        <translation>फ़ाइल मान्य JSON नहीं है (हो सकता है वह अधूरी हो): पंक्ति %2, स्तंभ %3 (बाइट %4) पर %1।</translation>
    </message>
    <message>
        <source>The file is neither a Confer export nor a ChatGPT or Claude conversations.json.</source>
        <translation>यह फ़ाइल न तो Confer का निर्यात है और न ही ChatGPT या Claude की conversations.json।</translation>
    </message>
    <message>
        <source>A Confer export is a JSON object; this file holds something else.</source>
        <translation>Confer का निर्यात एक JSON ऑब्जेक्ट होता है; इस फ़ाइल में कुछ और है।</translation>
    </message>
    <message>
        <source>A %1 conversations.json is a JSON array; this file holds something else.</source>
        <translation>%1 की conversations.json एक JSON ऐरे होती है; इस फ़ाइल में कुछ और है।</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>कुछ भी आयात नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>version: missing</source>
        <translation>version: मौजूद नहीं</translation>
    </message>
    <message>
        <source>the file was written by a newer Confer (format version %1; this version reads up to %2).</source>
        <translation>यह फ़ाइल Confer के नए संस्करण ने लिखी है (फ़ॉर्मैट संस्करण %1; यह संस्करण %2 तक पढ़ता है)।</translation>
    </message>
    <message>
        <source>conversations: missing or not an array</source>
        <translation>conversations: मौजूद नहीं या ऐरे नहीं</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: ऑब्जेक्ट नहीं</translation>
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
        <translation>मौजूद नहीं</translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation>मौजूद नहीं या ISO 8601 समय नहीं</translation>
    </message>
    <message>
        <source>a lane needs a key and a model</source>
        <translation>लेन को एक कुंजी और एक मॉडल चाहिए</translation>
    </message>
    <message>
        <source>missing or repeated</source>
        <translation>मौजूद नहीं या दोहराया गया</translation>
    </message>
    <message>
        <source>must be &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>&quot;user&quot; या &quot;assistant&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>refers to a message that does not come before it</source>
        <translation>ऐसे संदेश की ओर इशारा करता है जो इससे पहले नहीं आता</translation>
    </message>
    <message>
        <source>refers to an unknown lane</source>
        <translation>एक अज्ञात लेन की ओर इशारा करता है</translation>
    </message>
    <message>
        <source>a reply needs a lane and a parent prompt</source>
        <translation>उत्तर को एक लेन और एक मूल प्रॉम्प्ट चाहिए</translation>
    </message>
    <message>
        <source>refers to an unknown message</source>
        <translation>एक अज्ञात संदेश की ओर इशारा करता है</translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;, &quot;synthesis&quot; or &quot;judgement&quot;</source>
        <translation>&quot;reply&quot;, &quot;synthesis&quot; या &quot;judgement&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>a synthesis or judgement needs a parent prompt and no lane</source>
        <translation>संश्लेषण या निर्णय को एक मूल प्रॉम्प्ट चाहिए और कोई लेन नहीं</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>बिना शीर्षक की बातचीत</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>बनाई गई: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>अपडेट की गई: %1</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>मॉडल: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>संदर्भ: %1</translation>
    </message>
    <message>
        <source>shared (every model continues from the kept reply)</source>
        <translation>साझा (हर मॉडल रखे गए उत्तर से आगे बढ़ता है)</translation>
    </message>
    <message>
        <source>independent (each model keeps its own history)</source>
        <translation>स्वतंत्र (हर मॉडल अपना इतिहास अलग रखता है)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>टैग: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>बारी %1</translation>
    </message>
    <message>
        <source>(other branch)</source>
        <translation>(दूसरी शाखा)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(रखा गया)</translation>
    </message>
    <message>
        <source>(alternative)</source>
        <translation>(विकल्प)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>Models: hidden (a blind comparison, not revealed)</source>
        <translation>मॉडल: छिपे हुए (ब्लाइंड तुलना, नाम उजागर नहीं किए गए)</translation>
    </message>
    <message>
        <source>Blind comparison, names revealed</source>
        <translation>ब्लाइंड तुलना, नाम उजागर किए गए</translation>
    </message>
    <message>
        <source>(voted best)</source>
        <translation>(सर्वश्रेष्ठ चुना गया)</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>स्कोरबोर्ड</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>अब तक की लागत</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::ScoreboardText</name>
    <message>
        <source>Lane</source>
        <translation>लेन</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>पहला टोकन</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>टोकन/से</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>आउटपुट टोकन</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>बैज</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (अनुमानित)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Agreement: %1%</source>
        <translation>सहमति: %1%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>%1 (some costs unknown)</source>
        <translation>%1 (कुछ लागतें अज्ञात)</translation>
    </message>
    <message>
        <source>Synthesis and judgement</source>
        <translation>संश्लेषण और निर्णय</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>Confer::Transcripts::Transcript</name>
    <message>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>पहला टोकन %1 मि.से.</translation>
    </message>
    <message>
        <source>%1 in, %2 out tokens</source>
        <translation>%1 इनपुट, %2 आउटपुट टोकन</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 तर्क)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (अनुमानित)</translation>
    </message>
    <message>
        <source>Still being written</source>
        <translation>अभी लिखा जा रहा है</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>संश्लेषण</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Synthesis by %1</source>
        <translation>%1 द्वारा संश्लेषण</translation>
    </message>
    <message>
        <source>Judgement by %1</source>
        <translation>%1 द्वारा निर्णय</translation>
    </message>
</context>
<context>
    <name>Confer::TurnRunner</name>
    <message>
        <source>&apos;%1&apos; is not a model name of the form provider/model.</source>
        <translation>&apos;%1&apos; प्रदाता/मॉडल रूप का मॉडल नाम नहीं है।</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>अज्ञात प्रदाता &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>The conversation has no model to send to.</source>
        <translation>बातचीत में भेजने के लिए कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <source>Choose a model to start a conversation.</source>
        <translation>बातचीत शुरू करने के लिए कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>संदेश खाली है।</translation>
    </message>
    <message>
        <source>The conversation is still answering: stop it or wait for the answer.</source>
        <translation>बातचीत में अभी उत्तर आ रहा है: उसे रोकें या उत्तर की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>There is no prompt %1.</source>
        <translation>प्रॉम्प्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>उत्तर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Only a failed, stopped or interrupted answer can be retried.</source>
        <translation>केवल विफल, रोके गए या बाधित उत्तर को फिर से आज़माया जा सकता है।</translation>
    </message>
    <message>
        <source>This model is still answering: stop it or wait for the answer.</source>
        <translation>यह मॉडल अभी उत्तर दे रहा है: उसे रोकें या उत्तर की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>The model of this answer was removed from the conversation.</source>
        <translation>इस उत्तर का मॉडल बातचीत से हटा दिया गया।</translation>
    </message>
    <message>
        <source>Could not save the answer (it is kept in memory and saving is retried): %1</source>
        <translation>उत्तर सहेजा नहीं जा सका (यह मेमोरी में रखा गया है और सहेजने का फिर से प्रयास किया जाएगा): %1</translation>
    </message>
    <message>
        <source>No reply of the last turn failed.</source>
        <translation>पिछली बारी का कोई उत्तर विफल नहीं हुआ।</translation>
    </message>
    <message>
        <source>Choose at least one model to send the message to.</source>
        <translation>संदेश भेजने के लिए कम से कम एक मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The model of lane %1 was removed from the conversation.</source>
        <translation>लेन %1 का मॉडल बातचीत से हटा दिया गया था।</translation>
    </message>
    <message>
        <source>The conversation has no lane %1.</source>
        <translation>बातचीत में कोई लेन %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>Confer::TurnSummary</name>
    <message>
        <source>Turn %1: %2</source>
        <translation>बारी %1: %2</translation>
    </message>
    <message>
        <source>Needs two finished replies in this turn.</source>
        <translation>इस बारी में दो पूरे उत्तर चाहिए।</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>मापी गई(&amp;M):</translation>
    </message>
    <message>
        <source>Turn shown in the scoreboard</source>
        <translation>स्कोरबोर्ड में दिखाई गई बारी</translation>
    </message>
    <message>
        <source>S&amp;ynthesize…</source>
        <translation>संश्लेषण(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ask a model to merge this turn&apos;s replies into one answer</source>
        <translation>किसी मॉडल से इस बारी के उत्तरों को मिलाकर एक उत्तर बनाने को कहें</translation>
    </message>
    <message>
        <source>&amp;Judge…</source>
        <translation>निर्णय(&amp;J)…</translation>
    </message>
    <message>
        <source>Ask a model to score this turn&apos;s replies against criteria</source>
        <translation>किसी मॉडल से इस बारी के उत्तरों को मानदंडों पर अंक देने को कहें</translation>
    </message>
    <message>
        <source>Compare &amp;Two Replies…</source>
        <translation>दो उत्तरों की तुलना(&amp;T)…</translation>
    </message>
    <message>
        <source>Show the word-level differences between two replies of this turn</source>
        <translation>इस बारी के दो उत्तरों के बीच शब्द-स्तर के अंतर दिखाएँ</translation>
    </message>
    <message>
        <source>Syntheses and judgements</source>
        <translation>संश्लेषण और निर्णय</translation>
    </message>
    <message>
        <source>Syntheses and judgements cannot be asked again in this view.</source>
        <translation>इस दृश्य में संश्लेषण और निर्णय दोबारा नहीं माँगे जा सकते।</translation>
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
        <translation>कई AI मॉडलों से एक साथ पूछें और उनके उत्तरों की अगल-बगल तुलना करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use a cloud provider.&lt;/b&gt; Add an API key for OpenAI, Anthropic, Google Gemini, OpenRouter or another provider. Confer keeps it in your system&apos;s keychain.</source>
        <translation>&lt;b&gt;क्लाउड प्रदाता का उपयोग करें।&lt;/b&gt; OpenAI, Anthropic, Google Gemini, OpenRouter या किसी अन्य प्रदाता के लिए API कुंजी जोड़ें। Confer उसे आपके सिस्टम की कीचेन में रखता है।</translation>
    </message>
    <message>
        <source>Add a Key…</source>
        <translation>कुंजी जोड़ें…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or run a model on this computer.&lt;/b&gt; Start Ollama, LM Studio or a llama.cpp server; Confer finds it on its usual port.</source>
        <translation>&lt;b&gt;या इसी कंप्यूटर पर कोई मॉडल चलाएँ।&lt;/b&gt; Ollama, LM Studio या llama.cpp सर्वर शुरू करें; Confer उसे उसके सामान्य पोर्ट पर ढूँढ लेता है।</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>फिर से खोजें</translation>
    </message>
    <message>
        <source>Ask the local servers and providers for their models again</source>
        <translation>स्थानीय सर्वरों और प्रदाताओं से उनके मॉडल फिर से पूछें</translation>
    </message>
</context>
</TS>
