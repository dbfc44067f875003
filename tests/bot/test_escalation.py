"""Escalation as values: the reply says "sent to X" only when a notifier delivered to X; otherwise
that the request was recorded and whom to contact (the configured contact text)."""

from bot.escalation import (
    Delivery,
    DeliveryStatus,
    Escalation,
    NoNotifier,
    confirm_button,
    confirm_text,
    handover_text,
)


def test_handover_text_follows_what_really_happened() -> None:
    sent = handover_text(Delivery.delivered("C0HR"))
    assert sent.startswith("Tak – dit spørgsmål er sendt videre til C0HR, som vender tilbage")
    assert "sendt videre til <#C0HR>" in handover_text(Delivery.delivered("C0HR"), target_label="<#C0HR>")
    assert "sendt videre til HR-teamet" in handover_text(Delivery.delivered("19:x@thread.tacv2", "HR-teamet"))
    for delivery in (Delivery.not_configured(), Delivery.failed("C0HR")):
        text = handover_text(delivery)
        assert "sendt videre til" not in text and "C0HR" not in text
        assert "noteret" in text  # the request itself is on record
        assert "Kontakt HR eller din egen chef direkte" in text and "beslutningen er fortsat din" in text
        custom = handover_text(delivery, "HR-partneren på tlf. 1234 5678")
        assert "Kontakt HR-partneren på tlf. 1234 5678 direkte" in custom and "din egen chef" not in custom


def test_confirmation_names_the_recipient_or_says_nobody_is_set_up() -> None:
    assert "HR-teamet" in confirm_text("HR-teamet") and "ikke dit spørgsmål" in confirm_text("HR-teamet")
    assert confirm_button("HR-teamet") == "Ja, send besked"
    for nobody in (None, ""):
        assert "intet bliver sendt videre" in confirm_text(nobody) and confirm_button(nobody) == "Ja, notér det"


def test_no_notifier_delivers_nothing() -> None:
    esc = Escalation(audit_id=7, question_ref=3, note="En leder har bedt om at tale med et menneske om spørgsmål #3")
    notifier = NoNotifier()
    assert notifier.target == ""
    assert notifier.notify(esc, None) == Delivery(DeliveryStatus.NOT_CONFIGURED, "")
