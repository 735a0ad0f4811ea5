#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace gloss {

/** File > Open Link…: asks for a web address (taken from the clipboard when it holds one). */
class OpenLinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenLinkDialog(QWidget *parent = nullptr);

    /** The address as typed, completed ("example.org/a" → "https://example.org/a"). */
    QUrl url() const;
    void setUrl(const QString &text);
    /** Download again even when a saved copy exists. */
    bool reload() const;
    void setReload(bool reload);

private:
    void validate();

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_reload = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gloss
