"""The public surface of ``kgbuilder.analyze`` and ``kgbuilder.export``, as httpx checks its own."""

from __future__ import annotations

import importlib
import inspect
from types import ModuleType

import pytest

import kgbuilder.analyze
import kgbuilder.export


@pytest.mark.parametrize("package", [kgbuilder.analyze, kgbuilder.export])
def test_all_names_exist_once(package: ModuleType) -> None:
    assert len(set(package.__all__)) == len(package.__all__)
    for name in package.__all__:
        assert hasattr(package, name), name


@pytest.mark.parametrize(
    "module",
    [
        "analysis",
        "centrality",
        "communities",
        "describe",
        "lookup",
        "neighbors",
        "paths",
        "structure",
        "views",
    ],
)
def test_public_functions_of_analyze_are_exported_and_documented(module: str) -> None:
    loaded = importlib.import_module(f"kgbuilder.analyze.{module}")
    for name, value in vars(loaded).items():
        if name.startswith("_") or getattr(value, "__module__", None) != loaded.__name__:
            continue
        if inspect.isfunction(value) or inspect.isclass(value):
            assert value.__doc__, f"{module}.{name} has no docstring"
            if inspect.isfunction(value):
                assert name in kgbuilder.analyze.__all__, f"{module}.{name} is not exported"
