"""Shared pytest set-up."""


def pytest_configure(config):
    # registered here until pyproject.toml lists it (another change registers it there)
    config.addinivalue_line("markers", "slow: runs the command line many times or starts real servers")
