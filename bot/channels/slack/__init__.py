"""The Slack channel (slack-bolt)."""
