<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>gloss::AnnotationJson</name>
    <message numerus="yes">
        <source>%Ln note(s) could not be read</source>
        <translation>
            <numerusform>%Ln note could not be read</numerusform>
            <numerusform>%Ln notes could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationStore</name>
    <message numerus="yes">
        <source>The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.</source>
        <translation>
            <numerusform>The notes could not be saved anywhere (%1): %n note of %2 is lost.</numerusform>
            <numerusform>The notes could not be saved anywhere (%1): %n notes of %2 are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes file %1 is damaged (%2); %n note(s) could be read.</source>
        <translation>
            <numerusform>The notes file %1 is damaged (%2); %n note could be read.</numerusform>
            <numerusform>The notes file %1 is damaged (%2); %n notes could be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFileWatcher</name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note added</numerusform>
            <numerusform>%n notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) were placed on the new text.</source>
        <translation>
            <numerusform>Its %n note was placed on the new text.</numerusform>
            <numerusform>Its %n notes were placed on the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their passage and are listed as orphans in the Notes tab.</source>
        <translation>
            <numerusform>%n note lost its passage and is listed as an orphan in the Notes tab.</numerusform>
            <numerusform>%n notes lost their passage and are listed as orphans in the Notes tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message numerus="yes">
        <source>%n note(s), %1 characters</source>
        <translation>
            <numerusform>%n note, %1 characters</numerusform>
            <numerusform>%n notes, %1 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message numerus="yes">
        <source>¶ %1 · %n match(es) — %2</source>
        <comment>paragraph number, count, context</comment>
        <translation>
            <numerusform>¶ %1 · %n match — %2</numerusform>
            <numerusform>¶ %1 · %n matches — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: %n match(es)</source>
        <translation>
            <numerusform>Paragraph %1: %n match</numerusform>
            <numerusform>Paragraph %1: %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>in %n paragraph</numerusform>
            <numerusform>in %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.</source>
        <translation>
            <numerusform>Match %1 of %2 is number %3 of the %n match in paragraph %4.</numerusform>
            <numerusform>Match %1 of %2 is number %3 of the %n matches in paragraph %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::LibraryPanel</name>
    <message numerus="yes">
        <source>%Ln article(s) exported to %1</source>
        <translation>
            <numerusform>%Ln article exported to %1</numerusform>
            <numerusform>%Ln articles exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteCommand</name>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Delete %n Note</numerusform>
            <numerusform>Delete %n Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExport</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExportActions</name>
    <message numerus="yes">
        <source>Copied %n note(s) as Markdown.</source>
        <translation>
            <numerusform>Copied %n note as Markdown.</numerusform>
            <numerusform>Copied %n notes as Markdown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteImport</name>
    <message numerus="yes">
        <source>%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</source>
        <translation>
            <numerusform>%Ln note imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</numerusform>
            <numerusform>%Ln notes imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteLayer</name>
    <message numerus="yes">
        <source>Import %n Note(s)</source>
        <translation>
            <numerusform>Import %n Note</numerusform>
            <numerusform>Import %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could be read and are shown.</source>
        <translation>
            <numerusform>%n note could be read and is shown.</numerusform>
            <numerusform>%n notes could be read and are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted. %1 brings them back.</source>
        <translation>
            <numerusform>%n note deleted. %1 brings it back.</numerusform>
            <numerusform>%n notes deleted. %1 brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the Notes tab</source>
        <translation>
            <numerusform>%n note in the Notes tab</numerusform>
            <numerusform>%n notes in the Notes tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::PrintDocument</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SpeakersPanel</name>
    <message numerus="yes">
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · %n quote</numerusform>
            <numerusform>%1 · %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncController</name>
    <message numerus="yes">
        <source>Sync kept both versions of %n note(s) edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</source>
        <translation>
            <numerusform>Sync kept both versions of %n note edited on two devices: the copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</numerusform>
            <numerusform>Sync kept both versions of %n notes edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note added</numerusform>
            <numerusform>%n notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncJson</name>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n item could not be read</numerusform>
            <numerusform>%n items could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncStateAction</name>
    <message numerus="yes">
        <source>%n note(s) were edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</source>
        <translation>
            <numerusform>%n note was edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</numerusform>
            <numerusform>%n notes were edited on two devices: both versions are kept, the copies are tagged “conflict” in the Notes tab. Click to sync now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by �</source>
        <translation>
            <numerusform>%n invalid UTF-8 byte replaced by �</numerusform>
            <numerusform>%n invalid UTF-8 bytes replaced by �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control or undecodable character(s) removed or replaced</source>
        <translation>
            <numerusform>%n control or undecodable character removed or replaced</numerusform>
            <numerusform>%n control or undecodable characters removed or replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::cli</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing changed. %n article(s) looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</source>
        <translation>
            <numerusform>Dry run, nothing changed. %n article looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</numerusform>
            <numerusform>Dry run, nothing changed. %n articles looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</source>
        <translation>
            <numerusform>%n article synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</numerusform>
            <numerusform>%n articles synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</numerusform>
        </translation>
    </message>
</context>
</TS>
