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


def test_dates_and_conversions_validate_and_dates_follow_numbers() -> None:
    from brief.briefing import Options, brief_articles
    from brief.records import Article

    text = (
        "The Louvre paid 15 million euros ($16 million) on March 3, 2019 for an 18th-century work."
    )
    (brief,) = brief_articles([Article.from_text(text)], Options())
    data = json.loads(render([brief], "json"))
    jsonschema.validate(data, schema())
    assert [d["value"] for d in data["dates"]] == ["2019-03-03", "17XX"]
    assert data["numbers"][0]["conversions"][0]["unit"] == "USD"
    keys = list(data)
    assert keys.index("dates") == keys.index("numbers") + 1
