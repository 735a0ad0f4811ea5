#pragma once

/**
 * The reading window's entry point, exported by the module gloss-window.so (app/CMakeLists.txt)
 * and looked up by main.cpp when the window is wanted: the `gloss` executable itself links Qt
 * Core only, so that the sub-commands start without loading Qt Gui, Widgets or their
 * libraries.
 *
 * Makes the QApplication, checks the window's options (cli::describeWindowOptions), opens the
 * article (or renders it with --screenshot) and runs the event loop; returns the exit status.
 */
extern "C" int gloss_window_main(int argc, char **argv);

/** The name main.cpp looks the entry point up by. */
inline constexpr const char *kGlossWindowEntry = "gloss_window_main";
