# Finds Confer's dependencies and says plainly which one is missing or too old.

set(CONFER_MIN_QT 6.5)
set(CONFER_MIN_KF 6.0)
set(CONFER_MIN_QTKEYCHAIN 0.13)

function(confer_require_version what found minimum hint)
    if(NOT found)
        message(FATAL_ERROR
            "Confer needs ${what} ${minimum} or newer, and it was not found.\n"
            "${hint}\n"
            "Or run ./dev, which builds in a Debian 13 build root when the host lacks it.")
    endif()
endfunction()

find_package(Qt6 ${CONFER_MIN_QT} QUIET COMPONENTS Core Gui Widgets Network Sql Test LinguistTools)
if(NOT Qt6_FOUND)
    find_package(Qt6 QUIET COMPONENTS Core)
    if(Qt6_FOUND)
        message(FATAL_ERROR
            "Confer needs Qt ${CONFER_MIN_QT} or newer; found Qt ${Qt6_VERSION} at ${Qt6_DIR}.\n"
            "Debian 12 ships Qt 6.4: use Debian 13 or Ubuntu 25.04+, or run ./dev.")
    endif()
endif()
confer_require_version("Qt (Core, Gui, Widgets, Network, Sql, Test, LinguistTools)" "${Qt6_FOUND}" ${CONFER_MIN_QT}
    "Debian/Ubuntu: qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite")

find_package(KF6SyntaxHighlighting ${CONFER_MIN_KF} QUIET)
confer_require_version("KF6 SyntaxHighlighting" "${KF6SyntaxHighlighting_FOUND}" ${CONFER_MIN_KF}
    "Debian/Ubuntu: libkf6syntaxhighlighting-dev; Fedora: kf6-syntax-highlighting-devel")

find_package(Qt6Keychain ${CONFER_MIN_QTKEYCHAIN} QUIET)
confer_require_version("QtKeychain for Qt 6" "${Qt6Keychain_FOUND}" ${CONFER_MIN_QTKEYCHAIN}
    "Debian/Ubuntu: qtkeychain-qt6-dev; Fedora: qtkeychain-qt6-devel")

include(GNUInstallDirs)

message(STATUS "Qt ${Qt6_VERSION}, KF6 SyntaxHighlighting ${KF6SyntaxHighlighting_VERSION}, QtKeychain ${Qt6Keychain_VERSION}")
