"""The Microsoft Teams channel (Teams SDK, optional extra `[teams]`)."""
