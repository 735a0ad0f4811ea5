// gloss-net.so: ArticleFetcher::fetchNow for programs that load Qt Network only when they need
// it (WebFetch.h).
#include "ArticleFetcher.h"
#include "WebFetch.h"

extern "C" Q_DECL_EXPORT void gloss_fetch_now(const QUrl &url, gloss::Loader::Result &result)
{
    gloss::ArticleFetcher::Result fetched = gloss::ArticleFetcher::fetchNow(url);
    result = {std::move(fetched.document), fetched.error};
}
