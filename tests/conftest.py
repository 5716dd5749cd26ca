"""Fixtures shared by the test modules."""
import pytest

from claimledger.parse.models import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run (it is cached by name anyway; one
    fixture keeps the modules from each defining their own)."""
    return load_pipeline()
