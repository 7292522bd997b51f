# Runs CPack on the build tree, extracts the package into a fresh root and checks what it installs.
set(work ${BUILD_DIR}/installer-test)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/root)

execute_process(COMMAND cpack -G DEB -B ${work}/out --config ${BUILD_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${work}/out/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb --field ${debs} Package Version Depends OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: saggar" OR NOT fields MATCHES "Version: ${VERSION}"
   OR NOT fields MATCHES "libqt6widgets6")
  message(FATAL_ERROR "package fields are wrong:\n${fields}")
endif()

execute_process(COMMAND dpkg-deb -x ${debs} ${work}/root RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(f usr/bin/saggar usr/bin/saggarctl usr/share/applications/saggar.desktop
          usr/share/icons/hicolor/scalable/apps/saggar.svg)
  if(NOT EXISTS ${work}/root/${f})
    message(FATAL_ERROR "the package does not install ${f}")
  endif()
endforeach()

execute_process(COMMAND ${work}/root/usr/bin/saggar --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version STREQUAL "saggar ${VERSION}\n")
  message(FATAL_ERROR "installed saggar --version said '${version}' (exit ${rc})")
endif()
execute_process(COMMAND ${work}/root/usr/bin/saggarctl --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version STREQUAL "saggarctl ${VERSION}\n")
  message(FATAL_ERROR "installed saggarctl --version said '${version}' (exit ${rc})")
endif()
message(STATUS "installed package ${debs} runs: ${version}")
