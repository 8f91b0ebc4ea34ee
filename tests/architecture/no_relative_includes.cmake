# Fails when a source under ROOTS includes a file through "../": the stages' include folders are
# the only way from one stage to another (tests/architecture/CMakeLists.txt).
set(found "")
foreach(root IN LISTS ROOTS)
  file(GLOB_RECURSE sources "${root}/*.cpp" "${root}/*.hpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]\\.\\./")
    foreach(line IN LISTS lines)
      string(APPEND found "\n  ${source}: ${line}")
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "an include climbs out of its folder; include another stage's shared header "
                      "by its stage (\"model/safe_text.hpp\"), from a stage that links it:${found}")
endif()
message(STATUS "no relative include under ${ROOTS}")
