# Installing and packaging: `cmake --install` puts the programs, the menu entry, the icons and
# the AppStream metadata in the usual places; `cpack` turns that into a .deb and a .tar.gz
# (NSIS on Windows). installer/README.md says how to build, install and test them.
include(GNUInstallDirs)

set(CAPACITA_APP_ID "pe.capacita.Capacita")
set(CAPACITA_ICON_SIZES 16 24 32 48 64 128 256 512)

install(TARGETS capacita capacita-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

if(UNIX AND NOT APPLE)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/${CAPACITA_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  configure_file("${PROJECT_SOURCE_DIR}/resources/linux/${CAPACITA_APP_ID}.metainfo.xml.in"
                 "${PROJECT_BINARY_DIR}/${CAPACITA_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${PROJECT_BINARY_DIR}/${CAPACITA_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/capacita.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  foreach(size IN LISTS CAPACITA_ICON_SIZES)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/capacita-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME capacita.png)
  endforeach()
  # Debian wants the licences of what the package holds in /usr/share/doc/<package>/copyright.
  install(FILES "${PROJECT_SOURCE_DIR}/installer/copyright"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/capacita")
endif()

if(WIN32)
  # Copies the Qt DLLs and plugins next to the programs (windeployqt), so the NSIS installer
  # holds everything. Written from the Qt 6.4 documentation; see installer/README.md.
  qt_generate_deploy_app_script(TARGET capacita FILENAME_VARIABLE capacita_deploy NO_UNSUPPORTED_PLATFORM_ERROR) # OUTPUT_SCRIPT from Qt 6.5
  install(SCRIPT "${capacita_deploy}")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/data/districts.LICENSE" DESTINATION "doc")
endif()

set(CPACK_PACKAGE_NAME "capacita")
set(CPACK_PACKAGE_VENDOR "Capacita")
set(CPACK_PACKAGE_CONTACT "Capacita maintainers <capacita@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Capacita records trainings, sessions, participants, attendance and pre/post tests of a counter-trafficking programme in Peru. It works offline; laptops exchange records by USB with encrypted packages.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_EXECUTABLES "capacita" "Capacita")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Capacita")
set(CPACK_STRIP_FILES ON)

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  set(CPACK_NSIS_DISPLAY_NAME "Capacita")
  set(CPACK_NSIS_PACKAGE_NAME "Capacita ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/capacita.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\capacita.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
else()
  set(CPACK_GENERATOR "DEB;TGZ")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the libraries the programs link (needs dpkg-dev)
  # Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver and the
  # platform plugins (xcb, offscreen).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)
