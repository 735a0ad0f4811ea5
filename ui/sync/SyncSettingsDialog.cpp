#include "SyncSettingsDialog.h"

#include "SyncModule.h"
#include "SyncSetup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QSizePolicy>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace gloss {

namespace {

/** What a check on the worker thread found. */
struct CheckResult
{
    syncmodule::SetupRequest request;
    syncmodule::SetupResult result;
    int folderEtags = 0;
};

} // namespace

SyncSettingsDialog::SyncSettingsDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync Settings"));

    m_enabled = new QGroupBox(tr("Sync notes through a WebDAV server"), this);
    m_enabled->setObjectName(QStringLiteral("syncEnabled"));
    m_enabled->setCheckable(true);
    m_url = new QLineEdit(m_enabled);
    m_url->setObjectName(QStringLiteral("syncUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/"));
    m_user = new QLineEdit(m_enabled);
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_password = new QLineEdit(m_enabled);
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_device = new QLineEdit(m_enabled);
    m_device->setObjectName(QStringLiteral("syncDevice"));
    m_device->setPlaceholderText(SyncSettings::defaultDevice());
    m_device->setToolTip(tr("Each device writes its own file on the server: give each machine "
                            "its own name."));

    m_onOpen = new QCheckBox(tr("When an article &opens"), m_enabled);
    m_onOpen->setObjectName(QStringLiteral("syncOnOpen"));
    m_onSave = new QCheckBox(tr("After notes are &saved"), m_enabled);
    m_onSave->setObjectName(QStringLiteral("syncOnSave"));
    m_every = new QCheckBox(tr("&Every"), m_enabled);
    m_every->setObjectName(QStringLiteral("syncEvery"));
    m_minutes = new QSpinBox(m_enabled);
    m_minutes->setObjectName(QStringLiteral("syncMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes between syncs"));
    connect(m_every, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    auto *every = new QHBoxLayout;
    every->addWidget(m_every);
    every->addWidget(m_minutes);
    every->addStretch(1);
    auto *when = new QVBoxLayout;
    when->addWidget(m_onOpen);
    when->addWidget(m_onSave);
    when->addLayout(every);
    auto *byHand = new QLabel(tr("With none ticked, notes sync only by hand (Notes > Sync Now)."),
                              m_enabled);
    byHand->setWordWrap(true);
    byHand->setForegroundRole(QPalette::PlaceholderText);
    when->addWidget(byHand);

    auto *form = new QFormLayout(m_enabled);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("App &password:"), m_password);
    form->addRow(tr("&Device name:"), m_device);
    form->addRow(tr("Sync:"), when);

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("syncTest"));
    m_test->setToolTip(tr("Ask the server now: the user and password, the folders, and whether "
                          "it protects files from being overwritten. Nothing is saved."));
    connect(m_test, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_enabled, &QGroupBox::toggled, m_test, &QWidget::setEnabled);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("syncReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumHeight(m_report->fontMetrics().lineSpacing() * 4);
    m_report->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    // the fields keep their height when the report below grows: the dialog grows instead
    m_enabled->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    byHand->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    load();
}

SyncSettingsDialog::~SyncSettingsDialog()
{
    if (m_worker) {
        m_worker->requestInterruption(); // its request under way is aborted
        m_worker->wait();
    }
}

void SyncSettingsDialog::load()
{
    ++m_round; // an answer still on its way belongs to the dialog as it was
    m_saved = SyncSettings::load(m_dataDir);
    m_wasSetUp = m_saved.isValid();
    m_enabled->setChecked(true); // opened to set sync up, or to change it
    m_url->setText(m_saved.url.toString());
    m_user->setText(m_saved.user);
    m_password->clear();
    m_password->setPlaceholderText(m_wasSetUp ? tr("stored; type a new one to change it")
                                              : QString());
    m_device->setText(m_wasSetUp ? m_saved.device : QString());
    m_onOpen->setChecked(m_saved.syncOnOpen);
    m_onSave->setChecked(m_saved.syncOnSave);
    m_every->setChecked(m_saved.syncEveryMinutes > 0);
    m_minutes->setValue(m_saved.syncEveryMinutes > 0 ? m_saved.syncEveryMinutes : 15);
    m_minutes->setEnabled(m_every->isChecked());
    m_report->clear();
    setBusy(m_worker != nullptr); // a dropped check still running: until it ends
}

QString SyncSettingsDialog::report() const
{
    return m_report->text();
}

SyncSettings SyncSettingsDialog::fieldSettings() const
{
    SyncSettings s;
    s.url = QUrl::fromUserInput(m_url->text().trimmed());
    s.user = m_user->text().trimmed();
    s.device = m_device->text().trimmed();
    s.syncOnOpen = m_onOpen->isChecked();
    s.syncOnSave = m_onSave->isChecked();
    s.syncEveryMinutes = m_every->isChecked() ? m_minutes->value() : 0;
    return s;
}

bool SyncSettingsDialog::connectionChanged() const
{
    const SyncSettings s = fieldSettings();
    const QString device = s.device.isEmpty() ? SyncSettings::defaultDevice() : s.device;
    return !m_wasSetUp || !m_password->text().isEmpty() || s.url != m_saved.url
           || s.user != m_saved.user || device != m_saved.device;
}

