"""Validates YAML files against a JSON Schema (draft-07), reading YAML as the engine does.

Usage: validate.py SCHEMA FILE...   Prints one line per error (FILE: PATH: MESSAGE) and exits 1
when any file fails, 0 otherwise, 3 when a Python module is missing.

PyYAML resolves plain scalars by YAML 1.1 (yes/no/NO are booleans, 0755 is octal, dates are
dates); the engine and the YAML language server read YAML 1.2's core schema, so the resolvers
are replaced by the core schema's: only true/false are booleans, ~/null/empty are null, ints are
decimal, 0o or 0x, and everything else (2024-01-01, NO, 1_000) is a string.
"""
import json
import re
import sys

try:
    import yaml
    from jsonschema import Draft7Validator
except ImportError as error:
    print(f"missing Python module: {error.name}")
    sys.exit(3)


class CoreLoader(yaml.SafeLoader):
    pass


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
]:
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def construct_float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text.endswith(".nan"):
        return float("nan")
    return float(text)


CoreLoader.add_constructor("tag:yaml.org,2002:int", construct_int)
CoreLoader.add_constructor("tag:yaml.org,2002:float", construct_float)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft7Validator.check_schema(schema)
validator = Draft7Validator(schema)
failed = 0
for path in sys.argv[2:]:
    try:
        document = yaml.load(open(path, encoding="utf-8"), Loader=CoreLoader)
    except yaml.YAMLError as error:
        failed += 1
        print(f"{path}: not YAML: {error}")
        continue
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        failed += 1
        print(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
sys.exit(1 if failed else 0)
