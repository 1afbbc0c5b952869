"""`brief batch`: a whole archive briefed partition by partition, on Dask or any worker pool.

- `corpus`: plan the partitions (file paths and JSON Lines byte ranges), read one back;
- `partition`: `brief_partition`, the whole worker side, public and idempotent;
- `cluster`: the Dask driver (needs `pip install 'brief[scale]'`, imported only by the command).
"""

from brief.batch.partition import PartitionSummary, brief_partition

__all__ = ["PartitionSummary", "brief_partition"]
