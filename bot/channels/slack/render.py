"""The one Slack renderer: `Answer` → (fallback text, Block Kit blocks).

Everything the bot posts to Slack is built here, so escaping and Block Kit limits are enforced
in one place:

* every echoed string (answer text, quotes, article titles, error texts) is escaped (`&`, `<`,
  `>`) and broadcast words (`@channel`, `@here`, `@everyone`) are broken with a zero-width
  space, so no text can ping anyone (`<!channel>`, `<@U…>`, `<!subteam^…>` all become inert);
* mrkdwn text objects carry `verbatim: true` (no auto-linking of names or channels);
* ≤ 50 blocks, ≤ 3,000 characters per section and ≤ ~10,000 characters in all, and the
  top-level `text` fallback is always set (notifications, screen readers);
* blocks are built with `slack_sdk.models`, whose `to_dict()` validates the limits;
* "Spørg et menneske" carries a confirmation dialog that says who would be notified (or that
  nobody is set up), so a click notifies nobody until the leader confirms;
* a 👎 opens `feedback_reason_view`: optional reason choices and a short comment.

To add something to each citation (e.g. a link to the page), change `source_line`/`_quote_block`:
every citation of every answer is rendered there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    DividerBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    RadioButtonsElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from retrieval.index import IndexSnapshot
from retrieval.models import Answer, Citation

from ...config import DEFAULT_HUMAN_CONTACT
from ...escalation import (
    CONFIRM_NO,
    CONFIRM_TITLE,
    Delivery,
    DeliveryStatus,
    confirm_button,
    confirm_text,
    handover_text,
)
from ...feedback import COMMENT_HINT, COMMENT_MAX_CHARS, REASON_LABELS, REASON_PROMPT

# Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_CONTEXT_CHARS = 2000
# Slack rejects messages whose blocks are too long in total (`msg_blocks_too_long`, ~12k,
# undocumented); stay well below.
MAX_TOTAL_CHARS = 10_000
MAX_FALLBACK_CHARS = 2000
MAX_QUOTE_CHARS = 2500
MAX_TITLE_CHARS = 300
MAX_QUESTION_CHARS = 700

# action_ids of the buttons; the Slack app registers its listeners on these.
ACTION_FEEDBACK_UP = "ledelsesbot_feedback_up"
ACTION_FEEDBACK_DOWN = "ledelsesbot_feedback_down"
ACTION_ESCALATE = "ledelsesbot_escalate"
ACTION_SHARE = "ledelsesbot_share"
# The 👎 reason dialog (a modal): its callback_id and the ids of its two optional inputs.
VIEW_FEEDBACK_REASON = "ledelsesbot_feedback_reason"
BLOCK_REASON = "reason"
BLOCK_COMMENT = "comment"

LABEL_UP = "👍"
LABEL_DOWN = "👎"
LABEL_ESCALATE = "Spørg et menneske"
LABEL_SHARE = "Del i kanalen"

GENERIC_ERROR = "Noget gik galt, så jeg kunne ikke svare. Prøv igen om lidt."

# "@here" as a word (not inside an address like mail@here.dk).
_BROADCAST = re.compile(r"(?<!\w)@(channel|here|everyone)(?!\w|\.\w)", re.IGNORECASE)
_ZWSP = "\u200b"
_ELLIPSIS = "…"


# -- escaping ------------------------------------------------------------------------------
def escape(text: str) -> str:
    """Make echoed text safe for Slack mrkdwn: escape `&<>` and neutralise mentions.

    After escaping, `<!channel>`, `<!here>`, `<@U…>` and `<!subteam^…>` are shown as text and
    never notify anyone; plain `@channel`/`@here`/`@everyone` get a zero-width space after the
    `@` so they cannot be linkified either.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: "@" + _ZWSP + m.group(1), text)


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Do not cut an escape entity in half (`&am…`).
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:] and len(cut) - amp <= 5:
        cut = cut[:amp]
    return cut.rstrip() + _ELLIPSIS


