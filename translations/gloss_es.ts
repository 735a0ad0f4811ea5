<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticleCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
</context>
<context>
    <name>HtmlCharset</name>
    <message>
        <source>Unknown character set &quot;%1&quot; ignored</source>
        <translation>Se ignoró el juego de caracteres desconocido «%1»</translation>
    </message>
    <message>
        <source>No character set declared and the page is not UTF-8: read as Windows-1252</source>
        <translation>No se declara ningún juego de caracteres y la página no está en UTF-8: se lee como Windows-1252</translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <source>Ignored invalid JSON-LD metadata: %1</source>
        <translation>Se ignoraron metadatos JSON-LD no válidos: %1</translation>
    </message>
    <message>
        <source>No article text found in the page</source>
        <translation>No se encontró texto de artículo en la página</translation>
    </message>
    <message>
        <source>The page nests its markup more than %1 levels deep: the deeper parts are read as plain text</source>
        <translation>La página anida su marcado a más de %1 niveles: las partes más profundas se leen como texto sin formato</translation>
    </message>
</context>
<context>
    <name>gloss::Analyzer</name>
    <message>
        <source>text too long: quotes, entities and claims cover its first %1 of %2 characters only (%3 of %4 paragraphs)</source>
        <translation>texto demasiado largo: las citas, los nombres y las afirmaciones solo cubren sus primeros %1 de %2 caracteres (%3 de %4 párrafos)</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationJson</name>
    <message numerus="yes">
        <source>%Ln note(s) could not be read</source>
        <translation>
            <numerusform>No se pudo leer %Ln nota</numerusform>
            <numerusform>No se pudieron leer %Ln notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationStore</name>
    <message>
        <source>%1 is in the way</source>
        <translation>%1 estorba</translation>
    </message>
    <message>
        <source>Cannot create the notes folder %1; notes are not saved.</source>
        <translation>No se puede crear la carpeta de notas %1; las notas no se guardan.</translation>
    </message>
    <message>
        <source>Cannot save the index of notes %1: %2</source>
        <translation>No se puede guardar el índice de notas %1: %2</translation>
    </message>
    <message>
        <source>The unsaved notes were written to %1; import them with &quot;gloss notes import %2 %1&quot; once the notes folder can be written.</source>
        <translation>Las notas sin guardar se escribieron en %1; impórtelas con «gloss notes import %2 %1» cuando se pueda escribir en la carpeta de notas.</translation>
    </message>
    <message numerus="yes">
        <source>The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.</source>
        <translation>
            <numerusform>Las notas no se pudieron guardar en ningún sitio (%1): se ha perdido %n nota de %2.</numerusform>
            <numerusform>Las notas no se pudieron guardar en ningún sitio (%1): se han perdido %n notas de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the notes to %1: %2. They stay open and are saved at the next change.</source>
        <translation>No se pueden guardar las notas en %1: %2. Siguen abiertas y se guardarán con el próximo cambio.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1): it is left as it is and will not be written to.</source>
        <translation>No se pudo apartar (%1): se deja como está y no se escribirá en él.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Se ha apartado como %1.</translation>
    </message>
    <message>
        <source>The notes file %1 is a symbolic link.</source>
        <translation>El archivo de notas %1 es un enlace simbólico.</translation>
    </message>
    <message>
        <source>The notes file %1 is a folder.</source>
        <translation>El archivo de notas %1 es una carpeta.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file.</source>
        <translation>El archivo de notas %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The notes file %1 is too large to be a notes file (%2 MB).</source>
        <translation>El archivo de notas %1 es demasiado grande para ser un archivo de notas (%2 MB).</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de notas %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The notes file %1 is damaged (%2); %n note(s) could be read.</source>
        <translation>
            <numerusform>El archivo de notas %1 está dañado (%2); se pudo leer %n nota.</numerusform>
            <numerusform>El archivo de notas %1 está dañado (%2); se pudieron leer %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes index %1 is damaged; it is rebuilt from the notes files.</source>
        <translation>El índice de notas %1 está dañado; se reconstruye a partir de los archivos de notas.</translation>
    </message>
    <message>
        <source>Cannot record the deleted notes for sync: %1</source>
        <translation>No se pueden registrar las notas eliminadas para la sincronización: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFetcher</name>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation>%1 no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>Descarga de %1 cancelada</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which Gloss does not follow</source>
        <translation>%1 redirige a %2, y Gloss no sigue esa redirección</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 es demasiado grande (%2 MB; el límite es de %3 MB)</translation>
    </message>
    <message>
        <source>%1 is not a web page but %2; Gloss opens HTML pages and text</source>
        <translation>%1 no es una página web sino %2; Gloss abre páginas HTML y texto</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; download stopped</source>
        <translation>%1 supera los %2 MB; descarga detenida</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3</source>
        <translation>El servidor respondió %1 %2 para %3</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 no respondió en %2 segundos</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 redirige más de %2 veces</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>No se puede descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 supera los %2 MB</translation>
    </message>
    <message>
        <source>No article text found at %1</source>
        <translation>No se encontró texto de artículo en %1</translation>
    </message>
    <message>
        <source>The page text could not be kept for later: %1</source>
        <translation>No se pudo conservar el texto de la página para más tarde: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFileWatcher</name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n nota añadida</numerusform>
            <numerusform>%n notas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved by another program: %1.</source>
        <translation>Notas guardadas por otro programa: %1.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk; the window keeps the text it read (and its notes).</source>
        <translation>«%1» se eliminó o se movió en el disco; la ventana conserva el texto que leyó (y sus notas).</translation>
    </message>
    <message>
        <source>it holds no text now</source>
        <translation>ya no contiene texto</translation>
    </message>
    <message>
        <source>“%1” changed on disk but cannot be read again (%2); the window keeps the text it read.</source>
        <translation>«%1» cambió en el disco pero no se puede volver a leer (%2); la ventana conserva el texto que leyó.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again.</source>
        <translation>«%1» cambió en el disco y se volvió a leer.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) were placed on the new text.</source>
        <translation>
            <numerusform>Su %n nota se situó en el nuevo texto.</numerusform>
            <numerusform>Sus %n notas se situaron en el nuevo texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their passage and are listed as orphans in the Notes tab.</source>
        <translation>
            <numerusform>%n nota perdió su pasaje y figura como huérfana en la pestaña Notas.</numerusform>
            <numerusform>%n notas perdieron su pasaje y figuran como huérfanas en la pestaña Notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The article text. Quotes are coloured by speaker; hover a quote to see who said it.</source>
        <translation>El texto del artículo. Las citas se colorean según el hablante; pase el puntero por una cita para ver quién la dijo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scare quote&lt;/b&gt;: the writer’s distance from the words, not a speaker’s.</source>
        <translation>&lt;b&gt;Comillas de distancia&lt;/b&gt;: el autor se distancia de esas palabras, que no son de ningún hablante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Title&lt;/b&gt; of a work.</source>
        <translation>&lt;b&gt;Título&lt;/b&gt; de una obra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed quote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cita sin atribuir&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Verbo introductor: «%1»</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>A través de: %1</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only theirs.</source>
        <translation>Citas: %1. Haga clic para mostrar solo las suyas.</translation>
    </message>
    <message>
        <source>Nothing to read yet</source>
        <translation>Todavía no hay nada que leer</translation>
    </message>
    <message>
        <source>Open an article with %1, or drop a file here.</source>
        <translation>Abra un artículo con %1 o suelte un archivo aquí.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>country, region or city</source>
        <translation>país, región o ciudad</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>event</source>
        <translation>acontecimiento</translation>
    </message>
    <message>
        <source>work</source>
        <translation>obra</translation>
    </message>
    <message>
        <source>name</source>
        <comment>an entity of no known type</comment>
        <translation>nombre</translation>
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
        <translation>%1 (a través de %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
</context>
<context>
    <name>gloss::ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrar afirmaciones</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Afirmaciones por fuente</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
    <message>
        <source>cue: “%1”</source>
        <translation>verbo introductor: «%1»</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Afirmaciones: %1</translation>
    </message>
    <message>
        <source>No claims found in this article.</source>
        <translation>No se encontraron afirmaciones en este artículo.</translation>
    </message>
    <message>
        <source>The claims grouped by who made them, with their kind; Enter shows the claim in the article</source>
        <translation>Las afirmaciones agrupadas por quién las hizo, con su tipo; Intro muestra la afirmación en el artículo</translation>
    </message>
    <message>
        <source>Claims: %1 of %2 shown</source>
        <translation>Afirmaciones: se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>gloss::CopyCitation</name>
    <message>
        <source>Copy with Citation</source>
        <translation>Copiar con referencia</translation>
    </message>
    <message>
        <source>Copy the words with who said them and the article&apos;s title, site, date and address</source>
        <translation>Copiar las palabras con quién las dijo y el título, sitio, fecha y dirección del artículo</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy the words as a Markdown block quote with their citation</source>
        <translation>Copiar las palabras como cita en bloque de Markdown con su referencia</translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation>Copiado con su referencia.</translation>
    </message>
    <message>
        <source>Copied as Markdown with its citation.</source>
        <translation>Copiado como Markdown con su referencia.</translation>
    </message>
</context>
<context>
    <name>gloss::Document</name>
    <message>
        <source>Sample article (bundled with Gloss)</source>
        <translation>Artículo de ejemplo (incluido con Gloss)</translation>
    </message>
    <message>
        <source>%1 (bundled with Gloss)</source>
        <translation>%1 (incluido con Gloss)</translation>
    </message>
</context>
<context>
    <name>gloss::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Nombres por tipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Places (political)</source>
        <translation>Lugares (políticos)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Obras</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Mentions: %1. Click again for the next one.</source>
        <translation>Menciones: %1. Haga clic de nuevo para ir a la siguiente.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>No names found in this article.</source>
        <translation>No se encontraron nombres en este artículo.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the article; Enter shows the next mention</source>
        <translation>Personas, organizaciones y lugares nombrados en el artículo; Intro muestra la siguiente mención</translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message>
        <source>Export Notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, GitHub, …)</source>
        <translation>Markdown (Obsidian, GitHub, …)</translation>
    </message>
    <message>
        <source>HTML page (print, share)</source>
        <translation>Página HTML (imprimir, compartir)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Anotaciones web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Afirmaciones por fuente</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citas por hablante</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Artículo completo</translation>
    </message>
    <message>
        <source>Only noted paragraphs</source>
        <translation>Solo los párrafos con notas</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>… (preview shortened; the file is complete)</source>
        <translation>… (vista previa abreviada; el archivo está completo)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 characters</source>
        <translation>
            <numerusform>%n nota, %1 caracteres</numerusform>
            <numerusform>%n notas, %1 caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The export as it will be saved or copied</source>
        <translation>La exportación tal como se guardará o copiará</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Vista previa renderizada</translation>
    </message>
    <message>
        <source>The export as a browser or Markdown viewer shows it</source>
        <translation>La exportación tal como la muestra un navegador o un visor de Markdown</translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation>En la vista previa no se siguen los enlaces: %1</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Renderizada</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>Códig&amp;o fuente</translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Matches are marked as you type; Enter finds the next, Shift+Enter the previous</source>
        <translation>Las coincidencias se marcan al escribir; Intro busca la siguiente y Mayús+Intro la anterior</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>¶ %1 · %n match(es) — %2</source>
        <comment>paragraph number, count, context</comment>
        <translation>
            <numerusform>¶ %1 · %n coincidencia — %2</numerusform>
            <numerusform>¶ %1 · %n coincidencias — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: %n match(es)</source>
        <translation>
            <numerusform>Párrafo %1: %n coincidencia</numerusform>
            <numerusform>Párrafo %1: %n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Match &amp;Case</source>
        <translation>&amp;Mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Find only matches with the same capitals</source>
        <translation>Buscar solo coincidencias con las mismas mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <source>Find whole words only, not parts of longer words</source>
        <translation>Buscar solo palabras completas, no partes de palabras más largas</translation>
    </message>
    <message>
        <source>Paragraphs with matches</source>
        <translation>Párrafos con coincidencias</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>en %n párrafo</numerusform>
            <numerusform>en %n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.</source>
        <translation>
            <numerusform>La coincidencia %1 de %2 es la número %3 de la %n coincidencia del párrafo %4.</numerusform>
            <numerusform>La coincidencia %1 de %2 es la número %3 de las %n coincidencias del párrafo %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the list of paragraphs with matches.</source>
        <translation>Haga clic para ver la lista de párrafos con coincidencias.</translation>
    </message>
    <message>
        <source>Enter or a click goes to the paragraph&apos;s first match</source>
        <translation>Intro o un clic lleva a la primera coincidencia del párrafo</translation>
    </message>
