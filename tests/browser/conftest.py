import pytest


@pytest.fixture(autouse=True)
def no_network():
    """The browser test talks to a JupyterLab server on 127.0.0.1: loopback is allowed here
    (the server and browser are started with network features off)."""
    yield
