"""packaging/setup.sh when another program holds the package manager's lock (a desktop's automatic updates):
it waits, says so in a line, and installs once the lock is free. Run in a copy of the repository's layout with a
stand-in apt-get, dpkg-query and .venv, and a lock file of its own (never the system's dpkg lock)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _script(path: Path, text: str) -> None:
    path.write_text(f"#!/bin/sh\n{text}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def fake_machine(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "packaging").mkdir(parents=True)
    shutil.copy(PACKAGING / "setup.sh", repo / "packaging" / "setup.sh")
    (repo / "packaging" / "debian-packages.txt").write_text("# one package\nlibgl1\n", encoding="utf-8")
    (repo / ".venv" / "bin").mkdir(parents=True)
    _script(repo / ".venv" / "bin" / "python", "exit 0")
    _script(repo / ".venv" / "bin" / "pip", "exit 0")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "log"
    _script(bin_dir / "dpkg-query", "exit 1")  # every package missing
    _script(bin_dir / "apt-get", f'echo "apt-get $*" >> {log}')
    _script(bin_dir / "sudo", '"$@"')
    return tmp_path


def test_setup_waits_for_the_package_managers_lock_with_a_line_saying_so(fake_machine: Path) -> None:
    lock, log = fake_machine / "lock-frontend", fake_machine / "log"
    lock.touch()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\n"
        f"handle = open({str(lock)!r}, 'a'); fcntl.lockf(handle, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        f"open({str(log)!r}, 'a').write('lock released\\n')\n")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    env = {**os.environ, "PATH": f"{fake_machine / 'bin'}:{os.environ['PATH']}", "SR_EDITOR_DPKG_LOCKS": str(lock)}
    setup = subprocess.Popen(["sh", str(fake_machine / "repo" / "packaging" / "setup.sh"), "app"], env=env,
                             stderr=subprocess.PIPE, text=True)
    assert setup.stderr is not None
    said = [setup.stderr.readline(), setup.stderr.readline()]
    assert "installing Debian packages: libgl1" in said[0]
    assert "another program is installing packages" in said[1] and "waiting for it to finish" in said[1]

    def release() -> None:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()

    threading.Thread(target=release).start()
    rest = setup.stderr.read()
    assert setup.wait(timeout=120) == 0 and holder.wait(timeout=30) == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "lock released" and lines[1].startswith("apt-get -o DPkg::Lock::Timeout=")
    assert any("install" in line and "libgl1" in line for line in lines)
    assert "package manager is free" in rest


def test_setup_does_not_wait_when_the_lock_is_free(fake_machine: Path) -> None:
    lock = fake_machine / "lock-frontend"
    lock.touch()
    env = {**os.environ, "PATH": f"{fake_machine / 'bin'}:{os.environ['PATH']}", "SR_EDITOR_DPKG_LOCKS": str(lock)}
    done = subprocess.run(["sh", str(fake_machine / "repo" / "packaging" / "setup.sh"), "app"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "waiting" not in done.stderr
