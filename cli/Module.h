#pragma once

#include <QString>

/**
 * The modules that travel with `gloss` (gloss-window.so, gloss-net.so): shared objects beside
 * the program, loaded only when their part is wanted.
 */
namespace gloss::cli {

/**
 * The folder of the running program (or of the module this code is linked into): where its
 * modules are. Read from the loaded object itself, so it is right however the program was
 * started: by its path, through PATH, or through a dynamic loader named on the command line
 * (the build root's, where /proc/self/exe names the loader).
 */
QString programFolder();

/**
 * The function @p symbol of the module @p fileName in @p folder, loaded once (RTLD_NOW, local)
 * and kept until the process ends; null when the module or its function cannot be had, with
 * @p error (if given) saying why.
 *
 * The module's path is given in full: a bare name would rely on the RUNPATH ($ORIGIN) of the
 * object calling dlopen(), and a sanitizer's dlopen interceptor is that caller, so an ASan
 * build finds nothing. Only when no such file exists is the bare name tried (a module
 * installed in the library path).
 */
void *moduleFunction(const QString &folder, const char *fileName, const char *symbol,
                     QString *error = nullptr);

/** moduleFunction() in programFolder(). */
void *moduleFunction(const char *fileName, const char *symbol, QString *error = nullptr);

} // namespace gloss::cli
