#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QJsonObject>

namespace gloss {

/** The analysis as JSON, schema `gloss-analysis/1` (docs/analysis-json.md). */
namespace AnalysisJson {
QJsonObject toJson(const Article &article);
/** Compact single-line JSON (one object per line for several files). */
QByteArray toBytes(const Article &article, bool indented = false);
} // namespace AnalysisJson

} // namespace gloss
