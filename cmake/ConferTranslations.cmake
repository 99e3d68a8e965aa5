# Translations: lupdate scans confer_core and confer_ui; the compiled .qm files
# are embedded in confer_core under :/i18n so the command line and the window
# both find them. 'cmake --build --target update_translations' refreshes the .ts files.

set(CONFER_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/confer_de.ts)

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    qt_add_translations(
        TARGETS confer_core
        SOURCE_TARGETS confer_core confer_ui confer
        TS_FILES ${CONFER_TS_FILES}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
else()
    get_target_property(_confer_core_sources confer_core SOURCES)
    get_target_property(_confer_ui_sources confer_ui SOURCES)
    list(TRANSFORM _confer_core_sources PREPEND ${PROJECT_SOURCE_DIR}/app/ REGEX "^[^/]")
    list(TRANSFORM _confer_ui_sources PREPEND ${PROJECT_SOURCE_DIR}/ui/ REGEX "^[^/]")
    qt_add_translations(confer_core
        TS_FILES ${CONFER_TS_FILES}
        SOURCES ${_confer_core_sources} ${_confer_ui_sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endif()