def _chunks(escaped: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Split escaped mrkdwn into pieces ≤ limit, preferring paragraph, line and word breaks."""
    out: list[str] = []
    rest = escaped.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit
            amp = window.rfind("&")
            if amp != -1 and ";" not in window[amp:]:
                cut = amp
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(rest)
    return out


# -- small block builders --------------------------------------------------------------------
def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text, verbatim=True)


def _section(escaped: str) -> SectionBlock:
    return SectionBlock(text=_mrkdwn(_truncate(escaped, MAX_SECTION_CHARS)))


def _context(escaped: str) -> ContextBlock:
    return ContextBlock(elements=[_mrkdwn(_truncate(escaped, MAX_CONTEXT_CHARS))])


def _button(
    label: str,
    action_id: str,
    value: str,
    accessibility_label: str | None = None,
    confirm: ConfirmObject | None = None,
) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=label, emoji=True),
        action_id=action_id,
        value=value,
        accessibility_label=accessibility_label,
        confirm=confirm,
    )


def escalation_confirm(escalation_target: str) -> ConfirmObject:
    """The dialog Slack shows before an escalation click is sent: whom the bot would notify
    (the configured target as a Slack reference), or that nobody is set up to receive it."""
    label = slack_reference(escalation_target, quiet=True) or None
    return ConfirmObject(
        title=CONFIRM_TITLE,
        text=MarkdownTextObject(text=confirm_text(label), verbatim=True),
        confirm=confirm_button(label),
        deny=CONFIRM_NO,
    )


def _block_chars(block: Mapping[str, Any]) -> int:
    """Characters of text in a block dict (what counts towards Slack's total)."""
    n = 0
    text = block.get("text")
    if isinstance(text, Mapping):
        n += len(str(text.get("text", "")))
    for el in block.get("elements", []) or []:
        if isinstance(el, Mapping):
            if "text" in el and isinstance(el["text"], str):
                n += len(el["text"])
            elif isinstance(el.get("text"), Mapping):
                n += len(str(el["text"].get("text", "")))
            n += len(str(el.get("value", "")))
    return n


def total_chars(blocks: Iterable[Mapping[str, Any]]) -> int:
    """Characters of text in all blocks (for the ~12k total limit)."""
    return sum(_block_chars(b) for b in blocks)


def _fallback(text: str) -> str:
    return _truncate(escape(text.strip()), MAX_FALLBACK_CHARS) or " "


def _finish(text: str, blocks: list[Block]) -> tuple[str, list[dict[str, Any]]]:
    # to_dict() runs slack_sdk's validators (lengths, counts) and raises on a violation.
    dicts = [b.to_dict() for b in blocks]
    assert len(dicts) <= MAX_BLOCKS
    return _fallback(text), dicts


# -- answer parts --------------------------------------------------------------------------
def _split_answer_text(answer: Answer) -> tuple[list[str], list[str], list[str]]:
    """The intro paragraphs, the paragraphs between the lead quote and the supporting ones (a
    label such as "Bladet skriver også:") and the closing (reminder) paragraphs of an answered
    reply.

    The answer core writes `intro(s) \\n\\n «lead»\\n— source \\n\\n label \\n\\n «quote»\\n— source
    … \\n\\n reminder`; the quotes and sources are rendered from the structured citations instead.
    """
    paras = [p.strip() for p in answer.text.split("\n\n") if p.strip()]
    quote_idx = [i for i, p in enumerate(paras) if p.startswith("«")]
    if quote_idx:
        middle = paras[quote_idx[0] + 1 : quote_idx[1]] if len(quote_idx) > 1 else []
        return paras[: quote_idx[0]], middle, paras[quote_idx[-1] + 1 :]
    # Unknown layout: first paragraph as intro, last as reminder (never the quotes twice).
    if len(paras) >= 2:
        return paras[:1], [], paras[-1:]
    return paras, [], []


def source_line(c: Citation, *, english: bool = False) -> str:
    """`*Title* — Offentlig Ledelse 01/2024, s. 7` (escaped mrkdwn); with a link to the page
    (`<url|Offentlig Ledelse 01/2024, s. 7>`) when the citation has a URL."""
    title = _truncate(escape(" ".join(c.article.split())), MAX_TITLE_CHARS).replace("*", "∗")
    page = "p." if english else "s."
    where = f"Offentlig Ledelse {escape(c.issue)}, {page} {int(c.page)}"
    url = link_url(c.url)
    return f"*{title}* — <{url}|{where.replace('|', '∣')}>" if url else f"*{title}* — {where}"


def link_url(url: str | None) -> str | None:
    """`url` as the target of a mrkdwn link: http(s) only, `&<>` escaped and `|` encoded (it
    would end the target); None for anything else."""
    if not url or not url.startswith(("https://", "http://")) or any(ch.isspace() for ch in url):
        return None
    return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")


def _quote_block(c: Citation) -> SectionBlock:
    quote = _truncate(escape(" ".join(c.quote.split())), MAX_QUOTE_CHARS)
    return _section(f"> «{quote}»")


def _action_buttons(
    audit_id: int | None,
    *,
    ref: str | None = None,
    feedback: bool = True,
    escalate: bool = True,
    share_button: bool = False,
    share_value: str | None = None,
    escalation_target: str = "",
) -> ActionsBlock | None:
    if audit_id is None:
        ref = ""
    elif not ref:
        ref = str(int(audit_id))
    elements: list[ButtonElement] = []
    # Feedback needs an audit record to attach to; without one the buttons would do nothing.
    if feedback and audit_id is not None:
        elements.append(_button(LABEL_UP, ACTION_FEEDBACK_UP, ref, "Svaret var nyttigt"))
        elements.append(_button(LABEL_DOWN, ACTION_FEEDBACK_DOWN, ref, "Svaret var ikke nyttigt"))
    if escalate:
        elements.append(
            _button(
                LABEL_ESCALATE,
                ACTION_ESCALATE,
                ref or "-",
                "Send spørgsmålet videre til et menneske",
                confirm=escalation_confirm(escalation_target),
            )
        )
    if share_button:
        elements.append(_button(LABEL_SHARE, ACTION_SHARE, share_value or ref or "-"))
    if not elements:
        return None
    return ActionsBlock(block_id="ledelsesbot_actions", elements=elements)


# -- public renderers ------------------------------------------------------------------------
def to_blocks(
    answer: Answer,
    *,
    share_button: bool = False,
    share_value: str | None = None,
    question: str | None = None,
    ref: str | None = None,
    escalation_target: str = "",
) -> tuple[str, list[dict[str, Any]]]:
    """Render an answer as (fallback text, blocks).

    Layout: the question when given (a shared `/spørg` answer shows what it answers), intro,
    each citation as its quote plus "*Title* — Offentlig Ledelse 01/2024, s. 7", the
    human-in-the-loop reminder, then buttons 👍, 👎, "Spørg et menneske" (with a confirmation
    naming `escalation_target`) and "Del i kanalen" when `share_button` (its value is
    `share_value`). The buttons carry `ref` (default: the audit id). Refusals are rendered by
    `refusal_message`.
    """
    if answer.status == "refused":
        return refusal_message(answer, escalation_target=escalation_target)
    actions = _action_buttons(
        answer.audit_id,
        ref=ref,
        share_button=share_button,
        share_value=share_value,
        escalation_target=escalation_target,
    )
    tail: list[Block] = []
    if answer.status != "answered" or not answer.citations:
        body: list[Block] = [_section(chunk) for chunk in _chunks(escape(answer.text))]
    else:
        intro, middle, closing = _split_answer_text(answer)
        body = [_section(chunk) for chunk in _chunks(escape("\n\n".join(intro)))] if intro else []
        for n, c in enumerate(answer.citations):
            if n == 1 and middle:  # the label before the supporting quotes
                body.append(_section(_truncate(escape(" ".join(middle)), MAX_SECTION_CHARS)))
            body.append(_quote_block(c))
            body.append(_context(source_line(c, english=answer.english)))
        if closing:
            tail.append(DividerBlock())
            tail.append(_context(":information_source: " + escape(" ".join(closing))))
    if actions is not None:
        tail.append(actions)
    head = [question_block(question)] if question and question.strip() else []
    blocks = head + _cap(body, tail)
    return _finish(answer.text, blocks)


def question_block(question: str) -> ContextBlock:
    """ "Spørgsmål: …" above a shared answer (escaped, one line, cut to MAX_QUESTION_CHARS)."""
    return _context("*Spørgsmål:* " + _truncate(escape(" ".join(question.split())), MAX_QUESTION_CHARS))


def _cap(body: list[Block], tail: list[Block]) -> list[Block]:
    """Drop body blocks from the end until count and total length fit; the tail (reminder,
    buttons) always stays, and a note says that something was left out."""
    tail_dicts = [b.to_dict() for b in tail]
    budget_chars = MAX_TOTAL_CHARS - total_chars(tail_dicts) - 100
    budget_blocks = MAX_BLOCKS - len(tail) - 1
    kept: list[Block] = []
    used = 0
    for b in body:
        n = _block_chars(b.to_dict())
        if len(kept) >= budget_blocks or used + n > budget_chars:
            # A citation is a quote section plus its source line; never keep a quote without
            # its source.
            if kept and isinstance(kept[-1], SectionBlock) and _is_quote(kept[-1]):
                kept.pop()
            kept.append(_context("_Svaret er forkortet, fordi det er for langt til Slack._"))
            return kept + tail
        kept.append(b)
        used += n
    return kept + tail


def _is_quote(block: SectionBlock) -> bool:
    text = block.text
    return isinstance(text, MarkdownTextObject) and text.text.startswith("> «")


def notice(text: str) -> tuple[str, list[dict[str, Any]]]:
    """A plain message (errors, rate limit, confirmations) as (fallback text, blocks)."""
    body: list[Block] = [_section(chunk) for chunk in _chunks(escape(text))] or [_section(" ")]
    return _finish(text, _cap(body, []))


def error_message(text: str | None = None) -> tuple[str, list[dict[str, Any]]]:
    """A user-safe error (a ServiceError's message, or a generic one)."""
    return notice(text or GENERIC_ERROR)


def refusal_message(answer: Answer, *, escalation_target: str = "") -> tuple[str, list[dict[str, Any]]]:
    """A refusal: the guard's text only (it never quotes the question) and the escalate button.

    The adapter sends this to the asker alone (ephemeral in channels)."""
    body: list[Block] = [_section(chunk) for chunk in _chunks(escape(answer.text))]
    actions = _action_buttons(answer.audit_id, feedback=False, escalation_target=escalation_target)
    return _finish(answer.text, _cap(body, [actions] if actions is not None else []))


def rate_limited_message(limit_per_minute: int, retry_after_s: float) -> tuple[str, list[dict[str, Any]]]:
    """The polite message for a user who asks too often."""
    wait = max(1, round(retry_after_s))
    return notice(
        f"Du har stillet mange spørgsmål på kort tid (grænsen er {limit_per_minute} i minuttet). "
        f"Vent venligst ca. {wait} sekunder, og spørg så igen."
    )


def status_message(snapshot: IndexSnapshot) -> tuple[str, list[dict[str, Any]]]:
    """`/ledelsesbot-admin status`: the live index facts from `BotService.status()`."""
    lines = [
        f"*Indeks:* {escape(snapshot.version)}",
        f"*Embedder:* {escape(snapshot.embedder_id)}",
        f"*Oprettet:* {escape(snapshot.created_at)}",
        f"*Passager:* {snapshot.passages}",
    ]
    for st in snapshot.issues[:20]:
        facts = f"{st.articles} artikler, {st.pages} sider, {st.passages} passager"
        lines.append(f"• Offentlig Ledelse {escape(st.issue)}: {escape(facts)}")
    text = "\n".join(lines)
    fallback = f"Indeks {snapshot.version} med {snapshot.passages} passager"
    body: list[Block] = [_section(chunk) for chunk in _chunks(text)]
    return _finish(fallback, _cap(body, []))


# Forms of `escalation_target`: a channel id, a user id or a user-group mention.
CHANNEL_ID_RE = re.compile(r"^[CG][A-Z0-9]{2,}$")
USER_ID_RE = re.compile(r"^[UW][A-Z0-9]{2,}$")
SUBTEAM_RE = re.compile(r"^<!subteam\^[A-Z0-9]+(\|[^<>]*)?>$")


def slack_reference(target: str, *, quiet: bool = False) -> str:
    """How a configured escalation target is shown to the asker: a channel id as `<#C…>`, a
    user id as `<@U…>`, a user group mention as is; anything else escaped as text. (Shown in an
    ephemeral message to the asker only, so the reference notifies no one.)

    `quiet=True` is for text inside a message others can see (the confirmation dialog of a
    public answer's button): channels stay links, which never notify; a user or a user group is
    named without a mention."""
    parts = []
    for token in re.split(r"[\s,]+", target.strip()):
        if not token:
            continue
        if CHANNEL_ID_RE.match(token):
            parts.append(f"<#{token}>")
        elif USER_ID_RE.match(token):
            parts.append("den ansvarlige person" if quiet else f"<@{token}>")
        elif SUBTEAM_RE.match(token):
            label = token[:-1].split("|", 1)[1] if "|" in token else ""
            parts.append((f"@{escape(label)}" if label else "brugergruppen") if quiet else token)
        else:
            parts.append(escape(token))
    return " og ".join(parts)


def escalation_message(delivery: Delivery, contact: str = DEFAULT_HUMAN_CONTACT) -> tuple[str, list[dict[str, Any]]]:
    """The asker's reply after "Spørg et menneske" (`bot.escalation.handover_text`): "sent to …"
    only when the note was delivered, with the target rendered as a Slack reference
    (channel/user/group) instead of a raw id; otherwise that it was recorded and whom to
    contact (`contact`)."""
    message = handover_text(delivery, contact)
    target = delivery.target
    if delivery.status == DeliveryStatus.DELIVERED and target and target in message:
        pieces = [escape(p) for p in message.split(target)]
        text = slack_reference(target).join(pieces)
    else:
        text = escape(message)
    body: list[Block] = [_section(chunk) for chunk in _chunks(text)]
    return _finish(message, _cap(body, []))


# -- the 👎 reason dialog ------------------------------------------------------------------------
def feedback_reason_view(private_metadata: str) -> dict[str, Any]:
    """The modal a 👎 opens: the vote is already recorded; a reason (fixed choices) and a short
    comment are optional. `private_metadata` (≤ 3,000 chars) says which answer and conversation
    the dialog belongs to; Slack returns it with the submission."""
    view = View(
        type="modal",
        callback_id=VIEW_FEEDBACK_REASON,
        title=PlainTextObject(text="Hvad var galt?"),
        submit=PlainTextObject(text="Send"),
        close=PlainTextObject(text="Spring over"),
        private_metadata=private_metadata,
        blocks=[
            SectionBlock(text=_mrkdwn(escape(f"Din 👎 er registreret. {REASON_PROMPT}"))),
            InputBlock(
                block_id=BLOCK_REASON,
                label=PlainTextObject(text="Begrundelse"),
                optional=True,
                element=RadioButtonsElement(
                    action_id=BLOCK_REASON,
                    options=[
                        Option(value=code, text=PlainTextObject(text=label)) for code, label in REASON_LABELS.items()
                    ],
                ),
            ),
            InputBlock(
                block_id=BLOCK_COMMENT,
                label=PlainTextObject(text="Kort kommentar"),
                optional=True,
                hint=PlainTextObject(text=COMMENT_HINT),
                element=PlainTextInputElement(action_id=BLOCK_COMMENT, multiline=True, max_length=COMMENT_MAX_CHARS),
            ),
        ],
    )
    return view.to_dict()


def reason_and_comment(view: dict[str, Any]) -> tuple[object, object]:
    """The raw (reason, comment) values of a submitted `feedback_reason_view` (None when empty)."""
    values = (view.get("state") or {}).get("values") or {}
    reason = ((values.get(BLOCK_REASON) or {}).get(BLOCK_REASON) or {}).get("selected_option") or {}
    comment = (values.get(BLOCK_COMMENT) or {}).get(BLOCK_COMMENT) or {}
    return reason.get("value"), comment.get("value")
