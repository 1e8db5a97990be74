"""Arrow arrays from Python values, for the store's bulk writes, without importing pandas.

`pyarrow.array` asks, for every list it converts, whether pandas is installed, and the first ask
imports it: about 0.4 s of CPU in the writer of every `ingest`, a process that never uses pandas
(the coder does not load it either). These builders lay out the same Arrow buffers (validity
bitmap, offsets, values) with NumPy and hand them to `pyarrow.Array.from_buffers`, for the
column types the store writes, where every value is None or of the column's plain Python type
(str, bytes, float or int, int, bool, date, naive or aware datetime, list of str). Anything else
(another type, a value of another kind, an array past Arrow's 2 GiB of text) goes to
`pyarrow.array`, which converts or refuses it as it always did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa

EPOCH = dt.datetime(1970, 1, 1)
EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
MICROSECOND = dt.timedelta(microseconds=1)
MAX_OFFSET = 2**31 - 1  # what the int32 offsets of string, binary and list arrays can address


def array(values: Sequence[Any], kind: pa.DataType) -> pa.Array:
    """`pyarrow.array(values, type=kind)` for the store's column types (None is null)."""
    values = list(values)
    n = len(values)
    valid = [v is not None for v in values]
    nulls = n - sum(valid)
    bitmap = pa.py_buffer(np.packbits(np.array(valid, dtype=bool), bitorder="little")) if nulls else None
    if pa.types.is_string(kind) or pa.types.is_binary(kind):
        return _bytes_array(values, kind, bitmap, nulls, pa.types.is_string(kind))
    if pa.types.is_list(kind) and pa.types.is_string(kind.value_type):
        if not all(v is None or type(v) is list for v in values):
            return pa.array(values, type=kind)
        offsets = _offsets([0 if v is None else len(v) for v in values])
        if offsets is None:
            return pa.array(values, type=kind)
        child = array([x for v in values if v is not None for x in v], kind.value_type)
        return pa.Array.from_buffers(kind, n, [bitmap, pa.py_buffer(offsets)], null_count=nulls, children=[child])
    numbers = _numbers(values, kind)
    if numbers is None:
        return pa.array(values, type=kind)
    if pa.types.is_boolean(kind):
        data = pa.py_buffer(np.packbits(numbers, bitorder="little"))
    else:
        data = pa.py_buffer(numbers)
    return pa.Array.from_buffers(kind, n, [bitmap, data], null_count=nulls)


def table(columns: dict[str, tuple[pa.DataType, Sequence[Any]]]) -> pa.Table:
    """A table of named columns, each (type, values)."""
    return pa.Table.from_arrays([array(values, kind) for kind, values in columns.values()], names=list(columns))


def schema_table(schema: pa.Schema, rows: Sequence[Sequence[Any]]) -> pa.Table:
    """Rows (in the schema's column order) as a table of that schema."""
    return pa.Table.from_arrays([array([r[i] for r in rows], field.type) for i, field in enumerate(schema)],
                                schema=schema)


def _offsets(lengths: list[int]) -> np.ndarray | None:
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if offsets[-1] > MAX_OFFSET:
        return None
    return offsets.astype(np.int32)


def _bytes_array(values: list[Any], kind: pa.DataType, bitmap: pa.Buffer | None, nulls: int, text: bool) -> pa.Array:
    plain = str if text else bytes
    if not all(v is None or type(v) is plain for v in values):
        return pa.array(values, type=kind)
    blobs = [b"" if v is None else v.encode("utf-8") if text else v for v in values]  # a lone surrogate:
    # UnicodeEncodeError (a ValueError), where pyarrow.array raises its ArrowInvalid
    offsets = _offsets([len(b) for b in blobs])
    if offsets is None:
        return pa.array(values, type=kind)
    return pa.Array.from_buffers(kind, len(values), [bitmap, pa.py_buffer(offsets), pa.py_buffer(b"".join(blobs))],
                                 null_count=nulls)


def _numbers(values: list[Any], kind: pa.DataType) -> np.ndarray | None:
    """The values as the NumPy array of the type's layout (0 in place of None); None where
    `pyarrow.array` should decide: a type these builders leave to it, or any value that is not of
    the column's plain Python type (pyarrow converts some, e.g. 2.0 into an integer column, and
    refuses others with its own error)."""
    if pa.types.is_boolean(kind):
        plain, dtype, convert = (bool,), bool, bool
    elif pa.types.is_float64(kind):
        plain, dtype, convert = (float, int), np.float64, float
        if any(type(v) is int and not -(2**53) <= v <= 2**53 for v in values):
            return None  # pyarrow refuses an integer a double cannot hold exactly
    elif pa.types.is_int64(kind) or pa.types.is_int32(kind):
        plain, dtype, convert = (int,), np.int64 if pa.types.is_int64(kind) else np.int32, int
        info = np.iinfo(dtype)
        if any(type(v) is int and not info.min <= v <= info.max for v in values):
            return None
    elif pa.types.is_date32(kind):
        plain, dtype, convert = (dt.date,), np.int32, lambda v: v.toordinal() - EPOCH_DAY
    elif pa.types.is_timestamp(kind) and kind.unit == "us" and kind.tz is None:
        plain, dtype, convert = (dt.datetime,), np.int64, _naive
    else:
        return None
    if not all(v is None or type(v) in plain for v in values):
        return None
    return np.array([0 if v is None else convert(v) for v in values], dtype=dtype)


def _naive(value: dt.datetime) -> int:
    """Microseconds since the epoch of a datetime, as pyarrow stores it in a zone-less timestamp
    (an aware one in UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return (value - EPOCH) // MICROSECOND
