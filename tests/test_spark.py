"""checker.spark on a local Spark session: its rows are the CLI's JSON diagnostics for the same
files. Needs the `spark` extra (pyspark, pandas, pyarrow) and Java; .ci/run installs it."""
from __future__ import annotations

import json
import os
import sys

import pytest

from checker import exit_codes
from checker.cli import main

from conftest import CORPUS

pytest.importorskip("pyspark", reason="pyspark is absent: pip install '.[spark]' to run the Spark test")
pytest.importorskip("pandas", reason="pandas is absent: pip install '.[spark]' to run the Spark test")
pytest.importorskip("pyarrow", reason="pyarrow is absent: pip install '.[spark]' to run the Spark test")


@pytest.fixture(scope="module")
def spark():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent: the Spark test reads a few hundred of its articles")
    from pyspark.sql import SparkSession
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("jiaodui-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_spark_rows_equal_the_cli_json(spark, tmp_path):
    from checker.spark import COLUMNS, check_dataframe, read_articles
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))[::40]]    # ~300 articles, both halves
    assert len(files) >= 200
    findings = check_dataframe(read_articles(spark, files).repartition(4))
    assert tuple(findings.columns) == COLUMNS
    rows = [row.asDict() for row in findings.collect()]
    for row in rows:
        row["fix"] = json.loads(row["fix"]) if row["fix"] is not None else None
    out = tmp_path / "report.json"
    assert main(["--format", "json", "--no-cache", "--exit-zero", "-o", str(out), *files]) == exit_codes.OK
    expected = json.loads(out.read_text("utf-8"))["diagnostics"]

    def order(d):
        return json.dumps(d, ensure_ascii=False, sort_keys=True)
    assert len(expected) > 10 and len(rows) == len(expected)
    assert sorted(rows, key=order) == sorted(expected, key=order)
