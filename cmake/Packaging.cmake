# Install layout and packages. Included last from the root CMakeLists.txt.
#   Linux:   a Debian package (cpack -G DEB, or `cmake --build build --target package`):
#            built and tested on Debian 12 (scripts/package-smoke).
#   Windows: an NSIS installer; macOS: a drag-and-drop .dmg with WristDoc.app. Both are
#            configured here but have not been built (see the README, "Packages and other
#            platforms").
# The executables' own install rules are next to them (app/, tools/cli/, tools/server/); nothing
# else (tests, benchmarks, the other tools) is installed.
include(GNUInstallDirs)

set(WRISTDOC_LICENSE "Apache-2.0" CACHE STRING "SPDX identifier of the project's licence")
set(WRISTDOC_HOMEPAGE_URL "https://wristdoc.example.org" CACHE STRING
    "Project home page (AppStream metadata, package)")
set(WRISTDOC_SCREENSHOT_BASE_URL "${WRISTDOC_HOMEPAGE_URL}/docs/screenshots" CACHE STRING
    "URL the files of docs/screenshots/ are published under (AppStream screenshots)")
set(WRISTDOC_MAINTAINER "WristDoc developers <wristdoc@example.org>" CACHE STRING
    "Package maintainer")
# The date of the release PROJECT_VERSION names; change the two together.
set(WRISTDOC_RELEASE_DATE "2026-12-03")

set(wristdoc_icons ${PROJECT_SOURCE_DIR}/resources/icons)
set(wristdoc_linux ${PROJECT_SOURCE_DIR}/packaging/linux)

if(UNIX AND NOT APPLE)
    # Desktop integration: one id for the .desktop file, the icon and the AppStream metadata.
    set(WRISTDOC_METAINFO ${PROJECT_BINARY_DIR}/packaging/${WRISTDOC_APP_ID}.metainfo.xml)
    configure_file(${wristdoc_linux}/${WRISTDOC_APP_ID}.metainfo.xml.in ${WRISTDOC_METAINFO}
                   @ONLY)
    install(FILES ${wristdoc_linux}/${WRISTDOC_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${WRISTDOC_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${wristdoc_icons}/wristdoc.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${WRISTDOC_APP_ID}.svg)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        install(FILES ${wristdoc_icons}/wristdoc-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${WRISTDOC_APP_ID}.png)
    endforeach()
    # The kiosk session (README, "Running a public kiosk"): shipped, not enabled. An operator
    # runs /usr/share/wristdoc/kiosk/install-kiosk.sh to make a machine a kiosk.
    install(FILES
                ${PROJECT_SOURCE_DIR}/packaging/kiosk/wristdoc-kiosk.service
                ${PROJECT_SOURCE_DIR}/packaging/kiosk/wristdoc-kiosk.sysusers
                ${PROJECT_SOURCE_DIR}/packaging/kiosk/wristdoc-kiosk.tmpfiles
                ${PROJECT_SOURCE_DIR}/packaging/kiosk/wristdoc-kiosk.default
                ${PROJECT_SOURCE_DIR}/packaging/kiosk/wristdoc-kiosk-session.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/wristdoc/kiosk)
    install(PROGRAMS ${PROJECT_SOURCE_DIR}/packaging/kiosk/install-kiosk.sh
            DESTINATION ${CMAKE_INSTALL_DATADIR}/wristdoc/kiosk)
    install(FILES ${wristdoc_linux}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/wristdoc)
endif()

set(CPACK_PACKAGE_NAME wristdoc)
set(CPACK_PACKAGE_VENDOR "WristDoc developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "walking-health programme client (steps, heart rate, points)")
# Lines of at most 80 characters, as Debian asks; CPack indents them in the control file.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "WristDoc is the participant client of a city walking-health programme:\n"
    "citizens wear a smartwatch, walk, and earn points that convert into local\n"
    "currency. It shows today's steps, heart rate and points in large print in\n"
    "Korean or English, keeps everything in a local SQLite cache so it works with\n"
    "the programme's server down, and runs as a public enrolment kiosk with a\n"
    "staff console.\n"
    "\n"
    "This package holds the app (wristdoc), the command-line client (wristdoc-cli)\n"
    "and the reference programme server (wristdoc-server).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${WRISTDOC_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT ${WRISTDOC_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY WristDoc)
set(CPACK_PACKAGE_EXECUTABLES wristdoc WristDoc)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # Not built here. Needs NSIS (makensis) on the PATH; Qt's DLLs are copied by the deploy
    # scripts in app/ and tools/server/ (windeployqt).
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME WristDoc)
    set(CPACK_NSIS_PACKAGE_NAME WristDoc)
    set(CPACK_NSIS_MUI_ICON ${wristdoc_icons}/wristdoc.ico)
    set(CPACK_NSIS_MUI_UNIICON ${wristdoc_icons}/wristdoc.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\wristdoc.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT ${WRISTDOC_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    # Not built here. WristDoc.app (MACOSX_BUNDLE, app/CMakeLists.txt) in a .dmg; Qt's
    # frameworks are copied into the bundle by the deploy script (macdeployqt).
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME WristDoc)
    set(CPACK_PACKAGE_ICON ${wristdoc_icons}/wristdoc.icns)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # wristdoc_<version>_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${WRISTDOC_MAINTAINER})
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps finds the Qt, SQLite, libsodium and QtKeychain libraries the executables
    # link. Plugins are loaded at run time, so they are named here: the SQLite driver of QtSql
    # and Qt's own Korean translations (standard dialogs).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
    # A Korean font for the Korean UI; the Wayland platform plugin for the kiosk's cage session.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-nanum | fonts-noto-cjk, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS cage)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
