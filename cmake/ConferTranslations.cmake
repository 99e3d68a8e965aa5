# Translations: lupdate scans confer_core and confer_ui; the compiled .qm files
# are embedded in confer_core under :/i18n so the command line and the window
# both find them. 'cmake --build --target update_translations' refreshes the .ts files.

set(CONFER_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/confer_de.ts
    ${PROJECT_SOURCE_DIR}/translations/confer_hi.ts)
# English needs a translation of its own for the %n plurals only ("%n model(s)"
# reads "1 model", "2 models"); lupdate keeps just the numerus entries in it.
set(CONFER_PLURALS_TS_FILE ${PROJECT_SOURCE_DIR}/translations/confer_en.ts)
# Qt ships no Hindi translation of its own strings (qtbase_hi.qm); Confer carries
# the few its windows show, used when the system has none (Translations::install).
set(CONFER_QT_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/qtbase_hi.ts)

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    qt_add_translations(
        TARGETS confer_core
        SOURCE_TARGETS confer_core confer_ui confer
        TS_FILES ${CONFER_TS_FILES}
        PLURALS_TS_FILE ${CONFER_PLURALS_TS_FILE}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(TS_FILES ${CONFER_QT_TS_FILES} LRELEASE_TARGET confer_qt_lrelease NO_GLOBAL_TARGET
        QM_FILES_OUTPUT_VARIABLE _confer_qt_qm_files)
else()
    get_target_property(_confer_core_sources confer_core SOURCES)
    get_target_property(_confer_ui_sources confer_ui SOURCES)
    list(TRANSFORM _confer_core_sources PREPEND ${PROJECT_SOURCE_DIR}/app/ REGEX "^[^/]")
    list(TRANSFORM _confer_ui_sources PREPEND ${PROJECT_SOURCE_DIR}/ui/ REGEX "^[^/]")
    # Before Qt 6.7 there is no PLURALS_TS_FILE: English %n strings keep their "(s)" there.
    qt_add_translations(confer_core
        TS_FILES ${CONFER_TS_FILES}
        SOURCES ${_confer_core_sources} ${_confer_ui_sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(confer_core TS_FILES ${CONFER_QT_TS_FILES} QM_FILES_OUTPUT_VARIABLE _confer_qt_qm_files)
endif()
qt_add_resources(confer_core confer_qt_translations
    PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${_confer_qt_qm_files})
