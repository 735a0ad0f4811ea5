#include "KindLabels.h"

#include <QCoreApplication>

namespace gloss {

QString claimKindLabel(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Quote:
        return QCoreApplication::translate("gloss::KindLabels", "Quoted", "claim kind");
    case ClaimKind::Reported:
        return QCoreApplication::translate("gloss::KindLabels", "Reported", "claim kind");
    case ClaimKind::Hedged:
        return QCoreApplication::translate("gloss::KindLabels", "Hedged", "claim kind");
    case ClaimKind::Factual:
        break;
    }
    return QCoreApplication::translate("gloss::KindLabels", "Stated as fact", "claim kind");
}

QString quoteKindLabel(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Scare:
        return QCoreApplication::translate("gloss::KindLabels", "scare", "quote kind");
    case QuoteKind::Title:
        return QCoreApplication::translate("gloss::KindLabels", "title", "quote kind");
    case QuoteKind::Direct:
        break;
    }
    return QCoreApplication::translate("gloss::KindLabels", "direct", "quote kind");
}

} // namespace gloss
