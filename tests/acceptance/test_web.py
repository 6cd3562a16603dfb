"""The web editor's JSON API (SPEC "Local web editor"), through Starlette's TestClient on a real folder."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cc_assess.shown import Shown
from cc_assess.web.app import CSP, create_app, host_allowed
from cc_assess.web.editor import Editor, etag_of
from cc_assess.web.uploads import safe_name
from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

with warnings.catch_warnings():
    # Starlette 1.x would rather have its fork 'httpx2' under TestClient; httpx works the same for these tests.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

TOKEN = "test-token-0123456789"
AUTH = {"X-CC-Assess-Token": TOKEN}

RICH = (
    "\ufeff# AA-01 header written by init\r\n"
    "item: AA-01\r\n"
    "status: 部分符合   # as the assessor wrote it\r\n"
    "\r\n"
    "# findings below\r\n"
    "findings: |\r\n"
    "  培训计划已制定。\r\n"
    "  但未覆盖外包坐席。\r\n"
    "evidence:\r\n"
    "  - {ref: 'https://intranet.example/kpi', note: 年度培训计划}\r\n"
    "actions:\r\n"
    "  - {id: A1, description: 补充外包坐席培训, owner: 陈刚, due: 2026-03-31, status: open}\r\n"
    "assessor: 王丽   # lead\r\n"
)


@pytest.fixture
def site(make_assessment: MakeAssessment) -> Path:
    statuses = dict(ALL_CONFORMANT)
    del statuses["BB-02"]  # no response file: not assessed
    return make_assessment(statuses, files={"responses/AA/AA-01.yaml": RICH.encode()})


def client_for(folder: Path, display: str = "site", host: str = "127.0.0.1") -> TestClient:
    return TestClient(create_app(Editor(Shown(folder, display)), TOKEN), base_url=f"http://{host}:8765")


@pytest.fixture
def client(site: Path) -> TestClient:
    return client_for(site)


def test_every_request_needs_the_token(client: TestClient) -> None:
    for path in ("/", "/api/items", "/api/score", "/api/responses/AA-01", "/static/editor.js", "/nope"):
        refused = client.get(path)
        assert refused.status_code == 403, path
        assert refused.json() == {
            "error": "forbidden",
            "message": "missing or wrong token; use the whole address that cc-assess serve printed",
        }
        assert client.get(path, params={"token": TOKEN + "x"}).status_code == 403
        assert client.get(path, headers={"X-CC-Assess-Token": TOKEN[:-1]}).status_code == 403
    assert client.put("/api/responses/AA-02", json={"status": "partial"}, headers={"If-Match": "*"}).status_code == 403
    assert client.get("/api/items", params={"token": TOKEN}).status_code == 200
    assert client.get("/api/items", headers=AUTH).status_code == 200
    assert client.get("/nope", headers=AUTH).status_code == 404


def test_security_headers_on_every_answer(client: TestClient) -> None:
    for answer in (client.get("/api/items"), client.get("/", params={"token": TOKEN})):
        assert answer.headers["content-security-policy"] == CSP
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["cache-control"] == "no-store"
        assert "set-cookie" not in answer.headers
    assert "script-src 'self';" in CSP
    assert "default-src 'none'" in CSP


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8765", True),
        ("localhost:8765", True),
        ("[::1]:8765", True),
        ("10.1.2.3", True),
        ("evil.example:8765", False),
        ("127.0.0.1.nip.io:8765", False),
        ("localhost.evil.example", False),
        ("", False),
    ],
)
def test_host_header_is_checked_against_dns_rebinding(client: TestClient, host: str, allowed: bool) -> None:
    answer = client.get("/api/items", headers={**AUTH, "Host": host})
    assert answer.status_code == (200 if allowed else 403)
    if not allowed:
        assert answer.json()["message"] == (
            f"host '{host}' is refused (only an IP address, localhost or the address listened on)"
        )


def test_bound_name_and_foreign_origin(client: TestClient) -> None:
    assert host_allowed("editor.lan:8765", "editor.lan")
    assert not host_allowed("editor.lan:8765", "127.0.0.1")
    foreign = client.put(
        "/api/responses/AA-02", json={}, headers={**AUTH, "If-Match": "*", "Origin": "https://evil.example"}
    )
    assert foreign.status_code == 403
    assert foreign.json()["message"] == "requests from 'https://evil.example' are refused"


def test_items_list(client: TestClient, site: Path) -> None:
    items = client.get("/api/items", headers=AUTH).json()
    assert [row["item"] for row in items] == ["AA-01", "AA-02", "AA-03", "BB-01", "BB-02"]
    assert items[0] == {
        "item": "AA-01",
        "domain": "AA",
        "title": "A one",
        "status": "partial",
        "etag": "sha256:" + hashlib.sha256(RICH.encode()).hexdigest(),
    }
    assert items[3] == {
        "item": "BB-01",
        "domain": "BB",
        "title": "B one",
        "status": "conformant",
        "etag": etag_of((site / "responses/BB/BB-01.yaml").read_bytes()),
    }
    assert items[4] == {"item": "BB-02", "domain": "BB", "title": "B two", "status": None, "etag": "absent"}


def test_get_response(client: TestClient) -> None:
    answer = client.get("/api/responses/AA-01", headers=AUTH)
    assert answer.status_code == 200
    etag = "sha256:" + hashlib.sha256(RICH.encode()).hexdigest()
    assert answer.headers["etag"] == f'"{etag}"'
    assert answer.json() == {
        "item": "AA-01",
        "status": "部分符合",
        "na_reason": None,
        "findings": "培训计划已制定。\n但未覆盖外包坐席。\n",
        "evidence": [{"ref": "https://intranet.example/kpi", "note": "年度培训计划"}],
        "actions": [
            {"id": "A1", "description": "补充外包坐席培训", "owner": "陈刚", "due": "2026-03-31", "status": "open"}
        ],
        "assessor": "王丽",
        "assessed_on": None,
        "previous": None,
        "etag": etag,
    }
    missing = client.get("/api/responses/BB-02", headers=AUTH).json()
    assert missing == {
        "item": "BB-02",
        "status": None,
        "na_reason": None,
        "findings": None,
        "evidence": [],
        "actions": [],
        "assessor": None,
        "assessed_on": None,
        "previous": None,
        "etag": "absent",
    }


def put(client: TestClient, item: str, body: object, etag: str) -> tuple[int, Any]:
    answer = client.put(f"/api/responses/{item}", json=body, headers={**AUTH, "If-Match": etag})
    return answer.status_code, answer.json()


def test_put_changes_only_that_answer_byte_for_byte(client: TestClient, site: Path) -> None:
    path = site / "responses/AA/AA-01.yaml"
    got = client.get("/api/responses/AA-01", headers=AUTH).json()
    # The page sends back every field; only the status differs (its label and its id are the same answer).
    body = {**got, "status": "conformant", "assessed_on": "2026-01-12"}
    code, saved = put(client, "AA-01", body, got["etag"])
    expected = RICH.replace(
        "status: 部分符合   # as the assessor wrote it", "status: conformant   # as the assessor wrote it"
    ) + ("assessed_on: 2026-01-12\r\n")
    assert code == 200
    assert path.read_bytes() == expected.encode()
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert saved == {"item": "AA-01", "etag": etag_of(expected.encode()), "written": True, "diagnostics": []}
    # The same answer again changes nothing, not even the bytes.
    code, again = put(client, "AA-01", {**body, "etag": "ignored"}, str(saved["etag"]))
    assert (code, again) == (200, {**saved, "written": False})
    assert path.read_bytes() == expected.encode()


def test_put_findings_and_a_label_status_unchanged(client: TestClient, site: Path) -> None:
    path = site / "responses/AA/AA-01.yaml"
    got = client.get("/api/responses/AA-01", headers=AUTH).json()
    code, _ = put(client, "AA-01", {**got, "status": "partial", "findings": "一行\r\n两行\r\n"}, got["etag"])
    assert code == 200
    assert path.read_bytes().decode("utf-8-sig") == RICH[1:].replace(
        "findings: |\r\n  培训计划已制定。\r\n  但未覆盖外包坐席。\r\n", "findings: |\r\n  一行\r\n  两行\r\n"
    )


def test_put_creates_a_missing_file_like_init(client: TestClient, site: Path) -> None:
    code, saved = put(client, "BB-02", {"status": "na", "na_reason": "本中心无外呼业务"}, "absent")
    assert code == 200
    text = (site / "responses/BB/BB-02.yaml").read_text(encoding="utf-8")
    assert text == (
        "# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n"
        "# BB-02  乙二 / B two\n"
        "# weight 1\n"
        "#\n"
        "# 要求 / Requirement:\n"
        "#   要求乙二\n"
        "#   Requirement B2\n"
        "#\n"
        "# status: conformant (符合/Conformant) | partial (部分符合/Partially conformant) | "
        "nonconformant (不符合/Nonconformant) | na (不适用/Not applicable); empty = not assessed\n"
        "item: BB-02\n"
        "status: na\n"
        "na_reason: 本中心无外呼业务\n"
        "findings: |\n"
        "evidence: []\n"
        "actions: []\n"
        "assessor:\n"
        "assessed_on:\n"
    )
    assert saved["etag"] == etag_of(text.encode())
    code, _ = put(client, "BB-02", {"status": "partial"}, "absent")
    assert code == 409


def test_conflict_when_the_file_changed_on_disk(client: TestClient, site: Path) -> None:
    path = site / "responses/AA/AA-02.yaml"
    etag = client.get("/api/responses/AA-02", headers=AUTH).json()["etag"]
    path.write_text("item: AA-02\nstatus: nonconformant  # edited by hand meanwhile\n", encoding="utf-8")
    edited = path.read_bytes()
    code, body = put(client, "AA-02", {"status": "partial"}, etag)
    assert code == 409
    assert body == {
        "error": "conflict",
        "message": "site/responses/AA/AA-02.yaml changed on disk since you read it; nothing was written. "
        "Reload it, then save again",
        "etag": etag_of(edited),
    }
    assert path.read_bytes() == edited
    assert put(client, "AA-02", {"status": "partial"}, f'"{etag_of(edited)}"')[0] == 200


def test_if_match_is_required(client: TestClient) -> None:
    answer = client.put("/api/responses/AA-02", json={"status": "partial"}, headers=AUTH)
    assert answer.status_code == 428
    assert answer.json()["message"] == "send an If-Match header: the etag you got when you read this response"


def test_invalid_answers_are_422_with_located_diagnostics(client: TestClient, site: Path) -> None:
    path = site / "responses/AA/AA-01.yaml"
    etag = etag_of(path.read_bytes())
    code, body = put(client, "AA-01", {"status": "maybe", "assessed_on": "2026-13-45", "colour": "red"}, etag)
    assert code == 422
    assert body == [
        {
            "path": "site/responses/AA/AA-01.yaml",
            "line": 3,
            "column": 9,
            "item": "AA-01",
            "code": "unknown-status",
            "severity": "error",
            "message": "'maybe' is not a status of this catalogue (use one of: conformant, partial, nonconformant, "
            "na, or their zh/en labels)",
        },
        {
            "path": "site/responses/AA/AA-01.yaml",
            "line": 14,
            "column": 14,
            "item": "AA-01",
            "code": "invalid-date",
            "severity": "error",
            "message": "'2026-13-45' is not a date (YYYY-MM-DD)",
        },
        {
            "path": "site/responses/AA/AA-01.yaml",
            "line": 15,
            "column": 1,
            "item": "AA-01",
            "code": "unknown-key",
            "severity": "error",
            "message": "unknown key 'colour'",
        },
    ]
    assert path.read_bytes() == RICH.encode()
    code, body = put(client, "AA-01", {"status": "na"}, etag)
    assert code == 422
    assert [(d["line"], d["code"]) for d in body] == [(3, "na-without-reason")]
    code, body = put(client, "AA-01", {"item": "AA-02"}, etag)
    assert [(d["line"], d["code"]) for d in body] == [(2, "item-mismatch")]
    code, body = put(client, "AA-01", ["status"], etag)
    assert (code, body) == (
        400,
        {"error": "bad-request", "message": "the request body must be a JSON object of response fields"},
    )
    assert path.read_bytes() == RICH.encode()


def test_evidence_leaving_the_folder_is_refused(client: TestClient, site: Path) -> None:
    etag = etag_of((site / "responses/AA/AA-02.yaml").read_bytes())
    code, body = put(client, "AA-02", {"evidence": [{"ref": "../../etc/passwd"}]}, etag)
    assert code == 422
    assert body[0]["code"] == "evidence-path"


@pytest.mark.parametrize(
    "path",
    [
        "/api/responses/..%2F..%2Fassessment.yaml",
        "/api/responses/..%2fassessment",
        "/api/responses/AA-01.yaml",
        "/api/responses/%2E%2E",
        "/api/responses/ZZ-01",
        "/api/responses/aa-01",
    ],
)
def test_path_traversal_in_item_is_404(client: TestClient, site: Path, path: str) -> None:
    before = (site / "assessment.yaml").read_bytes()
    assert client.get(path, headers=AUTH).status_code == 404
    assert client.put(path, json={"status": "x"}, headers={**AUTH, "If-Match": "*"}).status_code == 404
    assert (site / "assessment.yaml").read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_response_link_leaving_the_folder_is_neither_read_nor_written(
    client: TestClient, site: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("item: AA-02\nstatus: partial\n", encoding="utf-8")
    link = site / "responses/AA/AA-02.yaml"
    link.unlink()
    link.symlink_to(outside)
    answer = client.get("/api/responses/AA-02", headers=AUTH)
    assert answer.status_code == 403
    assert answer.json()["message"] == (
        "site/responses/AA/AA-02.yaml is a link that leaves the assessment folder; it is neither read nor written"
    )
    assert put(client, "AA-02", {"status": "conformant"}, "*")[0] == 403
    assert outside.read_text(encoding="utf-8") == "item: AA-02\nstatus: partial\n"


def test_score_is_the_score_json_object(client: TestClient, site: Path, runner: object) -> None:
    from typer.testing import CliRunner

    code, stdout, _ = run(CliRunner(), "score", str(site), "--format", "json")
    assert code == 0
    assert client.get("/api/score", headers=AUTH).json() == json.loads(stdout)
    (site / "responses/AA/AA-02.yaml").write_text("item: AA-02\nstatus: maybe\n", encoding="utf-8")
    answer = client.get("/api/score", headers=AUTH)
    assert answer.status_code == 422
    assert [(d["path"], d["code"]) for d in answer.json() if d["severity"] == "error"] == [
        ("site/responses/AA/AA-02.yaml", "unknown-status")
    ]
    diagnostics = client.get("/api/diagnostics", headers=AUTH).json()
    assert [d["code"] for d in diagnostics] == ["unknown-status", "missing-response"]


def upload(client: TestClient, item: str, name: str, data: bytes, etag: str) -> tuple[int, dict[str, object]]:
    answer = client.post(
        f"/api/responses/{item}/evidence", params={"name": name}, content=data, headers={**AUTH, "If-Match": etag}
    )
    return answer.status_code, answer.json()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../.bashrc", "bashrc"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/etc/passwd", "passwd"),
        ("...", "file"),
        ("", "file"),
        ('a<b>:c"d|e?f*g\x00h\x1b.pdf', "a_b__c_d_e_f_g_h_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("培训计划 2026.pdf", "培训计划 2026.pdf"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
    ],
)
def test_safe_names(name: str, safe: str) -> None:
    assert safe_name(name) == safe


def test_upload_with_a_hostile_name(client: TestClient, site: Path) -> None:
    etag = etag_of((site / "responses/AA/AA-02.yaml").read_bytes())
    data = b"%PDF-1.4 plan"
    code, body = upload(client, "AA-02", "../../.bashrc", data, etag)
    digest = hashlib.sha256(data).hexdigest()
    assert code == 201
    text = (site / "responses/AA/AA-02.yaml").read_text(encoding="utf-8")
    assert text == f"item: AA-02\nstatus: conformant\nevidence:\n- ref: evidence/bashrc\n  sha256: {digest}\n"
    assert body == {
        "ref": "evidence/bashrc",
        "size": len(data),
        "sha256": digest,
        "item": "AA-02",
        "etag": etag_of(text.encode()),
        "written": True,
        "diagnostics": [],
    }
    assert (site / "evidence/bashrc").read_bytes() == data
    assert not (site.parent / ".bashrc").exists()
    # The same name again gets a suffix; the first file is kept.
    code, second = upload(client, "AA-02", "bashrc", b"other", str(body["etag"]))
    assert (code, second["ref"]) == (201, "evidence/bashrc-1")
    assert (site / "evidence/bashrc").read_bytes() == data
    listed = client.get("/api/evidence", headers=AUTH).json()
    assert listed == [
        {"ref": "evidence/bashrc", "size": len(data), "sha256": digest},
        {"ref": "evidence/bashrc-1", "size": 5, "sha256": hashlib.sha256(b"other").hexdigest()},
    ]
    assert sorted(os.listdir(site / "evidence")) == ["bashrc", "bashrc-1"]  # no temporary file left


def test_upload_conflict_and_size_limit_store_nothing(
    client: TestClient, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, body = upload(client, "AA-02", "plan.pdf", b"data", "sha256:" + "0" * 64)
    assert code == 409
    monkeypatch.setattr("cc_assess.web.uploads.MAX_UPLOAD_BYTES", 10)
    etag = etag_of((site / "responses/AA/AA-02.yaml").read_bytes())
    code, body = upload(client, "AA-02", "big.pdf", b"x" * 11, etag)
    assert (code, body) == (413, {"error": "too-large", "message": "the uploaded file is larger than 0 MiB"})
    assert not (site / "evidence").exists()  # refused by its Content-Length, before a byte was read
    # Without Content-Length (streamed in chunks) the limit holds too, and no temporary file stays behind.
    answer = client.post(
        "/api/responses/AA-02/evidence",
        params={"name": "big.pdf"},
        content=iter([b"x" * 6, b"y" * 6]),
        headers={**AUTH, "If-Match": etag},
    )
    assert answer.status_code == 413
    assert os.listdir(site / "evidence") == []
    assert etag_of((site / "responses/AA/AA-02.yaml").read_bytes()) == etag


def test_preview_is_the_safe_markdown_as_nodes(client: TestClient) -> None:
    text = "# 标题\n\n**粗体** <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://a.example/)"
    answer = client.post("/api/preview", json={"text": text}, headers=AUTH)
    assert answer.json() == {
        "nodes": [
            {"tag": "h1", "attrs": {}, "children": ["标题"]},
            "\n",
            {
                "tag": "p",
                "attrs": {},
                "children": [
                    {"tag": "strong", "attrs": {}, "children": ["粗体"]},
                    " <script>alert(1)</script> [x](javascript:alert(1)) ",
                    {"tag": "a", "attrs": {"href": "https://a.example/"}, "children": ["ok"]},
                ],
            },
            "\n",
        ]
    }


def test_page_shell_escapes_and_loads_nothing_from_outside(client: TestClient) -> None:
    page = client.get("/", params={"token": TOKEN})
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert f'<meta name="cc-assess-token" content="{TOKEN}">' in page.text.splitlines()  # the page shell: a whole line
    assert "http" not in page.text.replace("http-equiv", "")
    js = client.get("/static/editor.js", headers=AUTH)
    assert js.headers["content-type"] == "text/javascript; charset=utf-8"
    assert "innerHTML" not in js.text
    assert client.get("/static/../editor.py", headers=AUTH).status_code == 404


def test_meta_words_follow_the_tool_language(site: Path, tool_lang: Callable[[str], None]) -> None:
    tool_lang("zh")
    meta = client_for(site).get("/api/meta", headers=AUTH).json()
    assert meta["lang"] == "zh"
    assert meta["scale"][1] == {"id": "partial", "label": "部分符合", "points": 0.5}
    assert meta["domains"][0]["items"][0]["requirement"] == "要求甲一"
    assert meta["words"]["save"] == "保存"


# ------------------------------------------------------------------------------------------- the command


def test_serve_without_the_extra_says_what_to_install(
    site: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    code, stdout, stderr = run(runner, "serve", str(site))
    assert (code, stdout) == (2, "")
    assert stderr == (
        "cc-assess: the web editor needs the optional extra cc-assess[web] (uvicorn is missing); "
        "install it with: pip install 'cc-assess[web]'\n"
    )


def test_serve_a_folder_that_is_not_an_assessment(tmp_path: Path, runner: CliRunner) -> None:
    code, _, stderr = run(runner, "serve", str(tmp_path / "nope"))
    assert code == 2
    assert stderr == f"{tmp_path / 'nope'}:1:1: error: assessment folder: no such folder [missing-folder]\n"


def test_serve_on_a_port_in_use(site: Path, runner: CliRunner) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, _, stderr = run(runner, "serve", str(site), "--port", str(port))
    assert code == 2
    assert stderr == f"cc-assess: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_cli_start_up_imports_nothing_of_the_web() -> None:
    from tests.acceptance.test_perf import modules_after

    modules = modules_after("--help")
    assert sorted(m for m in modules if m.startswith(("starlette", "uvicorn", "cc_assess.web", "anyio"))) == []


def test_serve_prints_a_token_url_and_serves_on_127_0_0_1(site: Path) -> None:
    """The real command in its own process: the URL it prints works, the same URL without the token is 403."""
    import subprocess
    import urllib.error
    import urllib.request

    env = {**os.environ, "CC_ASSESS_LANG": "en", "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cc_assess", "serve", str(site), "--port", "0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()  # blocks until the server announces itself (or dies: then "")
        assert line.startswith(f"the web editor is serving {site}: open http://127.0.0.1:"), line
        url = line.split(" open ", 1)[1].split(" in a browser")[0]
        token = url.split("?token=", 1)[1]
        assert len(token) >= 40
        with urllib.request.urlopen(url.replace("/?", "/api/items?"), timeout=30) as answer:
            assert [row["item"] for row in json.load(answer)][:2] == ["AA-01", "AA-02"]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url.split("?")[0] + "api/items", timeout=30)
        assert refused.value.code == 403
        refused.value.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            assert proc.stdout.read() == ""
            proc.stdout.close()
        if proc.stderr is not None:
            proc.stderr.close()


def test_check_reports_without_writing(client: TestClient, site: Path) -> None:
    path = site / "responses/AA/AA-02.yaml"
    before = path.read_bytes()
    answer = client.post("/api/responses/AA-02/check", json={"status": "partial", "colour": 1}, headers=AUTH)
    assert answer.status_code == 200
    assert answer.json() == {
        "item": "AA-02",
        "etag": etag_of(before),
        "written": False,
        "diagnostics": [
            {
                "path": "site/responses/AA/AA-02.yaml",
                "line": 3,
                "column": 1,
                "item": "AA-02",
                "code": "unknown-key",
                "severity": "error",
                "message": "unknown key 'colour'",
            },
        ],
    }
    answer = client.post("/api/responses/AA-02/check", json={"status": "partial"}, headers=AUTH)
    assert [d["code"] for d in answer.json()["diagnostics"]] == ["no-corrective-action"]
    assert path.read_bytes() == before


def test_meta_names_the_items_an_exclude_rule_covers(
    make_assessment: MakeAssessment, tmp_path: Path, tool_lang: Callable[[str], None]
) -> None:
    from tests.acceptance.test_applicability import REASON, TAGGED

    catalogue = tmp_path / "tagged.yaml"
    catalogue.write_text(TAGGED, encoding="utf-8")
    # AA-02 has a status of its own: the list shows it, but the rule is still named (the page decides per status)
    site = make_assessment({"AA-02": "conformant"}, catalogue=catalogue, meta=REASON)
    outbound = {"tag": "outbound", "reason": "The centre makes no outbound calls"}
    assert client_for(site).get("/api/meta", headers=AUTH).json()["excluded"] == {"AA-01": outbound, "AA-02": outbound}
    tool_lang("zh")
    meta = client_for(site).get("/api/meta", headers=AUTH).json()
    assert meta["excluded"]["AA-01"] == {"tag": "outbound", "reason": "本中心无外呼业务"}
    assert (meta["words"]["excluded"], meta["words"]["excluded-short"]) == ("按适用范围排除，理由：", "已排除")
