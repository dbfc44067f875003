"""`ledelsesbot chat` in-process: a session answers, hands over honestly and ends cleanly; bad
bytes and a 40,000-character line get a message, never a crash."""

from __future__ import annotations


def test_chat_session_quits_cleanly(invoke):
    session = "hvad er skyggearbejde?\n\nhvad er opskriften på æblekage?\nmenneske\nexit\n"
    res = invoke("chat", input=session.encode())
    out = res.stdout
    assert res.exit_code == 0, res.output
    assert "s. 12" in out and out.count("\n\n") >= 2  # each question got a reply
    # 'menneske' is recorded, but nobody receives escalations from a terminal: it says so.
    assert "ikke sat nogen op til at modtage henvendelser" in out and "sendt videre til" not in out
    assert out.rstrip().endswith("Farvel.")


def test_chat_survives_bad_bytes_and_eof(invoke):
    res = invoke("chat", input=b"\xff\xfe\n" + ("x" * 40_000).encode() + b"\n")
    assert res.exit_code == 0 and "Traceback" not in res.output
    out = res.stdout
    assert "ikke gyldig UTF-8" in out and "for langt" in out and out.rstrip().endswith("Farvel.")
