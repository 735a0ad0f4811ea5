#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace gloss {

/** The analysis as JSON, schema `gloss-analysis/1` (docs/analysis-json.md). */
namespace AnalysisJson {
/**
 * Compact single-line JSON (one object per line for several files), keys sorted. Written
 * directly, without a QJsonObject tree (which takes several times the size of the text for a
 * big article); tst_analysisjson checks the bytes against QJsonDocument's of such a tree.
 */
QByteArray toBytes(const Article &article);
/**
 * Writes the compact JSON of toBytes() in pieces of about 64 kB to @p sink, so that a big
 * analysis reaches a file or standard output without being held whole in memory.
 */
void write(const Article &article, const std::function<void(QByteArrayView)> &sink);
} // namespace AnalysisJson

} // namespace gloss
