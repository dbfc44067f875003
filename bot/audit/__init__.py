"""The auditors' tamper-evident log (see docs/audit.md)."""