</context>
<context>
    <name>gloss::FolderImport</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add every article of a folder to the library</source>
        <translation>Añadir a la biblioteca todos los artículos de una carpeta</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Importando artículos</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import (the articles added so far stay)</source>
        <translation>Detener la importación (los artículos ya añadidos se conservan)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>An import is running already.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Adding articles to the library…</source>
        <translation>Añadiendo artículos a la biblioteca…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>Import stopped: %1 added</source>
        <translation>Importación detenida: %1 añadidos</translation>
    </message>
    <message>
        <source>Import finished: %1 added</source>
        <translation>Importación terminada: %1 añadidos</translation>
    </message>
    <message>
        <source>, %1 updated</source>
        <translation>, %1 actualizados</translation>
    </message>
    <message>
        <source>, %1 there already</source>
        <translation>, %1 ya estaban</translation>
    </message>
    <message>
        <source>, %1 could not be read</source>
        <translation>, %1 no se pudieron leer</translation>
    </message>
    <message>
        <source>… and %L1 more (Show Details…)</source>
        <translation>… y %L1 más (Mostrar detalles…)</translation>
    </message>
</context>
<context>
    <name>gloss::GettingStartedDialog</name>
    <message>
        <source>Getting Started — Gloss</source>
        <translation>Primeros pasos — Gloss</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Getting started with Gloss</source>
        <translation>Primeros pasos con Gloss</translation>
    </message>
    <message>
        <source>Gloss helps you read a news article closely: who is speaking, what is claimed, and your own notes beside the text. The article itself is never changed; everything Gloss adds is colour, marks and notes.</source>
        <translation>Gloss le ayuda a leer una noticia con atención: quién habla, qué se afirma y sus propias notas junto al texto. El artículo nunca se modifica; todo lo que Gloss añade son colores, marcas y notas.</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Abrir un artículo</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML file with %1, or drop it on the window. %2 downloads a web page and keeps its article (without menus, ads and comments); %3 opens the text on the clipboard.</source>
        <translation>Abra un archivo de texto, Markdown o HTML con %1, o suéltelo en la ventana. %2 descarga una página web y conserva su artículo (sin menús, anuncios ni comentarios); %3 abre el texto del portapapeles.</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Qué significan los colores</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>countries and cities</source>
        <translation>países y ciudades</translation>
    </message>
    <message>
        <source>other places</source>
        <translation>otros lugares</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>una cita</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>discurso referido</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>matizada</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>una afirmación simple</translation>
    </message>
    <message>
        <source>Every direct quote is tinted in its speaker’s colour %1, and so is the speaker’s name; the Speakers tab is the legend.</source>
        <translation>Cada cita directa se tiñe del color de su hablante %1, igual que el nombre del hablante; la pestaña Hablantes es la leyenda.</translation>
    </message>
    <message>
        <source>A quote nobody is named for is %1; scare quotes (“so-called”) and titles are %2.</source>
        <translation>Una cita sin hablante nombrado aparece %1; las comillas de distancia («supuesto») y los títulos aparecen %2.</translation>
    </message>
    <message>
        <source>in this neutral colour</source>
        <translation>en este color neutro</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>más claros</translation>
    </message>
    <message>
        <source>Names are underlined by what they name: %1.</source>
        <translation>Los nombres se subrayan según lo que nombran: %1.</translation>
    </message>
    <message>
        <source>A bar in the left margin marks a claim, in the colour of its kind: %1.</source>
        <translation>Una barra en el margen izquierdo marca una afirmación, en el color de su tipo: %1.</translation>
    </message>
    <message>
        <source>Hover a quote for its speaker and the words that attribute it; click a speaker’s name to show only their quotes, and press %1 to see everyone’s again.</source>
        <translation>Pase el puntero por una cita para ver su hablante y las palabras que se la atribuyen; haga clic en el nombre de un hablante para mostrar solo sus citas, y pulse %1 para volver a ver las de todos.</translation>
    </message>
    <message>
        <source>The View menu turns each layer on and off: %1, %2, %3.</source>
        <translation>El menú Ver activa y desactiva cada capa: %1, %2, %3.</translation>
    </message>
    <message>
        <source>The side panel</source>
        <translation>El panel lateral</translation>
    </message>
    <message>
        <source>Beside the text, %1 shows or hides a panel with a tab for each way into the article:</source>
        <translation>Junto al texto, %1 muestra u oculta un panel con una pestaña para cada forma de entrar en el artículo:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>every claim, by who makes it and of what kind; click one to go to it.</source>
        <translation>todas las afirmaciones, según quién las hace y de qué tipo son; haga clic en una para ir a ella.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>the speakers with their colours and number of quotes; click one to show only their quotes.</source>
        <translation>los hablantes con sus colores y su número de citas; haga clic en uno para mostrar solo sus citas.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>the people, organisations and places; click again for the next mention.</source>
        <translation>las personas, organizaciones y lugares; haga clic de nuevo para ir a la siguiente mención.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>your notes in reading order, with a search box (words, or #tag).</source>
        <translation>sus notas en orden de lectura, con un cuadro de búsqueda (palabras o #etiqueta).</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) and choose %1: a card opens in the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or deletes it. %2 and %3 go from note to note.</source>
        <translation>Seleccione unas palabras (o ponga el cursor en una cita) y elija %1: se abre una tarjeta en el margen junto al pasaje; escriba en ella. Su menú ⋯ fija el color y las etiquetas o la elimina. %2 y %3 van de nota en nota.</translation>
    </message>
    <message>
        <source>Notes are saved as you type, in a file of their own (the article is never changed), and they stay with their words when the article is updated. %1 takes back any change.</source>
        <translation>Las notas se guardan mientras escribe, en un archivo propio (el artículo nunca se modifica), y siguen con sus palabras cuando el artículo se actualiza. %1 deshace cualquier cambio.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis reads) or CSV, with a preview; %2 copies them for a message or a document; %3 brings in annotations from Gloss or Hypothesis.</source>
        <translation>%1 guarda las notas como Markdown, HTML, anotaciones web W3C (que lee Hypothesis) o CSV, con vista previa; %2 las copia para un mensaje o un documento; %3 trae anotaciones de Gloss o de Hypothesis.</translation>
    </message>
    <message>
        <source>Finding words</source>
        <translation>Buscar palabras</translation>
    </message>
    <message>
        <source>%1 opens the find bar under the text: every match is marked, the current one strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the search, and “in N paragraphs” lists the paragraphs with matches.</source>
        <translation>%1 abre la barra de búsqueda bajo el texto: se marcan todas las coincidencias, la actual con más intensidad. %2 y %3 van a la coincidencia siguiente y a la anterior; %4 y %5 acotan la búsqueda, y «en N párrafos» muestra los párrafos con coincidencias.</translation>
    </message>
    <message>
        <source>Keys worth remembering</source>
        <translation>Teclas que conviene recordar</translation>
    </message>
    <message>
        <source>%1 lists every action and its keys, with a filter.</source>
        <translation>%1 muestra todas las acciones y sus teclas, con un filtro.</translation>
    </message>
</context>
<context>
    <name>gloss::KeyboardNavigation</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article text</source>
        <translation>Llevar el foco del teclado al texto del artículo</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Llevar el foco del teclado a la siguiente parte de la ventana</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Llevar el foco del teclado a la parte anterior de la ventana</translation>
    </message>
    <message>
        <source>%1 Panel</source>
        <translation>Panel de %1</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation>Mostrar el panel de %1 y llevar a él el foco del teclado</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>Paneles laterales</translation>
    </message>
    <message>
        <source>Left and Right switch between the panels; Ctrl+1, Ctrl+2, … go to one</source>
        <translation>Izquierda y Derecha cambian de panel; Ctrl+1, Ctrl+2, … van a uno</translation>
    </message>
    <message>
        <source>%1, vertical scroll bar</source>
        <translation>%1, barra de desplazamiento vertical</translation>
    </message>
    <message>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, barra de desplazamiento horizontal</translation>
    </message>
</context>
<context>
    <name>gloss::KindLabels</name>
    <message>
        <source>Quoted</source>
        <comment>claim kind</comment>
        <translation>Citada</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim kind</comment>
        <translation>Referida</translation>
    </message>
    <message>
        <source>Hedged</source>
        <comment>claim kind</comment>
        <translation>Matizada</translation>
    </message>
    <message>
        <source>Stated as fact</source>
        <comment>claim kind</comment>
        <translation>Presentada como hecho</translation>
    </message>
    <message>
        <source>scare</source>
        <comment>quote kind</comment>
        <translation>de distancia</translation>
    </message>
    <message>
        <source>title</source>
        <comment>quote kind</comment>
        <translation>título</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>quote kind</comment>
        <translation>directa</translation>
    </message>
</context>
<context>
    <name>gloss::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <source>Use the language of the system</source>
        <translation>Usar el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Gloss will use this language the next time it starts.</source>
        <translation>Gloss usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Every article read: search its quotes and notes</source>
        <translation>Todos los artículos leídos: busque en sus citas y notas</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryNavigator</name>
    <message>
        <source>The text of “%1” is not in the library any more.</source>
        <translation>El texto de «%1» ya no está en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, OR, NOT, prefix*</source>
        <translation>Buscar: palabras, &quot;una frase&quot;, OR, NOT, prefijo*</translation>
    </message>
    <message>
        <source>Kind of results</source>
        <translation>Tipo de resultados</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Articles quoting this person; their quotes under Quotes</source>
        <translation>Artículos que citan a esta persona; sus citas, en Citas</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Artículos de la biblioteca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <source>The notes and quotes of the selected articles, in one file</source>
        <translation>Las notas y citas de los artículos seleccionados, en un solo archivo</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Como &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>Como &amp;HTML…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Como &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;W3C Annotations…</source>
        <translation>Como anotaciones &amp;W3C…</translation>
    </message>
    <message>
        <source>The library was damaged: it was kept aside as %1 and a new one made. Run “gloss library check --rebuild” to add the articles again.</source>
        <translation>La biblioteca estaba dañada: se ha apartado como %1 y se ha creado una nueva. Ejecute «gloss library check --rebuild» para volver a añadir los artículos.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only this person&apos;s quotes: everything they said</source>
        <translation>Solo las citas de esta persona: todo lo que dijo</translation>
    </message>
    <message>
        <source>Only the articles quoting this person</source>
        <translation>Solo los artículos que citan a esta persona</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Articles: %L1</source>
        <translation>Artículos: %L1</translation>
    </message>
    <message>
        <source>Results: more than %L1</source>
        <translation>Resultados: más de %L1</translation>
    </message>
    <message>
        <source>Articles found: %L1</source>
        <translation>Artículos encontrados: %L1</translation>
    </message>
    <message>
        <source>Quotes found: %L1</source>
        <translation>Citas encontradas: %L1</translation>
    </message>
    <message>
        <source>Notes found: %L1</source>
        <translation>Notas encontradas: %L1</translation>
    </message>
    <message>
        <source>Select the articles or results to export first.</source>
        <translation>Seleccione primero los artículos o resultados que exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) exported to %1</source>
        <translation>
            <numerusform>%Ln artículo exportado a %1</numerusform>
            <numerusform>%Ln artículos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>library-notes</source>
        <translation>notas-biblioteca</translation>
    </message>
