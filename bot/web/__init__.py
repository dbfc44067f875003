"""The auditors' read-only web view of the audit log (`ledelsesbot audit serve`).

    app.py       the Starlette app: pages, exports, security headers (build_app)
    auth.py      sessions, HTTP Basic, CSRF, lock-out
    accounts.py  auditor accounts behind AccountStore (SQLite today), scrypt hashes
    filters.py   the list's query parameters and Danish time
    export.py    CSV for Danish Excel and JSON Lines
    gaps.py      topics of questions the magazine did not cover

It reads only through the `bot.audit.AuditStore` protocol, so it works on every backend.
"""
