from datetime import date
from enum import Enum
from typing import Optional

from prefect import flow


class Mode(str, Enum):
    """How much to reload."""

    FULL = "full"
    INCREMENTAL = "incremental"


@flow(name="nightly-etl")
def run_etl(source: str, day: Optional[date] = None, mode: Mode = Mode.INCREMENTAL, batch_size: int = 1000):
    """Load yesterday's data from a source into the warehouse.

    Args:
        source: The source system to read from.
        day: The day to load; yesterday when empty.
        mode: Full or incremental reload.
        batch_size: Rows per insert.
    """
