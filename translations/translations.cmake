# Translations of the user interface and the command-line messages (included last from the
# top-level CMakeLists.txt, so that every target's sources exist when lupdate is set up).
#
#   cmake --build build/dev --target update_translations   # lupdate: new strings into the .ts
#   (scripts/translations does that inside the build root)
#
# The release step (lrelease) runs with every build; the .qm files are compiled into glossi18n's
# resources under :/org.gloss/i18n/ (gloss_de.qm, ...), where i18n/Language finds them (so the
# command line, which links no Qt Gui, has them too).
set(GLOSS_LANGUAGES de fr es ko)
set(_gloss_ts_files)
foreach(lang IN LISTS GLOSS_LANGUAGES)
    list(APPEND _gloss_ts_files ${CMAKE_CURRENT_LIST_DIR}/gloss_${lang}.ts)
endforeach()

qt_add_translations(glossi18n
    TS_FILES ${_gloss_ts_files}
    # English, the source language, needs its plural forms only ("%n note(s)": 1 note, 2 notes)
    PLURALS_TS_FILE ${CMAKE_CURRENT_LIST_DIR}/gloss_en.ts
    SOURCE_TARGETS glosscore glossnet glossi18n glosscli glossui gloss glosswindow
    RESOURCE_PREFIX /org.gloss/i18n
    LUPDATE_TARGET gloss_lupdate # tests/i18n/tst_translations reads its project
    # no line numbers: every edit of a source would otherwise touch the .ts files (merges)
    LUPDATE_OPTIONS -locations none -no-obsolete
    LRELEASE_OPTIONS -silent
    IMMEDIATE_CALL)
