#!/usr/bin/env python3
"""Prove that Matchtafel installs from wheels on every platform and Python version it supports.

For each target (Windows x86-64, macOS arm64 and x86-64, Linux x86-64) and each Python version (3.11,
3.12, 3.13) this asks pip to resolve the project as it would for that machine, without installing
anything: ``pip install --dry-run --only-binary=:all: --platform … --python-version … --target TMP .``.
pip then only accepts wheels built for that platform and Python (or pure-Python wheels).

pip evaluates environment markers (``sys_platform == "win32"``) for the machine it runs on, not for
``--platform``: keyring's ``pywin32-ctypes`` is only wanted on Windows, so a resolution run on Linux would
never look for it. This script therefore walks the resolved packages' requirements again with the
target's own markers and asks pip for whatever the target needs that the first pass left out, until
nothing is missing.

Needs PyPI (or the configured index). Prints one line per target and version; exits 1 when one fails.

    python scripts/check_wheels.py [--python 3.12] [--target windows] [--extra dist]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]  # pip --platform tags; pip adds the older macOS versions itself
    markers: Mapping[str, str]  # what PEP 508 markers see on that machine


TARGETS = (
    Target(
        "windows-x86_64",
        ("win_amd64",),
        {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    ),
    Target(
        "macos-arm64",
        ("macosx_14_0_arm64",),
        {
            "sys_platform": "darwin",
            "platform_system": "Darwin",
            "os_name": "posix",
            "platform_machine": "arm64",
        },
    ),
    Target(
        "macos-x86_64",
        ("macosx_13_0_x86_64",),
        {
            "sys_platform": "darwin",
            "platform_system": "Darwin",
            "os_name": "posix",
            "platform_machine": "x86_64",
        },
    ),
    Target(
        "linux-x86_64",
        # glibc 2.34 or newer (PySide6 6.11's wheels ask that much: Ubuntu 22.04, Debian 12, RHEL 9)
        tuple(f"manylinux_2_{minor}_x86_64" for minor in (34, 28, 27, 17)),
        {
            "sys_platform": "linux",
            "platform_system": "Linux",
            "os_name": "posix",
            "platform_machine": "x86_64",
        },
    ),
)


def marker_environment(target: Target, python: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_version": f"{python}.0",
        "platform_release": "",
        "platform_version": "",
        **target.markers,
    }


@dataclass(frozen=True)
class Resolved:
    name: str  # canonical
    version: str
    filename: str
    requires: tuple[str, ...]


def read_report(report: Mapping[str, object]) -> dict[str, Resolved]:
    """pip's ``--report`` JSON -> what would be installed, by canonical name."""
    resolved: dict[str, Resolved] = {}
    for item in report.get("install", []):  # type: ignore[union-attr]
        metadata = item["metadata"]
        url = item["download_info"]["url"]
        resolved[canonicalize_name(metadata["name"])] = Resolved(
            canonicalize_name(metadata["name"]),
            metadata["version"],
            url.rsplit("/", 1)[-1],
            tuple(metadata.get("requires_dist", [])),
        )
    return resolved


def missing_requirements(
    roots: Iterable[str], resolved: Mapping[str, Resolved], environment: Mapping[str, str]
) -> list[Requirement]:
    """Walk the requirements from ``roots`` with the target's markers; those pip did not resolve."""
    missing: dict[str, Requirement] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [Requirement(root) for root in roots]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        found = resolved.get(name)
        if found is None:
            missing.setdefault(name, requirement)
            continue
        for text in found.requires:
            child = Requirement(text)
            extras = requirement.extras or {""}
            if child.marker is None or any(
                child.marker.evaluate({**environment, "extra": extra}) for extra in extras
            ):
                todo.append(child)
    return sorted(missing.values(), key=lambda r: r.name)


def pip_resolve(target: Target, python: str, requirements: list[str]) -> dict[str, Resolved]:
    with tempfile.TemporaryDirectory(prefix="matchtafel-wheels-") as folder:
        report = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed"]
        command += ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
        for platform in target.platforms:
            command += ["--platform", platform]
        command += ["--target", str(Path(folder) / "target"), "--report", str(report), *requirements]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if "is ignored" not in line]
            raise RuntimeError("\n".join(lines[-6:]) or f"pip exited with {done.returncode}")
        return read_report(json.loads(report.read_text(encoding="utf-8")))


def check(target: Target, python: str, extras: list[str]) -> tuple[bool, str]:
    project = f".[{','.join(extras)}]" if extras else "."
    environment = marker_environment(target, python)
    requirements = [project]
    try:
        resolved = pip_resolve(target, python, requirements)
        project_requires = resolved["matchtafel"].requires
        roots = [
            r
            for r in project_requires
            if Requirement(r).marker is None
            or any(Requirement(r).marker.evaluate({**environment, "extra": e}) for e in ["", *extras])  # type: ignore[union-attr]
        ]
        for _round in range(5):  # each round adds what the target's markers want beyond the host's
            missing = missing_requirements(roots, resolved, environment)
            if not missing:
                break
            requirements += [str(_without_marker(r)) for r in missing]
            resolved = pip_resolve(target, python, requirements)
        else:
            return False, "still missing after 5 rounds: " + ", ".join(r.name for r in missing)
    except RuntimeError as exc:
        return False, str(exc)
    wanted = _closure(roots, resolved, environment)
    compiled = sorted(r.filename for r in wanted if not r.filename.endswith("-none-any.whl"))
    not_wheels = [r.filename for r in wanted if not r.filename.endswith(".whl")]
    if not_wheels:
        return False, "not a wheel: " + ", ".join(not_wheels)
    return True, f"{len(wanted)} wheels ({len(compiled)} built for the platform: {', '.join(compiled)})"


def _without_marker(requirement: Requirement) -> Requirement:
    copy = Requirement(str(requirement))
    copy.marker = None
    return copy


def _closure(
    roots: Iterable[str], resolved: Mapping[str, Resolved], environment: Mapping[str, str]
) -> list[Resolved]:
    """The packages the target needs (pip may resolve a few more for the host's markers)."""
    found: dict[str, Resolved] = {}
    todo = [Requirement(root) for root in roots]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if (name, frozenset(requirement.extras)) in seen or name not in resolved:
            continue
        seen.add((name, frozenset(requirement.extras)))
        found[name] = resolved[name]
        for text in resolved[name].requires:
            child = Requirement(text)
            extras = requirement.extras or {""}
            if child.marker is None or any(
                child.marker.evaluate({**environment, "extra": extra}) for extra in extras
            ):
                todo.append(child)
    return sorted(found.values(), key=lambda r: r.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", choices=PYTHONS, help="only this version (repeatable)")
    parser.add_argument("--target", action="append", choices=[t.name for t in TARGETS], help="only this one")
    parser.add_argument("--extra", action="append", default=[], help="also the project's extra (e.g. dist)")
    args = parser.parse_args(argv)
    failed = 0
    for target in TARGETS:
        if args.target and target.name not in args.target:
            continue
        for python in args.python or PYTHONS:
            ok, detail = check(target, python, args.extra)
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {target.name:15} Python {python}: {detail}", flush=True)
    print("Every dependency has a wheel on every target." if not failed else f"{failed} target(s) failed.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
