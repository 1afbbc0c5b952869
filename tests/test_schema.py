"""Real outputs validate against the JSON Schema kept in the package, and round-trip."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import yaml

from brief import Brief
from brief.render import render


def schema() -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("brief").joinpath("schema/brief-2.schema.json").read_text())


def test_seed_json_validates(seed_brief: Brief) -> None:
    jsonschema.validate(json.loads(render([seed_brief], "json")), schema())


def test_seed_yaml_loads_back_to_the_json_data(seed_brief: Brief) -> None:
    assert yaml.safe_load(render([seed_brief], "yaml")) == json.loads(render([seed_brief], "json"))


def test_schema_key_comes_first(seed_brief: Brief) -> None:
    assert next(iter(seed_brief.to_dict())) == "schema"
