"""JUnit XML (CI dashboards): one test suite, one test case per checked file; a file with findings
fails, its failure listing every finding as `path:line:column: RULE severity message`."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..typenames import TYPE_CHECKING
from . import RunReport, display

if TYPE_CHECKING:
    from typing import TextIO

# Characters XML 1.0 cannot hold even as references (a finding may quote a control character).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"U+{ord(m.group()):04X}", display(text))


def as_element(report: RunReport) -> ET.Element:
    failures = sum(1 for f in report.files if f.diagnostics)
    suites = ET.Element("testsuites", name="jiaodui", tests=str(len(report.files)), failures=str(failures),
                        errors="0")
    suite = ET.SubElement(suites, "testsuite", name="jiaodui", tests=str(len(report.files)),
                          failures=str(failures), errors="0", skipped="0")
    for file in report.files:
        doc = file.document
        case = ET.SubElement(suite, "testcase", name=_xml_text(doc.path), classname="jiaodui")
        if not file.diagnostics:
            continue
        lines = []
        for d in file.diagnostics:
            line, column = doc.position(d.start)
            lines.append(f"{doc.path}:{line}:{column}: {d.rule_id} {d.severity} {d.message}")
        counts = report.__class__([file], report.version).counts()
        summary = ", ".join(f"{n} {severity}" for severity, n in counts.items() if n)
        failure = ET.SubElement(case, "failure", message=_xml_text(f"{len(file.diagnostics)} problems ({summary})"),
                                type="jiaodui")
        failure.text = _xml_text("\n".join(lines))
    return suites


def render(report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    tree = as_element(report)
    ET.indent(tree)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(tree, encoding="unicode"))
    stream.write("\n")
