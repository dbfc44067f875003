"""Escalation as values: the reply says "sent to X" only when a notifier delivered to X."""

from bot.escalation import Delivery, DeliveryStatus, Escalation, NoNotifier, handover_text


def test_handover_text_follows_what_really_happened() -> None:
    sent = handover_text(Delivery.delivered("C0HR"))
    assert sent.startswith("Tak – dit spørgsmål er sendt videre til C0HR, som vender tilbage")
    assert "sendt videre til <#C0HR>" in handover_text(Delivery.delivered("C0HR"), "<#C0HR>")
    for delivery in (Delivery.not_configured(), Delivery.failed("C0HR")):
        text = handover_text(delivery)
        assert "sendt videre til" not in text and "C0HR" not in text
        assert "Kontakt HR eller din egen chef direkte" in text and "beslutningen er fortsat din" in text


def test_no_notifier_delivers_nothing() -> None:
    esc = Escalation(audit_id=7, question_ref=3, note="En leder har bedt om at tale med et menneske om spørgsmål #3")
    notifier = NoNotifier()
    assert notifier.target == ""
    assert notifier.notify(esc, None) == Delivery(DeliveryStatus.NOT_CONFIGURED, "")
