# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test: find (or make) a tool chain with
# Qt >= 6.5 and KF6 SyntaxHighlighting, then configure and build incrementally.
#
# Two modes:
#   native    - the system has the packages (Debian 13, Ubuntu >= 24.10, ...); missing ones
#               are installed with apt (sudo when not root).
#   buildroot - Debian 12: a Debian 13 root made once with debootstrap under
#               $GLOSS_CACHE (default /var/cache/gloss), entered in a private mount
#               namespace so that no mount outlives the command.
#
# Environment:
#   GLOSS_CACHE      where the build root and the compiler cache live
#   GLOSS_BUILD_DIR  build folder (default: <repo>/build/<preset>)
#   GLOSS_PRESET     CMake configure preset (default: dev)
#   GLOSS_MODE       force "native" or "buildroot"

set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

GLOSS_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GLOSS_CACHE=${GLOSS_CACHE:-/var/cache/gloss}
GLOSS_ROOT=$GLOSS_CACHE/trixie
GLOSS_PRESET=${GLOSS_PRESET:-dev}
GLOSS_BUILD_DIR=${GLOSS_BUILD_DIR:-$GLOSS_REPO/build/$GLOSS_PRESET}

# Packages of the build root (and, on a native system, the ones to install).
# Changing this list installs the difference into an existing root; it never starts over.
GLOSS_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libkf6syntaxhighlighting-dev
    libmd4c-dev libgumbo-dev iso-codes
    xvfb xauth fonts-dejavu-core fonts-noto-cjk
    python3 python3-html5lib cmark poppler-utils
    clang libclang-rt-dev llvm
    chromium
    desktop-file-utils appstream man-db groff
    build-essential debhelper pkg-kde-tools dpkg-dev fakeroot lintian flatpak-builder
    libqt6sql6-sqlite sqlite3
    qtkeychain-qt6-dev lighttpd lighttpd-mod-webdav apache2-bin
)

gloss_say() { printf 'gloss: %s\n' "$*" >&2; }
gloss_die() { printf 'gloss: %s\n' "$*" >&2; exit 1; }

gloss_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- mode detection -----------------------------------------------------------------------

