# The Debian package (CPack's DEB generator). './dev package' builds the
# confer_package_inputs target of the release preset, runs cpack and lintian;
# packaging/README.md has the details.

set(CONFER_PACKAGE_MAINTAINER "The Confer developers <confer@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")
set(CONFER_DEBIAN_REVISION 1 CACHE STRING "Debian revision appended to the project version")
set(CONFER_DEBIAN_VERSION "${PROJECT_VERSION}-${CONFER_DEBIAN_REVISION}")

# Linux and the other Unix systems (not macOS) get a manual page, and the
# copyright file and changelog that Debian policy wants in /usr/share/doc/confer.
if(UNIX AND NOT APPLE)
    set(confer_debian_dir ${PROJECT_BINARY_DIR}/packaging/debian)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${confer_debian_dir}/changelog.Debian @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/man/confer.1.in ${confer_debian_dir}/confer.1 @ONLY)
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(compressed "")
    foreach(file changelog.Debian confer.1)
        # -n keeps the name and time stamp out of the archive, so the package is reproducible.
        add_custom_command(OUTPUT ${confer_debian_dir}/${file}.gz
            COMMAND ${GZIP_EXECUTABLE} -9nkf ${confer_debian_dir}/${file}
            DEPENDS ${confer_debian_dir}/${file}
            VERBATIM)
        list(APPEND compressed ${confer_debian_dir}/${file}.gz)
    endforeach()
    add_custom_target(confer_compressed_docs ALL DEPENDS ${compressed})
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${confer_debian_dir}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/confer)
    install(FILES ${confer_debian_dir}/confer.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Everything the install rules need, without the tests: the package is built
# from a release tree that need not have built its test executables.
add_custom_target(confer_package_inputs)
add_dependencies(confer_package_inputs confer)
foreach(target confer_icon_pngs confer_compressed_docs)
    if(TARGET ${target})
        add_dependencies(confer_package_inputs ${target})
    endif()
endforeach()
# cpack would otherwise build the whole tree (tests and benchmarks) before installing.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME confer)
set(CPACK_PACKAGE_VENDOR "The Confer developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop workbench for chatting with many AI models side by side")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${PROJECT_SOURCE_DIR}/packaging/debian/description.txt)
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT ${CONFER_PACKAGE_MAINTAINER})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

set(CPACK_DEBIAN_PACKAGE_NAME confer)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CONFER_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CONFER_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the linked libraries; Qt loads these plugins at run time
# instead: the SQLite driver and the SVG icon engine. (Debian 13 ships the X11
# platform plugin in libqt6gui6 itself.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
# Wayland sessions, Qt's own translations, and a Secret Service for the API keys.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager")

include(CPack)

# Windows and macOS (built and tested by nobody's CI yet, see packaging/README.md):
# the bundle's Info.plist entries, and Qt's deployment script, which runs
# windeployqt or macdeployqt at install time and copies the other libraries
# the executable links.
set_target_properties(confer PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER ${CONFER_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Confer
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Confer developers, GPL-3.0-or-later")
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET confer OUTPUT_SCRIPT confer_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${confer_deploy_script})
endif()
