from retrieval.text import clean_page, collapse_letter_spacing, join_hyphenation, normalize_for_match


def test_line_break_hyphens_are_joined():
    assert join_hyphenation("automa-\ntisere") == "automatisere"
    assert join_hyphenation("pau-\nser og re-\nstitution") == "pauser og restitution"


def test_real_hyphens_survive_line_breaks():
    assert join_hyphenation("AI-\njunglen") == "AI-junglen"
    assert join_hyphenation("policy-\nentreprenører") == "policy-entreprenører"
    assert join_hyphenation("GDPR- \nlovgivningen") == "GDPR-lovgivningen"


def test_letter_spaced_headings_collapse():
    assert collapse_letter_spacing("T E M A") == "TEMA"
    assert collapse_letter_spacing("H K  KO M M U N A L  O G") == "HK KOMMUNAL OG"
    # Ordinary text with single letters is left alone.
    assert collapse_letter_spacing("I og A er bogstaver") == "I og A er bogstaver"


def test_clean_page_tidies_whitespace_and_controls():
    out = clean_page("  Hej\tder\x07  \n\n\n\nny   linje  \n")
    assert out == "Hej der\n\nny linje\n"


def test_normalize_for_match_unifies_quotes_dashes_and_space():
    assert normalize_for_match("“Det  er\nos” – ikke") == normalize_for_match('"Det er os" - ikke')
