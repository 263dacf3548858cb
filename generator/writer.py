"""Write the output folder atomically: build it beside the target, then swap it in.

A run that fails or is killed leaves the existing folder as it was. Files the user added to
the folder (a virtualenv, build metadata) are carried over; files whose content did not
change keep their inode and modification time (hard links).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .diagnostics import UsageError

MANIFEST = ".generator-manifest.json"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Manifest:
    inputs: str = ""
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> {raw, sha}
    findings: list[dict[str, Any]] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    # Digests of the code units black returned unchanged, and the black they hold for.
    formatter: str = ""
    stable: list[str] = field(default_factory=list)

    def dumps(self) -> str:
        data: dict[str, Any] = {"inputs": self.inputs, "files": self.files, "findings": self.findings}
        data["stats"] = self.stats
        if self.stable:
            data["formatter"], data["stable"] = self.formatter, sorted(self.stable)
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=True) + "\n"


def read_manifest(out_dir: Path) -> Manifest | None:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(
            data["inputs"],
            data["files"],
            data.get("findings", []),
            data.get("stats", {}),
            str(data.get("formatter", "")),
            [str(d) for d in data.get("stable", [])],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def safe_relative(path: str) -> PurePosixPath:
    """Refuse any output path that could leave the output folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or any(part in ("..", "") for part in pure.parts) or "\\" in path:
        raise UsageError(f"refusing to write {path!r}: it would leave the output folder")
    return pure


def check_target(out_dir: Path) -> Manifest | None:
    """The existing output's manifest; refuse folders this generator did not make."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"output {out_dir} exists and is not a folder")
    manifest = read_manifest(out_dir) if out_dir.is_dir() else None
    if out_dir.is_dir() and manifest is None and any(out_dir.iterdir()):
        raise UsageError(
            f"refusing to write into {out_dir}: it is not empty and was not made by this generator "
            f"(no {MANIFEST}); choose another --out or empty it"
        )
    return manifest


def changed_files(out_dir: Path, files: dict[str, str], old: Manifest | None) -> list[str]:
    """Paths whose content differs on disk, plus generated files that would be removed."""
    changed = []
    for path, text in files.items():
        target = out_dir / safe_relative(path)
        try:
            if target.read_bytes() != text.encode("utf-8"):
                changed.append(path)
        except OSError:
            changed.append(path)
    if old is not None:
        changed.extend(sorted(p for p in old.files if p not in files and (out_dir / p).exists()))
    return changed


def write_output(out_dir: Path, files: dict[str, str], manifest: Manifest, old: Manifest | None) -> bool:
    """Swap in the new folder if anything changed; return whether anything was written."""
    manifest_text = manifest.dumps()
    manifest_path = out_dir / MANIFEST
    same_manifest = manifest_path.is_file() and manifest_path.read_text(encoding="utf-8") == manifest_text
    if not changed_files(out_dir, files, old) and same_manifest:
        return False
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(parent, out_dir.name)
    tmp = parent / f".{out_dir.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        ours = set(files) | set(old.files if old else ()) | {MANIFEST}
        if out_dir.is_dir():
            _carry_over(out_dir, tmp, ours)
        for path, text in files.items():
            target = tmp / safe_relative(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            existing = out_dir / path
            if _same(existing, text):
                _link_or_copy(existing, target)
            else:
                target.write_text(text, encoding="utf-8", newline="\n")
        (tmp / MANIFEST).write_text(manifest_text, encoding="utf-8")
        _swap(tmp, out_dir)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return True


def _same(path: Path, text: str) -> bool:
    try:
        return path.is_file() and path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _carry_over(src: Path, dest: Path, ours: set[str]) -> None:
    """Bring along everything in the old folder that the generator does not own."""
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = Path(dirpath).relative_to(src)
        for name in filenames:
            rel = (rel_dir / name).as_posix()
            if rel in ours:
                continue
            target = dest / rel_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            source = Path(dirpath) / name
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                _link_or_copy(source, target)
        for name in list(dirnames):
            path = Path(dirpath) / name
            if path.is_symlink():  # do not walk into linked folders; keep the link itself
                dirnames.remove(name)
                target = dest / rel_dir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.symlink(os.readlink(path), target)
            else:
                (dest / rel_dir / name).mkdir(parents=True, exist_ok=True)


def _swap(tmp: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(tmp, out_dir)
        return
    if _exchange(tmp, out_dir):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old folder
        return
    backup = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    os.rename(out_dir, backup)
    os.rename(tmp, out_dir)
    shutil.rmtree(backup, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two folders (Linux renameat2); False where unsupported."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(ctypes.get_errno(), f"cannot swap {a} and {b}")


def _remove_stale_temps(parent: Path, name: str) -> None:
    for entry in parent.glob(f".{name}.tmp-*"):
        pid = entry.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
