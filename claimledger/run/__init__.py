"""Drivers: run the pipeline over many inputs and store the result.

``ingest`` reads, analyses and stores in batches (one process or ``--jobs N``); ``dask`` does the
same over a Dask cluster; ``quantity_mentions`` lists every number in the inputs (the
``quantities`` command).
"""
