"""slant: how different news sources tell the same story.

>>> import slant
>>> [s.text for s in slant.split_sentences("Dr. Lee met Gen. Ahmed. They talked.")]
['Dr. Lee met Gen. Ahmed.', 'They talked.']
"""

from slant._slant import Sentence, __version__, split_sentences, split_sentences_batch
from slant.errors import SlantError, SlantTypeError, SlantValueError
from slant.frames import sentences_frame

__all__ = [
    "Sentence",
    "SlantError",
    "SlantTypeError",
    "SlantValueError",
    "__version__",
    "sentences_frame",
    "split_sentences",
    "split_sentences_batch",
]
