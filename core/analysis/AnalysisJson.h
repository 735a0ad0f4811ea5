#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <functional>

namespace gloss {

/** The analysis as JSON, schema `gloss-analysis/1` (docs/analysis-json.md). */
namespace AnalysisJson {
QJsonObject toJson(const Article &article);
/**
 * Compact single-line JSON (one object per line for several files). Written directly, without
 * a QJsonObject tree (which takes several times the size of the text for a big article); the
 * bytes are those QJsonDocument::toJson(Compact) makes of toJson().
 */
QByteArray toBytes(const Article &article, bool indented = false);
/**
 * Writes the compact JSON of toBytes() in pieces of about 64 kB to @p sink, so that a big
 * analysis reaches a file or standard output without being held whole in memory.
 */
void write(const Article &article, const std::function<void(QByteArrayView)> &sink);
} // namespace AnalysisJson

} // namespace gloss
