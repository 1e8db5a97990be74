"""The store's Arrow builders give what pyarrow.array gives, and never import pandas."""

import datetime as dt
import random
import subprocess
import sys

import pyarrow as pa
import pytest

from detente import columnar

KINDS = [pa.string(), pa.binary(), pa.float64(), pa.int64(), pa.int32(), pa.bool_(), pa.date32(),
         pa.timestamp("us"), pa.list_(pa.string())]


def _value(kind: pa.DataType, rng: random.Random):
    if rng.random() < 0.2:
        return None
    if kind == pa.string():
        return rng.choice(["", "Seoul", "Pjöngjang", "北京", "emoji \U0001F600", "a\u2028b", "x" * rng.randint(0, 300)])
    if kind == pa.binary():
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 16)))
    if kind == pa.float64():
        return rng.choice([rng.uniform(-10, 10), 0, -3, 1e300, float("inf")])
    if kind == pa.int64():
        return rng.choice([rng.randint(-(2**63), 2**63 - 1), 0, 7])
    if kind == pa.int32():
        return rng.randint(-(2**31), 2**31 - 1)
    if kind == pa.bool_():
        return rng.random() < 0.5
    if kind == pa.date32():
        return dt.date(1, 1, 1) + dt.timedelta(days=rng.randint(0, 3_000_000))
    if kind == pa.timestamp("us"):
        moment = dt.datetime(1900, 1, 1) + dt.timedelta(microseconds=rng.randint(0, 10**17))
        return moment if rng.random() < 0.7 else moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=rng.randint(-12, 12))))
    return [_value(pa.string(), rng) for _ in range(rng.randint(0, 4))]


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_same_arrays_as_pyarrow(kind):
    rng = random.Random(str(kind))
    for size in (0, 1, 7, 200):
        for _ in range(5):
            values = [_value(kind, rng) for _ in range(size)]
            built = columnar.array(values, kind)
            built.validate(full=True)
            assert built.equals(pa.array(values, type=kind)), values


@pytest.mark.parametrize(("kind", "value"), [
    (pa.string(), 5), (pa.string(), "\ud800"), (pa.int64(), 2**64), (pa.int64(), 1.5), (pa.int64(), True),
    (pa.int32(), 2**40), (pa.float64(), "1.5"), (pa.float64(), True), (pa.float64(), 2**60), (pa.bool_(), "yes"),
    (pa.bool_(), 1), (pa.date32(), "2024-01-01"), (pa.date32(), dt.datetime(2024, 1, 2, 3)),
    (pa.list_(pa.string()), "ab"), (pa.list_(pa.string()), ("a",)), (pa.list_(pa.string()), [3])])
def test_values_of_another_kind_are_converted_or_refused_as_pyarrow_does(kind, value):
    """The writer keeps a record that pyarrow refuses as a failure, and stores what it converts."""
    try:
        expected = pa.array([None, value], type=kind)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        with pytest.raises((pa.ArrowException, TypeError, ValueError, OverflowError)):
            columnar.array([None, value], kind)
    else:
        assert columnar.array([None, value], kind).equals(expected)


def test_building_and_writing_never_imports_pandas():
    """pyarrow.array would import pandas (a large part of the writer's start-up)."""
    script = ("import sys, duckdb, pyarrow as pa; from detente import columnar\n"
              "t = columnar.table({'a': (pa.string(), ['x', None]), 'b': (pa.list_(pa.string()), [['y'], None])})\n"
              "con = duckdb.connect(); assert con.execute('SELECT count(*) FROM t').fetchone() == (2,)\n"
              "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
