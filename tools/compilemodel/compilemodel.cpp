// gloss-compilemodel MODEL.txt OUT.image: compiles the learned cue model's text
// (resources/attribution/cue_model.txt, written by tools/train_cue_model.py) into the image
// the analyzer views in place (CueModel::image(), CueModel::learned()). Run by the build.

#include "analysis/quotes/CueModel.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>

using gloss::quotes::CueModel;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gloss-compilemodel: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s MODEL.txt OUT.image\n", argv[0]);
        return 2;
    }
    const QString inPath = QString::fromLocal8Bit(argv[1]);
    const QString outPath = QString::fromLocal8Bit(argv[2]);
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(inPath, in.errorString()));
    const CueModel model(in.readAll());
    if (model.wordCount() == 0)
        return fail(QStringLiteral("%1 holds no word's weight: not a cue model").arg(inPath));
    const QByteArray image = model.image();
    if (!CueModel::fromImage(image))
        return fail(QStringLiteral("the image of %1 does not read back").arg(inPath));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(image) != image.size() || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString()));
    return 0;
}
