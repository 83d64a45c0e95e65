"""slant: how different news sources tell the same story.

>>> import slant
>>> [s.text for s in slant.split_sentences("Dr. Lee met Gen. Ahmed. They talked.")]
['Dr. Lee met Gen. Ahmed.', 'They talked.']
>>> [(e.text, e.label) for e in slant.tag_entities("Pakistani troops left Quetta.")]
[('Pakistani', 'NORP'), ('Quetta', 'GPE')]
"""

from slant._slant import (
    Attitude,
    Catalogue,
    Entity,
    Gazetteer,
    Sentence,
    __version__,
    attitude,
    attitude_batch,
    find_quotes,
    split_sentences,
    split_sentences_batch,
    tag_entities,
    tag_entities_batch,
)
from slant.corpus import Corpus, Document
from slant.errors import SlantError, SlantTypeError, SlantValueError
from slant.frames import entities_frame, sentences_frame

__all__ = [
    "Attitude",
    "Catalogue",
    "Corpus",
    "Document",
    "Entity",
    "Gazetteer",
    "Sentence",
    "SlantError",
    "SlantTypeError",
    "SlantValueError",
    "__version__",
    "attitude",
    "attitude_batch",
    "entities_frame",
    "find_quotes",
    "sentences_frame",
    "split_sentences",
    "split_sentences_batch",
    "tag_entities",
    "tag_entities_batch",
]
