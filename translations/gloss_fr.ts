<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>HtmlCharset</name>
    <message>
        <source>Unknown character set &quot;%1&quot; ignored</source>
        <translation>Jeu de caractères inconnu «&#xa0;%1&#xa0;» ignoré</translation>
    </message>
    <message>
        <source>No character set declared and the page is not UTF-8: read as Windows-1252</source>
        <translation>Aucun jeu de caractères déclaré et la page n’est pas en UTF-8&#xa0;: lue en Windows-1252</translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <source>Ignored invalid JSON-LD metadata: %1</source>
        <translation>Métadonnées JSON-LD non valides ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No article text found in the page</source>
        <translation>Aucun texte d’article trouvé dans la page</translation>
    </message>
    <message>
        <source>The page nests its markup more than %1 levels deep: the deeper parts are read as plain text</source>
        <translation>La page imbrique son balisage sur plus de %1 niveaux : les parties plus profondes sont lues comme du texte brut</translation>
    </message>
</context>
<context>
    <name>gloss::Analyzer</name>
    <message>
        <source>text too long: quotes, entities and claims cover its first %1 of %2 characters only (%3 of %4 paragraphs)</source>
        <translation>texte trop long&#xa0;: citations, noms et affirmations ne couvrent que ses %1 premiers caractères sur %2 (%3 paragraphes sur %4)</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationJson</name>
    <message numerus="yes">
        <source>%Ln note(s) could not be read</source>
        <translation>
            <numerusform>%Ln note n’a pas pu être lue</numerusform>
            <numerusform>%Ln notes n’ont pas pu être lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationStore</name>
    <message>
        <source>%1 is in the way</source>
        <translation>%1 gêne</translation>
    </message>
    <message>
        <source>Cannot create the notes folder %1; notes are not saved.</source>
        <translation>Impossible de créer le dossier de notes %1&#xa0;; les notes ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Cannot save the index of notes %1: %2</source>
        <translation>Impossible d’enregistrer l’index des notes %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The unsaved notes were written to %1; import them with &quot;gloss notes import %2 %1&quot; once the notes folder can be written.</source>
        <translation>Les notes non enregistrées ont été écrites dans %1&#xa0;; importez-les avec «&#xa0;gloss notes import %2 %1&#xa0;» dès que le dossier des notes est accessible en écriture.</translation>
    </message>
    <message numerus="yes">
        <source>The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.</source>
        <translation>
            <numerusform>Les notes n’ont pu être enregistrées nulle part (%1)&#xa0;: %n note de %2 est perdue.</numerusform>
            <numerusform>Les notes n’ont pu être enregistrées nulle part (%1)&#xa0;: %n notes de %2 sont perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the notes to %1: %2. They stay open and are saved at the next change.</source>
        <translation>Impossible d’enregistrer les notes dans %1&#xa0;: %2. Elles restent ouvertes et seront enregistrées à la prochaine modification.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1): it is left as it is and will not be written to.</source>
        <translation>Il n’a pas pu être mis de côté (%1) : il est laissé tel quel et ne sera pas modifié.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Il a été mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>The notes file %1 is a symbolic link.</source>
        <translation>Le fichier de notes %1 est un lien symbolique.</translation>
    </message>
    <message>
        <source>The notes file %1 is a folder.</source>
        <translation>Le fichier de notes %1 est un dossier.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file.</source>
        <translation>Le fichier de notes %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The notes file %1 is too large to be a notes file (%2 MB).</source>
        <translation>Le fichier de notes %1 est trop volumineux pour un fichier de notes (%2 Mo).</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read (%2).</source>
        <translation>Le fichier de notes %1 ne peut pas être lu (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The notes file %1 is damaged (%2); %n note(s) could be read.</source>
        <translation>
            <numerusform>Le fichier de notes %1 est endommagé (%2) ; %n note a pu être lue.</numerusform>
            <numerusform>Le fichier de notes %1 est endommagé (%2) ; %n notes ont pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes index %1 is damaged; it is rebuilt from the notes files.</source>
        <translation>L’index des notes %1 est endommagé ; il est reconstruit à partir des fichiers de notes.</translation>
    </message>
    <message>
        <source>Cannot record the deleted notes for sync: %1</source>
        <translation>Impossible d’enregistrer les notes supprimées pour la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFetcher</name>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation>%1 n’est pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>Téléchargement de %1 annulé</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which Gloss does not follow</source>
        <translation>%1 redirige vers %2, que Gloss ne suit pas</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 est trop volumineux (%2 Mo&#xa0;; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <source>%1 is not a web page but %2; Gloss opens HTML pages and text</source>
        <translation>%1 n’est pas une page web mais %2&#xa0;; Gloss ouvre les pages HTML et le texte</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; download stopped</source>
        <translation>%1 dépasse %2 Mo&#xa0;; téléchargement interrompu</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3</source>
        <translation>Le serveur a répondu %1 %2 pour %3</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 n’a pas répondu en %2 secondes</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 redirige plus de %2 fois</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>No article text found at %1</source>
        <translation>Aucun texte d’article trouvé à l’adresse %1</translation>
    </message>
    <message>
        <source>The page text could not be kept for later: %1</source>
        <translation>Le texte de la page n’a pas pu être conservé pour plus tard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFileWatcher</name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note ajoutée</numerusform>
            <numerusform>%n notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved by another program: %1.</source>
        <translation>Notes enregistrées par un autre programme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk; the window keeps the text it read (and its notes).</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé sur le disque&#xa0;; la fenêtre garde le texte qu’elle avait lu (et ses notes).</translation>
    </message>
    <message>
        <source>it holds no text now</source>
        <translation>il ne contient plus de texte</translation>
    </message>
    <message>
        <source>“%1” changed on disk but cannot be read again (%2); the window keeps the text it read.</source>
        <translation>«&#xa0;%1&#xa0;» a changé sur le disque mais ne peut pas être relu (%2)&#xa0;; la fenêtre garde le texte qu’elle avait lu.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé sur le disque et a été relu.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) were placed on the new text.</source>
        <translation>
            <numerusform>%n note a été replacée sur le nouveau texte.</numerusform>
            <numerusform>Ses %n notes ont été replacées sur le nouveau texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their passage and are listed as orphans in the Notes tab.</source>
        <translation>
            <numerusform>%n note a perdu son passage et figure parmi les orphelines dans l’onglet Notes.</numerusform>
            <numerusform>%n notes ont perdu leur passage et figurent parmi les orphelines dans l’onglet Notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The article text. Quotes are coloured by speaker; hover a quote to see who said it.</source>
        <translation>Le texte de l’article. Les citations sont colorées selon le locuteur&#xa0;; survolez une citation pour voir qui l’a prononcée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scare quote&lt;/b&gt;: the writer’s distance from the words, not a speaker’s.</source>
        <translation>&lt;b&gt;Guillemets de distance&lt;/b&gt;&#xa0;: l’auteur prend ses distances avec ces mots, qui ne sont pas d’un locuteur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Title&lt;/b&gt; of a work.</source>
        <translation>&lt;b&gt;Titre&lt;/b&gt; d’une œuvre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed quote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Citation non attribuée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Verbe introducteur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Par l’intermédiaire de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only theirs.</source>
        <translation>Citations&#xa0;: %1. Cliquez pour n’afficher que les siennes.</translation>
    </message>
    <message>
        <source>Nothing to read yet</source>
        <translation>Rien à lire pour l’instant</translation>
    </message>
    <message>
        <source>Open an article with %1, or drop a file here.</source>
        <translation>Ouvrez un article avec %1 ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>country, region or city</source>
        <translation>pays, région ou ville</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>work</source>
        <translation>œuvre</translation>
    </message>
    <message>
        <source>name</source>
        <comment>an entity of no known type</comment>
        <translation>nom</translation>
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
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>gloss::ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrer les affirmations</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Affirmations par source</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>cue: “%1”</source>
        <translation>verbe introducteur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Affirmations&#xa0;: %1</translation>
    </message>
    <message>
        <source>No claims found in this article.</source>
        <translation>Aucune affirmation trouvée dans cet article.</translation>
    </message>
    <message>
        <source>The claims grouped by who made them, with their kind; Enter shows the claim in the article</source>
        <translation>Les affirmations regroupées par auteur, avec leur nature&#xa0;; Entrée montre l’affirmation dans l’article</translation>
    </message>
    <message>
        <source>Claims: %1 of %2 shown</source>
        <translation>Affirmations&#xa0;: %1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>gloss::CopyCitation</name>
    <message>
        <source>Copy with Citation</source>
        <translation>Copier avec la référence</translation>
    </message>
    <message>
        <source>Copy the words with who said them and the article&apos;s title, site, date and address</source>
        <translation>Copier les mots avec qui les a prononcés, ainsi que le titre, le site, la date et l’adresse de l’article</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy the words as a Markdown block quote with their citation</source>
        <translation>Copier les mots en bloc de citation Markdown avec leur référence</translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation>Copié avec sa référence.</translation>
    </message>
    <message>
        <source>Copied as Markdown with its citation.</source>
        <translation>Copié en Markdown avec sa référence.</translation>
    </message>
</context>
<context>
    <name>gloss::Document</name>
    <message>
        <source>Sample article (bundled with Gloss)</source>
        <translation>Article d’exemple (fourni avec Gloss)</translation>
    </message>
    <message>
        <source>%1 (bundled with Gloss)</source>
        <translation>%1 (fourni avec Gloss)</translation>
    </message>
</context>
<context>
    <name>gloss::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Noms par catégorie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places (political)</source>
        <translation>Lieux (politiques)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Œuvres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Mentions: %1. Click again for the next one.</source>
        <translation>Mentions&#xa0;: %1. Cliquez à nouveau pour la suivante.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>No names found in this article.</source>
        <translation>Aucun nom trouvé dans cet article.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the article; Enter shows the next mention</source>
        <translation>Personnes, organisations et lieux nommés dans l’article&#xa0;; Entrée montre la mention suivante</translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, GitHub, …)</source>
        <translation>Markdown (Obsidian, GitHub, …)</translation>
    </message>
    <message>
        <source>HTML page (print, share)</source>
        <translation>Page HTML (imprimer, partager)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Affirmations par source</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Article entier</translation>
    </message>
    <message>
        <source>Only noted paragraphs</source>
        <translation>Seulement les paragraphes annotés</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>… (preview shortened; the file is complete)</source>
        <translation>… (aperçu abrégé&#xa0;; le fichier est complet)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 characters</source>
        <translation>
            <numerusform>%n note, %1 caractères</numerusform>
            <numerusform>%n notes, %1 caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The export as it will be saved or copied</source>
        <translation>L’export tel qu’il sera enregistré ou copié</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Aperçu mis en forme</translation>
    </message>
    <message>
        <source>The export as a browser or Markdown viewer shows it</source>
        <translation>L’export tel qu’un navigateur ou une visionneuse Markdown l’affiche</translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation>Les liens ne sont pas suivis dans l’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Mis en forme</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>&amp;Source</translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches are marked as you type; Enter finds the next, Shift+Enter the previous</source>
        <translation>Les résultats sont marqués pendant la saisie&#xa0;; Entrée trouve le suivant, Maj+Entrée le précédent</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message numerus="yes">
        <source>¶ %1 · %n match(es) — %2</source>
        <comment>paragraph number, count, context</comment>
        <translation>
            <numerusform>¶ %1 · %n résultat — %2</numerusform>
            <numerusform>¶ %1 · %n résultats — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: %n match(es)</source>
        <translation>
            <numerusform>Paragraphe %1&#xa0;: %n résultat</numerusform>
            <numerusform>Paragraphe %1&#xa0;: %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Match &amp;Case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find only matches with the same capitals</source>
        <translation>Ne trouver que les résultats avec les mêmes majuscules</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Find whole words only, not parts of longer words</source>
        <translation>Ne trouver que des mots entiers, pas des parties de mots plus longs</translation>
    </message>
    <message>
        <source>Paragraphs with matches</source>
        <translation>Paragraphes avec des résultats</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>dans %n paragraphe</numerusform>
            <numerusform>dans %n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.</source>
        <translation>
            <numerusform>Le résultat %1 sur %2 est le numéro %3 sur %n résultat dans le paragraphe %4.</numerusform>
            <numerusform>Le résultat %1 sur %2 est le numéro %3 sur %n résultats dans le paragraphe %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the list of paragraphs with matches.</source>
        <translation>Cliquez pour afficher la liste des paragraphes avec des résultats.</translation>
    </message>
    <message>
        <source>Enter or a click goes to the paragraph&apos;s first match</source>
        <translation>Entrée ou un clic mène au premier résultat du paragraphe</translation>
    </message>
</context>
<context>
    <name>gloss::FolderImport</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add every article of a folder to the library</source>
        <translation>Ajouter tous les articles d’un dossier à la bibliothèque</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Importation des articles</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import (the articles added so far stay)</source>
        <translation>Arrêter l’importation (les articles déjà ajoutés sont conservés)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>An import is running already.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Adding articles to the library…</source>
        <translation>Ajout des articles à la bibliothèque…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l’importation…</translation>
    </message>
    <message>
        <source>Import stopped: %1 added</source>
        <translation>Importation interrompue&#xa0;: %1 ajouté(s)</translation>
    </message>
    <message>
        <source>Import finished: %1 added</source>
        <translation>Importation terminée&#xa0;: %1 ajouté(s)</translation>
    </message>
    <message>
        <source>, %1 updated</source>
        <translation>, %1 mis à jour</translation>
    </message>
    <message>
        <source>, %1 there already</source>
        <translation>, %1 déjà présent(s)</translation>
    </message>
    <message>
        <source>, %1 could not be read</source>
        <translation>, %1 illisible(s)</translation>
    </message>
    <message>
        <source>… and %L1 more (Show Details…)</source>
        <translation>… et %L1 de plus (Afficher les détails…)</translation>
    </message>
</context>
<context>
    <name>gloss::GettingStartedDialog</name>
    <message>
        <source>Getting Started — Gloss</source>
        <translation>Premiers pas — Gloss</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Getting started with Gloss</source>
        <translation>Premiers pas avec Gloss</translation>
    </message>
    <message>
        <source>Gloss helps you read a news article closely: who is speaking, what is claimed, and your own notes beside the text. The article itself is never changed; everything Gloss adds is colour, marks and notes.</source>
        <translation>Gloss vous aide à lire un article de presse de près&#xa0;: qui parle, ce qui est affirmé, et vos propres notes à côté du texte. L’article lui-même n’est jamais modifié&#xa0;; tout ce que Gloss ajoute, ce sont des couleurs, des marques et des notes.</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML file with %1, or drop it on the window. %2 downloads a web page and keeps its article (without menus, ads and comments); %3 opens the text on the clipboard.</source>
        <translation>Ouvrez un fichier texte, Markdown ou HTML avec %1, ou déposez-le sur la fenêtre. %2 télécharge une page web et en garde l’article (sans menus, publicités ni commentaires)&#xa0;; %3 ouvre le texte du presse-papiers.</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Ce que signifient les couleurs</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>countries and cities</source>
        <translation>pays et villes</translation>
    </message>
    <message>
        <source>other places</source>
        <translation>autres lieux</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>une citation</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>discours rapporté</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>nuancée</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>une simple affirmation</translation>
    </message>
    <message>
        <source>Every direct quote is tinted in its speaker’s colour %1, and so is the speaker’s name; the Speakers tab is the legend.</source>
        <translation>Chaque citation directe est teintée de la couleur de son locuteur %1, tout comme le nom du locuteur&#xa0;; l’onglet Locuteurs sert de légende.</translation>
    </message>
    <message>
        <source>A quote nobody is named for is %1; scare quotes (“so-called”) and titles are %2.</source>
        <translation>Une citation sans locuteur nommé est %1&#xa0;; les guillemets de distance («&#xa0;soi-disant&#xa0;») et les titres sont %2.</translation>
    </message>
    <message>
        <source>in this neutral colour</source>
        <translation>de cette couleur neutre</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>plus clairs</translation>
    </message>
    <message>
        <source>Names are underlined by what they name: %1.</source>
        <translation>Les noms sont soulignés selon ce qu’ils désignent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A bar in the left margin marks a claim, in the colour of its kind: %1.</source>
        <translation>Une barre dans la marge de gauche signale une affirmation, dans la couleur de son type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hover a quote for its speaker and the words that attribute it; click a speaker’s name to show only their quotes, and press %1 to see everyone’s again.</source>
        <translation>Survolez une citation pour voir son locuteur et les mots qui la lui attribuent&#xa0;; cliquez sur le nom d’un locuteur pour n’afficher que ses citations, et appuyez sur %1 pour revoir celles de tous.</translation>
    </message>
    <message>
        <source>The View menu turns each layer on and off: %1, %2, %3.</source>
        <translation>Le menu Affichage active et désactive chaque couche&#xa0;: %1, %2, %3.</translation>
    </message>
    <message>
        <source>The side panel</source>
        <translation>Le panneau latéral</translation>
    </message>
    <message>
        <source>Beside the text, %1 shows or hides a panel with a tab for each way into the article:</source>
        <translation>À côté du texte, %1 affiche ou masque un panneau avec un onglet pour chaque façon d’aborder l’article&#xa0;:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>every claim, by who makes it and of what kind; click one to go to it.</source>
        <translation>chaque affirmation, selon son auteur et son type&#xa0;; cliquez sur l’une d’elles pour y aller.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>the speakers with their colours and number of quotes; click one to show only their quotes.</source>
        <translation>les locuteurs avec leurs couleurs et leur nombre de citations&#xa0;; cliquez sur l’un d’eux pour n’afficher que ses citations.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>the people, organisations and places; click again for the next mention.</source>
        <translation>les personnes, organisations et lieux&#xa0;; cliquez à nouveau pour la mention suivante.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>your notes in reading order, with a search box (words, or #tag).</source>
        <translation>vos notes dans l’ordre de lecture, avec un champ de recherche (mots, ou #étiquette).</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) and choose %1: a card opens in the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or deletes it. %2 and %3 go from note to note.</source>
        <translation>Sélectionnez des mots (ou placez le curseur dans une citation) et choisissez %1&#xa0;: une fiche s’ouvre dans la marge à côté du passage&#xa0;; écrivez-y. Son menu ⋯ en règle la couleur et les étiquettes, ou la supprime. %2 et %3 passent d’une note à l’autre.</translation>
    </message>
    <message>
        <source>Notes are saved as you type, in a file of their own (the article is never changed), and they stay with their words when the article is updated. %1 takes back any change.</source>
        <translation>Les notes sont enregistrées pendant la saisie, dans un fichier à part (l’article n’est jamais modifié), et restent attachées à leurs mots quand l’article est mis à jour. %1 annule toute modification.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis reads) or CSV, with a preview; %2 copies them for a message or a document; %3 brings in annotations from Gloss or Hypothesis.</source>
        <translation>%1 enregistre les notes en Markdown, HTML, annotations web W3C (que lit Hypothesis) ou CSV, avec un aperçu&#xa0;; %2 les copie pour un message ou un document&#xa0;; %3 importe des annotations de Gloss ou de Hypothesis.</translation>
    </message>
    <message>
        <source>Finding words</source>
        <translation>Rechercher des mots</translation>
    </message>
    <message>
        <source>%1 opens the find bar under the text: every match is marked, the current one strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the search, and “in N paragraphs” lists the paragraphs with matches.</source>
        <translation>%1 ouvre la barre de recherche sous le texte&#xa0;: chaque résultat est marqué, le résultat courant plus fortement. %2 et %3 mènent au résultat suivant et au précédent&#xa0;; %4 et %5 affinent la recherche, et «&#xa0;dans N paragraphes&#xa0;» liste les paragraphes avec des résultats.</translation>
    </message>
    <message>
        <source>Keys worth remembering</source>
        <translation>Raccourcis à retenir</translation>
    </message>
    <message>
        <source>%1 lists every action and its keys, with a filter.</source>
        <translation>%1 liste toutes les actions et leurs raccourcis, avec un filtre.</translation>
    </message>
</context>
<context>
    <name>gloss::KeyboardNavigation</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article text</source>
        <translation>Placer le focus clavier dans le texte de l’article</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Placer le focus clavier dans la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Placer le focus clavier dans la partie précédente de la fenêtre</translation>
    </message>
    <message>
        <source>%1 Panel</source>
        <translation>Panneau %1</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation>Afficher le panneau %1 et y placer le focus clavier</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <source>Left and Right switch between the panels; Ctrl+1, Ctrl+2, … go to one</source>
        <translation>Gauche et Droite passent d’un panneau à l’autre&#xa0;; Ctrl+1, Ctrl+2, … vont à l’un d’eux</translation>
    </message>
    <message>
        <source>%1, vertical scroll bar</source>
        <translation>%1, barre de défilement verticale</translation>
    </message>
    <message>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, barre de défilement horizontale</translation>
    </message>
</context>
<context>
    <name>gloss::KindLabels</name>
    <message>
        <source>Quoted</source>
        <comment>claim kind</comment>
        <translation>Cité</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim kind</comment>
        <translation>Rapporté</translation>
    </message>
    <message>
        <source>Hedged</source>
        <comment>claim kind</comment>
        <translation>Nuancé</translation>
    </message>
    <message>
        <source>Stated as fact</source>
        <comment>claim kind</comment>
        <translation>Présenté comme un fait</translation>
    </message>
    <message>
        <source>scare</source>
        <comment>quote kind</comment>
        <translation>de distance</translation>
    </message>
    <message>
        <source>title</source>
        <comment>quote kind</comment>
        <translation>titre</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>quote kind</comment>
        <translation>directe</translation>
    </message>
</context>
<context>
    <name>gloss::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Système (%1)</translation>
    </message>
    <message>
        <source>Use the language of the system</source>
        <translation>Utiliser la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Gloss will use this language the next time it starts.</source>
        <translation>Gloss utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Every article read: search its quotes and notes</source>
        <translation>Tous les articles lus&#xa0;: recherchez dans leurs citations et leurs notes</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryNavigator</name>
    <message>
        <source>The text of “%1” is not in the library any more.</source>
        <translation>Le texte de «&#xa0;%1&#xa0;» n’est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, OR, NOT, prefix*</source>
        <translation>Rechercher&#xa0;: mots, &quot;une expression&quot;, OR, NOT, préfixe*</translation>
    </message>
    <message>
        <source>Kind of results</source>
        <translation>Type de résultats</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Articles quoting this person; their quotes under Quotes</source>
        <translation>Articles citant cette personne&#xa0;; ses citations sous Citations</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <source>The notes and quotes of the selected articles, in one file</source>
        <translation>Les notes et citations des articles sélectionnés, dans un seul fichier</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>En &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>En &amp;HTML…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>En &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;W3C Annotations…</source>
        <translation>En annotations web &amp;W3C…</translation>
    </message>
    <message>
        <source>The library was damaged: it was kept aside as %1 and a new one made. Run “gloss library check --rebuild” to add the articles again.</source>
        <translation>La bibliothèque était endommagée&#xa0;: elle a été mise de côté sous le nom %1 et une nouvelle a été créée. Lancez «&#xa0;gloss library check --rebuild&#xa0;» pour ajouter à nouveau les articles.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only this person&apos;s quotes: everything they said</source>
        <translation>Seulement les citations de cette personne&#xa0;: tout ce qu’elle a dit</translation>
    </message>
    <message>
        <source>Only the articles quoting this person</source>
        <translation>Seulement les articles citant cette personne</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Articles: %L1</source>
        <translation>Articles&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Results: more than %L1</source>
        <translation>Résultats&#xa0;: plus de %L1</translation>
    </message>
    <message>
        <source>Articles found: %L1</source>
        <translation>Articles trouvés&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Quotes found: %L1</source>
        <translation>Citations trouvées&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Notes found: %L1</source>
        <translation>Notes trouvées&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Select the articles or results to export first.</source>
        <translation>Sélectionnez d’abord les articles ou les résultats à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) exported to %1</source>
        <translation>
            <numerusform>%Ln article exporté dans %1</numerusform>
            <numerusform>%Ln articles exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>library-notes</source>
        <translation>notes-bibliotheque</translation>
    </message>
</context>
<context>
    <name>gloss::LibrarySearchModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuées</translation>
    </message>
</context>
<context>
    <name>gloss::Loader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1&#xa0;: trop volumineux (%2 Mo&#xa0;; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: too large (the limit is %2 MB)</source>
        <translation>%1&#xa0;: trop volumineux (la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>le fichier ne contient aucun texte</translation>
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
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an article (%1)</source>
        <translation>Ouvrir un article (%1)</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML article</source>
        <translation>Ouvrir un article en texte, Markdown ou HTML</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the article (%1)</source>
        <translation>Rechercher dans l’article (%1)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le p&amp;récédent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Colour &amp;Speakers</source>
        <translation>Colorer les &amp;locuteurs</translation>
    </message>
    <message>
        <source>Underline &amp;Entities</source>
        <translation>Souligner les &amp;noms</translation>
    </message>
    <message>
        <source>Mark &amp;Claims</source>
        <translation>Marquer les &amp;affirmations</translation>
    </message>
    <message>
        <source>Show &amp;All Speakers</source>
        <translation>Afficher &amp;tous les locuteurs</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <source>Only the text (%1)</source>
        <translation>Seulement le texte (%1)</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>Show or hide the side panel (%1)</source>
        <translation>Afficher ou masquer le panneau latéral (%1)</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;À propos de Gloss</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>À propos de Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read news articles closely: who is speaking, what is claimed, and your notes.&lt;/p&gt;&lt;p&gt;Highlighting and themes by KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Lire les articles de presse de près&#xa0;: qui parle, ce qui est affirmé, et vos notes.&lt;/p&gt;&lt;p&gt;Coloration et thèmes par KSyntaxHighlighting de KDE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1&#xa0;: mention %2 sur %3</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>Analyse de l’article</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Temps de lecture</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Mots&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Temps de lecture&#xa0;: %1&#xa0;min</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Locuteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Citations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un article.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: no such file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Showing only %1’s quotes. Press Esc to show everyone’s.</source>
        <translation>Seules les citations de %1 sont affichées. Appuyez sur Échap pour afficher celles de tous.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>What the colours mean, the side panel, notes, exporting and keys</source>
        <translation>Ce que signifient les couleurs, le panneau latéral, les notes, l’export et les raccourcis</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action and its keys, with a filter</source>
        <translation>Toutes les actions et leurs raccourcis, avec un filtre</translation>
    </message>
    <message>
        <source>Find Bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1: quote %2 of %3</source>
        <translation>%1&#xa0;: citation %2 sur %3</translation>
    </message>
    <message>
        <source>This article is too long to analyse whole: quotes, speakers, entities and claims cover only its first %L1 characters (%2% of the text). All of the text is shown.</source>
        <translation>Cet article est trop long pour être analysé en entier&#xa0;: les citations, locuteurs, noms et affirmations ne couvrent que ses %L1 premiers caractères (%2&#xa0;% du texte). Tout le texte est affiché.</translation>
    </message>
</context>
<context>
    <name>gloss::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCard</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Écrire une note…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas or #</source>
        <translation>Étiquettes, séparées par des virgules ou #</translation>
    </message>
    <message>
        <source>Colour, tags, delete</source>
        <translation>Couleur, étiquettes, supprimer</translation>
    </message>
    <message>
        <source>Note menu</source>
        <translation>Menu de la note</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>Modifier les é&amp;tiquettes</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Développer</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l’ensemble de l’article</translation>
    </message>
    <message>
        <source>Orphan, was on “%1”</source>
        <translation>Orpheline, était sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Expand the note</source>
        <translation>Développer la note</translation>
    </message>
    <message>
        <source>Collapse the note</source>
        <translation>Réduire la note</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l’article</translation>
    </message>
    <message>
        <source>Orphaned note, was on “%1”</source>
        <translation>Note orpheline, était sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Note vide</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCommand</name>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExport</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucun élément trouvé.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Lieu et date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>count</comment>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation>(%1 orphelines)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l’article entier</translation>
    </message>
    <message>
        <source>Notes in reading order</source>
        <translation>Notes dans l’ordre de lecture</translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation>Aucune note sur des passages.</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notes orphelines</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Ces notes n’ont pas pu être replacées dans le texte actuel de l’article&#xa0;; chacune montre son dernier passage connu.</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Affirmations par source</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>Aucun locuteur trouvé</translation>
    </message>
    <message>
        <source>%1, quoted</source>
        <translation>%1, cité</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 orphelines</translation>
    </message>
    <message>
        <source>Exported from Gloss.</source>
        <translation>Exporté depuis Gloss.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>L’article n’a pas de texte.</translation>
    </message>
</context>
<context>
    <name>gloss::NoteExportActions</name>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the notes as Markdown, HTML, W3C annotations or CSV</source>
        <translation>Enregistrer les notes en Markdown, HTML, annotations W3C ou CSV</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <source>Add notes from a W3C Web Annotation file (Gloss, Hypothesis)</source>
        <translation>Ajouter des notes depuis un fichier d’annotations web W3C (Gloss, Hypothesis)</translation>
    </message>
    <message>
        <source>Copy Notes as &amp;Markdown</source>
        <translation>Copier les notes en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy the selected notes (or all) as Markdown</source>
        <translation>Copier les notes sélectionnées (ou toutes) en Markdown</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notes exportées dans %1</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Annotations web W3C (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an article before importing notes.</source>
        <translation>Ouvrez un article avant d’importer des notes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>These notes were made on another article (%1).

Import them anyway? Notes whose passage is not in this article are kept as orphans.</source>
        <translation>Ces notes ont été prises sur un autre article (%1).

Les importer quand même&#xa0;? Les notes dont le passage ne figure pas dans cet article sont conservées comme orphelines.</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No notes to copy.</source>
        <translation>Aucune note à copier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note(s) as Markdown.</source>
        <translation>
            <numerusform>%n note copiée en Markdown.</numerusform>
            <numerusform>%n notes copiées en Markdown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteImport</name>
    <message numerus="yes">
        <source>%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</source>
        <translation>
            <numerusform>%Ln note importée&#xa0;: %1 nouvelle, %2 mise à jour, %3 inchangée&#xa0;; %4 orpheline</numerusform>
            <numerusform>%Ln notes importées&#xa0;: %1 nouvelles, %2 mises à jour, %3 inchangées&#xa0;; %4 orphelines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteLayer</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Note(s)</source>
        <translation>
            <numerusform>Importer %n note</numerusform>
            <numerusform>Importer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <source>Pin a note to the selected words (or the quote at the cursor)</source>
        <translation>Épingler une note aux mots sélectionnés (ou à la citation sous le curseur)</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) to add a note; Notes &gt; Add Note on the Article for a note on the whole article.</source>
        <translation>Sélectionnez des mots (ou placez le curseur dans une citation) pour ajouter une note&#xa0;; Notes &gt; Ajouter une note sur l’article pour une note sur l’ensemble de l’article.</translation>
    </message>
    <message>
        <source>Add Note on the A&amp;rticle</source>
        <translation>Ajouter une note sur l’a&amp;rticle</translation>
    </message>
    <message>
        <source>A note on the article as a whole, at the top of the margin</source>
        <translation>Une note sur l’ensemble de l’article, en haut de la marge</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>Note &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next note in the text</source>
        <translation>Aller à la note suivante dans le texte</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>Note &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous note in the text</source>
        <translation>Aller à la note précédente dans le texte</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the current note (or the notes selected in the Notes tab)</source>
        <translation>Supprimer la note courante (ou les notes sélectionnées dans l’onglet Notes)</translation>
    </message>
    <message>
        <source>No note to delete: click a note first.</source>
        <translation>Aucune note à supprimer&#xa0;: cliquez d’abord sur une note.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Show the Notes &amp;Tab</source>
        <translation>Afficher l’&amp;onglet Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could be read and are shown.</source>
        <translation>
            <numerusform>%n note a pu être lue et est affichée.</numerusform>
            <numerusform>%n notes ont pu être lues et sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added (widen the window to see the notes beside the text).</source>
        <translation>Note ajoutée (élargissez la fenêtre pour voir les notes à côté du texte).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note Colour: %1</source>
        <translation>Couleur de la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note Tags</source>
        <translation>Étiquettes de la note</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted. %1 brings them back.</source>
        <translation>
            <numerusform>%n note supprimée. %1 la rétablit.</numerusform>
            <numerusform>%n notes supprimées. %1 les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note’s passage is no longer in the text. It was on “%1”.</source>
        <translation>Le passage de cette note n’est plus dans le texte. Elle était sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No notes on this article yet.</source>
        <translation>Aucune note sur cet article pour l’instant.</translation>
    </message>
    <message>
        <source>That was the last note.</source>
        <translation>C’était la dernière note.</translation>
    </message>
    <message>
        <source>That was the first note.</source>
        <translation>C’était la première note.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add Note on This Quote</source>
        <translation>Ajouter une note sur cette citation</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>Edit Note “%1”</source>
        <translation>Modifier la note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete Note “%1”</source>
        <translation>Supprimer la note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Note on the Article</source>
        <translation>Ajouter une note sur l’article</translation>
    </message>
    <message>
        <source>Add Note on This Claim</source>
        <translation>Ajouter une note sur cette affirmation</translation>
    </message>
    <message>
        <source>No room for the note cards beside the text at this window size and zoom: the notes are listed in the Notes tab.</source>
        <translation>Pas de place pour les fiches de notes à côté du texte avec cette taille de fenêtre et ce zoom&#xa0;: les notes sont listées dans l’onglet Notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the Notes tab</source>
        <translation>
            <numerusform>%n note dans l’onglet Notes</numerusform>
            <numerusform>%n notes dans l’onglet Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NotesPanel</name>
    <message>
        <source>Search notes and #tags</source>
        <translation>Rechercher dans les notes et les #étiquettes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>On the article</source>
        <translation>Sur l’article</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Dans le texte</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the text: they keep the words they were on.</source>
        <translation>Notes dont le passage n’est plus dans le texte&#xa0;: elles gardent les mots sur lesquels elles étaient.</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note sur l’article</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage and press %1, or right-click a quote or a claim.</source>
        <translation>Aucune note pour l’instant. Sélectionnez un passage et appuyez sur %1, ou faites un clic droit sur une citation ou une affirmation.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Aucune note ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>gloss::OpenLinkDialog</name>
    <message>
        <source>Download again, even if the page was opened before</source>
        <translation>Télécharger à nouveau, même si la page a déjà été ouverte</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept, so your notes stay where you put them even if the page changes later.</source>
        <translation>Le texte de l’article est conservé&#xa0;: vos notes restent là où vous les avez placées, même si la page change plus tard.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gloss::PrintActions</name>
    <message>
        <source>Notes and Colours</source>
        <translation>Notes et couleurs</translation>
    </message>
    <message>
        <source>In the &amp;margin, beside their passages</source>
        <translation>Dans la &amp;marge, à côté de leurs passages</translation>
    </message>
    <message>
        <source>As &amp;endnotes, numbered after the article</source>
        <translation>En &amp;notes de fin, numérotées après l’article</translation>
    </message>
    <message>
        <source>&amp;Speaker colours</source>
        <translation>&amp;Couleurs des locuteurs</translation>
    </message>
    <message>
        <source>E&amp;ntity underlines</source>
        <translation>&amp;Soulignement des noms</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Impression&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the article with its notes</source>
        <translation>Imprimer l’article avec ses notes</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the article with its notes as a PDF</source>
        <translation>Enregistrer l’article avec ses notes en PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported as PDF to %1</source>
        <translation>Exporté en PDF dans %1</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>Ouvrez un article pour l’imprimer.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimer l’article</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Ouvrez un article pour l’exporter.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
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
        <translation>%1, cité</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l’ensemble de l’article</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, %1 orphelines</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notes orphelines</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>Ces notes n’ont pas pu être replacées dans le texte actuel de l’article&#xa0;; chacune montre son dernier passage connu.</translation>
    </message>
</context>
<context>
    <name>gloss::ShortcutsDialog</name>
    <message>
        <source>Show actions &amp;without shortcuts</source>
        <translation>Afficher les actions &amp;sans raccourci</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Gloss</source>
        <translation>Raccourcis clavier — Gloss</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Action or key, e.g. “note” or “Ctrl+F”</source>
        <translation>Action ou touche, p. ex. «&#xa0;note&#xa0;» ou «&#xa0;Ctrl+F&#xa0;»</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Lists only the actions whose name, menu or keys contain every word typed</source>
        <translation>N’affiche que les actions dont le nom, le menu ou les touches contiennent tous les mots saisis</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Actions et leurs raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>Indisponible pour le moment</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>Aucun raccourci.</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>Aucune action ni touche ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>gloss::SourceHeader</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Download the page again (the text shown is the copy saved when it was first opened)</source>
        <translation>Télécharger à nouveau la page (le texte affiché est la copie enregistrée à la première ouverture)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>gloss::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show all speakers&apos; quotes</source>
        <translation>Afficher les citations de tous les locuteurs</translation>
    </message>
    <message>
        <source>Clear the speaker filter (Esc)</source>
        <translation>Retirer le filtre par locuteur (Échap)</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>Locuteurs et leurs couleurs</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Citations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Direct quotes without a known speaker</source>
        <translation>Citations directes sans locuteur connu</translation>
    </message>
    <message>
        <source>No quoted speakers found.</source>
        <translation>Aucun locuteur cité trouvé.</translation>
    </message>
    <message>
        <source>Other speakers (%1)</source>
        <translation>Autres locuteurs (%1)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Rechercher un locuteur</translation>
    </message>
    <message>
        <source>Shows the speakers whose name contains these letters; Down goes to the list</source>
        <translation>Affiche les locuteurs dont le nom contient ces lettres&#xa0;; Bas mène à la liste</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>Ordre des locuteurs</translation>
    </message>
    <message>
        <source>Most quoted</source>
        <translation>Les plus cités</translation>
    </message>
    <message>
        <source>First to speak</source>
        <translation>Ordre de prise de parole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pre&amp;vious Quote of the Speaker</source>
        <translation>Citation précé&amp;dente du locuteur</translation>
    </message>
    <message>
        <source>Ne&amp;xt Quote of the Speaker</source>
        <translation>Citation &amp;suivante du locuteur</translation>
    </message>
    <message>
        <source>Quote of the speaker</source>
        <translation>Citation du locuteur</translation>
    </message>
    <message>
        <source>The %1 most quoted speakers have a colour of their own; these %2 share this one.</source>
        <translation>Les %1 locuteurs les plus cités ont leur propre couleur&#xa0;; ces %2 se partagent celle-ci.</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 affichés)</translation>
    </message>
    <message>
        <source>Who is quoted and how often; Enter shows only that speaker&apos;s quotes and goes to the first, again to the next; Esc shows everyone&apos;s again</source>
        <translation>Qui est cité et combien de fois&#xa0;; Entrée n’affiche que les citations de ce locuteur et va à la première, puis à la suivante&#xa0;; Échap réaffiche celles de tous</translation>
    </message>
    <message>
        <source>Click a speaker for their quotes.</source>
        <translation>Cliquez sur un locuteur pour voir ses citations.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · %n citation</numerusform>
            <numerusform>%1 · %n citations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · quote %2 of %3</source>
        <translation>%1 · citation %2 sur %3</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only this speaker&apos;s quotes and go to the first, again for the next; untick to stop tinting them.</source>
        <translation>Citations&#xa0;: %1. Cliquez pour n’afficher que les citations de ce locuteur et aller à la première, à nouveau pour la suivante&#xa0;; décochez pour ne plus les teinter.</translation>
    </message>
    <message>
        <source>Speakers sharing one colour</source>
        <translation>Locuteurs partageant une même couleur</translation>
    </message>
    <message>
        <source>Speakers: %1 · Quotes: %2.</source>
        <translation>Locuteurs&#xa0;: %1 · Citations&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 most quoted have a colour of their own, the other %2 share grey.</source>
        <translation>Les %1 plus cités ont leur propre couleur, les %2 autres se partagent le gris.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncController</name>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>Réglages de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>The WebDAV server, user and password, and when to sync</source>
        <translation>Le serveur WebDAV, l’utilisateur et le mot de passe, et quand synchroniser</translation>
    </message>
    <message>
        <source>Sync is off. The notes stay on this device.</source>
        <translation>La synchronisation est désactivée. Les notes restent sur cet appareil.</translation>
    </message>
    <message>
        <source>The server refused the user name or password, so sync stopped. Enter them again in Notes &gt; Sync Settings.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe, la synchronisation s’est donc arrêtée. Saisissez-les à nouveau dans Notes &gt; Réglages de synchronisation.</translation>
    </message>
    <message>
        <source>Sync: the server cannot be reached; the notes sync later. %1</source>
        <translation>Synchronisation&#xa0;: le serveur est injoignable&#xa0;; les notes seront synchronisées plus tard. %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync kept both versions of %n note(s) edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</source>
        <translation>
            <numerusform>La synchronisation a gardé les deux versions de %n note modifiée sur deux appareils&#xa0;: la copie se trouve à côté de sa note, avec l’étiquette «&#xa0;%1&#xa0;» (onglet Notes&#xa0;; %2 dans cet article).</numerusform>
            <numerusform>La synchronisation a gardé les deux versions de %n notes modifiées sur deux appareils&#xa0;: chaque copie se trouve à côté de sa note, avec l’étiquette «&#xa0;%1&#xa0;» (onglet Notes&#xa0;; %2 dans cet article).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note ajoutée</numerusform>
            <numerusform>%n notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisation effectuée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncJson</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not an AnnotationCollection</source>
        <translation>pas une AnnotationCollection</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n élément n’a pas pu être lu</numerusform>
            <numerusform>%n éléments n’ont pas pu être lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>Réglages de synchronisation</translation>
    </message>
    <message>
        <source>Sync notes through a WebDAV server</source>
        <translation>Synchroniser les notes via un serveur WebDAV</translation>
    </message>
    <message>
        <source>Each device writes its own file on the server: give each machine its own name.</source>
        <translation>Chaque appareil écrit son propre fichier sur le serveur&#xa0;: donnez à chaque machine un nom différent.</translation>
    </message>
    <message>
        <source>When an article &amp;opens</source>
        <translation>À l’&amp;ouverture d’un article</translation>
    </message>
    <message>
        <source>After notes are &amp;saved</source>
        <translation>Après l’&amp;enregistrement des notes</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutes entre deux synchronisations</translation>
    </message>
    <message>
        <source>With none ticked, notes sync only by hand (Notes &gt; Sync Now).</source>
        <translation>Si aucune case n’est cochée, les notes ne se synchronisent qu’à la main (Notes &gt; Synchroniser maintenant).</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>&amp;Mot de passe d’application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Nom de l’appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the server now: the user and password, the folders, and whether it protects files from being overwritten. Nothing is saved.</source>
        <translation>Interroger le serveur maintenant&#xa0;: l’utilisateur et le mot de passe, les dossiers, et s’il protège les fichiers contre l’écrasement. Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>stored; type a new one to change it</source>
        <translation>enregistré&#xa0;; saisissez-en un nouveau pour le changer</translation>
    </message>
    <message>
        <source>Enter the address of the WebDAV folder.</source>
        <translation>Saisissez l’adresse du dossier WebDAV.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>L’adresse doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the password (an app password, where the server offers them).</source>
        <translation>Saisissez le mot de passe (un mot de passe d’application, si le serveur en propose).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>The server answers: sync will work with these settings.</source>
        <translation>Le serveur répond&#xa0;: la synchronisation fonctionnera avec ces réglages.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gloss::SyncStateAction</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync Off</source>
        <translation>Synchronisation désactivée</translation>
    </message>
    <message>
        <source>Notes are not synced. Click to set up sync with a WebDAV server (Nextcloud, ownCloud, …).</source>
        <translation>Les notes ne sont pas synchronisées. Cliquez pour configurer la synchronisation avec un serveur WebDAV (Nextcloud, ownCloud, …).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync is set up. Click to sync now.</source>
        <translation>La synchronisation est configurée. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>Synchronisation %1/%2</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Syncing notes with the server…</source>
        <translation>Synchronisation des notes avec le serveur…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Notes are synced. Click to sync now.</source>
        <translation>Les notes sont synchronisées. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</source>
        <translation>
            <numerusform>%n note a été modifiée sur deux appareils&#xa0;: les deux versions sont conservées, la copie porte l’étiquette «&#xa0;conflict&#xa0;» dans l’onglet Notes. Cliquez pour synchroniser maintenant.</numerusform>
            <numerusform>%n notes ont été modifiées sur deux appareils&#xa0;: les deux versions sont conservées, chaque copie porte l’étiquette «&#xa0;conflict&#xa0;» dans l’onglet Notes. Cliquez pour synchroniser maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The server could not be reached; notes are kept here and sync later. Click to try now.</source>
        <translation>Le serveur est injoignable&#xa0;; les notes sont conservées ici et seront synchronisées plus tard. Cliquez pour réessayer maintenant.</translation>
    </message>
    <message>
        <source>Wrong Password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>The server refused the user or password; sync stopped. Click to open the sync settings.</source>
        <translation>Le serveur a refusé l’utilisateur ou le mot de passe&#xa0;; la synchronisation s’est arrêtée. Cliquez pour ouvrir les réglages de synchronisation.</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>The last sync failed. Click to try again.</source>
        <translation>La dernière synchronisation a échoué. Cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>no byte order mark: read as %1</source>
        <translation>pas d’indicateur d’ordre des octets&#xa0;: lu en %1</translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced by �</source>
        <translation>séquences %1 non valides remplacées par �</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by �</source>
        <translation>
            <numerusform>%n octet UTF-8 non valide remplacé par �</numerusform>
            <numerusform>%n octets UTF-8 non valides remplacés par �</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Windows-1252 (Latin-1)</source>
        <translation>UTF-8 non valide&#xa0;: lu en Windows-1252 (Latin-1)</translation>
    </message>
    <message>
        <source>not a text file (%1% of it is control or undecodable characters)</source>
        <translation>pas un fichier texte (%1&#xa0;% de caractères de contrôle ou indécodables)</translation>
    </message>
    <message numerus="yes">
        <source>%n control or undecodable character(s) removed or replaced</source>
        <translation>
            <numerusform>%n caractère de contrôle ou indécodable supprimé ou remplacé</numerusform>
            <numerusform>%n caractères de contrôle ou indécodables supprimés ou remplacés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::WebSources</name>
    <message>
        <source>Open &amp;Link…</source>
        <translation>Ouvrir un &amp;lien…</translation>
    </message>
    <message>
        <source>Open a news article from the web</source>
        <translation>Ouvrir un article de presse depuis le web</translation>
    </message>
    <message>
        <source>Reload from &amp;Web</source>
        <translation>Recharger depuis le &amp;web</translation>
    </message>
    <message>
        <source>Download the shown page again instead of using the saved copy</source>
        <translation>Télécharger à nouveau la page affichée au lieu d’utiliser la copie enregistrée</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>Coller comme &amp;nouvel article</translation>
    </message>
    <message>
        <source>Open the text or web page selection on the clipboard as an article</source>
        <translation>Ouvrir comme article le texte ou la sélection de page web du presse-papiers</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened the copy saved when this page was first read (File &gt; Reload from Web for the current page)</source>
        <translation>Copie enregistrée à la première lecture de cette page ouverte (Fichier &gt; Recharger depuis le web pour la page actuelle)</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 téléchargé</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>Impossible d’ouvrir le lien</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open</source>
        <translation>Le presse-papiers ne contient aucun texte à ouvrir</translation>
    </message>
</context>
<context>
    <name>gloss::cli</name>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Lieu et date&#xa0;:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>Locuteurs (%1)</translation>
    </message>
    <message>
        <source>  (no speaker) ×%1</source>
        <translation>  (sans locuteur) ×%1</translation>
    </message>
    <message>
        <source>Other quoted words (%1)</source>
        <translation>Autres mots entre guillemets (%1)</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>Noms (%1)</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>Affirmations (%1)</translation>
    </message>
    <message>
        <source>Analyse articles: quotes, speakers, entities, claims.
Several files are analysed in parallel and printed in the order given, one JSON object per line. &apos;-&apos; reads standard input.</source>
        <translation>Analyser des articles&#xa0;: citations, locuteurs, noms, affirmations.
Plusieurs fichiers sont analysés en parallèle et affichés dans l’ordre donné, un objet JSON par ligne. «&#xa0;-&#xa0;» lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>Format de sortie&#xa0;: json (par défaut) ou text.</translation>
    </message>
    <message>
        <source>Article files (.txt, .md, .html, ...) or web addresses (http, https).</source>
        <translation>Fichiers d’articles (.txt, .md, .html, ...) ou adresses web (http, https).</translation>
    </message>
    <message>
        <source>analyze: %1 (see gloss analyze --help)</source>
        <translation>analyze&#xa0;: %1 (voir gloss analyze --help)</translation>
    </message>
    <message>
        <source>analyze: unknown format &apos;%1&apos; (json or text)</source>
        <translation>analyze&#xa0;: format «&#xa0;%1&#xa0;» inconnu (json ou text)</translation>
    </message>
    <message>
        <source>analyze: no file given (see gloss analyze --help)</source>
        <translation>analyze&#xa0;: aucun fichier indiqué (voir gloss analyze --help)</translation>
    </message>
    <message>
        <source>-: too large (the limit is %1 MB)</source>
        <translation>-&#xa0;: trop volumineux (la limite est de %1 Mo)</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Dossier des données de Gloss (par défaut&#xa0;: $GLOSS_DATA_DIR, sinon le dossier standard).</translation>
    </message>
    <message>
        <source>Exports the notes on an article (with the article, for HTML).

  gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]</source>
        <translation>Exporte les notes d’un article (avec l’article, en HTML).

  gloss export FICHIER --format md|html|w3c|csv [-o SORTIE] [--include claims,quotes]</translation>
    </message>
    <message>
        <source>md (Markdown), html, w3c (W3C Web Annotation JSON-LD) or csv.</source>
        <translation>md (Markdown), html, w3c (annotation web W3C, JSON-LD) ou csv.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Écrire dans ce fichier (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Sections to add to md and html: claims (claims by source), quotes (quotes by speaker); comma-separated.</source>
        <translation>Sections à ajouter en md et html&#xa0;: claims (affirmations par source), quotes (citations par locuteur)&#xa0;; séparées par des virgules.</translation>
    </message>
    <message>
        <source>html: only the paragraphs that carry notes (default: the whole article).</source>
        <translation>html&#xa0;: seulement les paragraphes annotés (par défaut&#xa0;: l’article entier).</translation>
    </message>
    <message>
        <source>csv: no UTF-8 byte order mark at the start.</source>
        <translation>csv&#xa0;: pas d’indicateur d’ordre des octets UTF-8 au début.</translation>
    </message>
    <message>
        <source>The article.</source>
        <translation>L’article.</translation>
    </message>
    <message>
        <source>export: expected one FILE (see gloss export --help)</source>
        <translation>export&#xa0;: un FICHIER attendu (voir gloss export --help)</translation>
    </message>
    <message>
        <source>export: unknown format %1 (md, html, w3c or csv)</source>
        <translation>export&#xa0;: format %1 inconnu (md, html, w3c ou csv)</translation>
    </message>
    <message>
        <source>export: unknown section %1 (claims or quotes)</source>
        <translation>export&#xa0;: section %1 inconnue (claims ou quotes)</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations (a Gloss export, or Hypothesis&apos;s W3C form) into the notes on an article, merged by id and re-anchored in its text.

  gloss notes import FILE ANNOTATIONS.json [--force]</source>
        <translation>Importe des annotations web W3C (un export de Gloss ou la forme W3C de Hypothesis) dans les notes d’un article, fusionnées par identifiant et réancrées dans son texte.

  gloss notes import FICHIER ANNOTATIONS.json [--force]</translation>
    </message>
    <message>
        <source>Import notes made on another article all the same.</source>
        <translation>Importer quand même des notes prises sur un autre article.</translation>
    </message>
    <message>
        <source>The W3C JSON file.</source>
        <translation>Le fichier JSON W3C.</translation>
    </message>
    <message>
        <source>notes import: expected FILE and ANNOTATIONS.json (see gloss notes import --help)</source>
        <translation>notes import&#xa0;: FICHIER et ANNOTATIONS.json attendus (voir gloss notes import --help)</translation>
    </message>
    <message>
        <source>notes import: cannot read %1: %2</source>
        <translation>notes import&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>notes import: %1 is too large</source>
        <translation>notes import&#xa0;: %1 est trop volumineux</translation>
    </message>
    <message>
        <source>notes import: %1</source>
        <translation>notes import&#xa0;: %1</translation>
    </message>
    <message>
        <source>notes import: the notes were made on another article (%1); imported as asked</source>
        <translation>notes import&#xa0;: les notes ont été prises sur un autre article (%1)&#xa0;; importées comme demandé</translation>
    </message>
    <message>
        <source>(article)</source>
        <translation>(article)</translation>
    </message>
    <message>
        <source>note id %1 is ambiguous (%2 notes start with it)</source>
        <translation>l’identifiant de note %1 est ambigu (%2 notes commencent ainsi)</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>aucune note avec l’identifiant %1</translation>
    </message>
    <message>
        <source>The exact words to note (as in the article).</source>
        <translation>Les mots exacts à annoter (tels qu’ils figurent dans l’article).</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, counting from 1 (needed when it occurs more than once).</source>
        <translation>Quelle occurrence de la citation, à partir de 1 (nécessaire si elle apparaît plusieurs fois).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>Une étiquette (à répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>Colour: %1, or #rrggbb.</source>
        <translation>Couleur&#xa0;: %1, ou #rrggbb.</translation>
    </message>
    <message>
        <source>Output of list: json (default) or text.</source>
        <translation>Sortie de list&#xa0;: json (par défaut) ou text.</translation>
    </message>
    <message>
        <source>notes list: unknown format %1 (json or text)</source>
        <translation>notes list&#xa0;: format %1 inconnu (json ou text)</translation>
    </message>
    <message>
        <source>no notes
</source>
        <translation>aucune note
</translation>
    </message>
    <message>
        <source>notes remove: which note? (gloss notes remove FILE ID)</source>
        <translation>notes remove&#xa0;: quelle note&#xa0;? (gloss notes remove FICHIER ID)</translation>
    </message>
    <message>
        <source>notes add: --text is missing</source>
        <translation>notes add&#xa0;: --text manque</translation>
    </message>
    <message>
        <source>notes add: unknown colour %1 (use %2, or #rrggbb)</source>
        <translation>notes add&#xa0;: couleur %1 inconnue (utilisez %2, ou #rrggbb)</translation>
    </message>
    <message>
        <source>notes add: the quote is empty</source>
        <translation>notes add&#xa0;: la citation est vide</translation>
    </message>
    <message>
        <source>notes add: the quote is not in %1</source>
        <translation>notes add&#xa0;: la citation ne figure pas dans %1</translation>
    </message>
    <message>
        <source>notes add: --occurrence must be between 1 and %1</source>
        <translation>notes add&#xa0;: --occurrence doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>notes add: the quote occurs %1 times in %2; choose one with --occurrence 1..%1</source>
        <translation>notes add&#xa0;: la citation apparaît %1 fois dans %2&#xa0;; choisissez-en une avec --occurrence 1..%1</translation>
    </message>
    <message>
        <source>notes add: --occurrence needs --quote</source>
        <translation>notes add&#xa0;: --occurrence nécessite --quote</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>words, paragraphs, sentences (format)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on an article, kept in the same store as the window.

  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FILE --text NOTE          (a note on the whole article)
  gloss notes list FILE [--format json|text]
  gloss notes remove FILE ID
  gloss notes import FILE ANNOTATIONS.json [--force]   (see gloss notes import --help)</source>
        <translation>Notes sur un article, conservées dans le même stockage que la fenêtre.

  gloss notes add FICHIER --quote TEXTE [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FICHIER --text NOTE          (une note sur l’ensemble de l’article)
  gloss notes list FICHIER [--format json|text]
  gloss notes remove FICHIER ID
  gloss notes import FICHIER ANNOTATIONS.json [--force]   (voir gloss notes import --help)</translation>
    </message>
    <message>
        <source>add, list, remove or import.</source>
        <translation>add, list, remove ou import.</translation>
    </message>
    <message>
        <source>notes: expected add, list, remove or import and a FILE (see gloss notes --help)</source>
        <translation>notes&#xa0;: add, list, remove ou import et un FICHIER attendus (voir gloss notes --help)</translation>
    </message>
    <message>
        <source>  (see %1 --help)
</source>
        <translation>  (voir %1 --help)
</translation>
    </message>
    <message>
        <source>%1: web pages cannot be read here (%2)</source>
        <translation>%1&#xa0;: les pages web ne peuvent pas être lues ici (%2)</translation>
    </message>
    <message>
        <source>the library cannot be used here (%1)</source>
        <translation>la bibliothèque ne peut pas être utilisée ici (%1)</translation>
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
        <translation>Synchronise les notes avec un dossier WebDAV (Nextcloud, ownCloud, un NAS, Apache, lighttpd).

  gloss sync setup URL --user NAME [--device NAME]
      Configure la synchronisation pour ce dossier de données&#xa0;: le mot de passe
      (un mot de passe d’application) est lu dans GLOSS_SYNC_PASSWORD ou dans le
      terminal et conservé dans le trousseau du système (à défaut&#xa0;: dans un
      fichier lisible par vous seul). Vérifie que le serveur respecte les
      préconditions, et prévient quand ce n’est pas le cas.
  gloss sync [--dry-run] [FICHIER...]
      Synchronise les notes de chaque article qui a des notes (ici ou sur le
      serveur), ou celles des FICHIER indiqués. Les notes modifiées sur
      deux appareils gardent les deux versions (une copie de conflit)&#xa0;;
      une synchronisation ne supprime rien en local.
  gloss sync status
      Affiche les réglages et la dernière synchronisation, sans le réseau.

Chaque dossier de données (--data-dir, GLOSS_DATA_DIR) est un appareil à part entière.</translation>
    </message>
    <message>
        <source>The user name on the server (setup).</source>
        <translation>Le nom d’utilisateur sur le serveur (setup).</translation>
    </message>
    <message>
        <source>This device&apos;s name (setup; default: the host name).</source>
        <translation>Le nom de cet appareil (setup&#xa0;; par défaut&#xa0;: le nom d’hôte).</translation>
    </message>
    <message>
        <source>Say what a sync would change, and change nothing.</source>
        <translation>Indiquer ce qu’une synchronisation changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>setup URL, status, or the FILEs to sync (none: all).</source>
        <translation>setup URL, status, ou les FICHIER à synchroniser (aucun&#xa0;: tous).</translation>
    </message>
    <message>
        <source>sync is not available here (%1)</source>
        <translation>la synchronisation n’est pas disponible ici (%1)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>sync setup: expected a URL and --user NAME (see gloss sync --help)</source>
        <translation>sync setup&#xa0;: une URL et --user NAME attendus (voir gloss sync --help)</translation>
    </message>
    <message>
        <source>sync setup: no password given (GLOSS_SYNC_PASSWORD or the terminal)</source>
        <translation>sync setup&#xa0;: aucun mot de passe fourni (GLOSS_SYNC_PASSWORD ou le terminal)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>sync setup failed: %1</source>
        <translation>sync setup a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server:    %1
</source>
        <translation>Serveur&#xa0;:                  %1
</translation>
    </message>
    <message>
        <source>User:      %1
</source>
        <translation>Utilisateur&#xa0;:              %1
</translation>
    </message>
    <message>
        <source>Device:    %1
</source>
        <translation>Appareil&#xa0;:                 %1
</translation>
    </message>
    <message>
        <source>Password:  %1
</source>
        <translation>Mot de passe&#xa0;:             %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>Dernière synchronisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Dernière erreur&#xa0;:          %1
</translation>
    </message>
    <message>
        <source>Articles:  %1 synced, %2 with changes not sent yet
</source>
        <translation>Articles&#xa0;:                 %1 synchronisés, %2 avec des modifications pas encore envoyées
</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing changed. %n article(s) looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</source>
        <translation>
            <numerusform>Simulation, rien n’a été modifié. %n article examiné&#xa0;; ajouterait %1, modifierait %2, supprimerait %3 note(s) ici, créerait %4 copie(s) de conflit, enverrait %5 fichier(s), en récupérerait %6.</numerusform>
            <numerusform>Simulation, rien n’a été modifié. %n articles examinés&#xa0;; ajouterait %1, modifierait %2, supprimerait %3 note(s) ici, créerait %4 copie(s) de conflit, enverrait %5 fichier(s), en récupérerait %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</source>
        <translation>
            <numerusform>%n article synchronisé&#xa0;: %1 note(s) ajoutée(s), %2 modifiée(s), %3 supprimée(s) ici, %4 copie(s) de conflit&#xa0;; %5 fichier(s) envoyé(s), %6 récupéré(s).</numerusform>
            <numerusform>%n articles synchronisés&#xa0;: %1 note(s) ajoutée(s), %2 modifiée(s), %3 supprimée(s) ici, %4 copie(s) de conflit&#xa0;; %5 fichier(s) envoyé(s), %6 récupéré(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1. Check the user and the app password (gloss sync setup); nothing was changed on the server.</source>
        <translation>synchronisation interrompue&#xa0;: %1. Vérifiez l’utilisateur et le mot de passe d’application (gloss sync setup)&#xa0;; rien n’a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>sync stopped: %1. The notes here are intact; the next sync completes it.</source>
        <translation>synchronisation interrompue&#xa0;: %1. Les notes locales sont intactes&#xa0;; la prochaine synchronisation la terminera.</translation>
    </message>
    <message>
        <source>sync stopped: %1</source>
        <translation>synchronisation interrompue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window offscreen to a PNG file and exit.</source>
        <translation>Dessiner la fenêtre hors écran dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut 1400x900).</translation>
    </message>
    <message>
        <source>Colour theme of the window, e.g. &quot;Breeze Dark&quot; (any KSyntaxHighlighting theme; default: follow the system&apos;s light or dark scheme).</source>
        <translation>Thème de couleurs de la fenêtre, par exemple «&#xa0;Breeze Dark&#xa0;» (tout thème KSyntaxHighlighting&#xa0;; par défaut&#xa0;: suivre le mode clair ou sombre du système).</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data, the notes (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Dossier des données de Gloss, les notes (par défaut&#xa0;: $GLOSS_DATA_DIR, sinon le dossier standard).</translation>
    </message>
    <message>
        <source>no theme called “%1”; installed themes:</source>
        <translation>aucun thème nommé «&#xa0;%1&#xa0;»&#xa0;; thèmes installés&#xa0;:</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
  To see the window on a virtual display: xvfb-run -a gloss [FILE]
  To render the window to a picture:     gloss --screenshot out.png [FILE]
  To analyse without a window:           gloss analyze FILE --format text
</source>
        <translation>gloss&#xa0;: aucun écran trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).
  Pour voir la fenêtre sur un écran virtuel&#xa0;: xvfb-run -a gloss [FICHIER]
  Pour dessiner la fenêtre dans une image&#xa0;:   gloss --screenshot image.png [FICHIER]
  Pour analyser sans fenêtre&#xa0;:                gloss analyze FICHIER --format text
</translation>
    </message>
    <message>
        <source>gloss: the window cannot be loaded: %1
</source>
        <translation>gloss&#xa0;: la fenêtre ne peut pas être chargée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Gloss is running already (by default the running window opens the article).</source>
        <translation>Ouvrir une fenêtre à part, même si Gloss tourne déjà (par défaut, la fenêtre ouverte affiche l’article).</translation>
    </message>
    <message>
        <source>Article file or web address to open (default: the sample); of several, the first is shown and the other files go to Open Recent.</source>
        <translation>Fichier d’article ou adresse web à ouvrir (par défaut : l’exemple) ; s’il y en a plusieurs, le premier est affiché et les autres fichiers vont dans « Ouvrir un fichier récent ».</translation>
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
        <translation>Gloss&#xa0;: lire les articles de presse de près.

Sous-commandes (sans fenêtre ni écran)&#xa0;:
  analyze FICHIER... [--format json|text]   citations, locuteurs, noms, affirmations
  notes add|list|remove FICHIER ...        notes (voir gloss notes --help)
  notes import FICHIER ANNOTATIONS.json    annotations W3C dans les notes
  export FICHIER --format md|html|w3c|csv  les notes, pour d’autres outils
  sync [setup URL|status] [FICHIER...]     notes synchronisées via WebDAV
  library add|list|search|people|export|check   tous les articles lus (voir gloss library --help)</translation>
    </message>
    <message>
        <source>Show the Library view (every article read).</source>
        <translation>Afficher la vue Bibliothèque (tous les articles lus).</translation>
    </message>
    <message>
        <source>Show the Library view searching for this (FTS5 syntax); with --library-kind articles, quotes or notes.</source>
        <translation>Afficher la vue Bibliothèque en y recherchant ce texte (syntaxe FTS5)&#xa0;; avec --library-kind articles, quotes ou notes.</translation>
    </message>
    <message>
        <source>Kind of results of --library-search: articles (default), quotes or notes.</source>
        <translation>Type de résultats de --library-search&#xa0;: articles (par défaut), quotes ou notes.</translation>
    </message>
    <message>
        <source>unknown --library-kind %1 (articles, quotes or notes)</source>
        <translation>--library-kind inconnu&#xa0;: %1 (articles, quotes ou notes)</translation>
    </message>
</context>
</TS>
