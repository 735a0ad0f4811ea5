// Web pages for `gloss analyze URL`, fetched through the module gloss-net.so, which is loaded
// (with Qt Network and the libraries it brings) only when a web address is given.
#include "CliWeb.h"

#include "Module.h"
#include "WebFetch.h"

#include <QCoreApplication>

namespace gloss::cli {

bool isWebAddress(const QString &text)
{
    return webfetch::isWebUrl(text);
}

Loader::Result fetchWebPage(const QString &address)
{
    // loaded once, from beside the program, and kept until it ends
    static QString loadError;
    static const auto fetch = reinterpret_cast<webfetch::FetchFunction>(
        moduleFunction(webfetch::kModuleName, webfetch::kFetchEntry, &loadError));
    Loader::Result result;
    if (!fetch) {
        // context spelled out: lupdate would take "Loader" from this function's return type
        result.error = QCoreApplication::translate("gloss::cli",
                                                   "%1: web pages cannot be read here (%2)")
                           .arg(address, loadError);
        return result;
    }
    fetch(QUrl(address), result);
    return result;
}

} // namespace gloss::cli
