#include "HtmlNodes_p.h"

namespace gloss::html {

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIALOG: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HTML: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_SEARCH: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isNeverText(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_LABEL: case GUMBO_TAG_IMG: case GUMBO_TAG_PICTURE:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_BASE: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

bool isFurniture(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU: case GUMBO_TAG_SEARCH:
        return true;
    default:
        return false;
    }
}

bool isHidden(const GumboNode *n)
{
    if (n->v.element.attributes.length == 0)
        return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden"))
        return true;
    if (lowered(attribute(n, "aria-hidden")) == "true")
        return true;
    const std::string_view style = attribute(n, "style");
    if (style.empty())
        return false;
    std::string compact;
    for (const char c : style) {
        if (!isAsciiSpace(c))
            compact += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return compact.find("display:none") != std::string::npos
           || compact.find("visibility:hidden") != std::string::npos;
}

const GumboNode *findChild(const GumboNode *n, GumboTag tag)
{
    const GumboNode *found = nullptr;
    forEachChild(n, [&](const GumboNode *c) {
        if (!found && tagOf(c) == tag)
            found = c;
    });
    return found;
}

} // namespace gloss::html
