#include "AnalysisJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace gloss {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue entityRef(const Article &a, int index, bool name)
{
    if (index < 0 || index >= a.entities.size())
        return QJsonValue::Null;
    return name ? a.entities[index].name : a.entities[index].id;
}

} // namespace

QJsonObject AnalysisJson::toJson(const Article &a)
{
    const Document &doc = a.document;
    auto cp = [&doc](qsizetype utf16) { return static_cast<qint64>(doc.toCodePoint(utf16)); };

    QJsonObject document{
        {QStringLiteral("source"), doc.source()},
        {QStringLiteral("title"), nullable(a.title)},
        {QStringLiteral("dateline"), nullable(a.dateline)},
        {QStringLiteral("byline"), nullable(a.byline)},
        {QStringLiteral("format"), doc.format},
        {QStringLiteral("length"), static_cast<qint64>(doc.codePointLength())},
        {QStringLiteral("sha256"), QString::fromLatin1(doc.sha256())},
        {QStringLiteral("limited"), a.limited},
        {QStringLiteral("text"), doc.text()},
    };

    QJsonArray paragraphs;
    for (const Paragraph &p : a.paragraphs)
        paragraphs.append(QJsonObject{{QStringLiteral("start"), cp(p.span.start)},
                                      {QStringLiteral("end"), cp(p.span.end)}});
    QJsonArray sentences;
    for (const Sentence &s : a.sentences)
        sentences.append(QJsonObject{{QStringLiteral("start"), cp(s.span.start)},
                                     {QStringLiteral("end"), cp(s.span.end)},
                                     {QStringLiteral("paragraph"), s.paragraph}});
    QJsonArray entities;
    for (const Entity &e : a.entities) {
        QJsonArray mentions;
        for (const Span &m : e.mentions)
            mentions.append(QJsonObject{{QStringLiteral("start"), cp(m.start)},
                                        {QStringLiteral("end"), cp(m.end)}});
        entities.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("type"), entityTypeName(e.type)},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                    {QStringLiteral("mentions"), mentions}});
    }
    QJsonArray quotes;
    for (const Quote &q : a.quotes) {
        quotes.append(QJsonObject{
            {QStringLiteral("id"), q.id},
            {QStringLiteral("start"), cp(q.span.start)},
            {QStringLiteral("end"), cp(q.span.end)},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("kind"), quoteKindName(q.kind)},
            {QStringLiteral("speaker"), entityRef(a, q.speaker, false)},
            {QStringLiteral("speaker_name"), entityRef(a, q.speaker, true)},
            {QStringLiteral("cue"), nullable(q.cue)},
            {QStringLiteral("via"), entityRef(a, q.via, false)},
            {QStringLiteral("paragraph"), q.paragraph},
            {QStringLiteral("parent"), q.parent >= 0 && q.parent < a.quotes.size()
                                           ? QJsonValue(a.quotes[q.parent].id)
                                           : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray claims;
    for (const Claim &c : a.claims) {
        QJsonArray quoteIds;
        for (int qi : c.quotes)
            if (qi >= 0 && qi < a.quotes.size())
                quoteIds.append(a.quotes[qi].id);
        claims.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("start"), cp(c.span.start)},
                                  {QStringLiteral("end"), cp(c.span.end)},
                                  {QStringLiteral("text"), c.text},
                                  {QStringLiteral("kind"), claimKindName(c.kind)},
                                  {QStringLiteral("source"), entityRef(a, c.source, false)},
                                  {QStringLiteral("source_name"), entityRef(a, c.source, true)},
                                  {QStringLiteral("cue"), nullable(c.cue)},
                                  {QStringLiteral("quotes"), quoteIds}});
    }
    QJsonArray warnings = QJsonArray::fromStringList(a.warnings);

    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("gloss-analysis/1")},
                       {QStringLiteral("document"), document},
                       {QStringLiteral("paragraphs"), paragraphs},
                       {QStringLiteral("sentences"), sentences},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("quotes"), quotes},
                       {QStringLiteral("claims"), claims},
                       {QStringLiteral("warnings"), warnings}};
}

QByteArray AnalysisJson::toBytes(const Article &article, bool indented)
{
    return QJsonDocument(toJson(article)).toJson(indented ? QJsonDocument::Indented
                                                          : QJsonDocument::Compact);
}

} // namespace gloss
