#pragma once
// Answers the file dialogs the code under test opens (QFileDialog::getOpenFileName and
// getSaveFileName run Qt's own modal dialog offscreen): picks a file or cancels, and records
// the folder and file each dialog started with.

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace gloss::test {

class FileDialogAnswer : public QObject
{
public:
    /**
     * The dialogs that open next are answered with @p answers in turn ("" cancels); then this
     * answers no more (another FileDialogAnswer may take the next dialogs).
     */
    explicit FileDialogAnswer(QStringList answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, &FileDialogAnswer::poll);
        m_timer.start();
    }

    /** The folder each dialog answered started in, in order. */
    QStringList startFolders;
    /** The file name each dialog proposed ("" when none). */
    QStringList startNames;
    int answered() const { return int(startFolders.size()); }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_last || !dialog->isVisible())
            return;
        m_last = dialog;
        startFolders.append(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath());
        const QStringList selected = dialog->selectedFiles();
        startNames.append(selected.isEmpty() ? QString()
                                             : QFileInfo(selected.first()).fileName());
        const QString answer = m_answers.isEmpty() ? QString() : m_answers.takeFirst();
        if (m_answers.isEmpty())
            m_timer.stop();
        if (answer.isEmpty()) {
            dialog->reject();
            return;
        }
        // selectFile() leaves the name field alone while it has the focus (it arrives when the
        // dialog's window is activated, at some tick or other): take the focus away first, and
        // accept only once the dialog reads the answer back.
        if (QWidget *focus = dialog->focusWidget())
            focus->clearFocus();
        dialog->selectFile(answer);
        if (dialog->selectedFiles() != QStringList{answer} && ++m_retries < 200) {
            m_answers.prepend(answer); // try again at the next tick
            m_last = nullptr;
            startFolders.removeLast();
            startNames.removeLast();
            m_timer.start();
            return;
        }
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    }

    QStringList m_answers;
    QTimer m_timer;
    QPointer<QFileDialog> m_last;
    int m_retries = 0; // then it accepts whatever the dialog holds, and the test fails
};

} // namespace gloss::test
