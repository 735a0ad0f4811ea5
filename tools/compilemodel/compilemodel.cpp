// gloss-compilemodel: compiles what the analyzer reads at start into the images it views in
// place. Run by the build:
//   gloss-compilemodel cue MODEL.txt OUT.image      the cue model (resources/attribution/
//                                                   cue_model.txt; CueModel::image())
//   gloss-compilemodel ranker MODEL.txt OUT.image   the speaker ranker (ranker.txt;
//                                                   SpeakerRanker::image())
//   gloss-compilemodel gazetteer DIR ISO.txt OUT.image   the gazetteer's lists in DIR
//                                                   (resources/gazetteers) and the generated
//                                                   iso-places.txt (Gazetteer::image())

#include "analysis/entities/Gazetteer.h"
#include "analysis/quotes/CueModel.h"
#include "analysis/quotes/SpeakerRanker.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>
#include <cstring>
#include <optional>

using gloss::entities::Gazetteer;
using gloss::quotes::CueModel;
using gloss::quotes::SpeakerRanker;

namespace {

/** Prints @p message as the tool's error; the exit code of a failure. */
int fail(const QString &message)
{
    std::fprintf(stderr, "gloss-compilemodel: %s\n", qPrintable(message));
    return 1;
}

/** The bytes of the file at @p path, or nothing (and @p error) when it cannot be read. */
std::optional<QByteArray> readFile(const QString &path, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

/** The image of the model in @p path, or nothing (and @p error). */
template<typename Model>
std::optional<QByteArray> compileModel(const QString &path, const QString &kind, QString &error)
{
    const std::optional<QByteArray> text = readFile(path, error);
    if (!text)
        return std::nullopt;
    const Model model(*text);
    const bool empty = [&] {
        if constexpr (std::is_same_v<Model, CueModel>)
            return model.wordCount() == 0;
        else
            return model.isEmpty();
    }();
    const QByteArray image = model.image();
    if (empty || !Model::fromImage(image)) {
        error = QStringLiteral("%1 is no %2: it holds none of its weights").arg(path, kind);
        return std::nullopt;
    }
    return image;
}

/** The image of the gazetteer of the lists in @p dir and @p isoPlaces, or nothing. */
std::optional<QByteArray> compileGazetteer(const QString &dir, const QString &isoPlaces,
                                           QString &error)
{
    const QDir lists(dir);
    Gazetteer::Lists texts;
    const std::pair<QByteArray *, QString> files[] = {
        {&texts.places, lists.filePath(QStringLiteral("places.txt"))},
        {&texts.organisations, lists.filePath(QStringLiteral("organisations.txt"))},
        {&texts.events, lists.filePath(QStringLiteral("events.txt"))},
        {&texts.words, lists.filePath(QStringLiteral("words.txt"))},
        {&texts.givenNames, lists.filePath(QStringLiteral("given-names.txt"))},
        {&texts.isoPlaces, isoPlaces}};
    for (const auto &[text, path] : files) {
        const std::optional<QByteArray> bytes = readFile(path, error);
        if (!bytes)
            return std::nullopt;
        *text = *bytes;
    }
    const Gazetteer gazetteer(texts);
    if (gazetteer.classes(QStringLiteral("said")) == 0) {
        error = QStringLiteral("%1 holds no gazetteer: words.txt gives no word a class").arg(dir);
        return std::nullopt;
    }
    const QByteArray image = gazetteer.image();
    if (!Gazetteer::fromImage(image)) {
        error = QStringLiteral("the gazetteer's image does not read back");
        return std::nullopt;
    }
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    const auto kindIs = [&](const char *kind, int arguments) {
        return argc == arguments + 2 && std::strcmp(argv[1], kind) == 0;
    };
    const auto arg = [&](int i) { return QString::fromLocal8Bit(argv[i]); };
    QString error;
    std::optional<QByteArray> image;
    QString outPath;
    if (kindIs("cue", 2)) {
        image = compileModel<CueModel>(arg(2), QStringLiteral("cue model"), error);
        outPath = arg(3);
    } else if (kindIs("ranker", 2)) {
        image = compileModel<SpeakerRanker>(arg(2), QStringLiteral("speaker ranker"), error);
        outPath = arg(3);
    } else if (kindIs("gazetteer", 3)) {
        image = compileGazetteer(arg(2), arg(3), error);
        outPath = arg(4);
    } else {
        std::fprintf(stderr,
                     "usage: %s cue|ranker MODEL.txt OUT.image\n"
                     "       %s gazetteer LISTS_DIR ISO_PLACES.txt OUT.image\n",
                     argv[0], argv[0]);
        return 2;
    }
    if (!image)
        return fail(error);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*image) != image->size() || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString()));
    return 0;
}
