"""ingest/: article in -> Extraction out. Knows nothing of RDF or Flask.

Public entry points (what the CLI and bench/ call):

- `ingest.readers.read_path(path_or_url, published=None)` and
  `read_paths(paths, published=None)` -> iterator of `Article` or `ReadError`
  (one bad item never stops a batch);
- `ingest.nlp.load(model=None)` -> the cached spaCy pipeline with our components;
- `ingest.extract.extract(article, nlp)` -> `Extraction`, and
  `extract_many(articles, nlp)` -> iterator of `Extraction` or `ReadError`
  (an article the rules trip over), in input order.

The dataclasses that leave ingest/ (`Article`, `Extraction` and its parts) are in `ingest.model`.
"""

__version__ = "0.1.0"
