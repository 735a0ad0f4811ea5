// Loading the modules beside the program (see Module.h).
#include "Module.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <dlfcn.h>

namespace gloss::cli {

QString programFolder()
{
    // dladdr() names the object holding this function: the program (by the path it was started
    // with, argv[0], also when a loader started it) or a module of it, both in the same folder
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&programFolder), &info) != 0 && info.dli_fname
        && std::strchr(info.dli_fname, '/'))
        return QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath();
    // started through PATH: argv[0] is a bare name, and the kernel knows the file
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).path();
}

void *moduleFunction(const QString &folder, const char *fileName, const char *symbol,
                     QString *error)
{
    const QString path = QDir(folder).filePath(QFile::decodeName(fileName));
    const QByteArray name =
        QFileInfo::exists(path) ? QFile::encodeName(path) : QByteArray(fileName);
    void *module = dlopen(name.constData(), RTLD_NOW | RTLD_LOCAL);
    void *function = module ? dlsym(module, symbol) : nullptr;
    if (!function && error) {
        const char *reason = dlerror();
        *error = reason ? QString::fromLocal8Bit(reason)
                        : QStringLiteral("%1: no function %2")
                              .arg(QString::fromLocal8Bit(name), QLatin1StringView(symbol));
    }
    return function;
}

void *moduleFunction(const char *fileName, const char *symbol, QString *error)
{
    return moduleFunction(programFolder(), fileName, symbol, error);
}

} // namespace gloss::cli
