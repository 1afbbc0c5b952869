"""Extraction stages: spaCy doc in, plain records out (entities, numbers, quotes)."""
