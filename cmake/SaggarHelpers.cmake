# Shared build settings: one warnings target every Saggar target links, and the test registration helper.

add_library(saggar_warnings INTERFACE)
target_compile_options(saggar_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
   -Wcast-align -Woverloaded-virtual -Wconversion -Wno-sign-conversion -Wimplicit-fallthrough>)

# saggar_add_test(NAME tst_x SOURCES a.cpp LIBS lib… [LABEL unit|gui|storage] [TIMEOUT s])
# Builds one Qt Test executable for one unit and registers it with CTest on the offscreen platform.
function(saggar_add_test)
  cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  if(NOT T_LABEL)
    set(T_LABEL unit)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  qt_add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS} saggar_warnings)
  target_compile_definitions(${T_NAME} PRIVATE SAGGAR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                             SAGGAR_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
  set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set_tests_properties(${T_NAME} PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT}
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=en_US.UTF-8")
endfunction()
