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
from itertools import repeat
from operator import is_not
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
    valid = list(map(is_not, values, repeat(None)))  # C loops: a column can hold 100,000s of values
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
    numbers = _numbers(values, kind, nulls)
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
    if not _only(values, (plain,), nulls):
        return pa.array(values, type=kind)
    empty = plain()
    present = values if not nulls else [empty if v is None else v for v in values]
    blobs = list(map(str.encode, present)) if text else present  # (UTF-8) a lone surrogate:
    # UnicodeEncodeError (a ValueError), where pyarrow.array raises its ArrowInvalid
    offsets = _offsets(list(map(len, blobs)))
    if offsets is None:
        return pa.array(values, type=kind)
    return pa.Array.from_buffers(kind, len(values), [bitmap, pa.py_buffer(offsets), pa.py_buffer(b"".join(blobs))],
                                 null_count=nulls)


def _numbers(values: list[Any], kind: pa.DataType, nulls: int = -1) -> np.ndarray | None:
    """The values as the NumPy array of the type's layout (0 in place of None); None where
    `pyarrow.array` should decide: a type these builders leave to it, or any value that is not of
    the column's plain Python type (pyarrow converts some, e.g. 2.0 into an integer column, and
    refuses others with its own error). `nulls`: how many values are None (-1: not counted yet).
    The checks and the conversion of plain numbers run in C (a story grouping's band keys are a
    column of some 200,000 integers, built after the last document is coded)."""
    convert: Any = None  # None: NumPy converts the plain values itself, as int(), float() or bool() would
    if pa.types.is_boolean(kind):
        plain, dtype = (bool,), bool
    elif pa.types.is_float64(kind):
        plain, dtype = (float, int), np.float64
    elif pa.types.is_int64(kind) or pa.types.is_int32(kind):
        plain, dtype = (int,), np.int64 if pa.types.is_int64(kind) else np.int32
    elif pa.types.is_date32(kind):
        plain, dtype, convert = (dt.date,), np.int32, lambda v: v.toordinal() - EPOCH_DAY
    elif pa.types.is_timestamp(kind) and kind.unit == "us" and kind.tz is None:
        plain, dtype, convert = (dt.datetime,), np.int64, _naive
    else:
        return None
    if nulls < 0:
        nulls = len(values) - sum(map(is_not, values, repeat(None)))
    if not _only(values, plain, nulls):
        return None
    present = [v for v in values if v is not None] if nulls else values
    ints = [v for v in present if type(v) is int] if dtype is np.float64 else present if plain == (int,) else []
    if ints:
        low, high = (-(2**53), 2**53) if dtype is np.float64 else (int(np.iinfo(dtype).min), int(np.iinfo(dtype).max))
        if min(ints) < low or max(ints) > high:
            return None  # pyarrow refuses an integer the column's type cannot hold (a double: exactly)
    if convert is None:
        return np.array([0 if v is None else v for v in values] if nulls else values, dtype=dtype)
    return np.array([0 if v is None else convert(v) for v in values], dtype=dtype)


def _only(values: list[Any], plain: tuple[type, ...], nulls: int) -> bool:
    """Whether every value is None or of one of these exact types (not a subclass: bool is no int)."""
    kinds = set(map(type, values))
    if nulls:
        kinds.discard(type(None))
    return kinds <= set(plain)


def _naive(value: dt.datetime) -> int:
    """Microseconds since the epoch of a datetime, as pyarrow stores it in a zone-less timestamp
    (an aware one in UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return (value - EPOCH) // MICROSECOND
