#pragma once

// The monkey test's flight recorder: the last actions, the seed and the command that replays
// them, printed when the run fails in any way: a failed check, a crash (SIGSEGV, SIGABRT from
// an assertion or Qt Test's watchdog, ...), or a report of AddressSanitizer, UBSan or
// LeakSanitizer. The crash path only uses write(2) on text formatted beforehand.

#include <QByteArray>

#include <algorithm>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define GLOSS_MONKEY_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GLOSS_MONKEY_SANITIZED 1
#endif
#endif
#ifdef GLOSS_MONKEY_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

namespace gloss::monkey {

class FlightLog
{
public:
    static constexpr int kLines = 50;
    static constexpr int kLineSize = 240;

    /** The one log of the process (the signal handlers need a fixed place). */
    static FlightLog &instance()
    {
        static FlightLog log;
        return log;
    }

    /** The seed and replay command, printed before the actions. */
    void setHeader(const QByteArray &text) { copy(m_header, sizeof m_header, text); }

    void add(const QByteArray &line)
    {
        copy(m_lines[m_next], kLineSize, line);
        m_next = (m_next + 1) % kLines;
        ++m_count;
    }

    long count() const { return m_count; }

    /** Prints the header and the last actions to stderr (async-signal-safe). */
    void print(const char *why) const
    {
        say("\n=== monkey: ");
        say(why);
        say(" ===\n");
        say(m_header);
        say("\nlast actions (oldest first):\n");
        const long shown = m_count < kLines ? m_count : kLines;
        for (long i = 0; i < shown; ++i) {
            const int at = int((m_next - shown + i + kLines) % kLines);
            say("  ");
            say(m_lines[at]);
            say("\n");
        }
        say(m_header);
        say("\n=== end of monkey log ===\n");
    }

    /**
     * From now on a fatal signal or a sanitizer report prints the log first, then goes on as
     * before (Qt Test's handler, the sanitizer's report and exit code).
     */
    void installCrashHandlers()
    {
        for (int i = 0; i < kSignalCount; ++i) {
            struct sigaction action;
            std::memset(&action, 0, sizeof action);
            action.sa_sigaction = &FlightLog::onSignal;
            action.sa_flags = SA_SIGINFO;
            sigemptyset(&action.sa_mask);
            sigaction(kSignals[i], &action, &m_previous[i]);
        }
#ifdef GLOSS_MONKEY_SANITIZED
        __sanitizer_set_death_callback([] {
            FlightLog::instance().print("a sanitizer stopped the run (its report is above)");
        });
#endif
    }

    void removeCrashHandlers()
    {
        for (int i = 0; i < kSignalCount; ++i)
            sigaction(kSignals[i], &m_previous[i], nullptr);
#ifdef GLOSS_MONKEY_SANITIZED
        __sanitizer_set_death_callback(nullptr);
#endif
    }

private:
    static constexpr int kSignalCount = 5;
    static constexpr int kSignals[kSignalCount] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

    static void copy(char *to, size_t size, const QByteArray &from)
    {
        const size_t n = std::min(size - 1, size_t(from.size()));
        std::memcpy(to, from.constData(), n);
        to[n] = '\0';
    }

    static void say(const char *text)
    {
        size_t left = std::strlen(text);
        while (left > 0) {
            const ssize_t n = ::write(STDERR_FILENO, text, left);
            if (n <= 0)
                return;
            text += n;
            left -= size_t(n);
        }
    }

    static void onSignal(int signal, siginfo_t *, void *)
    {
        FlightLog &log = instance();
        log.print(signal == SIGABRT ? "aborted (assertion, qFatal or Qt Test's watchdog)"
                                    : "crashed (fatal signal)");
        // the previous handler (Qt Test's, or the default) takes it from here
        for (int i = 0; i < kSignalCount; ++i) {
            if (kSignals[i] == signal)
                sigaction(signal, &log.m_previous[i], nullptr);
        }
        raise(signal);
    }

    char m_header[1024] = {};
    char m_lines[kLines][kLineSize] = {};
    int m_next = 0;
    long m_count = 0;
    struct sigaction m_previous[kSignalCount] = {};
};

} // namespace gloss::monkey
