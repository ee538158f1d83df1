"""Building at scale: the extraction cache, parallel and distributed extraction, incremental builds."""
