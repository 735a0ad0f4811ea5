#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTextEdit;
class QToolButton;

namespace gloss {

/**
 * @brief A sticky note in the margin lane: the passage it is on (a short caption), the note's
 * text (edited in place), its tags, and a menu (colour, tags, collapse, delete).
 *
 * The card shows one Annotation and reports what the reader does as requests (textEdited(),
 * colorChosen(), tagsEdited(), deleteRequested()); the note layer turns them into undoable
 * commands and sets the new version back with setNote(). Typing is reported after a short
 * pause and when the editor loses focus; a pending edit is never overwritten by setNote().
 *
 * Keyboard: Tab moves editor → tags → collapse → menu; Esc leaves the card (editingLeft());
 * Ctrl+Return ends the edit likewise. The card's accessible name says what it is on.
 * Children are laid out by hand so that heightForWidth() is exact and cheap.
 */
class NoteCard : public QWidget
{
    Q_OBJECT

public:
    /** Pause after typing before the text is reported (milliseconds). */
    static constexpr int kCommitDelay = 600;

    explicit NoteCard(QWidget *parent = nullptr);
    ~NoteCard() override;

    /** Shows @p note; @p passage is the text it is on (its last known words for an orphan). */
    void setNote(const Annotation &note, const QString &passage);
    const Annotation &note() const { return m_note; }
    QUuid id() const { return m_note.id; }

    void setReadingTheme(const ReadingTheme &theme);
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    /** The current note: a stronger edge (and the window's line to its anchor). */
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /** Focuses the text, the cursor at its end. */
    void startEditing();
    /** Reports the typed text now when it differs from the note's (true when it did). */
    bool commitText();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

    QTextEdit *editor() const { return m_editor; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QToolButton *menuButton() const { return m_menuButton; }
    QToolButton *collapseButton() const { return m_collapseButton; }
    QMenu *menu() const { return m_menu; }
    /** The caption above the text: the passage, or the text's first line when collapsed. */
    QString caption() const;

    /** "a, b" / "#a #b" → tags (commas or '#' separate them; see Annotation::normalizedTags). */
    static QStringList parseTags(const QString &text);
    /** "#a #b" */
    static QString tagsText(const QStringList &tags);

Q_SIGNALS:
    void textEdited(const QUuid &id, const QString &text);
    void colorChosen(const QUuid &id, const QString &color);
    void tagsEdited(const QUuid &id, const QStringList &tags);
    void collapseToggled(const QUuid &id, bool collapsed);
    void deleteRequested(const QUuid &id);
    /** The card was clicked or took the focus. */
    void activated(const QUuid &id);
    /** Esc or Ctrl+Return in the card: back to the article. */
    void editingLeft(const QUuid &id);
    /** The card needs another height (text typed, collapsed, resized). */
    void heightChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenu();
    void updateColors();
    void updateTexts();
    void layoutChildren();
    int editorHeight(int width) const;
    int innerWidth(int width) const;
    void commitTags();

    Annotation m_note;
    QString m_passage;
    ReadingTheme m_theme;
    /** The card's paper as last drawn, and what it was drawn for. */
    QPixmap m_paper;
    QString m_paperKey;
    bool m_collapsed = false;
    bool m_active = false;
    bool m_settingNote = false;
    int m_lastHeight = -1;
    QLabel *m_caption = nullptr;
    QTextEdit *m_editor = nullptr;
    QLineEdit *m_tags = nullptr;
    QToolButton *m_collapseButton = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_colorMenu = nullptr;
    QTimer m_commit;
};

} // namespace gloss
