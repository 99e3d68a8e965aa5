# cmake -DBUILD_DIR=... -DPREFIX=... -P CheckInstall.cmake
# Installs the build into an empty prefix and checks that every file a desktop
# needs is where the freedesktop specifications expect it.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(expected
    bin/confer
    share/applications/io.github.confer.Confer.desktop
    share/metainfo/io.github.confer.Confer.metainfo.xml
    share/icons/hicolor/scalable/apps/io.github.confer.Confer.svg
    share/man/man1/confer.1.gz
    share/doc/confer/copyright
    share/doc/confer/changelog.Debian.gz)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/io.github.confer.Confer.png)
endforeach()
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${path})
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " listing)
    message(FATAL_ERROR "Missing from the install tree:\n  ${listing}")
endif()
list(LENGTH expected count)
message(STATUS "All ${count} expected files installed")
