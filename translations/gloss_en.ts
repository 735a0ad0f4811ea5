<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
