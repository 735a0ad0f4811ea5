#!/usr/bin/env python3
"""Checks of what `cmake --install` ships (packaging/), run by ctest (tests/packaging).

    check_packaging.py desktop FILE.desktop
        desktop-file-validate says nothing (no error, no warning, no hint)
    check_packaging.py metainfo FILE.metainfo.xml
        appstreamcli validate --no-net --pedantic passes
    check_packaging.py manpage GLOSS gloss.1
        groff -man -ww warns of nothing, lexgrog finds the NAME section, and the man page
        names every sub-command and option that `gloss --help` and `gloss SUB --help` list,
        and no option that none of them lists (so the two cannot drift apart)
    check_packaging.py install CMAKE BUILD_DIR APP_ID
        cmake --install into a staging tree: every file is there, appstreamcli validate-tree
        passes, and the installed gloss runs: --version, --help in German (the translations
        are compiled in), and --screenshot through bin/gloss (a link) and through PATH (so it
        finds its modules beside itself)
    check_packaging.py flatpak MANIFEST
        flatpak-builder --show-manifest parses the Flatpak manifest
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def tool(name, package):
    path = shutil.which(name)
    if not path:
        fail(f"{name} is not installed (Debian package {package}; scripts/test installs it "
             "into the build root: GLOSS_PACKAGES in scripts/lib/env.sh)")
    return path


def run(args, env=None, check=True):
    print("+ " + " ".join(args), flush=True)
    r = subprocess.run(args, capture_output=True, text=True, env=env)
    if r.stdout:
        print(r.stdout, end="")
    if r.stderr:
        print(r.stderr, end="", file=sys.stderr)
    if check and r.returncode != 0:
        fail(f"{args[0]} exited with {r.returncode}")
    return r


def check_desktop(path):
    r = run([tool("desktop-file-validate", "desktop-file-utils"), path])
    said = (r.stdout + r.stderr).strip()
    if said:
        fail("desktop-file-validate is not silent:\n" + said)


def check_metainfo(path):
    run([tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", path])


# --- the man page against --help -------------------------------------------------------------

OPTION = re.compile(r"--[a-z][a-z0-9-]*")


def help_text(gloss, args):
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
    r = run([gloss] + args + ["--help"], env=env)
    return r.stdout


def help_options(text):
    """The long options a --help lists (its option lines, `  -f, --format <format>  ...`)."""
    found = set()
    for line in text.splitlines():
        if re.match(r"^\s+-", line):  # an option line; its first column names the options
            found |= set(OPTION.findall(re.split(r"\s{2,}", line.strip())[0]))
    return found


def help_commands(text):
    """The sub-commands `gloss --help` lists under "Sub-commands": "analyze", "notes add", ..."""
    commands = []
    lines = text.splitlines()
    try:
        start = next(i for i, l in enumerate(lines) if l.startswith("Sub-commands"))
    except StopIteration:
        fail("gloss --help has no list of sub-commands")
    for line in lines[start + 1:]:
        m = re.match(r"^\s+([a-z]+)(?: ([a-z|]+))?\b", line)
        if not m:
            break
        if m.group(2) and not m.group(2).isupper():
            commands += [f"{m.group(1)} {action}" for action in m.group(2).split("|")]
        else:
            commands.append(m.group(1))
    return commands


def man_text(path):
    """The man page as text: its roff escapes for - undone, requests kept."""
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if not l.startswith('.\\"')]  # no comments
    return "\n".join(lines).replace("\\-", "-").replace("\\fR", "").replace("\\fP", "")


def check_manpage(gloss, page):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    r = run([tool("groff", "groff"), "-man", "-ww", "-z", "-t", page], env=env)
    if r.stderr.strip():
        fail("groff warns about the man page")
    run([tool("lexgrog", "man-db"), page], env=env)

    main = help_text(gloss, [])
    commands = help_commands(main)
    if len(commands) < 4:
        fail(f"found only {commands} in gloss --help")
    helps = {"gloss": main}
    for command in sorted({c.split()[0] for c in commands} | {"notes import"}):
        helps["gloss " + command] = help_text(gloss, command.split())
    listed = set()
    for name, text in helps.items():
        options = help_options(text)
        if not options:
            fail(f"no options found in {name} --help")
        listed |= options
    man = man_text(page)
    # every sub-command: in the synopsis or a .TP heading, e.g. ".B notes\n.B add" or
    # ".BI "notes add " FILE"
    flat = re.sub(r"\n\.(B|BI|I|IR|OP|RB)\s+", " ", man).replace('"', "")
    missing = [c for c in commands + ["notes import"] if not re.search(
        r"(^|\s)" + re.escape(c) + r"(\s|$)", flat)]
    if missing:
        fail(f"the man page does not describe the sub-commands {missing}")
    missing = sorted(o for o in listed if o not in set(OPTION.findall(man)))
    if missing:
        fail(f"the man page does not describe the options {missing} (in --help)")
    stale = sorted(set(OPTION.findall(man)) - listed)
    if stale:
        fail(f"the man page describes options no --help lists: {stale}")
    print(f"the man page covers {len(commands)} sub-commands and {len(listed)} options: "
          + ", ".join(sorted(listed)))


# --- the staged tree ---------------------------------------------------------------------------

def check_install(cmake, build_dir, app_id):
    with tempfile.TemporaryDirectory(prefix="gloss-stage-") as tmp:
        stage = os.path.join(tmp, "stage")
        run([cmake, "--install", build_dir, "--prefix", os.path.join(stage, "usr")])
        usr = os.path.join(stage, "usr")
        share = os.path.join(usr, "share")
        expected = [
            "bin/gloss",
            f"share/applications/{app_id}.desktop",
            f"share/metainfo/{app_id}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{app_id}.svg",
            f"share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg",
            "share/man/man1/gloss.1",
        ]
        for relative in expected:
            if not os.path.isfile(os.path.join(usr, relative)):
                fail(f"{relative} is not installed")
        program = os.path.realpath(os.path.join(usr, "bin/gloss"))
        if not os.path.islink(os.path.join(usr, "bin/gloss")):
            fail("bin/gloss is not a link to the program beside its modules")
        folder = os.path.dirname(program)
        modules = ("gloss-window.so", "gloss-net.so", "gloss-sync.so", "gloss-library.so")
        for module in modules:
            if not os.path.isfile(os.path.join(folder, module)):
                fail(f"{module} is not beside the program in {folder}")
        # no test, benchmark or build file comes along
        files = sorted(os.path.relpath(os.path.join(d, f), usr)
                       for d, _, fs in os.walk(usr) for f in fs)
        print("staged:\n  " + "\n  ".join(files))
        if len(files) != len(expected) + 1 + len(modules):  # the program and its modules
            fail(f"expected {len(expected) + 1 + len(modules)} files, staged {len(files)}")

        run([tool("appstreamcli", "appstream"), "validate-tree", "--no-net", stage])

        env = dict(os.environ)
        for name in ("XDG_RUNTIME_DIR",):  # never reach a Gloss the user runs
            env.pop(name, None)
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env["GLOSS_DATA_DIR"] = os.path.join(tmp, "data")
        gloss = os.path.join(usr, "bin/gloss")
        version = run([gloss, "--version"], env=env).stdout
        if not version.startswith("gloss "):
            fail(f"gloss --version said {version!r}")
        german = run([gloss, "--help"], env=dict(env, LANGUAGE="de", LC_ALL="C.UTF-8")).stdout
        if "Das Fenster unsichtbar in eine PNG-Datei" not in german:
            fail("gloss --help with LANGUAGE=de is not in German: the translations are missing")
        # the window module, found beside the program through the link, and through PATH
        for how, command, extra in (("bin/gloss", [gloss], {}),
                                    ("PATH", ["gloss"], {"PATH": os.path.join(usr, "bin") + ":"
                                                         + env.get("PATH", "/usr/bin")})):
            png = os.path.join(tmp, f"shot-{how.replace('/', '-')}.png")
            run(command + ["--screenshot", png, "--size", "640x400"], env=dict(env, **extra))
            with open(png, "rb") as f:
                if f.read(8) != b"\x89PNG\r\n\x1a\n":
                    fail(f"--screenshot through {how} wrote no PNG")
        print("the staged tree is complete and its gloss runs")


def check_flatpak(manifest):
    r = run([tool("flatpak-builder", "flatpak-builder"), "--show-manifest", manifest])
    if '"id"' not in r.stdout and "org.example.gloss" not in r.stdout:
        fail("flatpak-builder printed no manifest")


def main(argv):
    if len(argv) < 2:
        fail(__doc__)
    what, args = argv[1], argv[2:]
    checks = {"desktop": (check_desktop, 1), "metainfo": (check_metainfo, 1),
              "manpage": (check_manpage, 2), "install": (check_install, 3),
              "flatpak": (check_flatpak, 1)}
    if what not in checks or len(args) != checks[what][1]:
        fail(__doc__)
    checks[what][0](*args)


if __name__ == "__main__":
    main(sys.argv)
