"""``python -m claimledger``: the same command line as ``claimledger``."""
from claimledger.cli import main

if __name__ == "__main__":
    main()
