# Runs Doxygen on the Doxyfile of the `docs` target; fails on any warning (the Doxyfile says
# WARN_AS_ERROR = FAIL_ON_WARNINGS) and when docs/ is not part of the build.
#   cmake -DDOXYGEN=doxygen -DDOXYFILE=<build>/docs/Doxyfile -P run_doxygen.cmake
if(NOT EXISTS "${DOXYFILE}")
  message(FATAL_ERROR "${DOXYFILE} does not exist: the top-level CMakeLists.txt must add_subdirectory(docs)")
endif()
execute_process(COMMAND "${DOXYGEN}" "${DOXYFILE}" RESULT_VARIABLE status ERROR_VARIABLE warnings)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "Doxygen (exit ${status}) warns about the public headers:\n${warnings}")
endif()
get_filename_component(dir "${DOXYFILE}" DIRECTORY)
if(NOT EXISTS "${dir}/api/html/index.html")
  message(FATAL_ERROR "Doxygen wrote no ${dir}/api/html/index.html")
endif()
message(STATUS "API reference: ${dir}/api/html/index.html, no warning")
