"""Chat channels: each translates its platform's events into `BotService` calls and renders
the results; nothing else."""
