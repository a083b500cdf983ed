"""A small data-access layer of the kind pytest-dynafake is for."""