# "6.8" >= 6.5 ?
gloss_qt_version_ok() {
    local v=$1 minor
    [ "${v%%.*}" = 6 ] || return 1
    minor=${v#6.}; minor=${minor%%.*}
    [ -n "$minor" ] && [ "$minor" -ge 5 ] 2>/dev/null
}

gloss_native_ok() {
    command -v cmake >/dev/null && command -v ninja >/dev/null && command -v g++ >/dev/null || return 1
    local f ver=
    for f in /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion*.cmake \
             /usr/lib/cmake/Qt6Core/Qt6CoreConfigVersion*.cmake; do
        [ -f "$f" ] || continue
        ver=$(sed -n 's/^ *set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$f" | head -n1)
        [ -n "$ver" ] && break
    done
    gloss_qt_version_ok "$ver" || return 1
    for f in /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
             /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake; do
        [ -f "$f" ] && return 0
    done
    return 1
}

gloss_apt_has_packages() {
    # Can this system's apt provide Qt >= 6.5 and KF6 SyntaxHighlighting?
    command -v apt-cache >/dev/null || return 1
    local v
    v=$(apt-cache policy qt6-base-dev 2>/dev/null | sed -n 's/ *Candidate: *\([0-9]*\.[0-9]*\).*/\1/p')
    gloss_qt_version_ok "$v" || return 1
    apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep 'Candidate: [0-9]' >/dev/null
}

gloss_detect_mode() {
    if [ -n "${GLOSS_MODE:-}" ]; then echo "$GLOSS_MODE"; return; fi
    if [ -f "$GLOSS_ROOT/.gloss-ready" ]; then echo buildroot; return; fi
    if gloss_native_ok; then echo native; return; fi
    if command -v apt-get >/dev/null; then
        if gloss_apt_has_packages; then echo native-install; return; fi
        # apt lists may be stale on a fresh machine
        gloss_sudo apt-get update -qq >/dev/null 2>&1 || true
        if gloss_apt_has_packages; then echo native-install; return; fi
        . /etc/os-release 2>/dev/null || true
        if [ "${ID:-}" = debian ] || [ "${ID_LIKE:-}" = debian ] || [[ "${ID_LIKE:-}" == *debian* ]]; then
            echo buildroot; return
        fi
    fi
    echo unsupported
}

gloss_unsupported() {
    cat >&2 <<EOF
gloss: this system has no Qt >= 6.5 with KF6 SyntaxHighlighting, and no way was found to get them.
Install, with your package manager:
  a C++20 compiler (g++ >= 12 or clang >= 15), CMake >= 3.21, Ninja,
  Qt 6 >= 6.5: Core, Gui, Widgets, PrintSupport, Test, LinguistTools, Svg  (e.g. qt6-base-dev qt6-tools-dev qt6-svg-dev)
  KF6 SyntaxHighlighting  (e.g. libkf6syntaxhighlighting-dev / kf6-syntax-highlighting-devel)
  md4c (libmd4c-dev / md4c-devel), gumbo (libgumbo-dev / gumbo-parser-devel)
  Qt SQL's SQLite driver (libqt6sql6-sqlite), QtKeychain for Qt 6 (qtkeychain-qt6-dev)
  for the tests: pdftotext (poppler-utils), lighttpd with mod_webdav, Apache (apache2-bin)
then run this command again.
EOF
    exit 1
}

# --- native -------------------------------------------------------------------------------

gloss_native_install() {
    local missing=() p
    for p in "${GLOSS_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep 'install ok installed' >/dev/null || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        gloss_say "installing: ${missing[*]}"
        gloss_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            "${missing[@]}" >&2
    fi
}

# --- build root ---------------------------------------------------------------------------

gloss_packages_stamp() { printf '%s\n' "${GLOSS_PACKAGES[@]}" | sort | sha256sum | cut -c1-16; }

gloss_mirror() {
    local m
    m=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources \
        2>/dev/null | head -n1)
    [ -n "$m" ] || m=$(sed -n 's/^deb *\(http[^ ]*\/debian\)\/* .*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n1)
    echo "${m:-http://deb.debian.org/debian}"
}

# Runs COMMAND inside the build root, in a private mount namespace: the repository, the
# compiler cache, /tmp and the current folder are bound at their own paths; every mount
# dies with the command.
gloss_in_root() {
    local cwd; cwd=$(pwd)
    # shellcheck disable=SC2016
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1; repo=$2; cache=$3; cwd=$4; shift 4
        bindto() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; }
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev" 2>/dev/null || true
        bindto /tmp /tmp
        bindto "$repo" "$repo"
        bindto "$cache/ccache" /var/cache/ccache
        case "$cwd" in "$repo"|"$repo"/*|/tmp|/tmp/*) ;; *) [ -d "$cwd" ] && bindto "$cwd" "$cwd" || cwd=$repo ;; esac
        for extra in ${GLOSS_EXTRA_BINDS:-}; do [ -e "$extra" ] && bindto "$extra" "$extra"; done
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /usr/bin/env -i \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
            CI="${CI:-}" CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=true \
            CCACHE_MAXSIZE=2G QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" DISPLAY="${DISPLAY:-}" \
            GLOSS_DATA_DIR="${GLOSS_DATA_DIR:-}" LANGUAGE="${LANGUAGE:-}" \
            GLOSS_CI_FULL="${GLOSS_CI_FULL:-}" CTEST_OUTPUT_ON_FAILURE=1 \
            GLOSS_MONKEY_SEED="${GLOSS_MONKEY_SEED:-}" GLOSS_MONKEY_SECONDS="${GLOSS_MONKEY_SECONDS:-}" \
            GLOSS_MONKEY_STEPS="${GLOSS_MONKEY_STEPS:-}" GLOSS_MONKEY_VERBOSE="${GLOSS_MONKEY_VERBOSE:-}" \
            bash -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"
    ' gloss-root "$GLOSS_ROOT" "$GLOSS_REPO" "$GLOSS_CACHE" "$cwd" "$@"
}

gloss_make_root() {
    command -v unshare >/dev/null || gloss_die "unshare (util-linux) is needed"
    [ "$(id -u)" -eq 0 ] || gloss_die "making the Debian 13 build root needs root (run with sudo once)"
    if ! command -v debootstrap >/dev/null; then
        gloss_say "installing debootstrap"
        apt-get update -qq >&2 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
    fi
    local tmp=$GLOSS_CACHE/trixie.new
    rm -rf "$tmp"
    gloss_say "creating a Debian 13 build root in $GLOSS_ROOT (once; about a minute)"
    local log=$GLOSS_CACHE/debootstrap.log
    debootstrap --variant=minbase --include=ca-certificates trixie "$tmp" "$(gloss_mirror)" \
        >"$log" 2>&1 || { tail -n 20 "$log" >&2; rm -rf "$tmp"; gloss_die "debootstrap failed (log: $log)"; }
    mv "$tmp" "$GLOSS_ROOT"
}

gloss_root_packages() {
    local stamp; stamp=$(gloss_packages_stamp)
    [ "$(cat "$GLOSS_ROOT/.gloss-packages" 2>/dev/null)" = "$stamp" ] && return 0
    gloss_say "installing build packages into the build root"
    # servers installed for the tests (lighttpd, Apache) must not start inside the root
    printf '#!/bin/sh\nexit 101\n' > "$GLOSS_ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$GLOSS_ROOT/usr/sbin/policy-rc.d"
    # dpkg --configure -a: finishes an installation that an earlier run was interrupted in
    gloss_in_root bash -c "dpkg --configure -a && apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $(printf '%s ' "${GLOSS_PACKAGES[@]}") \
        >/dev/null && apt-get clean" >&2 || gloss_die "package installation in the build root failed"
    # fonts for the program when it runs on the host with the root's libraries
    cat > "$GLOSS_ROOT/etc/gloss-fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$GLOSS_ROOT/usr/share/fonts</dir>
  <cachedir>$GLOSS_CACHE/fontconfig</cachedir>
  <include ignore_missing="yes">$GLOSS_ROOT/etc/fonts/conf.d</include>
</fontconfig>
EOF
    echo "$stamp" > "$GLOSS_ROOT/.gloss-packages"
}

gloss_ensure_root() {
    mkdir -p "$GLOSS_CACHE/ccache"
    exec 9>"$GLOSS_CACHE/.lock"
    flock 9
    [ -d "$GLOSS_ROOT" ] && [ ! -f "$GLOSS_ROOT/.gloss-ready" ] && [ ! -x "$GLOSS_ROOT/bin/bash" ] \
        && rm -rf "$GLOSS_ROOT"
    [ -d "$GLOSS_ROOT" ] || gloss_make_root
    gloss_root_packages
    touch "$GLOSS_ROOT/.gloss-ready"
    flock -u 9
}

# --- entry points -------------------------------------------------------------------------

GLOSS_MODE_RESOLVED=

gloss_setup() {
    local mode; mode=$(gloss_detect_mode)
    case "$mode" in
        native) ;;
        native-install) gloss_native_install; mode=native ;;
        buildroot) gloss_ensure_root ;;
        *) gloss_unsupported ;;
    esac
    GLOSS_MODE_RESOLVED=$mode
}

# Runs a command with the tool chain (inside the build root when there is one).
gloss_exec() {
    if [ "$GLOSS_MODE_RESOLVED" = buildroot ]; then
        gloss_in_root "$@"
    else
        CCACHE_DIR=${CCACHE_DIR:-$GLOSS_CACHE/ccache} CCACHE_BASEDIR=$GLOSS_REPO CCACHE_NOHASHDIR=true \
            "$@"
    fi
}

gloss_build() {
    if [ ! -f "$GLOSS_BUILD_DIR/build.ninja" ]; then
        gloss_exec cmake --preset "$GLOSS_PRESET" -B "$GLOSS_BUILD_DIR" -S "$GLOSS_REPO" >&2
    fi
    gloss_exec cmake --build "$GLOSS_BUILD_DIR" >&2
}

# Runs the built gloss on the host with the build root's loader and libraries, so that any
# host path and the current folder work as given.
gloss_run_binary() {
    local bin=$GLOSS_BUILD_DIR/app/gloss
    if [ "$GLOSS_MODE_RESOLVED" = buildroot ]; then
        local r=$GLOSS_ROOT lib=$GLOSS_ROOT/usr/lib/x86_64-linux-gnu
        mkdir -p "$GLOSS_CACHE/fontconfig"
        FONTCONFIG_FILE=$r/etc/gloss-fonts.conf \
        QT_PLUGIN_PATH=$lib/qt6/plugins \
        XKB_CONFIG_ROOT=$r/usr/share/X11/xkb \
        XLOCALEDIR=$r/usr/share/X11/locale \
        QT_XKB_CONFIG_ROOT=$r/usr/share/X11/xkb \
            exec "$r/lib64/ld-linux-x86-64.so.2" \
            --library-path "$lib:$r/lib/x86_64-linux-gnu:$lib/libproxy" "$bin" "$@"
    else
        exec "$bin" "$@"
    fi
}
