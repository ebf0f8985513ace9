# Compiler flags of the fuzzing build (BACKPROP_FUZZ): every target, core included, gets libFuzzer's
# coverage instrumentation and the address and undefined-behaviour sanitizers, each report fatal.
# Configure it with a Debug build type: assertions (ours and Eigen's bounds checks) stay on, and
# -O1 keeps the runs fast enough to explore.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BACKPROP_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
endif()
add_compile_options(-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined
                    -fno-sanitize-recover=all)
add_link_options(-fsanitize=address,undefined)
