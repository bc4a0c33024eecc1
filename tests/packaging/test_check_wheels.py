"""scripts/check_wheels.py: the target's own markers decide what it needs, not the machine running pip."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def check_wheels():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_wheels", ROOT / "scripts" / "check_wheels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_wheels"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _report(*packages: tuple[str, str, str, list[str]]) -> dict[str, object]:
    return {
        "install": [
            {
                "metadata": {"name": name, "version": version, "requires_dist": requires},
                "download_info": {"url": f"https://files.example/{filename}"},
            }
            for name, version, filename, requires in packages
        ]
    }


# What pip resolves on a Linux host for any --platform: keyring with Linux's SecretStorage.
HOST_REPORT = _report(
    (
        "keyring",
        "25.7.0",
        "keyring-25.7.0-py3-none-any.whl",
        [
            'pywin32-ctypes>=0.2.0; sys_platform == "win32"',
            'SecretStorage>=3.2; sys_platform == "linux"',
            'importlib_metadata>=4.11.4; python_version < "3.12"',
            'pytest; extra == "test"',
        ],
    ),
    ("SecretStorage", "3.5.0", "secretstorage-3.5.0-py3-none-any.whl", []),
    ("importlib_metadata", "10.2.0", "importlib_metadata-10.2.0-py3-none-any.whl", []),
    ("psycopg", "3.3.9", "psycopg-3.3.9-py3-none-any.whl", ['psycopg-binary==3.3.9; extra == "binary"']),
)


def _target(check_wheels, name):  # type: ignore[no-untyped-def]
    return next(t for t in check_wheels.TARGETS if t.name == name)


def test_a_windows_only_requirement_is_asked_for_on_windows(check_wheels) -> None:  # type: ignore[no-untyped-def]
    resolved = check_wheels.read_report(HOST_REPORT)
    windows = check_wheels.marker_environment(_target(check_wheels, "windows-x86_64"), "3.13")
    missing = check_wheels.missing_requirements(["keyring==25.7.0"], resolved, windows)
    assert [str(r) for r in missing] == ['pywin32-ctypes>=0.2.0; sys_platform == "win32"']


def test_linux_needs_nothing_more_and_the_python_version_counts(check_wheels) -> None:  # type: ignore[no-untyped-def]
    resolved = check_wheels.read_report(HOST_REPORT)
    linux = _target(check_wheels, "linux-x86_64")
    assert (
        check_wheels.missing_requirements(
            ["keyring"], resolved, check_wheels.marker_environment(linux, "3.11")
        )
        == []
    )
    on_313 = check_wheels._closure(["keyring"], resolved, check_wheels.marker_environment(linux, "3.13"))
    on_311 = check_wheels._closure(["keyring"], resolved, check_wheels.marker_environment(linux, "3.11"))
    assert "importlib-metadata" not in {r.name for r in on_313}
    assert "importlib-metadata" in {r.name for r in on_311}


def test_an_extra_of_a_requirement_is_followed(check_wheels) -> None:  # type: ignore[no-untyped-def]
    resolved = check_wheels.read_report(HOST_REPORT)
    mac = check_wheels.marker_environment(_target(check_wheels, "macos-arm64"), "3.12")
    missing = check_wheels.missing_requirements(["psycopg[binary]==3.3.9"], resolved, mac)
    assert [r.name for r in missing] == ["psycopg-binary"]
    assert check_wheels.missing_requirements(["psycopg==3.3.9"], resolved, mac) == []


def test_the_project_supports_the_checked_python_versions(check_wheels) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    from packaging.specifiers import SpecifierSet

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    supported = SpecifierSet(project["requires-python"])
    assert all(f"{v}.0" in supported for v in check_wheels.PYTHONS)
    assert "3.14.0" not in supported  # PySide6 6.11 and sqlcipher3 0.6 were checked up to 3.13
    classifiers = {c.rsplit(" :: ", 1)[-1] for c in project["classifiers"] if "Python :: 3." in c}
    assert classifiers == set(check_wheels.PYTHONS)
