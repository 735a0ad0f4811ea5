#pragma once

// The interface of gloss-net.so (NetModule.cpp), the module through which the command line
// fetches web pages: programs that load it only when a web address is given (cli/CliWeb.cpp)
// start without Qt Network and what it loads (libproxy, and through it curl, GnuTLS, Kerberos,
// LDAP, GIO: about 40 libraries). Header only, no Qt Network: included without linking glossnet.

#include "io/Loader.h"

#include <QString>
#include <QUrl>

namespace gloss::webfetch {

/** Whether @p text is an http(s) URL with a host. */
inline bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    return (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

/** The module's entry point: ArticleFetcher::fetchNow(@p url) into @p result. */
using FetchFunction = void (*)(const QUrl &url, Loader::Result &result);
inline constexpr const char *kModuleName = "gloss-net.so";
inline constexpr const char *kFetchEntry = "gloss_fetch_now";

} // namespace gloss::webfetch
