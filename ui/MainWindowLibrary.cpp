#include "MainWindow.h"

// The window's library (issue 18): View > Library, File > Import Folder… and folders dropped
// on the window (split from MainWindow.cpp, which stays the window's frame).

#include "ArticleOpener.h"
#include "LibraryRecorder.h"
#include "library/LibraryDock.h"

namespace gloss {

void MainWindow::createLibrary()
{
    // a text the library keeps (a web page, a file moved since) opens like pasted text
    m_libraryDock = new LibraryDock(this, [this](const Document &document) {
        m_opener->openDocument(document);
    });
    connect(m_library, &library::LibraryRecorder::recorded, m_libraryDock,
            [this](const QByteArray &, bool added) {
                if (added)
                    m_libraryDock->libraryChanged();
            });
}

} // namespace gloss
