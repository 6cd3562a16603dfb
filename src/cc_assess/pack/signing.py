"""SSH signatures of a pack's manifest, through OpenSSH's ``ssh-keygen -Y`` (as git signs commits).

The namespace is ``cc-assess``: a signature made for git or for another tool does not verify as a pack's, and
the other way round.  Keys and allowed-signers files are OpenSSH's own formats (see ``ssh-keygen(1)``,
ALLOWED SIGNERS), so a team reuses what it keeps for signed git commits.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cc_assess.errors import CannotRun
from cc_assess.i18n import t

NAMESPACE = "cc-assess"
_TIMEOUT = 120  # seconds: ssh-keygen may ask for a passphrase on the terminal


def _ssh_keygen() -> str:
    found = shutil.which("ssh-keygen")
    if found is None:
        raise CannotRun(t("pack.sign.no_ssh_keygen"))
    return found


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CannotRun(t("pack.sign.failed", detail=str(exc))) from None


def _detail(result: subprocess.CompletedProcess[bytes]) -> str:
    """ssh-keygen's own words, minus its chatter about reading standard input."""
    lines = (
        result.stderr.decode("utf-8", "replace").splitlines() + result.stdout.decode("utf-8", "replace").splitlines()
    )
    kept = [line.strip() for line in lines if line.strip() and not line.startswith("Signing data on standard input")]
    return "; ".join(kept) or f"exit status {result.returncode}"


def sign(data: bytes, key: Path) -> bytes:
    """An armored SSH signature of ``data`` with the private key ``key`` (or its public key, with the private key
    held by ssh-agent).  Raises CannotRun when ssh-keygen is missing or refuses."""
    result = _run([_ssh_keygen(), "-Y", "sign", "-n", NAMESPACE, "-f", str(key)], data)
    if result.returncode != 0 or not result.stdout.startswith(b"-----BEGIN SSH SIGNATURE-----"):
        raise CannotRun(t("pack.sign.failed", detail=_detail(result)))
    return result.stdout


@dataclass(frozen=True)
class SignatureCheck:
    good: bool
    principal: str | None
    detail: str


def verify(data: bytes, signature: bytes, allowed_signers: Path, principal: str | None = None) -> SignatureCheck:
    """Check ``signature`` over ``data`` against an allowed-signers file.

    The principal (the identity the signature must belong to) is ``principal`` when given; otherwise the
    principals that the allowed-signers file lists for the signing key (``ssh-keygen -Y find-principals``) are
    tried in the file's order, and the first that verifies is the signer.
    """
    tool = _ssh_keygen()
    if not allowed_signers.is_file():
        raise CannotRun(t("pack.verify.no_allowed_signers", path=str(allowed_signers)))
    with tempfile.TemporaryDirectory(prefix="cc-assess-sig-") as tmp:
        sig_path = Path(tmp) / "manifest.json.sig"
        sig_path.write_bytes(signature)
        if principal is None:
            found = _run([tool, "-Y", "find-principals", "-s", str(sig_path), "-f", str(allowed_signers)], b"")
            candidates = found.stdout.decode("utf-8", "replace").split() if found.returncode == 0 else []
            if not candidates:
                return SignatureCheck(False, None, t("pack.verify.unknown_signer"))
        else:
            candidates = [principal]
        detail = ""
        for name in candidates:
            result = _run(
                [tool, "-Y", "verify", "-f", str(allowed_signers), "-I", name, "-n", NAMESPACE, "-s", str(sig_path)],
                data,
            )
            if result.returncode == 0:
                return SignatureCheck(True, name, result.stdout.decode("utf-8", "replace").strip())
            detail = _detail(result)
        return SignatureCheck(False, principal, detail)