</context>
<context>
    <name>gloss::LibrarySearchModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
</context>
<context>
    <name>gloss::Loader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: demasiado grande (%2 MB; el límite es de %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: too large (the limit is %2 MB)</source>
        <translation>%1: demasiado grande (el límite es de %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>el archivo no contiene texto</translation>
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
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an article (%1)</source>
        <translation>Abrir un artículo (%1)</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML article</source>
        <translation>Abrir un artículo en texto, Markdown o HTML</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the article (%1)</source>
        <translation>Buscar en el artículo (%1)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Colour &amp;Speakers</source>
        <translation>Colorear &amp;hablantes</translation>
    </message>
    <message>
        <source>Underline &amp;Entities</source>
        <translation>Subrayar &amp;nombres</translation>
    </message>
    <message>
        <source>Mark &amp;Claims</source>
        <translation>Marcar a&amp;firmaciones</translation>
    </message>
    <message>
        <source>Show &amp;All Speakers</source>
        <translation>Mostrar &amp;todos los hablantes</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <source>Only the text (%1)</source>
        <translation>Solo el texto (%1)</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panel lateral</translation>
    </message>
    <message>
        <source>Show or hide the side panel (%1)</source>
        <translation>Mostrar u ocultar el panel lateral (%1)</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;Acerca de Gloss</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>Acerca de Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read news articles closely: who is speaking, what is claimed, and your notes.&lt;/p&gt;&lt;p&gt;Highlighting and themes by KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Leer noticias con atención: quién habla, qué se afirma y sus notas.&lt;/p&gt;&lt;p&gt;Resaltado y temas de KSyntaxHighlighting, de KDE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1: mención %2 de %3</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>Analizando el artículo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Tiempo de lectura</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Palabras: %1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Tiempo de lectura: %1 min</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Hablantes: %1</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Citas: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article.</source>
        <translation>«%1» es una carpeta, no un artículo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: no such file.</source>
        <translation>No se puede leer «%1»: no existe el archivo.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Showing only %1’s quotes. Press Esc to show everyone’s.</source>
        <translation>Solo se muestran las citas de %1. Pulse Esc para mostrar las de todos.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artículos (*.txt *.md *.markdown *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>What the colours mean, the side panel, notes, exporting and keys</source>
        <translation>Qué significan los colores, el panel lateral, las notas, la exportación y las teclas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every action and its keys, with a filter</source>
        <translation>Todas las acciones y sus teclas, con un filtro</translation>
    </message>
    <message>
        <source>Find Bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1: quote %2 of %3</source>
        <translation>%1: cita %2 de %3</translation>
    </message>
    <message>
        <source>This article is too long to analyse whole: quotes, speakers, entities and claims cover only its first %L1 characters (%2% of the text). All of the text is shown.</source>
        <translation>Este artículo es demasiado largo para analizarlo entero: las citas, los hablantes, los nombres y las afirmaciones solo abarcan sus primeros %L1 caracteres (el %2 % del texto). Se muestra todo el texto.</translation>
    </message>
</context>
<context>
    <name>gloss::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCard</name>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Escribe una nota…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas or #</source>
        <translation>Etiquetas, separadas por comas o #</translation>
    </message>
    <message>
        <source>Colour, tags, delete</source>
        <translation>Color, etiquetas, eliminar</translation>
    </message>
    <message>
        <source>Note menu</source>
        <translation>Menú de la nota</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>Editar &amp;etiquetas</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Contraer</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Expandir</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sobre todo el artículo</translation>
    </message>
    <message>
        <source>Orphan, was on “%1”</source>
        <translation>Huérfana, estaba en «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Expand the note</source>
        <translation>Expandir la nota</translation>
    </message>
    <message>
        <source>Collapse the note</source>
        <translation>Contraer la nota</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Nota sobre el artículo</translation>
    </message>
    <message>
        <source>Orphaned note, was on “%1”</source>
        <translation>Nota huérfana, estaba en «%1»</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Nota sobre «%1»</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Nota vacía</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCommand</name>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Eliminar %n nota</numerusform>
            <numerusform>Eliminar %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExport</name>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Color: %1</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>count</comment>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation>(%1 huérfanas)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sobre el artículo completo</translation>
    </message>
    <message>
        <source>Notes in reading order</source>
        <translation>Notas en orden de lectura</translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation>No hay notas sobre pasajes.</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notas huérfanas</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Estas notas no se pudieron situar en el texto actual del artículo; cada una muestra su último pasaje conocido.</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Afirmaciones por fuente</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citas por hablante</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>No se encontró hablante</translation>
    </message>
    <message>
        <source>%1, quoted</source>
        <translation>%1, citado</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 huérfanas</translation>
    </message>
    <message>
        <source>Exported from Gloss.</source>
        <translation>Exportado desde Gloss.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>El artículo no tiene texto.</translation>
    </message>
</context>
<context>
    <name>gloss::NoteExportActions</name>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exportar notas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the notes as Markdown, HTML, W3C annotations or CSV</source>
        <translation>Guardar las notas como Markdown, HTML, anotaciones W3C o CSV</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importar notas…</translation>
    </message>
    <message>
        <source>Add notes from a W3C Web Annotation file (Gloss, Hypothesis)</source>
        <translation>Añadir notas desde un archivo de anotaciones web W3C (Gloss, Hypothesis)</translation>
    </message>
    <message>
        <source>Copy Notes as &amp;Markdown</source>
        <translation>Copiar notas como &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy the selected notes (or all) as Markdown</source>
        <translation>Copiar las notas seleccionadas (o todas) como Markdown</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notas exportadas a %1</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Anotaciones web W3C (*.jsonld *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open an article before importing notes.</source>
        <translation>Abra un artículo antes de importar notas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>These notes were made on another article (%1).

Import them anyway? Notes whose passage is not in this article are kept as orphans.</source>
        <translation>Estas notas se tomaron sobre otro artículo (%1).

¿Importarlas de todos modos? Las notas cuyo pasaje no esté en este artículo se conservan como huérfanas.</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <source>No notes to copy.</source>
        <translation>No hay notas que copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note(s) as Markdown.</source>
        <translation>
            <numerusform>%n nota copiada como Markdown.</numerusform>
            <numerusform>%n notas copiadas como Markdown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteImport</name>
    <message numerus="yes">
        <source>%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</source>
        <translation>
            <numerusform>%Ln nota importada: %1 nuevas, %2 actualizadas, %3 sin cambios; %4 huérfanas</numerusform>
            <numerusform>%Ln notas importadas: %1 nuevas, %2 actualizadas, %3 sin cambios; %4 huérfanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteLayer</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Note(s)</source>
        <translation>
            <numerusform>Importar %n nota</numerusform>
            <numerusform>Importar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Pin a note to the selected words (or the quote at the cursor)</source>
        <translation>Fijar una nota a las palabras seleccionadas (o a la cita del cursor)</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) to add a note; Notes &gt; Add Note on the Article for a note on the whole article.</source>
        <translation>Seleccione unas palabras (o ponga el cursor en una cita) para añadir una nota; Notas &gt; Añadir nota sobre el artículo para una nota sobre todo el artículo.</translation>
    </message>
    <message>
        <source>Add Note on the A&amp;rticle</source>
        <translation>Añadir nota sobre el a&amp;rtículo</translation>
    </message>
    <message>
        <source>A note on the article as a whole, at the top of the margin</source>
        <translation>Una nota sobre todo el artículo, arriba en el margen</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>Nota &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next note in the text</source>
        <translation>Ir a la siguiente nota del texto</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>Nota &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous note in the text</source>
        <translation>Ir a la nota anterior del texto</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>Delete the current note (or the notes selected in the Notes tab)</source>
        <translation>Eliminar la nota actual (o las notas seleccionadas en la pestaña Notas)</translation>
    </message>
    <message>
        <source>No note to delete: click a note first.</source>
        <translation>No hay ninguna nota que eliminar: haga clic primero en una nota.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Show the Notes &amp;Tab</source>
        <translation>Mostrar la &amp;pestaña Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could be read and are shown.</source>
        <translation>
            <numerusform>Se pudo leer %n nota y se muestra.</numerusform>
            <numerusform>Se pudieron leer %n notas y se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added (widen the window to see the notes beside the text).</source>
        <translation>Nota añadida (amplíe la ventana para ver las notas junto al texto).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note Colour: %1</source>
        <translation>Color de la nota: %1</translation>
    </message>
    <message>
        <source>Note Tags</source>
        <translation>Etiquetas de la nota</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted. %1 brings them back.</source>
        <translation>
            <numerusform>%n nota eliminada. %1 la recupera.</numerusform>
            <numerusform>%n notas eliminadas. %1 las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note’s passage is no longer in the text. It was on “%1”.</source>
        <translation>El pasaje de esta nota ya no está en el texto. Estaba en «%1».</translation>
    </message>
    <message>
        <source>No notes on this article yet.</source>
        <translation>Todavía no hay notas en este artículo.</translation>
    </message>
    <message>
        <source>That was the last note.</source>
        <translation>Esa era la última nota.</translation>
    </message>
    <message>
        <source>That was the first note.</source>
        <translation>Esa era la primera nota.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add Note on This Quote</source>
        <translation>Añadir nota sobre esta cita</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>Edit Note “%1”</source>
        <translation>Editar la nota «%1»</translation>
    </message>
    <message>
        <source>Delete Note “%1”</source>
        <translation>Eliminar la nota «%1»</translation>
    </message>
    <message>
        <source>Add Note on the Article</source>
        <translation>Añadir nota sobre el artículo</translation>
    </message>
    <message>
        <source>Add Note on This Claim</source>
        <translation>Añadir nota sobre esta afirmación</translation>
    </message>
    <message>
        <source>No room for the note cards beside the text at this window size and zoom: the notes are listed in the Notes tab.</source>
        <translation>No hay sitio para las tarjetas de notas junto al texto con este tamaño de ventana y este zoom: las notas aparecen en la pestaña Notas.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the Notes tab</source>
        <translation>
            <numerusform>%n nota en la pestaña Notas</numerusform>
            <numerusform>%n notas en la pestaña Notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NotesPanel</name>
    <message>
        <source>Search notes and #tags</source>
        <translation>Buscar en notas y #etiquetas</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>On the article</source>
        <translation>Sobre el artículo</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>En el texto</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Huérfanas</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the text: they keep the words they were on.</source>
        <translation>Notas cuyo pasaje ya no está en el texto: conservan las palabras en las que estaban.</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Nota sobre el artículo</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Nota sobre «%1»</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage and press %1, or right-click a quote or a claim.</source>
        <translation>Todavía no hay notas. Seleccione un pasaje y pulse %1, o haga clic derecho en una cita o una afirmación.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Ninguna nota coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>gloss::OpenLinkDialog</name>
    <message>
        <source>Download again, even if the page was opened before</source>
        <translation>Descargar de nuevo, aunque la página ya se haya abierto antes</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept, so your notes stay where you put them even if the page changes later.</source>
        <translation>El texto del artículo se conserva, así que sus notas siguen donde las puso aunque la página cambie más adelante.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>gloss::PrintActions</name>
    <message>
        <source>Notes and Colours</source>
        <translation>Notas y colores</translation>
    </message>
    <message>
        <source>In the &amp;margin, beside their passages</source>
        <translation>En el &amp;margen, junto a sus pasajes</translation>
    </message>
    <message>
        <source>As &amp;endnotes, numbered after the article</source>
        <translation>Como notas &amp;finales, numeradas tras el artículo</translation>
    </message>
    <message>
        <source>&amp;Speaker colours</source>
        <translation>Colores de los &amp;hablantes</translation>
    </message>
    <message>
        <source>E&amp;ntity underlines</source>
        <translation>Subrayado de &amp;nombres</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the article with its notes</source>
        <translation>Imprimir el artículo con sus notas</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the article with its notes as a PDF</source>
        <translation>Guardar el artículo con sus notas como PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported as PDF to %1</source>
        <translation>Exportado como PDF a %1</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>Abra un artículo para imprimirlo.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimir artículo</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Enviado a %1</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Impreso en %1</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Abra un artículo para exportarlo.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
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
        <translation>%1, citado</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sobre todo el artículo</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 huérfanas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notas huérfanas</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Estas notas no se pudieron situar en el texto actual del artículo; cada una muestra su último pasaje conocido.</translation>
    </message>
</context>
<context>
    <name>gloss::ShortcutsDialog</name>
    <message>
        <source>Show actions &amp;without shortcuts</source>
        <translation>Mostrar acciones &amp;sin atajo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Gloss</source>
        <translation>Atajos de teclado — Gloss</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Action or key, e.g. “note” or “Ctrl+F”</source>
        <translation>Acción o tecla, p. ej. «nota» o «Ctrl+F»</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrar los atajos</translation>
    </message>
    <message>
        <source>Lists only the actions whose name, menu or keys contain every word typed</source>
        <translation>Muestra solo las acciones cuyo nombre, menú o teclas contienen todas las palabras escritas</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Acciones y sus teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>sin atajo</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>No disponible en este momento</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>No hay atajos.</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>Ninguna acción ni tecla coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>gloss::SourceHeader</name>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Download the page again (the text shown is the copy saved when it was first opened)</source>
        <translation>Descargar de nuevo la página (el texto mostrado es la copia guardada al abrirla por primera vez)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>gloss::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all speakers&apos; quotes</source>
        <translation>Mostrar las citas de todos los hablantes</translation>
    </message>
    <message>
        <source>Clear the speaker filter (Esc)</source>
        <translation>Quitar el filtro de hablante (Esc)</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>Hablantes y sus colores</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Citas: %1</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
    <message>
        <source>Direct quotes without a known speaker</source>
        <translation>Citas directas sin hablante conocido</translation>
    </message>
    <message>
        <source>No quoted speakers found.</source>
        <translation>No se encontraron hablantes citados.</translation>
    </message>
    <message>
        <source>Other speakers (%1)</source>
        <translation>Otros hablantes (%1)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Buscar un hablante</translation>
    </message>
    <message>
        <source>Shows the speakers whose name contains these letters; Down goes to the list</source>
        <translation>Muestra los hablantes cuyo nombre contiene estas letras; Abajo lleva a la lista</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>Orden de los hablantes</translation>
    </message>
    <message>
        <source>Most quoted</source>
        <translation>Más citados</translation>
    </message>
    <message>
        <source>First to speak</source>
        <translation>Primeros en hablar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pre&amp;vious Quote of the Speaker</source>
        <translation>Cita an&amp;terior del hablante</translation>
    </message>
    <message>
        <source>Ne&amp;xt Quote of the Speaker</source>
        <translation>Cita sig&amp;uiente del hablante</translation>
    </message>
    <message>
        <source>Quote of the speaker</source>
        <translation>Cita del hablante</translation>
    </message>
    <message>
        <source>The %1 most quoted speakers have a colour of their own; these %2 share this one.</source>
        <translation>Los %1 hablantes más citados tienen un color propio; estos %2 comparten este.</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(se muestran %1)</translation>
    </message>
    <message>
        <source>Who is quoted and how often; Enter shows only that speaker&apos;s quotes and goes to the first, again to the next; Esc shows everyone&apos;s again</source>
        <translation>Quién es citado y con qué frecuencia; Intro muestra solo las citas de ese hablante y va a la primera, y de nuevo a la siguiente; Esc vuelve a mostrar las de todos</translation>
    </message>
    <message>
        <source>Click a speaker for their quotes.</source>
        <translation>Haga clic en un hablante para ver sus citas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · %n cita</numerusform>
            <numerusform>%1 · %n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · quote %2 of %3</source>
        <translation>%1 · cita %2 de %3</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only this speaker&apos;s quotes and go to the first, again for the next; untick to stop tinting them.</source>
        <translation>Citas: %1. Haga clic para mostrar solo las citas de este hablante e ir a la primera, y de nuevo para la siguiente; desmárquelo para dejar de colorearlas.</translation>
    </message>
    <message>
        <source>Speakers sharing one colour</source>
        <translation>Hablantes que comparten un color</translation>
    </message>
    <message>
        <source>Speakers: %1 · Quotes: %2.</source>
        <translation>Hablantes: %1 · Citas: %2.</translation>
    </message>
    <message>
        <source>The %1 most quoted have a colour of their own, the other %2 share grey.</source>
        <translation>Los %1 más citados tienen un color propio; los otros %2 comparten el gris.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncController</name>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>Configuración de &amp;sincronización…</translation>
    </message>
    <message>
        <source>The WebDAV server, user and password, and when to sync</source>
        <translation>El servidor WebDAV, el usuario y la contraseña, y cuándo sincronizar</translation>
    </message>
    <message>
        <source>Sync is off. The notes stay on this device.</source>
        <translation>La sincronización está desactivada. Las notas se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>The server refused the user name or password, so sync stopped. Enter them again in Notes &gt; Sync Settings.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña, así que la sincronización se detuvo. Vuelva a introducirlos en Notas &gt; Configuración de sincronización.</translation>
    </message>
    <message>
        <source>Sync: the server cannot be reached; the notes sync later. %1</source>
        <translation>Sincronización: no se puede contactar con el servidor; las notas se sincronizarán más tarde. %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync kept both versions of %n note(s) edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</source>
        <translation>
            <numerusform>La sincronización conservó ambas versiones de %n nota editada en dos dispositivos: la copia está junto a su nota, con la etiqueta «%1» (pestaña Notas; %2 en este artículo).</numerusform>
            <numerusform>La sincronización conservó ambas versiones de %n notas editadas en dos dispositivos: cada copia está junto a su nota, con la etiqueta «%1» (pestaña Notas; %2 en este artículo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n nota añadida</numerusform>
            <numerusform>%n notas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Sincronización completada: %1.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncJson</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not an AnnotationCollection</source>
        <translation>no es una AnnotationCollection</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>No se pudo leer %n elemento</numerusform>
            <numerusform>No se pudieron leer %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>Configuración de sincronización</translation>
    </message>
    <message>
        <source>Sync notes through a WebDAV server</source>
        <translation>Sincronizar las notas mediante un servidor WebDAV</translation>
    </message>
    <message>
        <source>Each device writes its own file on the server: give each machine its own name.</source>
        <translation>Cada dispositivo escribe su propio archivo en el servidor: dé a cada equipo su propio nombre.</translation>
    </message>
    <message>
        <source>When an article &amp;opens</source>
        <translation>Al &amp;abrir un artículo</translation>
    </message>
    <message>
        <source>After notes are &amp;saved</source>
        <translation>Después de &amp;guardar las notas</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>With none ticked, notes sync only by hand (Notes &gt; Sync Now).</source>
        <translation>Si no se marca ninguna opción, las notas solo se sincronizan a mano (Notas &gt; Sincronizar ahora).</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Con&amp;traseña de aplicación:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Sincronizar:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Ask the server now: the user and password, the folders, and whether it protects files from being overwritten. Nothing is saved.</source>
        <translation>Consultar ahora al servidor: el usuario y la contraseña, las carpetas y si protege los archivos para que no se sobrescriban. No se guarda nada.</translation>
    </message>
    <message>
        <source>stored; type a new one to change it</source>
        <translation>guardada; escriba otra para cambiarla</translation>
    </message>
    <message>
        <source>Enter the address of the WebDAV folder.</source>
        <translation>Introduzca la dirección de la carpeta WebDAV.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>La dirección debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the password (an app password, where the server offers them).</source>
        <translation>Introduzca la contraseña (una contraseña de aplicación, si el servidor las ofrece).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <source>The server answers: sync will work with these settings.</source>
        <translation>El servidor responde: la sincronización funcionará con esta configuración.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>gloss::SyncStateAction</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync Off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message>
        <source>Notes are not synced. Click to set up sync with a WebDAV server (Nextcloud, ownCloud, …).</source>
        <translation>Las notas no se sincronizan. Haga clic para configurar la sincronización con un servidor WebDAV (Nextcloud, ownCloud, …).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync is set up. Click to sync now.</source>
        <translation>La sincronización está configurada. Haga clic para sincronizar ahora.</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>Sincronizando %1/%2</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Syncing notes with the server…</source>
        <translation>Sincronizando las notas con el servidor…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Notes are synced. Click to sync now.</source>
        <translation>Las notas están sincronizadas. Haga clic para sincronizar ahora.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</source>
        <translation>
            <numerusform>%n nota se editó en dos dispositivos: se conservan ambas versiones y la copia lleva la etiqueta «conflict» en la pestaña Notas. Haga clic para sincronizar ahora.</numerusform>
            <numerusform>%n notas se editaron en dos dispositivos: se conservan ambas versiones y las copias llevan la etiqueta «conflict» en la pestaña Notas. Haga clic para sincronizar ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The server could not be reached; notes are kept here and sync later. Click to try now.</source>
        <translation>No se pudo contactar con el servidor; las notas se guardan aquí y se sincronizarán más tarde. Haga clic para intentarlo ahora.</translation>
    </message>
    <message>
        <source>Wrong Password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>The server refused the user or password; sync stopped. Click to open the sync settings.</source>
        <translation>El servidor rechazó el usuario o la contraseña; la sincronización se detuvo. Haga clic para abrir la configuración de sincronización.</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>The last sync failed. Click to try again.</source>
        <translation>La última sincronización falló. Haga clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Todavía no se ha sincronizado.</translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>no es un archivo de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>no byte order mark: read as %1</source>
        <translation>sin marca de orden de bytes: se lee como %1</translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced by �</source>
        <translation>secuencias %1 no válidas sustituidas por �</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by �</source>
        <translation>
            <numerusform>%n byte UTF-8 no válido sustituido por �</numerusform>
            <numerusform>%n bytes UTF-8 no válidos sustituidos por �</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Windows-1252 (Latin-1)</source>
        <translation>UTF-8 no válido: se lee como Windows-1252 (Latin-1)</translation>
    </message>
    <message>
        <source>not a text file (%1% of it is control or undecodable characters)</source>
        <translation>no es un archivo de texto (el %1 % son caracteres de control o no descodificables)</translation>
    </message>
    <message numerus="yes">
        <source>%n control or undecodable character(s) removed or replaced</source>
        <translation>
            <numerusform>%n carácter de control o no descodificable eliminado o sustituido</numerusform>
            <numerusform>%n caracteres de control o no descodificables eliminados o sustituidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::WebSources</name>
    <message>
        <source>Open &amp;Link…</source>
        <translation>Abrir &amp;enlace…</translation>
    </message>
    <message>
        <source>Open a news article from the web</source>
        <translation>Abrir una noticia de la web</translation>
    </message>
    <message>
        <source>Reload from &amp;Web</source>
        <translation>Recargar desde la &amp;web</translation>
    </message>
    <message>
        <source>Download the shown page again instead of using the saved copy</source>
        <translation>Descargar de nuevo la página mostrada en lugar de usar la copia guardada</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>Pegar como artículo &amp;nuevo</translation>
    </message>
    <message>
        <source>Open the text or web page selection on the clipboard as an article</source>
        <translation>Abrir como artículo el texto o la selección de página web del portapapeles</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opened the copy saved when this page was first read (File &gt; Reload from Web for the current page)</source>
        <translation>Se abrió la copia guardada la primera vez que se leyó esta página (Archivo &gt; Recargar desde la web para la página actual)</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Descargado %1</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open</source>
        <translation>El portapapeles no contiene texto que abrir</translation>
    </message>
</context>
<context>
    <name>gloss::cli</name>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> a través de %1</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>Hablantes (%1)</translation>
    </message>
    <message>
        <source>  (no speaker) ×%1</source>
        <translation>  (sin hablante) ×%1</translation>
    </message>
    <message>
        <source>Other quoted words (%1)</source>
        <translation>Otras palabras entre comillas (%1)</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>Nombres (%1)</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>Afirmaciones (%1)</translation>
    </message>
    <message>
        <source>Analyse articles: quotes, speakers, entities, claims.
Several files are analysed in parallel and printed in the order given, one JSON object per line. &apos;-&apos; reads standard input.</source>
        <translation>Analizar artículos: citas, hablantes, nombres, afirmaciones.
Varios archivos se analizan en paralelo y se muestran en el orden dado, un objeto JSON por línea. «-» lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>Formato de salida: json (predeterminado) o text.</translation>
    </message>
    <message>
        <source>Article files (.txt, .md, .html, ...) or web addresses (http, https).</source>
        <translation>Archivos de artículo (.txt, .md, .html, ...) o direcciones web (http, https).</translation>
    </message>
    <message>
        <source>analyze: %1 (see gloss analyze --help)</source>
        <translation>analyze: %1 (véase gloss analyze --help)</translation>
    </message>
    <message>
        <source>analyze: unknown format &apos;%1&apos; (json or text)</source>
        <translation>analyze: formato «%1» desconocido (json o text)</translation>
    </message>
    <message>
        <source>analyze: no file given (see gloss analyze --help)</source>
        <translation>analyze: no se indicó ningún archivo (véase gloss analyze --help)</translation>
    </message>
    <message>
        <source>-: too large (the limit is %1 MB)</source>
        <translation>-: demasiado grande (el límite es de %1 MB)</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Carpeta de datos de Gloss (predeterminada: $GLOSS_DATA_DIR o, si no, la estándar).</translation>
    </message>
    <message>
        <source>Exports the notes on an article (with the article, for HTML).

  gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]</source>
        <translation>Exporta las notas de un artículo (con el artículo, en HTML).

  gloss export ARCHIVO --format md|html|w3c|csv [-o SALIDA] [--include claims,quotes]</translation>
    </message>
    <message>
        <source>md (Markdown), html, w3c (W3C Web Annotation JSON-LD) or csv.</source>
        <translation>md (Markdown), html, w3c (anotación web W3C, JSON-LD) o csv.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Escribir en este archivo (predeterminado: la salida estándar).</translation>
    </message>
    <message>
        <source>Sections to add to md and html: claims (claims by source), quotes (quotes by speaker); comma-separated.</source>
        <translation>Secciones que añadir en md y html: claims (afirmaciones por fuente), quotes (citas por hablante); separadas por comas.</translation>
    </message>
    <message>
        <source>html: only the paragraphs that carry notes (default: the whole article).</source>
        <translation>html: solo los párrafos con notas (predeterminado: el artículo completo).</translation>
    </message>
    <message>
        <source>csv: no UTF-8 byte order mark at the start.</source>
        <translation>csv: sin marca de orden de bytes UTF-8 al principio.</translation>
    </message>
    <message>
        <source>The article.</source>
        <translation>El artículo.</translation>
    </message>
    <message>
        <source>export: expected one FILE (see gloss export --help)</source>
        <translation>export: se esperaba un ARCHIVO (véase gloss export --help)</translation>
    </message>
    <message>
        <source>export: unknown format %1 (md, html, w3c or csv)</source>
        <translation>export: formato %1 desconocido (md, html, w3c o csv)</translation>
    </message>
    <message>
        <source>export: unknown section %1 (claims or quotes)</source>
        <translation>export: sección %1 desconocida (claims o quotes)</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations (a Gloss export, or Hypothesis&apos;s W3C form) into the notes on an article, merged by id and re-anchored in its text.

  gloss notes import FILE ANNOTATIONS.json [--force]</source>
        <translation>Importa anotaciones web W3C (una exportación de Gloss o la forma W3C de Hypothesis) en las notas de un artículo, fusionadas por identificador y reancladas en su texto.

  gloss notes import ARCHIVO ANOTACIONES.json [--force]</translation>
    </message>
    <message>
        <source>Import notes made on another article all the same.</source>
        <translation>Importar de todos modos notas tomadas sobre otro artículo.</translation>
    </message>
    <message>
        <source>The W3C JSON file.</source>
        <translation>El archivo JSON W3C.</translation>
    </message>
    <message>
        <source>notes import: expected FILE and ANNOTATIONS.json (see gloss notes import --help)</source>
        <translation>notes import: se esperaban ARCHIVO y ANOTACIONES.json (véase gloss notes import --help)</translation>
    </message>
    <message>
        <source>notes import: cannot read %1: %2</source>
        <translation>notes import: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>notes import: %1 is too large</source>
        <translation>notes import: %1 es demasiado grande</translation>
    </message>
    <message>
        <source>notes import: %1</source>
        <translation>notes import: %1</translation>
    </message>
    <message>
        <source>notes import: the notes were made on another article (%1); imported as asked</source>
        <translation>notes import: las notas se tomaron sobre otro artículo (%1); importadas según lo pedido</translation>
    </message>
    <message>
        <source>(article)</source>
        <translation>(artículo)</translation>
    </message>
    <message>
        <source>note id %1 is ambiguous (%2 notes start with it)</source>
        <translation>el identificador de nota %1 es ambiguo (%2 notas empiezan así)</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>no hay ninguna nota con el identificador %1</translation>
    </message>
    <message>
        <source>The exact words to note (as in the article).</source>
        <translation>Las palabras exactas que anotar (tal como aparecen en el artículo).</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, counting from 1 (needed when it occurs more than once).</source>
        <translation>Qué aparición de la cita, contando desde 1 (necesario si aparece más de una vez).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La nota.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>Una etiqueta (repítalo para añadir más).</translation>
    </message>
    <message>
        <source>Colour: %1, or #rrggbb.</source>
        <translation>Color: %1 o #rrggbb.</translation>
    </message>
    <message>
        <source>Output of list: json (default) or text.</source>
        <translation>Salida de list: json (predeterminado) o text.</translation>
    </message>
    <message>
        <source>notes list: unknown format %1 (json or text)</source>
        <translation>notes list: formato %1 desconocido (json o text)</translation>
    </message>
    <message>
        <source>no notes
</source>
        <translation>no hay notas
</translation>
    </message>
    <message>
        <source>notes remove: which note? (gloss notes remove FILE ID)</source>
        <translation>notes remove: ¿qué nota? (gloss notes remove ARCHIVO ID)</translation>
    </message>
    <message>
        <source>notes add: --text is missing</source>
        <translation>notes add: falta --text</translation>
    </message>
    <message>
        <source>notes add: unknown colour %1 (use %2, or #rrggbb)</source>
        <translation>notes add: color %1 desconocido (use %2 o #rrggbb)</translation>
    </message>
    <message>
        <source>notes add: the quote is empty</source>
        <translation>notes add: la cita está vacía</translation>
    </message>
    <message>
        <source>notes add: the quote is not in %1</source>
        <translation>notes add: la cita no está en %1</translation>
    </message>
    <message>
        <source>notes add: --occurrence must be between 1 and %1</source>
        <translation>notes add: --occurrence debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>notes add: the quote occurs %1 times in %2; choose one with --occurrence 1..%1</source>
        <translation>notes add: la cita aparece %1 veces en %2; elija una con --occurrence 1..%1</translation>
    </message>
    <message>
        <source>notes add: --occurrence needs --quote</source>
        <translation>notes add: --occurrence requiere --quote</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>words, paragraphs, sentences (format)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frases</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Notes on an article, kept in the same store as the window.

  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FILE --text NOTE          (a note on the whole article)
  gloss notes list FILE [--format json|text]
  gloss notes remove FILE ID
  gloss notes import FILE ANNOTATIONS.json [--force]   (see gloss notes import --help)</source>
        <translation>Notas sobre un artículo, guardadas en el mismo almacén que la ventana.

  gloss notes add ARCHIVO --quote TEXTO [--occurrence N] --text NOTA [--tag T]... [--color C]
  gloss notes add ARCHIVO --text NOTA          (una nota sobre todo el artículo)
  gloss notes list ARCHIVO [--format json|text]
  gloss notes remove ARCHIVO ID
  gloss notes import ARCHIVO ANOTACIONES.json [--force]   (véase gloss notes import --help)</translation>
    </message>
    <message>
        <source>add, list, remove or import.</source>
        <translation>add, list, remove o import.</translation>
    </message>
    <message>
        <source>notes: expected add, list, remove or import and a FILE (see gloss notes --help)</source>
        <translation>notes: se esperaba add, list, remove o import y un ARCHIVO (véase gloss notes --help)</translation>
    </message>
    <message>
        <source>  (see %1 --help)
</source>
        <translation>  (véase %1 --help)
</translation>
    </message>
    <message>
        <source>%1: web pages cannot be read here (%2)</source>
        <translation>%1: aquí no se pueden leer páginas web (%2)</translation>
    </message>
    <message>
        <source>the library cannot be used here (%1)</source>
        <translation>aquí no se puede usar la biblioteca (%1)</translation>
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
        <translation>Sincroniza las notas con una carpeta WebDAV (Nextcloud, ownCloud, un NAS,
Apache, lighttpd).

  gloss sync setup URL --user NOMBRE [--device NOMBRE]
      Configura la sincronización de esta carpeta de datos: la contraseña (una
      contraseña de aplicación) se lee de GLOSS_SYNC_PASSWORD o de la terminal
      y se guarda en el llavero del sistema (si no hay ninguno en ejecución: en
      un archivo que solo usted puede leer). Comprueba que el servidor respeta
      las condiciones previas y avisa si no lo hace.
  gloss sync [--dry-run] [ARCHIVO...]
      Sincroniza las notas de todos los artículos con notas (aquí o en el
      servidor), o de los ARCHIVOS indicados. Las notas editadas en dos
      dispositivos conservan ambas versiones (una copia de conflicto); una
      sincronización no borra nada local.
  gloss sync status
      Muestra la configuración y la última sincronización, sin usar la red.

Cada carpeta de datos (--data-dir, GLOSS_DATA_DIR) es un dispositivo propio.</translation>
    </message>
    <message>
        <source>The user name on the server (setup).</source>
        <translation>El nombre de usuario en el servidor (setup).</translation>
    </message>
    <message>
        <source>This device&apos;s name (setup; default: the host name).</source>
        <translation>El nombre de este dispositivo (setup; predeterminado: el nombre del equipo).</translation>
    </message>
    <message>
        <source>Say what a sync would change, and change nothing.</source>
        <translation>Decir qué cambiaría una sincronización, sin cambiar nada.</translation>
    </message>
    <message>
        <source>setup URL, status, or the FILEs to sync (none: all).</source>
        <translation>setup URL, status o los ARCHIVOS que sincronizar (ninguno: todos).</translation>
    </message>
    <message>
        <source>sync is not available here (%1)</source>
        <translation>la sincronización no está disponible aquí (%1)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>sync setup: expected a URL and --user NAME (see gloss sync --help)</source>
        <translation>sync setup: se esperaban una URL y --user NOMBRE (véase gloss sync --help)</translation>
    </message>
    <message>
        <source>sync setup: no password given (GLOSS_SYNC_PASSWORD or the terminal)</source>
        <translation>sync setup: no se indicó ninguna contraseña (GLOSS_SYNC_PASSWORD o la terminal)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>sync setup failed: %1</source>
        <translation>sync setup falló: %1</translation>
    </message>
    <message>
        <source>Server:    %1
</source>
        <translation>Servidor:              %1
</translation>
    </message>
    <message>
        <source>User:      %1
</source>
        <translation>Usuario:               %1
</translation>
    </message>
    <message>
        <source>Device:    %1
</source>
        <translation>Dispositivo:           %1
</translation>
    </message>
    <message>
        <source>Password:  %1
</source>
        <translation>Contraseña:            %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>Última sincronización: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Último error:          %1
</translation>
    </message>
    <message>
        <source>Articles:  %1 synced, %2 with changes not sent yet
</source>
        <translation>Artículos:             %1 sincronizados, %2 con cambios aún sin enviar
</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing changed. %n article(s) looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</source>
        <translation>
            <numerusform>Simulación, no se cambió nada. %n artículo examinado; la sincronización añadiría %1, cambiaría %2 y eliminaría %3 nota(s) aquí, crearía %4 copia(s) de conflicto, enviaría %5 archivo(s) y descargaría %6.</numerusform>
            <numerusform>Simulación, no se cambió nada. %n artículos examinados; la sincronización añadiría %1, cambiaría %2 y eliminaría %3 nota(s) aquí, crearía %4 copia(s) de conflicto, enviaría %5 archivo(s) y descargaría %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</source>
        <translation>
            <numerusform>%n artículo sincronizado: %1 nota(s) añadida(s), %2 modificada(s), %3 eliminada(s) aquí, %4 copia(s) de conflicto; %5 archivo(s) enviado(s), %6 descargado(s).</numerusform>
            <numerusform>%n artículos sincronizados: %1 nota(s) añadida(s), %2 modificada(s), %3 eliminada(s) aquí, %4 copia(s) de conflicto; %5 archivo(s) enviado(s), %6 descargado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1. Check the user and the app password (gloss sync setup); nothing was changed on the server.</source>
        <translation>la sincronización se detuvo: %1. Compruebe el usuario y la contraseña de aplicación (gloss sync setup); no se cambió nada en el servidor.</translation>
    </message>
    <message>
        <source>sync stopped: %1. The notes here are intact; the next sync completes it.</source>
        <translation>la sincronización se detuvo: %1. Las notas de aquí están intactas; la próxima sincronización la completará.</translation>
    </message>
    <message>
        <source>sync stopped: %1</source>
        <translation>la sincronización se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window offscreen to a PNG file and exit.</source>
        <translation>Dibujar la ventana fuera de pantalla en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado 1400x900).</translation>
    </message>
    <message>
        <source>Colour theme of the window, e.g. &quot;Breeze Dark&quot; (any KSyntaxHighlighting theme; default: follow the system&apos;s light or dark scheme).</source>
        <translation>Tema de colores de la ventana, p. ej. «Breeze Dark» (cualquier tema de KSyntaxHighlighting; predeterminado: seguir el modo claro u oscuro del sistema).</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data, the notes (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Carpeta de datos de Gloss, las notas (predeterminada: $GLOSS_DATA_DIR o, si no, la estándar).</translation>
    </message>
    <message>
        <source>no theme called “%1”; installed themes:</source>
        <translation>no hay ningún tema llamado «%1»; temas instalados:</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
  To see the window on a virtual display: xvfb-run -a gloss [FILE]
  To render the window to a picture:     gloss --screenshot out.png [FILE]
  To analyse without a window:           gloss analyze FILE --format text
</source>
        <translation>gloss: no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas).
  Para ver la ventana en una pantalla virtual: xvfb-run -a gloss [ARCHIVO]
  Para dibujar la ventana en una imagen:       gloss --screenshot imagen.png [ARCHIVO]
  Para analizar sin ventana:                   gloss analyze ARCHIVO --format text
</translation>
    </message>
    <message>
        <source>gloss: the window cannot be loaded: %1
</source>
        <translation>gloss: no se puede cargar la ventana: %1
</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Gloss is running already (by default the running window opens the article).</source>
        <translation>Abrir una ventana propia, aunque Gloss ya esté abierto (por omisión, la ventana abierta muestra el artículo).</translation>
    </message>
    <message>
        <source>Article file or web address to open (default: the sample); of several, the first is shown and the other files go to Open Recent.</source>
        <translation>Archivo de artículo o dirección web que abrir (por omisión: el ejemplo); si hay varios, se muestra el primero y los demás archivos van a Abrir reciente.</translation>
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
        <translation>Gloss: leer noticias con atención.

Subórdenes (sin ventana ni pantalla):
  analyze ARCHIVO... [--format json|text]   citas, hablantes, nombres, afirmaciones
  notes add|list|remove ARCHIVO ...        notas (véase gloss notes --help)
  notes import ARCHIVO ANOTACIONES.json    anotaciones W3C en las notas
  export ARCHIVO --format md|html|w3c|csv  las notas, para otras herramientas
  sync [setup URL|status] [ARCHIVO...]     notas sincronizadas mediante WebDAV
  library add|list|search|people|export|check   todos los artículos leídos (véase gloss library --help)</translation>
    </message>
    <message>
        <source>Show the Library view (every article read).</source>
        <translation>Mostrar la vista Biblioteca (todos los artículos leídos).</translation>
    </message>
    <message>
        <source>Show the Library view searching for this (FTS5 syntax); with --library-kind articles, quotes or notes.</source>
        <translation>Mostrar la vista Biblioteca buscando esto (sintaxis FTS5); con --library-kind articles, quotes o notes.</translation>
    </message>
    <message>
        <source>Kind of results of --library-search: articles (default), quotes or notes.</source>
        <translation>Tipo de resultados de --library-search: articles (predeterminado), quotes o notes.</translation>
    </message>
    <message>
        <source>unknown --library-kind %1 (articles, quotes or notes)</source>
        <translation>--library-kind %1 desconocido (articles, quotes o notes)</translation>
    </message>
</context>
</TS>
