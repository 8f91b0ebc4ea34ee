# `cmake --install`: the headers, the static and the shared library, the `passation` command, the
# JSON Schema of the case file and the shipped cases, a CMake package (find_package(passation)
# gives passation::passation) and a pkg-config file (passation.pc).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PASSATION_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/passation" CACHE STRING
    "Where the CMake package of passation is installed, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/passation" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        COMPONENT development FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/lib/generated/include/passation/version.hpp"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/passation" COMPONENT development)

# The exported names say which library is which; passation::passation is made by the package's
# configuration file (the shared one, or the static one on request).
set_target_properties(passation PROPERTIES EXPORT_NAME passation_static)
set_target_properties(passation_shared PROPERTIES EXPORT_NAME passation_shared)
install(TARGETS passation passation_shared EXPORT passation-targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT development
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT runtime NAMELINK_COMPONENT development
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT passation-targets NAMESPACE passation:: DESTINATION "${PASSATION_INSTALL_CMAKEDIR}"
        COMPONENT development)
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/passationConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/passationConfig.cmake" INSTALL_DESTINATION "${PASSATION_INSTALL_CMAKEDIR}")
# 0.x: a minor version may break the API, so only the same minor version is compatible.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/passationConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/passationConfig.cmake" "${PROJECT_BINARY_DIR}/passationConfigVersion.cmake"
        DESTINATION "${PASSATION_INSTALL_CMAKEDIR}" COMPONENT development)

# pkg-config: `pkg-config --cflags --libs passation` links the shared library; with --static,
# the archive and everything it needs, down to Graphviz's plugins, which have no .pc of their own.
# The prefix is found from the file's own place, so that `cmake --install --prefix` anywhere works.
list(JOIN PASSATION_GRAPHVIZ_PLUGINS " " PASSATION_PC_PLUGINS)
file(RELATIVE_PATH PASSATION_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" PASSATION_PC_TO_PREFIX "${PASSATION_PC_TO_PREFIX}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/passation.pc.in" "${PROJECT_BINARY_DIR}/passation.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/passation.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
        COMPONENT development)

# What `passation init` points editors to, and cases to start from.
install(FILES "${PROJECT_SOURCE_DIR}/docs/case.schema.json" DESTINATION "${CMAKE_INSTALL_DATADIR}/passation"
        COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/cases/sport-sante.yaml" "${PROJECT_SOURCE_DIR}/cases/foodbank.yaml"
              "${PROJECT_SOURCE_DIR}/cases/rendez-vous.yaml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/passation/cases" COMPONENT runtime)

if(PASSATION_BUILD_CLI)
  # Linked with the static library: the command needs no libpassation.so, only Graphviz's plugins.
  set_target_properties(passation_cli PROPERTIES INSTALL_RPATH "${PASSATION_GRAPHVIZ_PLUGIN_DIR}")
  install(TARGETS passation_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)
endif()
