<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArticleCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>HtmlCharset</name>
    <message>
        <source>Unknown character set &quot;%1&quot; ignored</source>
        <translation>Unbekannter Zeichensatz „%1“ ignoriert</translation>
    </message>
    <message>
        <source>No character set declared and the page is not UTF-8: read as Windows-1252</source>
        <translation>Kein Zeichensatz angegeben und die Seite ist kein UTF-8: als Windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <source>Ignored invalid JSON-LD metadata: %1</source>
        <translation>Ungültige JSON-LD-Metadaten ignoriert: %1</translation>
    </message>
    <message>
        <source>No article text found in the page</source>
        <translation>Kein Artikeltext auf der Seite gefunden</translation>
    </message>
    <message>
        <source>The page nests its markup more than %1 levels deep: the deeper parts are read as plain text</source>
        <translation>Die Seite verschachtelt ihr Markup tiefer als %1 Ebenen: die tieferen Teile werden als reiner Text gelesen</translation>
    </message>
</context>
<context>
    <name>gloss::Analyzer</name>
    <message>
        <source>text too long: quotes, entities and claims cover its first %1 of %2 characters only (%3 of %4 paragraphs)</source>
        <translation>Text zu lang: Zitate, Namen und Aussagen umfassen nur die ersten %1 von %2 Zeichen (%3 von %4 Absätzen)</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationJson</name>
    <message numerus="yes">
        <source>%Ln note(s) could not be read</source>
        <translation>
            <numerusform>%Ln Notiz konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln Notizen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationStore</name>
    <message>
        <source>%1 is in the way</source>
        <translation>%1 ist im Weg</translation>
    </message>
    <message>
        <source>Cannot create the notes folder %1; notes are not saved.</source>
        <translation>Der Notizordner %1 kann nicht angelegt werden; Notizen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the index of notes %1: %2</source>
        <translation>Das Notizverzeichnis %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The unsaved notes were written to %1; import them with &quot;gloss notes import %2 %1&quot; once the notes folder can be written.</source>
        <translation>Die ungespeicherten Notizen wurden in %1 geschrieben; importieren Sie sie mit „gloss notes import %2 %1“, sobald der Notizordner beschreibbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.</source>
        <translation>
            <numerusform>Die Notizen konnten nirgends gespeichert werden (%1): %n Notiz zu %2 ist verloren.</numerusform>
            <numerusform>Die Notizen konnten nirgends gespeichert werden (%1): %n Notizen zu %2 sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the notes to %1: %2. They stay open and are saved at the next change.</source>
        <translation>Die Notizen können nicht in %1 gespeichert werden: %2. Sie bleiben geöffnet und werden bei der nächsten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1): it is left as it is and will not be written to.</source>
        <translation>Sie konnte nicht beiseitegelegt werden (%1): Sie bleibt, wie sie ist, und wird nicht beschrieben.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Sie wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The notes file %1 is a symbolic link.</source>
        <translation>Die Notizdatei %1 ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>The notes file %1 is a folder.</source>
        <translation>Die Notizdatei %1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file.</source>
        <translation>Die Notizdatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The notes file %1 is too large to be a notes file (%2 MB).</source>
        <translation>Die Notizdatei %1 ist zu groß für eine Notizdatei (%2 MB).</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read (%2).</source>
        <translation>Die Notizdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The notes file %1 is damaged (%2); %n note(s) could be read.</source>
        <translation>
            <numerusform>Die Notizdatei %1 ist beschädigt (%2); %n Notiz konnte gelesen werden.</numerusform>
            <numerusform>Die Notizdatei %1 ist beschädigt (%2); %n Notizen konnten gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes index %1 is damaged; it is rebuilt from the notes files.</source>
        <translation>Das Notizverzeichnis %1 ist beschädigt; es wird aus den Notizdateien neu aufgebaut.</translation>
    </message>
    <message>
        <source>Cannot record the deleted notes for sync: %1</source>
        <translation>Die gelöschten Notizen können nicht für die Synchronisierung vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFetcher</name>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation>%1 ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>Herunterladen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which Gloss does not follow</source>
        <translation>%1 leitet auf %2 um; dieser Umleitung folgt Gloss nicht</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB)</translation>
    </message>
    <message>
        <source>%1 is not a web page but %2; Gloss opens HTML pages and text</source>
        <translation>%1 ist keine Webseite, sondern %2; Gloss öffnet HTML-Seiten und Text</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; download stopped</source>
        <translation>%1 ist größer als %2 MB; Herunterladen angehalten</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3</source>
        <translation>Der Server antwortete %1 %2 auf %3</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 leitet mehr als %2-mal um</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>No article text found at %1</source>
        <translation>Kein Artikeltext unter %1 gefunden</translation>
    </message>
    <message>
        <source>The page text could not be kept for later: %1</source>
        <translation>Der Seitentext konnte nicht für später aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFileWatcher</name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt</numerusform>
            <numerusform>%n Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved by another program: %1.</source>
        <translation>Notizen von einem anderen Programm gespeichert: %1.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk; the window keeps the text it read (and its notes).</source>
        <translation>„%1“ wurde auf dem Datenträger gelöscht oder verschoben; das Fenster behält den gelesenen Text (und seine Notizen).</translation>
    </message>
    <message>
        <source>it holds no text now</source>
        <translation>sie enthält jetzt keinen Text</translation>
    </message>
    <message>
        <source>“%1” changed on disk but cannot be read again (%2); the window keeps the text it read.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert, kann aber nicht erneut gelesen werden (%2); das Fenster behält den gelesenen Text.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert und erneut gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) were placed on the new text.</source>
        <translation>
            <numerusform>Seine %n Notiz wurde in den neuen Text übernommen.</numerusform>
            <numerusform>Seine %n Notizen wurden in den neuen Text übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their passage and are listed as orphans in the Notes tab.</source>
        <translation>
            <numerusform>%n Notiz hat ihre Textstelle verloren und steht als verwaist im Reiter Notizen.</numerusform>
            <numerusform>%n Notizen haben ihre Textstelle verloren und stehen als verwaist im Reiter Notizen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The article text. Quotes are coloured by speaker; hover a quote to see who said it.</source>
        <translation>Der Artikeltext. Zitate sind nach Sprecher eingefärbt; zeigen Sie auf ein Zitat, um zu sehen, wer es gesagt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scare quote&lt;/b&gt;: the writer’s distance from the words, not a speaker’s.</source>
        <translation>&lt;b&gt;Distanzierende Anführungszeichen&lt;/b&gt;: Der Autor distanziert sich von den Worten; sie stammen von keinem Sprecher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Title&lt;/b&gt; of a work.</source>
        <translation>&lt;b&gt;Titel&lt;/b&gt; eines Werks.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed quote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zitat ohne Quelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Redeeinleitung: „%1“</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Über: %1</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only theirs.</source>
        <translation>Zitate: %1. Klicken, um nur diese zu zeigen.</translation>
    </message>
    <message>
        <source>Nothing to read yet</source>
        <translation>Noch nichts zu lesen</translation>
    </message>
    <message>
        <source>Open an article with %1, or drop a file here.</source>
        <translation>Öffnen Sie einen Artikel mit %1 oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>country, region or city</source>
        <translation>Land, Region oder Stadt</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>name</source>
        <comment>an entity of no known type</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <comment>entity name (kind)</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>gloss::Citation</name>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>gloss::ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Aussagen filtern</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Aussagen nach Quelle</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>cue: “%1”</source>
        <translation>Redeeinleitung: „%1“</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Aussagen: %1</translation>
    </message>
    <message>
        <source>No claims found in this article.</source>
        <translation>In diesem Artikel wurden keine Aussagen gefunden.</translation>
    </message>
    <message>
        <source>The claims grouped by who made them, with their kind; Enter shows the claim in the article</source>
        <translation>Die Aussagen nach Urheber gruppiert, mit ihrer Art; Eingabe zeigt die Aussage im Artikel</translation>
    </message>
    <message>
        <source>Claims: %1 of %2 shown</source>
        <translation>Aussagen: %1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>gloss::CopyCitation</name>
    <message>
        <source>Copy with Citation</source>
        <translation>Mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Copy the words with who said them and the article&apos;s title, site, date and address</source>
        <translation>Die Worte mit ihrem Sprecher sowie Titel, Website, Datum und Adresse des Artikels kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the words as a Markdown block quote with their citation</source>
        <translation>Die Worte als Markdown-Blockzitat mit ihrer Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation>Mit Quellenangabe kopiert.</translation>
    </message>
    <message>
        <source>Copied as Markdown with its citation.</source>
        <translation>Als Markdown mit Quellenangabe kopiert.</translation>
    </message>
