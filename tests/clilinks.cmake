# Fails when the backprop CLI links a widget library: its dynamic section (readelf -d) must name
# Qt6Gui but no Qt6Widgets, QCustomPlot or Qt6PrintSupport.
# Run as: cmake -DREADELF=readelf -DBINARY=path/to/backprop -P clilinks.cmake
execute_process(COMMAND ${READELF} -d ${BINARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${READELF} -d ${BINARY} failed")
endif()
string(TOLOWER "${dynamic}" dynamic)
if(NOT dynamic MATCHES "needed[^\n]*libqt6gui")
    message(FATAL_ERROR "${BINARY} does not list Qt6Gui among its libraries:\n${dynamic}")
endif()
foreach(library libqt6widgets qcustomplot libqt6printsupport)
    if(dynamic MATCHES "needed[^\n]*${library}")
        message(FATAL_ERROR "${BINARY} links ${library}, a widget library:\n${dynamic}")
    endif()
endforeach()
