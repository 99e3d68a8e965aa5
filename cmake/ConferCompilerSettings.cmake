# One INTERFACE target with the language standard, warnings and strict Qt macros.
# Every Confer target links it.

add_library(confer_compiler_settings INTERFACE)

# ccache, when present, makes rebuilds of other checkouts of the tree cheap
# (./dev points it at a cache inside the build root, keyed on paths relative
# to the checkout).
option(CONFER_CCACHE "Compile through ccache when it is installed" ON)
if(CONFER_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(CONFER_CCACHE_PROGRAM ccache)
    if(CONFER_CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CONFER_CCACHE_PROGRAM})
    endif()
endif()

target_compile_features(confer_compiler_settings INTERFACE cxx_std_20)

target_compile_definitions(confer_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(confer_compiler_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
elseif(MSVC)
    target_compile_options(confer_compiler_settings INTERFACE /W4 /permissive- /utf-8)
endif()

option(CONFER_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CONFER_SANITIZE)
    target_compile_options(confer_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(confer_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
