# confer_add_test(NAME LABEL unit|integration|gui|bench SOURCES ... [LIBRARIES ...] [XVFB] [NEEDS_EXECUTABLE])
#
# Builds tst_NAME (or bench_NAME) and registers it with ctest as NAME, with its
# label, a fresh temporary HOME and profile (tests/run-isolated.sh), and the
# offscreen platform unless XVFB asks for the session's real X display.
# Every unit test, so that a build (the sanitizer preset's) can make just those.
if(NOT TARGET confer_unit_tests)
    add_custom_target(confer_unit_tests)
endif()

function(confer_add_test name)
    cmake_parse_arguments(ARG "XVFB;NEEDS_EXECUTABLE" "LABEL" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_LABEL MATCHES "^(unit|integration|gui|bench)$")
        message(FATAL_ERROR "confer_add_test(${name}): LABEL must be unit, integration, gui or bench")
    endif()

    if(ARG_LABEL STREQUAL "bench")
        set(target bench_${name})
    else()
        set(target tst_${name})
    endif()

    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test confer_compiler_settings ${ARG_LIBRARIES})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${target} PRIVATE
        CONFER_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CONFER_BUILD_DIR="${PROJECT_BINARY_DIR}")
    if(ARG_NEEDS_EXECUTABLE)
        add_dependencies(${target} confer)
        target_compile_definitions(${target} PRIVATE CONFER_EXECUTABLE="$<TARGET_FILE:confer>")
    endif()

    if(ARG_LABEL STREQUAL "unit")
        add_dependencies(confer_unit_tests ${target})
    endif()

    add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/run-isolated.sh $<TARGET_FILE:${target}>)
    if(ARG_XVFB)
        set(platform "")
    else()
        set(platform "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${ARG_LABEL}
        ENVIRONMENT "${platform};LC_ALL=C.UTF-8;LANGUAGE=;QT_LOGGING_RULES=qt.qpa.*=false")
    if(ARG_XVFB)
        # Screenshots and other real-display tests share one X server.
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK xvfb-display)
    endif()
endfunction()