bool SyncSettingsDialog::validate()
{
    QString problem;
    const SyncSettings s = fieldSettings();
    if (m_url->text().trimmed().isEmpty())
        problem = tr("Enter the address of the WebDAV folder.");
    else if (s.url.scheme() != u"http" && s.url.scheme() != u"https")
        problem = tr("The address must start with https:// (or http://).");
    else if (s.user.isEmpty())
        problem = tr("Enter the user name.");
    else if (m_password->text().isEmpty() && !m_wasSetUp)
        problem = tr("Enter the password (an app password, where the server offers them).");
    if (problem.isEmpty())
        return true;
    say({}, {}, problem);
    return false;
}

void SyncSettingsDialog::check(bool thenSave)
{
    if (m_worker || !validate())
        return;
    const SyncSettings s = fieldSettings();
    auto check = std::make_shared<CheckResult>();
    check->request = {m_dataDir, s.url, s.user, s.device, m_password->text()};
    const QString dataDir = m_dataDir;
    const SyncSettings saved = m_saved;
    m_worker = QThread::create([check, dataDir, saved] {
        if (check->request.password.isEmpty()) { // the one stored (keychain or file)
            check->request.password = saved.password(dataDir, &check->result.error);
            if (check->request.password.isEmpty())
                return;
        }
        check->folderEtags = checkSyncServer(check->request, check->result);
    });
    const int round = m_round;
    connect(m_worker, &QThread::finished, this, [this, check, round, thenSave] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (round != m_round) { // the dialog was closed meanwhile: nothing to show or save
            setBusy(false);
            return;
        }
        const syncmodule::SetupResult &r = check->result;
        onChecked(thenSave, check->folderEtags, check->request.password, r.messages, r.warnings,
                  r.error);
    });
    setBusy(true);
    m_report->setText(tr("Asking %1…").arg(s.url.toDisplayString(QUrl::RemoveUserInfo)
                                               .toHtmlEscaped()));
    m_worker->start();
}

void SyncSettingsDialog::onChecked(bool thenSave, int folderEtags, const QString &password,
                                   QStringList messages, QStringList warnings,
                                   const QString &error)
{
    setBusy(false);
    if (!error.isEmpty() || !thenSave) {
        if (error.isEmpty())
            messages.prepend(tr("The server answers: sync will work with these settings."));
        say(messages, warnings, error);
        return;
    }
    const SyncSettings s = fieldSettings();
    syncmodule::SetupResult saved;
    saveSyncSetup({m_dataDir, s.url, s.user, s.device, password}, folderEtags, saved);
    QString timesError;
    if (!saved.ok() || !saveTimes(&timesError)) {
        say({}, {}, saved.ok() ? timesError : saved.error);
        return;
    }
    ++m_round;
    QDialog::accept();
    Q_EMIT settingsSaved(true, warnings + saved.warnings);
}

bool SyncSettingsDialog::saveTimes(QString *error)
{
    SyncSettings s = SyncSettings::load(m_dataDir, error);
    const SyncSettings fields = fieldSettings();
    s.syncOnOpen = fields.syncOnOpen;
    s.syncOnSave = fields.syncOnSave;
    s.syncEveryMinutes = fields.syncEveryMinutes;
    return s.isValid() && s.save(m_dataDir, error);
}

void SyncSettingsDialog::accept()
{
    if (m_worker)
        return; // OK waits for the check under way
    const bool nothingEntered = !m_wasSetUp && m_url->text().trimmed().isEmpty()
                                && m_user->text().trimmed().isEmpty();
    if (!m_enabled->isChecked() || nothingEntered) {
        QString error;
        if (m_wasSetUp && !SyncSettings::remove(m_dataDir, &error)) {
            say({}, {}, error);
            return;
        }
        ++m_round;
        QDialog::accept();
        if (m_wasSetUp)
            Q_EMIT settingsSaved(false, {});
        return;
    }
    if (connectionChanged()) {
        check(true); // saves and closes once the server answered well
        return;
    }
    QString error;
    if (!saveTimes(&error)) {
        say({}, {}, error);
        return;
    }
    ++m_round;
    QDialog::accept();
    Q_EMIT settingsSaved(true, {});
}

void SyncSettingsDialog::reject()
{
    ++m_round; // a check under way is dropped: nothing is saved
    QDialog::reject();
}

void SyncSettingsDialog::say(const QStringList &messages, const QStringList &warnings,
                             const QString &error)
{
    QStringList html;
    if (!error.isEmpty())
        html.append(QStringLiteral("<b>") + error.toHtmlEscaped() + QStringLiteral("</b>"));
    for (const QString &w : warnings)
        html.append(tr("Warning: %1").arg(w.toHtmlEscaped()));
    for (const QString &m : messages)
        html.append(m.toHtmlEscaped());
    m_report->setText(html.join(QStringLiteral("<br>")));
    // a longer report makes the dialog taller (a window's minimum size ignores wrapped text)
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SyncSettingsDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_test)})
        w->setEnabled(!busy);
    if (!busy)
        m_test->setEnabled(m_enabled->isChecked() && !m_worker);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace gloss
