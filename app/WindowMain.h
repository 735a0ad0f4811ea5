#pragma once

namespace gloss {

/**
 * The reading window: makes the QApplication, checks the window's options (see
 * cli::describeWindowOptions), opens the article (or renders it with --screenshot) and runs
 * the event loop. Returns the exit status.
 */
int runWindow(int argc, char **argv);

} // namespace gloss
