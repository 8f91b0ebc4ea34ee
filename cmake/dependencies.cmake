# Every dependency comes from Debian 12's packages (scripts/install-deps.sh installs them).

find_package(PkgConfig REQUIRED)
# Graphviz ships no CMake package on Debian.
pkg_check_modules(GV REQUIRED IMPORTED_TARGET libgvc libcgraph)
# libzip's CMake package fails unless its command-line tools are installed: pkg-config instead.
pkg_check_modules(ZIP REQUIRED IMPORTED_TARGET libzip)    # the PowerPoint deck is a zip archive
pkg_check_modules(PNG REQUIRED IMPORTED_TARGET libpng)    # PNG drawings, encoded by passation (lib/render/png_device.hpp)
find_package(Boost 1.74 REQUIRED)            # Boost.Graph's adjacency_list is header-only
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)              # yaml-cpp 0.7: the target is plain `yaml-cpp`
find_package(nlohmann_json 3.10 REQUIRED)    # JSON output of the reports
find_package(Threads REQUIRED)               # exploration uses every core
# Printing the brief and the dossier to PDF: litehtml lays HTML out, pango and cairo draw it,
# librsvg draws the SVG pictures as vectors.
pkg_check_modules(PRINT REQUIRED IMPORTED_TARGET pangocairo cairo-pdf librsvg-2.0)
# litehtml 0.6's CMake package gives its shared library neither headers nor LITEHTML_UTF8 (which
# Linux builds always use): a target of our own.
find_path(LITEHTML_INCLUDE_DIR litehtml.h PATH_SUFFIXES litehtml REQUIRED)
find_library(LITEHTML_LIBRARY litehtml REQUIRED)
find_library(GUMBO_LIBRARY gumbo REQUIRED)
if(NOT TARGET passation_litehtml)
  add_library(passation_litehtml INTERFACE IMPORTED)
  set_target_properties(passation_litehtml PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LITEHTML_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${LITEHTML_LIBRARY};${GUMBO_LIBRARY}")
endif()

# passation gives Graphviz a static list of the four plugins it uses (gvContextPlugins)
# instead of letting gvContext() read the plugin configuration: 0.07 ms instead of 3.7 ms,
# and the same plugins whatever else is installed. Those plugins live in a private folder.
pkg_get_variable(GV_LIBDIR libgvc libdir)
set(PASSATION_GRAPHVIZ_PLUGIN_DIR "${GV_LIBDIR}/graphviz" CACHE PATH "Where Graphviz's plugin libraries are")
foreach(plugin dot_layout neato_layout core pango)
  find_library(PASSATION_GVPLUGIN_${plugin} NAMES gvplugin_${plugin}
    PATHS "${PASSATION_GRAPHVIZ_PLUGIN_DIR}" NO_DEFAULT_PATH REQUIRED)
  list(APPEND PASSATION_GRAPHVIZ_PLUGINS "${PASSATION_GVPLUGIN_${plugin}}")
endforeach()