</context>
<context>
    <name>gloss::Document</name>
    <message>
        <source>Sample article (bundled with Gloss)</source>
        <translation>Beispielartikel (mit Gloss geliefert)</translation>
    </message>
    <message>
        <source>%1 (bundled with Gloss)</source>
        <translation>%1 (mit Gloss geliefert)</translation>
    </message>
</context>
<context>
    <name>gloss::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Namen nach Art</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places (political)</source>
        <translation>Orte (politisch)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Mentions: %1. Click again for the next one.</source>
        <translation>Erwähnungen: %1. Erneut klicken für die nächste.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>No names found in this article.</source>
        <translation>In diesem Artikel wurden keine Namen gefunden.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the article; Enter shows the next mention</source>
        <translation>Im Artikel genannte Personen, Organisationen und Orte; Eingabe zeigt die nächste Erwähnung</translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, GitHub, …)</source>
        <translation>Markdown (Obsidian, GitHub, …)</translation>
    </message>
    <message>
        <source>HTML page (print, share)</source>
        <translation>HTML-Seite (drucken, teilen)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C-Webannotationen (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Aussagen nach Quelle</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Zitate nach Sprecher</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Ganzer Artikel</translation>
    </message>
    <message>
        <source>Only noted paragraphs</source>
        <translation>Nur Absätze mit Notizen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Mit aufnehmen:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>… (preview shortened; the file is complete)</source>
        <translation>… (Vorschau gekürzt; die Datei ist vollständig)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 characters</source>
        <translation>
            <numerusform>%n Notiz, %1 Zeichen</numerusform>
            <numerusform>%n Notizen, %1 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The export as it will be saved or copied</source>
        <translation>Der Export, so wie er gespeichert oder kopiert wird</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Gerenderte Vorschau</translation>
    </message>
    <message>
        <source>The export as a browser or Markdown viewer shows it</source>
        <translation>Der Export, wie ein Browser oder Markdown-Betrachter ihn zeigt</translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation>Links werden in der Vorschau nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>&amp;Quelltext</translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Den Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Matches are marked as you type; Enter finds the next, Shift+Enter the previous</source>
        <translation>Treffer werden beim Tippen markiert; Eingabe findet den nächsten, Umschalt+Eingabe den vorherigen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>¶ %1 · %n match(es) — %2</source>
        <comment>paragraph number, count, context</comment>
        <translation>
            <numerusform>¶ %1 · %n Treffer — %2</numerusform>
            <numerusform>¶ %1 · %n Treffer — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: %n match(es)</source>
        <translation>
            <numerusform>Absatz %1: %n Treffer</numerusform>
            <numerusform>Absatz %1: %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Match &amp;Case</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>Find only matches with the same capitals</source>
        <translation>Nur Treffer mit gleicher Groß- und Kleinschreibung finden</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Find whole words only, not parts of longer words</source>
        <translation>Nur ganze Wörter finden, keine Teile längerer Wörter</translation>
    </message>
    <message>
        <source>Paragraphs with matches</source>
        <translation>Absätze mit Treffern</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>in %n Absatz</numerusform>
            <numerusform>in %n Absätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.</source>
        <translation>
            <numerusform>Treffer %1 von %2 ist Nummer %3 von %n Treffer in Absatz %4.</numerusform>
            <numerusform>Treffer %1 von %2 ist Nummer %3 von %n Treffern in Absatz %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the list of paragraphs with matches.</source>
        <translation>Klicken für die Liste der Absätze mit Treffern.</translation>
    </message>
    <message>
        <source>Enter or a click goes to the paragraph&apos;s first match</source>
        <translation>Eingabe oder ein Klick springt zum ersten Treffer des Absatzes</translation>
    </message>
</context>
<context>
    <name>gloss::FolderImport</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Add every article of a folder to the library</source>
        <translation>Alle Artikel eines Ordners zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Artikel werden importiert</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import (the articles added so far stay)</source>
        <translation>Den Import anhalten (die bisher hinzugefügten Artikel bleiben)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>An import is running already.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Adding articles to the library…</source>
        <translation>Artikel werden zur Bibliothek hinzugefügt …</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Der Import wird angehalten …</translation>
    </message>
    <message>
        <source>Import stopped: %1 added</source>
        <translation>Import angehalten: %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Import finished: %1 added</source>
        <translation>Import abgeschlossen: %1 hinzugefügt</translation>
    </message>
    <message>
        <source>, %1 updated</source>
        <translation>, %1 aktualisiert</translation>
    </message>
    <message>
        <source>, %1 there already</source>
        <translation>, %1 bereits vorhanden</translation>
    </message>
    <message>
        <source>, %1 could not be read</source>
        <translation>, %1 nicht lesbar</translation>
    </message>
    <message>
        <source>… and %L1 more (Show Details…)</source>
        <translation>… und %L1 weitere (Details einblenden …)</translation>
    </message>
</context>
<context>
    <name>gloss::GettingStartedDialog</name>
    <message>
        <source>Getting Started — Gloss</source>
        <translation>Erste Schritte — Gloss</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started with Gloss</source>
        <translation>Erste Schritte mit Gloss</translation>
    </message>
    <message>
        <source>Gloss helps you read a news article closely: who is speaking, what is claimed, and your own notes beside the text. The article itself is never changed; everything Gloss adds is colour, marks and notes.</source>
        <translation>Gloss hilft Ihnen, einen Nachrichtenartikel genau zu lesen: wer spricht, was behauptet wird, und Ihre eigenen Notizen neben dem Text. Der Artikel selbst wird nie verändert; alles, was Gloss hinzufügt, sind Farben, Markierungen und Notizen.</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Einen Artikel öffnen</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML file with %1, or drop it on the window. %2 downloads a web page and keeps its article (without menus, ads and comments); %3 opens the text on the clipboard.</source>
        <translation>Öffnen Sie eine Text-, Markdown- oder HTML-Datei mit %1 oder ziehen Sie sie auf das Fenster. %2 lädt eine Webseite herunter und behält ihren Artikel (ohne Menüs, Werbung und Kommentare); %3 öffnet den Text in der Zwischenablage.</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Was die Farben bedeuten</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>countries and cities</source>
        <translation>Länder und Städte</translation>
    </message>
    <message>
        <source>other places</source>
        <translation>andere Orte</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>ein Zitat</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>wiedergegebene Rede</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>vorsichtig formuliert</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>eine schlichte Aussage</translation>
    </message>
    <message>
        <source>Every direct quote is tinted in its speaker’s colour %1, and so is the speaker’s name; the Speakers tab is the legend.</source>
        <translation>Jedes direkte Zitat ist in der Farbe seines Sprechers eingefärbt %1, ebenso der Name des Sprechers; der Reiter Sprecher ist die Legende.</translation>
    </message>
    <message>
        <source>A quote nobody is named for is %1; scare quotes (“so-called”) and titles are %2.</source>
        <translation>Ein Zitat, für das niemand genannt wird, ist %1; distanzierende Anführungszeichen („sogenannte“) und Titel sind %2.</translation>
    </message>
    <message>
        <source>in this neutral colour</source>
        <translation>in dieser neutralen Farbe</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>heller</translation>
    </message>
    <message>
        <source>Names are underlined by what they name: %1.</source>
        <translation>Namen sind danach unterstrichen, was sie benennen: %1.</translation>
    </message>
    <message>
        <source>A bar in the left margin marks a claim, in the colour of its kind: %1.</source>
        <translation>Ein Balken am linken Rand markiert eine Aussage, in der Farbe ihrer Art: %1.</translation>
    </message>
    <message>
        <source>Hover a quote for its speaker and the words that attribute it; click a speaker’s name to show only their quotes, and press %1 to see everyone’s again.</source>
        <translation>Zeigen Sie auf ein Zitat, um seinen Sprecher und die zuschreibenden Worte zu sehen; klicken Sie auf den Namen eines Sprechers, um nur seine Zitate zu zeigen, und drücken Sie %1, um wieder alle zu sehen.</translation>
    </message>
    <message>
        <source>The View menu turns each layer on and off: %1, %2, %3.</source>
        <translation>Das Menü Ansicht schaltet jede Ebene ein und aus: %1, %2, %3.</translation>
    </message>
    <message>
        <source>The side panel</source>
        <translation>Die Seitenleiste</translation>
    </message>
    <message>
        <source>Beside the text, %1 shows or hides a panel with a tab for each way into the article:</source>
        <translation>Neben dem Text blendet %1 eine Seitenleiste ein oder aus, mit einem Reiter für jeden Zugang zum Artikel:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>every claim, by who makes it and of what kind; click one to go to it.</source>
        <translation>jede Aussage, nach Urheber und Art; klicken Sie auf eine, um zu ihr zu springen.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>the speakers with their colours and number of quotes; click one to show only their quotes.</source>
        <translation>die Sprecher mit ihren Farben und der Zahl ihrer Zitate; klicken Sie auf einen, um nur seine Zitate zu zeigen.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>the people, organisations and places; click again for the next mention.</source>
        <translation>die Personen, Organisationen und Orte; erneut klicken für die nächste Erwähnung.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>your notes in reading order, with a search box (words, or #tag).</source>
        <translation>Ihre Notizen in Lesereihenfolge, mit einem Suchfeld (Wörter oder #Schlagwort).</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) and choose %1: a card opens in the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or deletes it. %2 and %3 go from note to note.</source>
        <translation>Markieren Sie Wörter (oder setzen Sie den Cursor in ein Zitat) und wählen Sie %1: Am Rand neben der Textstelle öffnet sich eine Karte; schreiben Sie darauf. Ihr Menü ⋯ legt Farbe und Schlagwörter fest oder löscht sie. %2 und %3 springen von Notiz zu Notiz.</translation>
    </message>
    <message>
        <source>Notes are saved as you type, in a file of their own (the article is never changed), and they stay with their words when the article is updated. %1 takes back any change.</source>
        <translation>Notizen werden beim Tippen gespeichert, in einer eigenen Datei (der Artikel wird nie verändert), und sie bleiben bei ihren Worten, wenn der Artikel aktualisiert wird. %1 nimmt jede Änderung zurück.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis reads) or CSV, with a preview; %2 copies them for a message or a document; %3 brings in annotations from Gloss or Hypothesis.</source>
        <translation>%1 speichert die Notizen als Markdown, HTML, W3C-Webannotationen (die Hypothesis liest) oder CSV, mit Vorschau; %2 kopiert sie für eine Nachricht oder ein Dokument; %3 holt Annotationen aus Gloss oder Hypothesis herein.</translation>
    </message>
    <message>
        <source>Finding words</source>
        <translation>Wörter finden</translation>
    </message>
    <message>
        <source>%1 opens the find bar under the text: every match is marked, the current one strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the search, and “in N paragraphs” lists the paragraphs with matches.</source>
        <translation>%1 öffnet die Suchleiste unter dem Text: Jeder Treffer wird markiert, der aktuelle am stärksten. %2 und %3 springen zum nächsten und zum vorherigen Treffer; %4 und %5 grenzen die Suche ein, und „in N Absätzen“ listet die Absätze mit Treffern auf.</translation>
    </message>
    <message>
        <source>Keys worth remembering</source>
        <translation>Tasten, die man sich merken sollte</translation>
    </message>
    <message>
        <source>%1 lists every action and its keys, with a filter.</source>
        <translation>%1 listet jede Aktion und ihre Tasten auf, mit einem Filter.</translation>
    </message>
</context>
<context>
    <name>gloss::KeyboardNavigation</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article text</source>
        <translation>Den Tastaturfokus in den Artikeltext setzen</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Den Tastaturfokus in den nächsten Teil des Fensters setzen</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Den Tastaturfokus in den vorherigen Teil des Fensters setzen</translation>
    </message>
    <message>
        <source>%1 Panel</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation>Den Bereich %1 zeigen und den Tastaturfokus hineinsetzen</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>Seitenleisten</translation>
    </message>
    <message>
        <source>Left and Right switch between the panels; Ctrl+1, Ctrl+2, … go to one</source>
        <translation>Links und Rechts wechseln zwischen den Bereichen; Strg+1, Strg+2, … springen zu einem</translation>
    </message>
    <message>
        <source>%1, vertical scroll bar</source>
        <translation>%1, senkrechte Bildlaufleiste</translation>
    </message>
    <message>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, waagerechte Bildlaufleiste</translation>
    </message>
</context>
<context>
    <name>gloss::KindLabels</name>
    <message>
        <source>Quoted</source>
        <comment>claim kind</comment>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim kind</comment>
        <translation>Wiedergegeben</translation>
    </message>
    <message>
        <source>Hedged</source>
        <comment>claim kind</comment>
        <translation>Vorsichtig formuliert</translation>
    </message>
    <message>
        <source>Stated as fact</source>
        <comment>claim kind</comment>
        <translation>Als Tatsache dargestellt</translation>
    </message>
    <message>
        <source>scare</source>
        <comment>quote kind</comment>
        <translation>distanzierend</translation>
    </message>
    <message>
        <source>title</source>
        <comment>quote kind</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>quote kind</comment>
        <translation>direkt</translation>
    </message>
</context>
<context>
    <name>gloss::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
    <message>
        <source>Use the language of the system</source>
        <translation>Die Sprache des Systems verwenden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gloss will use this language the next time it starts.</source>
        <translation>Gloss verwendet diese Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Every article read: search its quotes and notes</source>
        <translation>Alle gelesenen Artikel: ihre Zitate und Notizen durchsuchen</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryNavigator</name>
    <message>
        <source>The text of “%1” is not in the library any more.</source>
        <translation>Der Text von „%1“ ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, OR, NOT, prefix*</source>
        <translation>Suchen: Wörter, &quot;genaue Wortfolge&quot;, OR, NOT, Wortanfang*</translation>
    </message>
    <message>
        <source>Kind of results</source>
        <translation>Art der Ergebnisse</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Articles quoting this person; their quotes under Quotes</source>
        <translation>Artikel, die diese Person zitieren; ihre Zitate unter „Zitate“</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Artikel der Bibliothek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <source>The notes and quotes of the selected articles, in one file</source>
        <translation>Die Notizen und Zitate der ausgewählten Artikel in einer Datei</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown …</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>Als &amp;HTML …</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV …</translation>
    </message>
    <message>
        <source>As &amp;W3C Annotations…</source>
        <translation>Als &amp;W3C-Annotationen …</translation>
    </message>
    <message>
        <source>The library was damaged: it was kept aside as %1 and a new one made. Run “gloss library check --rebuild” to add the articles again.</source>
        <translation>Die Bibliothek war beschädigt: Sie wurde als %1 beiseitegelegt und eine neue angelegt. Führen Sie „gloss library check --rebuild“ aus, um die Artikel wieder hinzuzufügen.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only this person&apos;s quotes: everything they said</source>
        <translation>Nur die Zitate dieser Person: alles, was sie gesagt hat</translation>
    </message>
    <message>
        <source>Only the articles quoting this person</source>
        <translation>Nur die Artikel, die diese Person zitieren</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Articles: %L1</source>
        <translation>Artikel: %L1</translation>
    </message>
    <message>
        <source>Results: more than %L1</source>
        <translation>Ergebnisse: mehr als %L1</translation>
    </message>
    <message>
        <source>Articles found: %L1</source>
        <translation>Gefundene Artikel: %L1</translation>
    </message>
    <message>
        <source>Quotes found: %L1</source>
        <translation>Gefundene Zitate: %L1</translation>
    </message>
    <message>
        <source>Notes found: %L1</source>
        <translation>Gefundene Notizen: %L1</translation>
    </message>
    <message>
        <source>Select the articles or results to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Artikel oder Ergebnisse aus.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) exported to %1</source>
        <translation>
            <numerusform>%Ln Artikel nach %1 exportiert</numerusform>
            <numerusform>%Ln Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>library-notes</source>
        <translation>bibliothek-notizen</translation>
    </message>
</context>
<context>
    <name>gloss::LibrarySearchModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Quelle</translation>
    </message>
</context>
<context>
    <name>gloss::Loader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: zu groß (%2 MB; die Grenze liegt bei %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too large (the limit is %2 MB)</source>
        <translation>%1: zu groß (die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open an article (%1)</source>
        <translation>Einen Artikel öffnen (%1)</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML article</source>
        <translation>Einen Artikel als Text, Markdown oder HTML öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find in the article (%1)</source>
        <translation>Im Artikel suchen (%1)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Colour &amp;Speakers</source>
        <translation>&amp;Sprecher einfärben</translation>
    </message>
    <message>
        <source>Underline &amp;Entities</source>
        <translation>&amp;Namen unterstreichen</translation>
    </message>
    <message>
        <source>Mark &amp;Claims</source>
        <translation>&amp;Aussagen markieren</translation>
    </message>
    <message>
        <source>Show &amp;All Speakers</source>
        <translation>&amp;Alle Sprecher zeigen</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Only the text (%1)</source>
        <translation>Nur der Text (%1)</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the side panel (%1)</source>
        <translation>Seitenleiste ein- oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;Über Gloss</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>Über Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read news articles closely: who is speaking, what is claimed, and your notes.&lt;/p&gt;&lt;p&gt;Highlighting and themes by KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel genau lesen: wer spricht, was behauptet wird, und Ihre Notizen.&lt;/p&gt;&lt;p&gt;Hervorhebung und Farbschemata von KSyntaxHighlighting (KDE).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1: Erwähnung %2 von %3</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>Der Artikel wird analysiert</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Lesezeit: %1 Min.</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Zitate: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article.</source>
        <translation>„%1“ ist ein Ordner, kein Artikel.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 – Gloss</translation>
    </message>
    <message>
        <source>Showing only %1’s quotes. Press Esc to show everyone’s.</source>
        <translation>Nur die Zitate von %1 werden gezeigt. Esc zeigt wieder alle.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>What the colours mean, the side panel, notes, exporting and keys</source>
        <translation>Was die Farben bedeuten, die Seitenleiste, Notizen, Exportieren und Tasten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action and its keys, with a filter</source>
        <translation>Jede Aktion und ihre Tasten, mit einem Filter</translation>
    </message>
    <message>
        <source>Find Bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1: quote %2 of %3</source>
        <translation>%1: Zitat %2 von %3</translation>
    </message>
    <message>
        <source>This article is too long to analyse whole: quotes, speakers, entities and claims cover only its first %L1 characters (%2% of the text). All of the text is shown.</source>
        <translation>Dieser Artikel ist zu lang, um ihn ganz zu analysieren: Zitate, Sprecher, Namen und Aussagen umfassen nur seine ersten %L1 Zeichen (%2 % des Textes). Der ganze Text wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>gloss::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCard</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Notiz schreiben …</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas or #</source>
        <translation>Schlagwörter, getrennt durch Kommas oder #</translation>
    </message>
    <message>
        <source>Colour, tags, delete</source>
        <translation>Farbe, Schlagwörter, löschen</translation>
    </message>
    <message>
        <source>Note menu</source>
        <translation>Notizmenü</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>&amp;Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Zuklappen</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Aufklappen</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Orphan, was on “%1”</source>
        <translation>Verwaist, stand bei „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Expand the note</source>
        <translation>Notiz aufklappen</translation>
    </message>
    <message>
        <source>Collapse the note</source>
        <translation>Notiz zuklappen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Notiz zum Artikel</translation>
    </message>
    <message>
        <source>Orphaned note, was on “%1”</source>
        <translation>Verwaiste Notiz, stand bei „%1“</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Leere Notiz</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCommand</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExport</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Ortsmarke: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>count</comment>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation>(%1 verwaist)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Notes in reading order</source>
        <translation>Notizen in Lesereihenfolge</translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation>Keine Notizen zu Textstellen.</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Verwaiste Notizen</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Diese Notizen ließen sich im aktuellen Text des Artikels nicht mehr einordnen; jede zeigt ihre zuletzt bekannte Textstelle.</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Aussagen nach Quelle</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Zitate nach Sprecher</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>Kein Sprecher gefunden</translation>
    </message>
    <message>
        <source>%1, quoted</source>
        <translation>%1, zitiert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 verwaist</translation>
    </message>
    <message>
        <source>Exported from Gloss.</source>
        <translation>Aus Gloss exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>Der Artikel hat keinen Text.</translation>
    </message>
</context>
<context>
    <name>gloss::NoteExportActions</name>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the notes as Markdown, HTML, W3C annotations or CSV</source>
        <translation>Die Notizen als Markdown, HTML, W3C-Annotationen oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>Notizen &amp;importieren …</translation>
    </message>
    <message>
        <source>Add notes from a W3C Web Annotation file (Gloss, Hypothesis)</source>
        <translation>Notizen aus einer W3C-Webannotationsdatei hinzufügen (Gloss, Hypothesis)</translation>
    </message>
    <message>
        <source>Copy Notes as &amp;Markdown</source>
        <translation>Notizen als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the selected notes (or all) as Markdown</source>
        <translation>Die ausgewählten Notizen (oder alle) als Markdown kopieren</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notizen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C-Webannotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an article before importing notes.</source>
        <translation>Öffnen Sie einen Artikel, bevor Sie Notizen importieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>These notes were made on another article (%1).

Import them anyway? Notes whose passage is not in this article are kept as orphans.</source>
        <translation>Diese Notizen wurden zu einem anderen Artikel gemacht (%1).

Trotzdem importieren? Notizen, deren Textstelle in diesem Artikel fehlt, werden als verwaist aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>No notes to copy.</source>
        <translation>Keine Notizen zum Kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note(s) as Markdown.</source>
        <translation>
            <numerusform>%n Notiz als Markdown kopiert.</numerusform>
            <numerusform>%n Notizen als Markdown kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteImport</name>
    <message numerus="yes">
        <source>%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</source>
        <translation>
            <numerusform>%Ln Notiz importiert: %1 neu, %2 aktualisiert, %3 unverändert; %4 verwaist</numerusform>
            <numerusform>%Ln Notizen importiert: %1 neu, %2 aktualisiert, %3 unverändert; %4 verwaist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteLayer</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz importieren</numerusform>
            <numerusform>%n Notizen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Pin a note to the selected words (or the quote at the cursor)</source>
        <translation>Eine Notiz an die markierten Wörter heften (oder an das Zitat am Cursor)</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) to add a note; Notes &gt; Add Note on the Article for a note on the whole article.</source>
        <translation>Markieren Sie Wörter (oder setzen Sie den Cursor in ein Zitat), um eine Notiz hinzuzufügen; Notizen &gt; Notiz zum Artikel hinzufügen für eine Notiz zum ganzen Artikel.</translation>
    </message>
    <message>
        <source>Add Note on the A&amp;rticle</source>
        <translation>Notiz zum A&amp;rtikel hinzufügen</translation>
    </message>
    <message>
        <source>A note on the article as a whole, at the top of the margin</source>
        <translation>Eine Notiz zum ganzen Artikel, oben am Rand</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>&amp;Nächste Notiz</translation>
    </message>
    <message>
        <source>Go to the next note in the text</source>
        <translation>Zur nächsten Notiz im Text</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>&amp;Vorherige Notiz</translation>
    </message>
    <message>
        <source>Go to the previous note in the text</source>
        <translation>Zur vorherigen Notiz im Text</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the current note (or the notes selected in the Notes tab)</source>
        <translation>Die aktuelle Notiz löschen (oder die im Reiter Notizen ausgewählten)</translation>
    </message>
    <message>
        <source>No note to delete: click a note first.</source>
        <translation>Keine Notiz zum Löschen: Klicken Sie zuerst auf eine Notiz.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Show the Notes &amp;Tab</source>
        <translation>&amp;Reiter Notizen zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could be read and are shown.</source>
        <translation>
            <numerusform>%n Notiz konnte gelesen werden und wird angezeigt.</numerusform>
            <numerusform>%n Notizen konnten gelesen werden und werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added (widen the window to see the notes beside the text).</source>
        <translation>Notiz hinzugefügt (verbreitern Sie das Fenster, um die Notizen neben dem Text zu sehen).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note Colour: %1</source>
        <translation>Notizfarbe: %1</translation>
    </message>
    <message>
        <source>Note Tags</source>
        <translation>Schlagwörter der Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted. %1 brings them back.</source>
        <translation>
            <numerusform>%n Notiz gelöscht. %1 holt sie zurück.</numerusform>
            <numerusform>%n Notizen gelöscht. %1 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note’s passage is no longer in the text. It was on “%1”.</source>
        <translation>Die Stelle dieser Notiz steht nicht mehr im Text. Sie stand bei „%1“.</translation>
    </message>
    <message>
        <source>No notes on this article yet.</source>
        <translation>Noch keine Notizen zu diesem Artikel.</translation>
    </message>
    <message>
        <source>That was the last note.</source>
        <translation>Das war die letzte Notiz.</translation>
    </message>
    <message>
        <source>That was the first note.</source>
        <translation>Das war die erste Notiz.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add Note on This Quote</source>
        <translation>Notiz zu diesem Zitat hinzufügen</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>Edit Note “%1”</source>
        <translation>Notiz „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Note “%1”</source>
        <translation>Notiz „%1“ löschen</translation>
    </message>
    <message>
        <source>Add Note on the Article</source>
        <translation>Notiz zum Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add Note on This Claim</source>
        <translation>Notiz zu dieser Aussage hinzufügen</translation>
    </message>
    <message>
        <source>No room for the note cards beside the text at this window size and zoom: the notes are listed in the Notes tab.</source>
        <translation>Bei dieser Fenstergröße und diesem Zoom ist neben dem Text kein Platz für die Notizkarten: Die Notizen stehen im Reiter Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the Notes tab</source>
        <translation>
            <numerusform>%n Notiz im Reiter Notizen</numerusform>
            <numerusform>%n Notizen im Reiter Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NotesPanel</name>
    <message>
        <source>Search notes and #tags</source>
        <translation>Notizen und #Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>On the article</source>
        <translation>Zum Artikel</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Im Text</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the text: they keep the words they were on.</source>
        <translation>Notizen, deren Stelle nicht mehr im Text steht: Sie behalten die Wörter, bei denen sie standen.</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Notiz zum Artikel</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage and press %1, or right-click a quote or a claim.</source>
        <translation>Noch keine Notizen. Markieren Sie eine Stelle und drücken Sie %1, oder klicken Sie mit der rechten Maustaste auf ein Zitat oder eine Aussage.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Keine Notiz passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>gloss::OpenLinkDialog</name>
    <message>
        <source>Download again, even if the page was opened before</source>
        <translation>Erneut herunterladen, auch wenn die Seite schon einmal geöffnet wurde</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept, so your notes stay where you put them even if the page changes later.</source>
        <translation>Der Text des Artikels wird aufbewahrt, damit Ihre Notizen an ihrem Platz bleiben, auch wenn sich die Seite später ändert.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>gloss::PrintActions</name>
    <message>
        <source>Notes and Colours</source>
        <translation>Notizen und Farben</translation>
    </message>
    <message>
        <source>In the &amp;margin, beside their passages</source>
        <translation>Am &amp;Rand, neben ihren Textstellen</translation>
    </message>
    <message>
        <source>As &amp;endnotes, numbered after the article</source>
        <translation>Als &amp;Endnoten, nummeriert nach dem Artikel</translation>
    </message>
    <message>
        <source>&amp;Speaker colours</source>
        <translation>Sprecher&amp;farben</translation>
    </message>
    <message>
        <source>E&amp;ntity underlines</source>
        <translation>Unterstreichung der &amp;Namen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Drucken:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the article with its notes</source>
        <translation>Den Artikel mit seinen Notizen drucken</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Save the article with its notes as a PDF</source>
        <translation>Den Artikel mit seinen Notizen als PDF speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported as PDF to %1</source>
        <translation>Als PDF nach %1 exportiert</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>Öffnen Sie einen Artikel, um ihn zu drucken.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>In %1 gedruckt</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Öffnen Sie einen Artikel, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>gloss::PrintDocument</name>
    <message>
        <source>%1, quoted</source>
        <translation>%1, zitiert</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 verwaist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Verwaiste Notizen</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Diese Notizen ließen sich im aktuellen Text des Artikels nicht mehr einordnen; jede zeigt ihre zuletzt bekannte Textstelle.</translation>
    </message>
</context>
<context>
    <name>gloss::ShortcutsDialog</name>
    <message>
        <source>Show actions &amp;without shortcuts</source>
        <translation>Aktionen &amp;ohne Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Gloss</source>
        <translation>Tastenkürzel — Gloss</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action or key, e.g. “note” or “Ctrl+F”</source>
        <translation>Aktion oder Taste, z. B. „Notiz“ oder „Ctrl+F“</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Lists only the actions whose name, menu or keys contain every word typed</source>
        <translation>Listet nur die Aktionen auf, deren Name, Menü oder Tasten jedes eingegebene Wort enthalten</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
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
        <source>no shortcut</source>
        <translation>kein Tastenkürzel</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>Zurzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>Keine Tastenkürzel.</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>Keine Aktion und keine Taste passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>gloss::SourceHeader</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Download the page again (the text shown is the copy saved when it was first opened)</source>
        <translation>Die Seite erneut herunterladen (gezeigt wird die beim ersten Öffnen gespeicherte Kopie)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>gloss::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show all speakers&apos; quotes</source>
        <translation>Die Zitate aller Sprecher zeigen</translation>
    </message>
    <message>
        <source>Clear the speaker filter (Esc)</source>
        <translation>Sprecherfilter aufheben (Esc)</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>Sprecher und ihre Farben</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Zitate: %1</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>Direct quotes without a known speaker</source>
        <translation>Direkte Zitate ohne bekannten Sprecher</translation>
    </message>
    <message>
        <source>No quoted speakers found.</source>
        <translation>Keine zitierten Sprecher gefunden.</translation>
    </message>
    <message>
        <source>Other speakers (%1)</source>
        <translation>Andere Sprecher (%1)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Einen Sprecher suchen</translation>
    </message>
    <message>
        <source>Shows the speakers whose name contains these letters; Down goes to the list</source>
        <translation>Zeigt die Sprecher, deren Name diese Buchstaben enthält; Pfeil nach unten wechselt in die Liste</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>Reihenfolge der Sprecher</translation>
    </message>
    <message>
        <source>Most quoted</source>
        <translation>Am häufigsten zitiert</translation>
    </message>
    <message>
        <source>First to speak</source>
        <translation>Zuerst zu Wort gekommen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pre&amp;vious Quote of the Speaker</source>
        <translation>Vo&amp;rheriges Zitat des Sprechers</translation>
    </message>
    <message>
        <source>Ne&amp;xt Quote of the Speaker</source>
        <translation>Nä&amp;chstes Zitat des Sprechers</translation>
    </message>
    <message>
        <source>Quote of the speaker</source>
        <translation>Zitat des Sprechers</translation>
    </message>
    <message>
        <source>The %1 most quoted speakers have a colour of their own; these %2 share this one.</source>
        <translation>Die %1 am häufigsten zitierten Sprecher haben eine eigene Farbe; diese %2 teilen sich diese hier.</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 angezeigt)</translation>
    </message>
    <message>
        <source>Who is quoted and how often; Enter shows only that speaker&apos;s quotes and goes to the first, again to the next; Esc shows everyone&apos;s again</source>
        <translation>Wer wie oft zitiert wird; Eingabe zeigt nur die Zitate dieses Sprechers und springt zum ersten, erneut zum nächsten; Esc zeigt wieder alle</translation>
    </message>
    <message>
        <source>Click a speaker for their quotes.</source>
        <translation>Klicken Sie auf einen Sprecher, um seine Zitate zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · %n Zitat</numerusform>
            <numerusform>%1 · %n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · quote %2 of %3</source>
        <translation>%1 · Zitat %2 von %3</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only this speaker&apos;s quotes and go to the first, again for the next; untick to stop tinting them.</source>
        <translation>Zitate: %1. Klicken, um nur die Zitate dieses Sprechers zu zeigen und zum ersten zu springen, erneut für das nächste; Häkchen entfernen, um sie nicht mehr einzufärben.</translation>
    </message>
    <message>
        <source>Speakers sharing one colour</source>
        <translation>Sprecher, die sich eine Farbe teilen</translation>
    </message>
    <message>
        <source>Speakers: %1 · Quotes: %2.</source>
        <translation>Sprecher: %1 · Zitate: %2.</translation>
    </message>
    <message>
        <source>The %1 most quoted have a colour of their own, the other %2 share grey.</source>
        <translation>Die %1 am häufigsten zitierten haben eine eigene Farbe, die übrigen %2 teilen sich Grau.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncController</name>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>&amp;Synchronisierungseinstellungen …</translation>
    </message>
    <message>
        <source>The WebDAV server, user and password, and when to sync</source>
        <translation>Der WebDAV-Server, Benutzer und Passwort und wann synchronisiert wird</translation>
    </message>
    <message>
        <source>Sync is off. The notes stay on this device.</source>
        <translation>Die Synchronisierung ist aus. Die Notizen bleiben auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The server refused the user name or password, so sync stopped. Enter them again in Notes &gt; Sync Settings.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt, daher wurde die Synchronisierung angehalten. Geben Sie beides unter Notizen &gt; Synchronisierungseinstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Sync: the server cannot be reached; the notes sync later. %1</source>
        <translation>Synchronisierung: Der Server ist nicht erreichbar; die Notizen werden später synchronisiert. %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync kept both versions of %n note(s) edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</source>
        <translation>
            <numerusform>Bei %n Notiz, die auf zwei Geräten bearbeitet wurde, hat die Synchronisierung beide Fassungen behalten: Die Kopie steht neben ihrer Notiz, mit dem Schlagwort „%1“ (Reiter Notizen; %2 in diesem Artikel).</numerusform>
            <numerusform>Bei %n Notizen, die auf zwei Geräten bearbeitet wurden, hat die Synchronisierung beide Fassungen behalten: Jede Kopie steht neben ihrer Notiz, mit dem Schlagwort „%1“ (Reiter Notizen; %2 in diesem Artikel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt</numerusform>
            <numerusform>%n Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisiert: %1.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncJson</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not an AnnotationCollection</source>
        <translation>keine AnnotationCollection</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Sync notes through a WebDAV server</source>
        <translation>Notizen über einen WebDAV-Server synchronisieren</translation>
    </message>
    <message>
        <source>Each device writes its own file on the server: give each machine its own name.</source>
        <translation>Jedes Gerät schreibt eine eigene Datei auf den Server: Geben Sie jedem Rechner einen eigenen Namen.</translation>
    </message>
    <message>
        <source>When an article &amp;opens</source>
        <translation>Beim Ö&amp;ffnen eines Artikels</translation>
    </message>
    <message>
        <source>After notes are &amp;saved</source>
        <translation>Nach dem &amp;Speichern von Notizen</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen zwei Synchronisierungen</translation>
    </message>
    <message>
        <source>With none ticked, notes sync only by hand (Notes &gt; Sync Now).</source>
        <translation>Ist nichts angekreuzt, werden die Notizen nur von Hand synchronisiert (Notizen &gt; Jetzt synchronisieren).</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronisieren:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the server now: the user and password, the folders, and whether it protects files from being overwritten. Nothing is saved.</source>
        <translation>Jetzt beim Server nachfragen: Benutzer und Passwort, die Ordner und ob er Dateien vor dem Überschreiben schützt. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>stored; type a new one to change it</source>
        <translation>gespeichert; zum Ändern ein neues eingeben</translation>
    </message>
    <message>
        <source>Enter the address of the WebDAV folder.</source>
        <translation>Geben Sie die Adresse des WebDAV-Ordners ein.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>Die Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the password (an app password, where the server offers them).</source>
        <translation>Geben Sie das Passwort ein (ein App-Passwort, sofern der Server solche anbietet).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
    <message>
        <source>The server answers: sync will work with these settings.</source>
        <translation>Der Server antwortet: Mit diesen Einstellungen funktioniert die Synchronisierung.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>gloss::SyncStateAction</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync Off</source>
        <translation>Synchronisierung aus</translation>
    </message>
    <message>
        <source>Notes are not synced. Click to set up sync with a WebDAV server (Nextcloud, ownCloud, …).</source>
        <translation>Die Notizen werden nicht synchronisiert. Klicken, um die Synchronisierung mit einem WebDAV-Server einzurichten (Nextcloud, ownCloud, …).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Sync is set up. Click to sync now.</source>
        <translation>Die Synchronisierung ist eingerichtet. Klicken, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>Synchronisierung %1/%2</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Syncing notes with the server…</source>
        <translation>Die Notizen werden mit dem Server synchronisiert …</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Notes are synced. Click to sync now.</source>
        <translation>Die Notizen sind synchronisiert. Klicken, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</source>
        <translation>
            <numerusform>%n Notiz wurde auf zwei Geräten bearbeitet: Beide Fassungen bleiben erhalten, die Kopie trägt im Reiter Notizen das Schlagwort „conflict“. Klicken, um jetzt zu synchronisieren.</numerusform>
            <numerusform>%n Notizen wurden auf zwei Geräten bearbeitet: Beide Fassungen bleiben erhalten, die Kopien tragen im Reiter Notizen das Schlagwort „conflict“. Klicken, um jetzt zu synchronisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server could not be reached; notes are kept here and sync later. Click to try now.</source>
        <translation>Der Server war nicht erreichbar; die Notizen bleiben hier und werden später synchronisiert. Klicken, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>Wrong Password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>The server refused the user or password; sync stopped. Click to open the sync settings.</source>
        <translation>Der Server hat Benutzer oder Passwort abgelehnt; die Synchronisierung wurde angehalten. Klicken, um die Synchronisierungseinstellungen zu öffnen.</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last sync failed. Click to try again.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen. Klicken, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>no byte order mark: read as %1</source>
        <translation>keine Bytereihenfolge-Markierung: als %1 gelesen</translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced by �</source>
        <translation>ungültige %1-Sequenzen durch � ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by �</source>
        <translation>
            <numerusform>%n ungültiges UTF-8-Byte durch � ersetzt</numerusform>
            <numerusform>%n ungültige UTF-8-Bytes durch � ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Windows-1252 (Latin-1)</source>
        <translation>kein gültiges UTF-8: als Windows-1252 (Latin-1) gelesen</translation>
    </message>
    <message>
        <source>not a text file (%1% of it is control or undecodable characters)</source>
        <translation>keine Textdatei (%1 % davon sind Steuerzeichen oder nicht dekodierbare Zeichen)</translation>
    </message>
    <message numerus="yes">
        <source>%n control or undecodable character(s) removed or replaced</source>
        <translation>
            <numerusform>%n Steuerzeichen oder nicht dekodierbares Zeichen entfernt oder ersetzt</numerusform>
            <numerusform>%n Steuerzeichen oder nicht dekodierbare Zeichen entfernt oder ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::WebSources</name>
    <message>
        <source>Open &amp;Link…</source>
        <translation>&amp;Link öffnen …</translation>
    </message>
    <message>
        <source>Open a news article from the web</source>
        <translation>Einen Nachrichtenartikel aus dem Web öffnen</translation>
    </message>
    <message>
        <source>Reload from &amp;Web</source>
        <translation>Aus dem &amp;Web neu laden</translation>
    </message>
    <message>
        <source>Download the shown page again instead of using the saved copy</source>
        <translation>Die gezeigte Seite erneut herunterladen, statt die gespeicherte Kopie zu verwenden</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>Als &amp;neuen Artikel einfügen</translation>
    </message>
    <message>
        <source>Open the text or web page selection on the clipboard as an article</source>
        <translation>Den Text oder die Webseiten-Auswahl in der Zwischenablage als Artikel öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened the copy saved when this page was first read (File &gt; Reload from Web for the current page)</source>
        <translation>Die beim ersten Lesen gespeicherte Kopie dieser Seite wurde geöffnet (Datei &gt; Aus dem Web neu laden für die aktuelle Seite)</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open</source>
        <translation>Die Zwischenablage enthält keinen Text zum Öffnen</translation>
    </message>
</context>
<context>
    <name>gloss::cli</name>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Ortsmarke:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>Sprecher (%1)</translation>
    </message>
    <message>
        <source>  (no speaker) ×%1</source>
        <translation>  (kein Sprecher) ×%1</translation>
    </message>
    <message>
        <source>Other quoted words (%1)</source>
        <translation>Andere Wörter in Anführungszeichen (%1)</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>Namen (%1)</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>Aussagen (%1)</translation>
    </message>
    <message>
        <source>Analyse articles: quotes, speakers, entities, claims.
Several files are analysed in parallel and printed in the order given, one JSON object per line. &apos;-&apos; reads standard input.</source>
        <translation>Artikel analysieren: Zitate, Sprecher, Namen, Aussagen.
Mehrere Dateien werden parallel analysiert und in der angegebenen Reihenfolge ausgegeben, ein JSON-Objekt pro Zeile. „-“ liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>Ausgabeformat: json (Standard) oder text.</translation>
    </message>
    <message>
        <source>Article files (.txt, .md, .html, ...) or web addresses (http, https).</source>
        <translation>Artikeldateien (.txt, .md, .html, ...) oder Webadressen (http, https).</translation>
    </message>
    <message>
        <source>analyze: %1 (see gloss analyze --help)</source>
        <translation>analyze: %1 (siehe gloss analyze --help)</translation>
    </message>
    <message>
        <source>analyze: unknown format &apos;%1&apos; (json or text)</source>
        <translation>analyze: unbekanntes Format „%1“ (json oder text)</translation>
    </message>
    <message>
        <source>analyze: no file given (see gloss analyze --help)</source>
        <translation>analyze: keine Datei angegeben (siehe gloss analyze --help)</translation>
    </message>
    <message>
        <source>-: too large (the limit is %1 MB)</source>
        <translation>-: zu groß (die Grenze liegt bei %1 MB)</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Ordner der Daten von Gloss (Standard: $GLOSS_DATA_DIR, sonst der übliche).</translation>
    </message>
    <message>
        <source>Exports the notes on an article (with the article, for HTML).

  gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]</source>
        <translation>Exportiert die Notizen zu einem Artikel (bei HTML mit dem Artikel).

  gloss export DATEI --format md|html|w3c|csv [-o AUSGABE] [--include claims,quotes]</translation>
    </message>
    <message>
        <source>md (Markdown), html, w3c (W3C Web Annotation JSON-LD) or csv.</source>
        <translation>md (Markdown), html, w3c (W3C-Webannotation, JSON-LD) oder csv.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>In diese Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Sections to add to md and html: claims (claims by source), quotes (quotes by speaker); comma-separated.</source>
        <translation>Abschnitte für md und html: claims (Aussagen nach Quelle), quotes (Zitate nach Sprecher); durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>html: only the paragraphs that carry notes (default: the whole article).</source>
        <translation>html: nur die Absätze mit Notizen (Standard: der ganze Artikel).</translation>
    </message>
    <message>
        <source>csv: no UTF-8 byte order mark at the start.</source>
        <translation>csv: keine UTF-8-Bytereihenfolge-Markierung am Anfang.</translation>
    </message>
    <message>
        <source>The article.</source>
        <translation>Der Artikel.</translation>
    </message>
    <message>
        <source>export: expected one FILE (see gloss export --help)</source>
        <translation>export: genau eine DATEI erwartet (siehe gloss export --help)</translation>
    </message>
    <message>
        <source>export: unknown format %1 (md, html, w3c or csv)</source>
        <translation>export: unbekanntes Format %1 (md, html, w3c oder csv)</translation>
    </message>
    <message>
        <source>export: unknown section %1 (claims or quotes)</source>
        <translation>export: unbekannter Abschnitt %1 (claims oder quotes)</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations (a Gloss export, or Hypothesis&apos;s W3C form) into the notes on an article, merged by id and re-anchored in its text.

  gloss notes import FILE ANNOTATIONS.json [--force]</source>
        <translation>Importiert W3C-Webannotationen (einen Gloss-Export oder die W3C-Form von Hypothesis) in die Notizen zu einem Artikel, nach ID zusammengeführt und im Text neu verankert.

  gloss notes import DATEI ANNOTATIONEN.json [--force]</translation>
    </message>
    <message>
        <source>Import notes made on another article all the same.</source>
        <translation>Notizen zu einem anderen Artikel trotzdem importieren.</translation>
    </message>
    <message>
        <source>The W3C JSON file.</source>
        <translation>Die W3C-JSON-Datei.</translation>
    </message>
    <message>
        <source>notes import: expected FILE and ANNOTATIONS.json (see gloss notes import --help)</source>
        <translation>notes import: DATEI und ANNOTATIONEN.json erwartet (siehe gloss notes import --help)</translation>
    </message>
    <message>
        <source>notes import: cannot read %1: %2</source>
        <translation>notes import: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>notes import: %1 is too large</source>
        <translation>notes import: %1 ist zu groß</translation>
    </message>
    <message>
        <source>notes import: %1</source>
        <translation>notes import: %1</translation>
    </message>
    <message>
        <source>notes import: the notes were made on another article (%1); imported as asked</source>
        <translation>notes import: Die Notizen wurden zu einem anderen Artikel gemacht (%1); wie gewünscht importiert</translation>
    </message>
    <message>
        <source>(article)</source>
        <translation>(Artikel)</translation>
    </message>
    <message>
        <source>note id %1 is ambiguous (%2 notes start with it)</source>
        <translation>Notiz-ID %1 ist mehrdeutig (%2 Notizen beginnen damit)</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>keine Notiz mit der ID %1</translation>
    </message>
    <message>
        <source>The exact words to note (as in the article).</source>
        <translation>Die genauen Worte, zu denen die Notiz gehört (wie im Artikel).</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, counting from 1 (needed when it occurs more than once).</source>
        <translation>Welches Vorkommen des Zitats, ab 1 gezählt (nötig, wenn es mehrmals vorkommt).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>Ein Schlagwort (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Colour: %1, or #rrggbb.</source>
        <translation>Farbe: %1 oder #rrggbb.</translation>
    </message>
    <message>
        <source>Output of list: json (default) or text.</source>
        <translation>Ausgabe von list: json (Standard) oder text.</translation>
    </message>
    <message>
        <source>notes list: unknown format %1 (json or text)</source>
        <translation>notes list: unbekanntes Format %1 (json oder text)</translation>
    </message>
    <message>
        <source>no notes
</source>
        <translation>keine Notizen
</translation>
    </message>
    <message>
        <source>notes remove: which note? (gloss notes remove FILE ID)</source>
        <translation>notes remove: Welche Notiz? (gloss notes remove DATEI ID)</translation>
    </message>
    <message>
        <source>notes add: --text is missing</source>
        <translation>notes add: --text fehlt</translation>
    </message>
    <message>
        <source>notes add: unknown colour %1 (use %2, or #rrggbb)</source>
        <translation>notes add: unbekannte Farbe %1 (%2 oder #rrggbb verwenden)</translation>
    </message>
    <message>
        <source>notes add: the quote is empty</source>
        <translation>notes add: Das Zitat ist leer</translation>
    </message>
    <message>
        <source>notes add: the quote is not in %1</source>
        <translation>notes add: Das Zitat steht nicht in %1</translation>
    </message>
    <message>
        <source>notes add: --occurrence must be between 1 and %1</source>
        <translation>notes add: --occurrence muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>notes add: the quote occurs %1 times in %2; choose one with --occurrence 1..%1</source>
        <translation>notes add: Das Zitat kommt %1-mal in %2 vor; wählen Sie eines mit --occurrence 1..%1</translation>
    </message>
    <message>
        <source>notes add: --occurrence needs --quote</source>
        <translation>notes add: --occurrence braucht --quote</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>words, paragraphs, sentences (format)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n Absatz</numerusform>
            <numerusform>%n Absätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Notes on an article, kept in the same store as the window.

  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FILE --text NOTE          (a note on the whole article)
  gloss notes list FILE [--format json|text]
  gloss notes remove FILE ID
  gloss notes import FILE ANNOTATIONS.json [--force]   (see gloss notes import --help)</source>
        <translation>Notizen zu einem Artikel, im selben Speicher abgelegt wie im Fenster.

  gloss notes add DATEI --quote TEXT [--occurrence N] --text NOTIZ [--tag T]... [--color C]
  gloss notes add DATEI --text NOTIZ          (eine Notiz zum ganzen Artikel)
  gloss notes list DATEI [--format json|text]
  gloss notes remove DATEI ID
  gloss notes import DATEI ANNOTATIONEN.json [--force]   (siehe gloss notes import --help)</translation>
    </message>
    <message>
        <source>add, list, remove or import.</source>
        <translation>add, list, remove oder import.</translation>
    </message>
    <message>
        <source>notes: expected add, list, remove or import and a FILE (see gloss notes --help)</source>
        <translation>notes: add, list, remove oder import und eine DATEI erwartet (siehe gloss notes --help)</translation>
    </message>
    <message>
        <source>  (see %1 --help)
</source>
        <translation>  (siehe %1 --help)
</translation>
    </message>
    <message>
        <source>%1: web pages cannot be read here (%2)</source>
        <translation>%1: Webseiten können hier nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the library cannot be used here (%1)</source>
        <translation>die Bibliothek kann hier nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>Syncs notes with a WebDAV folder (Nextcloud, ownCloud, a NAS, Apache, lighttpd).

  gloss sync setup URL --user NAME [--device NAME]
      Sets up sync for this data folder: the password (an app password) is read
      from GLOSS_SYNC_PASSWORD or the terminal and kept in the system keychain
      (where none runs: in a file readable by you only). Checks that the server
      honours preconditions, and warns when it does not.
  gloss sync [--dry-run] [FILE...]
      Syncs the notes of every article with notes (here or on the server), or of
      the FILEs named. Notes edited on two devices keep both versions (a conflict
      copy); nothing local is deleted by a sync.
  gloss sync status
      Shows the settings and the last sync, without the network.

Each data folder (--data-dir, GLOSS_DATA_DIR) is a device of its own.</source>
        <translation>Synchronisiert Notizen mit einem WebDAV-Ordner (Nextcloud, ownCloud, ein NAS, Apache, lighttpd).

  gloss sync setup URL --user NAME [--device NAME]
      Richtet die Synchronisierung für diesen Datenordner ein: Das Passwort (ein
      App-Passwort) wird aus GLOSS_SYNC_PASSWORD oder vom Terminal gelesen und im
      System-Schlüsselbund abgelegt (wo keiner läuft: in einer nur für Sie
      lesbaren Datei). Prüft, ob der Server Vorbedingungen einhält; warnt sonst.
  gloss sync [--dry-run] [DATEI...]
      Synchronisiert die Notizen jedes Artikels mit Notizen (hier oder auf dem
      Server) oder nur die der als DATEI angegebenen Artikel. Auf zwei Geräten
      bearbeitete Notizen behalten beide Fassungen (eine Konfliktkopie); eine
      Synchronisierung löscht hier nichts.
  gloss sync status
      Zeigt die Einstellungen und die letzte Synchronisierung, ohne Netzwerk.

Jeder Datenordner (--data-dir, GLOSS_DATA_DIR) ist ein eigenes Gerät.</translation>
    </message>
    <message>
        <source>The user name on the server (setup).</source>
        <translation>Der Benutzername auf dem Server (setup).</translation>
    </message>
    <message>
        <source>This device&apos;s name (setup; default: the host name).</source>
        <translation>Der Name dieses Geräts (setup; Standard: der Rechnername).</translation>
    </message>
    <message>
        <source>Say what a sync would change, and change nothing.</source>
        <translation>Zeigen, was eine Synchronisierung ändern würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>setup URL, status, or the FILEs to sync (none: all).</source>
        <translation>setup URL, status oder die zu synchronisierenden DATEIen (keine: alle).</translation>
    </message>
    <message>
        <source>sync is not available here (%1)</source>
        <translation>Synchronisierung ist hier nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>sync setup: expected a URL and --user NAME (see gloss sync --help)</source>
        <translation>sync setup: eine URL und --user NAME erwartet (siehe gloss sync --help)</translation>
    </message>
    <message>
        <source>sync setup: no password given (GLOSS_SYNC_PASSWORD or the terminal)</source>
        <translation>sync setup: kein Passwort angegeben (GLOSS_SYNC_PASSWORD oder das Terminal)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>sync setup failed: %1</source>
        <translation>sync setup fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server:    %1
</source>
        <translation>Server:                 %1
</translation>
    </message>
    <message>
        <source>User:      %1
</source>
        <translation>Benutzer:               %1
</translation>
    </message>
    <message>
        <source>Device:    %1
</source>
        <translation>Gerät:                  %1
</translation>
    </message>
    <message>
        <source>Password:  %1
</source>
        <translation>Passwort:               %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>Zuletzt synchronisiert: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Letzter Fehler:         %1
</translation>
    </message>
    <message>
        <source>Articles:  %1 synced, %2 with changes not sent yet
</source>
        <translation>Artikel:                %1 synchronisiert, %2 mit noch nicht gesendeten Änderungen
</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing changed. %n article(s) looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</source>
        <translation>
            <numerusform>Probelauf, nichts geändert. %n Artikel durchgesehen; würde hier %1 Notiz(en) hinzufügen, %2 ändern, %3 entfernen, %4 Konfliktkopie(n) anlegen, %5 Datei(en) senden, %6 abrufen.</numerusform>
            <numerusform>Probelauf, nichts geändert. %n Artikel durchgesehen; würde hier %1 Notiz(en) hinzufügen, %2 ändern, %3 entfernen, %4 Konfliktkopie(n) anlegen, %5 Datei(en) senden, %6 abrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</source>
        <translation>
            <numerusform>%n Artikel synchronisiert: hier %1 Notiz(en) hinzugefügt, %2 geändert, %3 entfernt, %4 Konfliktkopie(n); %5 Datei(en) gesendet, %6 abgerufen.</numerusform>
            <numerusform>%n Artikel synchronisiert: hier %1 Notiz(en) hinzugefügt, %2 geändert, %3 entfernt, %4 Konfliktkopie(n); %5 Datei(en) gesendet, %6 abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1. Check the user and the app password (gloss sync setup); nothing was changed on the server.</source>
        <translation>Synchronisierung abgebrochen: %1. Prüfen Sie Benutzer und App-Passwort (gloss sync setup); auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>sync stopped: %1. The notes here are intact; the next sync completes it.</source>
        <translation>Synchronisierung abgebrochen: %1. Die Notizen hier sind unversehrt; die nächste Synchronisierung schließt sie ab.</translation>
    </message>
    <message>
        <source>sync stopped: %1</source>
        <translation>Synchronisierung abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window offscreen to a PNG file and exit.</source>
        <translation>Das Fenster unsichtbar in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Fenstergröße für --screenshot (Standard 1400x900).</translation>
    </message>
    <message>
        <source>Colour theme of the window, e.g. &quot;Breeze Dark&quot; (any KSyntaxHighlighting theme; default: follow the system&apos;s light or dark scheme).</source>
        <translation>Farbschema des Fensters, z. B. „Breeze Dark“ (jedes Schema von KSyntaxHighlighting; Standard: dem hellen oder dunklen Schema des Systems folgen).</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data, the notes (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Ordner der Daten von Gloss, der Notizen (Standard: $GLOSS_DATA_DIR, sonst der übliche).</translation>
    </message>
    <message>
        <source>no theme called “%1”; installed themes:</source>
        <translation>kein Farbschema namens „%1“; installierte Schemata:</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
  To see the window on a virtual display: xvfb-run -a gloss [FILE]
  To render the window to a picture:     gloss --screenshot out.png [FILE]
  To analyse without a window:           gloss analyze FILE --format text
</source>
        <translation>gloss: kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
  Das Fenster auf einem virtuellen Bildschirm:  xvfb-run -a gloss [DATEI]
  Das Fenster als Bild:                         gloss --screenshot bild.png [DATEI]
  Analysieren ohne Fenster:                     gloss analyze DATEI --format text
</translation>
    </message>
    <message>
        <source>gloss: the window cannot be loaded: %1
</source>
        <translation>gloss: Das Fenster kann nicht geladen werden: %1
</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Gloss is running already (by default the running window opens the article).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Gloss schon läuft (sonst öffnet das laufende Fenster den Artikel).</translation>
    </message>
    <message>
        <source>Article file or web address to open (default: the sample); of several, the first is shown and the other files go to Open Recent.</source>
        <translation>Artikeldatei oder Webadresse zum Öffnen (Vorgabe: der Beispielartikel); bei mehreren wird die erste gezeigt, die anderen Dateien kommen unter „Zuletzt geöffnet“.</translation>
    </message>
    <message>
        <source>Gloss: read news articles closely.

Sub-commands (headless, no display needed):
  analyze FILE... [--format json|text]   quotes, speakers, entities, claims
  notes add|list|remove FILE ...        notes (see gloss notes --help)
  notes import FILE ANNOTATIONS.json    W3C annotations into the notes
  export FILE --format md|html|w3c|csv  the notes, for other tools
  sync [setup URL|status] [FILE...]     notes synced through WebDAV
  library add|list|search|people|export|check   every article read (see gloss library --help)</source>
        <translation>Gloss: Nachrichtenartikel genau lesen.

Unterbefehle (ohne Fenster, kein Bildschirm nötig):
  analyze DATEI... [--format json|text]  Zitate, Sprecher, Namen, Aussagen
  notes add|list|remove DATEI ...       Notizen (siehe gloss notes --help)
  notes import DATEI ANNOTATIONEN.json  W3C-Annotationen in die Notizen
  export DATEI --format md|html|w3c|csv die Notizen, für andere Programme
  sync [setup URL|status] [DATEI...]    über WebDAV synchronisierte Notizen
  library add|list|search|people|export|check   alle gelesenen Artikel (siehe gloss library --help)</translation>
    </message>
    <message>
        <source>Show the Library view (every article read).</source>
        <translation>Die Ansicht Bibliothek zeigen (alle gelesenen Artikel).</translation>
    </message>
    <message>
        <source>Show the Library view searching for this (FTS5 syntax); with --library-kind articles, quotes or notes.</source>
        <translation>Die Ansicht Bibliothek mit dieser Suche zeigen (FTS5-Syntax); mit --library-kind articles, quotes oder notes.</translation>
    </message>
    <message>
        <source>Kind of results of --library-search: articles (default), quotes or notes.</source>
        <translation>Art der Ergebnisse von --library-search: articles (Standard), quotes oder notes.</translation>
    </message>
    <message>
        <source>unknown --library-kind %1 (articles, quotes or notes)</source>
        <translation>unbekannter Wert für --library-kind: %1 (articles, quotes oder notes)</translation>
    </message>
</context>
</TS>
