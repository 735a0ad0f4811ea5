// gloss-compilemodel KIND MODEL.txt OUT.image: compiles a learned model's text into the image
// the analyzer views in place. KIND is "cue" (resources/attribution/cue_model.txt, written by
// tools/train_cue_model.py; CueModel::image()) or "ranker" (ranker.txt, written by
// tools/train_ranker.py; SpeakerRanker::image()). Run by the build.

#include "analysis/quotes/CueModel.h"
#include "analysis/quotes/SpeakerRanker.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>
#include <cstring>
#include <optional>

using gloss::quotes::CueModel;
using gloss::quotes::SpeakerRanker;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gloss-compilemodel: %s\n", qPrintable(message));
    return 1;
}

/** The image of the model's text, or nothing when the text holds no model of the kind. */
std::optional<QByteArray> compile(bool cue, const QByteArray &text)
{
    if (cue) {
        const CueModel model(text);
        if (model.wordCount() == 0 || !CueModel::fromImage(model.image()))
            return std::nullopt;
        return model.image();
    }
    const SpeakerRanker model(text);
    if (model.isEmpty() || !SpeakerRanker::fromImage(model.image()))
        return std::nullopt;
    return model.image();
}

} // namespace

int main(int argc, char **argv)
{
    const bool cue = argc == 4 && std::strcmp(argv[1], "cue") == 0;
    if (argc != 4 || (!cue && std::strcmp(argv[1], "ranker") != 0)) {
        std::fprintf(stderr, "usage: %s cue|ranker MODEL.txt OUT.image\n", argv[0]);
        return 2;
    }
    const QString inPath = QString::fromLocal8Bit(argv[2]);
    const QString outPath = QString::fromLocal8Bit(argv[3]);
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(inPath, in.errorString()));
    const std::optional<QByteArray> image = compile(cue, in.readAll());
    if (!image) {
        const QString kind = cue ? QStringLiteral("cue model") : QStringLiteral("speaker ranker");
        return fail(QStringLiteral("%1 is no %2: it holds none of its weights").arg(inPath, kind));
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*image) != image->size() || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString()));
    return 0;
}
