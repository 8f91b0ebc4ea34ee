# Builds one of the consumer projects and runs what it built: each must write the flowchart of the
# embedded case's first scenario, a well-formed SVG holding its title.
#   cmake -DMODE=find_package|pkg_config|subdirectory -DSOURCE=<tests/consumers> -DBINARY=<dir>
#         -DPREFIX=<install prefix> -DPASSATION_SOURCE_DIR=<sources> -DGENERATOR=<generator>
#         -DCXX=<compiler> -P run_consumer.cmake
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    list(JOIN ARGV " " command)
    message(FATAL_ERROR "${command}\nfailed (${code}):\n${out}\n${err}")
  endif()
endfunction()

function(expect_flowchart program)
  set(svg "${BINARY}/out/${program}.svg")
  file(REMOVE "${svg}")
  run(${CMAKE_COMMAND} -E env "LD_LIBRARY_PATH=${PREFIX}/lib" "${BINARY}/${program}" "${svg}")
  file(READ "${svg}" bytes)
  if(NOT bytes MATCHES "<svg" OR NOT bytes MATCHES "Passation du portail Sport Santé")
    message(FATAL_ERROR "${program} did not write the flowchart of the embedded case to ${svg}")
  endif()
  message(STATUS "${program}: wrote ${svg}")
  set(last_svg "${bytes}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${BINARY}")
if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} -S "${SOURCE}/find_package" -B "${BINARY}" -G "${GENERATOR}"
      "-DCMAKE_PREFIX_PATH=${PREFIX}" "-DCMAKE_CXX_COMPILER=${CXX}")
  run(${CMAKE_COMMAND} --build "${BINARY}")
  expect_flowchart(flowchart)
  set(shared "${last_svg}")
  expect_flowchart(flowchart_static)
  if(NOT shared STREQUAL last_svg)
    message(FATAL_ERROR "the shared and the static library drew different bytes")
  endif()
elseif(MODE STREQUAL "pkg_config")
  # What one types by hand: the compiler, and pkg-config's flags.
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/lib/pkgconfig")
  execute_process(COMMAND pkg-config --cflags --libs passation RESULT_VARIABLE code OUTPUT_VARIABLE flags
                  ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know passation: ${err}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  file(MAKE_DIRECTORY "${BINARY}")
  run("${CXX}" -std=c++20 "${SOURCE}/flowchart.cpp" ${flags} -o "${BINARY}/flowchart")
  expect_flowchart(flowchart)
elseif(MODE STREQUAL "subdirectory")
  run(${CMAKE_COMMAND} -S "${SOURCE}/subdirectory" -B "${BINARY}" -G "${GENERATOR}"
      "-DPASSATION_SOURCE_DIR=${PASSATION_SOURCE_DIR}" "-DCMAKE_CXX_COMPILER=${CXX}")
  run(${CMAKE_COMMAND} --build "${BINARY}" --target flowchart)
  expect_flowchart(flowchart)
else()
  message(FATAL_ERROR "MODE must be find_package, pkg_config or subdirectory, not '${MODE}'")
endif()
