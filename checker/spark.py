"""Archive-scale checking on Apache Spark: the typed checker run over a DataFrame of articles.

    from pyspark.sql import SparkSession
    from checker.spark import check_dataframe, read_articles

    spark = SparkSession.builder.appName("jiaodui").getOrCreate()
    findings = check_dataframe(read_articles(spark, "hdfs:///archive/2015-2025/"))
    findings.write.mode("overwrite").parquet("hdfs:///reports/jiaodui/")

`check_dataframe` takes a DataFrame with a `path` column and a `text` column — a string, or the
file's bytes (binary), decoded as the CLI decodes a file (BOM, UTF-8, GB18030, Big5, UTF-16
detection) — and returns one row per finding with the JSON report's columns (`fix` is the JSON
report's fix object as a JSON string, null when there is none). The work runs in the executors
through `mapInPandas`: Spark splits, schedules, retries and scales it; this module only checks.
Needs `pip install 'jiaodui[spark]'` (pyspark, pandas, pyarrow) on the driver and the executors.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    import pandas
    from pyspark.sql import DataFrame, SparkSession

COLUMNS = ("path", "rule", "name", "severity", "message", "line", "column", "end_line", "end_column", "fix")
SCHEMA = ("path string, rule string, name string, severity string, message string, "
          "line int, column int, end_line int, end_column int, fix string")


class RuleCrashed(RuntimeError):
    """A rule raised on an article (a bug in jiaodui): the task fails and names the article."""


def check_rows(rows: Iterable[tuple[str, str | bytes]], select: Iterable[str] | None = None,
               ignore: Iterable[str] | None = None, lang: str = "zh",
               config: str | Path | None = None) -> Iterator[dict[str, Any]]:
    """One dict per finding (the JSON report's diagnostic, `fix` as a JSON string) for each
    (path, text or bytes) row, in order."""
    from . import _config, _options
    from .document import Document
    from .runner import check_one
    from .source import document_from_bytes
    loaded = _config(config)
    options = _options(select, ignore, lang)
    for path, text in rows:
        doc = document_from_bytes(bytes(text), path) if isinstance(text, (bytes, bytearray)) else Document(path, text)
        result = check_one(doc, loaded, options)
        if result.crashes:
            raise RuleCrashed(f"{path}: " + "; ".join(f"rule {c.rule_id} crashed: {c.error}" for c in result.crashes))
        for diagnostic in result.diagnostics:
            row = diagnostic.to_dict()
            row["fix"] = json.dumps(row["fix"], ensure_ascii=False) if row["fix"] is not None else None
            yield row


def _check_batches(batches: Iterator[pandas.DataFrame], **settings: Any) -> Iterator[pandas.DataFrame]:
    import pandas
    for batch in batches:
        rows = list(check_rows(zip(batch["path"], batch["text"]), **settings))
        yield pandas.DataFrame(rows, columns=list(COLUMNS)).astype(
            {"line": "int32", "column": "int32", "end_line": "int32", "end_column": "int32"})


def check_dataframe(articles: DataFrame, path: str = "path", text: str = "text",
                    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                    lang: str = "zh", config: str | None = None) -> DataFrame:
    """The findings of every article: one row per finding, columns COLUMNS (schema SCHEMA).
    `config` is a jiaodui.toml or pyproject.toml every executor can read (default: the defaults)."""
    from pyspark.sql import functions
    settings: dict[str, Any] = {"select": tuple(select) if select is not None else None, "ignore": tuple(ignore or ()),
                "lang": lang, "config": config}
    pairs = articles.select(functions.col(path).alias("path"), functions.col(text).alias("text"))
    return pairs.mapInPandas(functools.partial(_check_batches, **settings), SCHEMA)


def read_articles(spark: SparkSession, directory: str | list[str], glob: str = "*.txt",
                  recursive: bool = True) -> DataFrame:
    """(path, text) for every file under `directory` (or in a list of paths) matching `glob`, `text` as the file's bytes
    (decoded by check_dataframe as the CLI would); `path` without Spark's `file:` scheme prefix."""
    from pyspark.sql import functions
    files = (spark.read.format("binaryFile").option("pathGlobFilter", glob)
             .option("recursiveFileLookup", str(recursive).lower()).load(directory))
    return files.select(functions.regexp_replace("path", "^file:", "").alias("path"),
                        functions.col("content").alias("text"))


__all__ = ["COLUMNS", "SCHEMA", "RuleCrashed", "check_dataframe", "check_rows", "read_articles"]
