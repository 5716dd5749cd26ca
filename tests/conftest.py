"""Shared pytest configuration."""


def pytest_configure(config):
    # the accuracy gates that run a whole benchmark (a minute or more) are marked slow, so a quick
    # iteration can deselect them with -m "not slow"; registered here while pyproject has no entry
    config.addinivalue_line("markers", "slow: runs a whole benchmark (a minute or more); -m 'not slow' skips it")
