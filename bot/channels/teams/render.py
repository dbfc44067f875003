"""The one Teams renderer: `Answer` → Adaptive Card (a plain dict) or plain text.

Everything the Teams bot posts is built here, so card layout, size limits and the action data
contract live in one place and can be tested without the Teams SDK:

* an answer is a card: intro, each citation as its quote followed by
  "Article — Offentlig Ledelse 01/2024, s. 7", the human-in-the-loop reminder, and the actions
  👍 (`Action.Execute`, the audit id in `data`), 👎 (an `Action.ShowCard` offering the optional
  reason choices and a short comment, sent with "Send 👎") and "Spørg et menneske" (an
  `Action.ShowCard` that asks for confirmation — naming who would be notified — before its
  `Action.Execute` hands the question over);
* corpus text (quotes, titles) goes into `RichTextBlock`/`TextRun`, never into a markdown
  `TextBlock`, so a stray `*`, `_` or `[x](y)` in the magazine is shown as written;
* a refusal is plain text — the guard's fixed wording, which never quotes the question;
* the card stays well under Teams' ~28 KB message limit (`MAX_CARD_BYTES`): long quotes and
  titles are cut, and citations are dropped from the end (with a note) if it is still too big;
* `parse_action` is the inverse of the action `data` written here, for the app's handlers.

`validate_card` checks a card against the SDK's own card models (`microsoft-teams-cards`) when
that package is installed. To add something to each citation (e.g. a link to the page), change
`_citation_block`: every citation is rendered there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from retrieval.models import Answer, Citation

from ...escalation import CONFIRM_TITLE, confirm_button, confirm_text
from ...feedback import COMMENT_HINT, COMMENT_MAX_CHARS, REASON_LABELS, REASON_PROMPT, clip_comment, parse_reason

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
# Teams renders Adaptive Cards up to 1.5; Action.Execute needs ≥ 1.4.
CARD_VERSION = "1.5"

# Teams rejects messages over ~28 KB (payload incl. the activity envelope); keep cards well below.
MAX_CARD_BYTES = 20_000
MAX_QUOTE_CHARS = 1_000
MAX_TITLE_CHARS = 200
MAX_PARAGRAPH_CHARS = 2_000
MAX_FALLBACK_CHARS = 1_000
MAX_CITATIONS = 10
MAX_TEXT_CHARS = 4_000  # plain-text messages (refusals, errors)

# `data.action` of the card buttons; the Teams app routes on these.
ACTION_FEEDBACK = "ledelsesbot.feedback"
ACTION_ESCALATE = "ledelsesbot.escalate"

LABEL_UP = "👍"
LABEL_DOWN = "👎"
LABEL_ESCALATE = "Spørg et menneske"
LABEL_SEND_DOWN = "Send 👎"
# ids of the 👎 card's inputs; Action.Execute merges their values into its `data`.
INPUT_REASON = "reason"
INPUT_COMMENT = "comment"

GENERIC_ERROR = "Noget gik galt, så jeg kunne ikke svare. Prøv igen om lidt."
FEEDBACK_UNKNOWN = (
    "Jeg kunne ikke finde det svar, knappen hører til, så intet er registreret. Stil gerne spørgsmålet igen."
)
ACTION_UNKNOWN = "Den knap kender jeg ikke. Stil gerne dit spørgsmål igen."
TRUNCATED_NOTE = "Svaret er forkortet, fordi det er for langt til Teams."

_ELLIPSIS = "…"


# -- text helpers ----------------------------------------------------------------------------
def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + _ELLIPSIS


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _split_answer_text(answer: Answer) -> tuple[list[str], list[str], list[str]]:
    """The intro paragraphs, the paragraphs between the lead quote and the supporting ones (a
    label such as "Bladet skriver også:") and the closing (reminder) paragraphs of an answered
    reply.

    The answer core writes `intro(s) \\n\\n «lead»\\n— source \\n\\n label \\n\\n «quote»\\n— source
    … \\n\\n reminder`; the quotes and sources are rendered from the structured citations instead
    of this text.
    """
    paras = _paragraphs(answer.text)
    quote_idx = [i for i, p in enumerate(paras) if p.startswith("«")]
    if quote_idx:
        middle = paras[quote_idx[0] + 1 : quote_idx[1]] if len(quote_idx) > 1 else []
        return paras[: quote_idx[0]], middle, paras[quote_idx[-1] + 1 :]
    if len(paras) >= 2:  # unknown layout: first paragraph as intro, last as reminder
        return paras[:1], [], paras[-1:]
    return paras, [], []


def source_line(c: Citation, *, english: bool = False) -> str:
    """`Article — Offentlig Ledelse 01/2024, s. 7` (plain text)."""
    page = "p." if english else "s."
    title = _truncate(_one_line(c.article), MAX_TITLE_CHARS)
    return f"{title} — Offentlig Ledelse {_one_line(str(c.issue))}, {page} {int(c.page)}"


# -- card element builders (plain dicts, Adaptive Card schema names) -------------------------
def _run(text: str, **props: Any) -> dict[str, Any]:
    return {"type": "TextRun", "text": text, **props}


def _rich(*runs: dict[str, Any], **props: Any) -> dict[str, Any]:
    return {"type": "RichTextBlock", "inlines": list(runs), **props}


def _paragraph(text: str, run: Mapping[str, Any] | None = None, **props: Any) -> dict[str, Any]:
    """One paragraph as a RichTextBlock; `run` styles the text, `props` the block. Single line
    breaks inside a paragraph become spaces; paragraphs are separate blocks."""
    return _rich(_run(_truncate(_one_line(text), MAX_PARAGRAPH_CHARS), **(run or {})), **props)


def _citation_block(c: Citation, *, english: bool) -> dict[str, Any]:
    page = "p." if english else "s."
    quote = _truncate(_one_line(c.quote), MAX_QUOTE_CHARS)
    title = _truncate(_one_line(c.article), MAX_TITLE_CHARS)
    where = f"Offentlig Ledelse {_one_line(str(c.issue))}, {page} {int(c.page)}"
    url = c.url if c.url and c.url.startswith(("https://", "http://")) else None
    # With a link, the page reference opens the page (Action.OpenUrl on its TextRun).
    source = (
        [
            _run(" — ", isSubtle=True),
            _run(where, color="Accent", underline=True, selectAction={"type": "Action.OpenUrl", "url": url}),
        ]
        if url
        else [_run(f" — {where}", isSubtle=True)]
    )
    return {
        "type": "Container",
        "style": "emphasis",
        "spacing": "Medium",
        "items": [
            _rich(_run(f"«{quote}»", italic=True)),
            _rich(_run(title, weight="Bolder"), *source, spacing="Small"),
        ],
    }


def _actions(audit_id: int | None, *, feedback: bool = True, escalate_to: str | None = None) -> list[dict[str, Any]]:
    ref = None if audit_id is None else int(audit_id)
    actions: list[dict[str, Any]] = []
    # Feedback needs an audit record to attach to; without one the buttons would do nothing.
    if feedback and ref is not None:
        actions.append(
            _execute(LABEL_UP, {"action": ACTION_FEEDBACK, "value": "up", "audit_id": ref}, "Svaret var nyttigt")
        )
        actions.append(_down_card(ref))
    actions.append(_escalate_card(ref, escalate_to))
    return actions


def _down_card(ref: int) -> dict[str, Any]:
    """👎: opens a small card with the optional reason choices and comment, sent with "Send 👎"."""
    card = {
        "type": "AdaptiveCard",
        "version": CARD_VERSION,
        "body": [
            _rich(_run(REASON_PROMPT)),
            {
                "type": "Input.ChoiceSet",
                "id": INPUT_REASON,
                "label": "Begrundelse",
                "style": "expanded",
                "isRequired": False,
                "choices": [{"title": label, "value": code} for code, label in REASON_LABELS.items()],
            },
            {
                "type": "Input.Text",
                "id": INPUT_COMMENT,
                "label": "Kort kommentar",
                "isMultiline": True,
                "isRequired": False,
                "maxLength": COMMENT_MAX_CHARS,
                "placeholder": COMMENT_HINT,
            },
        ],
        "actions": [
            _execute(
                LABEL_SEND_DOWN,
                {"action": ACTION_FEEDBACK, "value": "down", "audit_id": ref},
                "Svaret var ikke nyttigt",
            )
        ],
    }
    return {"type": "Action.ShowCard", "title": LABEL_DOWN, "tooltip": "Svaret var ikke nyttigt", "card": card}


def _escalate_card(ref: int | None, escalate_to: str | None) -> dict[str, Any]:
    """ "Spørg et menneske": opens a confirmation naming who would be notified (or saying nobody
    is set up); only its button hands the question over."""
    card = {
        "type": "AdaptiveCard",
        "version": CARD_VERSION,
        "body": [_rich(_run(confirm_text(escalate_to)))],
        "actions": [
            _execute(
                confirm_button(escalate_to),
                {"action": ACTION_ESCALATE, "audit_id": ref},
                "Send spørgsmålet videre til et menneske",
            )
        ],
    }
    return {"type": "Action.ShowCard", "title": LABEL_ESCALATE, "tooltip": CONFIRM_TITLE, "card": card}


def _execute(title: str, data: dict[str, Any], tooltip: str) -> dict[str, Any]:
    return {"type": "Action.Execute", "title": title, "verb": data["action"], "data": data, "tooltip": tooltip}


def _card(body: list[dict[str, Any]], actions: list[dict[str, Any]], fallback: str) -> dict[str, Any]:
    card: dict[str, Any] = {
        "type": "AdaptiveCard",
        "version": CARD_VERSION,
        "body": body,
        "fallbackText": _truncate(fallback.strip(), MAX_FALLBACK_CHARS) or " ",
        "msteams": {"width": "full"},
    }
    if actions:
        card["actions"] = actions
    return card


def card_bytes(card: Mapping[str, Any]) -> int:
    """The card's size as sent (compact UTF-8 JSON)."""
    return len(json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


# -- public renderers ------------------------------------------------------------------------
def to_adaptive_card(answer: Answer, *, escalate_to: str | None = None) -> dict[str, Any]:
    """Render an answer as an Adaptive Card (a plain dict, ready as attachment content).

    Answered: intro, each citation (quote, then "Article — Offentlig Ledelse 01/2024, s. 7"),
    the reminder, then 👍 / 👎 / "Spørg et menneske" with the audit id in each action's `data`;
    the escalation's confirmation names `escalate_to` (None: nobody is set up). No answer: the
    core's text with the same actions. A refusal gets its fixed text only (no citations, no
    actions) — the app sends refusals as plain text (`refusal_text`) anyway.
    """
    if answer.status == "refused":
        return _card([_paragraph(p) for p in _paragraphs(answer.text)][:6], [], answer.text)
    actions = _actions(answer.audit_id, escalate_to=escalate_to)
    if answer.status != "answered" or not answer.citations:
        body = [_paragraph(p) for p in _paragraphs(answer.text)][:10]
        return _fit(body, [], actions, answer.text)
    intro, middle, closing = _split_answer_text(answer)
    body = [_paragraph(p) for p in intro]
    cites = [_citation_block(c, english=answer.english) for c in answer.citations[:MAX_CITATIONS]]
    if middle and len(cites) > 1:  # the label before the supporting quotes
        cites.insert(1, _paragraph(" ".join(middle), spacing="Medium"))
    tail = [_paragraph(" ".join(closing), {"isSubtle": True}, separator=True, spacing="Medium")] if closing else []
    # The fallback (notifications, clients without cards) is the core's text, which already
    # carries quotes and sources.
    return _fit(body + cites, tail, actions, answer.text)


def _fit(
    body: list[dict[str, Any]], tail: list[dict[str, Any]], actions: list[dict[str, Any]], fallback: str
) -> dict[str, Any]:
    """Drop body elements from the end until the card fits MAX_CARD_BYTES; the reminder and the
    actions always stay, and a note says that something was left out."""
    card = _card(body + tail, actions, fallback)
    if card_bytes(card) <= MAX_CARD_BYTES:
        return card
    note = _rich(_run(TRUNCATED_NOTE, italic=True, isSubtle=True))
    kept = list(body)
    while kept:
        kept.pop()
        card = _card(kept + [note] + tail, actions, fallback)
        if card_bytes(card) <= MAX_CARD_BYTES:
            return card
    return _card([note] + tail, actions, fallback)


def refusal_text(answer: Answer) -> str:
    """A refusal as plain text: the guard's fixed wording only (it never quotes the question)."""
    return plain_text(answer.text)


def plain_text(text: str | None) -> str:
    """A plain message (errors, confirmations), cut to a sane length; never empty."""
    text = (text or "").strip() or GENERIC_ERROR
    return _truncate(text, MAX_TEXT_CHARS)


# -- action data contract --------------------------------------------------------------------
@dataclass(frozen=True)
class CardAction:
    """A parsed button press: `kind` "feedback" (with `value` "up"/"down", and for 👎 the
    optional `reason` code and `comment` from the card's inputs) or "escalate"."""

    kind: str
    audit_id: int | None
    value: str | None = None
    reason: str | None = None
    comment: str | None = None


def _audit_ref(raw: Any) -> int | None:
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if raw > 0 else None
    if isinstance(raw, str) and raw.strip().isdigit():
        n = int(raw.strip())
        return n if n > 0 else None
    return None


def parse_action(data: Any) -> CardAction | None:
    """The button press in an action's `data` (Action.Execute `value.action.data`, or an
    Action.Submit message's `value`), or None when it is not one of ours or is malformed."""
    if not isinstance(data, Mapping):
        return None
    action = data.get("action")
    if action == ACTION_FEEDBACK:
        value = data.get("value")
        ref = _audit_ref(data.get("audit_id"))
        if value not in ("up", "down") or ref is None:
            return None
        if value == "up":
            return CardAction("feedback", ref, "up")
        return CardAction(
            "feedback", ref, "down", parse_reason(data.get(INPUT_REASON)), clip_comment(data.get(INPUT_COMMENT))
        )
    if action == ACTION_ESCALATE:
        return CardAction("escalate", _audit_ref(data.get("audit_id")))
    return None


# -- validation against the SDK's card models ------------------------------------------------
_CHILD_KEYS = ("body", "items", "inlines", "actions", "card")


def validate_card(card: Mapping[str, Any]) -> bool:
    """Check every element of `card` against `microsoft_teams.cards` (types, enum values, no
    unknown properties). Returns False when the SDK is not installed; raises ValueError on a
    problem."""
    try:
        from microsoft_teams import cards as sdk_cards
    except ImportError:
        return False
    classes: dict[str, Any] = {
        "AdaptiveCard": sdk_cards.AdaptiveCard,
        "TextBlock": sdk_cards.TextBlock,
        "RichTextBlock": sdk_cards.RichTextBlock,
        "TextRun": sdk_cards.TextRun,
        "Container": sdk_cards.Container,
        "ActionSet": sdk_cards.ActionSet,
        "Action.Execute": sdk_cards.ExecuteAction,
        "Action.Submit": sdk_cards.SubmitAction,
        "Action.OpenUrl": sdk_cards.OpenUrlAction,
        "Action.ShowCard": sdk_cards.ShowCardAction,
        "Input.ChoiceSet": sdk_cards.ChoiceSetInput,
        "Input.Text": sdk_cards.TextInput,
    }
    if card.get("type") != "AdaptiveCard":
        raise ValueError("not an AdaptiveCard")

    def check(el: Any, path: str) -> None:
        if not isinstance(el, Mapping):
            raise ValueError(f"{path}: expected an object")
        cls = classes.get(str(el.get("type")))
        if cls is None:
            raise ValueError(f"{path}: unsupported element type {el.get('type')!r}")
        try:
            model = cls.model_validate(dict(el))
        except Exception as e:  # pydantic.ValidationError
            raise ValueError(f"{path} ({el.get('type')}): {e}") from None
        extra = set(model.model_extra or {})
        if extra:
            raise ValueError(f"{path} ({el.get('type')}): unknown properties {sorted(extra)}")
        for i, choice in enumerate(el.get("choices") or []):
            try:
                sdk_cards.Choice.model_validate(dict(choice))
            except Exception as e:
                raise ValueError(f"{path}.choices[{i}]: {e}") from None
        for key in _CHILD_KEYS:
            children = el.get(key)
            if children is None:
                continue
            if isinstance(children, Mapping):  # Action.ShowCard's card
                children = [children]
            if not isinstance(children, list):
                raise ValueError(f"{path}.{key}: expected a list")
            for i, child in enumerate(children):
                check(child, f"{path}.{key}[{i}]")

    check(card, "card")
    return True
