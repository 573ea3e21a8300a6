"""ingest/: article in -> Extraction out. Knows nothing of RDF or Flask.

Public entry points (what the CLI calls):

- `ingest.readers.read_path(path_or_url, published=None)` -> iterator of
  `Article` or `ReadError` (one bad item never stops a batch);
- `ingest.nlp.load(model=None)` -> the cached spaCy pipeline with our components;
- `ingest.extract.extract(article, nlp)` / `extract_many(articles, nlp)` -> `Extraction`.
"""

__version__ = "0.1.0"
