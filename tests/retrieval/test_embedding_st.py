"""The sentence-transformers backend, with a tiny model the test builds itself (no Hub)."""

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sentence_transformers")

from retrieval.embedding import EmbedderError, SentenceTransformerEmbedder, load_embedder
from retrieval.index import SearchIndex, build_index
from retrieval.search import search

from fakes import make_issue


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sentence_transformers import SentenceTransformer

    try:
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:  # older sentence-transformers
        from sentence_transformers import models
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    root = tmp_path_factory.mktemp("tiny-st")
    words = "møde møder dagsorden trivsel leder ledere pauser netværk chef kalender beslutning".split()
    wp = BertWordPieceTokenizer(lowercase=True)
    wp.train_from_iterator([" ".join(words)] * 20, vocab_size=200, min_frequency=1)
    tok = BertTokenizerFast(
        tokenizer_object=wp._tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    hf = root / "hf"
    tok.save_pretrained(hf)
    cfg = BertConfig(
        vocab_size=tok.vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    BertModel(cfg).save_pretrained(hf)
    st_dir = root / "st"
    SentenceTransformer(modules=[models.Transformer(str(hf)), models.Pooling(32)], device="cpu").save(str(st_dir))
    return st_dir


def test_local_path_model_embeds_unit_vectors(tiny_model: Path):
    emb = load_embedder(f"st:{tiny_model}")
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.dim == 32 and emb.id == f"st:{tiny_model}"
    v = emb.embed_passages(["møde med dagsorden", "trivsel for ledere"])
    assert v.shape == (2, 32) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    q = emb.embed_query("møde")
    assert q.shape == (32,)


def test_index_built_with_st_model_round_trips(tiny_model: Path, tmp_path: Path):
    emb = load_embedder(f"st:{tiny_model}")
    built = build_index(tmp_path, [make_issue()], emb)
    loaded = SearchIndex.load(tmp_path, emb.id)
    q = "færre møder"
    assert [h.passage.id for h in search(built, emb, q).hits] == [h.passage.id for h in search(loaded, emb, q).hits]


def test_unknown_model_path_is_a_clear_error(tmp_path: Path):
    with pytest.raises(EmbedderError, match="Kunne ikke indlæse"):
        load_embedder(f"st:{tmp_path / 'no-such-model'}")


def test_unknown_embedder_spec():
    with pytest.raises(EmbedderError, match="Ukendt embedder"):
        load_embedder("word2vec")
