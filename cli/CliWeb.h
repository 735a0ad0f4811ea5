#pragma once

// Internal to glosscli: web pages for gloss analyze (see CliWeb.cpp).

#include "io/Loader.h"

#include <QString>

namespace gloss::cli {

/** Whether @p text is an http(s) address with a host (ArticleFetcher::isWebUrl). */
bool isWebAddress(const QString &text);

/**
 * Downloads the page at @p address and extracts its article (ArticleFetcher::fetchNow, in
 * gloss-net.so, loaded at the first call); the error says why not.
 */
Loader::Result fetchWebPage(const QString &address);

} // namespace gloss::cli
